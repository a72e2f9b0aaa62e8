import * as vscode from "vscode";
import { GitignoreRules } from "../engine";
import { readTextFile, relativePathIn } from "./workspace-policies";

/** Whether git ignores a path, given relative to the workspace folder. */
export interface GitignoreView {
  isIgnored(relativePath: string, isDirectory?: boolean): boolean;
}

/**
 * Every `.gitignore` in a virtual workspace folder (one whose files are not on this machine's
 * disk), read through vscode.workspace.fs, with the repository's exclude file if the folder is its
 * top. Git cannot be asked there, so the rules of folders above and the files git tracks are not
 * known. (Folders on disk are judged by the CLI's walk instead: see filesTheCliWouldScan.) Read
 * afresh for each workspace scan: a scan is rare, and this way an edited .gitignore always counts.
 */
export async function loadGitignoreRules(folder: vscode.WorkspaceFolder, exclude: string, token: vscode.CancellationToken): Promise<GitignoreView> {
  const rules = new GitignoreRules();
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, "**/.gitignore"), exclude, undefined, token);
  const texts = await Promise.all(
    files.map(async (uri) => {
      const relative = relativePathIn(folder, uri);
      if (relative === undefined) return undefined;
      const directory = relative.includes("/") ? relative.slice(0, relative.lastIndexOf("/")) : "";
      return { directory, text: await readRulesFile(uri) };
    }),
  );
  const repositoryExclude = await readRulesFile(vscode.Uri.joinPath(folder.uri, ".git", "info", "exclude"));
  if (repositoryExclude !== undefined) rules.add("", repositoryExclude);
  for (const entry of texts) if (entry?.text !== undefined) rules.add(entry.directory, entry.text);
  return { isIgnored: (relativePath, isDirectory) => rules.isIgnored(relativePath, isDirectory) };
}

/** A `.gitignore` or exclude file's text. One that cannot be read leaves its files in the scan: more findings, never fewer. */
function readRulesFile(uri: vscode.Uri): Promise<string | undefined> {
  return readTextFile(uri).catch(() => undefined);
}
