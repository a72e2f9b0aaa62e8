import { spawn } from "node:child_process";
import * as path from "node:path";

/** Git could not be run or refused (not a repository, say). */
export class GitError extends Error {}

/** Runs git in `cwd` and returns its standard output; rejects with GitError and git's first line of error. */
export function git(cwd: string, args: readonly string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(new GitError(error.code === "ENOENT" ? "git is not installed or not on PATH" : `cannot run git: ${error.message}`)),
    );
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitError(Buffer.concat(err).toString("utf8").trim().split("\n")[0]?.replace(/^fatal: /, "") || `git ${args[0]} exited with code ${code}`));
    });
    child.stdin.on("error", () => undefined); // git may exit before reading all of it; `close` reports why
    child.stdin.end(input);
  });
}

/** A work tree's top folder, and the exclude file that works like a `.gitignore` at its root. */
export interface RepositoryLayout {
  readonly top: string;
  /** `.git/info/exclude`, or the main repository's in a linked worktree (where `.git` is a file). */
  readonly excludeFile: string;
}

/**
 * The git work tree `cwd` is in; undefined outside one, or when git cannot be run. `.gitignore`
 * files apply from the top folder down, whichever folder below it a scan starts in.
 */
export async function repositoryLayout(cwd: string): Promise<RepositoryLayout | undefined> {
  try {
    const [top, excludeFile] = (await git(cwd, ["rev-parse", "--show-toplevel", "--git-path", "info/exclude"])).toString("utf8").split("\n");
    if (!top || !excludeFile) return undefined;
    // `--git-path` is relative to the current folder unless it is elsewhere.
    return { top: path.resolve(top), excludeFile: path.resolve(cwd, excludeFile) };
  } catch {
    return undefined;
  }
}

/**
 * The files git tracks under `root`, relative to it with `/` separators; undefined when `root` is
 * not in a git work tree or git cannot be run. `.gitignore` does not apply to these: a file
 * committed before the rule (or with `git add -f`) is in every clone, and CI must scan it. The
 * editor's workspace scan asks the same, so the Problems panel and CI agree.
 */
export async function trackedFiles(root: string): Promise<Set<string> | undefined> {
  try {
    // No fsmonitor hook: listing files must not run a program the repository's configuration names
    // (the editor asks this of folders that are merely trusted, not vetted).
    const listing = await git(root, ["-c", "core.fsmonitor=false", "ls-files", "-z", "--cached"]);
    return new Set(listing.toString("utf8").split("\0").filter((file) => file !== ""));
  } catch {
    return undefined;
  }
}
