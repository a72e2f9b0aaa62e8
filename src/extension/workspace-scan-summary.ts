// What "Scan Workspace" says when it is done: how many secrets in how many files, and why the files
// it found but did not read were left unread. No VS Code API, so the wording is unit-tested.
import type { SkipCategory } from "./diagnostics-controller";

export interface WorkspaceScanSummary {
  readonly filesScanned: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  /** Files found but not scanned (size budget, binary…): the summary says why, the log lists them. */
  readonly skipped: number;
  readonly skippedBySize: number;
  readonly skippedBinary: number;
  /**
   * Left out by the .secrethygiene.json of a folder nested in a workspace folder (its ignorePaths
   * or its baseline file): the listing applied the outer folder's file, the scan the inner one's.
   */
  readonly skippedExcluded: number;
  /** Where secretHygiene.enable is off. */
  readonly skippedDisabled: number;
  /** Files left out on purpose, by .gitignore or by ignorePaths in .secrethygiene.json. */
  readonly ignored: number;
  readonly failed: number;
  readonly cancelled: boolean;
}

/** The skipped counts by category, for the summary. */
export function skippedCounts(categories: readonly SkipCategory[]): Pick<WorkspaceScanSummary, "skipped" | "skippedBySize" | "skippedBinary" | "skippedExcluded" | "skippedDisabled"> {
  const count = (category: SkipCategory) => categories.filter((candidate) => candidate === category).length;
  return { skipped: categories.length, skippedBySize: count("size"), skippedBinary: count("binary"), skippedExcluded: count("excluded"), skippedDisabled: count("disabled") };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function workspaceScanSummaryText(summary: WorkspaceScanSummary): string {
  const parts = [`${plural(summary.findings, "secret", "secrets")} in ${summary.filesWithFindings} of ${plural(summary.filesScanned, "file", "files")}`];
  if (summary.skipped > 0) {
    const why = [
      summary.skippedBySize > 0 ? `${summary.skippedBySize} over the size budget (secretHygiene.maxFileSizeKB)` : undefined,
      summary.skippedBinary > 0 ? `${summary.skippedBinary} binary` : undefined,
      summary.skippedExcluded > 0 ? `${summary.skippedExcluded} left out by .secrethygiene.json (ignorePaths or its baseline file)` : undefined,
      summary.skippedDisabled > 0 ? `${summary.skippedDisabled} where scanning is turned off (secretHygiene.enable)` : undefined,
    ].filter(Boolean);
    parts.push(`${plural(summary.skipped, "file", "files")} not scanned${why.length > 0 ? `: ${why.join(", ")}` : ""}`);
  }
  if (summary.failed > 0) parts.push(`${summary.failed} could not be read`);
  return `Secret Hygiene: ${summary.cancelled ? "scan cancelled. So far: " : ""}${parts.join("; ")}.`;
}
