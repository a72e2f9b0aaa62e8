// The local emulator's info file (the JSON line `dist/emulator.js --info-file` writes): where its
// vaults, stores and Resource Manager listen, and the CA to trust for those loopback connections
// only. Read by the extension (when the user enabled the emulator) and by `secret-hygiene run`
// (when SECRET_HYGIENE_EMULATOR_INFO names the file). Its access keys are never read or shown.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { LocalEmulatorTrust } from "./connection";

/** Set by `npm start` and the tests (and by users) to the info file: it enables the emulator. */
export const EMULATOR_INFO_ENV = "SECRET_HYGIENE_EMULATOR_INFO";

/**
 * Where the emulator writes its info file unless told otherwise, and where the extension looks when
 * `secretHygiene.localEmulator.infoFile` is empty: the same path, so starting the emulator and
 * enabling it is all a user has to do.
 */
export function defaultEmulatorInfoFile(): string {
  return path.join(os.homedir(), ".secret-hygiene", "emulator.json");
}

/**
 * The info file a user named in a setting or the environment. A leading `~/` is their home folder,
 * as the setting's description writes it (no shell expands it there); any other path must be
 * absolute, since a relative one would depend on the folder VS Code happened to start in.
 * `origin` names where the value came from, for the message.
 */
export function emulatorInfoFilePath(named: string, origin: string): { readonly path: string } | { readonly problem: string } {
  const fromHome = /^~(?:$|[/\\])/.exec(named);
  if (fromHome) return { path: path.join(os.homedir(), named.slice(fromHome[0].length)) };
  if (path.isAbsolute(named)) return { path: named };
  return { problem: `${origin} is '${named}', a relative path: give the full path to the emulator's info file, or one starting with ~/ (your home folder).` };
}

export interface EmulatorEndpoints {
  readonly vaults: Readonly<Record<string, string>>;
  readonly appConfig: Readonly<Record<string, { readonly endpoint: string }>>;
  readonly arm: string;
  readonly subscriptionId: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The endpoints and the trust for them, or a sentence saying what is wrong (never the file's contents). */
export function readEmulatorInfo(infoFile: string): { readonly endpoints: EmulatorEndpoints; readonly trust: LocalEmulatorTrust } | string {
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
  const endpoints: EmulatorEndpoints = { vaults, appConfig, arm: info.arm, subscriptionId: typeof info.subscriptionId === "string" ? info.subscriptionId : "" };
  const announced = [...Object.values(vaults), ...Object.values(appConfig).map((store) => store.endpoint), info.arm];
  return { endpoints, trust: { caCertPem, endpoints: announced } };
}
