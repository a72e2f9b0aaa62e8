import assert from "node:assert/strict";
import { test } from "node:test";
import { locateValue } from "../../src/engine/locate";

function located(window: string, matchLength = window.length, hints: string[] = []): string {
  const span = locateValue(window, matchLength, hints);
  return window.slice(span.start, span.end);
}

test("the password of a URL with credentials", () => {
  assert.equal(located("https://build:Xy7Qp2Lm9Kd4@feed.contoso.test/x"), "Xy7Qp2Lm9Kd4");
});

test("the password of a keyword connection string", () => {
  assert.equal(located("Server=db;User ID=app;Password=Hx9kP2mW7qZ4;Encrypt=True"), "Hx9kP2mW7qZ4");
});

test("a whole PEM block", () => {
  const pem = "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----";
  assert.equal(located(`key: |\n${pem}\n`), pem);
});

test("quotes and statement punctuation are trimmed", () => {
  assert.equal(located(`"tok_9f8e7d6c5b4a3928";`), "tok_9f8e7d6c5b4a3928");
});

test("an assignment before the value is skipped", () => {
  assert.equal(located(`api_token = "Zq8Wx7Ec6Rv5Tb4Yn3"`), "Zq8Wx7Ec6Rv5Tb4Yn3");
});

test("base64 padding is not mistaken for an assignment", () => {
  assert.equal(located("QUJDREVGR0hJSktMTU5PUA=="), "QUJDREVGR0hJSktMTU5PUA==");
});

test("a reported value that runs past the reported range is covered whole", () => {
  const window = "secret_key=Ab12Cd34Ef56Gh78Ij90";
  assert.equal(located(window, 20, ["Ab12Cd34Ef56Gh78Ij90"]), "Ab12Cd34Ef56Gh78Ij90");
});

test("a reported value must start inside the reported range", () => {
  const window = "name=value1234567 other=Ab12Cd34Ef56";
  assert.equal(located(window, 17, ["Ab12Cd34Ef56"]), "value1234567");
});
