// A .env file as "Run with Secrets" (the extension's command and task, and `secret-hygiene run`)
// reads it: KEY=VALUE lines (optional `export`, single or double quotes, `#` comments), and its
// Key Vault and App Configuration references (App Service's syntax) resolved through a SecretStore
// and a ConfigurationStore.
import { DOTENV_ASSIGNMENT, DOTENV_DOUBLE_QUOTED_ESCAPES } from "../engine/dotenv-assignment";
import {
  APP_CONFIGURATION_REFERENCE_START,
  appConfigurationReferenceIn,
  KEY_VAULT_REFERENCE_START,
  keyVaultReferenceIn,
  type AppConfigurationReference,
} from "./app-service-references";
import { describeSetting, isKeyVaultReferenceContentType, type ConfigurationStore } from "./configuration-store";
import { requireEndpoint, type EndpointPolicy } from "./endpoints";
import { AzureError, isAzureError } from "./errors";
import type { SecretStore } from "./secret-store";
import { parseSecretUri } from "./secret-uri";

export interface EnvEntry {
  readonly name: string;
  readonly value: string;
  /** Zero-based line, for messages. */
  readonly line: number;
}

/**
 * A quoted value read from `text` at `start` (its opening quote) to its closing quote, across line
 * breaks as dotenv, python-dotenv and Docker Compose read them (a PEM key in double quotes spans
 * lines). In double quotes `\n`, `\r`, `\t`, `\"` and `\\` are escapes (DOTENV_DOUBLE_QUOTED_ESCAPES)
 * and any other backslash is kept; single quotes keep every character. Undefined when the quote
 * never closes.
 */
function quotedValue(text: string, start: number): { value: string; end: number } | undefined {
  const quote = text[start]!;
  let value = "";
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index]!;
    if (char === quote) return { value, end: index + 1 };
    // A raw CRLF inside the quotes is one line break; an escaped `\r\n` is what it says.
    if (char === "\r" && text[index + 1] === "\n") continue;
    const escaped = quote === '"' && char === "\\" ? DOTENV_DOUBLE_QUOTED_ESCAPES[text[index + 1] ?? ""] : undefined;
    if (escaped !== undefined) {
      value += escaped;
      index++;
    } else value += char;
  }
  return undefined;
}

/** An unquoted value: to the line's end, less a ` #` comment. */
function bareValue(raw: string): string {
  const text = raw.trim();
  const comment = text.search(/\s#/);
  return (comment === -1 ? text : text.slice(0, comment)).trim();
}

/** A .env file that cannot be read whole: an unclosed quote would pass part of a value on. */
export class EnvFileError extends Error {
  constructor(
    /** One-based. */
    readonly line: number,
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`line ${line} ${variable}: ${problem}`);
  }
}

/**
 * The variables of a .env file, in order. Throws EnvFileError, naming the line and the variable
 * (never a value), when a quoted value never closes.
 */
export function parseEnvFile(text: string): EnvEntry[] {
  const entries: EnvEntry[] = [];
  const lineStarts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lineStarts.push(at + 1);
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length;
    const lineText = text.slice(start, lineEnd).replace(/\r$/, "");
    if (/^\s*(#|$)/.test(lineText)) continue;
    const match = DOTENV_ASSIGNMENT.exec(lineText);
    if (!match) continue;
    const name = match[1]!;
    const raw = lineText.slice(match[0].length);
    const quoteAt = raw.search(/\S/);
    if (quoteAt !== -1 && (raw[quoteAt] === '"' || raw[quoteAt] === "'")) {
      const valueStart = start + lineText.length - raw.length + quoteAt;
      const quoted = quotedValue(text, valueStart);
      if (!quoted) throw new EnvFileError(line + 1, name, `the value's ${raw[quoteAt] === '"' ? "double" : "single"} quote is never closed, so the value cannot be read whole.`);
      entries.push({ name, value: quoted.value, line });
      // A value that spanned lines: go on after the line that closed it.
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! < quoted.end) line++;
      continue;
    }
    entries.push({ name, value: bareValue(raw), line });
  }
  return entries;
}

/** What a resolved env file gives a child process. */
export interface ResolvedEnvironment {
  /** Every variable of the file, references replaced by what they point at. */
  readonly env: Record<string, string>;
  /** How many variables came from a reference, to Key Vault or to App Configuration. */
  readonly resolved: number;
  /** How many of those came from App Configuration references (the rest: Key Vault references). */
  readonly settings: number;
  /** Names of the vaults that Key Vault references read, for messages. */
  readonly vaults: ReadonlySet<string>;
  /** Names of the App Configuration stores read, for messages. */
  readonly stores: ReadonlySet<string>;
}

