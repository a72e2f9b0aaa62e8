// A file opened in the wrong encoding (a Latin-1 file read as UTF-8 shows each non-ASCII byte as
// U+FFFD): the move must refuse before anything is stored, since the value it would store is not
// the real one and the read-back check compares with the same wrong text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText, type Finding } from "../../src/engine";
import { configMoveRefusal, FixPlanError, planConfigMove, planMove, suggestedConfigurationKey, suggestedSecretName } from "../../src/fixes";

const VAULT = "https://contoso-orders-kv.vault.azure.net";
const ENDPOINT = "https://contoso-config.azconfig.io";
/** Made up, with the undecodable character where a Latin-1 `ä` stood. */
const PASSWORD = "Gr" + "\uFFFD" + "n9qLm2Vt7Rk4Pw8";

function findingIn(text: string, filePath: string, kind: Finding["kind"]): Finding {
  const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === kind);
  assert.ok(finding, `the engine finds the ${kind} value in ${filePath}`);
  return finding;
}

function misdecoded(error: unknown): boolean {
  return error instanceof FixPlanError && error.code === "brokenFile" && /U\+FFFD/.test(error.message) && /Reopen with Encoding/.test(error.message) && !error.message.includes(PASSWORD);
}

test("a secret with an undecodable character is refused, in every kind of file", () => {
  for (const [text, filePath] of [
    [`spring.datasource.password=${PASSWORD}\n`, "src/main/resources/application.properties"],
    [`DB_PASSWORD=${PASSWORD}\n`, ".env"],
    [`const dbPassword = "${PASSWORD}";\n`, "app.js"],
    [`{\n  "Db": {\n    "Password": "${PASSWORD}"\n  }\n}\n`, "appsettings.json"],
  ] as const) {
    const finding = findingIn(text, filePath, "secret");
    assert.throws(() => planMove({ text, filePath, finding, secretName: suggestedSecretName(text, filePath, finding), vaultUrl: VAULT }), misdecoded, filePath);
  }
});

test("a connection string stored whole is refused when any part of it did not decode", () => {
  const password = "Zq9x" + "Lm2pW4";
  const text = `DB_CONN=Server=tcp:orders.database.windows.net,1433;Initial Catalog=Bestellm\uFFFDrkte;User ID=app;Password=${password};Encrypt=True\n`;
  const finding = findingIn(text, ".env", "secret");
  assert.ok(finding.compound, "the whole connection string is the stored value");
  assert.ok(!text.slice(finding.range.startOffset, finding.range.endOffset).includes("\uFFFD"), "the key itself decoded");
  assert.throws(() => planMove({ text, filePath: ".env", finding, secretName: "db-conn", vaultUrl: VAULT }), (error: unknown) => error instanceof FixPlanError && error.code === "brokenFile");
});

test("a configuration value with an undecodable character is refused, up front as by the planner", () => {
  const text = `ORDERS_URL=https://orders.internal.contoso.com/b\uFFFDro/api\n`;
  const finding = findingIn(text, ".env", "config");
  const up = configMoveRefusal({ text, filePath: ".env", start: finding.range.startOffset, end: finding.range.endOffset });
  assert.match(up ?? "", /Reopen with Encoding/);
  assert.throws(() => planConfigMove({ text, filePath: ".env", finding, key: suggestedConfigurationKey(text, ".env", finding), endpoint: ENDPOINT }), (error: unknown) => error instanceof FixPlanError && error.code === "brokenFile");
});

test("the character written as an escape is the program's own, and moves", () => {
  const text = `{\n  "Db": {\n    "Password": "Gr\\uFFFDn9qLm2Vt7Rk4Pw8"\n  }\n}\n`;
  const finding = findingIn(text, "appsettings.json", "secret");
  const plan = planMove({ text, filePath: "appsettings.json", finding, secretName: "Db--Password", vaultUrl: VAULT });
  assert.equal(plan.value, PASSWORD);
});
