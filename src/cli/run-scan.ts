import { promises as fs } from "node:fs";
import * as path from "node:path";
import { decodeFileContent, oversizeReason, scan } from "../engine";
import type { ScanOptions } from "../engine";
import type { FileSelection } from "./file-selection";
import type { FileReport, ScanReport, SkippedFile } from "./report";
import { describeFsError, walkFiles } from "./walk";

export interface ScanPathsOptions {
  readonly paths: readonly string[];
  readonly maxFileSizeKb: number;
  readonly cwd: string;
  /** One object for the whole run: the engine caches its rule set per options object. */
  readonly scanOptions: ScanOptions;
  readonly selection: FileSelection;
}

export function toDisplayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return (relative === "" ? path.basename(file) : relative).split(path.sep).join("/");
}

/** Walks the paths, reads and decodes each file, and runs the engine on it. */
export async function scanPaths(options: ScanPathsOptions): Promise<ScanReport> {
  const { cwd } = options;
  const maxBytes = options.maxFileSizeKb * 1024;
  const files: FileReport[] = [];
  const skipped: SkippedFile[] = [];
  const roots = options.paths.map((p) => path.resolve(cwd, p));
  const onError = (error: { path: string; message: string }) =>
    skipped.push({ displayPath: toDisplayPath(cwd, error.path), reason: error.message, isError: true });

  for await (const entry of walkFiles(roots, options.selection, onError)) {
    const absolutePath = entry.path;
    const displayPath = toDisplayPath(cwd, absolutePath);
    if (entry.kind === "excluded") {
      skipped.push({ displayPath, reason: "excluded by ignorePaths in the configuration", isError: false });
      continue;
    }
    if (entry.kind === "gitignored") {
      skipped.push({ displayPath, reason: "left out by .gitignore: only its .env files were scanned (--no-gitignore scans everything)", isError: false });
      continue;
    }
    let bytes: Buffer;
    try {
      const stat = await fs.stat(absolutePath);
      if (stat.size > maxBytes) {
        skipped.push({ displayPath, reason: oversizeReason(stat.size, options.maxFileSizeKb), isError: false });
        continue;
      }
      bytes = await fs.readFile(absolutePath);
    } catch (error) {
      skipped.push({ displayPath, reason: describeFsError(error), isError: true });
      continue;
    }
    const decoded = decodeFileContent(bytes);
    if ("skipReason" in decoded) {
      skipped.push({ displayPath, reason: decoded.skipReason, isError: false });
      continue;
    }
    // Fingerprints use the path relative to the current directory, with forward slashes: run the
    // CLI from the repository root (as hooks and CI do) and they match the editor's
    // workspace-relative ones, and the baseline's.
    const findings = await scan({ content: decoded.text, filePath: displayPath, options: options.scanOptions });
    files.push({ displayPath, absolutePath, findings });
  }
  return { rootDirectory: cwd, files, skipped, filesScanned: files.length, baselined: 0, configNotices: [] };
}
