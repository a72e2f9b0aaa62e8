// `scan --staged`: what a commit would record, read from git's index. A pre-commit hook that scans
// the working tree misses a secret that was staged and then edited away without staging the edit:
// the commit still holds it. Blobs are read through `git cat-file --batch`, in memory; nothing is written.
import { realpathSync } from "node:fs";
import * as path from "node:path";
import { oversizeReason, SKIPPED_DIRECTORIES } from "../engine";
import type { IgnorePaths, ScanOptions } from "../engine";
import { git } from "./git";
import type { ScanReport } from "./report";
import { ScanReportBuilder, toDisplayPath } from "./run-scan";

export interface ScanStagedOptions {
  /** Pathspecs (relative to `cwd`) that limit the staged files scanned; empty for all. */
  readonly paths: readonly string[];
  readonly maxFileSizeKb: number;
  readonly cwd: string;
  readonly scanOptions: ScanOptions;
  readonly ignorePaths: IgnorePaths;
  /** Paths (relative to `cwd`) that belong to the tool, such as the baseline. */
  readonly ownFiles: ReadonlySet<string>;
  /** The folder fingerprints are relative to (see baselineRoot); the current folder when absent. */
  readonly baselineRoot?: string;
}

/** A staged file: its path from the repository's top folder and the blob the index holds. */
export interface StagedBlob {
  readonly path: string;
  readonly blob: string;
}

/** File modes whose blob is not file content: a submodule's commit, a symbolic link's target. */
const NOT_CONTENT_MODES = new Set(["160000", "120000"]);
const skippedDirectories = new Set(SKIPPED_DIRECTORIES);
const BLOBS_PER_BATCH = 256;

/** One entry of `git diff --cached --raw -z --no-abbrev`: its new mode and blob, status, and paths. */
interface RawEntry {
  readonly newMode: string;
  readonly newBlob: string;
  readonly status: string;
  /** The path, or for a rename or copy the old path and the new. */
  readonly paths: readonly string[];
}

/**
 * Parses `git diff --cached --raw -z --no-abbrev`: per file, `:<old mode> <new mode> <old blob>
 * <new blob> <status>` then its path, or for a rename or copy the old and the new path.
 */
function rawEntries(raw: string): RawEntry[] {
  const fields = raw.split("\0");
  const entries: RawEntry[] = [];
  for (let i = 0; i < fields.length; ) {
    const meta = fields[i++]!;
    if (!meta.startsWith(":")) continue;
    const [, newMode, , newBlob, status] = meta.slice(1).split(" ");
    if (status === undefined || newMode === undefined || newBlob === undefined) continue;
    const count = status.startsWith("R") || status.startsWith("C") ? 2 : 1;
    const paths = fields.slice(i, i + count);
    i += count;
    if (paths.length === count) entries.push({ newMode, newBlob, status, paths });
  }
  return entries;
}

/** The files whose staged content is file content: not deleted, not unmerged, not a submodule or a link. */
export function parseStagedRaw(raw: string): StagedBlob[] {
  return contentOf(rawEntries(raw));
}

function contentOf(entries: readonly RawEntry[]): StagedBlob[] {
  return entries
    .filter(({ newMode, status }) => !NOT_CONTENT_MODES.has(newMode) && !status.startsWith("D") && !status.startsWith("U"))
    .map(({ paths, newBlob }) => ({ path: paths[paths.length - 1]!, blob: newBlob }));
}

/** The path and each folder above it: `a/b/c.ts`, `a/b`, `a`. */
function withFolders(file: string): string[] {
  const all = [file];
  for (let slash = file.lastIndexOf("/"); slash > 0; slash = file.lastIndexOf("/", slash - 1)) all.push(file.slice(0, slash));
  return all;
}

/**
 * A named path as git writes it, from the top folder. A relative one is read from the current
 * folder (`prefix`, as git gives it, whatever symbolic links lead there); an absolute one (as
 * lint-staged passes them) from the top folder, through its real path when a link leads to it.
 * Undefined for a path outside the repository (git has said so already).
 */
function repositoryPath(named: string, prefix: string, top: string): string | undefined {
  if (!path.isAbsolute(named)) return path.posix.normalize(`${prefix}${named.split(path.sep).join("/")}`).replace(/\/$/, "");
  const inside = (absolute: string) => {
    const relative = path.relative(top, absolute);
    return relative.startsWith("..") || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join("/");
  };
  const direct = inside(named);
  if (direct !== undefined) return direct;
  // The folder may be reached through a link (the file itself may be deleted: its folder is not).
  try {
    return inside(path.join(realpathSync(path.dirname(named)), path.basename(named)));
  } catch {
    return undefined;
  }
}

/**
 * The paths the user named, judged against the index: one git knows nothing of (a typo, a file
 * never added) is an error, not a clean run; one git tracks with nothing staged under it is named
 * as left out. Paths are read literally: hook frameworks pass file names, and `:name.js` or
 * `*.js` are names too.
 */
