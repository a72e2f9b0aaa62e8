// The emulator's whole state as one plain JSON-serialisable object, so persistence is a
// JSON.stringify away. Services mutate it in place and then ask the store to save.
import { randomBytes, randomUUID } from "node:crypto";

/** One version of a secret. Times are Unix seconds, as on the wire. */
export interface SecretVersion {
  version: string;
  value: string;
  contentType?: string;
  tags?: Record<string, string>;
  enabled: boolean;
  notBefore?: number;
  expires?: number;
  created: number;
  updated: number;
  /** Certificate-backed secret: the service sets `managed` and a `kid`. */
  managed?: boolean;
}

export interface SecretRecord {
  /** The name as first created; lookups are case-insensitive like the service's. */
  name: string;
  /** Oldest first; the last one is the current version. */
  versions: SecretVersion[];
}

export interface DeletedSecretRecord {
  secret: SecretRecord;
  deletedDate: number;
  scheduledPurgeDate: number;
}

/** The ARM properties of a vault that the data plane or a health check cares about. */
export interface VaultProperties {
  location: string;
  resourceGroup: string;
  tags: Record<string, string>;
  sku: "standard" | "premium";
  enableSoftDelete: boolean;
  softDeleteRetentionInDays: number;
  enablePurgeProtection: boolean;
  enableRbacAuthorization: boolean;
  publicNetworkAccess: "Enabled" | "Disabled";
  /** The firewall. Absent: none (the service omits it too), so every network may connect. */
  networkAcls?: VaultNetworkAcls;
}

/** A vault's firewall as ARM shows it; rules are kept as given (IP ranges, subnet ids). */
export interface VaultNetworkAcls {
  defaultAction: "Allow" | "Deny";
  bypass: "AzureServices" | "None";
  ipRules: string[];
  virtualNetworkRules: string[];
}

export interface VaultState {
  name: string;
  createdAt: string;
  properties: VaultProperties;
  /** Keyed by lower-cased secret name. */
  secrets: Record<string, SecretRecord>;
  deletedSecrets: Record<string, DeletedSecretRecord>;
}

export interface StoredSetting {
  key: string;
  label: string | null;
  value: string | null;
  contentType: string | null;
  tags: Record<string, string>;
  locked: boolean;
  etag: string;
  /** ISO 8601. */
  lastModified: string;
}

/** A setting as it was after one write; `sequence` orders revisions newest-first across pages. */
export interface StoredRevision extends StoredSetting {
  sequence: number;
}

export interface SnapshotFilter {
  key: string;
  /** Absent: the null label. */
  label?: string;
  tags?: string[];
}

/** A frozen set of key-values; `items` are copies taken when it was created. */
export interface StoredSnapshot {
  name: string;
  status: "provisioning" | "ready" | "archived";
  filters: SnapshotFilter[];
  compositionType: "key" | "key_label";
  /** ISO 8601. */
  created: string;
  /** ISO 8601; set while archived. */
  expires?: string;
  retentionPeriod: number;
  tags: Record<string, string>;
  description?: string;
  etag: string;
  items: StoredSetting[];
}

export interface AccessKey {
  name: string;
  id: string;
  /** Base64, as in the connection string. */
  secret: string;
  readOnly: boolean;
  lastModified: string;
}

export interface StoreState {
  name: string;
  createdAt: string;
  location: string;
  resourceGroup: string;
  accessKeys: AccessKey[];
  /** Keyed by `settingId(key, label)`. */
  settings: Record<string, StoredSetting>;
  /** Every write, newest last (the service keeps them for 7 or 30 days; we keep the last 1000). */
  revisions: StoredRevision[];
  syncTokenId: string;
  syncSequence: number;
  /** Keyed by snapshot name. Optional: data files written before snapshots existed lack it. */
  snapshots?: Record<string, StoredSnapshot>;
}

export interface EmulatorState {
  formatVersion: 1;
  subscriptionId: string;
  tenantId: string;
  /** Base64 AES-256 key that seals Key Vault backup blobs, so they stay opaque and restorable after a restart. */
  backupKey: string;
  /** Keyed by lower-cased vault name. */
  vaults: Record<string, VaultState>;
  /** Keyed by lower-cased store name. */
  stores: Record<string, StoreState>;
}

export const DEFAULT_RESOURCE_GROUP = "secret-hygiene-emulator";
export const DEFAULT_LOCATION = "westeurope";
export const MAX_REVISIONS = 1000;

export function createEmptyState(): EmulatorState {
  return {
    formatVersion: 1,
    subscriptionId: randomUUID(),
    tenantId: randomUUID(),
    backupKey: randomBytes(32).toString("base64"),
    vaults: {},
    stores: {},
  };
}

export function defaultVaultProperties(): VaultProperties {
  // What `az keyvault create` gives today: soft delete for 90 days, RBAC, public access.
  return {
    location: DEFAULT_LOCATION,
    resourceGroup: DEFAULT_RESOURCE_GROUP,
    tags: {},
    sku: "standard",
    enableSoftDelete: true,
    softDeleteRetentionInDays: 90,
    enablePurgeProtection: false,
    enableRbacAuthorization: true,
    publicNetworkAccess: "Enabled",
  };
}

export function createVault(name: string, properties: Partial<VaultProperties> = {}): VaultState {
  return {
    name,
    createdAt: new Date().toISOString(),
    properties: { ...defaultVaultProperties(), ...properties },
    secrets: {},
    deletedSecrets: {},
  };
}

function accessKey(name: string, readOnly: boolean, index: number): AccessKey {
  // Real ids look like `Ab1c-l0-s0:…`; the shape matters only in that it has no `;` or `&`.
  const id = `${randomBytes(3).toString("hex")}-l${index}-s0:${randomBytes(15).toString("base64url")}`;
  return { name, id, secret: randomBytes(32).toString("base64"), readOnly, lastModified: new Date().toISOString() };
}

export function createStore(name: string): StoreState {
  return {
    name,
    createdAt: new Date().toISOString(),
    location: DEFAULT_LOCATION,
    resourceGroup: DEFAULT_RESOURCE_GROUP,
    accessKeys: [
      accessKey("Primary", false, 0),
      accessKey("Secondary", false, 1),
      accessKey("Primary Read Only", true, 2),
      accessKey("Secondary Read Only", true, 3),
    ],
    settings: {},
    revisions: [],
    syncTokenId: randomBytes(6).toString("base64url").replace(/[-_]/g, "x"),
    syncSequence: 0,
    snapshots: {},
  };
}

export function settingId(key: string, label: string | null): string {
  // NUL cannot occur in a key, so it separates unambiguously; the null label gets its own marker.
  return `${key}\u0000${label === null ? "\u0001" : label}`;
}
