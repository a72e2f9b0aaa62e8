// The local emulator as the *user* enabled it: the user-level setting (or the environment variable
// `npm start` and the tests set) and the info file the emulator wrote. From these come the loopback
// endpoints we may talk to and the CA we trust for them, never from a workspace file.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { LocalEmulatorTrust } from "../azure";
import { EMULATOR_INFO_ENV, SETTINGS_SECTION, SettingKey } from "./contributions";

/** What the emulator prints when ready (src/emulator/types.ts EmulatorInfo), as far as we read it. */
export interface EmulatorEndpoints {
  readonly vaults: Readonly<Record<string, string>>;
  readonly appConfig: Readonly<Record<string, { readonly endpoint: string }>>;
  readonly arm: string;
  readonly subscriptionId: string;
}

export type LocalEmulatorState =
  | { readonly enabled: false }
  | { readonly enabled: true; readonly infoFile: string; readonly problem: string }
  | { readonly enabled: true; readonly infoFile: string; readonly trust: LocalEmulatorTrust; readonly endpoints: EmulatorEndpoints };

export const DEFAULT_INFO_FILE = path.join(os.homedir(), ".secret-hygiene", "emulator.json");

/** A user-level value only: `inspect` so that a workspace or folder value can never count. */
function userSetting<T>(key: string): T | undefined {
  const inspected = vscode.workspace.getConfiguration(SETTINGS_SECTION).inspect<T>(key);
  return inspected?.globalValue;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads and checks the info file; a message (never its contents: it holds access keys) when unusable. */
function readInfoFile(infoFile: string): { endpoints: EmulatorEndpoints; caCertPem: string } | string {
  let text: string;
  try {
    text = fs.readFileSync(infoFile, "utf8");
  } catch {
    return `The local emulator is enabled, but ${infoFile} does not exist: start it with 'npm start' or 'node dist/emulator.js --info-file ${infoFile}'.`;
  }
  let info: unknown;
  try {
    info = JSON.parse(text);
  } catch {
    return `${infoFile} is not the emulator's info file (not JSON).`;
  }
  if (!isRecord(info) || !isRecord(info.vaults) || !isRecord(info.appConfig) || typeof info.arm !== "string" || typeof info.caCertPath !== "string") {
    return `${infoFile} is not the emulator's info file (vaults, appConfig, arm or caCertPath missing).`;
  }
  let caCertPem: string;
  try {
    caCertPem = fs.readFileSync(info.caCertPath, "utf8");
  } catch {
    return `The emulator's CA certificate ${info.caCertPath} is missing: restart the emulator.`;
  }
  const vaults = Object.fromEntries(Object.entries(info.vaults).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const appConfig = Object.fromEntries(
    Object.entries(info.appConfig).flatMap(([name, store]) => (isRecord(store) && typeof store.endpoint === "string" ? [[name, { endpoint: store.endpoint }]] : [])),
  );
  const subscriptionId = typeof info.subscriptionId === "string" ? info.subscriptionId : "";
  return { endpoints: { vaults, appConfig, arm: info.arm, subscriptionId }, caCertPem };
}

/**
 * The emulator's state now. The file is read each time (it is small): the emulator may have been
 * restarted on new ports since the last call.
 */
export function localEmulatorState(): LocalEmulatorState {
  const fromEnvironment = process.env[EMULATOR_INFO_ENV];
  const enabled = Boolean(fromEnvironment) || userSetting<boolean>(SettingKey.localEmulatorEnabled) === true;
  if (!enabled) return { enabled: false };
  const infoFile = fromEnvironment || userSetting<string>(SettingKey.localEmulatorInfoFile) || DEFAULT_INFO_FILE;
  const read = readInfoFile(infoFile);
  if (typeof read === "string") return { enabled: true, infoFile, problem: read };
  const announced = [...Object.values(read.endpoints.vaults), ...Object.values(read.endpoints.appConfig).map((store) => store.endpoint), read.endpoints.arm];
  return { enabled: true, infoFile, endpoints: read.endpoints, trust: { caCertPem: read.caCertPem, endpoints: announced } };
}

/** Whether loopback endpoints are allowed at all: the user's choice, whether or not it is running. */
export function isLocalEmulatorEnabled(): boolean {
  return Boolean(process.env[EMULATOR_INFO_ENV]) || userSetting<boolean>(SettingKey.localEmulatorEnabled) === true;
}
