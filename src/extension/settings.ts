import * as vscode from "vscode";
import { SETTINGS_SECTION, SettingKey } from "./contributions";
import { MAX_ROTATION_DAYS } from "./explorer/health";
import { fileUriOf } from "./notebook-cells";

export type SeveritySetting = "error" | "warning" | "information" | "hint";
/** Configuration values (host names, IP addresses, internal URLs) are advice, never errors. */
export type ConfigValuesSeveritySetting = "information" | "hint" | "off";

/** Every setting, typed and with the defaults package.json declares, read for one resource. */
export interface Settings {
  readonly enable: boolean;
  readonly severity: vscode.DiagnosticSeverity;
  /** Severity of configuration-value findings; undefined when the user switched them off. */
  readonly configSeverity: vscode.DiagnosticSeverity | undefined;
  /** How many configuration values one file lists at most. */
  readonly maxConfigValuesPerFile: number;
  readonly scanOnType: boolean;
  readonly debounceMs: number;
  readonly maxFileSizeBytes: number;
  readonly exclude: readonly string[];
}

const SEVERITIES: Record<SeveritySetting, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A severity name (setting, or a custom rule's own) as VS Code's enum. */
export function toDiagnosticSeverity(name: SeveritySetting): vscode.DiagnosticSeverity {
  return SEVERITIES[name] ?? vscode.DiagnosticSeverity.Warning;
}

function configSeverityOf(setting: ConfigValuesSeveritySetting): vscode.DiagnosticSeverity | undefined {
  if (setting === "off") return undefined;
  return setting === "hint" ? vscode.DiagnosticSeverity.Hint : vscode.DiagnosticSeverity.Information;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/** Reads settings per resource, so folder settings in a multi-root workspace apply to their files. */
/**
 * A notebook cell's settings are its notebook file's: VS Code finds a resource's folder by URI, and
 * no folder holds the cell's `vscode-notebook-cell:` URI (a folder's own settings would not apply).
 */
function settingsScope(scope: vscode.ConfigurationScope | undefined): vscode.ConfigurationScope | undefined {
  if (scope instanceof vscode.Uri) return fileUriOf(scope);
  // A text document, or `{ uri, languageId }`: the language-specific settings still apply.
  if (scope && "languageId" in scope && scope.uri?.scheme === "vscode-notebook-cell") return { uri: fileUriOf(scope.uri), languageId: scope.languageId };
  return scope;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, settingsScope(scope));
  const severity = config.get<SeveritySetting>(SettingKey.severity, "warning");
  return {
    enable: config.get<boolean>(SettingKey.enable, true),
    severity: SEVERITIES[severity] ?? vscode.DiagnosticSeverity.Warning,
    configSeverity: configSeverityOf(config.get<ConfigValuesSeveritySetting>(SettingKey.configValuesSeverity, "information")),
    maxConfigValuesPerFile: Math.round(clamp(config.get<number>(SettingKey.configValuesMaxPerFile, 1000), 1, 100_000)),
    scanOnType: config.get<boolean>(SettingKey.scanOnType, true),
    debounceMs: clamp(config.get<number>(SettingKey.debounceMs, 300), 0, 5000),
    maxFileSizeBytes: clamp(config.get<number>(SettingKey.maxFileSizeKB, 1024), 1, 1024 * 1024) * 1024,
    exclude: config.get<string[]>(SettingKey.exclude, []),
  };
}

export function affectsOurSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SETTINGS_SECTION);
}

/** How moved secrets are stored: the rotation period (the seed: at most 60 days) and whether it is also the expiry. */
export interface SecretSettings {
  readonly rotationDays: number;
  readonly setExpiry: boolean;
}

export function readSecretSettings(scope?: vscode.ConfigurationScope): SecretSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, settingsScope(scope));
  return {
    rotationDays: Math.round(clamp(config.get<number>(SettingKey.secretsRotationDays, MAX_ROTATION_DAYS), 1, MAX_ROTATION_DAYS)),
    setExpiry: config.get<boolean>(SettingKey.secretsSetExpiry, true),
  };
}
