import type { ScanReport } from "../report";
import { findingCount } from "../report";
import { forTerminal } from "../terminal-text";

/** The summary line of a run that read no file at all (and skipped none). */
export const NOTHING_SCANNED = "Nothing scanned (0 files).";

export interface StylishOptions {
  readonly color: boolean;
}

/**
 * ESLint-style text for people: findings grouped by file, one line each, then a summary. What
 * comes from the repository (paths, messages with their previews) goes through forTerminal.
 */
export function formatStylish(report: ScanReport, options: StylishOptions): string {
  const paint = (code: string) => (text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const underline = paint("4");
  const red = paint("31");
  const yellow = paint("33");
  const dim = paint("2");
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    lines.push(underline(forTerminal(file.displayPath)));
    for (const finding of file.findings) {
      const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      const level = finding.kind === "secret" ? red("secret") : yellow("config");
      lines.push(`  ${where.padEnd(8)} ${level}  ${forTerminal(finding.message)}  ${dim(forTerminal(finding.ruleId))}`);
    }
    lines.push("");
  }
  // Read errors go to stderr (see main.ts); here only the files the size or type rules left out.
  const notices = report.skipped.filter((skipped) => !skipped.isError);
  for (const skipped of notices) lines.push(`${dim("skipped")} ${forTerminal(skipped.displayPath)}: ${forTerminal(skipped.reason)}`);
  if (notices.length > 0) lines.push("");
  const count = findingCount(report);
  const withFindings = report.files.filter((file) => file.findings.length > 0).length;
  const baselined = report.baselined > 0 ? `, ${report.baselined} baselined ${report.baselined === 1 ? "finding" : "findings"} not shown` : "";
  // The files that could not be read are listed on stderr; the summary must not read as a clean run.
  const unread = report.skipped.length - notices.length;
  const unreadNote = unread > 0 ? `, ${unread} ${unread === 1 ? "path" : "paths"} could not be read` : "";
  // (Skipped files are listed above, but a long list scrolls away: the summary counts them.)
  const skippedNote = notices.length > 0 ? `, ${notices.length} skipped` : "";
  const scanned = `${report.filesScanned} ${report.filesScanned === 1 ? "file" : "files"} scanned${skippedNote}${baselined}${unreadNote}`;
  // Nothing read at all is no clean run (the CLI exits 2): "No secrets found" would say it was.
  if (report.filesScanned === 0 && report.skipped.length === 0) lines.push(NOTHING_SCANNED);
  else if (count > 0) {
    lines.push(red(`${count} ${count === 1 ? "finding" : "findings"} in ${withFindings} ${withFindings === 1 ? "file" : "files"}`) + ` (${scanned}).`);
  } else if (unread > 0) lines.push(red(`Scan incomplete: no secrets found in what could be read`) + ` (${scanned}).`);
  // Every file skipped (too large, binary): exit 0, as a hook's staged image is fine, but nothing
  // was checked, which "No secrets found" would hide.
  else if (report.filesScanned === 0) lines.push(`Nothing scanned (${scanned}).`);
  else lines.push(`No secrets found (${scanned}).`);
  return `${lines.join("\n")}\n`;
}
