import assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, EXTENSION_ID } from "./helpers";

suite("commands", () => {
  suiteSetup(activateExtension);

  test("every command in package.json has a registered handler", async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
  });

  test("Move All Secrets in This File without a text editor says to open a file", async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.showInformationMessage;
    const said: string[] = [];
    window.showInformationMessage = (message: string) => (said.push(message), Promise.resolve(undefined));
    try {
      await vscode.commands.executeCommand("secretHygiene.moveAllInFile");
    } finally {
      window.showInformationMessage = original;
    }
    assert.deepEqual(said, ["Secret Hygiene: open a file to move its secrets."]);
  });
});
