// Secrets given as a declared parameter's default or as the value of a name/value pair: the name is
// found apart from the value (Bicep, Terraform, ARM JSON, YAML lists), names the finding, and only
// the item's own name counts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { PARAMETER_VALUE_RULES } from "../../src/engine/rules/parameter-values";

// Made-up values, assembled at run time.
const PASSWORD = "Wq7!rZ2m" + "@Lp9";
const TOKEN = "Lz4Qx8" + "Wm2Tk7Rv5Nb9";

function found(content: string, filePath: string): { value: string; keyName: string | undefined }[] {
  return scanText({ content, filePath })
    .filter((finding) => finding.ruleId === "generic/parameter-value")
    .map((finding) => ({ value: content.slice(finding.range.startOffset, finding.range.endOffset), keyName: finding.keyName }));
}

test("the finding is named after the parameter or pair, not the document's path to the value", () => {
  const template = JSON.stringify({ parameters: { adminPassword: { type: "securestring", defaultValue: PASSWORD } }, settings: [{ name: "ORDERS_TOKEN", value: TOKEN }] }, null, 2);
  assert.deepEqual(found(template, "azuredeploy.json"), [
    { value: PASSWORD, keyName: "adminPassword" },
    { value: TOKEN, keyName: "ORDERS_TOKEN" },
  ]);
});

test("YAML: a value takes the name of its own list item only", () => {
  const yaml = ["env:", "  - name: DB_PASSWORD", "    valueFrom: {}", "  - name: LOG_LEVEL", `    value: ${PASSWORD}`, "  - name: API_TOKEN", "    nested:", `      value: ${TOKEN}`].join("\n");
  assert.deepEqual(found(yaml, "deployment.yaml"), []);
});

test("YAML with Windows line endings: the item's name is read as it is with LF", () => {
  const yaml = ["env:", "  - name: DB_PASSWORD", `    value: "${PASSWORD}"`, "  - name: API_TOKEN # the payment gateway's", `    value: ${TOKEN}`].join("\r\n");
  assert.deepEqual(found(yaml, "deployment.yaml"), [
    { value: PASSWORD, keyName: "DB_PASSWORD" },
    { value: TOKEN, keyName: "API_TOKEN" },
  ]);
});

test("Terraform: only a variable block's default; other blocks' defaults are not parameters", () => {
  const hcl = [`variable "db_password" {`, `  default = "${PASSWORD}"`, "}", `module "vault" {`, `  default = "${TOKEN}"`, "}"].join("\n");
  assert.deepEqual(found(hcl, "main.tf"), [{ value: PASSWORD, keyName: "db_password" }]);
});

test("other files are left to the generic rule", () => {
  assert.deepEqual(found(`param adminPassword string = '${PASSWORD}'`, "notes.txt"), []);
  assert.deepEqual(found(`{"adminPassword": {"value": "${PASSWORD}"}}`, "data.xml"), []);
});

test("thousands of nested values read in linear time", () => {
  const [rule] = PARAMETER_VALUE_RULES;
  const json = `${"{".repeat(2000)}\n${`"value": "${TOKEN}", "name": "x",\n`.repeat(20_000)}${"}".repeat(2000)}`;
  const yaml = `${"  - name: API_TOKEN\n    value: x\n".repeat(20_000)}`;
  for (const [text, filePath] of [[json, "a.json"], [yaml, "a.yaml"]] as const) {
    const started = performance.now();
    rule!.find(text, { filePath, fileType: "config" });
    assert.ok(performance.now() - started < 3000, filePath);
  }
});
