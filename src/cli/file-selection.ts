import * as path from "node:path";
import { GitignoreRules, isDotEnvFile, SKIPPED_DIRECTORIES } from "../engine";
import type { IgnorePaths } from "../engine";
import type { RepositoryLayout } from "./git";
import { MAX_POLICY_FILE_BYTES, readRegularFile } from "./read-regular-file";

const skippedDirectories = new Set(SKIPPED_DIRECTORIES);
/** Version control's own folders: left out without a word, as every tool does. */
const VCS_DIRECTORIES = new Set([".git", ".hg", ".svn"]);

/** What the walker does with a directory: read it all, look only for `.env` files in it, or pass. */
/**
 * `dependency`: a dependency or tool folder (`vendor`, `node_modules`, `venv`…) that .gitignore
 * does not leave out: not scanned, but listed, since its files may be committed.
 */
export type DirectoryVerdict = "scan" | "env-files-only" | "skip" | "dependency";

/**
 * Which files a folder walk yields, relative to the scan root (the current directory): vendor and
 * VCS folders never; `ignorePaths` never; what `.gitignore` files leave out only when it is a
 * `.env` file, because that is where secrets live and why it is git-ignored, or a file git tracks
 * all the same (committed before the rule, or with `git add -f`). `.gitignore` files
 * are read as the walk reaches their folders, so nested ones apply below them.
 */
export class FileSelection {
  private readonly gitignore = new GitignoreRules();
  private readonly loaded = new Set<string>();

  /**
   * @param ownFiles files that belong to the tool, such as the baseline (root-relative, or absolute
   *   outside the root): a list of
   *   fingerprints is not worth scanning, and hex hashes invite look-alike findings.
   * @param tracked the files git tracks (`/` separators, relative to the repository's top folder,
   *   or to the root without `repository`): `.gitignore` does not leave them out, as git itself
   *   does not (see trackedFiles in git.ts).
   * @param repository the git work tree the root is in: its `.gitignore` files apply from its top
   *   folder down, as git applies them, when the scan starts in a folder below it.
   */
  constructor(
    private readonly root: string,
    private readonly ignorePaths: IgnorePaths,
    private readonly respectGitignore: boolean,
    private readonly ownFiles: ReadonlySet<string> = new Set(),
    private readonly tracked: ReadonlySet<string> = new Set(),
    private readonly repository?: RepositoryLayout,
  ) {}

  /** Reads the `.gitignore` files from the repository's top (or the root) down to this directory, once each. */
  async enterDirectory(directory: string): Promise<void> {
    if (!this.respectGitignore) return;
    const relative = this.gitRelative(directory);
    if (relative === undefined) return;
    const parts = relative === "" ? [] : relative.split("/");
    const top = this.repository?.top ?? this.root;
    for (let depth = 0; depth <= parts.length; depth++) {
      const prefix = parts.slice(0, depth).join("/");
      if (this.loaded.has(prefix)) continue;
      this.loaded.add(prefix);
      const folder = path.join(top, ...parts.slice(0, depth));
      // The repository's own exclude file works like a .gitignore at the root.
      const exclude = this.repository?.excludeFile ?? path.join(folder, ".git", "info", "exclude");
      const files = depth === 0 ? [exclude, path.join(folder, ".gitignore")] : [path.join(folder, ".gitignore")];
      for (const file of files) {
        const text = await readIfPresent(file);
        if (text !== undefined) this.gitignore.add(prefix, text);
      }
    }
  }

  /** For a directory found inside a walked folder (never for the folders the user named). */
  directoryVerdict(directory: string, insideIgnored: boolean): DirectoryVerdict {
    const base = path.basename(directory);
    if (skippedDirectories.has(base)) return VCS_DIRECTORIES.has(base) || insideIgnored || this.isGitIgnored(directory, true) ? "skip" : "dependency";
    const relative = this.relative(directory);
    if (relative !== undefined && relative !== "" && this.ignorePaths.matches(relative, true)) return "skip";
    if (insideIgnored || this.isGitIgnored(directory, true)) return "env-files-only";
    return "scan";
  }

  /** For a file found inside a walked folder. */
  includesFile(file: string, insideIgnored: boolean): boolean {
    const relative = this.relative(file);
    // Outside the root, the tool's own files are known by their absolute path.
    if (relative === undefined ? this.ownFiles.has(path.resolve(file)) : this.ownFiles.has(relative) || this.ignorePaths.matches(relative)) return false;
    const fromTop = this.gitRelative(file);
    if (isDotEnvFile(fromTop ?? relative ?? path.basename(file)) || (fromTop !== undefined && this.tracked.has(fromTop))) return true;
    return !insideIgnored && !this.isGitIgnored(file, false);
  }

  /**
   * For a folder the user named: whether `.gitignore` leaves it (or a folder above it) out. Its
   * files are then searched for `.env` files only, and the user is told why the rest was not
   * scanned, rather than getting a silent "0 files scanned".
   */
  async isGitIgnoredFolder(directory: string): Promise<boolean> {
    if (!this.respectGitignore) return false;
    const relative = this.gitRelative(directory);
    if (relative === undefined || relative === "") return false;
    await this.enterDirectory(path.dirname(directory));
    const parts = relative.split("/");
    for (let depth = 1; depth <= parts.length; depth++) if (this.gitignore.isIgnored(parts.slice(0, depth).join("/"), true)) return true;
    return false;
  }

  /** For a path the user named: only `ignorePaths` applies (a pre-commit hook names staged files). */
  isExcludedByConfig(file: string, isDirectory: boolean): boolean {
    const relative = this.relative(file);
    return relative !== undefined && relative !== "" && this.ignorePaths.matches(relative, isDirectory);
  }

  private isGitIgnored(file: string, isDirectory: boolean): boolean {
    if (!this.respectGitignore) return false;
    const relative = this.gitRelative(file);
    return relative !== undefined && relative !== "" && this.gitignore.isIgnored(relative, isDirectory);
  }

  /** Forward-slash path relative to the root; undefined outside it, where ignorePaths does not apply. */
  private relative(file: string): string | undefined {
    return relativeTo(this.root, file);
  }

  /** Forward-slash path relative to the repository's top folder (or the root): where `.gitignore` files and `tracked` apply. */
  private gitRelative(file: string): string | undefined {
    return relativeTo(this.repository?.top ?? this.root, file);
  }
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
