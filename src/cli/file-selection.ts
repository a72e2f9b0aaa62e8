import { promises as fs } from "node:fs";
import * as path from "node:path";
import { GitignoreRules, isBuildOutputDirectory, isSecretFile, SKIPPED_DIRECTORIES } from "../engine";
import type { IgnorePaths } from "../engine";
import { GitError, repositoryAt } from "./git";
import type { Repository } from "./git";
import { MAX_POLICY_FILE_BYTES, readRegularFile } from "./read-regular-file";

const skippedDirectories = new Set(SKIPPED_DIRECTORIES);
/** Version control's own folders: left out without a word, as every tool does. */
const VCS_DIRECTORIES = new Set([".git", ".hg", ".svn"]);

/**
 * What the walker does with a directory: read it all, look only for secret files in it (see
 * isSecretFile), or pass. `dependency`: a dependency or tool folder (`vendor`, `node_modules`,
 * `venv`…) that .gitignore does not leave out: not scanned, but listed, since its files may be
 * committed.
 */
export type DirectoryVerdict = "scan" | "secret-files-only" | "skip" | "dependency";

/**
 * Which files a folder walk yields, relative to the scan root (the current directory): vendor and
 * VCS folders never; `ignorePaths` never; what `.gitignore` files leave out only when it is a
 * secret file by its name (`.env`, `local.settings.json`: see isSecretFile), because that is where
 * secrets live and why it is git-ignored, or a file git tracks
 * all the same (committed before the rule, or with `git add -f`). `.gitignore` files
 * are read as the walk reaches their folders, so nested ones apply below them.
 *
 * Each path is judged by its own repository, whatever the current folder: `scan ../billing`, a
 * checkout beside the tool's folder, and a separate repository met inside a walked folder each get
 * their own `.gitignore` files and tracked files (see GitignoreScope).
 */
export class FileSelection {
  /** The scopes found so far, the deepest top first, so the first that holds a path is its own. */
  private readonly scopes: GitignoreScope[] = [];

  /**
   * @param ownFiles files that belong to the tool, such as the baseline (root-relative, or absolute
   *   outside the root): a list of
   *   fingerprints is not worth scanning, and hex hashes invite look-alike findings.
   * @param readRepository finds the work tree a folder is in, and the files git tracks there
   *   (see repositoryAt in git.ts); it throws GitError when git cannot read one.
   */
  constructor(
    private readonly root: string,
    private readonly ignorePaths: IgnorePaths,
    private readonly respectGitignore: boolean,
    private readonly ownFiles: ReadonlySet<string> = new Set(),
    private readonly readRepository: (folder: string) => Promise<Repository | undefined> = repositoryAt,
  ) {}

  /**
   * Reads the `.gitignore` files from the repository's top (or the scope's folder) down to this
   * directory, once each.
   * @param holdsGitEntry the directory has a `.git`: a repository of its own, whose rules and
   *   tracked files apply below it instead of the folder's around it.
   * @returns git's reason, when the directory holds a repository git cannot read (a `.git` file
   *   left pointing nowhere by a moved worktree or a copied submodule). That stray folder does not
   *   stop the scan: it is judged by the repository around it instead. (Only the repository a
   *   folder the user named is in fails the run, in isGitIgnoredFolder; so does git not being
   *   installed, which no folder escapes.)
   */
  async enterDirectory(directory: string, holdsGitEntry = false): Promise<string | undefined> {
    if (!this.respectGitignore) return undefined;
    let unreadable: string | undefined;
    if (holdsGitEntry && !this.scopes.some((scope) => scope.top === directory)) {
      try {
        await this.scopeOfFolder(directory);
      } catch (error) {
        if (!(error instanceof GitError) || error.kind === "not-installed") throw error;
        unreadable = error.gitSays;
      }
    }
    await this.scopeOf(directory)?.loadDownTo(directory);
    return unreadable;
  }

  /** For a directory found inside a walked folder (never for the folders the user named). */
  directoryVerdict(directory: string, insideIgnored: boolean): DirectoryVerdict {
    const base = path.basename(directory);
    if (skippedDirectories.has(base)) return VCS_DIRECTORIES.has(base) || insideIgnored || this.isGitIgnored(directory, true) ? "skip" : "dependency";
    const relative = this.relative(directory);
    if (relative !== undefined && relative !== "" && this.ignorePaths.matches(relative, true)) return "skip";
    // A git-ignored build output is passed over whole: its secret files are the build's copies.
    if (insideIgnored || this.isGitIgnored(directory, true)) return isBuildOutputDirectory(base) ? "skip" : "secret-files-only";
    return "scan";
  }

  /** For a file found inside a walked folder. */
  includesFile(file: string, insideIgnored: boolean): boolean {
    const relative = this.relative(file);
    // Outside the root, the tool's own files are known by their absolute path.
    if (relative === undefined ? this.ownFiles.has(path.resolve(file)) : this.ownFiles.has(relative) || this.ignorePaths.matches(relative)) return false;
    const scope = this.scopeOf(file);
    const fromTop = scope?.relative(file);
    if (isSecretFile(fromTop ?? relative ?? path.basename(file)) || (fromTop !== undefined && scope!.tracked.has(fromTop))) return true;
    return !insideIgnored && !this.isGitIgnored(file, false);
  }

  /**
   * For a folder the user named: whether `.gitignore` leaves it (or a folder above it) out. Its
   * files are then searched for secret files (`.env`…) only, and the user is told why the rest was not
   * scanned, rather than getting a silent "0 files scanned".
   */
  async isGitIgnoredFolder(directory: string): Promise<boolean> {
    if (!this.respectGitignore) return false;
    const scope = await this.scopeOfFolder(directory);
    const relative = scope.relative(directory);
    if (relative === undefined || relative === "") return false;
    await scope.loadDownTo(path.dirname(directory));
    const parts = relative.split("/");
    for (let depth = 1; depth <= parts.length; depth++) if (scope.rules.isIgnored(parts.slice(0, depth).join("/"), true)) return true;
    return false;
  }

