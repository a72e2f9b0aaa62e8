// An in-memory ConfigurationStore that behaves like App Configuration through the SDK: labels (and
// the null label), key and label filters with the service's syntax, ETags, read-only locks (409),
// Key Vault references. The contract suite (test/azure) holds it to AppConfigurationStore against
// the emulator.
import { randomBytes } from "node:crypto";
import { keyVaultReferenceUri } from "../app-configuration-store";
import {
  describeSetting,
  KEY_VAULT_REFERENCE_CONTENT_TYPE,
  type ConfigurationSetting,
  type ConfigurationStore,
  type SettingFilter,
  type DeleteOptions,
  type SettingInput,
  type ReferenceWriteOptions,
  type WriteOptions,
} from "../configuration-store";
import type { RetrySettings } from "../connection";
import type { EndpointPolicy } from "../endpoints";
import { AzureError, changedMeanwhileError, lockedSettingError, type AccessNeeded, type AzureOperation } from "../errors";
import type { Cancellable } from "../secret-store";
import { parseSecretUri } from "../secret-uri";
import { SimulatedConditions } from "./simulated-conditions";

interface StoredSetting {
  key: string;
  label: string | undefined;
  value: string | undefined;
  contentType?: string;
  tags: Record<string, string>;
  etag: string;
  lastModified: Date;
  readOnly: boolean;
}

export interface MemoryConfigurationStoreOptions {
  readonly storeName?: string;
  readonly retry?: RetrySettings;
  /** Whether Key Vault references may point at loopback vaults (the emulator's). */
  readonly allowLoopback?: boolean;
}

const MAX_ALTERNATIVES = 5;

/** HTTP's conditional-request rule, as the service applies If-Match / If-None-Match: * to writes. */
function conditionHolds(current: StoredSetting | undefined, onlyIf: WriteOptions["onlyIf"]): boolean {
  if (onlyIf === undefined) return true;
  if (onlyIf === "absent") return current === undefined;
  return current !== undefined && (onlyIf.etag === "*" || current.etag === onlyIf.etag);
}

/**
 * One filter in App Configuration's syntax as a predicate: `*`, `prefix*`, `a,b`, `\*` `\,` `\\`,
 * and NUL for "no label". Throws the service's 400 for a misplaced `*` or too many alternatives.
 */
function matcher(raw: string | undefined | null, what: "key" | "label", fail: (message: string) => AzureError): (value: string | undefined) => boolean {
  if (raw === undefined || raw === "*") return () => true;
  if (raw === null) return (value) => value === undefined;
  const options: { text: string; prefix: boolean }[] = [];
  let text = "";
  let prefix = false;
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index]!;
    if (prefix && char !== ",") throw fail(`The wildcard '*' must be the last character of a ${what} filter.`);
    if (char === "\\" && index + 1 < raw.length) text += raw[++index];
    else if (char === ",") {
      options.push({ text, prefix });
      text = "";
      prefix = false;
    } else if (char === "*") prefix = true;
    else text += char;
  }
  options.push({ text, prefix });
  if (options.length > MAX_ALTERNATIVES) throw fail(`A ${what} filter can have at most ${MAX_ALTERNATIVES} comma-separated values.`);
  return (value) =>
    options.some((option) => {
      if (what === "label" && option.text === "\u0000" && !option.prefix) return value === undefined;
      if (value === undefined) return option.prefix && option.text === "";
      return option.prefix ? value.startsWith(option.text) : value === option.text;
    });
}

export class MemoryConfigurationStore implements ConfigurationStore {
  readonly storeName: string;
  readonly endpoint: string;
  readonly conditions: SimulatedConditions;
  private readonly settings = new Map<string, StoredSetting>();
  private readonly policy: EndpointPolicy;

  constructor(options: MemoryConfigurationStoreOptions = {}) {
    this.storeName = options.storeName ?? "memory-config";
    this.endpoint = `https://${this.storeName}.azconfig.io`;
    this.conditions = new SimulatedConditions(options.retry);
    this.policy = { allowLoopback: options.allowLoopback ?? false };
  }

