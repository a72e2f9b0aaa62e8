import * as vscode from "vscode";

/**
 * The file a document's URI stands for. A notebook cell's URI has its own scheme
 * (`vscode-notebook-cell`), which no workspace folder holds: its notebook's file is the one whose
 * folder, configuration and vault apply.
 */
export function fileUriOf(uri: vscode.Uri): vscode.Uri {
  return notebookOf(uri)?.uri ?? uri;
}

/** The URIs of every cell of the notebook a cell belongs to: "this file" for a cell is its notebook. */
export function siblingCellsOf(uri: vscode.Uri): vscode.Uri[] {
  return notebookOf(uri)?.getCells().map((cell) => cell.document.uri) ?? [uri];
}

/** Whether a notebook file is open in a notebook editor (its cells are documents of their own then). */
export function isOpenNotebook(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.notebookDocuments.some((notebook) => notebook.uri.toString() === key);
}

/** Whether a notebook editor (a tab, in any group) shows the notebook file. */
export function isNotebookShown(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputNotebook && tab.input.uri.toString() === key));
}

function notebookOf(uri: vscode.Uri): vscode.NotebookDocument | undefined {
  if (uri.scheme !== "vscode-notebook-cell") return undefined;
  const key = uri.toString();
  return vscode.workspace.notebookDocuments.find((notebook) => notebook.getCells().some((cell) => cell.document.uri.toString() === key));
}
