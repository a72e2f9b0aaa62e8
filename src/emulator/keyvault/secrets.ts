// What a vault does with secrets, independent of HTTP: versions, soft delete, recovery, purge,
// backup and restore, and the eventual-consistency window the real service shows after a delete,
// a recover or a purge (reads keep seeing the old state for a while, the SDK's pollers wait it out;
// a purged name cannot be taken again at once).
import { randomBytes } from "node:crypto";
import type { DeletedSecretRecord, SecretRecord, SecretVersion, VaultState } from "../state";
import { openBackup, sealBackup } from "./backup";
import { keyVaultErrors } from "./errors";

// The service's rule, written here apart from the client's (src/engine/key-vault-names.ts) on purpose.
export const SECRET_NAME = /^[0-9a-zA-Z-]{1,127}$/;
/** The documented limit is 25 KB per value. */
export const MAX_VALUE_BYTES = 25 * 1024;

export interface SecretInput {
  value: string;
  contentType?: string;
  tags?: Record<string, string>;
  enabled?: boolean;
  notBefore?: number;
  expires?: number;
  managed?: boolean;
}

export interface SecretPatch {
  contentType?: string;
  tags?: Record<string, string>;
  enabled?: boolean;
  /** `null` removes the date (an explicit JSON null in a PATCH); undefined leaves it. */
  notBefore?: number | null;
  expires?: number | null;
}

export interface SecretServiceContext {
  /** Unix seconds. */
  now(): number;
  /** Current consistency lag from the fault controller, in ms. */
  lagMs(): number;
  backupKey: Buffer;
  save(): void;
}

/**
 * The window after a delete, a recover or a purge: reads still see the old state (delete, recover),
 * or the name cannot be taken yet (purge).
 */
interface Lagging {
  kind: "delete" | "recover" | "purge";
  untilMs: number;
  live?: SecretRecord;
  deleted?: DeletedSecretRecord;
}

export type DeleteOutcome = { softDeleted: true; deleted: DeletedSecretRecord } | { softDeleted: false; record: SecretRecord };

export function validateSecretName(name: string): void {
  if (!SECRET_NAME.test(name)) {
    // Code recorded; wording not.
    throw keyVaultErrors.badParameter(`The request URI contains an invalid name: ${name}`);
  }
}

/** A certificate's secret: Key Vault sets `managed` on its versions and refuses changes to it. */
function isManaged(record: SecretRecord): boolean {
  return record.versions[record.versions.length - 1]?.managed === true;
}

export function newVersionId(): string {
  return randomBytes(16).toString("hex");
}

export class SecretService {
  private readonly lagging = new Map<string, Lagging>();

  constructor(
    readonly vault: VaultState,
    private readonly context: SecretServiceContext,
  ) {}

  /**
   * A new version (set, or seeding with explicit dates). Refused while the name is deleted, and on a
   * certificate's secret unless the version is the certificate's own (seeding a renewal).
   */
  addVersion(name: string, input: SecretInput, dates: { created?: number; updated?: number; version?: string } = {}): { record: SecretRecord; version: SecretVersion } {
    validateSecretName(name);
    this.purgeExpired();
    const key = name.toLowerCase();
    const lag = this.lag(key)?.kind;
    if (lag === "delete") throw keyVaultErrors.beingDeleted(name);
    if (lag === "recover") throw keyVaultErrors.beingRecovered(name, "set");
    if (lag === "purge") throw keyVaultErrors.beingPurged(name);
    if (this.vault.deletedSecrets[key]) throw keyVaultErrors.deletedButRecoverable(name);
    const existing = this.vault.secrets[key];
    if (existing && isManaged(existing) && !input.managed) throw keyVaultErrors.managedByKeyVault("set");
    if (Buffer.byteLength(input.value, "utf8") > MAX_VALUE_BYTES) throw keyVaultErrors.badParameter(`Secret value exceeds the maximum allowed size of ${MAX_VALUE_BYTES} bytes.`);
    const now = this.context.now();
    const created = dates.created ?? now;
    const version: SecretVersion = {
      version: dates.version ?? newVersionId(),
      value: input.value,
      enabled: input.enabled ?? true,
      created,
      updated: dates.updated ?? created,
      ...(input.contentType !== undefined ? { contentType: input.contentType } : {}),
      ...(input.tags !== undefined ? { tags: input.tags } : {}),
      ...(input.notBefore !== undefined ? { notBefore: input.notBefore } : {}),
      ...(input.expires !== undefined ? { expires: input.expires } : {}),
      ...(input.managed ? { managed: true } : {}),
    };
    const record = (this.vault.secrets[key] ??= { name, versions: [] });
    record.versions.push(version);
    this.context.save();
    return { record, version };
  }

  /** The current version, or the given one. A just-deleted secret stays readable during the lag. */
  get(name: string, versionId?: string): { record: SecretRecord; version: SecretVersion } {
    const key = name.toLowerCase();
    const lag = this.lag(key);
    const record = lag?.kind === "delete" ? lag.live : lag?.kind === "recover" ? undefined : this.vault.secrets[key];
    if (!record) throw keyVaultErrors.secretNotFound(name);
    const version = versionId ? record.versions.find((candidate) => candidate.version === versionId.toLowerCase()) : record.versions[record.versions.length - 1];
    if (!version) throw keyVaultErrors.secretNotFound(versionId ? `${name}/${versionId}` : name);
    return { record, version };
  }

