import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import { knownRules } from "../../engine";
import type { Finding, RuleInfo } from "../../engine";
import type { ScanReport } from "../report";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const FINGERPRINT_KEY = "secretHygiene/v1";
const ROOT = "%SRCROOT%";

function encodePath(displayPath: string): string {
  return displayPath.split("/").map(encodeURIComponent).join("/");
}

/** SARIF's `name` is an identifier-like form of the id: `secretlint/github` → `SecretlintGithub`. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

/** What the rule finds and where it belongs: Key Vault for a secret, App Configuration for a setting. */
function fullDescription(rule: RuleInfo): string {
  if (rule.kind === "config") return `${rule.title}, hardcoded in a file. It is not a secret: keep it in Azure App Configuration rather than in the code.`;
  // Some titles say "Hardcoded" already (`Hardcoded secret`).
  const found = /^hardcoded /i.test(rule.title) ? `${rule.title} in a file` : `${rule.title} hardcoded in a file`;
  return `${found}. Move it to Azure Key Vault and reference it instead.`;
}

function ruleDescriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: fullDescription(rule) },
    helpUri: rule.docsUrl,
    defaultConfiguration: { level: rule.kind === "secret" ? "error" : "note" },
    properties: { tags: ["security", rule.kind], "security-severity": rule.kind === "secret" ? "8.0" : "2.0" },
  };
}

/** A custom rule's own severity when it has one; otherwise secrets are errors and config values notes. */
function resultLevel(finding: Finding): Sarif.Result.level {
  switch (finding.severity) {
    case "error": return "error";
    case "warning": return "warning";
    case "information":
    case "hint": return "note";
    default: return finding.kind === "secret" ? "error" : "note";
  }
}

/**
 * SARIF 2.1.0 for code-scanning services. Paths are relative to `%SRCROOT%` so results are
 * portable; `partialFingerprints` carry our line-free fingerprint so alerts survive edits. No
 * snippet is included: it would contain the secret.
 */
export function formatSarif(report: ScanReport, toolVersion: string): string {
  const rules = knownRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: Sarif.Result[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      let index = ruleIndex.get(finding.ruleId);
      if (index === undefined) {
        index = rules.length;
        rules.push({ id: finding.ruleId, title: finding.ruleId, kind: finding.kind, docsUrl: finding.docsUrl });
        ruleIndex.set(finding.ruleId, index);
      }
      results.push({
        ruleId: finding.ruleId,
        ruleIndex: index,
        level: resultLevel(finding),
        kind: "fail",
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodePath(file.displayPath), uriBaseId: ROOT },
              region: {
                startLine: finding.range.start.line + 1,
                startColumn: finding.range.start.character + 1,
                endLine: finding.range.end.line + 1,
                endColumn: finding.range.end.character + 1,
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
      });
    }
  }
  const notifications: Sarif.Notification[] = report.skipped.map((skipped) => ({
    level: skipped.isError ? "error" : "note",
    message: { text: `${skipped.displayPath}: ${skipped.reason}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(skipped.displayPath), uriBaseId: ROOT } } }],
  }));
  // Mistakes in .secrethygiene.json: the run used the rest of the file.
  const configurationNotifications: Sarif.Notification[] = report.configNotices.map((notice) => ({
    level: notice.severity === "error" ? "error" : "warning",
    message: { text: notice.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: isAbsolute(notice.file) ? { uri: pathToFileURL(notice.file).href } : { uri: encodePath(notice.file), uriBaseId: ROOT },
          region: { startLine: notice.line, startColumn: notice.column },
        },
      },
    ],
  }));
  const rootUri = pathToFileURL(report.rootDirectory).href;
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "secret-hygiene",
            semanticVersion: toolVersion,
            version: toolVersion,
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [ROOT]: { uri: rootUri.endsWith("/") ? rootUri : `${rootUri}/` } },
        invocations: [
          {
            executionSuccessful: !report.skipped.some((skipped) => skipped.isError),
            toolExecutionNotifications: notifications,
            ...(configurationNotifications.length > 0 ? { toolConfigurationNotifications: configurationNotifications } : {}),
          },
        ],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
