import * as vscode from "vscode";

/**
 * The file a document's URI stands for. A notebook cell's URI has its own scheme
 * (`vscode-notebook-cell`), which no workspace folder holds: its notebook's file is the one whose
 * folder, configuration and vault apply.
 */
export function fileUriOf(uri: vscode.Uri): vscode.Uri {
  if (uri.scheme !== "vscode-notebook-cell") return uri;
  const key = uri.toString();
  return vscode.workspace.notebookDocuments.find((notebook) => notebook.getCells().some((cell) => cell.document.uri.toString() === key))?.uri ?? uri;
}