export interface ResolveOptions {
  readonly policy: EndpointPolicy;
  /** The Key Vault at this (checked, canonical) URL. */
  readonly openVault: (vaultUrl: string) => SecretStore;
  /** The App Configuration store at this (checked, canonical) endpoint. */
  readonly openConfigurationStore: (endpoint: string) => ConfigurationStore;
  readonly signal?: AbortSignal;
}

/**
 * The stores one file's references have opened: one per vault and one per App Configuration
 * store, so their clients (and the credential's tokens) serve every reference to them. Each
 * secret and key-value is read once however many references name it (a `.env` often gives one
 * secret to two variables, and settings may point at the same secret): Microsoft's guidance is
 * to cache what is read rather than ask the vault again.
 */
class OpenedStores {
  private readonly vaults = new Map<string, SecretStore>();
  private readonly stores = new Map<string, ConfigurationStore>();
  private readonly reads = new Map<string, Promise<unknown>>();

  constructor(private readonly options: ResolveOptions) {}

  vault(vaultUrl: string): SecretStore {
    let store = this.vaults.get(vaultUrl);
    if (!store) this.vaults.set(vaultUrl, (store = this.options.openVault(vaultUrl)));
    return store;
  }

  configurationStore(endpoint: string): ConfigurationStore {
    let store = this.stores.get(endpoint);
    if (!store) this.stores.set(endpoint, (store = this.options.openConfigurationStore(endpoint)));
    return store;
  }

  /** `read`'s answer for `key`, asked once per file. (A failure ends the whole resolution, so it is kept too.) */
  once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let pending = this.reads.get(key) as Promise<T> | undefined;
    if (!pending) this.reads.set(key, (pending = read()));
    return pending;
  }
}

/** A secret's value through its URI, whose vault passes the endpoint check first. */
async function secretAt(uri: string, opened: OpenedStores, options: ResolveOptions): Promise<{ value: string; vaultName: string }> {
  const { vaultUrl, name, version } = parseSecretUri(uri, options.policy);
  const store = opened.vault(vaultUrl);
  // (Key Vault's names ignore case: DB-PASSWORD is db-password.)
  const secret = await opened.once(`vault|${vaultUrl}|${name.toLowerCase()}|${version ?? ""}`, () => store.getSecret(name, { version, signal: options.signal }));
  if (!secret) throw new AzureError("notFound", `${store.vaultName} has no secret '${name}'${version ? ` version ${version}` : ""}.`);
  return { value: secret.value, vaultName: store.vaultName };
}

/**
 * A key-value's value, as App Service gives it to the app: the setting's value, or for a Key Vault
 * reference setting the secret it points at (whose vault passes the same endpoint check).
 */
async function settingAt(reference: AppConfigurationReference, opened: OpenedStores, options: ResolveOptions): Promise<{ value: string; storeName: string }> {
  const endpoint = requireEndpoint(reference.endpoint, "appConfiguration", options.policy);
  const store = opened.configurationStore(endpoint.url);
  const { key, label } = reference;
  // (App Configuration's keys and labels are case-sensitive.)
  const setting = await opened.once(`store|${endpoint.url}|${key}|${label ?? "\0"}`, () => store.getSetting(key, label, { signal: options.signal }));
  const subject = `${store.storeName}'s ${describeSetting(key, label)}`;
  if (!setting) throw new AzureError("notFound", `${store.storeName} has no ${describeSetting(key, label)}.`);
  if (isKeyVaultReferenceContentType(setting.contentType)) {
    if (setting.keyVaultSecretUri === undefined) throw new AzureError("other", `${subject} is a Key Vault reference without a secret URI ({"uri": "https://<vault>.vault.azure.net/secrets/<name>"}).`);
    try {
      return { value: (await secretAt(setting.keyVaultSecretUri, opened, options)).value, storeName: store.storeName };
    } catch (error) {
      if (isAzureError(error)) throw new AzureError(error.kind, `${subject} is a Key Vault reference: ${error.message}`);
      throw error;
    }
  }
  // (The service's null value: passed on as "", the program would take it for a value it was given.)
  if (setting.value === undefined) throw new AzureError("notFound", `${subject} has no value.`);
  return { value: setting.value, storeName: store.storeName };
}

/**
 * Refuses a value with a NUL character: an environment variable ends at the first one, and
 * Node's spawn refuses it with an error that quotes the whole value, which a CLI would print.
 */
