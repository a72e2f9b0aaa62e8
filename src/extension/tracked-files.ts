import * as vscode from "vscode";
import { trackedFiles } from "../cli/git";

/**
 * The files git tracks in a workspace folder, relative to it, as the CLI asks for them (the same
 * function, so the Problems panel and CI scan the same files): `.gitignore` does not leave these
 * out. Undefined where git cannot be asked, and then `.gitignore` alone decides, as before:
 * - a remote or virtual folder (its files are not on this machine's disk);
 * - an untrusted workspace (running git there is running a tool the repository configures);
 * - no git, or a folder outside a work tree.
 */
export async function trackedFilesIn(folder: vscode.WorkspaceFolder): Promise<ReadonlySet<string> | undefined> {
  if (folder.uri.scheme !== "file" || !vscode.workspace.isTrusted) return undefined;
  return trackedFiles(folder.uri.fsPath);
}
