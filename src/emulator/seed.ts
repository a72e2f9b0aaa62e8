// Seeding: secrets as if they had been set in the past (for expiry and rotation badges), and vault
// properties as if an admin had configured them (for vault-health checks). Used by the programmatic
// API and by the admin endpoint, whose JSON this module also validates.
import { isRecord, stringRecord } from "./http";
import type { SecretService } from "./keyvault/secrets";
import type { VaultNetworkAcls, VaultProperties } from "./state";

/** Dates as `Date`, ISO 8601 strings or Unix seconds. */
export type SeedDate = Date | string | number;

export interface SecretSeed {
  name: string;
  value: string;
  contentType?: string;
  tags?: Record<string, string>;
  enabled?: boolean;
  /** Default: now. */
  createdOn?: SeedDate;
  /** Default: createdOn. */
  updatedOn?: SeedDate;
  expiresOn?: SeedDate;
  notBefore?: SeedDate;
  /** A certificate-backed secret (`managed: true`, a `kid`). */
  managed?: boolean;
  /** 32 lowercase hex characters. Default: random. */
  version?: string;
}

export interface SeededSecret {
  name: string;
  version: string;
}

function unixSeconds(value: SeedDate, field: string): number {
  const millis = value instanceof Date ? value.getTime() : typeof value === "number" ? value * 1000 : Date.parse(value);
  if (!Number.isFinite(millis)) throw new Error(`${field} is not a valid date`);
  return Math.floor(millis / 1000);
}

export function seedSecret(secrets: SecretService, seed: SecretSeed): SeededSecret {
  if (seed.version !== undefined && !/^[0-9a-f]{32}$/.test(seed.version)) throw new Error("version must be 32 lowercase hex characters");
  const created = seed.createdOn === undefined ? undefined : unixSeconds(seed.createdOn, "createdOn");
  const { record, version } = secrets.addVersion(
    seed.name,
    {
      value: seed.value,
      contentType: seed.contentType,
      tags: seed.tags,
      enabled: seed.enabled,
      managed: seed.managed,
      ...(seed.contentType === undefined && seed.managed ? { contentType: "application/x-pkcs12" } : {}),
      expires: seed.expiresOn === undefined ? undefined : unixSeconds(seed.expiresOn, "expiresOn"),
      notBefore: seed.notBefore === undefined ? undefined : unixSeconds(seed.notBefore, "notBefore"),
    },
    { created, updated: seed.updatedOn === undefined ? undefined : unixSeconds(seed.updatedOn, "updatedOn"), version: seed.version },
  );
  return { name: record.name, version: version.version };
}

function optionalString(value: Record<string, unknown>, field: string): string | undefined {
  const entry = value[field];
  if (entry === undefined) return undefined;
  if (typeof entry !== "string") throw new Error(`${field} must be a string`);
  return entry;
}

function optionalBoolean(value: Record<string, unknown>, field: string): boolean | undefined {
  const entry = value[field];
  if (entry === undefined) return undefined;
  if (typeof entry !== "boolean") throw new Error(`${field} must be a boolean`);
  return entry;
}

function optionalDate(value: Record<string, unknown>, field: string): SeedDate | undefined {
  const entry = value[field];
  if (entry === undefined) return undefined;
  if (typeof entry !== "string" && typeof entry !== "number") throw new Error(`${field} must be an ISO 8601 string or Unix seconds`);
  return entry;
}

export function parseSecretSeed(value: unknown): SecretSeed {
  if (!isRecord(value)) throw new Error("the seed must be a JSON object");
  const name = optionalString(value, "name");
  const secretValue = optionalString(value, "value");
  if (name === undefined || secretValue === undefined) throw new Error("name and value are required");
  const tags = value.tags === undefined ? undefined : stringRecord(value.tags);
  if (value.tags !== undefined && !tags) throw new Error("tags must be an object of strings");
  return {
    name,
    value: secretValue,
    contentType: optionalString(value, "contentType"),
    tags,
    enabled: optionalBoolean(value, "enabled"),
    createdOn: optionalDate(value, "createdOn"),
    updatedOn: optionalDate(value, "updatedOn"),
    expiresOn: optionalDate(value, "expiresOn"),
    notBefore: optionalDate(value, "notBefore"),
    managed: optionalBoolean(value, "managed"),
    version: optionalString(value, "version"),
  };
}

function ruleStrings(value: unknown, field: string, key: "value" | "id"): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Error(`networkAcls.${field} must be an array`);
  return value.map((rule) => {
    // ARM's shape ({ value } / { id }) or a plain string.
    const text = typeof rule === "string" ? rule : isRecord(rule) ? rule[key] : undefined;
    if (typeof text !== "string" || text === "") throw new Error(`networkAcls.${field} entries must be strings or objects with "${key}"`);
    return text;
  });
}

/** A firewall in ARM's shape (`ipRules: [{value}]`, `virtualNetworkRules: [{id}]`) or with plain strings. */
export function parseNetworkAcls(value: unknown): VaultNetworkAcls {
  if (!isRecord(value)) throw new Error("networkAcls must be an object");
  const defaultAction = value.defaultAction ?? "Allow";
  if (defaultAction !== "Allow" && defaultAction !== "Deny") throw new Error("networkAcls.defaultAction must be Allow or Deny");
  const bypass = value.bypass ?? "AzureServices";
  if (bypass !== "AzureServices" && bypass !== "None") throw new Error("networkAcls.bypass must be AzureServices or None");
  return { defaultAction, bypass, ipRules: ruleStrings(value.ipRules, "ipRules", "value"), virtualNetworkRules: ruleStrings(value.virtualNetworkRules, "virtualNetworkRules", "id") };
}

/** Validates a partial VaultProperties (from JSON or from callers) and returns it normalised. */
export function parseVaultProperties(value: unknown): Partial<VaultProperties> {
  if (!isRecord(value)) throw new Error("vault properties must be a JSON object");
  const result: Partial<VaultProperties> = {};
  for (const [field, entry] of Object.entries(value)) {
    switch (field) {
      case "enableSoftDelete":
      case "enablePurgeProtection":
      case "enableRbacAuthorization":
        if (typeof entry !== "boolean") throw new Error(`${field} must be a boolean`);
        result[field] = entry;
        break;
      case "softDeleteRetentionInDays":
        if (typeof entry !== "number" || !Number.isInteger(entry) || entry < 7 || entry > 90) throw new Error("softDeleteRetentionInDays must be an integer from 7 to 90");
        result.softDeleteRetentionInDays = entry;
        break;
      case "publicNetworkAccess":
        if (entry !== "Enabled" && entry !== "Disabled") throw new Error("publicNetworkAccess must be Enabled or Disabled");
        result.publicNetworkAccess = entry;
        break;
      case "sku":
        if (entry !== "standard" && entry !== "premium") throw new Error("sku must be standard or premium");
        result.sku = entry;
        break;
      case "location":
      case "resourceGroup":
        if (typeof entry !== "string" || entry === "") throw new Error(`${field} must be a non-empty string`);
        result[field] = entry;
        break;
      case "networkAcls":
        result.networkAcls = parseNetworkAcls(entry);
        break;
      case "tags": {
        const tags = stringRecord(entry);
        if (!tags) throw new Error("tags must be an object of strings");
        result.tags = tags;
        break;
      }
      default:
        throw new Error(`unknown vault property: ${field}`);
    }
  }
  return result;
}
