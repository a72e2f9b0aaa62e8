import * as path from "node:path";
import * as vscode from "vscode";

export const EXTENSION_ID = "secret-hygiene.secret-hygiene";

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error("the integration tests need the fixture workspace open");
  return vscode.Uri.file(path.join(folder.uri.fsPath, relative));
}

/** Polls until `read` returns a value `done` accepts; diagnostics arrive asynchronously. */
export async function waitFor<T>(read: () => T, done: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === "secret-hygiene");
}

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  await extension.activate();
}

/**
 * A Jupyter notebook file (nbformat 4, Python) as Jupyter writes it, one code cell per source:
 * what VS Code's notebook editor opens from disk.
 */
export function pythonNotebookFile(...cellSources: string[]): Uint8Array {
  const cells = cellSources.map((source) => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: source.split(/(?<=\n)/) }));
  const notebook = { cells, metadata: { language_info: { name: "python" } }, nbformat: 4, nbformat_minor: 5 };
  return new TextEncoder().encode(JSON.stringify(notebook, null, 1));
}
