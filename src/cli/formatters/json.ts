import type { Position } from "../../engine";
import type { ScanReport } from "../report";
import { findingCount } from "../report";
import { jsonForTerminal } from "../terminal-text";

/** 1-based, like every other format we print. */
function position(at: Position): { line: number; column: number } {
  return { line: at.line + 1, column: at.character + 1 };
}

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
      // A custom rule's own severity ("warning", "hint"…); built-in rules have none of their own.
      ...(finding.severity !== undefined ? { severity: finding.severity } : {}),
      message: finding.message,
      preview: finding.preview,
      fingerprint: finding.fingerprint,
      docsUrl: finding.docsUrl,
      start: position(finding.range.start),
      end: position(finding.range.end),
      // Where the value is in the document, the setting it is assigned to (what the quick fix names
      // the stored secret from), and the whole connection string it would store.
      ...(finding.keyName !== undefined ? { keyName: finding.keyName } : {}),
      ...(finding.settingName !== undefined ? { settingName: finding.settingName } : {}),
      ...(finding.compound ? { compound: { start: position(finding.compound.start), end: position(finding.compound.end) } } : {}),
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
