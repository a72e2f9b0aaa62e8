// Whether a value is in a file as committed in git HEAD: then moving it is not enough, it must be
// rotated. Asks the `git` on PATH; the committed text stays in this process's memory (no temp file)
// and is only searched, never logged. Anything unusual (no git, not a repository, untracked file,
// a virtual or untrusted workspace) answers false.
import { execFile } from "node:child_process";
import * as path from "node:path";
import * as vscode from "vscode";
import { withLfLineBreaks } from "../../fixes";
import { fileUriOf } from "../notebook-cells";

const MAX_COMMITTED_BYTES = 16 * 1024 * 1024;

function gitShow(directory: string, file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    // No fsmonitor hook and no textconv filter: a repository's configuration must not run programs here.
    execFile("git", ["-C", directory, "-c", "core.fsmonitor=false", "show", "--no-textconv", `HEAD:./${file}`], { maxBuffer: MAX_COMMITTED_BYTES, encoding: "utf8", windowsHide: true }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
}

/** `documentUri` may be a notebook cell's: the notebook's file is the one in git. */
export async function committedInHead(documentUri: vscode.Uri, rawValue: string): Promise<boolean> {
  const uri = fileUriOf(documentUri);
  if (uri.scheme !== "file" || rawValue.length === 0 || !vscode.workspace.isTrusted) return false;
  const committed = await gitShow(path.dirname(uri.fsPath), path.basename(uri.fsPath));
  if (committed === undefined) return false;
  // With core.autocrlf the repository holds LF where the working file has CRLF: compare line breaks as LF.
  if (committed.includes(rawValue) || withLfLineBreaks(committed).includes(withLfLineBreaks(rawValue))) return true;
  // A notebook keeps a cell's code in JSON strings: the value as JSON writes it (`\"`, `\\`).
  return documentUri.scheme === "vscode-notebook-cell" && committed.includes(JSON.stringify(rawValue).slice(1, -1));
}
