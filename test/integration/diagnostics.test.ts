import assert from "node:assert/strict";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { knownRules } from "../../src/engine";
import { activateExtension, ourDiagnostics, pythonNotebookFile, waitFor, workspaceFile } from "./helpers";

/** Finds the fake token in the fixture by its shape, so the test itself holds no secret. */
function tokenRange(document: vscode.TextDocument): vscode.Range {
  const match = /ghp_[A-Za-z0-9]{36}/.exec(document.getText());
  assert.ok(match, "the fixture holds a fake GitHub token");
  return new vscode.Range(document.positionAt(match.index), document.positionAt(match.index + match[0].length));
}

suite("diagnostics in the editor", () => {
  suiteSetup(activateExtension);

  teardown(async () => {
    await vscode.workspace.getConfiguration("secretHygiene").update("severity", undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  test("a fake secret gets a diagnostic exactly on its value, joined to its rule", async () => {
    const uri = workspaceFile("src/config.ts");
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "one diagnostic on config.ts");
    assert.ok(diagnostic);
    assert.ok(diagnostic.range.isEqual(tokenRange(document)), `range ${JSON.stringify(diagnostic.range)} is the token's`);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, "github/token");
    const rule = knownRules().find((known) => known.id === code.value);
    assert.equal(code.target.toString(), vscode.Uri.parse(rule!.docsUrl).toString(), "the code links to the rule's documentation");
    assert.equal(diagnostic.message, "GitHub token: ghp_…(40)");
  });

  test("the severity setting applies without reopening the file", async () => {
    const uri = workspaceFile("src/config.ts");
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "the diagnostic");
    await vscode.workspace.getConfiguration("secretHygiene").update("severity", "error", vscode.ConfigurationTarget.Global);
    await waitFor(() => ourDiagnostics(uri), (d) => d[0]?.severity === vscode.DiagnosticSeverity.Error, "severity Error");
  });

  test("editing the value away clears the diagnostic, and the file is left as edited", async () => {
    const uri = workspaceFile("src/config.ts");
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "the diagnostic before the edit");
    const range = tokenRange(document);
    assert.ok(await editor.edit((edit) => edit.replace(range.with(range.start.translate(0, -1), range.end.translate(0, 1)), "process.env.GITHUB_TOKEN")));
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 0, "the diagnostic to clear");
    assert.match(document.lineAt(range.start.line).text, /token: process\.env\.GITHUB_TOKEN,/);
    // Typing it back brings the diagnostic back: results are not stuck on an old version.
    await vscode.commands.executeCommand("undo");
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "the diagnostic after undo");
    await vscode.commands.executeCommand("workbench.action.files.revert");
  });

  test("an open file that secretHygiene.exclude matches shows no diagnostics, as the workspace scan leaves it out", async () => {
    const uri = workspaceFile("src/config.ts");
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "the diagnostic before the setting");
    const config = vscode.workspace.getConfiguration("secretHygiene");
    try {
      await config.update("exclude", ["**/src/config.ts"], vscode.ConfigurationTarget.Global);
      await waitFor(() => ourDiagnostics(uri), (d) => d.length === 0, "the excluded file's diagnostic to go");
    } finally {
      await config.update("exclude", undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => ourDiagnostics(uri), (d) => d.length === 1, "the diagnostic back once the pattern is gone");
  });

  test("an untitled document is scanned too", async () => {
    const token = ["ghp", "q8YinwlPpCBDyHa6iXrcs3Q4TRvcXk0afAfO"].join("_");
    const document = await vscode.workspace.openTextDocument({ language: "plaintext", content: `export GH_TOKEN=${token}\n` });
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitFor(() => ourDiagnostics(document.uri), (d) => d.length === 1, "a diagnostic on the untitled document");
    assert.equal(diagnostic?.range.start.character, "export GH_TOKEN=".length);
    // Discard the untitled editor without the "save changes?" dialog.
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  test("a large document (scanned on a worker thread) keeps its diagnostics on the values as it is edited", async () => {
    const token = ["ghp", "b4TmWq8ZrXk2Lp9Vn3Hc7Jd1Fs6Gy0Qa5Ret"].join("_");
    const filler = Array.from({ length: 9000 }, (_, i) => `export const retryLimit${i} = ${i}; // ordinary code`).join("\n");
    assert.ok(filler.length > 256 * 1024, "past the size where scans leave the main thread");
    const document = await vscode.workspace.openTextDocument({ language: "typescript", content: `${filler}\nconst githubToken = "${token}";\n` });
    const editor = await vscode.window.showTextDocument(document);
    try {
      const startOf = (d: vscode.Diagnostic[]) => d.map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character}`).join(" ");
      await waitFor(() => ourDiagnostics(document.uri), (d) => startOf(d) === "9000:21", "the token's diagnostic");
      // A line added above moves it; a second token on a new last line adds one.
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), "// a new first line\n")));
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(9002, 0), `const backupToken = "${token.replace("b4T", "c5U")}";\n`)));
      await waitFor(() => ourDiagnostics(document.uri), (d) => startOf(d) === "9001:21 9002:21", "both tokens' diagnostics, each on its line");
      // The first token edited away: only the second is left.
      const first = document.lineAt(9001);
      assert.ok(await editor.edit((edit) => edit.replace(first.range, "const githubToken = process.env.GITHUB_TOKEN;")));
      const [left] = await waitFor(() => ourDiagnostics(document.uri), (d) => startOf(d) === "9002:21", "the second token's diagnostic alone");
      // A command on the finding scans the text again (on the worker too) and acts on the same value.
      assert.equal(await vscode.commands.executeCommand("secretHygiene.ignoreFinding", { uri: document.uri, range: left!.range, reason: "revoked test token" }), true);
      assert.match(document.lineAt(9002).text, /secret-hygiene-ignore-next-line github\/token -- revoked test token/);
      await waitFor(() => ourDiagnostics(document.uri), (d) => d.length === 0, "no diagnostic once ignored");
    } finally {
      await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    }
  });

  test("an untitled SQL editor's password: no move is offered, only why (a database would take the reference for the password)", async () => {
    const password = ["Jw4Qz", "T8nX2vL6pR"].join("");
    const document = await vscode.workspace.openTextDocument({ language: "sql", content: `CREATE LOGIN orders_app WITH PASSWORD = '${password}';\n` });
    await vscode.window.showTextDocument(document);
    try {
      const [diagnostic] = await waitFor(() => ourDiagnostics(document.uri), (d) => d.length === 1, "a diagnostic on the untitled SQL editor");
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, diagnostic!.range);
      const titles = actions.map((action) => action.title);
      assert.ok(titles.includes("Why can't this secret move to Key Vault?"), titles.join(" | "));
      assert.ok(!titles.some((title) => title.startsWith("Move")), titles.join(" | "));
    } finally {
      await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    }
  });

  test("a file outside the workspace folders is scanned, and its quick fixes offer no baseline (it has none)", async () => {
    const token = ["ghp", "Vb3Hq8Zw1Lk6Xr9Tn4Pc7Md2Fj5Sy0Ge3UaW"].join("_");
    const outside = vscode.Uri.file(path.join(os.tmpdir(), `secret-hygiene-outside-${process.pid}.ts`));
    await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode(`export const token = "${token}";\n`));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(outside));
      const [diagnostic] = await waitFor(() => ourDiagnostics(outside), (d) => d.length === 1, "a diagnostic on the file outside the workspace");
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", outside, diagnostic!.range);
      const titles = actions.map((action) => action.title);
      assert.ok(titles.includes("Ignore this finding…"), titles.join(" | "));
      assert.ok(!titles.includes("Add to baseline"), titles.join(" | "));
      // No mapping can name its vault: the light bulb says why instead of "configure a vault first".
      assert.ok(titles.includes("Why can't this secret move to Key Vault?") && !titles.some((title) => title.startsWith("Move to Key Vault")), titles.join(" | "));
      const why = await vscode.commands.executeCommand<{ outcome: string; refused?: boolean; message: string }>("secretHygiene.moveSecretToKeyVault", { uri: outside, range: diagnostic!.range, explainRefusal: true, quiet: true });
      assert.equal(why.outcome, "failed");
      assert.equal(why.refused, true, why.message);
      assert.match(why.message, /not in a workspace folder.*save it in a workspace folder/);
      await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    } finally {
      await vscode.workspace.fs.delete(outside);
    }
  });

  test("a notebook's code cell is scanned; its markdown cell is checked too, its clean cell stays clean", async () => {
    const token = ["ghp", "Zr4nWkQ9tLm2Xv8cPb5Hs1Yd7Ja3Fe6Ug0Ti"].join("_");
    const notebook = await vscode.workspace.openNotebookDocument(
      "jupyter-notebook",
      new vscode.NotebookData([
        new vscode.NotebookCellData(vscode.NotebookCellKind.Code, "import os\nprint(os.getcwd())\n", "python"),
        new vscode.NotebookCellData(vscode.NotebookCellKind.Code, `client = Github("${token}")\n`, "python"),
        new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, `Run it with GH_TOKEN=${token}`, "markdown"),
      ]),
    );
    await vscode.window.showNotebookDocument(notebook);
    const [clean, code, markdown] = notebook.getCells().map((cell) => cell.document);
    const [diagnostic] = await waitFor(() => ourDiagnostics(code!.uri), (d) => d.length === 1, "a diagnostic on the notebook's code cell");
    assert.equal(code!.uri.scheme, "vscode-notebook-cell");
    assert.equal(code!.getText(diagnostic!.range), token);
    await waitFor(() => ourDiagnostics(markdown!.uri), (d) => d.length === 1, "a diagnostic on the markdown cell");
    // The clean cell opened first and was scanned with the others; give a late scan time to land.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(ourDiagnostics(clean!.uri), []);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  test("the cells of a notebook shown from a copy (a diff's old side, a git: notebook) are not scanned", async () => {
    const token = ["ghp", "Tk7wQz2Lm9Xr4Vb8Hn3Pd6Sj1Fy5Ga0UeRcN"].join("_");
    const bytes = pythonNotebookFile(`client = Github("${token}")\n`);
    // A read-only file system for a scheme of our own, as the git extension serves a file's older version.
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: new vscode.EventEmitter<vscode.FileChangeEvent[]>().event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: () => ({ type: vscode.FileType.File, ctime: 0, mtime: 0, size: bytes.length }),
      readFile: () => bytes,
      readDirectory: () => [],
      createDirectory: () => { throw vscode.FileSystemError.NoPermissions(); },
      writeFile: () => { throw vscode.FileSystemError.NoPermissions(); },
      delete: () => { throw vscode.FileSystemError.NoPermissions(); },
      rename: () => { throw vscode.FileSystemError.NoPermissions(); },
    };
    const registration = vscode.workspace.registerFileSystemProvider("secret-hygiene-old", provider, { isReadonly: true });
    const current = workspaceFile("notebooks/current.ipynb");
    try {
      const old = await vscode.workspace.openNotebookDocument(vscode.Uri.from({ scheme: "secret-hygiene-old", path: "/notebooks/current.ipynb" }));
      await vscode.window.showNotebookDocument(old);
      // The same text from the file is scanned: once its diagnostic is there, the old side's scan would have been too.
      await vscode.workspace.fs.writeFile(current, bytes);
      const notebook = await vscode.workspace.openNotebookDocument(current);
      await vscode.window.showNotebookDocument(notebook);
      await waitFor(() => ourDiagnostics(notebook.cellAt(0).document.uri), (d) => d.length === 1, "a diagnostic on the file's cell");
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(old.cellAt(0).document.uri.scheme, "vscode-notebook-cell");
      assert.equal(ourDiagnostics(old.cellAt(0).document.uri).length, 0, "no diagnostic on the copy's cell");
      // Deleted once no editor shows it, its cells' diagnostics go, though VS Code keeps their documents a while.
      await vscode.commands.executeCommand("workbench.action.closeAllEditors");
      await vscode.workspace.fs.delete(current);
      await waitFor(() => ourDiagnostics(notebook.cellAt(0).document.uri), (d) => d.length === 0, "the deleted notebook's cell to lose its diagnostic");
    } finally {
      await vscode.commands.executeCommand("workbench.action.closeAllEditors");
      await vscode.workspace.fs.delete(current).then(undefined, () => undefined);
      registration.dispose();
    }
  });
});
