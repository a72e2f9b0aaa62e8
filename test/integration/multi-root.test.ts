// A multi-root workspace (scripts/run-integration.mjs opens two-apps.code-workspace with the
// folders `shop` and `billing`): each folder's .secrethygiene.json and vault mapping apply to its
// own files only, and a workspace scan covers both folders.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { VaultForFile } from "../../src/extension/show-vault";
import { activateExtension, ourDiagnostics, pythonNotebookFile, waitFor } from "./helpers";

interface Summary {
  filesScanned: number;
  findings: number;
  cancelled: boolean;
}

function folder(name: string): vscode.WorkspaceFolder {
  const found = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`the multi-root workspace has no folder '${name}'`);
  return found;
}

function fileIn(folderName: string, relative: string): vscode.Uri {
  return vscode.Uri.file(path.join(folder(folderName).uri.fsPath, relative));
}

async function write(uri: vscode.Uri, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

function vaults(): Record<string, string> {
  const file = process.env.SECRET_HYGIENE_EMULATOR_INFO;
  if (!file) throw new Error("run-integration.mjs starts the emulator and sets SECRET_HYGIENE_EMULATOR_INFO");
  return (JSON.parse(readFileSync(file, "utf8")) as { vaults: Record<string, string> }).vaults;
}

/** A GitHub token shape, assembled here so that no token-like literal sits in the repository. */
const token = (tail: string) => ["ghp", `Mr${tail}Q7wZ2kX9vB4nL8tP3cH6yD1fJ5sR0gUe7Nm`.slice(0, 36)].join("_");

/**
 * billing switches github/token off for itself, and each folder gets a client.ts holding a token:
 * what the tests below look at, written by each test that needs it so that any one can run alone.
 */
async function writeClientsAndBillingConfig(): Promise<{ shopFile: vscode.Uri; billingFile: vscode.Uri }> {
  await write(fileIn("billing", ".secrethygiene.json"), JSON.stringify({ disabledRules: ["github/token"] }, null, 2));
  const shopFile = await write(fileIn("shop", "src/client.ts"), `export const token = "${token("a1")}";\n`);
  const billingFile = await write(fileIn("billing", "src/client.ts"), `export const token = "${token("b2")}";\n`);
  return { shopFile, billingFile };
}

suite("multi-root workspace", () => {
  suiteSetup(activateExtension);

  test("the workspace has both folders", () => {
    assert.deepEqual(
      vscode.workspace.workspaceFolders?.map((candidate) => candidate.name),
      ["shop", "billing"],
    );
  });

  test("Escape on Configure Vaults…' folder picker stops it quietly (no \"open a folder first\")", async () => {
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = { folderPick: window.showWorkspaceFolderPick, information: window.showInformationMessage, error: window.showErrorMessage };
    const said: string[] = [];
    let asked = 0;
    window.showWorkspaceFolderPick = () => (asked++, Promise.resolve(undefined));
    window.showInformationMessage = (message: string) => (said.push(message), Promise.resolve(undefined));
    window.showErrorMessage = (message: string) => (said.push(message), Promise.resolve(undefined));
    try {
      assert.equal(await vscode.commands.executeCommand("secretHygiene.configureVaults"), undefined);
    } finally {
      Object.assign(window, { showWorkspaceFolderPick: original.folderPick, showInformationMessage: original.information, showErrorMessage: original.error });
    }
    assert.equal(asked, 1, "the folder was asked for");
    assert.deepEqual(said, []);
  });

  test("each folder's .secrethygiene.json applies to its own files only", async () => {
    const { shopFile, billingFile } = await writeClientsAndBillingConfig();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(shopFile));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(billingFile));
    const [diagnostic] = await waitFor(() => ourDiagnostics(shopFile), (found) => found.length === 1, "the shop folder's diagnostic");
    assert.equal((diagnostic!.code as { value: string }).value, "github/token");
    // Diagnostics of both documents come from one scan pass each; the billing one has had its turn.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(ourDiagnostics(billingFile), [], "billing switched github/token off for itself");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  test("each folder's vault mapping decides the vault of its files", async () => {
    const { "orders-dev": shopVault, "orders-prod": billingVault } = vaults();
    await write(fileIn("shop", ".secrethygiene-vaults.json"), JSON.stringify({ apps: [{ name: "shop", environments: { development: { keyVault: shopVault } } }] }, null, 2));
    await write(fileIn("billing", ".secrethygiene-vaults.json"), JSON.stringify({ apps: [{ name: "billing", environments: { development: { keyVault: billingVault } } }] }, null, 2));
    const vaultFor = (uri: vscode.Uri) => vscode.commands.executeCommand<VaultForFile>("secretHygiene.showVaultForFile", { uri, check: true, quiet: true });
    // The mappings load when the file watcher reports them: ask until both files have a vault.
    const answered = async (uri: vscode.Uri): Promise<VaultForFile> => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const answer = await vaultFor(uri);
        if (answer.keyVault !== undefined || Date.now() > deadline) return answer;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const shop = await answered(fileIn("shop", "src/client.ts"));
    const billing = await answered(fileIn("billing", "src/client.ts"));
    assert.equal(shop.app, "shop");
    assert.equal(shop.keyVault, shopVault);
    assert.deepEqual(shop.vaultCheck, { reachable: true });
    assert.equal(billing.app, "billing");
    assert.equal(billing.keyVault, billingVault);
  });

  test("a workspace scan covers both folders", async () => {
    const { shopFile, billingFile } = await writeClientsAndBillingConfig();
    // Saved just before the scan, before the file watcher can have reported it: the scan reads it anyway.
    const shopConfig = await write(fileIn("shop", ".secrethygiene.json"), JSON.stringify({ ignorePaths: ["src/generated/**"] }, null, 2));
    const generated = await write(fileIn("shop", "src/generated/keys.py"), `github_token = "${token("d4")}"\n`);
    const shopWorker = await write(fileIn("shop", "src/worker.py"), `github_token = "${token("c3")}"\n`);
    const billingWorker = await write(fileIn("billing", "src/worker.py"), `aws_secret_access_key = "${["Xw9", "Lq2Tn8Rb5Vm3Kz7Hp4Jd6Fs1Gc0Ya8Ue2Wi5Qo"].join("")}"\n`);
    const summary = await vscode.commands.executeCommand<Summary>("secretHygiene.scanWorkspace");
    assert.equal(summary.cancelled, false);
    await waitFor(() => ourDiagnostics(shopWorker), (found) => found.length === 1, "a diagnostic on shop/src/worker.py");
    await waitFor(() => ourDiagnostics(billingWorker), (found) => found.length === 1, "a diagnostic on billing/src/worker.py");
    assert.deepEqual(ourDiagnostics(generated), [], "shop's ignorePaths, saved just before the scan, leaves src/generated out");
    // billing's configuration still holds for files the scan found on disk.
    assert.deepEqual(ourDiagnostics(billingFile), []);
    assert.equal(ourDiagnostics(shopFile).length, 1);
    await vscode.workspace.fs.delete(shopConfig);
  });

  test("a folder below its repository's top gets the .gitignore rules above it, as git and the CLI apply them", async () => {
    // Both folders become folders of one repository whose top ignores build output.
    const top = path.dirname(folder("shop").uri.fsPath);
    execFileSync("git", ["init", "-q"], { cwd: top });
    writeFileSync(path.join(top, ".gitignore"), "bin/\nobj/\n");
    try {
      const built = await write(fileIn("shop", "bin/Debug/appsettings.json"), `{ "GitHubToken": "${token("f6")}" }\n`);
      const source = await write(fileIn("shop", "src/appsettings.json"), `{ "GitHubToken": "${token("f7")}" }\n`);
      const summary = await vscode.commands.executeCommand<Summary>("secretHygiene.scanWorkspace");
      assert.equal(summary.cancelled, false);
      await waitFor(() => ourDiagnostics(source), (found) => found.length === 1, "a diagnostic on shop/src/appsettings.json");
      assert.deepEqual(ourDiagnostics(built), [], "the top's bin/ rule leaves shop/bin out");
      await vscode.workspace.fs.delete(fileIn("shop", "bin"), { recursive: true });
      await vscode.workspace.fs.delete(source);
    } finally {
      rmSync(path.join(top, ".git"), { recursive: true, force: true });
      rmSync(path.join(top, ".gitignore"), { force: true });
    }
  });

  test("Run with Secrets from the palette runs in the active editor's folder, not the first one", async () => {
    // Plain values only: which folder's .env was read, and where the command ran, is what matters here.
    await write(fileIn("billing", ".env.run"), "APP_NAME=billing\n");
    await write(fileIn("shop", ".env.run"), "APP_NAME=shop\n");
    const script = 'require("fs").writeFileSync("ran-here.txt", process.env.APP_NAME)';
    const billingFile = await write(fileIn("billing", "src/settings.ts"), "export const region = 'westeurope';\n");
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(billingFile));
    const result = await vscode.commands.executeCommand<{ exitCode?: number | null; message: string }>("secretHygiene.runWithSecrets", {
      envFile: ".env.run",
      command: `node -e '${script}'`,
      wait: true,
    });
    assert.equal(result.exitCode, 0, result.message);
    assert.equal(readFileSync(fileIn("billing", "ran-here.txt").fsPath, "utf8"), "billing");
    assert.equal(existsSync(fileIn("shop", "ran-here.txt").fsPath), false, "nothing ran in the first folder");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  test("a notebook's cells follow their folder's own settings", async () => {
    const settings = vscode.workspace.getConfiguration("secretHygiene", folder("billing").uri);
    await settings.update("severity", "hint", vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      const file = fileIn("billing", "notebooks/report.ipynb");
      await vscode.workspace.fs.writeFile(file, pythonNotebookFile(`client = Github("${token("e5")}")\n`));
      const notebook = await vscode.workspace.openNotebookDocument(file);
      await vscode.window.showNotebookDocument(notebook);
      const cell = notebook.cellAt(0).document;
      // (billing's .secrethygiene.json switches github/token off: a fresh one for this file's folder.)
      await write(fileIn("billing", ".secrethygiene.json"), "{}\n");
      await vscode.commands.executeCommand("secretHygiene.scanActiveFile");
      const [diagnostic] = await waitFor(() => ourDiagnostics(cell.uri), (found) => found.length === 1, "the cell's diagnostic");
      assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Hint, "billing's severity setting applies to its notebook's cells");
    } finally {
      await settings.update("severity", undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    }
  });

  test("a folder added to the workspace: its open files take its policy at once, without a keystroke", async () => {
    const extra = path.join(path.dirname(folder("shop").uri.fsPath), "extra");
    const client = vscode.Uri.file(path.join(extra, "src", "client.ts"));
    const config = vscode.Uri.file(path.join(extra, ".secrethygiene.json"));
    await write(config, JSON.stringify({ ignorePaths: ["src/"] }, null, 2));
    await write(client, `export const token = "${token("f6")}";\n`);
    const foldersChanged = () => new Promise<void>((resolve) => {
      const subscription = vscode.workspace.onDidChangeWorkspaceFolders(() => {
        subscription.dispose();
        resolve();
      });
    });
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(client));
      await waitFor(() => ourDiagnostics(client), (found) => found.length === 1, "the loose file's diagnostic");
      const changed = foldersChanged();
      vscode.workspace.updateWorkspaceFolders(vscode.workspace.workspaceFolders!.length, 0, { uri: vscode.Uri.file(extra), name: "extra" });
      await changed;
      // No keystroke: the folder's ignorePaths applies to its open file as soon as it joins.
      await waitFor(() => ourDiagnostics(client), (found) => found.length === 0, "the diagnostic gone under the added folder's ignorePaths");
    } finally {
      const index = vscode.workspace.workspaceFolders!.findIndex((candidate) => candidate.name === "extra");
      if (index >= 0) {
        const changed = foldersChanged();
        vscode.workspace.updateWorkspaceFolders(index, 1);
        await changed;
      }
      await vscode.commands.executeCommand("workbench.action.closeAllEditors");
      rmSync(extra, { recursive: true, force: true });
    }
  });
});
