// What a store does with key-values, independent of HTTP: conditional writes (ETags), read-only
// locks, revisions, and the sync token that advances with every write.
import { randomBytes } from "node:crypto";
import { MAX_REVISIONS, settingId, type StoreState, type StoredRevision, type StoredSetting } from "../state";
import { appConfigErrors } from "./errors";
import { etagList, serviceTime } from "./wire";

export interface Preconditions {
  /** Raw If-Match header. */
  ifMatch?: string;
  /** Raw If-None-Match header. */
  ifNoneMatch?: string;
}

export interface SettingInput {
  value: string | null;
  contentType: string | null;
  tags: Record<string, string>;
}

export interface SettingStoreContext {
  now(): Date;
  save(): void;
}

function newEtag(): string {
  return randomBytes(24).toString("base64url");
}

/** Whether an If-Match / If-None-Match list names this setting (`*` names any existing one). */
function listed(list: string[], current: StoredSetting | undefined): boolean {
  return current !== undefined && (list.includes("*") || list.includes(current.etag));
}

/** 412 unless the write's preconditions hold, as HTTP conditional requests define them. */
export function checkWritePreconditions(current: StoredSetting | undefined, preconditions: Preconditions): void {
  const ifMatch = etagList(preconditions.ifMatch);
  if (ifMatch && !listed(ifMatch, current)) throw appConfigErrors.preconditionFailed();
  const ifNoneMatch = etagList(preconditions.ifNoneMatch);
  if (ifNoneMatch && (ifNoneMatch.includes("*") ? current !== undefined : listed(ifNoneMatch, current))) throw appConfigErrors.preconditionFailed();
}

/**
 * Documented (keys and values): "a combined size limit of 10,000 characters on a key-value",
 * counting the key, its value and all its optional attributes.
 */
export const MAX_KEY_VALUE_CHARACTERS = 10_000;

/** Characters (code points) of everything a key-value holds. */
function keyValueCharacters(key: string, label: string | null, input: SettingInput): number {
  const parts = [key, label ?? "", input.value ?? "", input.contentType ?? "", ...Object.entries(input.tags).flat()];
  return parts.reduce((sum, part) => sum + [...part].length, 0);
}

export class SettingStore {
  constructor(
    readonly store: StoreState,
    private readonly context: SettingStoreContext,
  ) {}

  get(key: string, label: string | null): StoredSetting | undefined {
    return this.store.settings[settingId(key, label)];
  }

  put(key: string, label: string | null, input: SettingInput, preconditions: Preconditions): StoredSetting {
    // (What is sent is checked before what is stored: a request too large fails whatever the setting's state.)
    const size = keyValueCharacters(key, label, input);
    if (size > MAX_KEY_VALUE_CHARACTERS) throw appConfigErrors.tooLarge(size, MAX_KEY_VALUE_CHARACTERS);
    const current = this.get(key, label);
    checkWritePreconditions(current, preconditions);
    if (current?.locked) throw appConfigErrors.keyLocked(key);
    return this.write({ key, label, ...input, locked: false });
  }

  /** The deleted setting, or undefined when there was none (the service answers 204 then). */
  delete(key: string, label: string | null, preconditions: Preconditions): StoredSetting | undefined {
    const current = this.get(key, label);
    checkWritePreconditions(current, preconditions);
    if (!current) return undefined;
    if (current.locked) throw appConfigErrors.keyLocked(key);
    delete this.store.settings[settingId(key, label)];
    this.advanceSyncToken();
    this.context.save();
    return current;
  }

  setLocked(key: string, label: string | null, locked: boolean, preconditions: Preconditions): StoredSetting {
    const current = this.get(key, label);
    checkWritePreconditions(current, preconditions);
    if (!current) throw appConfigErrors.notFound();
    return this.write({ ...current, locked });
  }

  /** Every current setting, ordered by key then label (no label first). */
  all(): StoredSetting[] {
    return Object.values(this.store.settings).sort((a, b) => compare(sortKey(a), sortKey(b)));
  }

  /** Every revision, newest first. */
  revisions(): StoredRevision[] {
    return [...this.store.revisions].reverse();
  }

  /** `id=value;sn=n`, the format the SDK insists on. */
  syncToken(): string {
    const sequence = this.store.syncSequence;
    return `${this.store.syncTokenId}=${Buffer.from(`${sequence}`, "utf8").toString("base64")};sn=${sequence}`;
  }

  private write(fields: Omit<StoredSetting, "etag" | "lastModified">): StoredSetting {
    const setting: StoredSetting = { ...fields, etag: newEtag(), lastModified: serviceTime(this.context.now()) };
    this.store.settings[settingId(setting.key, setting.label)] = setting;
    this.advanceSyncToken();
    this.store.revisions.push({ ...setting, sequence: this.store.syncSequence });
    if (this.store.revisions.length > MAX_REVISIONS) this.store.revisions.splice(0, this.store.revisions.length - MAX_REVISIONS);
    this.context.save();
    return setting;
  }

  private advanceSyncToken(): void {
    this.store.syncSequence += 1;
  }
}

/** Position of a setting in listings and continuation tokens: key, then label (no label first). */
export function sortKey(setting: Pick<StoredSetting, "key" | "label">): string {
  return `${setting.key}\u0000${setting.label === null ? "" : `\u0001${setting.label}`}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
