// The controls users expect, in a real extension host: inline ignores, .secrethygiene.json (watched),
// problems shown on the file itself, the baseline, and .gitignore in the workspace scan (but secret
// files such as .env and files git tracks always scanned). Every file here is written by the test and removed again.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { createBaseline, scanText } from "../../src/engine";
import { activateExtension, ourDiagnostics, waitFor, workspaceFile } from "./helpers";

/** Made-up GitHub-token-shaped values, assembled here so no token literal sits in the source. */
const FAKE_TOKENS = ["Rk2vLqP7ZeWn4hTsYd9mXc1uBo6JfGa3NiQe", "tH5wEoZ1kVqR8mLyC3bNxJ7dUaP0sGf2TiWo", "mW9pDzK2cQ7xVhB4nTr1YeL6aFs3JuGo8kZi"].map((tail) =>
  ["ghp", tail].join("_"),
);

const written: vscode.Uri[] = [];

async function write(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  written.push(uri);
  return uri;
}

async function remove(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

async function openConfigTs(): Promise<{ uri: vscode.Uri; ruleId: string }> {
  const uri = workspaceFile("src/config.ts");
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  // An earlier suite may have cleared the findings of this still-loaded document: scan it now.
  await vscode.commands.executeCommand("secretHygiene.scanActiveFile");
  const document = await vscode.workspace.openTextDocument(uri);
  // (What the document holds when it times out: edited, or without its token, since an earlier test.)
  const state = () => `${document.isDirty ? "unsaved changes" : "as saved"}, ${/ghp_[A-Za-z0-9]{36}/.test(document.getText()) ? "token present" : "no token"}`;
  const [diagnostic] = await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "the token's diagnostic on config.ts").catch((error: Error) => {
    throw new Error(`${error.message}; config.ts: ${state()}`);
  });
  return { uri, ruleId: (diagnostic!.code as { value: string }).value };
}

