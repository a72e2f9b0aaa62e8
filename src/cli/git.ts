import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Why git failed, where the remedy depends on it: `not-installed` (no git on PATH, as in
 * `node:alpine` images), `dubious-ownership` (a checkout owned by another user, as in a container
 * job: git names `safe.directory` in its hint, the one part of the message it does not translate),
 * or anything else (a `.git` file pointing nowhere, a damaged repository).
 */
export type GitFailureKind = "not-installed" | "dubious-ownership" | "other";

/** Git could not be run or refused (not a repository, say). */
export class GitError extends Error {
  /**
   * @param gitSays git's own first line of error (or why it could not be run), without what the
   *   message adds around it.
   */
  constructor(
    message: string,
    readonly kind: GitFailureKind = "other",
    readonly gitSays: string = message,
  ) {
    super(message);
  }
}

/** Runs git in `cwd` and returns its standard output; rejects with GitError and git's first line of error. */
export function git(cwd: string, args: readonly string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new GitError("git is not installed or not on PATH", "not-installed") : new GitError(`cannot run git: ${error.message}`)),
    );
    child.on("close", (code) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const stderr = Buffer.concat(err).toString("utf8").trim();
      const kind = /dubious ownership|safe\.directory/.test(stderr) ? "dubious-ownership" : "other";
      reject(new GitError(stderr.split("\n")[0]?.replace(/^fatal: /, "") || `git ${args[0]} exited with code ${code}`, kind));
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
 * The git work tree `cwd` is in; undefined outside one. `.gitignore` files apply from the top
 * folder down, whichever folder below it a scan starts in. Throws GitError when git cannot be run
 * in a work tree (see inWorkTree).
 */
export async function repositoryLayout(cwd: string): Promise<RepositoryLayout | undefined> {
  const output = await inWorkTree(cwd, () => git(cwd, ["rev-parse", "--show-toplevel", "--git-path", "info/exclude"]));
  if (output === undefined) return undefined;
  const [top, excludeFile] = output.toString("utf8").split("\n");
  if (!top || !excludeFile) return undefined;
  // `--git-path` is relative to the current folder unless it is elsewhere.
  return { top: path.resolve(top), excludeFile: path.resolve(cwd, excludeFile) };
}

/**
 * The files git tracks under `root`, relative to it with `/` separators; undefined when `root` is
 * not in a git work tree. `.gitignore` does not apply to these: a file committed before the rule
 * (or with `git add -f`) is in every clone, and CI must scan it. The editor's workspace scan asks
 * the same, so the Problems panel and CI agree. Throws GitError when git cannot be run in a work
 * tree (see inWorkTree).
 */
export async function trackedFiles(root: string): Promise<Set<string> | undefined> {
  // No fsmonitor hook: listing files must not run a program the repository's configuration names
  // (the editor asks this of folders that are merely trusted, not vetted).
  const listing = await inWorkTree(root, () => git(root, ["-c", "core.fsmonitor=false", "ls-files", "-z", "--cached"]));
  return listing === undefined ? undefined : new Set(listing.toString("utf8").split("\0").filter((file) => file !== ""));
}

/** A work tree, and the files git tracks in it (relative to its top, `/` separators). */
export interface Repository extends RepositoryLayout {
  readonly tracked: ReadonlySet<string>;
}

/** The work tree `folder` is in, with its tracked files; undefined outside one. Throws GitError as repositoryLayout does. */
export async function repositoryAt(folder: string): Promise<Repository | undefined> {
  // Asked at once: a walk asks this of the folders holding a `.git`, which are their work tree's
  // top, so the listing from the folder is the one needed, and a tree of many checkouts waits for
  // one git call per repository instead of two.
  const listedHere = trackedFiles(folder);
  listedHere.catch(() => undefined); // (awaited below only when it is the listing wanted)
  const layout = await repositoryLayout(folder);
  if (layout === undefined) return undefined;
  const isTop = layout.top === (await fs.realpath(folder).catch(() => path.resolve(folder)));
  return { ...layout, tracked: (await (isTop ? listedHere : trackedFiles(layout.top))) ?? new Set() };
}

/**
 * What `ask` returns, or undefined when git fails because `folder` is in no work tree: no `.git`
 * in it or any folder above, or it is inside a git directory (`.git` itself, its `hooks`, a bare
 * repository), which git reads but which has no work tree and so no `.gitignore` or tracked files.
 * Otherwise git's failure (git not installed, as in `node:alpine` images; "detected dubious
 * ownership" in a container job whose checkout belongs to another user) is rethrown as GitError
 * naming that folder: read as "nothing is tracked", it would drop every committed file
 * `.gitignore` matches from the scan without a word.
 * (Git's own "not a git repository" cannot tell these apart: its messages are translated.)
 */
async function inWorkTree(folder: string, ask: () => Promise<Buffer>): Promise<Buffer | undefined> {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    const repository = await folderWithGitEntry(folder);
    if (repository === undefined) return undefined;
    if (error.kind === "other" && (await insideGitDirectory(folder))) return undefined;
    throw new GitError(`git cannot read the repository in '${repository}' (${error.message})`, error.kind, error.message);
  }
}

/** Git answers "false" (rather than failing) in a git directory or a bare repository, wherever it is. */
async function insideGitDirectory(folder: string): Promise<boolean> {
  const answer = await git(folder, ["rev-parse", "--is-inside-work-tree"]).catch(() => undefined);
  return answer?.toString("utf8").trim() === "false";
}

/** The nearest folder, `folder` or one above it, that holds a `.git` (a folder, or the file of a linked worktree or submodule). */
async function folderWithGitEntry(folder: string): Promise<string | undefined> {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (await fs.lstat(path.join(current, ".git")).then(() => true, () => false)) return current;
    if (path.dirname(current) === current) return undefined;
  }
}
