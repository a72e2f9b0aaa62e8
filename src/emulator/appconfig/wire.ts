// Key-values as App Configuration puts them on the wire (docs/azure-wire-protocol.md §4): snake_case
// fields, the etag unquoted in the body and quoted in the ETag header, ISO times without fractions.
import type { Headers } from "../http";
import type { StoredSetting } from "../state";

export const CONTENT_TYPES = {
  kv: "application/vnd.microsoft.appconfig.kv+json; charset=utf-8",
  kvset: "application/vnd.microsoft.appconfig.kvset+json; charset=utf-8",
  keyset: "application/vnd.microsoft.appconfig.keyset+json; charset=utf-8",
  labelset: "application/vnd.microsoft.appconfig.labelset+json; charset=utf-8",
  snapshot: "application/vnd.microsoft.appconfig.snapshot+json; charset=utf-8",
  snapshotset: "application/vnd.microsoft.appconfig.snapshotset+json; charset=utf-8",
  problem: "application/problem+json; charset=utf-8",
} as const;

/** The content type App Configuration gives Key Vault reference settings. */
export const KEY_VAULT_REFERENCE_CONTENT_TYPE = "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8";

/** `2026-01-26T02:56:50+00:00`, the recorded format. */
export function serviceTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "+00:00");
}

const FIELDS = ["etag", "key", "label", "content_type", "value", "tags", "locked", "last_modified"] as const;
export type SettingField = (typeof FIELDS)[number];

export function isSettingField(value: string): value is SettingField {
  return (FIELDS as readonly string[]).includes(value);
}

/** The JSON of one key-value, limited to `select` when the caller asked for some fields ($select). */
export function settingJson(setting: StoredSetting, select?: readonly SettingField[]): Record<string, unknown> {
  const full: Record<SettingField, unknown> = {
    etag: setting.etag,
    key: setting.key,
    label: setting.label,
    content_type: setting.contentType,
    value: setting.value,
    tags: setting.tags,
    locked: setting.locked,
    last_modified: setting.lastModified,
  };
  const fields = select && select.length > 0 ? select : FIELDS;
  return Object.fromEntries(fields.map((field) => [field, full[field]]));
}

export function settingHeaders(setting: StoredSetting): Headers {
  return { ETag: `"${setting.etag}"`, "Last-Modified": new Date(setting.lastModified).toUTCString() };
}

/** Header values of If-Match / If-None-Match: `*` or quoted etags, comma-separated. */
export function etagList(header: string | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  return header
    .split(",")
    .map((entry) => entry.trim().replace(/^W\//, "").replace(/^"(.*)"$/, "$1"))
    .filter((entry) => entry !== "");
}