suite("workspace configuration, ignores and baseline", () => {
  suiteSetup(activateExtension);

  teardown(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    // Settings first: the watcher then sees the files go, and the policy is reloaded without them.
    await vscode.workspace.getConfiguration("secretHygiene").update("maxFileSizeKB", undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration("files").update("watcherExclude", undefined, vscode.ConfigurationTarget.Global);
    for (const uri of written.splice(0)) await remove(uri);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand("secretHygiene.clearFindings");
  });

  test("a line under secret-hygiene-ignore-next-line is not diagnosed; the next one is", async () => {
    const uri = await write(
      "src/ignored.ts",
      [
        "// Written by the integration test.",
        "// secret-hygiene-ignore-next-line -- documented example token",
        `export const documented = "${FAKE_TOKENS[0]}";`,
        `export const live = "${FAKE_TOKENS[1]}";`,
        `export const sample = "${FAKE_TOKENS[2]}"; // secret-hygiene-ignore`,
        "",
      ].join("\n"),
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await waitFor(() => ourDiagnostics(uri), (d) => d.length > 0, "a diagnostic on ignored.ts");
    assert.deepEqual(diagnostics.map((d) => d.range.start.line), [3]);
  });

  test("an ignore comment naming no rule is a warning on the id; its quick fix writes the rule meant, which silences the line", async () => {
    const uri = await write("src/misspelt-ignore.ts", ["// Written by the integration test.", "// secret-hygiene-ignore-next-line github/tokn -- documented example token", `export const documented = "${FAKE_TOKENS[0]}";`, ""].join("\n"));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const both = await waitFor(() => ourDiagnostics(uri), (d) => d.length === 2, "the finding and the warning on the misspelt id");
    const warning = both.find((d) => d.code === undefined);
    assert.ok(warning, "the warning has no code: no quick fix takes it for a finding");
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual([warning.range.start.line, warning.range.start.character, warning.range.end.character], [1, 35, 46]);
    assert.match(warning.message, /No rule is named 'github\/tokn'.*Did you mean 'github\/token'\?/);
    assert.deepEqual(both.filter((d) => d !== warning).map((d) => d.range.start.line), [2], "the finding is still reported");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, warning.range);
    const change = actions.find((action) => action.title === "Change to 'github/token'");
    assert.ok(change?.edit, `a quick fix writes the rule meant; offered: ${actions.map((action) => action.title).join(", ")}`);
    assert.ok(await vscode.workspace.applyEdit(change.edit));
    assert.equal(editor.document.lineAt(1).text, "// secret-hygiene-ignore-next-line github/token -- documented example token");
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 0, "no diagnostic once the id is right");
  });

  test("Ignore this finding…: two findings on one line share the marker; a continued command and a YAML block get it above their start; a here-document is refused, the file unchanged", async () => {
    const aws = ["AKIA", "Q3Z7WJ4M2XK9LB5T"].join("");
    const uri = await write("src/two-keys.ts", [`connect("${FAKE_TOKENS[1]}", "${aws}");`, ""].join("\n"));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const found = await waitFor(() => ourDiagnostics(uri), (d) => d.length === 2, "both keys on the line");
    for (const diagnostic of found) {
      const range = ourDiagnostics(uri).find((d) => d.code && (d.code as { value: string }).value === (diagnostic.code as { value: string }).value)!.range;
      assert.equal(await vscode.commands.executeCommand("secretHygiene.ignoreFinding", { uri, range, reason: "revoked demo keys" }), true);
      await waitFor(() => ourDiagnostics(uri), (d) => !d.some((other) => other.code && (other.code as { value: string }).value === (diagnostic.code as { value: string }).value), "the ignored finding gone");
    }
    assert.equal(editor.document.lineCount, 3, editor.document.getText());
    assert.deepEqual(ourDiagnostics(uri), []);

    // A comment cannot go between `\` and the line it continues onto: it goes above the command.
    const continued = await write("deploy.sh", ["#!/bin/sh", "mysql -h db \\", `  --password=${FAKE_TOKENS[2]} \\`, "  orders", ""].join("\n"));
    const continuedDocument = await vscode.workspace.openTextDocument(continued);
    await vscode.window.showTextDocument(continuedDocument);
    const [onContinuedLine] = await waitFor(() => ourDiagnostics(continued), (d) => d.length === 1, "the password on the continued line");
    assert.equal(await vscode.commands.executeCommand("secretHygiene.ignoreFinding", { uri: continued, range: onContinuedLine!.range, reason: "revoked" }), true);
    assert.match(continuedDocument.lineAt(1).text, /^# secret-hygiene-ignore-next-line \S+ -- revoked$/);
    assert.equal(continuedDocument.lineAt(2).text, "mysql -h db \\");
    await waitFor(() => ourDiagnostics(continued), (d) => d.length === 0, "the ignored finding gone");

    // Nor inside a YAML block scalar: above its key.
    const pem = ["-----BEGIN PRIVATE KEY-----", ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcw", "ggSjAgEAAoIBAQC7Lm3pW"].join(""), "-----END PRIVATE KEY-----"];
    const values = await write("deploy/values.yaml", ["tls:", "  key: |", ...pem.map((line) => `    ${line}`), ""].join("\n"));
    const valuesDocument = await vscode.workspace.openTextDocument(values);
    await vscode.window.showTextDocument(valuesDocument);
    const [inBlock] = await waitFor(() => ourDiagnostics(values), (d) => d.length === 1, "the key in the block");
    assert.equal(await vscode.commands.executeCommand("secretHygiene.ignoreFinding", { uri: values, range: inBlock!.range, reason: "test key" }), true);
    assert.match(valuesDocument.lineAt(1).text, /^ {2}# secret-hygiene-ignore-next-line private-key\/pem -- test key$/);
    assert.equal(valuesDocument.lineAt(2).text, "  key: |");
    await waitFor(() => ourDiagnostics(values), (d) => d.length === 0, "the ignored finding gone");

    // A here-document has no place for a comment: the baseline is offered, the file unchanged.
    const script = await write("configure.sh", ["#!/bin/sh", "cat <<EOF > app.conf", `mysql_password=${FAKE_TOKENS[2]}`, "EOF", ""].join("\n"));
    const document = await vscode.workspace.openTextDocument(script);
    await vscode.window.showTextDocument(document);
    const [finding] = await waitFor(() => ourDiagnostics(script), (d) => d.length === 1, "the password in the here-document");
    const before = document.getText();
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.showWarningMessage;
    const warnings: string[] = [];
    window.showWarningMessage = (message: string) => {
      warnings.push(message);
      return Promise.resolve(undefined);
    };
    try {
      assert.equal(await vscode.commands.executeCommand("secretHygiene.ignoreFinding", { uri: script, range: finding!.range, reason: "x" }), false);
    } finally {
      window.showWarningMessage = original;
    }
    assert.equal(document.getText(), before);
    assert.match(warnings.join(" | "), /no comment can go above this finding.*Add it to the baseline instead\?/);
  });

  test("a misspelt id's warning left behind by an edit offers no Change to: it would write into other text", async () => {
    const settings = vscode.workspace.getConfiguration("secretHygiene");
    // Without scanning on type, the warning keeps its old range until the file is saved.
    await settings.update("scanOnType", false, vscode.ConfigurationTarget.Global);
    try {
      const uri = await write("src/misspelt-moved.ts", ["// Written by the integration test.", "// secret-hygiene-ignore-next-line github/tokn -- documented example token", `export const documented = "${FAKE_TOKENS[0]}";`, ""].join("\n"));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const both = await waitFor(() => ourDiagnostics(uri), (d) => d.length === 2, "the finding and the warning on the misspelt id");
      const warning = both.find((d) => d.code === undefined)!;
      assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(1, 3), "NOTE: ")));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, warning.range);
      assert.equal(actions.find((action) => action.title.startsWith("Change to")), undefined, actions.map((action) => action.title).join(", "));
      assert.equal(editor.document.lineAt(1).text, "// NOTE: secret-hygiene-ignore-next-line github/tokn -- documented example token");
    } finally {
      await settings.update("scanOnType", undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test("a disabledRules entry in .secrethygiene.json removes a diagnostic, and removing the file brings it back", async () => {
    const { uri, ruleId } = await openConfigTs();
    const config = await write(".secrethygiene.json", JSON.stringify({ disabledRules: [ruleId] }, null, 2));
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 0, "the diagnostic to go once the rule is disabled");
    await remove(config);
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "the diagnostic back once the file is gone");
  });

  test("a .secrethygiene.json saved as UTF-16 (Windows PowerShell's `>`) applies, as the CLI reads it", async () => {
    const { uri, ruleId } = await openConfigTs();
    const text = JSON.stringify({ disabledRules: [ruleId] });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const config = workspaceFile(".secrethygiene.json");
    await vscode.workspace.fs.writeFile(config, utf16);
    written.push(config);
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 0, "the diagnostic to go once the rule is disabled");
    assert.deepEqual(ourDiagnostics(config), [], "no problem reported on the UTF-16 file");
    await remove(config);
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "the diagnostic back once the file is gone");
  });

  test("problems in .secrethygiene.json show on the file itself, where they are", async () => {
    const config = await write(".secrethygiene.json", '{\n  "alow": ["x"],\n  "allow": ["(a+)+"]\n}\n');
    const problems = await waitFor(() => ourDiagnostics(config), (d) => d.length === 2, "two problems on .secrethygiene.json");
    const byLine = problems.sort((a, b) => a.range.start.line - b.range.start.line);
    assert.match(byLine[0]!.message, /^alow: unknown key/);
    assert.equal(byLine[0]!.range.start.line, 1);
    assert.match(byLine[1]!.message, /^allow\[0\]: .*exponential time/);
    assert.equal(byLine[1]!.severity, vscode.DiagnosticSeverity.Error);
    await remove(config);
    await waitFor(() => ourDiagnostics(config), (d) => d.length === 0, "the problems to clear with the file");
  });

  test("ignorePaths leaves a file out of the live diagnostics", async () => {
    const { uri } = await openConfigTs();
    await write(".secrethygiene.json", JSON.stringify({ ignorePaths: ["src/config.ts"] }));
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 0, "no diagnostic on an ignored path");
  });

  test("a baseline hides the findings it lists, by the same fingerprint the CLI computes", async () => {
    const { uri } = await openConfigTs();
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    // The path relative to the workspace folder, forward slashes: what the CLI uses from the root.
    const baselineText = createBaseline([["src/config.ts", scanText({ content, filePath: "src/config.ts" })]]);
    const baseline = await write(".secrethygiene-baseline.json", baselineText);
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 0, "the baselined finding to disappear");
    await remove(baseline);
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "the finding back without the baseline");
  });

  test("the workspace scan skips git-ignored files but still finds a git-ignored .env", async () => {
    await write(".gitignore", "generated/\n.env\n");
    const dotEnv = await write(".env", `GH_TOKEN=${FAKE_TOKENS[0]}\n`);
    const generated = await write("generated/client.ts", `export const token = "${FAKE_TOKENS[1]}";\n`);
    const summary = await vscode.commands.executeCommand<{ ignored: number; cancelled: boolean }>("secretHygiene.scanWorkspace");
    assert.equal(summary.cancelled, false);
    assert.ok(summary.ignored >= 1, `ignored ${summary.ignored} file(s)`);
    await waitFor(() => ourDiagnostics(dotEnv), (d) => d.length === 1, "a diagnostic on the git-ignored .env");
    assert.equal(ourDiagnostics(generated).length, 0, "nothing from a git-ignored folder");
  });

  test("the workspace scan finds git-ignored secret files by name, as the CLI does: local.settings.json, prod.env, terraform.tfvars", async () => {
    await write(".gitignore", "generated/\nlocal.settings.json\n*.env\n*.tfvars\n");
    const settings = await write("local.settings.json", `{ "Values": { "GH_TOKEN": "${FAKE_TOKENS[0]}" } }\n`);
    const composeEnv = await write("deploy/prod.env", `GH_TOKEN=${FAKE_TOKENS[1]}\n`);
    const tfvars = await write("infra/terraform.tfvars", `gh_token = "${FAKE_TOKENS[2]}"\n`);
    const generated = await write("generated/client.ts", `export const token = "${FAKE_TOKENS[1]}";\n`);
    written.push(workspaceFile("deploy"), workspaceFile("infra"));
    const summary = await vscode.commands.executeCommand<{ ignored: number; cancelled: boolean }>("secretHygiene.scanWorkspace");
    assert.equal(summary.cancelled, false);
    for (const [uri, name] of [[settings, "local.settings.json"], [composeEnv, "prod.env"], [tfvars, "terraform.tfvars"]] as const) {
      await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, `a diagnostic on the git-ignored ${name}`);
    }
    assert.equal(ourDiagnostics(generated).length, 0, "nothing from a git-ignored folder");
  });

  test("the workspace scan still scans a git-ignored file that git tracks, as the CLI does", async () => {
    await write(".gitignore", "generated/\n");
    const tracked = await write("generated/committed.ts", `export const token = "${FAKE_TOKENS[2]}";\n`);
    const untracked = await write("generated/client.ts", `export const token = "${FAKE_TOKENS[1]}";\n`);
    // A repository where the file was added before the rule (here: forced past it).
    const root = workspaceFile("").fsPath;
    written.push(workspaceFile(".git"));
    execFileSync("git", ["init", "-q"], { cwd: root });
    execFileSync("git", ["add", "-f", "generated/committed.ts"], { cwd: root });
    const summary = await vscode.commands.executeCommand<{ ignored: number; cancelled: boolean }>("secretHygiene.scanWorkspace");
    assert.equal(summary.cancelled, false);
    await waitFor(() => ourDiagnostics(tracked), (d) => d.length === 1, "a diagnostic on the tracked, git-ignored file");
    assert.equal(ourDiagnostics(untracked).length, 0, "nothing from an untracked file in a git-ignored folder");
  });

  test("a nested repository is judged by its own .gitignore and tracked files, as git and the CLI judge it", async () => {
    // The outer repository's rule (config/) is not the nested one's; the nested one ignores dumps/
    // but tracks a file there all the same.
    await write(".gitignore", "config/\n");
    await write("libs/shared/.gitignore", "dumps/\n");
    const underOuterRule = await write("libs/shared/config/client.ts", `export const token = "${FAKE_TOKENS[0]}";\n`);
    const trackedInNested = await write("libs/shared/dumps/kept.ts", `export const token = "${FAKE_TOKENS[1]}";\n`);
    const ignoredInNested = await write("libs/shared/dumps/local.ts", `export const token = "${FAKE_TOKENS[2]}";\n`);
    const root = workspaceFile("").fsPath;
    const nested = workspaceFile("libs/shared").fsPath;
    written.push(workspaceFile(".git"), workspaceFile("libs"));
    execFileSync("git", ["init", "-q"], { cwd: root });
    execFileSync("git", ["init", "-q"], { cwd: nested });
    execFileSync("git", ["add", "-f", "dumps/kept.ts"], { cwd: nested });
    const summary = await vscode.commands.executeCommand<{ cancelled: boolean }>("secretHygiene.scanWorkspace");
    assert.equal(summary.cancelled, false);
    await waitFor(() => ourDiagnostics(underOuterRule), (d) => d.length === 1, "a diagnostic on a file only the outer repository's rule matches");
    await waitFor(() => ourDiagnostics(trackedInNested), (d) => d.length === 1, "a diagnostic on a file the nested repository tracks");
    assert.equal(ourDiagnostics(ignoredInNested).length, 0, "nothing from a file the nested repository ignores and does not track");
  });

  test("the workspace scan follows no symbolic link to a folder, as the CLI; a linked file is scanned", async () => {
    const target = await write("shared-src/settings.ts", `export const token = "${FAKE_TOKENS[0]}";\n`);
    const root = workspaceFile("").fsPath;
    written.push(workspaceFile("shared-src"), workspaceFile("linked"), workspaceFile("linked-settings.ts"));
    symlinkSync(path.join(root, "shared-src"), path.join(root, "linked"), "dir");
    symlinkSync(path.join(root, "shared-src", "settings.ts"), path.join(root, "linked-settings.ts"), "file");
    const summary = await vscode.commands.executeCommand<{ cancelled: boolean }>("secretHygiene.scanWorkspace");
    assert.equal(summary.cancelled, false);
    await waitFor(() => ourDiagnostics(target), (d) => d.length === 1, "a diagnostic on the file itself");
    await waitFor(() => ourDiagnostics(workspaceFile("linked-settings.ts")), (d) => d.length === 1, "a diagnostic on a linked file");
    assert.equal(ourDiagnostics(workspaceFile("linked/settings.ts")).length, 0, "nothing through the linked folder: the file is found once, by its own path");
  });

  test("files over the size budget are counted in the summary", async () => {
    await vscode.workspace.getConfiguration("secretHygiene").update("maxFileSizeKB", 1, vscode.ConfigurationTarget.Global);
    await write("docs/large.txt", "lorem ipsum dolor sit amet\n".repeat(100));
    const summary = await vscode.commands.executeCommand<{ skipped: number; skippedBySize: number }>("secretHygiene.scanWorkspace");
    assert.ok(summary.skippedBySize >= 1, `skipped by size: ${summary.skippedBySize}`);
    assert.ok(summary.skipped >= summary.skippedBySize);
  });

  // Last: it turns the file watcher off for .secrethygiene.json, and a watcher may take a moment
  // to come back after the setting is reset, losing what the tests after it wait for.
  test("a file opened right after .secrethygiene.json is saved is scanned under it, without waiting for the file watcher", async () => {
    // A diagnosed file first: the folder's policy is loaded (and cached) from before the save.
    const { ruleId } = await openConfigTs();
    // The watcher may not report the save at all (excluded here; out of inotify watches on a big repository).
    await vscode.workspace.getConfiguration("files").update("watcherExclude", { "**/.secrethygiene.json": true }, vscode.ConfigurationTarget.Global);
    await write(".secrethygiene.json", JSON.stringify({ disabledRules: [ruleId] }, null, 2));
    const uri = await write("src/opened-after.ts", [`export const token = "${FAKE_TOKENS[0]}";`, 'export const dbPassword = "Vq8#nR3t!Lw6zK";', ""].join("\n"));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // The first diagnostics are the opening scan's: the password's alone, the token's rule being off.
    const first = await waitFor(() => ourDiagnostics(uri), (d) => d.length > 0, "the opening scan's diagnostics on opened-after.ts");
    assert.deepEqual(
      first.map((d) => d.range.start.line),
      [1],
      "the token on line 0 was diagnosed: the scan used the configuration from before the save",
    );
  });
});
