import assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, ourDiagnostics, pythonNotebookFile, waitFor, workspaceFile } from "./helpers";

interface Summary {
  filesScanned: number;
  findings: number;
  cancelled: boolean;
}

suite("workspace scan", () => {
  suiteSetup(activateExtension);

  test("fills the Problems panel for files that are not open", async () => {
    const worker = workspaceFile("settings/worker.py");
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === worker.toString()), "worker.py is not open");
    assert.equal(ourDiagnostics(worker).length, 0);

    const summary = await vscode.commands.executeCommand<Summary>("secretHygiene.scanWorkspace");
    assert.equal(summary.cancelled, false);
    assert.ok(summary.filesScanned >= 3, `scanned ${summary.filesScanned} files`);
    assert.ok(summary.findings >= 2, `found ${summary.findings}`);

    const [diagnostic] = await waitFor(() => ourDiagnostics(worker), (d) => d.length === 1, "a diagnostic on worker.py");
    assert.equal(diagnostic?.range.start.line, 1);
    assert.equal(diagnostic?.range.start.character, 'aws_secret_access_key = "'.length);
    assert.equal(diagnostic?.range.end.character, 'aws_secret_access_key = "'.length + 40);
    assert.equal(ourDiagnostics(workspaceFile("docs/notes.md")).length, 0);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === worker.toString()), "the scan did not open worker.py");
  });

  test("a listed file changed on disk while no editor has it is read again; one renamed in VS Code is listed under its new name", async () => {
    const file = workspaceFile("settings/changed-on-disk.py");
    const renamed = workspaceFile("settings/renamed-on-disk.py");
    const token = ["Wq6", "Zd3", "Hn8", "Ks1", "Tm5", "Xb2", "Rc9", "Lp4"].join("");
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`api_secret = "${token}"\n`));
    try {
      await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
      await waitFor(() => ourDiagnostics(file), (d) => d.length === 1 && d[0]!.range.start.line === 0, "the finding on line 1");
      // A checkout or another tool moves the secret two lines down: the entry follows without a new scan.
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`# settings\n\napi_secret = "${token}"\n`));
      await waitFor(() => ourDiagnostics(file), (d) => d.length === 1 && d[0]!.range.start.line === 2, "the finding on line 3 after the change on disk", 30_000);
      const rename = new vscode.WorkspaceEdit();
      rename.renameFile(file, renamed);
      assert.ok(await vscode.workspace.applyEdit(rename), "the file is renamed");
      await waitFor(() => ourDiagnostics(renamed), (d) => d.length === 1, "the finding under the new name");
      assert.equal(ourDiagnostics(file).length, 0, "nothing left under the old name");
    } finally {
      await vscode.workspace.fs.delete(renamed).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });

  test("a folder renamed in VS Code takes its listed files' findings to the new names", async () => {
    const folder = workspaceFile("settings/rename-me");
    const renamedFolder = workspaceFile("settings/renamed-folder");
    const token = ["Bq2", "Xm7", "Hv4", "Lz9", "Kc1", "Wt6", "Rn3", "Pd8"].join("");
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, "worker.py"), new TextEncoder().encode(`api_secret = "${token}"\n`));
    try {
      await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
      await waitFor(() => ourDiagnostics(vscode.Uri.joinPath(folder, "worker.py")), (d) => d.length === 1, "the finding in the folder");
      const rename = new vscode.WorkspaceEdit();
      rename.renameFile(folder, renamedFolder);
      assert.ok(await vscode.workspace.applyEdit(rename), "the folder is renamed");
      await waitFor(() => ourDiagnostics(vscode.Uri.joinPath(renamedFolder, "worker.py")), (d) => d.length === 1, "the finding under the folder's new name");
      assert.equal(ourDiagnostics(vscode.Uri.joinPath(folder, "worker.py")).length, 0, "nothing left under the old name");
    } finally {
      await vscode.workspace.fs.delete(renamedFolder, { recursive: true }).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });

  test("a file that turns binary loses its findings at the next scan", async () => {
    const file = workspaceFile("settings/turns-binary.py");
    const token = ["Kq4", "Wz8", "Rt2", "Yn6", "Hb3", "Lm9", "Xc5", "Pv7"].join("");
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`api_secret = "${token}"\n`));
    try {
      await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
      await waitFor(() => ourDiagnostics(file), (d) => d.length === 1, "a diagnostic on turns-binary.py");
      await vscode.workspace.fs.writeFile(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]));
      await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
      await waitFor(() => ourDiagnostics(file), (d) => d.length === 0, "no diagnostic on turns-binary.py once it is binary");
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });

  test("an ignore comment naming no rule, in a file that is not open, is a warning there too, gone with the file", async () => {
    const file = workspaceFile("settings/misspelt-ignore.py");
    const token = ["Vn3", "Qs7", "Jd1", "Xw5", "Tb9", "Hk2", "Rm6", "Ly4"].join("");
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`# secret-hygiene-ignore-next-line generic/named-secrt\napi_secret = "${token}"\n`));
    try {
      await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === file.toString()), "the scan did not open the file");
      const both = await waitFor(() => ourDiagnostics(file), (d) => d.length === 2, "the finding and the warning on the misspelt id");
      const warning = both.find((d) => d.code === undefined);
      assert.ok(warning, "the warning has no code: no quick fix takes it for a finding");
      assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(warning.range.start.line, 0);
      assert.match(warning.message, /No rule is named 'generic\/named-secrt'.*Did you mean 'generic\/named-secret'\?/);
      assert.deepEqual(both.filter((d) => d !== warning).map((d) => d.range.start.line), [1], "the finding is still reported");
    } finally {
      // Deleted as the Explorer deletes a file: VS Code says so at once, not only its file watcher.
      const deletion = new vscode.WorkspaceEdit();
      deletion.deleteFile(file);
      assert.ok(await vscode.workspace.applyEdit(deletion), "the file is deleted");
    }
    await waitFor(() => ourDiagnostics(file), (d) => d.length === 0, "neither the finding nor the warning once the file is deleted", 30_000);
    await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
    assert.equal(ourDiagnostics(file).length, 0, "the next scan does not bring them back");
  });

  test("a file the last scan listed and this one does not find loses its entries, however it went", async () => {
    const folder = workspaceFile("settings/moved-away");
    const file = vscode.Uri.joinPath(folder, "worker.py");
    const token = ["Pz8", "Gc2", "Wn6", "Kt4", "Bx1", "Ms9", "Dh3", "Rv7"].join("");
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`api_secret = "${token}"\n`));
    await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
    await waitFor(() => ourDiagnostics(file), (d) => d.length === 1, "a diagnostic on the file");
    // The folder goes at once; its file's entry goes with it, whether the watcher or the next scan sees it first.
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
    await waitFor(() => ourDiagnostics(file), (d) => d.length === 0, "no diagnostic once the folder is gone");
  });

  test("a notebook the scan listed: while it is open its cells carry the findings, not the file twice over", async () => {
    const file = workspaceFile("settings/report.ipynb");
    const token = ["ghp", "Tw6Kq1Zr8Xm3Lv9Pc4Hn7Bd2Fs5Jy0Ga3UeM"].join("_");
    await vscode.workspace.fs.writeFile(file, pythonNotebookFile(`client = Github("${token}")\n`));
    try {
      await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
      await waitFor(() => ourDiagnostics(file), (d) => d.length === 1, "the scan's diagnostic on report.ipynb");
      const notebook = await vscode.workspace.openNotebookDocument(file);
      await vscode.window.showNotebookDocument(notebook);
      await waitFor(() => ourDiagnostics(notebook.cellAt(0).document.uri), (d) => d.length === 1, "the cell's diagnostic");
      await waitFor(() => ourDiagnostics(file), (d) => d.length === 0, "the file's entry gone while its cells are open");
      await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
      assert.equal(ourDiagnostics(file).length, 0, "a scan while it is open leaves the file's entry out");
      // (When VS Code disposes the closed notebook, which it does in its own time, the file's entry comes back.)
      await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });

  test("switching scanning off and on reaches the files the scan listed, open or not", async () => {
    const worker = workspaceFile("settings/worker.py");
    await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
    await waitFor(() => ourDiagnostics(worker), (d) => d.length === 1, "a diagnostic on worker.py");
    const settings = vscode.workspace.getConfiguration("secretHygiene");
    try {
      await settings.update("enable", false, vscode.ConfigurationTarget.Global);
      await waitFor(() => ourDiagnostics(worker), (d) => d.length === 0, "no diagnostic with scanning off");
    } finally {
      await settings.update("enable", undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => ourDiagnostics(worker), (d) => d.length === 1, "the diagnostic back with scanning on, without another workspace scan");
  });

  test("excluding a folder, or raising the size budget, after a workspace scan lists the files again without being asked", async () => {
    const excluded = workspaceFile("settings/excluded-later/worker.py");
    const large = workspaceFile("settings/large-settings.py");
    const token = ["Nz5", "Qc8", "Wm2", "Hx7", "Tb4", "Kd9", "Rv1", "Lp6"].join("");
    await vscode.workspace.fs.writeFile(excluded, new TextEncoder().encode(`api_secret = "${token}"\n`));
    // Just over 1 KB with the budget at 1 KB: skipped for its size until the budget is raised.
    await vscode.workspace.fs.writeFile(large, new TextEncoder().encode(`api_secret = "${token}"\n${"# padding line\n".repeat(80)}`));
    const settings = vscode.workspace.getConfiguration("secretHygiene");
    try {
      await settings.update("maxFileSizeKB", 1, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand("secretHygiene.scanWorkspace");
      await waitFor(() => ourDiagnostics(excluded), (d) => d.length === 1, "a diagnostic on the file to exclude");
      assert.equal(ourDiagnostics(large).length, 0, "the large file was skipped for its size");
      await settings.update("exclude", ["**/excluded-later/**"], vscode.ConfigurationTarget.Global);
      await settings.update("maxFileSizeKB", undefined, vscode.ConfigurationTarget.Global);
      await waitFor(() => ourDiagnostics(excluded), (d) => d.length === 0, "no diagnostic once its folder is excluded", 20_000);
      await waitFor(() => ourDiagnostics(large), (d) => d.length === 1, "the large file read once the budget allows it", 20_000);
    } finally {
      await settings.update("exclude", undefined, vscode.ConfigurationTarget.Global);
      await settings.update("maxFileSizeKB", undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(workspaceFile("settings/excluded-later"), { recursive: true });
      await vscode.workspace.fs.delete(large);
    }
  });

  test("clear findings empties the Problems panel", async () => {
    await vscode.commands.executeCommand("secretHygiene.clearFindings");
    assert.equal(ourDiagnostics(workspaceFile("settings/worker.py")).length, 0);
  });
});