  /** For a path the user named: only `ignorePaths` applies (a pre-commit hook names staged files). */
  isExcludedByConfig(file: string, isDirectory: boolean): boolean {
    const relative = this.relative(file);
    return relative !== undefined && relative !== "" && this.ignorePaths.matches(relative, isDirectory);
  }

  /**
   * Whether no clone of the repository has this scanned file: it is git-ignored and git does not
   * track it (a developer's `.env.local`, read because of its name). Undefined in no repository, or
   * where git cannot be run: nothing tells then. Asked after the walk, with or without
   * `--no-gitignore`: a baseline is committed, and must not carry what was never meant to be.
   */
  async isLocalOnly(file: string): Promise<boolean | undefined> {
    let scope = this.scopeOf(file);
    if (!scope?.inRepository) {
      try {
        scope = await this.scopeOfFolder(path.dirname(file));
      } catch (error) {
        if (error instanceof GitError) return undefined;
        throw error;
      }
    }
    const fromTop = scope.relative(file);
    if (!scope.inRepository || fromTop === undefined || fromTop === "") return undefined;
    if (scope.tracked.has(fromTop)) return false;
    await scope.loadDownTo(path.dirname(file));
    return scope.rules.isIgnored(fromTop, false);
  }

  private isGitIgnored(file: string, isDirectory: boolean): boolean {
    if (!this.respectGitignore) return false;
    const scope = this.scopeOf(file);
    const relative = scope?.relative(file);
    return relative !== undefined && relative !== "" && scope!.rules.isIgnored(relative, isDirectory);
  }

  /** Forward-slash path relative to the root; undefined outside it, where ignorePaths does not apply. */
  private relative(file: string): string | undefined {
    return relativeTo(this.root, file);
  }

  /** The scope a path's `.gitignore` files and tracked files come from: the deepest that holds it. */
  private scopeOf(file: string): GitignoreScope | undefined {
    return this.scopes.find((scope) => scope.relative(file) !== undefined);
  }

  /**
   * The scope of a folder, asking git which work tree it is in (once per work tree). Outside any,
   * `.gitignore` files apply from the current folder down, or, for a folder outside it, from that
   * folder down.
   */
  private async scopeOfFolder(folder: string): Promise<GitignoreScope> {
    const repository = await this.readRepository(folder);
    const top = repository ? await asWalked(repository.top, folder) : relativeTo(this.root, folder) !== undefined ? this.root : folder;
    const known = this.scopes.find((scope) => scope.top === top);
    if (known) return known;
    const scope = new GitignoreScope(top, repository !== undefined, repository?.tracked ?? new Set(), repository?.excludeFile);
    this.scopes.push(scope);
    this.scopes.sort((a, b) => b.top.length - a.top.length);
    return scope;
  }
}

/**
 * Where a set of `.gitignore` files applies, with the files git tracks there: a work tree, from its
 * top folder down, or a folder in no work tree.
 */
class GitignoreScope {
  readonly rules = new GitignoreRules();
  private readonly loaded = new Set<string>();

  /**
   * @param inRepository `top` is a git work tree's (not a folder in none).
   * @param tracked the files git tracks (`/` separators, relative to `top`): `.gitignore` does not
   *   leave them out, as git itself does not (see trackedFiles in git.ts).
   * @param excludeFile `.git/info/exclude`, which works like a `.gitignore` at the top.
   */
  constructor(
    readonly top: string,
    readonly inRepository: boolean,
    readonly tracked: ReadonlySet<string>,
    private readonly excludeFile?: string,
  ) {}

  /** Forward-slash path relative to the top; undefined outside it. */
  relative(file: string): string | undefined {
    return relativeTo(this.top, file);
  }

  /** Reads the `.gitignore` files from the top down to this directory, once each. */
  async loadDownTo(directory: string): Promise<void> {
    const relative = this.relative(directory);
    if (relative === undefined) return;
    const parts = relative === "" ? [] : relative.split("/");
    for (let depth = 0; depth <= parts.length; depth++) {
      const prefix = parts.slice(0, depth).join("/");
      if (this.loaded.has(prefix)) continue;
      this.loaded.add(prefix);
      const folder = path.join(this.top, ...parts.slice(0, depth));
      const files = depth === 0 && this.excludeFile !== undefined ? [this.excludeFile, path.join(folder, ".gitignore")] : [path.join(folder, ".gitignore")];
      for (const file of files) {
        const text = await readIfPresent(file);
        if (text !== undefined) this.rules.add(prefix, text);
      }
    }
  }
}

/**
 * A work tree's top as the walk reaches it: git gives a real path, and `folder` (inside the work
 * tree) may be reached through a link, as `/tmp` is on macOS.
 */
async function asWalked(top: string, folder: string): Promise<string> {
  const realFolder = await fs.realpath(folder).catch(() => folder);
  const up = path.relative(realFolder, top);
  return up === "" || up.split(path.sep).every((part) => part === "..") ? path.resolve(folder, up) : top;
}

function relativeTo(folder: string, file: string): string | undefined {
  const relative = path.relative(folder, file);
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join("/");
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return (await readRegularFile(file, MAX_POLICY_FILE_BYTES)).toString("utf8");
  } catch {
    // No such file, a directory of that name, or no file to read rules from (a FIFO, a device):
    // either way there are no rules here.
    return undefined;
  }
}
