import type { Finding } from "../engine";

/** One scanned file and what the engine found in it. Paths use forward slashes. */
export interface FileReport {
  /** Path relative to the current directory, as shown to the user. */
  readonly displayPath: string;
  readonly absolutePath: string;
  readonly findings: readonly Finding[];
}

/** A file the scan did not read, and why (too large, binary, unreadable). */
export interface SkippedFile {
  readonly displayPath: string;
  readonly reason: string;
  /** True when the file could not be read at all: the run then ends with exit code 2. */
  readonly isError: boolean;
}

export interface ScanReport {
  /** Directory that SARIF's `%SRCROOT%` and relative paths refer to. */
  readonly rootDirectory: string;
  readonly files: readonly FileReport[];
  readonly skipped: readonly SkippedFile[];
  readonly filesScanned: number;
}

export function findingCount(report: ScanReport): number {
  return report.files.reduce((sum, file) => sum + file.findings.length, 0);
}
