import { promises as fs } from "node:fs";
import * as path from "node:path";
import { decodeFileContent, oversizeReason, scan, typePathOf, unknownIgnoredRules } from "../engine";
import type { ScanOptions } from "../engine";
import { baselineFilePath } from "./baseline-root";
import type { FileSelection } from "./file-selection";
import type { ConfigNotice, FileReport, ScanReport, SkippedFile } from "./report";
import { describeFsError } from "./fs-errors";
import { PlacePaths } from "./place-paths";
import { readRegularFile, UnreadableFile } from "./read-regular-file";
import { withSettingNames } from "./setting-names";
import { walkFiles } from "./walk";

export interface ScanPathsOptions {
  readonly paths: readonly string[];
  readonly maxFileSizeKb: number;
  readonly cwd: string;
  /** One object for the whole run: the engine caches its rule set per options object. */
  readonly scanOptions: ScanOptions;
  readonly selection: FileSelection;
  /** The folder fingerprints are relative to (see baselineRoot); the current folder when absent. */
  readonly baselineRoot?: string;
}

/** A path as reports show it: relative to the current folder, with `/`; the current folder itself is `.`. */
export function toDisplayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return (relative === "" ? "." : relative).split(path.sep).join("/");
}

/** A scan's report, built file by file: what each file held, what was left out and why. */
export class ScanReportBuilder {
  private readonly files: FileReport[] = [];
  private readonly skipped: SkippedFile[] = [];
  /** Ignore comments naming a rule that does not exist: they silence nothing, and should say so. */
  private readonly notices: ConfigNotice[] = [];
  private readonly places: PlacePaths;

  /**
   * @param roots the paths named on the command line, absolute: where a file in no repository is judged from.
   * @param baselineRoot the folder fingerprints are relative to (see baselineRoot).
   */
  constructor(
    private readonly cwd: string,
    private readonly scanOptions: ScanOptions,
    roots: readonly string[] = [],
    private readonly baselineRoot: string = cwd,
  ) {
    this.places = new PlacePaths(roots);
  }

  /** @param isError the file could not be read at all: the run then ends with exit code 2. */
  skip(displayPath: string, reason: string, isError = false): void {
    this.skipped.push({ displayPath, reason, isError });
  }

  /** Decodes a file's bytes (binary and unknown encodings are skipped) and runs the engine on the text. */
  async scanBytes(displayPath: string, absolutePath: string, bytes: Uint8Array): Promise<void> {
    const decoded = decodeFileContent(bytes);
    if ("skipReason" in decoded) {
      this.skip(displayPath, decoded.skipReason);
      return;
    }
    // (Source maps and bundles are scanned for keys whose format is their evidence only, and
    // lockfiles for the credentials in their URLs: the engine knows them by their path.)
    const placePath = this.places.placeOf(displayPath, absolutePath);
    // Fingerprints use the path relative to the baseline's root, with forward slashes: the current
    // folder, unless a baseline above it was named. Run from the repository root (as hooks and CI
    // do), they match the editor's workspace-relative ones, and the baseline's. The file's place is
    // judged by its display path all the same.
    const filePath = baselineFilePath(this.baselineRoot, this.cwd, displayPath);
    const judgedPath = placePath ?? displayPath;
    const scanned = await scan({ content: decoded.text, filePath, ...(judgedPath !== filePath ? { placePath: judgedPath } : {}), options: this.scanOptions });
    // (Named only where something was found: the naming reads the text again, a clean file need not.)
    const findings = scanned.length === 0 ? scanned : withSettingNames(decoded.text, typePathOf(judgedPath, undefined, decoded.text), scanned);
    this.files.push({ displayPath, absolutePath, findings });
    for (const unknown of unknownIgnoredRules(decoded.text, this.scanOptions, judgedPath)) {
      const { line, character } = unknown.range.start;
      this.notices.push({ file: displayPath, line: line + 1, column: character + 1, severity: "warning", message: unknown.message });
    }
  }

  report(): ScanReport {
    const customRules = (this.scanOptions.customRules ?? []).map(({ id, title, kind, docsUrl, severity }) => ({ id, title, kind, docsUrl, ...(severity ? { severity } : {}) }));
    return { rootDirectory: this.cwd, files: this.files, skipped: this.skipped, filesScanned: this.files.length, baselined: 0, configNotices: this.notices, customRules };
  }
}

