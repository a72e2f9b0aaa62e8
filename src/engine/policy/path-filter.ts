/**
 * Which paths a scan of a folder leaves out: the workspace's `ignorePaths` and the repository's
 * `.gitignore` files. Both use gitignore syntax through the `ignore` package (the matcher eslint and
 * globby use). Pure: callers read the files and pass their text. Paths are relative to the folder
 * root (the workspace folder, or the CLI's current directory), with forward slashes.
 */
import ignore from "ignore";
import type { Ignore } from "ignore";

/** A path the `ignore` package can test: relative, not empty, not leaving the root. */
function testablePath(relativePath: string): string | undefined {
  const normalized = relativePath.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
  if (normalized === "" || normalized === "." || normalized.startsWith("../") || normalized === ".." || normalized.startsWith("/")) return undefined;
  if (/^[A-Za-z]:/.test(normalized)) return undefined;
  return normalized;
}

function matcher(): Ignore {
  // Case-sensitive, as git is by default on Linux, where CI runs.
  return ignore({ ignorecase: false });
}

/** `ignorePaths` from .secrethygiene.json: gitignore-style patterns relative to the folder root. */
export class IgnorePaths {
  private readonly rules: Ignore;
  readonly isEmpty: boolean;

  constructor(patterns: readonly string[]) {
    this.rules = matcher().add([...patterns]);
    this.isEmpty = patterns.length === 0;
  }

  /** True when a pattern leaves this path (or a folder above it) out. */
  matches(relativePath: string, isDirectory = false): boolean {
    if (this.isEmpty) return false;
    const testable = testablePath(relativePath);
    return testable !== undefined && this.rules.ignores(isDirectory ? `${testable}/` : testable);
  }
}

/**
 * Every `.gitignore` of a folder tree, each applying to its own directory and below, deeper files
 * overriding shallower ones as in git. A path under an ignored directory stays ignored: git does
 * not look inside such a directory, so a deeper `!pattern` cannot bring it back.
 */
export class GitignoreRules {
  /** Rules by the directory that holds them ("" for the root), and the directories in depth order. */
  private readonly byDirectory = new Map<string, Ignore>();
  private directories: string[] = [];
  private readonly directoryVerdicts = new Map<string, boolean>();

  get isEmpty(): boolean {
    return this.byDirectory.size === 0;
  }

  /** Adds the text of `<directory>/.gitignore` (or of `.git/info/exclude`, with directory ""). */
  add(directory: string, text: string): void {
    const key = directory === "" ? "" : testablePath(directory);
    if (key === undefined) return;
    const existing = this.byDirectory.get(key);
    if (existing) existing.add(text);
    else this.byDirectory.set(key, matcher().add(text));
    this.directories = [...this.byDirectory.keys()].sort((a, b) => depth(a) - depth(b));
    this.directoryVerdicts.clear();
  }

  /** True when git would ignore this path. */
  isIgnored(relativePath: string, isDirectory = false): boolean {
    if (this.byDirectory.size === 0) return false;
    const testable = testablePath(relativePath);
    if (testable === undefined) return false;
    const parts = testable.split("/");
    for (let i = 1; i < parts.length; i++) {
      if (this.isDirectoryIgnored(parts.slice(0, i).join("/"))) return true;
    }
    return this.verdict(testable, isDirectory);
  }

  private isDirectoryIgnored(directory: string): boolean {
    let verdict = this.directoryVerdicts.get(directory);
    if (verdict === undefined) {
      verdict = this.verdict(directory, true);
      this.directoryVerdicts.set(directory, verdict);
    }
    return verdict;
  }

  /** This exact path against every .gitignore above it, the deepest one that has a say winning. */
  private verdict(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const directory of this.directories) {
      if (directory !== "" && !path.startsWith(`${directory}/`)) continue;
      const relative = directory === "" ? path : path.slice(directory.length + 1);
      const result = this.byDirectory.get(directory)!.test(isDirectory ? `${relative}/` : relative);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

function depth(directory: string): number {
  return directory === "" ? 0 : directory.split("/").length;
}
