// The vault explorer's settings, typed, with the defaults package.json declares.
import * as vscode from "vscode";
import { SETTINGS_SECTION, SettingKey } from "../contributions";
import { readSecretSettings } from "../settings";

export interface ExplorerSettings {
  readonly expiringSoonDays: number;
  /** Secrets or settings loaded per batch ("Load more…"). */
  readonly pageSize: number;
  readonly clipboardClearSeconds: number;
  /** The default rotation period (secretHygiene.secrets.rotationDays). */
  readonly rotationDays: number;
}

function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? Math.round(Math.min(max, Math.max(min, value))) : fallback;
}

export function readExplorerSettings(scope?: vscode.ConfigurationScope): ExplorerSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return {
    expiringSoonDays: clamp(config.get<number>(SettingKey.explorerExpiringSoonDays, 14), 1, 365, 14),
    pageSize: clamp(config.get<number>(SettingKey.explorerPageSize, 100), 10, 1000, 100),
    clipboardClearSeconds: clamp(config.get<number>(SettingKey.explorerClipboardClearSeconds, 20), 1, 300, 20),
    rotationDays: readSecretSettings(scope).rotationDays,
  };
}

export function affectsExplorer(event: vscode.ConfigurationChangeEvent): boolean {
  return ["explorer", "secrets.rotationDays", "localEmulator", "azure.credential"].some((key) => event.affectsConfiguration(`${SETTINGS_SECTION}.${key}`));
}
