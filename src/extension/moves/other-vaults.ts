// A secret moved out of a file whose path names no environment (the base appsettings.json, `src/`)
// went to the default environment's vault only, yet every environment read it from that file: the
// others now lack it. The move's result says so and names their vaults; its button stores the same
// value under the same name in each, as the move stored it (written, read back), and the message
// names the vaults and the name, never the value. Move All does the same for all its secrets at once.
import type * as vscode from "vscode";
import type { SecretStore } from "../../azure";
import { describeError } from "./move-stopped";
import type { OtherKeyVaultTarget } from "./prepare";
import { storeSecretVerified, type CollisionChoice, type SecretToStore } from "./vault-steps";

/** A secret moved out of a file every environment reads, and how to store it for the app's other environments. */
export interface SharedSecretCopy {
  /** The file it left (`appsettings.json`), for the note. */
  readonly fileName: string;
  /** How the app reads it (`Smtp:Password`, `'Smtp--Password'`): the name is kept in every vault. */
  readonly readAs: string;
  readonly others: readonly OtherKeyVaultTarget[];
  /** What to store for an environment: the same name and value, that environment's tags. */
  readonly secret: (environment: string) => SecretToStore;
}

interface StoreOptions {
  readonly onCollision?: CollisionChoice;
  readonly signal: AbortSignal;
  readonly log: vscode.LogOutputChannel;
}

export interface OthersStored {
  readonly message: string;
  readonly failed: boolean;
}

/** "A, B and C" */
function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "appsettings.json is read in every environment: staging and production now lack X; store it in their vaults too (orders-stg, orders-prod)." */
export function sharedSecretNote(fileName: string, lacking: string | readonly string[], others: readonly { readonly environment: string; readonly vaultName: string }[]): string {
  const keys = typeof lacking === "string" ? [lacking] : lacking;
  if (others.length === 0 || keys.length === 0) return "";
  const one = others.length === 1;
  return `${fileName} is read in every environment: ${listed(others.map((other) => other.environment))} now ${one ? "lacks" : "lack"} ${listed(keys)}; store ${keys.length === 1 ? "it" : "them"} in ${one ? "its vault" : "their vaults"} too (${others.map((other) => other.vaultName).join(", ")}).`;
}

/** The button that stores `copies` in the other environments' vaults: "Store in production's Vault Too" where there is one. */
export function storeOthersButton(copies: readonly SharedSecretCopy[]): string {
  const environments = new Set(copies.flatMap((copy) => copy.others.map((other) => other.environment)));
  return environments.size === 1 ? `Store in ${[...environments][0]}'s Vault Too` : "Store in the Other Environments' Vaults Too";
}

/** The notes of a Move All: one per file left, naming every key it no longer holds. */
export function sharedSecretsNote(copies: readonly SharedSecretCopy[], vaultNameOf: (vaultUrl: string) => string): string {
  const byFile = new Map<string, SharedSecretCopy[]>();
  for (const copy of copies) byFile.set(copy.fileName, [...(byFile.get(copy.fileName) ?? []), copy]);
  return [...byFile]
    .map(([fileName, ofFile]) => sharedSecretNote(fileName, [...new Set(ofFile.map((copy) => copy.readAs))], ofFile[0]!.others.map((other) => ({ environment: other.environment, vaultName: vaultNameOf(other.vaultUrl) }))))
    .join(" ");
}

/** Where one secret went ("orders-prod (production)", ", already there" when it held the value) and where it failed, with why. */
async function storeCopies(secretStore: (vaultUrl: string) => SecretStore, copy: SharedSecretCopy, options: StoreOptions): Promise<{ readonly name: string; readonly stored: readonly string[]; readonly failures: readonly string[] }> {
  const stored: string[] = [];
  const failures: string[] = [];
  let name = "";
  for (const { environment, vaultUrl } of copy.others) {
    let where = environment;
    try {
      const secrets = secretStore(vaultUrl);
      where = `${secrets.vaultName} (${environment})`;
      const toStore = copy.secret(environment);
      name = toStore.name;
      const done = await storeSecretVerified(secrets, toStore, { onCollision: options.onCollision, signal: options.signal, log: options.log, readAs: copy.readAs });
      done.settle();
      stored.push(`${where}${done.reused ? ", already there" : ""}`);
    } catch (error) {
      failures.push(`${where}: ${describeError(error, options.log, "Store for the other environments")}`);
    }
  }
  return { name, stored, failures };
}

/**
 * Stores each of `copies` in each of its other environments' vaults, one after another (a cancel
 * stops the rest, each named as not stored). The name is kept (`readAs`: the file reads the secret
 * by it in every environment); a vault where it holds another value gets a new version only when
 * `onCollision` says so (otherwise the user is asked). One vault that fails is named, and the
 * others and the move stand. Secrets that went to the same vaults are said in one sentence.
 */
export async function storeAllInOtherVaults(secretStore: (vaultUrl: string) => SecretStore, copies: readonly SharedSecretCopy[], options: StoreOptions): Promise<OthersStored> {
  const namesByPlaces = new Map<string, string[]>();
  const failures: string[] = [];
  for (const copy of copies) {
    const result = await storeCopies(secretStore, copy, options);
    if (result.stored.length) {
      const places = result.stored.join("; ");
      namesByPlaces.set(places, [...(namesByPlaces.get(places) ?? []), `'${result.name}'`]);
    }
    failures.push(...result.failures.map((failure) => (copies.length > 1 ? `'${result.name || copy.readAs}' in ${failure}` : failure)));
  }
  const said = [...namesByPlaces].map(([places, names]) => `${listed(names)} ${names.length === 1 ? "is" : "are"} stored in ${places} too.`).join(" ");
  const notSaid = failures.length ? ` Not stored${copies.length > 1 ? ":" : " in"} ${failures.join(" ")}` : "";
  return { message: `${said}${notSaid}`.trim(), failed: failures.length > 0 };
}
