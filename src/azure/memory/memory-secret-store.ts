// An in-memory SecretStore that behaves like a soft-delete-enabled Key Vault through the SDK:
// versions, case-insensitive names, 403 on a disabled version, 409 on a soft-deleted name, purge,
// opaque backups. The contract suite (test/azure) runs the same tests on it and on KeyVaultSecretStore
// against the emulator, so code tested with this fake behaves the same against Azure.
import { randomBytes } from "node:crypto";
import { isKeyVaultSecretName } from "../../engine/key-vault-names";
import type { RetrySettings } from "../connection";
import { AzureError, conflictDeletedError, forbiddenError, notFoundError, type AccessNeeded, type AzureOperation } from "../errors";
import {
  describeSecret,
  type Cancellable,
  type DeletedSecretProperties,
  type Secret,
  type SecretProperties,
  type SecretPropertiesPatch,
  type SecretStore,
  type SetSecretOptions,
} from "../secret-store";
import { SimulatedConditions } from "./simulated-conditions";

const BACKUP_MARKER = "secret-hygiene-memory-backup";

interface StoredVersion {
  version: string;
  value: string;
  enabled: boolean;
  contentType?: string;
  tags: Record<string, string>;
  createdOn: Date;
  updatedOn: Date;
  notBefore?: Date;
  expiresOn?: Date;
}

interface StoredSecret {
  name: string;
  /** Oldest first; the last one is current. */
  versions: StoredVersion[];
}

interface DeletedRecord {
  secret: StoredSecret;
  deletedOn: Date;
  scheduledPurgeDate: Date;
}

export interface MemorySecretStoreOptions {
  readonly vaultName?: string;
  /** Days a deleted secret stays recoverable (the vault's softDeleteRetentionInDays). */
  readonly retentionDays?: number;
  /** Retries the fake's simulated faults ride out, as the SDK's would. */
  readonly retry?: RetrySettings;
}

/** Whole seconds, as Key Vault keeps its dates. */
function now(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}

function copyVersion(version: StoredVersion): StoredVersion {
  return { ...version, tags: { ...version.tags } };
}

export class MemorySecretStore implements SecretStore {
  readonly vaultName: string;
  readonly vaultUrl: string;
  /** Faults and access, switched on by tests. */
  readonly conditions: SimulatedConditions;
  private readonly secrets = new Map<string, StoredSecret>();
  private readonly deleted = new Map<string, DeletedRecord>();
  private readonly retentionDays: number;

  constructor(options: MemorySecretStoreOptions = {}) {
    this.vaultName = options.vaultName ?? "memory-vault";
    this.vaultUrl = `https://${this.vaultName}.vault.azure.net`;
    this.retentionDays = options.retentionDays ?? 90;
    this.conditions = new SimulatedConditions(options.retry);
  }

  async getSecret(name: string, options: Cancellable & { version?: string } = {}): Promise<Secret | undefined> {
    const operation = this.operation("read", describeSecret(name, options.version));
    await this.conditions.before(operation, options.signal);
    this.validateName(name, operation);
    const secret = this.secrets.get(name.toLowerCase());
    const version = options.version ? secret?.versions.find((candidate) => candidate.version === options.version!.toLowerCase()) : secret?.versions.at(-1);
    if (!secret || !version) return undefined;
    if (!version.enabled) throw forbiddenError(operation, "SecretDisabled");
    return { properties: this.properties(secret.name, version, true), value: version.value };
  }

  async setSecret(name: string, value: string, options: SetSecretOptions = {}): Promise<SecretProperties> {
    const operation = this.operation("write", describeSecret(name));
    await this.conditions.before(operation, options.signal);
    this.validateName(name, operation);
    const key = name.toLowerCase();
    if (this.deleted.has(key)) throw conflictDeletedError(operation);
    const created = now();
    const version: StoredVersion = {
      version: randomBytes(16).toString("hex"),
      value,
      enabled: options.enabled ?? true,
      contentType: options.contentType,
      tags: { ...options.tags },
      createdOn: created,
      updatedOn: created,
      notBefore: options.notBefore && new Date(Math.floor(options.notBefore.getTime() / 1000) * 1000),
      expiresOn: options.expiresOn && new Date(Math.floor(options.expiresOn.getTime() / 1000) * 1000),
    };
    let secret = this.secrets.get(key);
    if (!secret) {
      secret = { name, versions: [] };
      this.secrets.set(key, secret);
    }
    secret.versions.push(version);
    return this.properties(secret.name, version, true);
  }