  async getSetting(key: string, label?: string, options: Cancellable = {}): Promise<ConfigurationSetting | undefined> {
    await this.conditions.before(this.operation("read", describeSetting(key, label)), options.signal);
    const stored = this.settings.get(this.id(key, label));
    return stored && this.toSetting(stored);
  }

  async setSetting(setting: SettingInput, options: WriteOptions = {}): Promise<ConfigurationSetting> {
    const operation = this.operation("write", describeSetting(setting.key, setting.label));
    await this.conditions.before(operation, options.signal);
    const id = this.id(setting.key, setting.label);
    const current = this.settings.get(id);
    if (!conditionHolds(current, options.onlyIf)) throw changedMeanwhileError(operation);
    if (current?.readOnly) throw lockedSettingError(operation);
    const stored: StoredSetting = {
      key: setting.key,
      label: setting.label,
      value: setting.value,
      contentType: setting.contentType,
      tags: { ...setting.tags },
      etag: randomBytes(16).toString("base64url"),
      lastModified: new Date(),
      readOnly: false,
    };
    this.settings.set(id, stored);
    return this.toSetting(stored);
  }

  async *listSettings(filter: SettingFilter = {}, options: Cancellable = {}): AsyncIterable<ConfigurationSetting> {
    const operation = this.operation("read", "the list of settings");
    await this.conditions.before(operation, options.signal);
    const fail = (message: string) => new AzureError("other", `App Configuration store '${this.storeName}' answered 400: ${message}`, { service: "appConfiguration", statusCode: 400 });
    const keyMatches = matcher(filter.key, "key", fail);
    const labelMatches = matcher(filter.label, "label", fail);
    const matching = [...this.settings.values()].filter((stored) => keyMatches(stored.key) && labelMatches(stored.label));
    for (const stored of matching) yield this.toSetting(stored);
  }

  async *listLabels(options: Cancellable = {}): AsyncIterable<string | undefined> {
    await this.conditions.before(this.operation("read", "the list of labels"), options.signal);
    const labels = new Set([...this.settings.values()].map((stored) => stored.label));
    // The service's order: no label first, then by name.
    const sorted = [...labels].sort((a, b) => (a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : a > b ? 1 : 0));
    for (const label of sorted) yield label;
  }

  async deleteSetting(key: string, label?: string, options: DeleteOptions = {}): Promise<boolean> {
    const operation = this.operation("write", describeSetting(key, label));
    await this.conditions.before(operation, options.signal);
    const id = this.id(key, label);
    const stored = this.settings.get(id);
    // The service answers a conditional delete of a missing setting with 412, an unconditional one with 204.
    if (options.onlyIf && !conditionHolds(stored, options.onlyIf)) throw changedMeanwhileError(operation);
    if (!stored) return false;
    if (stored.readOnly) throw lockedSettingError(operation);
    this.settings.delete(id);
    return true;
  }

  async setKeyVaultReference(key: string, label: string | undefined, secretUri: string, options: ReferenceWriteOptions = {}): Promise<ConfigurationSetting> {
    parseSecretUri(secretUri, this.policy);
    const { tags, ...write } = options;
    return this.setSetting({ key, label, value: JSON.stringify({ uri: secretUri }), contentType: KEY_VAULT_REFERENCE_CONTENT_TYPE, tags }, write);
  }

  /** Test hook: locks or unlocks a setting, as the SDK's setReadOnly does. */
  setReadOnly(key: string, label: string | undefined, readOnly: boolean): void {
    const stored = this.settings.get(this.id(key, label));
    if (!stored) throw new Error(`no ${describeSetting(key, label)}`);
    stored.readOnly = readOnly;
  }

  private toSetting(stored: StoredSetting): ConfigurationSetting {
    return { ...stored, tags: { ...stored.tags }, keyVaultSecretUri: keyVaultReferenceUri(stored.contentType, stored.value) };
  }

  /** Keys and labels are case-sensitive in App Configuration. */
  private id(key: string, label: string | undefined): string {
    return JSON.stringify([key, label ?? null]);
  }

  private operation(access: AccessNeeded, subject: string): AzureOperation {
    return { service: "appConfiguration", resource: this.storeName, subject, access };
  }
}
