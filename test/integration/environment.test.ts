import assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, EXTENSION_ID } from "./helpers";

suite("environment", () => {
  test("runs inside a real VS Code extension host with the extension active", async () => {
    // Printed once so every test log shows which VS Code ran the suite.
    console.log(`vscode.version = ${vscode.version}, appName = ${vscode.env.appName}, uiKind = ${vscode.UIKind[vscode.env.uiKind]}`);
    await activateExtension();
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });
});
