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
});
