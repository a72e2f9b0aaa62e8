// The JSON schema VS Code validates .secrethygiene.json with, and the parser the engine uses, agree:
// same keys, same required keys, and the same verdict on valid and broken files.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import Ajv from "ajv";
import { CUSTOM_RULE_KEYS, parseProjectConfig, PROJECT_CONFIG_FILE, PROJECT_CONFIG_KEYS } from "../../src/engine";

const root = path.join(__dirname, "..", "..");
const schema = JSON.parse(readFileSync(path.join(root, "schemas", "secrethygiene.schema.json"), "utf8"));
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const RULE = { id: "custom/acme-key", pattern: "ACME-[0-9a-f]{12}", keywords: ["acme-"], kind: "secret" };

test("the schema and the parser know the same keys", () => {
  assert.deepEqual(Object.keys(schema.properties).sort(), [...PROJECT_CONFIG_KEYS].sort());
  assert.deepEqual(Object.keys(schema.definitions.customRule.properties).sort(), [...CUSTOM_RULE_KEYS].sort());
  assert.equal(schema.additionalProperties, false);
  assert.equal(schema.definitions.customRule.additionalProperties, false);
});

test("the keys the schema requires are the ones the parser requires", () => {
  const required: string[] = schema.definitions.customRule.required;
  for (const key of CUSTOM_RULE_KEYS) {
    const rule: Record<string, unknown> = { ...RULE, title: "t", severity: "hint", docsUrl: "https://example.com/rule" };
    delete rule[key];
    const parserRejects = parseProjectConfig(JSON.stringify({ customRules: [rule] })).problems.length > 0;
    assert.equal(parserRejects, required.includes(key), `parser and schema disagree on whether '${key}' is required`);
    assert.equal(!validate({ customRules: [rule] }), required.includes(key), `schema verdict for a rule without '${key}'`);
  }
});

test("valid files pass both; each broken file fails both", () => {
  const valid = [
    {},
    { $schema: "x", allow: ["^EXAMPLE$"], disabledRules: ["github/token"], ignorePaths: ["dist/"], baseline: "b.json" },
    { customRules: [{ ...RULE, title: "ACME key", severity: "warning", docsUrl: "https://wiki.example.com/acme" }] },
  ];
  for (const document of valid) {
    assert.ok(validate(document), `schema rejects ${JSON.stringify(document)}: ${JSON.stringify(validate.errors)}`);
    assert.deepEqual(parseProjectConfig(JSON.stringify(document)).problems, [], JSON.stringify(document));
  }
  const broken = [
    { unknown: true },
    { allow: "not-an-array" },
    { allow: [""] },
    { disabledRules: [1] },
    { ignorePaths: {} },
    { baseline: "" },
    { customRules: [{ ...RULE, id: "acme-key" }] },
    { customRules: [{ ...RULE, kind: "password" }] },
    { customRules: [{ ...RULE, severity: "fatal" }] },
    { customRules: [{ ...RULE, keywords: [] }] },
    { customRules: [{ ...RULE, flags: "i" }] },
    { customRules: [{ ...RULE, docsUrl: "wiki/acme" }] },
  ];
  for (const document of broken) {
    assert.equal(validate(document), false, `schema accepts ${JSON.stringify(document)}`);
    assert.ok(parseProjectConfig(JSON.stringify(document)).problems.length > 0, `parser accepts ${JSON.stringify(document)}`);
  }
});

test("package.json contributes the schema for the file, and the package ships it", () => {
  const validation = manifest.contributes.jsonValidation.find((entry: { fileMatch: string }) => entry.fileMatch === PROJECT_CONFIG_FILE);
  assert.ok(validation, "jsonValidation entry for .secrethygiene.json");
  assert.equal(path.normalize(path.join(root, validation.url)), path.join(root, "schemas", "secrethygiene.schema.json"));
  const vscodeignore = readFileSync(path.join(root, ".vscodeignore"), "utf8").split("\n");
  assert.ok(vscodeignore.includes("!schemas/secrethygiene.schema.json"), ".vscodeignore lets the schema into the package");
  const jsonc = manifest.contributes.languages.find((language: { id: string }) => language.id === "jsonc");
  assert.ok(jsonc?.filenames.includes(PROJECT_CONFIG_FILE), "the file is JSON with comments, as the parser reads it");
});
