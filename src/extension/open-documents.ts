import * as vscode from "vscode";

/**
 * The text documents VS Code has open now. An open document's text (maybe unsaved) is the file's
 * truth for scans and edits; a document an extension opened without showing it may be closed by
 * VS Code at any time, and the file opened again under another document.
 */

/** The document open for `uri` now, if any. */
export function openDocumentOf(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

/** The URIs (as strings) of the documents open now. */
export function openDocumentKeys(): Set<string> {
  return new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
}
