import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { activateExtension, ourDiagnostics, waitFor, workspaceFile } from "./helpers";

suite("configuration values in the editor", () => {
  suiteSetup(activateExtension);

  teardown(async () => {
    await vscode.workspace.getConfiguration("secretHygiene").update("configValues.severity", undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration("secretHygiene").update("configValues.maxPerFile", undefined, vscode.ConfigurationTarget.Global);
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

  test("a file outside the workspace is judged by its path in its repository, not by the folders above it", async () => {
    // A clone kept under a folder named `docs`: its source is code, its `tests/` folder is tests.
    const parent = mkdtempSync(path.join(os.tmpdir(), "shloose-"));
    const repository = path.join(parent, "docs", "shop");
    mkdirSync(path.join(repository, ".git"), { recursive: true });
    mkdirSync(path.join(repository, "src"));
    mkdirSync(path.join(repository, "tests"));
    const url = "https://orders-api.internal.contoso.com/v2";
    const password = ["Tq4", "Lm8w", "Zr2v"].join("!");
    writeFileSync(path.join(repository, "src", "endpoints.ts"), `export const ordersUrl = "${url}";\n`);
    writeFileSync(path.join(repository, "tests", "endpoints.ts"), `export const ordersUrl = "${url}";\nexport const adminPassword = "${password}";\n`);
    try {
      const source = vscode.Uri.file(path.join(repository, "src", "endpoints.ts"));
      const sourceDocument = await vscode.workspace.openTextDocument(source);
      await vscode.window.showTextDocument(sourceDocument);
      const [address] = await waitFor(() => ourDiagnostics(source), (d) => d.length === 1, "the URL in the clone's source");
      assert.equal((address?.code as { value: string }).value, "config/internal-url");

      // The test's address is the test's own input; its secret is still a secret.
      const test = vscode.Uri.file(path.join(repository, "tests", "endpoints.ts"));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(test));
      const [secret] = await waitFor(() => ourDiagnostics(test), (d) => d.length >= 1, "the password in the clone's test");
      assert.deepEqual(ourDiagnostics(test).map((d) => d.range.start.line), [1]);
      assert.equal(secret?.severity, vscode.DiagnosticSeverity.Warning);
    } finally {
      await vscode.commands.executeCommand("workbench.action.closeAllEditors");
      rmSync(parent, { recursive: true, force: true });
    }
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

  test("a file of many addresses lists the first ones and a note for the rest; its secret is always listed", async () => {
    await vscode.workspace.getConfiguration("secretHygiene").update("configValues.maxPerFile", 3, vscode.ConfigurationTarget.Global);
    const password = ["Hq7", "vR2p", "Lx9w"].join("!");
    const routes = Array.from({ length: 8 }, (_, i) => `route_${i} = 10.40.${i}.12`);
    const content = [...routes, `admin_password = ${password}`, ""].join("\n");
    const document = await vscode.workspace.openTextDocument({ language: "properties", content });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitFor(() => ourDiagnostics(document.uri), (d) => d.length === 5, "3 addresses, the note and the password");
    const addresses = diagnostics.filter((d) => d.code !== undefined && d.severity === vscode.DiagnosticSeverity.Information);
    assert.deepEqual(addresses.map((d) => document.getText(d.range)), ["10.40.0.12", "10.40.1.12", "10.40.2.12"]);
    const note = diagnostics.find((d) => d.code === undefined);
    assert.ok(note);
    assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(note.range.start.line, 3, "the note stands at the first address not listed");
    assert.match(note.message, /^5 more configuration value\(s\) in this file are not listed: the first 3 are \(setting secretHygiene\.configValues\.maxPerFile\)\.$/);
    const secret = diagnostics.find((d) => d.severity === vscode.DiagnosticSeverity.Warning);
    assert.equal(secret?.range.start.line, 8);
    assert.ok(!secret.message.includes(password), "the message shows the redacted form only");

    // Switched off, neither the addresses nor the note remain; the secret does.
    await vscode.workspace.getConfiguration("secretHygiene").update("configValues.severity", "off", vscode.ConfigurationTarget.Global);
    const remaining = await waitFor(() => ourDiagnostics(document.uri), (d) => d.length === 1, "the password only");
    assert.equal(remaining[0]?.range.start.line, 8);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });
});
