// Secrets as Key Vault puts them on the wire (docs/azure-wire-protocol.md §2): integer Unix-second
// attributes (the SDK does `new Date(x * 1000)`), ids built from the request's own origin (the SDK
// derives the vault URL from them), list items without value and without a version in the id.
import type { DeletedSecretRecord, SecretRecord, SecretVersion, VaultProperties } from "../state";

/** How a deleted secret can come back, from the vault's soft-delete settings. */
export function recoveryLevel(properties: VaultProperties): string {
  if (!properties.enableSoftDelete) return "Purgeable";
  const customized = properties.softDeleteRetentionInDays < 90 ? "Customized" : "";
  return properties.enablePurgeProtection ? `${customized}Recoverable` : `${customized}Recoverable+Purgeable`;
}

function attributes(version: SecretVersion, properties: VaultProperties): Record<string, unknown> {
  const result: Record<string, unknown> = { enabled: version.enabled };
  if (version.notBefore !== undefined) result.nbf = version.notBefore;
  if (version.expires !== undefined) result.exp = version.expires;
  result.created = version.created;
  result.updated = version.updated;
  result.recoveryLevel = recoveryLevel(properties);
  if (properties.enableSoftDelete) result.recoverableDays = properties.softDeleteRetentionInDays;
  return result;
}

export function secretUrl(origin: string, collection: "secrets" | "deletedsecrets" | "keys", name: string, version?: string): string {
  return `${origin}/${collection}/${name}${version === undefined ? "" : `/${version}`}`;
}

/** contentType, tags, kid and managed, as the service adds them after the attributes. */
function metadata(origin: string, record: SecretRecord, version: SecretVersion, withKid: boolean): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if (version.contentType !== undefined) result.contentType = version.contentType;
  if (version.tags !== undefined) result.tags = version.tags;
  if (version.managed) {
    if (withKid) result.kid = secretUrl(origin, "keys", record.name, version.version);
    result.managed = true;
  }
  return result;
}

/** SecretBundle: get and set carry the value; update, recover and restore do not. */
export function secretBundle(origin: string, record: SecretRecord, version: SecretVersion, properties: VaultProperties, includeValue: boolean): Record<string, unknown> {
  return {
    ...(includeValue ? { value: version.value } : {}),
    id: secretUrl(origin, "secrets", record.name, version.version),
    attributes: attributes(version, properties),
    ...metadata(origin, record, version, true),
  };
}

/** SecretItem for `GET /secrets`: the current version's properties, id without version. */
export function secretItem(origin: string, record: SecretRecord, version: SecretVersion, properties: VaultProperties): Record<string, unknown> {
  return { id: secretUrl(origin, "secrets", record.name), attributes: attributes(version, properties), ...metadata(origin, record, version, false) };
}

/** SecretItem for `GET /secrets/{name}/versions`: id with version. */
export function versionItem(origin: string, record: SecretRecord, version: SecretVersion, properties: VaultProperties): Record<string, unknown> {
  return { id: secretUrl(origin, "secrets", record.name, version.version), attributes: attributes(version, properties), ...metadata(origin, record, version, false) };
}

function deletionFields(origin: string, deleted: DeletedSecretRecord): Record<string, unknown> {
  return { recoveryId: secretUrl(origin, "deletedsecrets", deleted.secret.name), deletedDate: deleted.deletedDate, scheduledPurgeDate: deleted.scheduledPurgeDate };
}

export function currentVersion(record: SecretRecord): SecretVersion {
  const version = record.versions[record.versions.length - 1];
  if (!version) throw new Error(`secret ${record.name} has no versions`);
  return version;
}

export function deletedSecretBundle(origin: string, deleted: DeletedSecretRecord, properties: VaultProperties): Record<string, unknown> {
  return { ...deletionFields(origin, deleted), ...secretBundle(origin, deleted.secret, currentVersion(deleted.secret), properties, false) };
}

export function deletedSecretItem(origin: string, deleted: DeletedSecretRecord, properties: VaultProperties): Record<string, unknown> {
  return { ...deletionFields(origin, deleted), ...secretItem(origin, deleted.secret, currentVersion(deleted.secret), properties) };
}