  async *listSecrets(options: Cancellable = {}): AsyncIterable<SecretProperties> {
    await this.conditions.before(this.operation("read", "the list of secrets"), options.signal);
    for (const secret of [...this.secrets.values()]) yield this.properties(secret.name, secret.versions.at(-1)!, false);
  }

  async *listVersions(name: string, options: Cancellable = {}): AsyncIterable<SecretProperties> {
    const operation = this.operation("read", `the versions of ${describeSecret(name)}`);
    await this.conditions.before(operation, options.signal);
    this.validateName(name, operation);
    for (const version of [...(this.secrets.get(name.toLowerCase())?.versions ?? [])]) yield this.properties(name, version, true);
  }

  async updateProperties(name: string, version: string | undefined, patch: SecretPropertiesPatch, options: Cancellable = {}): Promise<SecretProperties> {
    const operation = this.operation("write", describeSecret(name, version));
    await this.conditions.before(operation, options.signal);
    this.validateName(name, operation);
    const secret = this.secrets.get(name.toLowerCase());
    const target = version ? secret?.versions.find((candidate) => candidate.version === version.toLowerCase()) : secret?.versions.at(-1);
    if (!secret || !target) throw notFoundError(operation);
    if (patch.enabled !== undefined) target.enabled = patch.enabled;
    if (patch.contentType !== undefined) target.contentType = patch.contentType;
    if (patch.tags !== undefined) target.tags = { ...patch.tags };
    // Whole seconds, as the service keeps them; null removes the date.
    const seconds = (date: Date | null) => (date === null ? undefined : new Date(Math.floor(date.getTime() / 1000) * 1000));
    if (patch.notBefore !== undefined) target.notBefore = seconds(patch.notBefore);
    if (patch.expiresOn !== undefined) target.expiresOn = seconds(patch.expiresOn);
    target.updatedOn = now();
    return this.properties(secret.name, target, true);
  }

  async deleteSecret(name: string, options: Cancellable = {}): Promise<DeletedSecretProperties> {
    const operation = this.operation("write", describeSecret(name));
    await this.conditions.before(operation, options.signal);
    this.validateName(name, operation);
    const key = name.toLowerCase();
    const secret = this.secrets.get(key);
    if (!secret) throw notFoundError(operation);
    this.secrets.delete(key);
    const deletedOn = now();
    const record: DeletedRecord = { secret, deletedOn, scheduledPurgeDate: new Date(deletedOn.getTime() + this.retentionDays * 86_400_000) };
    this.deleted.set(key, record);
    return this.deletedProperties(record, true);
  }

  async getDeletedSecret(name: string, options: Cancellable = {}): Promise<DeletedSecretProperties | undefined> {
    const operation = this.operation("read", `deleted ${describeSecret(name)}`);
    await this.conditions.before(operation, options.signal);
    this.validateName(name, operation);
    const record = this.deleted.get(name.toLowerCase());
    return record && this.deletedProperties(record, true);
  }

  async *listDeletedSecrets(options: Cancellable = {}): AsyncIterable<DeletedSecretProperties> {
    await this.conditions.before(this.operation("read", "the list of deleted secrets"), options.signal);
    for (const record of [...this.deleted.values()]) yield this.deletedProperties(record, false);
  }

  async recoverSecret(name: string, options: Cancellable = {}): Promise<SecretProperties> {
    const operation = this.operation("write", `deleted ${describeSecret(name)}`);
    await this.conditions.before(operation, options.signal);
    this.validateName(name, operation);
    const key = name.toLowerCase();
    const record = this.deleted.get(key);
    if (!record) throw notFoundError(operation);
    this.deleted.delete(key);
    this.secrets.set(key, record.secret);
    return this.properties(record.secret.name, record.secret.versions.at(-1)!, true);
  }

