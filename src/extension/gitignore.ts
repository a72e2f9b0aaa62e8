import * as vscode from "vscode";
import { GitignoreRules } from "../engine";
import { GitError, repositoryLayout } from "../cli/git";
import { readTextFile, relativePathIn } from "./workspace-policies";

/** Whether git ignores a path, given relative to the workspace folder. */
export interface GitignoreView {
  isIgnored(relativePath: string, isDirectory?: boolean): boolean;
}

/**
 * Every `.gitignore` that applies to a workspace folder, read through vscode.workspace.fs so it
 * works in remote and virtual workspaces too. Read afresh for each workspace scan: a scan is rare,
 * and this way an edited .gitignore always counts.
 *
 * A folder opened below its repository's top (one service of a monorepo) gets the rules above it
 * too, and a linked worktree the main repository's exclude file, as git and the CLI apply them:
 * the top's `bin/` and `obj/` leave out the build output that holds copies of appsettings.json.
 * Finding the top runs git, so only for a trusted folder on this machine's disk (as
 * trackedFilesIn); elsewhere the folder's own files decide.
 */
export async function loadGitignoreRules(folder: vscode.WorkspaceFolder, exclude: string, token: vscode.CancellationToken): Promise<GitignoreView> {
  const rules = new GitignoreRules();
  const [files, above] = await Promise.all([
    vscode.workspace.findFiles(new vscode.RelativePattern(folder, "**/.gitignore"), exclude, undefined, token),
    rulesAbove(folder),
  ]);
  // Paths in `rules` are relative to the repository's top when the folder lies below it.
  const prefix = above?.prefix ?? "";
  const fromTop = (relative: string) => (prefix === "" ? relative : relative === "" ? prefix : `${prefix}/${relative}`);
  const texts = await Promise.all(
    files.map(async (uri) => {
      const relative = relativePathIn(folder, uri);
      if (relative === undefined) return undefined;
      const directory = relative.includes("/") ? relative.slice(0, relative.lastIndexOf("/")) : "";
      return { directory: fromTop(directory), text: await readRulesFile(uri) };
    }),
  );
  if (above) for (const entry of above.entries) rules.add(entry.directory, entry.text);
  else {
    const repositoryExclude = await readRulesFile(vscode.Uri.joinPath(folder.uri, ".git", "info", "exclude"));
    if (repositoryExclude !== undefined) rules.add("", repositoryExclude);
  }
  for (const entry of texts) if (entry?.text !== undefined) rules.add(entry.directory, entry.text);
  return { isIgnored: (relativePath, isDirectory) => rules.isIgnored(fromTop(relativePath), isDirectory) };
}

interface RulesAbove {
  /** The folder's path from the repository's top, `/`-separated; "" when it is the top. */
  readonly prefix: string;
  /** The exclude file (directory "") and the `.gitignore` files of the folders above this one. */
  readonly entries: readonly { readonly directory: string; readonly text: string }[];
}

async function rulesAbove(folder: vscode.WorkspaceFolder): Promise<RulesAbove | undefined> {
  if (folder.uri.scheme !== "file" || !vscode.workspace.isTrusted) return undefined;
  // Where git cannot be run, the folder's own files decide (trackedFilesIn logs why).
  const layout = await repositoryLayout(folder.uri.fsPath).catch((error: unknown) => {
    if (error instanceof GitError) return undefined;
    throw error;
  });
  if (!layout) return undefined;
  const top = vscode.Uri.file(layout.top);
  const prefix = top.path === folder.uri.path.replace(/\/$/, "") ? "" : relativePathIn({ uri: top }, folder.uri);
  if (prefix === undefined) return undefined;
  const entries: { directory: string; text: string }[] = [];
  const exclude = await readRulesFile(vscode.Uri.file(layout.excludeFile));
  if (exclude !== undefined) entries.push({ directory: "", text: exclude });
  // The folder's own `.gitignore` is among its files; those of the folders between are read here.
  const parts = prefix === "" ? [] : prefix.split("/");
  for (let depth = 0; depth < parts.length; depth++) {
    const directory = parts.slice(0, depth).join("/");
    const text = await readRulesFile(vscode.Uri.joinPath(top, ...parts.slice(0, depth), ".gitignore"));
    if (text !== undefined) entries.push({ directory, text });
  }
  return { prefix, entries };
}

/** A `.gitignore` or exclude file's text. One that cannot be read leaves its files in the scan: more findings, never fewer. */
function readRulesFile(uri: vscode.Uri): Promise<string | undefined> {
  return readTextFile(uri).catch(() => undefined);
}
