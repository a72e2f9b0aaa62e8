import type { Finding, RuleInfo } from "../engine";

/**
 * A finding as reports show it: with the setting its value is assigned to, as the developer knows
 * it (withSettingNames), where the file names one. The engine's keyName, its place in the document,
 * stays as it was.
 */
export interface ReportedFinding extends Finding {
  readonly settingName?: string;
}

/** One scanned file and what the engine found in it. Paths use forward slashes. */
export interface FileReport {
  /** Path relative to the current directory, as shown to the user. */
  readonly displayPath: string;
  readonly absolutePath: string;
  readonly findings: readonly ReportedFinding[];
}

/** A file the scan did not read, and why (too large, binary, unreadable). */
export interface SkippedFile {
  readonly displayPath: string;
  readonly reason: string;
  /** True when the file could not be read at all: the run then ends with exit code 2. */
  readonly isError: boolean;
}

/**
 * A problem in .secrethygiene.json or .secretlintrc.json (the scan ran with the rest of the file),
 * or an ignore comment in a scanned file that names no rule (it silences nothing by that name).
 */
export interface ConfigNotice {
  readonly file: string;
  /** 1-based, like every position we print. */
  readonly line: number;
  readonly column: number;
  readonly severity: "error" | "warning";
  readonly message: string;
}

export interface ScanReport {
  /** Directory that SARIF's `%SRCROOT%` and relative paths refer to. */
  readonly rootDirectory: string;
  readonly files: readonly FileReport[];
  readonly skipped: readonly SkippedFile[];
  readonly filesScanned: number;
  /** Findings left out because the baseline lists them. */
  readonly baselined: number;
  readonly configNotices: readonly ConfigNotice[];
  /** The configuration's own rules (customRules), which SARIF describes with the built-in ones. */
  readonly customRules?: readonly RuleInfo[];
}

/** Exit codes are part of the CLI's contract with hooks and CI. */
export const ExitCode = { Clean: 0, FoundSecrets: 1, Error: 2 } as const;

/** How a scan that wrote its report ends: 2 if a path could not be read, 1 if something was found. */
export function scanExitCode(report: ScanReport): number {
  if (report.skipped.some((skipped) => skipped.isError)) return ExitCode.Error;
  // Configuration values (--include-config) are reported, not failed on: they belong in App
  // Configuration, but a hook or CI run stops only for secrets.
  return report.files.some((file) => file.findings.some((finding) => finding.kind === "secret")) ? ExitCode.FoundSecrets : ExitCode.Clean;
}

export function findingCount(report: ScanReport): number {
  return report.files.reduce((sum, file) => sum + file.findings.length, 0);
}
