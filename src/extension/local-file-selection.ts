import { promises as fs } from "node:fs";
import * as vscode from "vscode";
import type { IgnorePaths } from "../engine";
import { FileSelection } from "../cli/file-selection";
import { GitError, repositoryAt } from "../cli/git";
import type { Repository } from "../cli/git";
import { walkFiles } from "../cli/walk";

/**
 * The files of a folder on this machine's disk that the CLI would scan from it, found by the CLI's
 * own walk and FileSelection, so the Problems panel and CI agree: `.gitignore` leaves files out
 * except secret files (`.env`, `local.settings.json`…) outside a build's output and files git
 * tracks all the same, and a nested repository or submodule is judged by its own `.gitignore`
 * files, exclude file and tracked files, as git judges it. A folder below its repository's top
 * gets the rules above it.
 *
 * Git runs only in a trusted workspace (a repository's configuration can name programs for git to
 * run); elsewhere, and where git cannot read the folder's repository (not installed, "dubious
 * ownership" in a dev container: the log says so), the `.gitignore` files from the folder down
 * decide alone, and committed files they match go unscanned.
 *
 * Symbolic links to folders inside the folder are not followed, as by the CLI (they can loop, or
 * lead out of the workspace): they are listed in `linkedFolders`, for the log to say so. A linked
 * file is kept.
 * @returns absolute paths as joined from the folder's path; undefined when cancelled.
 */
export async function filesTheCliWouldScan(
  folder: vscode.WorkspaceFolder,
  ignorePaths: IgnorePaths,
  baselinePath: string,
  log: vscode.LogOutputChannel,
  token: vscode.CancellationToken,
): Promise<{ readonly files: ReadonlySet<string>; readonly linkedFolders: readonly string[] } | undefined> {
  const root = folder.uri.fsPath;
  const walk = async (readRepository: (folder: string) => Promise<Repository | undefined>) => {
    const selection = new FileSelection(root, ignorePaths, true, new Set([baselinePath]), readRepository);
    const files = new Set<string>();
    const links: string[] = [];
    // (Folders it cannot read are passed over: the editor reports files, not a run's exit code.)
    for await (const entry of walkFiles([root], selection, () => undefined)) {
      if (token.isCancellationRequested) return undefined;
      if (entry.kind === "file") files.add(entry.path);
      else if (entry.kind === "link") links.push(entry.path);
    }
    const linkedFolders: string[] = [];
    for (const link of links) {
      if (await fs.stat(link).then((stat) => stat.isDirectory(), () => false)) linkedFolders.push(link);
      else files.add(link);
    }
    return { files, linkedFolders };
  };
  const withoutGit = () => Promise.resolve(undefined);
  if (!vscode.workspace.isTrusted) return walk(withoutGit);
  try {
    return await walk(repositoryAt);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    log.warn(`${error.message}: files .gitignore matches are left out of the workspace scan, even those git tracks.`);
    return walk(withoutGit);
  }
}