  /** PATCH: only the given fields change; `updated` moves. */
  update(name: string, versionId: string | undefined, patch: SecretPatch): { record: SecretRecord; version: SecretVersion } {
    const record = this.vault.secrets[name.toLowerCase()];
    const version = versionId ? record?.versions.find((candidate) => candidate.version === versionId.toLowerCase()) : record?.versions[record.versions.length - 1];
    if (!record || !version) throw keyVaultErrors.secretNotFound(versionId ? `${name}/${versionId}` : name);
    if (patch.contentType !== undefined) version.contentType = patch.contentType;
    if (patch.tags !== undefined) version.tags = patch.tags;
    if (patch.enabled !== undefined) version.enabled = patch.enabled;
    if (patch.notBefore === null) delete version.notBefore;
    else if (patch.notBefore !== undefined) version.notBefore = patch.notBefore;
    if (patch.expires === null) delete version.expires;
    else if (patch.expires !== undefined) version.expires = patch.expires;
    version.updated = this.context.now();
    this.context.save();
    return { record, version };
  }

  list(): SecretRecord[] {
    return Object.values(this.vault.secrets);
  }

  /** The secret whose versions to list; an unknown name lists nothing (recorded: 200, empty page). */
  versionsOf(name: string): SecretRecord | undefined {
    return this.vault.secrets[name.toLowerCase()];
  }

  delete(name: string): DeleteOutcome {
    this.purgeExpired();
    const key = name.toLowerCase();
    const record = this.vault.secrets[key];
    if (!record) throw keyVaultErrors.secretNotFound(name);
    // Deleting the certificate deletes its secret; the secret alone cannot be.
    if (isManaged(record)) throw keyVaultErrors.managedByKeyVault("delete");
    delete this.vault.secrets[key];
    const { properties } = this.vault;
    if (!properties.enableSoftDelete) {
      this.context.save();
      return { softDeleted: false, record };
    }
    const deletedDate = this.context.now();
    const deleted: DeletedSecretRecord = { secret: record, deletedDate, scheduledPurgeDate: deletedDate + properties.softDeleteRetentionInDays * 86400 };
    this.vault.deletedSecrets[key] = deleted;
    this.startLag(key, { kind: "delete", live: record });
    this.context.save();
    return { softDeleted: true, deleted };
  }

  getDeleted(name: string): DeletedSecretRecord {
    this.purgeExpired();
    const key = name.toLowerCase();
    const lag = this.lag(key);
    const deleted = lag?.kind === "recover" ? lag.deleted : lag?.kind === "delete" ? undefined : this.vault.deletedSecrets[key];
    if (!deleted) throw keyVaultErrors.deletedSecretNotFound(name);
    return deleted;
  }

  listDeleted(): DeletedSecretRecord[] {
    this.purgeExpired();
    return Object.values(this.vault.deletedSecrets);
  }

  purge(name: string): void {
    // Reads still show the deleted secret during a recover, but there is nothing left to purge.
    if (this.lag(name.toLowerCase())?.kind === "recover") throw keyVaultErrors.beingRecovered(name, "purge");
    const deleted = this.getDeleted(name);
    if (this.vault.properties.enablePurgeProtection) throw keyVaultErrors.purgeProtected(deleted.secret.name);
    delete this.vault.deletedSecrets[name.toLowerCase()];
    // Azure/azure-sdk-for-net#26027: after a purge, get and get-deleted both 404, yet a restore of
    // the name gets 409 Conflict for 1–5 s.
    this.startLag(name.toLowerCase(), { kind: "purge" });
    this.context.save();
  }

  recover(name: string): SecretRecord {
    this.purgeExpired();
    const key = name.toLowerCase();
    const deleted = this.lag(key)?.kind === "delete" ? undefined : this.vault.deletedSecrets[key];
    // Recorded: recovering an unknown name answers with the live-secret 404 wording.
    if (!deleted) throw keyVaultErrors.secretNotFound(name);
    delete this.vault.deletedSecrets[key];
    this.vault.secrets[key] = deleted.secret;
    this.startLag(key, { kind: "recover", deleted });
    this.context.save();
    return deleted.secret;
  }

  backup(name: string): Buffer {
    const record = this.vault.secrets[name.toLowerCase()];
    if (!record) throw keyVaultErrors.secretNotFound(name);
    return sealBackup(record, this.context.backupKey);
  }

  /** Restores every version with its ids and dates, as the service does. */
  restore(blob: Buffer): SecretRecord {
    const record = openBackup(blob, this.context.backupKey);
    if (!record) throw keyVaultErrors.malformedBackup();
    this.purgeExpired();
    const key = record.name.toLowerCase();
    if (this.lag(key)?.kind === "purge") throw keyVaultErrors.beingPurged(record.name);
    if (this.vault.deletedSecrets[key]) throw keyVaultErrors.deletedButRecoverable(record.name);
    if (this.vault.secrets[key]) throw keyVaultErrors.alreadyExists(record.name);
    this.vault.secrets[key] = record;
    this.context.save();
    return record;
  }

  private startLag(key: string, lag: Omit<Lagging, "untilMs">): void {
    const ms = this.context.lagMs();
    if (ms > 0) this.lagging.set(key, { ...lag, untilMs: Date.now() + ms });
    else this.lagging.delete(key);
  }

  private lag(key: string): Lagging | undefined {
    const lag = this.lagging.get(key);
    if (lag && lag.untilMs <= Date.now()) {
      this.lagging.delete(key);
      return undefined;
    }
    return lag;
  }

  /** Deleted secrets past their scheduled purge date are gone, as the service purges them itself. */
  private purgeExpired(): void {
    const now = this.context.now();
    let changed = false;
    for (const [key, deleted] of Object.entries(this.vault.deletedSecrets)) {
      if (deleted.scheduledPurgeDate <= now) {
        delete this.vault.deletedSecrets[key];
        changed = true;
      }
    }
    if (changed) this.context.save();
  }
}
