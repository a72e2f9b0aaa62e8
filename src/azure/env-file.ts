// A .env file as "Run with Secrets" (the extension's command and task, and `secret-hygiene run`)
// reads it: KEY=VALUE lines (optional `export`, single or double quotes, `#` comments), which values
// are Key Vault references, and those references resolved through a SecretStore.
import { DOTENV_ASSIGNMENT } from "../engine/dotenv-assignment";
import type { EndpointPolicy } from "./endpoints";
import { AzureError, isAzureError } from "./errors";
import type { SecretStore } from "./secret-store";
import { parseSecretUri } from "./secret-uri";

export interface EnvEntry {
  readonly name: string;
  readonly value: string;
  /** Zero-based line, for messages. */
  readonly line: number;
}

/** A Key Vault reference in App Service's syntax, before its endpoint is checked. */
export type KeyVaultReference = { readonly secretUri: string } | { readonly vaultName: string; readonly secretName: string; readonly version?: string };


/**
 * A quoted value read from `text` at `start` (its opening quote) to its closing quote, across line
 * breaks as dotenv, python-dotenv and Docker Compose read them (a PEM key in double quotes spans
 * lines). In double quotes `\n`, `\r`, `\t`, `\"` and `\\` are escapes; single quotes keep every
 * character. Undefined when the quote never closes.
 */
function quotedValue(text: string, start: number): { value: string; end: number } | undefined {
  const quote = text[start]!;
  let value = "";
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index]!;
    if (char === quote) return { value, end: index + 1 };
    // A raw CRLF inside the quotes is one line break; an escaped `\r\n` is what it says.
    if (char === "\r" && text[index + 1] === "\n") continue;
    if (quote === '"' && char === "\\" && index + 1 < text.length) {
      // (A backslash before a CRLF escapes the line break, as before an LF.)
      if (text[index + 1] === "\r" && text[index + 2] === "\n") index++;
      const next = text[++index]!;
      value += next === "n" ? "\n" : next === "r" ? "\r" : next === "t" ? "\t" : next;
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

const REFERENCE = /^@Microsoft\.KeyVault\((.*)\)$/i;
const REFERENCE_START = /^@Microsoft\.KeyVault\b/i;

/** The reference a value holds, or undefined for a plain value. */
export function keyVaultReferenceIn(value: string): KeyVaultReference | undefined {
  const match = REFERENCE.exec(value.trim());
  if (!match) return undefined;
  const parts = new Map<string, string>();
  for (const part of match[1]!.split(";")) {
    const equals = part.indexOf("=");
    if (equals > 0) parts.set(part.slice(0, equals).trim().toLowerCase(), part.slice(equals + 1).trim());
  }
  const secretUri = parts.get("secreturi");
  if (secretUri) return { secretUri };
  const vaultName = parts.get("vaultname");
  const secretName = parts.get("secretname");
  if (vaultName && secretName) return { vaultName, secretName, version: parts.get("secretversion") || undefined };
  return undefined;
}

/** What a resolved env file gives a child process. */
export interface ResolvedEnvironment {
  /** Every variable of the file, references replaced by their secrets. */
  readonly env: Record<string, string>;
  /** How many variables came from Key Vault. */
  readonly resolved: number;
  /** Names of the vaults read, for messages. */
  readonly vaults: ReadonlySet<string>;
}

/**
 * Resolves the file's Key Vault references with `open` (one store per vault). Every reference's
 * vault passes the endpoint check first, so a committed .env cannot point us at another host.
 * Errors name the file, line and variable, never a value.
 */
export async function resolveEnvFile(
  text: string,
  fileName: string,
  options: { readonly policy: EndpointPolicy; readonly open: (vaultUrl: string) => SecretStore; readonly signal?: AbortSignal },
): Promise<ResolvedEnvironment> {
  const env: Record<string, string> = {};
  const stores = new Map<string, SecretStore>();
  const vaults = new Set<string>();
  let resolved = 0;
  let entries: EnvEntry[];
  try {
    entries = parseEnvFile(text);
  } catch (error) {
    if (error instanceof EnvFileError) throw new AzureError("other", `${fileName}:${error.line} ${error.variable}: ${error.problem}`);
    throw error;
  }
  for (const entry of entries) {
    const reference = keyVaultReferenceIn(entry.value);
    const where = `${fileName}:${entry.line + 1} ${entry.name}`;
    if (!reference) {
      // Meant as a reference but not one (`Secret=` for `SecretName=`, no closing bracket): passed
      // on as text, it would reach the command as its password.
      if (REFERENCE_START.test(entry.value.trim())) {
        throw new AzureError("other", `${where}: not a Key Vault reference that can be read: write @Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/<name>/) or @Microsoft.KeyVault(VaultName=<vault>;SecretName=<name>)`);
      }
      env[entry.name] = entry.value;
      continue;
    }
    try {
      const uri = "secretUri" in reference ? reference.secretUri : `https://${reference.vaultName}.vault.azure.net/secrets/${reference.secretName}/${reference.version ?? ""}`;
      const { vaultUrl, name, version } = parseSecretUri(uri, options.policy);
      let store = stores.get(vaultUrl);
      if (!store) stores.set(vaultUrl, (store = options.open(vaultUrl)));
      const secret = await store.getSecret(name, { version, signal: options.signal });
      if (!secret) throw new AzureError("notFound", `${store.vaultName} has no secret '${name}'${version ? ` version ${version}` : ""}.`);
      env[entry.name] = secret.value;
      vaults.add(store.vaultName);
      resolved++;
    } catch (error) {
      // AzureError messages name vaults, secrets and roles only; anything else is not repeated.
      throw new AzureError(isAzureError(error) ? error.kind : "other", `${where}: ${isAzureError(error) ? error.message : "could not be resolved."}`);
    }
  }
  return { env, resolved, vaults };
}