/**
 * Files read ahead of the one being scanned. The walk, `stat` and reading wait on the disk (Node's
 * thread pool), the engine on the CPU: reading a few files ahead keeps both busy. Results still
 * reach the report in walk order.
 */
const READ_AHEAD = 8;

/** What a walked entry turned into: a skip, or bytes to scan. */
type ReadOutcome = { readonly skip: string; readonly isError?: boolean } | { readonly bytes: Buffer };

/** Walks the paths, reads and decodes each file, and runs the engine on it. */
export async function scanPaths(options: ScanPathsOptions): Promise<ScanReport> {
  const { cwd } = options;
  const maxBytes = options.maxFileSizeKb * 1024;
  const roots = options.paths.map((p) => path.resolve(cwd, p));
  const report = new ScanReportBuilder(cwd, options.scanOptions, roots, options.baselineRoot);

  const read = async (fsPath: string | Buffer): Promise<ReadOutcome> => {
    try {
      const stat = await fs.stat(fsPath);
      if (stat.size > maxBytes) return { skip: oversizeReason(stat.size, options.maxFileSizeKb) };
      // (Counted as read too: a `/proc` file says it is empty, whatever it holds.)
      return { bytes: await readRegularFile(fsPath, maxBytes) };
    } catch (error) {
      if (error instanceof UnreadableFile && error.reason === "too-large") return { skip: `larger than the size budget (${options.maxFileSizeKb} KB)` };
      return { skip: describeFsError(error), isError: true };
    }
  };
  const pending: { displayPath: string; absolutePath: string; outcome: Promise<ReadOutcome> }[] = [];
  const settleOldest = async () => {
    const { displayPath, absolutePath, outcome } = pending.shift()!;
    const result = await outcome;
    if ("bytes" in result) await report.scanBytes(displayPath, absolutePath, result.bytes);
    else report.skip(displayPath, result.skip, result.isError);
  };
  // Skips wait in the same queue, so the report keeps the walk's order.
  const skip = (displayPath: string, reason: string, isError = false) => pending.push({ displayPath, absolutePath: "", outcome: Promise.resolve({ skip: reason, isError }) });
  const onError = (error: { path: string; message: string }) => skip(toDisplayPath(cwd, error.path), error.message, true);

  // `scan . src/a.py` names a file twice: it is scanned, and reported, once.
  const seen = new Set<string>();
  const named = new Set(roots);
  for await (const entry of walkFiles(roots, options.selection, onError)) {
    const absolutePath = entry.path;
    // A link met in a folder that is also named on its own (`scan . .env`): the name follows it,
    // so it is left to that entry, before or after this one, not skipped as a link.
    if (entry.kind === "link" && named.has(absolutePath)) continue;
    // Two names that are not UTF-8 may show alike: their bytes tell them apart.
    const fsPath = entry.kind === "file" ? entry.fsPath : undefined;
    const key = fsPath ? `bytes:${fsPath.toString("hex")}` : absolutePath;
    if (seen.has(key)) continue;
    seen.add(key);
    const displayPath = toDisplayPath(cwd, absolutePath);
    if (entry.kind === "excluded") skip(displayPath, "excluded by ignorePaths in the configuration");
    else if (entry.kind === "link") skip(displayPath, "a symbolic link, not followed: name it to scan what it points to");
    else if (entry.kind === "dependency") skip(displayPath, "a dependency or tool folder, not scanned: name it to scan its files");
    else if (entry.kind === "unreadable-repository") skip(displayPath, `git cannot read the repository here (${entry.reason}): its files were judged by the .gitignore files and tracked files of the repository around it`);
    else if (entry.kind === "unreadable-ignored") skip(displayPath, `left out by .gitignore, and not readable (${entry.reason}): any .env or other secret file in it was not scanned`);
    else if (entry.kind === "gitignored") skip(displayPath, "left out by .gitignore: only its secret files (.env, local.settings.json, *.tfvars…) and the files git tracks were scanned (--no-gitignore scans everything)");
    else pending.push({ displayPath, absolutePath, outcome: read(fsPath ?? absolutePath) });
    if (pending.length >= READ_AHEAD) await settleOldest();
  }
  while (pending.length > 0) await settleOldest();
  return report.report();
}
