import type { ScanReport } from "../report";
import { findingCount } from "../report";
import { jsonForTerminal } from "../terminal-text";

/**
 * A stable JSON shape for scripts. Lines and columns are 1-based like every other format we print;
 * the secret appears only as its redacted `preview`.
 */
export function formatJson(report: ScanReport, toolVersion: string): string {
  const findings = report.files.flatMap((file) =>
    file.findings.map((finding) => ({
      file: file.displayPath,
      ruleId: finding.ruleId,
      detectorId: finding.detectorId,
      kind: finding.kind,
      message: finding.message,
      preview: finding.preview,
      fingerprint: finding.fingerprint,
      docsUrl: finding.docsUrl,
      start: { line: finding.range.start.line + 1, column: finding.range.start.character + 1 },
      end: { line: finding.range.end.line + 1, column: finding.range.end.character + 1 },
    })),
  );
  const output = {
    tool: { name: "secret-hygiene", version: toolVersion },
    summary: { filesScanned: report.filesScanned, findings: findingCount(report), skipped: report.skipped.length, baselined: report.baselined },
    findings,
    skipped: report.skipped.map((skipped) => ({ file: skipped.displayPath, reason: skipped.reason, error: skipped.isError })),
    configProblems: report.configNotices,
  };
  return `${jsonForTerminal(JSON.stringify(output, null, 2))}\n`;
}
