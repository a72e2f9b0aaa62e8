// The manifest and the code agree: one source of truth for command ids and settings.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { CommandId, ContextKey, ExplorerCommandId, SETTINGS_SECTION, SettingKey, VAULTS_VIEW_ID, VIEW_CONTAINER_ID } from "../../src/extension/contributions";

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

test("descriptions with Markdown (backticks, #setting# links) are markdownDescription, or the Settings editor shows the marks", () => {
  const localized = (text: string) => (/^%.+%$/.test(text) ? (nls[text.slice(1, -1)] ?? text) : text);
  const hasMarkdown = (text: string) => text.includes("`") || text.includes(`#${SETTINGS_SECTION}.`);
  type Schema = { description?: string; enumDescriptions?: string[] };
  for (const [key, schema] of Object.entries<Schema>(manifest.contributes.configuration.properties)) {
    if (schema.description) assert.ok(!hasMarkdown(localized(schema.description)), `${key}: use markdownDescription`);
    for (const text of schema.enumDescriptions ?? []) assert.ok(!hasMarkdown(localized(text)), `${key}: use markdownEnumDescriptions`);
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

test("menus and welcome links name contributed commands (or VS Code's own), and views that exist", () => {
  const contributed = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
  const views = new Set(Object.values<{ id: string }[]>(manifest.contributes.views).flat().map((view) => view.id));
  assert.ok(views.has(VAULTS_VIEW_ID));
  for (const [menu, entries] of Object.entries<{ command: string; when?: string }[]>(manifest.contributes.menus)) {
    for (const entry of entries) assert.ok(contributed.has(entry.command), `${menu}: ${entry.command} is not contributed`);
  }
  for (const welcome of manifest.contributes.viewsWelcome) {
    assert.ok(views.has(welcome.view), `viewsWelcome for unknown view ${welcome.view}`);
    const text = nls[welcome.contents.slice(1, -1)] ?? welcome.contents;
    for (const [, command] of text.matchAll(/\(command:([\w.]+)\)/g)) {
      assert.ok(contributed.has(command) || command.startsWith("workbench."), `viewsWelcome links ${command}`);
    }
  }
});

test("every secretHygiene.* context key in a when clause is one the explorer sets", () => {
  const known = new Set<string>(Object.values(ContextKey));
  const whens = [...Object.values<{ when?: string }[]>(manifest.contributes.menus).flat(), ...manifest.contributes.viewsWelcome].map((entry: { when?: string }) => entry.when ?? "");
  // The view's id (`view == secretHygiene.vaults`) is not a context key.
  const keys = whens.flatMap((when) => when.match(/secretHygiene\.[A-Za-z.]+/g) ?? []).filter((key) => key !== VAULTS_VIEW_ID);
  assert.ok(keys.length > 0);
  for (const key of keys) assert.ok(known.has(key), `unknown context key ${key}`);
});

test("the explorer's item commands are hidden from the palette: they need a tree node", () => {
  const palette = new Map<string, string>(manifest.contributes.menus.commandPalette.map((entry: { command: string; when: string }) => [entry.command, entry.when]));
  const global = new Set<string>([ExplorerCommandId.refresh, ExplorerCommandId.filter, ExplorerCommandId.clearFilter, ExplorerCommandId.exportHealthReport, ExplorerCommandId.signIn, ExplorerCommandId.enableLocalEmulator]);
  for (const id of Object.values(ExplorerCommandId)) {
    if (global.has(id)) assert.notEqual(palette.get(id), "false", `${id} belongs in the palette`);
    else assert.equal(palette.get(id), "false", `${id} needs a node: hide it from the palette`);
  }
});

test("commands that change a secret are not offered on certificate-backed (managed) secrets: Key Vault refuses them", () => {
  const changing = new Set<string>([
    ExplorerCommandId.rotateSecret,
    ExplorerCommandId.setExpiry,
    ExplorerCommandId.clearExpiry,
    ExplorerCommandId.editTags,
    ExplorerCommandId.enableSecret,
    ExplorerCommandId.disableSecret,
    ExplorerCommandId.backupSecret,
    ExplorerCommandId.deleteSecret,
  ]);
  const entries = manifest.contributes.menus["view/item/context"].filter((entry: { command: string }) => changing.has(entry.command));
  assert.deepEqual(new Set(entries.map((entry: { command: string }) => entry.command)), changing, "each has a menu entry");
  for (const entry of entries) assert.match(entry.when, /&& !\(viewItem =~ \/\\bshManaged\\b\/\)/, `${entry.command} (${entry.group}) must exclude shManaged`);
});

test("the quick fixes' commands are hidden from the palette: they need a finding", () => {
  const palette = new Map<string, string>(manifest.contributes.menus.commandPalette.map((entry: { command: string; when: string }) => [entry.command, entry.when]));
  for (const id of [CommandId.moveSecretToKeyVault, CommandId.ignoreFinding, CommandId.addToBaseline, CommandId.moveToAppConfiguration, CommandId.moveSecretViaAppConfiguration]) {
    assert.equal(palette.get(id), "false", `${id} needs a finding: hide it from the palette`);
  }
});

test("commands that need a trusted workspace show in the palette only there", () => {
  const palette = new Map<string, string>(manifest.contributes.menus.commandPalette.map((entry: { command: string; when: string }) => [entry.command, entry.when]));
  for (const id of [CommandId.moveAllInFile, CommandId.moveAllInWorkspace, CommandId.runWithSecrets]) {
    assert.match(palette.get(id) ?? "", /&& isWorkspaceTrusted$/, `${id} acts on what the workspace names: only when trusted`);
  }
});

test("the local emulator is offered only where it is available: the installed package does not hold it", () => {
  const gated = (when: string | undefined) => (when ?? "").includes(ContextKey.emulatorAvailable);
  const enable = ExplorerCommandId.enableLocalEmulator;
  const menus = Object.values<{ command: string; when?: string }[]>(manifest.contributes.menus).flat().filter((entry) => entry.command === enable);
  assert.ok(menus.length >= 2, "the palette and the view's overflow menu");
  for (const entry of menus) assert.ok(gated(entry.when), `${enable}: ${entry.when}`);
  const welcomes = manifest.contributes.viewsWelcome.filter((welcome: { contents: string }) => (nls[welcome.contents.slice(1, -1)] ?? welcome.contents).includes(enable));
  assert.ok(welcomes.length > 0);
  for (const welcome of welcomes) assert.ok(gated(welcome.when), `viewsWelcome ${welcome.contents}: ${welcome.when}`);
});

test("the view's Export Vault Health Report button shows only when something is mapped: the report covers mapped vaults", () => {
  const button = manifest.contributes.menus["view/title"].find((entry: { command: string }) => entry.command === ExplorerCommandId.exportHealthReport);
  assert.match(button?.when ?? "", new RegExp(`&& ${ContextKey.mapped.replace(/\./g, "\\.")}$`));
});

test("the explorer's commands have codicons; its icon is in media/ and in the package", () => {
  for (const command of manifest.contributes.commands.filter((c: { command: string }) => c.command.startsWith("secretHygiene.explorer."))) {
    assert.match(command.icon, /^\$\([a-z-]+\)$/, `${command.command} needs a codicon`);
  }
  const container = manifest.contributes.viewsContainers.activitybar.find((entry: { id: string }) => entry.id === VIEW_CONTAINER_ID);
  assert.ok(container, "the activity-bar container");
  assert.ok(existsSync(path.join(root, container.icon)), `${container.icon} exists`);
  assert.match(readFileSync(path.join(root, ".vscodeignore"), "utf8"), new RegExp(`^!${container.icon.replace(/\./g, "\\.")}$`, "m"), "the icon is packaged");
});

test("settings that could keep a value exposed longer are user-level (application scope)", () => {
  const properties = manifest.contributes.configuration.properties;
  assert.equal(properties[`${SETTINGS_SECTION}.${SettingKey.explorerClipboardClearSeconds}`].scope, "application");
});

test("every picture the README shows exists and is packaged, so its relative link works in VS Code", () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const allowed = readFileSync(path.join(root, ".vscodeignore"), "utf8").split("\n");
  const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((link) => !/^[a-z]+:/i.test(link));
  assert.ok(pictures.length > 0, "the README shows pictures");
  for (const picture of pictures) {
    assert.ok(existsSync(path.join(root, picture)), `${picture} exists`);
    assert.ok(allowed.includes(`!${picture}`), `.vscodeignore lets ${picture} into the package`);
  }
});
