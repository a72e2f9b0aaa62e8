// A JWT is a bearer credential, unless it was made in jwt.io's debugger with the key it fills in.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { seededBytes } from "./seeded-bytes";

/** Keys of no particular value, the same on every run. */
const randomBytes = seededBytes(20261207);

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

function token(key: string | Buffer, alg = "HS256"): string {
  const body = `${part({ alg, typ: "JWT" })}.${part({ sub: "billing-worker", iat: 1735689600 })}`;
  const hash = { HS256: "sha256", HS384: "sha384", HS512: "sha512" }[alg]!;
  return `${body}.${createHmac(hash, key).update(body).digest("base64url")}`;
}

const found = (jwt: string) => scanText({ content: `ACCESS_TOKEN=${jwt}\n`, filePath: "deploy.env" }).map((finding) => finding.ruleId);

test("a token signed with an unknown key is reported", () => {
  assert.deepEqual(found(token(randomBytes(32))), ["jwt/token"]);
  // `secret` is a real (weak) key in development apps: its tokens still open them.
  assert.deepEqual(found(token("secret")), ["jwt/token"]);
});

test("a token signed with one of jwt.io's default keys is a sample", () => {
  assert.deepEqual(found(token("your-256-bit-secret")), []);
  assert.deepEqual(found(token("a-string-secret-at-least-256-bits-long", "HS384")), []);
});

test("PyJWT's documented sample claims make a sample, whatever the key", () => {
  const body = `${part({ alg: "HS256", typ: "JWT" })}.${part({ some: "payload" })}`;
  assert.deepEqual(found(`${body}.${createHmac("sha256", "secret").update(body).digest("base64url")}`), []);
  // The same claim among others is an app's token.
  const app = `${part({ alg: "HS256", typ: "JWT" })}.${part({ some: "payload", sub: "billing-worker" })}`;
  assert.deepEqual(found(`${app}.${createHmac("sha256", "secret").update(app).digest("base64url")}`), ["jwt/token"]);
});

const foundIn = (filePath: string, content: string) => scanText({ content, filePath }).map((finding) => finding.ruleId);
const unsigned = () => `${part({ alg: "none", typ: "JWT" })}.${part({ sub: "billing-worker", iat: 1735689600 })}.`;

test("in a test, a token the test signed with a test's key or left unsigned is its fixture", () => {
  assert.deepEqual(foundIn("Orders.Tests/ApiFactory.cs", `public const string TestJwt = "${token("test-secret")}";\n`), []);
  assert.deepEqual(foundIn("web/test/setup.ts", `export const TEST_TOKEN = '${token("secret", "HS512")}';\n`), []);
  assert.deepEqual(foundIn("src/__tests__/auth.ts", `const header = { Authorization: "${unsigned()}" };\n`), []);
  assert.deepEqual(foundIn("src/auth.spec.ts", `const jwt = '${token("jwt_secret", "HS384")}';\n`), []);
});

test("in a test, a token signed with any other key is still reported", () => {
  assert.deepEqual(foundIn("web/test/setup.ts", `export const TEST_TOKEN = '${token(randomBytes(32))}';\n`), ["jwt/token"]);
});

test("outside tests, a token signed with a test's key or unsigned is still reported", () => {
  assert.deepEqual(foundIn("src/setup.ts", `export const TOKEN = '${token("test-secret")}';\n`), ["jwt/token"]);
  assert.deepEqual(foundIn("src/client.ts", `const header = { Authorization: "${unsigned()}" };\n`), ["jwt/token"]);
});
