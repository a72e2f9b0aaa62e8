import type { ScanReport } from "../report";
import { findingCount } from "../report";

export interface StylishOptions {
  readonly color: boolean;
}

/** ESLint-style text for people: findings grouped by file, one line each, then a summary. */
export function formatStylish(report: ScanReport, options: StylishOptions): string {
  const paint = (code: string) => (text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const underline = paint("4");
  const red = paint("31");
  const yellow = paint("33");
  const dim = paint("2");
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    lines.push(underline(file.displayPath));
    for (const finding of file.findings) {
      const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      const level = finding.kind === "secret" ? red("secret") : yellow("config");
      lines.push(`  ${where.padEnd(8)} ${level}  ${finding.message}  ${dim(finding.ruleId)}`);
    }
    lines.push("");
  }
  // Read errors go to stderr (see main.ts); here only the files the size or type rules left out.
  const notices = report.skipped.filter((skipped) => !skipped.isError);
  for (const skipped of notices) lines.push(`${dim("skipped")} ${skipped.displayPath}: ${skipped.reason}`);
  if (notices.length > 0) lines.push("");
  const count = findingCount(report);
  const withFindings = report.files.filter((file) => file.findings.length > 0).length;
  const baselined = report.baselined > 0 ? `, ${report.baselined} baselined ${report.baselined === 1 ? "finding" : "findings"} not shown` : "";
  const scanned = `${report.filesScanned} ${report.filesScanned === 1 ? "file" : "files"} scanned${baselined}`;
  lines.push(
    count === 0
      ? `No secrets found (${scanned}).`
      : red(`${count} ${count === 1 ? "finding" : "findings"} in ${withFindings} ${withFindings === 1 ? "file" : "files"}`) +
          ` (${scanned}).`,
  );
  return `${lines.join("\n")}\n`;
}
