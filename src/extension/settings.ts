import * as vscode from "vscode";
import { SETTINGS_SECTION, SettingKey } from "./contributions";

export type SeveritySetting = "error" | "warning" | "information" | "hint";

/** Every setting, typed and with the defaults package.json declares, read for one resource. */
export interface Settings {
  readonly enable: boolean;
  readonly severity: vscode.DiagnosticSeverity;
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

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/** Reads settings per resource, so folder settings in a multi-root workspace apply to their files. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const severity = config.get<SeveritySetting>(SettingKey.severity, "warning");
  return {
    enable: config.get<boolean>(SettingKey.enable, true),
    severity: SEVERITIES[severity] ?? vscode.DiagnosticSeverity.Warning,
    scanOnType: config.get<boolean>(SettingKey.scanOnType, true),
    debounceMs: clamp(config.get<number>(SettingKey.debounceMs, 300), 0, 5000),
    maxFileSizeBytes: clamp(config.get<number>(SettingKey.maxFileSizeKB, 1024), 1, 1024 * 1024) * 1024,
    exclude: config.get<string[]>(SettingKey.exclude, []),
  };
}

export function affectsOurSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SETTINGS_SECTION);
}
