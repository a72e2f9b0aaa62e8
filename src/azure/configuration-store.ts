// An App Configuration store's key-values as the rest of Secret Hygiene sees them: read and write a
// setting under a label, list by key and label filters, delete, and store a Key Vault reference
// (what "move this connection string to Key Vault, reference it from App Configuration" writes).
// AppConfigurationStore (the real SDK) and MemoryConfigurationStore (tests) pass one contract suite.
import type { Cancellable } from "./secret-store";

/** App Configuration's content type for a setting that points at a Key Vault secret. */
export const KEY_VAULT_REFERENCE_CONTENT_TYPE = "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8";

/**
 * Whether a setting's content type marks a Key Vault reference: its media type, in any case, with
 * or without parameters. The portal and az write `;charset=utf-8`; a template or script may not,
 * and the parameter is no part of the type.
 */
export function isKeyVaultReferenceContentType(contentType: string | undefined): boolean {
  return contentType?.split(";")[0]!.trim().toLowerCase() === KEY_VAULT_REFERENCE_CONTENT_TYPE.split(";")[0];
}

export interface ConfigurationSetting {
  readonly key: string;
  /** Undefined: the setting has no label (App Configuration's "null label"). */
  readonly label?: string;
  readonly value?: string;
  readonly contentType?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly etag?: string;
  readonly lastModified?: Date;
  /** Locked settings cannot change until unlocked. */
  readonly readOnly: boolean;
  /** For a Key Vault reference: the secret's URI (https://vault.vault.azure.net/secrets/name[/version]). */
  readonly keyVaultSecretUri?: string;
}

export interface SettingInput {
  readonly key: string;
  readonly label?: string;
  /** Undefined: a setting without a value (the service's null), which is not the empty string. */
  readonly value?: string;
  readonly contentType?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * Filters in App Configuration's syntax: `*` for any, `prefix*`, `a,b` for either (at most five),
 * `\*` and `\,` for the characters themselves.
 */
export interface SettingFilter {
  /** Default: every key. */
  readonly key?: string;
  /** Undefined: any label (and none). `null`: only settings without a label. A string: the filter. */
  readonly label?: string | null;
}

/**
 * A conditional write (App Configuration's If-Match / If-None-Match): `{ etag }` writes only if the
 * setting still has this ETag, `"absent"` only if there is no such setting. Otherwise the write
 * fails with kind `changedMeanwhile` and nothing changes, so a value someone else wrote between our
 * read and our write is never overwritten.
 */
export interface WriteOptions extends Cancellable {
  readonly onlyIf?: { readonly etag: string } | "absent";
}

/** A Key Vault reference's write: its conditions, and the setting's tags. */
export interface ReferenceWriteOptions extends WriteOptions {
  readonly tags?: Readonly<Record<string, string>>;
}

/** A conditional delete: only if the setting still has this ETag (otherwise `changedMeanwhile`). */
export interface DeleteOptions extends Cancellable {
  readonly onlyIf?: { readonly etag: string };
}

export interface ConfigurationStore {
  /** The store's canonical endpoint (https://name.azconfig.io). */
  readonly endpoint: string;
  /** The store's name, for messages. */
  readonly storeName: string;

  /** The setting, or undefined when there is none with this key and label. */
  getSetting(key: string, label?: string, options?: Cancellable): Promise<ConfigurationSetting | undefined>;
  /**
   * Creates or replaces the setting; with `onlyIf`, only if it is still as read (else
   * `changedMeanwhile`). A locked setting throws (kind `other`, "read-only").
   */
  setSetting(setting: SettingInput, options?: WriteOptions): Promise<ConfigurationSetting>;
  listSettings(filter?: SettingFilter, options?: Cancellable): AsyncIterable<ConfigurationSetting>;
  /** Every label in use; undefined stands for settings without a label. Page by page, as iterated. */
  listLabels(options?: Cancellable): AsyncIterable<string | undefined>;
  /**
   * True when a setting was deleted, false when there was none. With `onlyIf`, a setting that
   * changed or no longer exists throws `changedMeanwhile` instead.
   */
  deleteSetting(key: string, label?: string, options?: DeleteOptions): Promise<boolean>;
  /** Writes a Key Vault reference: the app resolves the secret at run time through its identity. */
  setKeyVaultReference(key: string, label: string | undefined, secretUri: string, options?: ReferenceWriteOptions): Promise<ConfigurationSetting>;
}

export function describeSetting(key: string, label?: string): string {
  return label === undefined ? `setting '${key}' (no label)` : `setting '${key}' (label '${label}')`;
}
