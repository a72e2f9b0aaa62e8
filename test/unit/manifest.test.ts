// The manifest and the code agree: one source of truth for command ids and settings.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { CommandId, SETTINGS_SECTION, SettingKey } from "../../src/extension/contributions";

const root = path.join(__dirname, "..", "..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const nls: Record<string, string> = JSON.parse(readFileSync(path.join(root, "package.nls.json"), "utf8"));

test("every contributed command is in CommandId, and every CommandId is contributed", () => {
  const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(contributed, Object.values(CommandId).sort());
});

test("every command has a category and a localized title", () => {
  for (const command of manifest.contributes.commands) {
    assert.equal(command.category, "%command.category%");
    assert.match(command.title, /^%.+%$/);
  }
});

test("every contributed setting is in SettingKey and has a description", () => {
  const properties = manifest.contributes.configuration.properties;
  const keys = Object.keys(properties).map((key) => key.slice(SETTINGS_SECTION.length + 1)).sort();
  assert.deepEqual(keys, Object.values(SettingKey).sort());
  for (const [key, schema] of Object.entries<{ description?: string; markdownDescription?: string }>(properties)) {
    assert.ok(schema.description ?? schema.markdownDescription, `${key} needs a description`);
  }
});

test("every %placeholder% in package.json has a string in package.nls.json", () => {
  const placeholders = JSON.stringify(manifest).match(/"%[^"%]+%"/g) ?? [];
  for (const placeholder of placeholders) {
    const key = placeholder.slice(2, -2);
    assert.ok(typeof nls[key] === "string" && nls[key].length > 0, `missing nls string ${key}`);
  }
});

test("entry points and engines match the build", () => {
  assert.equal(manifest.main, "./dist/extension.js");
  assert.equal(manifest.bin["secret-hygiene"], "./dist/cli.js");
  const typesVersion = manifest.devDependencies["@types/vscode"].replace(/^[~^]/, "");
  const engineVersion = manifest.engines.vscode.replace(/^[~^]/, "");
  assert.equal(typesVersion.split(".").slice(0, 2).join("."), engineVersion.split(".").slice(0, 2).join("."), "@types/vscode matches engines.vscode");
});
