import * as vscode from "vscode";
import type { Finding, UnknownIgnoredRule } from "../engine";
import { DIAGNOSTIC_SOURCE, SETTINGS_SECTION, SettingKey } from "./contributions";
import { toDiagnosticSeverity } from "./settings";

/** Diagnostics whose severity the rule set (a custom rule's `severity`): the setting leaves them be. */
const ruleSeverities = new WeakSet<vscode.Diagnostic>();

export function hasRuleSeverity(diagnostic: vscode.Diagnostic): boolean {
  return ruleSeverities.has(diagnostic);
}

export function toRange(finding: Finding): vscode.Range {
  const { start, end } = finding.range;
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

/**
 * The diagnostics that are findings (made by {@link toDiagnostic}): what quick fixes and "Move
 * all" act on. Our other diagnostics (a policy file's problems, a vault mapping's, an ignore
 * comment's unknown rule, the note on unlisted configuration values) are not, whatever their code.
 */
const findingDiagnostics = new WeakSet<vscode.Diagnostic>();

export function isFindingDiagnostic(diagnostic: vscode.Diagnostic): boolean {
  return findingDiagnostics.has(diagnostic);
}

/** Configuration-value diagnostics, which take the configValues.severity setting. */
const configDiagnostics = new WeakSet<vscode.Diagnostic>();

export function isConfigDiagnostic(diagnostic: vscode.Diagnostic): boolean {
  return configDiagnostics.has(diagnostic);
}

/**
 * One finding as a Problems entry: on the value itself, joined to its rule's documentation.
 * @param severity for secrets; @param configSeverity for configuration values
 */
export function toDiagnostic(finding: Finding, severity: vscode.DiagnosticSeverity, configSeverity = vscode.DiagnosticSeverity.Information): vscode.Diagnostic {
  const isConfig = finding.kind === "config";
  const defaultSeverity = isConfig ? configSeverity : severity;
  const diagnostic = new vscode.Diagnostic(toRange(finding), finding.message, finding.severity ? toDiagnosticSeverity(finding.severity) : defaultSeverity);
  if (finding.severity) ruleSeverities.add(diagnostic);
  if (isConfig) configDiagnostics.add(diagnostic);
  findingDiagnostics.add(diagnostic);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.docsUrl) };
  return diagnostic;
}

/**
 * The note that stands for the configuration values a file does not list, at the first of them.
 * It has no code (no quick fix applies) and counts as a configuration value: it takes their
 * severity and goes away with them.
 */
export function omittedConfigValuesDiagnostic(firstOmitted: Finding, omitted: number, listed: number, configSeverity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const count = (n: number) => n.toLocaleString("en-US");
  const diagnostic = new vscode.Diagnostic(
    toRange(firstOmitted),
    `${count(omitted)} more configuration value(s) in this file are not listed: the first ${count(listed)} are (setting ${SETTINGS_SECTION}.${SettingKey.configValuesMaxPerFile}).`,
    configSeverity,
  );
  configDiagnostics.add(diagnostic);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

/** The rule id of a diagnostic made by {@link toDiagnostic} (its code, linked to the rule's documentation). */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === "object" ? String(code.value) : String(code);
}

/**
 * A warning on a rule id in an ignore comment that names no rule. No code, so nothing takes it
 * for a finding; its one quick fix writes the rule it most likely means (suggestedRuleIdOf).
 */
export function unknownIgnoredRuleDiagnostic(unknown: UnknownIgnoredRule): vscode.Diagnostic {
  const { start, end } = unknown.range;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), unknown.message, vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  if (unknown.suggestion) suggestedRuleIds.set(diagnostic, { suggestion: unknown.suggestion, written: unknown.ruleId });
  return diagnostic;
}

/** The rule an unknown id in an ignore comment most likely means, and the id as written, for the quick fix. */
const suggestedRuleIds = new WeakMap<vscode.Diagnostic, { readonly suggestion: string; readonly written: string }>();

/**
 * The rule the diagnostic's unknown id most likely means, when the document still has that id at
 * the diagnostic's range: diagnostics do not follow edits until the next scan, and replacing a
 * range that moved would write the rule into the middle of other text.
 */
export function suggestedRuleIdOf(diagnostic: vscode.Diagnostic, document: vscode.TextDocument): string | undefined {
  const fix = suggestedRuleIds.get(diagnostic);
  return fix && document.getText(diagnostic.range) === fix.written ? fix.suggestion : undefined;
}
