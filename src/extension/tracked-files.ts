import * as vscode from "vscode";
import { GitError, trackedFiles } from "../cli/git";

/**
 * The files git tracks in a workspace folder, relative to it, as the CLI asks for them (the same
 * function, so the Problems panel and CI scan the same files): `.gitignore` does not leave these
 * out. Undefined where git cannot be asked, and then `.gitignore` alone decides, as before:
 * - a remote or virtual folder (its files are not on this machine's disk);
 * - an untrusted workspace (running git there is running a tool the repository configures);
 * - a folder outside a work tree;
 * - a repository git cannot read (git not installed, "dubious ownership" in a dev container): the
 *   log says so, since committed files .gitignore matches then go unscanned.
 */
export async function trackedFilesIn(folder: vscode.WorkspaceFolder, log: vscode.LogOutputChannel): Promise<ReadonlySet<string> | undefined> {
  if (folder.uri.scheme !== "file" || !vscode.workspace.isTrusted) return undefined;
  try {
    return await trackedFiles(folder.uri.fsPath);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    log.warn(`${error.message}: files .gitignore matches are left out of the workspace scan, even those git tracks.`);
    return undefined;
  }
}
