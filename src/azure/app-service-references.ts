// App Service's reference syntax, as a value in a .env file holds it: `@Microsoft.KeyVault(…)`
// (a secret) and `@Microsoft.AppConfiguration(…)` (a key-value). Only the text is read here; the
// endpoints are checked, and the values fetched, where the references are resolved (env-file.ts).

/** A Key Vault reference in App Service's syntax, before its endpoint is checked. */
export type KeyVaultReference = { readonly secretUri: string } | { readonly vaultName: string; readonly secretName: string; readonly version?: string };

/**
 * An App Configuration reference in App Service's syntax, before its endpoint is checked:
 * `@Microsoft.AppConfiguration(Endpoint=https://<store>.azconfig.io; Key=<key>; Label=<label>)`,
 * `Label` optional (none, or empty: the key-value without a label).
 */
export interface AppConfigurationReference {
  readonly endpoint: string;
  readonly key: string;
  readonly label?: string;
}

const KEY_VAULT_REFERENCE = /^@Microsoft\.KeyVault\((.*)\)$/i;
const APP_CONFIGURATION_REFERENCE = /^@Microsoft\.AppConfiguration\((.*)\)$/i;

/** Text that was meant as a reference (it starts like one), readable or not. */
export const KEY_VAULT_REFERENCE_START = /^@Microsoft\.KeyVault\b/i;
export const APP_CONFIGURATION_REFERENCE_START = /^@Microsoft\.AppConfiguration\b/i;

/** The `Name=value` parts between the brackets, names in lower case, values trimmed; blank parts skipped. */
function referenceParts(body: string): { readonly name: string; readonly value: string }[] {
  return body
    .split(";")
    .filter((part) => part.trim() !== "")
    .map((part) => {
      const equals = part.indexOf("=");
      return equals > 0 ? { name: part.slice(0, equals).trim().toLowerCase(), value: part.slice(equals + 1).trim() } : { name: "", value: part.trim() };
    });
}

const KEY_VAULT_PARTS = new Set(["secreturi", "vaultname", "secretname", "secretversion"]);

/**
 * The Key Vault reference a value holds, or undefined for anything else: `SecretUri` alone, or
 * `VaultName` and `SecretName` with an optional `SecretVersion`, each once. As strict as the App
 * Configuration one: a misspelt part (`Version=`) or one beside `SecretUri` read past would hand
 * the program the latest version, not the one pinned; a repeated part leaves which one meant.
 */
export function keyVaultReferenceIn(value: string): KeyVaultReference | undefined {
  const match = KEY_VAULT_REFERENCE.exec(value.trim());
  if (!match) return undefined;
  const parts = new Map<string, string>();
  for (const { name, value: partValue } of referenceParts(match[1]!)) {
    if (!KEY_VAULT_PARTS.has(name) || parts.has(name)) return undefined;
    parts.set(name, partValue);
  }
  const secretUri = parts.get("secreturi");
  if (secretUri !== undefined) return secretUri && parts.size === 1 ? { secretUri } : undefined;
  const vaultName = parts.get("vaultname");
  const secretName = parts.get("secretname");
  if (vaultName && secretName) return { vaultName, secretName, version: parts.get("secretversion") || undefined };
  return undefined;
}

const APP_CONFIGURATION_PARTS = new Set(["endpoint", "key", "label"]);

/**
 * The App Configuration reference a value holds, or undefined for anything else. A part it does
 * not know (`Labels=`, a second `Label=`) is no reference at all, since reading past it would
 * hand the program another environment's value, the unlabelled one.
 */
export function appConfigurationReferenceIn(value: string): AppConfigurationReference | undefined {
  const match = APP_CONFIGURATION_REFERENCE.exec(value.trim());
  if (!match) return undefined;
  const parts = new Map<string, string>();
  for (const { name, value: partValue } of referenceParts(match[1]!)) {
    if (!APP_CONFIGURATION_PARTS.has(name) || parts.has(name)) return undefined;
    parts.set(name, partValue);
  }
  const endpoint = parts.get("endpoint");
  const key = parts.get("key");
  if (!endpoint || !key) return undefined;
  const label = parts.get("label");
  return label ? { endpoint, key, label } : { endpoint, key };
}
