// A Key Vault's secrets as the rest of Secret Hygiene sees them: what quick fixes (store a value,
// check a name) and a vault explorer (list, versions, enable, delete, recover, purge, backup) need.
// Two implementations behave the same and pass one contract suite: KeyVaultSecretStore (the real
// SDK) and MemorySecretStore (tests). Every method takes an AbortSignal and throws AzureError only.

/** Metadata of a secret or one of its versions. Never holds the value. */
export interface SecretProperties {
  readonly name: string;
  /** Undefined in lists of secrets, which, like the service's, carry no version. */
  readonly version?: string;
  readonly enabled: boolean;
  readonly contentType?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly createdOn?: Date;
  readonly updatedOn?: Date;
  readonly notBefore?: Date;
  readonly expiresOn?: Date;
  /** Backed by a certificate: Key Vault manages it, and it cannot be set or updated directly. */
  readonly managed: boolean;
  /**
   * What the vault does on delete, as Key Vault reports it on every secret: `Purgeable` (no soft
   * delete), `…Recoverable+Purgeable` (soft delete), `…Recoverable` or `…+ProtectedSubscription`
   * (purge protection too). Undefined when not reported.
   */
  readonly recoveryLevel?: string;
  /** How many days soft delete keeps a deleted secret, when reported. */
  readonly recoverableDays?: number;
}

export interface Secret {
  readonly properties: SecretProperties;
  /** The secret itself: never log it, show it or put it in an error. */
  readonly value: string;
}

export interface DeletedSecretProperties extends SecretProperties {
  readonly deletedOn?: Date;
  /** When soft delete will purge it for good. */
  readonly scheduledPurgeDate?: Date;
}

export interface Cancellable {
  readonly signal?: AbortSignal;
}

export interface SetSecretOptions extends Cancellable {
  readonly contentType?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly enabled?: boolean;
  readonly notBefore?: Date;
  readonly expiresOn?: Date;
}

/** Fields to change; the ones left out keep their value, as Key Vault's PATCH does. */
export interface SecretPropertiesPatch {
  readonly enabled?: boolean;
  readonly contentType?: string;
  readonly tags?: Readonly<Record<string, string>>;
  /** `null` removes the date. */
  readonly notBefore?: Date | null;
  /** `null` removes the expiry. */
  readonly expiresOn?: Date | null;
}

export interface SecretStore {
  /** The vault's canonical URL (https://name.vault.azure.net). */
  readonly vaultUrl: string;
  /** The vault's name, for messages. */
  readonly vaultName: string;

  /** The current version, or the given one; undefined when there is no such secret (or version). */
  getSecret(name: string, options?: Cancellable & { readonly version?: string }): Promise<Secret | undefined>;
  /** Adds a version (or creates the secret). A soft-deleted name throws `conflictDeleted`. */
  setSecret(name: string, value: string, options?: SetSecretOptions): Promise<SecretProperties>;
  /** Every secret's metadata (current version), page by page as it is iterated. */
  listSecrets(options?: Cancellable): AsyncIterable<SecretProperties>;
  /** Every version of one secret, with version ids; nothing for an unknown name. */
  listVersions(name: string, options?: Cancellable): AsyncIterable<SecretProperties>;
  /** Changes one version's metadata (the current one when `version` is undefined). */
  updateProperties(name: string, version: string | undefined, patch: SecretPropertiesPatch, options?: Cancellable): Promise<SecretProperties>;
  /** Deletes every version and waits until the vault reports it deleted (soft delete keeps it). */
  deleteSecret(name: string, options?: Cancellable): Promise<DeletedSecretProperties>;
  getDeletedSecret(name: string, options?: Cancellable): Promise<DeletedSecretProperties | undefined>;
  listDeletedSecrets(options?: Cancellable): AsyncIterable<DeletedSecretProperties>;
  /** Brings a soft-deleted secret back and waits until it is readable. */
  recoverSecret(name: string, options?: Cancellable): Promise<SecretProperties>;
  /** Removes a soft-deleted secret for good. */
  purgeSecret(name: string, options?: Cancellable): Promise<void>;
  /** An opaque, vault-encrypted blob of every version, for restoreSecret. */
  backupSecret(name: string, options?: Cancellable): Promise<Uint8Array>;
  restoreSecret(backup: Uint8Array, options?: Cancellable): Promise<SecretProperties>;
}

/**
 * How far a vault's clock (and its whole-second dates) may be behind ours, when a date it reports
 * is compared with the time a request of ours started.
 */
export const VAULT_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * After a write of `value` to secret `name` failed or lost its answer (a dropped connection, a
 * cancel): the secret's current version when the vault carried the write out anyway, that is, it
 * holds the value, it is not the version current before (`before`), and it was made since the write
 * started; undefined when it was not. Throws when the vault cannot be read. No signal: the caller's
 * may be the cancel that got here.
 */
export async function currentIfWrittenSince(secrets: SecretStore, name: string, value: string, before: SecretProperties | undefined, writeStarted: number): Promise<Secret | undefined> {
  const now = await secrets.getSecret(name);
  const version = now?.properties.version;
  if (!now || now.value !== value || !version || version === before?.version) return undefined;
  const createdOn = now.properties.createdOn?.getTime();
  return createdOn !== undefined && createdOn < writeStarted - VAULT_CLOCK_SKEW_MS ? undefined : now;
}

/** "secret 'name'" for messages. */
export function describeSecret(name: string, version?: string): string {
  return version ? `version ${version} of secret '${name}'` : `secret '${name}'`;
}
