// The local emulator as the *user* enabled it: the user-level setting (or the environment variable
// `npm start` and the tests set) and the info file the emulator wrote. From these come the loopback
// endpoints we may talk to and the CA we trust for them, never from a workspace file.
import * as vscode from "vscode";
import { defaultEmulatorInfoFile, EMULATOR_INFO_ENV, emulatorInfoFilePath, readEmulatorInfo, type EmulatorEndpoints, type LocalEmulatorTrust } from "../azure";
import { SETTINGS_SECTION, SettingKey } from "./contributions";

export type { EmulatorEndpoints } from "../azure";

export type LocalEmulatorState =
  | { readonly enabled: false }
  | { readonly enabled: true; readonly infoFile: string; readonly problem: string }
  | { readonly enabled: true; readonly infoFile: string; readonly trust: LocalEmulatorTrust; readonly endpoints: EmulatorEndpoints };

/** A user-level value only: `inspect` so that a workspace or folder value can never count. */
function userSetting<T>(key: string): T | undefined {
  const inspected = vscode.workspace.getConfiguration(SETTINGS_SECTION).inspect<T>(key);
  return inspected?.globalValue;
}

/**
 * The emulator's state now. The file is read each time (it is small): the emulator may have been
 * restarted on new ports since the last call.
 */
export function localEmulatorState(): LocalEmulatorState {
  const fromEnvironment = process.env[EMULATOR_INFO_ENV];
  const enabled = Boolean(fromEnvironment) || userSetting<boolean>(SettingKey.localEmulatorEnabled) === true;
  if (!enabled) return { enabled: false };
  const named = fromEnvironment || userSetting<string>(SettingKey.localEmulatorInfoFile);
  let infoFile = defaultEmulatorInfoFile();
  if (named) {
    const resolved = emulatorInfoFilePath(named, fromEnvironment ? EMULATOR_INFO_ENV : `${SETTINGS_SECTION}.${SettingKey.localEmulatorInfoFile}`);
    if ("problem" in resolved) return { enabled: true, infoFile: named, problem: resolved.problem };
    infoFile = resolved.path;
  }
  const read = readEmulatorInfo(infoFile);
  if (typeof read === "string") return { enabled: true, infoFile, problem: read };
  const infoFileNamedBy = fromEnvironment ? EMULATOR_INFO_ENV : `the ${SETTINGS_SECTION}.${SettingKey.localEmulatorInfoFile} setting`;
  return { enabled: true, infoFile, endpoints: read.endpoints, trust: { ...read.trust, infoFileNamedBy } };
}

/** Whether loopback endpoints are allowed at all: the user's choice, whether or not it is running. */
export function isLocalEmulatorEnabled(): boolean {
  return Boolean(process.env[EMULATOR_INFO_ENV]) || userSetting<boolean>(SettingKey.localEmulatorEnabled) === true;
}

/** What decides whether the emulator is offered at all (see ContextKey.emulatorAvailable). */
export interface EmulatorAvailabilityInputs {
  /** The extension runs from a clone (Extension Development Host), where `npm start` runs the emulator. */
  readonly developmentMode: boolean;
  readonly infoFromEnvironment: string | undefined;
  readonly enabledSetting: boolean | undefined;
  readonly infoFileSetting: string | undefined;
}

/**
 * Whether to offer the local emulator: the installed package does not hold it, so only in a
 * development build or once the user has set it up themselves (the environment variable, or
 * either of its user settings).
 */
export function isEmulatorAvailable(inputs: EmulatorAvailabilityInputs): boolean {
  return inputs.developmentMode || Boolean(inputs.infoFromEnvironment) || inputs.enabledSetting === true || Boolean(inputs.infoFileSetting);
}

export function isLocalEmulatorAvailable(developmentMode: boolean): boolean {
  return isEmulatorAvailable({
    developmentMode,
    infoFromEnvironment: process.env[EMULATOR_INFO_ENV],
    enabledSetting: userSetting<boolean>(SettingKey.localEmulatorEnabled),
    infoFileSetting: userSetting<string>(SettingKey.localEmulatorInfoFile),
  });
}
