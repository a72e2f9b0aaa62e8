import assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, ourDiagnostics, waitFor, workspaceFile } from "./helpers";

suite("configuration values in the editor", () => {
  suiteSetup(activateExtension);

  teardown(async () => {
    await vscode.workspace.getConfiguration("secretHygiene").update("configValues.severity", undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  test("a hardcoded service URL is an Information diagnostic, not a secret", async () => {
    const uri = workspaceFile("src/endpoints.ts");
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "one diagnostic on endpoints.ts");
    assert.ok(diagnostic);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.equal((diagnostic.code as { value: string }).value, "config/internal-url");
    assert.equal(document.getText(diagnostic.range), "https://orders-api.internal.contoso.com/v2");
    assert.match(diagnostic.message, /move to App Configuration/);
  });

  test("the setting turns configuration values into hints, or off", async () => {
    const uri = workspaceFile("src/endpoints.ts");
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "the diagnostic");
    const settings = vscode.workspace.getConfiguration("secretHygiene");
    await settings.update("configValues.severity", "hint", vscode.ConfigurationTarget.Global);
    await waitFor(() => ourDiagnostics(uri), (d) => d[0]?.severity === vscode.DiagnosticSeverity.Hint, "severity Hint");
    await settings.update("configValues.severity", "off", vscode.ConfigurationTarget.Global);
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 0, "no diagnostic when off");
  });
});
