import type * as vscode from "vscode";
import { fileUriOf } from "./notebook-cells";

/**
 * Documents we scan: files on disk (local or remote), unsaved editors, notebook cells and VS Code's
 * own settings files. Output panes, git and diff views show copies of text we already scan.
 */
const SCANNED_SCHEMES = new Set(["file", "untitled", "vscode-notebook-cell", "vscode-userdata", "vscode-remote", "vscode-vfs"]);

export function isScannable(document: vscode.TextDocument): boolean {
  const { uri } = document;
  if (uri.scheme !== "vscode-notebook-cell") return SCANNED_SCHEMES.has(uri.scheme);
  // A cell is scanned where its notebook would be: not in the old side of a notebook diff (a
  // `git:` notebook), whose cells are documents too and copies of text we already scan.
  const notebookScheme = notebookSchemeOf(uri);
  return notebookScheme === undefined || SCANNED_SCHEMES.has(notebookScheme);
}

/**
 * The scheme of the notebook a cell belongs to: read from the cell's URI, where VS Code writes it
 * (the fragment ends in `s` and the scheme in base64url, after the cell's handle), or else from
 * the open notebook. The URI first: this runs on every change to a cell, and the notebook lookup
 * reads every cell of every open notebook. Undefined when neither tells.
 */
function notebookSchemeOf(cell: vscode.Uri): string | undefined {
  const encoded = /^[W-Za-fz][0-6]+s([A-Za-z0-9_-]+={0,2})$/.exec(cell.fragment)?.[1];
  const scheme = encoded === undefined ? undefined : Buffer.from(encoded, "base64url").toString("utf8");
  if (scheme !== undefined && /^[a-z][a-z0-9+.-]*$/i.test(scheme)) return scheme;
  const notebook = fileUriOf(cell);
  return notebook.scheme !== "vscode-notebook-cell" ? notebook.scheme : undefined;
}

/**
 * The language to scan a document's text as where its path does not tell it (ScanInput.languageId):
 * a notebook cell has its notebook's path, an untitled editor a made-up name.
 */
export function languageIdToScanWith(document: vscode.TextDocument): string | undefined {
  return document.uri.scheme === "vscode-notebook-cell" || document.isUntitled ? document.languageId : undefined;
}
