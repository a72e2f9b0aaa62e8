// A JSON settings file that does not parse is refused before anything is stored: jsonc-parser's
// error recovery guesses, and its guess can drop the member around the value or make it another's
// (the secret stored under the wrong name), and the edit would leave the file broken. JSON with
// comments and trailing commas is what ASP.NET Core and the Functions host read, and moves.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { configMoveRefusal, FixPlanError } from "../../src/fixes";
import { applyPlan, planFirstSecret } from "./move-plan-helpers";

/** Made up, assembled at run time. */
const PASSWORD = "Zx9q" + "Lm2Vt7Rk4Pw8";
const VALID = `{\n  "ConnectionStrings": {\n    "Default": "Server=tcp:orders.database.windows.net;Database=orders;User Id=app;Password=${PASSWORD};"\n  },\n  "Other": 1\n}\n`;


const plan = planFirstSecret;

const apply = applyPlan;

/** The refusal: the file named, its first error's line and plain words, what to do; never the value. */
function doesNotParse(fileName: string, line: number, problem: string) {
  return (error: unknown) => {
    assert.ok(error instanceof FixPlanError, String(error));
    assert.equal(error.code, "brokenFile");
    assert.equal(error.message, `${fileName} does not parse (line ${line}: ${problem}): fix it, then move the value.`);
    return true;
  };
}

test("an unterminated string above the secret: refused, not stored under the neighbour's name", () => {
  const text = `{\n  "A": "unterminated,\n  "Logging": { "Level": "Info" },\n  "DbPassword": "${PASSWORD}",\n  "B": 2\n}\n`;
  assert.throws(() => plan(text, "appsettings.json"), doesNotParse("appsettings.json", 2, "unterminated string"));
});

test("every kind of broken appsettings.json is refused with its first error's line", () => {
  for (const [label, text, line, problem] of [
    ["double comma", VALID.replace('"Other": 1', '"Other": 1,,'), 5, "a property name in double quotes is expected"],
    ["missing closing brace", VALID.replace("\n}\n", "\n"), 6, "'}' is expected"],
    ["unquoted key", VALID.replace('"Other"', "Other"), 5, "unexpected character"],
    ["missing comma", VALID.replace("},", "}"), 5, "',' is expected"],
    ["merge-conflict markers", `<<<<<<< HEAD\n${VALID}=======\n{}\n>>>>>>> theirs\n`, 1, "unexpected character"],
  ] as const) {
    assert.throws(() => plan(text, "src/Orders.Api/appsettings.Development.json"), (error: unknown) => {
      assert.ok(error instanceof FixPlanError, `${label}: ${String(error)}`);
      assert.equal(error.message, `appsettings.Development.json does not parse (line ${line}: ${problem}): fix it, then move the value.`, label);
      return !error.message.includes(PASSWORD);
    });
  }
});

test("other JSON settings files that do not parse are refused too", () => {
  const localSettings = `{\n  "IsEncrypted": false,\n  "Values": {\n    "DB_PASSWORD": "${PASSWORD}"\n  }\n`;
  assert.ok(plan(`${localSettings}}\n`, "local.settings.json").edits.length > 0, "the whole file moves");
  assert.throws(() => plan(localSettings, "local.settings.json"), doesNotParse("local.settings.json", 6, "'}' is expected"));
  assert.throws(() => plan(`${localSettings.replace("false,", "false")}}\n`, "local.settings.json"), doesNotParse("local.settings.json", 3, "',' is expected"));
  const arm = `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "resources": [\n    {\n      "type": "Microsoft.Web/sites",\n      "properties": { "siteConfig": { "appSettings": [ { "name": "DB_PASSWORD", "value": "${PASSWORD}" } ] } }\n    }\n  ]\n`;
  assert.throws(() => plan(arm, "azuredeploy.json"), doesNotParse("azuredeploy.json", 9, "'}' is expected"));
  assert.throws(() => plan(`{\n  "db": { "password": "${PASSWORD}" },,\n}\n`, "config/settings.json"), doesNotParse("settings.json", 2, "a property name in double quotes is expected"));
});

test("the light bulb gives the same refusal for a configuration value in a broken file", () => {
  const text = `{\n  "A": 1,,\n  "Orders": { "ServiceUrl": "https://orders.internal.contoso.com/api" }\n}\n`;
  const finding = scanText({ content: text, filePath: "appsettings.json" }).find((candidate) => candidate.kind === "config");
  assert.ok(finding, "the engine finds the configuration value");
  assert.equal(
    configMoveRefusal({ text, filePath: "appsettings.json", start: finding.range.startOffset, end: finding.range.endOffset }),
    "appsettings.json does not parse (line 2: a property name in double quotes is expected): fix it, then move the value.",
  );
});

test("comments, trailing commas, a byte order mark and CRLF are valid appsettings.json, and move", () => {
  const text = `\uFEFF{\r\n  // the orders database\r\n  "Db": {\r\n    "Password": "${PASSWORD}", /* rotated monthly */\r\n    "Timeout": 30,\r\n  },\r\n}\r\n`;
  const planned = plan(text, "appsettings.json");
  assert.equal(planned.value, PASSWORD);
  assert.equal(apply(text, planned), `\uFEFF{\r\n  // the orders database\r\n  "Db": {\r\n    "Timeout": 30,\r\n  },\r\n}\r\n`);
});
