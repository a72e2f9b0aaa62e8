import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import { knownRules } from "../../engine";
import type { Finding, RuleInfo, TextSpan } from "../../engine";
import { ExitCode, type ScanReport } from "../report";
import { jsonForTerminal } from "../terminal-text";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const FINGERPRINT_KEY = "secretHygiene/v1";
const ROOT = "%SRCROOT%";

function encodePath(displayPath: string): string {
  return displayPath.split("/").map(encodeURIComponent).join("/");
}

/**
 * Where a file is: relative to `%SRCROOT%` when it is below the folder the scan ran from, as an
 * absolute `file:` URI when it is not (`../other/app.js` or another drive would point outside
 * the source root, or nowhere).
 */
function artifactLocation(report: ScanReport, displayPath: string): Sarif.ArtifactLocation {
  if (displayPath !== ".." && !displayPath.startsWith("../") && !isAbsolute(displayPath)) return { uri: encodePath(displayPath), uriBaseId: ROOT };
  return { uri: pathToFileURL(resolve(report.rootDirectory, displayPath)).href };
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

/** What to do about a finding, shown by code-scanning services as the rule's help. */
function helpText(rule: RuleInfo): Sarif.MultiformatMessageString {
  const fix =
    rule.kind === "secret"
      ? "Store the value in the application's Key Vault for this environment and read it from there (a Key Vault reference, or code that reads the secret). Then rotate it: it has been in the repository."
      : "Keep the value in Azure App Configuration (per environment, by label) and read it from there.";
  return { text: `${fullDescription(rule)} ${fix} More: ${rule.docsUrl}`, markdown: `${fullDescription(rule)}\n\n${fix}\n\n[Read more](${rule.docsUrl})` };
}

function ruleDescriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  const level = levelOf(rule.severity, rule.kind);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: fullDescription(rule) },
    help: helpText(rule),
    helpUri: rule.docsUrl,
    defaultConfiguration: { level },
    // GitHub ranks security alerts by security-severity. A configuration value is no security
    // finding (it belongs in App Configuration, not Key Vault): without the tag it is a plain note.
    properties:
      rule.kind === "secret"
        ? { tags: ["security", rule.kind], "security-severity": level === "error" ? "8.0" : level === "warning" ? "5.0" : "2.0" }
        : { tags: ["maintainability", rule.kind] },
  };
}

/** A custom rule's own severity when it has one; otherwise secrets are errors and config values notes. */
function levelOf(severity: Finding["severity"], kind: Finding["kind"]): Sarif.Result.level {
  switch (severity) {
    case "error": return "error";
    case "warning": return "warning";
    case "information":
    case "hint": return "note";
    default: return kind === "secret" ? "error" : "note";
  }
}

/** A span as SARIF's 1-based region. */
function regionOf(span: TextSpan): Sarif.Region {
  return { startLine: span.start.line + 1, startColumn: span.start.character + 1, endLine: span.end.line + 1, endColumn: span.end.character + 1 };
}

/**
 * SARIF 2.1.0 for code-scanning services. Paths are relative to `%SRCROOT%` so results are
 * portable; `partialFingerprints` carry our line-free fingerprint so alerts survive edits. No
 * snippet is included: it would contain the secret.
 * @param exitCode the code the run ends with, which the invocation records: beyond the report's
 * own (scanExitCode), a run that read nothing or whose configuration has errors fails too.
 */
export function formatSarif(report: ScanReport, toolVersion: string, exitCode: number): string {
  const custom = (report.customRules ?? []).filter((rule) => !knownRules().some((known) => known.id === rule.id));
  const rules: RuleInfo[] = [...knownRules(), ...custom];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: Sarif.Result[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      let index = ruleIndex.get(finding.ruleId);
      if (index === undefined) {
        index = rules.length;
        rules.push({ id: finding.ruleId, title: finding.ruleId, kind: finding.kind, docsUrl: finding.docsUrl, ...(finding.severity ? { severity: finding.severity } : {}) });
        ruleIndex.set(finding.ruleId, index);
      }
      results.push({
        ruleId: finding.ruleId,
        ruleIndex: index,
        level: levelOf(finding.severity, finding.kind),
        kind: "fail",
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(report, file.displayPath),
              region: regionOf(finding.range),
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
        properties: {
          kind: finding.kind,
          ...(finding.keyName !== undefined ? { keyName: finding.keyName } : {}),
          ...(finding.settingName !== undefined ? { settingName: finding.settingName } : {}),
          // The whole connection string around the secret, which is stored as one secret.
          ...(finding.compound ? { compoundRegion: regionOf(finding.compound) } : {}),
        },
      });
    }
  }
  const notifications: Sarif.Notification[] = report.skipped.map((skipped) => ({
    level: skipped.isError ? "error" : "note",
    message: { text: `${skipped.displayPath}: ${skipped.reason}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(report, skipped.displayPath) } }],
  }));
  // Mistakes in .secrethygiene.json (the run used the rest of the file) and ignore comments naming no rule.
  const configurationNotifications: Sarif.Notification[] = report.configNotices.map((notice) => ({
    level: notice.severity === "error" ? "error" : "warning",
    message: { text: notice.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(report, notice.file),
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
            // (Findings are a successful run's outcome: only an error is a failed execution.)
            executionSuccessful: exitCode !== ExitCode.Error,
            exitCode,
            toolExecutionNotifications: notifications,
            ...(configurationNotifications.length > 0 ? { toolConfigurationNotifications: configurationNotifications } : {}),
          },
        ],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${jsonForTerminal(JSON.stringify(log, null, 2))}\n`;
}
