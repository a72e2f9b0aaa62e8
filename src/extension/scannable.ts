import type * as vscode from "vscode";

/**
 * Documents we scan: files on disk (local or remote), unsaved editors, notebook cells and VS Code's
 * own settings files. Output panes, git and diff views show copies of text we already scan.
 */
const SCANNED_SCHEMES = new Set(["file", "untitled", "vscode-notebook-cell", "vscode-userdata", "vscode-remote", "vscode-vfs"]);

export function isScannable(document: vscode.TextDocument): boolean {
  return SCANNED_SCHEMES.has(document.uri.scheme);
}

/**
 * The language to scan a document's text as where its path does not tell it (ScanInput.languageId):
 * a notebook cell has its notebook's path, an untitled editor a made-up name.
 */
export function languageIdToScanWith(document: vscode.TextDocument): string | undefined {
  return document.uri.scheme === "vscode-notebook-cell" || document.isUntitled ? document.languageId : undefined;
}