async function judgeNamedPaths(options: ScanStagedOptions, prefix: string, entries: readonly RawEntry[], report: ScanReportBuilder, top: string): Promise<void> {
  if (options.paths.length === 0) return;
  // Every path the index changes, deleted files and both sides of a rename among them.
  const staged = new Set(entries.flatMap((entry) => entry.paths).flatMap(withFolders));
  const tracked = new Set(staged);
  const listed = await git(options.cwd, ["--literal-pathspecs", "ls-files", "-z", "--full-name", "--", ...options.paths]);
  for (const file of listed.toString("utf8").split("\0")) if (file) for (const entry of withFolders(file)) tracked.add(entry);
  for (const named of options.paths) {
    const inRepository = repositoryPath(named, prefix, top);
    if (inRepository === undefined || inRepository === "." || inRepository === "" || staged.has(inRepository)) continue;
    const displayPath = toDisplayPath(options.cwd, path.join(top, ...inRepository.split("/")));
    if (tracked.has(inRepository)) report.skip(displayPath, "nothing staged for it");
    else report.skip(displayPath, "no file in git's index has this path", true);
  }
}

/** Splits `git cat-file --batch` output: per object `<id> blob <size>\n<content>\n`. */
export function parseBatch(output: Buffer): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  let at = 0;
  while (at < output.length) {
    const lineEnd = output.indexOf(0x0a, at);
    if (lineEnd === -1) break;
    const [id, type, size] = output.toString("utf8", at, lineEnd).split(" ");
    at = lineEnd + 1;
    if (id === undefined || type === "missing" || size === undefined) continue;
    const length = Number(size);
    blobs.set(id, output.subarray(at, at + length));
    at += length + 1;
  }
  return blobs;
}

/** Whether the configuration's ignorePaths, a vendor folder or the tool's own files leave a path out. */
function exclusionOf(relative: string, options: ScanStagedOptions): string | undefined {
  if (options.ownFiles.has(relative)) return "the baseline file";
  const parts = relative.split("/");
  for (let depth = 1; depth < parts.length; depth++) {
    const folder = parts.slice(0, depth);
    if (skippedDirectories.has(folder[depth - 1]!)) return "in a dependency or VCS folder";
    if (options.ignorePaths.matches(folder.join("/"), true)) return "excluded by ignorePaths in the configuration";
  }
  return options.ignorePaths.matches(relative) ? "excluded by ignorePaths in the configuration" : undefined;
}

/**
 * Scans the content staged for commit: added, copied, modified, renamed and type-changed files (a
 * symbolic link replaced by a file) as the index holds them, from the top of the repository
 * whatever `diff.relative` says. Deleted files, submodules and symbolic links are left out.
 * `.gitignore` does not apply (a staged file is tracked); ignorePaths, vendor folders and the size
 * budget do, as in a folder scan, so a hook and a CI scan of the same tree agree.
 */
export async function scanStaged(options: ScanStagedOptions): Promise<ScanReport> {
  const { cwd } = options;
  // The top folder, and where the current folder is below it (`src/`, or empty).
  const [top = "", prefix = ""] = (await git(cwd, ["rev-parse", "--show-toplevel", "--show-prefix"])).toString("utf8").split("\n");
  const pathspecs = options.paths.length > 0 ? ["--", ...options.paths] : [];
  // Deletions too (parseStagedRaw leaves them out): a hook may name a file the commit removes.
  // Unmerged files have no one staged content: they are listed, and git refuses the commit anyway.
  const raw = (await git(cwd, ["--literal-pathspecs", "diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-relative", "--diff-filter=ACDMRTU", "--find-renames", ...pathspecs])).toString("utf8");
  const entries = rawEntries(raw);
  const staged = contentOf(entries);

  const maxBytes = options.maxFileSizeKb * 1024;
  const report = new ScanReportBuilder(cwd, options.scanOptions, [], options.baselineRoot);
  const unmerged = entries.filter((entry) => entry.status.startsWith("U")).map((entry) => entry.paths[0]!);
  for (const file of unmerged) report.skip(toDisplayPath(cwd, path.join(top, ...file.split("/"))), "unmerged: resolve the conflict and stage the file, then scan again");
  await judgeNamedPaths(options, prefix, entries, report, top);
  const unreadable = "its staged content cannot be read from git";
  const wanted: { displayPath: string; absolutePath: string; blob: string }[] = [];
  if (staged.length > 0) {
    // Sizes first: a blob over the budget is never read.
    const ids = Buffer.from(staged.map((file) => `${file.blob}\n`).join(""));
    const sizes = new Map<string, number>();
    for (const line of (await git(cwd, ["cat-file", "--batch-check"], ids)).toString("utf8").split("\n")) {
      const [id, , size] = line.split(" ");
      if (id && size) sizes.set(id, Number(size));
    }
    for (const file of staged) {
      const absolutePath = path.join(top, ...file.path.split("/"));
      const displayPath = toDisplayPath(cwd, absolutePath);
      const excluded = exclusionOf(displayPath, options);
      const size = sizes.get(file.blob);
      if (excluded) report.skip(displayPath, excluded);
      else if (size === undefined) report.skip(displayPath, unreadable, true);
      else if (size > maxBytes) report.skip(displayPath, oversizeReason(size, options.maxFileSizeKb));
      else wanted.push({ displayPath, absolutePath, blob: file.blob });
    }
  }
  // A few hundred blobs per `git cat-file --batch`: an initial commit of a large tree is not held in memory at once.
  for (let first = 0; first < wanted.length; first += BLOBS_PER_BATCH) {
    const batch = wanted.slice(first, first + BLOBS_PER_BATCH);
    const blobs = parseBatch(await git(cwd, ["cat-file", "--batch"], Buffer.from(batch.map((file) => `${file.blob}\n`).join(""))));
    for (const { displayPath, absolutePath, blob } of batch) {
      const bytes = blobs.get(blob);
      if (bytes) await report.scanBytes(displayPath, absolutePath, bytes);
      else report.skip(displayPath, unreadable, true);
    }
  }
  return report.report();
}
