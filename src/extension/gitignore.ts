import * as vscode from "vscode";
import { GitignoreRules } from "../engine";
import { folderReader, relativePathIn } from "./workspace-policies";

/**
 * Every `.gitignore` of a workspace folder (and `.git/info/exclude`), read through
 * vscode.workspace.fs so it works in remote and virtual workspaces too. Read afresh for each
 * workspace scan: a scan is rare, and this way an edited .gitignore always counts.
 */
export async function loadGitignoreRules(folder: vscode.WorkspaceFolder, exclude: string, token: vscode.CancellationToken): Promise<GitignoreRules> {
  const rules = new GitignoreRules();
  const readFolderFile = folderReader(folder);
  // A .gitignore that cannot be read leaves its files in the scan: more findings, never fewer.
  const read = (path: string) => readFolderFile(path).catch(() => undefined);
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, "**/.gitignore"), exclude, undefined, token);
  const texts = await Promise.all(
    files.map(async (uri) => {
      const relative = relativePathIn(folder, uri);
      if (relative === undefined) return undefined;
      const directory = relative.includes("/") ? relative.slice(0, relative.lastIndexOf("/")) : "";
      return { directory, text: await read(relative) };
    }),
  );
  const repositoryExclude = await read(".git/info/exclude");
  if (repositoryExclude !== undefined) rules.add("", repositoryExclude);
  for (const entry of texts) if (entry?.text !== undefined) rules.add(entry.directory, entry.text);
  return rules;
}