function refuseNul(value: string, where: string, what: string): void {
  if (value.includes("\0")) throw new AzureError("other", `${where}: ${what} holds a NUL character, which no environment variable can carry.`);
}

const READABLE_KEY_VAULT_FORMS =
  "write @Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/<name>/) or @Microsoft.KeyVault(VaultName=<vault>;SecretName=<name>), with nothing else beside them but, in the second, SecretVersion=<version> (each part once; a version in SecretUri goes after the name: …/secrets/<name>/<version>)";
const READABLE_APP_CONFIGURATION_FORM = "write @Microsoft.AppConfiguration(Endpoint=https://<store>.azconfig.io; Key=<key>; Label=<label>), Label only where the key-value has one";

/**
 * Resolves the file's references: Key Vault references through `openVault`, App Configuration
 * references through `openConfigurationStore` (one store per vault or endpoint). Every vault and
 * endpoint passes the endpoint check first, so a committed .env cannot point us at another host.
 * Errors name the file, line and variable, never a value.
 */
export async function resolveEnvFile(text: string, fileName: string, options: ResolveOptions): Promise<ResolvedEnvironment> {
  const env: Record<string, string> = {};
  const opened = new OpenedStores(options);
  const vaults = new Set<string>();
  const stores = new Set<string>();
  let resolved = 0;
  let settings = 0;
  let entries: EnvEntry[];
  try {
    entries = parseEnvFile(text);
  } catch (error) {
    if (error instanceof EnvFileError) throw new AzureError("other", `${fileName}:${error.line} ${error.variable}: ${error.problem}`);
    throw error;
  }
  // Lines, but not one variable: a file in an encoding that was not read as text, or in another
  // format. Run, the command would get none of what the file was meant to give it.
  if (entries.length === 0 && text.split(/\r?\n/).some((line) => !/^\s*(#|$)/.test(line))) {
    throw new AzureError("other", `${fileName}: no line reads as a variable (NAME=value), so the command would get nothing from this file.`);
  }
  for (const entry of entries) {
    const where = `${fileName}:${entry.line + 1} ${entry.name}`;
    const value = entry.value.trim();
    const secretReference = keyVaultReferenceIn(value);
    const settingReference = secretReference ? undefined : appConfigurationReferenceIn(value);
    if (!secretReference && !settingReference) {
      // Meant as a reference but not one (`Secret=` for `SecretName=`, no closing bracket): passed
      // on as text, it would reach the command as its password or its URL.
      if (KEY_VAULT_REFERENCE_START.test(value)) throw new AzureError("other", `${where}: not a Key Vault reference that can be read: ${READABLE_KEY_VAULT_FORMS}`);
      if (APP_CONFIGURATION_REFERENCE_START.test(value)) throw new AzureError("other", `${where}: not an App Configuration reference that can be read: ${READABLE_APP_CONFIGURATION_FORM}`);
      refuseNul(entry.value, where, "the value");
      env[entry.name] = entry.value;
      continue;
    }
    let fetched: { text: string; is: string };
    try {
      if (secretReference) {
        const uri = "secretUri" in secretReference ? secretReference.secretUri : `https://${secretReference.vaultName}.vault.azure.net/secrets/${secretReference.secretName}/${secretReference.version ?? ""}`;
        const secret = await secretAt(uri, opened, options);
        fetched = { text: secret.value, is: "the secret" };
        vaults.add(secret.vaultName);
      } else {
        const setting = await settingAt(settingReference!, opened, options);
        fetched = { text: setting.value, is: "the setting's value" };
        stores.add(setting.storeName);
        settings++;
      }
      resolved++;
    } catch (error) {
      // AzureError messages name vaults, stores, secrets, keys and roles only; anything else is not repeated.
      throw new AzureError(isAzureError(error) ? error.kind : "other", `${where}: ${isAzureError(error) ? error.message : "could not be resolved."}`);
    }
    refuseNul(fetched.text, where, fetched.is);
    env[entry.name] = fetched.text;
  }
  return { env, resolved, settings, vaults, stores };
}

/** "2 secret(s) from orders-dev and 1 setting(s) from orders-config", for the run's messages. */
export function describeResolved(environment: ResolvedEnvironment): string {
  const secrets = environment.resolved - environment.settings;
  const parts = [
    ...(secrets > 0 ? [`${secrets} secret(s) from ${[...environment.vaults].join(", ")}`] : []),
    ...(environment.settings > 0 ? [`${environment.settings} setting(s) from ${[...environment.stores].join(", ")}`] : []),
  ];
  return parts.length > 0 ? parts.join(" and ") : "nothing from Key Vault or App Configuration";
}