  async purgeSecret(name: string, options: Cancellable = {}): Promise<void> {
    const operation = { ...this.operation("write", `deleted ${describeSecret(name)}`), permissions: "Purge" };
    await this.conditions.before(operation, options.signal);
    this.validateName(name, operation);
    if (!this.deleted.delete(name.toLowerCase())) throw notFoundError(operation);
  }

  async backupSecret(name: string, options: Cancellable = {}): Promise<Uint8Array> {
    // A write in Azure RBAC, as KeyVaultSecretStore says.
    const operation = { ...this.operation("write", describeSecret(name)), permissions: "Backup" };
    await this.conditions.before(operation, options.signal);
    this.validateName(name, operation);
    const secret = this.secrets.get(name.toLowerCase());
    if (!secret) throw notFoundError(operation);
    // Opaque to callers, like the service's blob; values stay inside it, as in a real backup.
    return new TextEncoder().encode(Buffer.from(JSON.stringify({ marker: BACKUP_MARKER, secret })).toString("base64"));
  }

  async restoreSecret(backup: Uint8Array, options: Cancellable = {}): Promise<SecretProperties> {
    const operation = { ...this.operation("write", "the restored secret"), permissions: "Restore" };
    await this.conditions.before(operation, options.signal);
    const secret = this.openBackup(backup, operation);
    const key = secret.name.toLowerCase();
    const named = { ...operation, subject: describeSecret(secret.name) };
    if (this.deleted.has(key)) throw conflictDeletedError(named);
    if (this.secrets.has(key)) throw new AzureError("other", `Secret '${secret.name}' already exists in Key Vault '${this.vaultName}'.`, { service: "keyVault", statusCode: 409, code: "Conflict" });
    this.secrets.set(key, secret);
    return this.properties(secret.name, secret.versions.at(-1)!, true);
  }

  private openBackup(backup: Uint8Array, operation: AzureOperation): StoredSecret {
    try {
      const parsed = JSON.parse(Buffer.from(new TextDecoder().decode(backup), "base64").toString("utf8")) as { marker?: string; secret?: StoredSecret };
      if (parsed.marker === BACKUP_MARKER && parsed.secret) {
        const { name, versions } = parsed.secret;
        return {
          name,
          versions: versions.map((version) => ({
            ...copyVersion(version),
            createdOn: new Date(version.createdOn),
            updatedOn: new Date(version.updatedOn),
            notBefore: version.notBefore && new Date(version.notBefore),
            expiresOn: version.expiresOn && new Date(version.expiresOn),
          })),
        };
      }
    } catch {
      // Reported below, as the service reports a corrupt blob.
    }
    throw new AzureError("other", `Key Vault '${this.vaultName}' answered 400 (Malformed backup blob): Backup blob contains invalid or corrupt version.`, {
      service: operation.service,
      statusCode: 400,
    });
  }

  private validateName(name: string, operation: AzureOperation): void {
    if (!isKeyVaultSecretName(name)) {
      throw new AzureError("other", `Key Vault '${this.vaultName}' answered 400 (BadParameter): The request URI contains an invalid name: ${name}`, {
        service: operation.service,
        statusCode: 400,
        code: "BadParameter",
      });
    }
  }

  private properties(name: string, version: StoredVersion, withVersion: boolean): SecretProperties {
    return {
      name,
      version: withVersion ? version.version : undefined,
      enabled: version.enabled,
      contentType: version.contentType,
      tags: { ...version.tags },
      createdOn: version.createdOn,
      updatedOn: version.updatedOn,
      notBefore: version.notBefore,
      expiresOn: version.expiresOn,
      managed: false,
    };
  }

  /** With the current version's id for delete and get; without one in lists, as the service does. */
  private deletedProperties(record: DeletedRecord, withVersion: boolean): DeletedSecretProperties {
    return { ...this.properties(record.secret.name, record.secret.versions.at(-1)!, withVersion), deletedOn: record.deletedOn, scheduledPurgeDate: record.scheduledPurgeDate };
  }

  private operation(access: AccessNeeded, subject: string): AzureOperation {
    return { service: "keyVault", resource: this.vaultName, subject, access };
  }
}
