// Writing a move's App Configuration setting: only over what was read (ETags), read back and
// compared, and taken back only while it is still what the move wrote. No VS Code API here: the
// overwrite question is asked by the caller through `overwrite`.
import { isAzureError, sameSecretUri, type AzureErrorKind, type ConfigurationSetting, type ConfigurationStore } from "../../azure";
import { numberedConfigurationKey } from "../../fixes";
import { holdWritten, join, lookMark, valuePlace, withKeyLock, type Hold } from "./move-guards";
import { describeError, MoveStopped, runUndo, type Undo, type UndoLog } from "./move-stopped";

export interface SettingToStore {
  readonly key: string;
  readonly label?: string;
  /** A plain value; ignored when `secretUri` is given. */
  readonly value?: string;
  /** Store a Key Vault reference to this secret instead of a plain value. */
  readonly secretUri?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

export interface StoredSetting {
  /** The key it was stored under: the one asked for, or the other key `overwrite` answered. */
  readonly key: string;
  /** The setting already held this value: nothing was written. */
  readonly reused: boolean;
  readonly undo: Undo;
  /** The move's file now reads the setting: no other move's undo may take it back (see Hold). */
  readonly settle: () => void;
}

/** Whether `found` holds exactly what the move stores: the same Key Vault reference, or the same plain value. */
function holds(found: ConfigurationSetting | undefined, setting: SettingToStore): boolean {
  if (found === undefined) return false;
  return setting.secretUri !== undefined ? found.keyVaultSecretUri === setting.secretUri : found.keyVaultSecretUri === undefined && found.value === setting.value;
}

/**
 * Whether an existing setting already serves what the move stores: `holds`, or a reference to the
 * same secret written in another form (by the portal, without the trailing slash; with the host in
 * other case). Only for the first look: telling our own write apart needs the exact form.
 */
function alreadyServes(found: ConfigurationSetting | undefined, setting: SettingToStore): boolean {
  if (holds(found, setting)) return true;
  return setting.secretUri !== undefined && found?.keyVaultSecretUri !== undefined && sameSecretUri(found.keyVaultSecretUri, setting.secretUri);
}

/**
 * An undo that puts back `previous` (or removes the setting when there was none), on condition
 * that the setting is still the one the move wrote: a value someone wrote afterwards stays.
 */
function restoreTo(store: ConfigurationStore, written: ConfigurationSetting, previous: ConfigurationSetting | undefined): Undo {
  const { key, label } = written;
  if (written.etag === undefined) return () => Promise.resolve(` The setting '${key}' could not be taken back safely (App Configuration sent no ETag): check it.`);
  const onlyIf = { etag: written.etag };
  // A 412 means someone changed the setting, or that the SDK retried our own request after a
  // dropped connection and the first attempt had gone through: the setting itself tells which.
  const afterRefusal = async (error: unknown, undone: (now: ConfigurationSetting | undefined) => boolean, message: string): Promise<string> => {
    if (!isAzureError(error, "changedMeanwhile")) throw error;
    return undone(await store.getSetting(key, label)) ? message : ` The setting '${key}' was changed by someone else meanwhile and was left as it is.`;
  };
  if (!previous) {
    const removed = ` The new setting '${key}' was removed again.`;
    return async () => {
      try {
        await store.deleteSetting(key, label, { onlyIf });
        return removed;
      } catch (error) {
        return afterRefusal(error, (now) => now === undefined, removed);
      }
    };
  }
  const restored = ` The setting '${key}' has its previous value again.`;
  return async () => {
    try {
      await store.setSetting({ key, label, value: previous.value, contentType: previous.contentType, tags: previous.tags }, { onlyIf });
      return restored;
    } catch (error) {
      return afterRefusal(error, (now) => now !== undefined && now.value === previous.value && now.contentType === previous.contentType, restored);
    }
  };
}

/**
 * A write that failed may still have been applied: the SDK retries a request whose connection
 * dropped or that was throttled or met a server error, so the last answer may not be the first
 * attempt's: an applied conditional write's retry answers 412, and one that met 429 or 503 says
 * so though an earlier attempt went through; a last attempt that dropped or was cancelled may
 * have been applied as well. The setting is read (without the move's signal: a cancel must not
 * skip this check) and returned when it holds what was sent; otherwise the original error stands.
 * (A refusal the SDK does not retry, such as 403, was the only attempt: nothing was written.)
 */
const RETRIED_OR_UNANSWERED: readonly AzureErrorKind[] = ["changedMeanwhile", "network", "cancelled", "throttled", "other"];

async function ownWriteDespite(error: unknown, store: ConfigurationStore, setting: SettingToStore): Promise<ConfigurationSetting> {
  if (!RETRIED_OR_UNANSWERED.some((kind) => isAzureError(error, kind))) throw error;
  let now: ConfigurationSetting | undefined;
  try {
    now = await store.getSetting(setting.key, setting.label);
  } catch {
    // Not "nothing was stored": the write may have gone through.
    const where = `'${setting.key}'${setting.label ? ` (label '${setting.label}')` : ""}`;
    throw new MoveStopped(isAzureError(error, "cancelled") ? "cancelled" : "failed", `${describeError(error)} Whether App Configuration kept the value is unknown: check ${where}. The file is unchanged.`);
  }
  if (now === undefined || !holds(now, setting)) throw error;
  return now;
}

/**
 * The answer to a different value already under the key: replace it (true), leave it and store
 * nothing (false), or store under another key instead (a key the file's reading then follows).
 */
export type OverwriteAnswer = boolean | { readonly otherKey: string };

/** Another key signals: the loop below looks again under it. */
const OTHER_KEY: unique symbol = Symbol("otherKey");

/**
 * Writes an App Configuration setting and reads it back. An existing different value is replaced
 * only when `overwrite` agrees, and only if nobody wrote it after it was read (If-Match with the
 * ETag read; If-None-Match: * for a new key); `overwrite` may instead name another key, and the
 * setting goes there under the same rules (StoredSetting.key says where). Throws MoveStopped or
 * AzureError; on any failure after the write, the write is taken back first.
 */
export async function storeSettingVerified(
  store: ConfigurationStore,
  requested: SettingToStore,
  options: { readonly overwrite: (existing: ConfigurationSetting) => Promise<OverwriteAnswer>; readonly signal: AbortSignal; readonly log: UndoLog },
): Promise<StoredSetting> {
  let setting = requested;
  let attempt = 0;
  while (attempt < 8) {
    const { key, label } = setting;
    const scope = `${store.endpoint}|${label ?? "\0"}|${key}`;
    const place = valuePlace(scope, setting.secretUri !== undefined ? `reference ${setting.secretUri}` : `value ${setting.value ?? ""}`);
    const kept = ` The setting '${key}' stays: another move now uses it.`;
    const mark = lookMark(scope);
    const stored = await lookAndWrite(setting, scope, place);
    if (stored === OTHER_KEY) continue;
    attempt++;
    if (!stored) {
      // Another move's write of it being taken back: look again once it is.
      const hold = await join(scope, place, mark);
      if (!hold) continue;
      return { key, reused: true, undo: () => hold.release(() => Promise.resolve(""), ""), settle: () => hold.settle() };
    }
    const { hold, takeBack } = stored;
    const undo = () => hold.release(takeBack, kept);
    const readBack = await store.getSetting(key, label, { signal: options.signal }).catch(async (error: unknown) => {
      const undone = await runUndo(undo, options.log);
      // The user's Cancel, not a store that could not be read: said as the other cancels are.
      if (isAzureError(error, "cancelled") || options.signal.aborted) throw new MoveStopped("cancelled", `Cancelled after App Configuration took '${key}'.${undone}`);
      throw new MoveStopped("failed", `Could not read '${key}' back from App Configuration: ${describeError(error)}${undone}`);
    });
    if (!holds(readBack, setting)) throw new MoveStopped("failed", `The setting read back from App Configuration does not match what was sent.${await runUndo(undo, options.log)}`);
    return { key, reused: false, undo, settle: () => hold.settle() };
  }
  throw new MoveStopped("failed", `App Configuration's '${setting.key}' kept changing while it was being stored; it was left as it is.`);

  /**
   * Reads the setting and, unless it already serves the move (undefined), writes it; returns the
   * write's undo, or OTHER_KEY once `setting` names the other key the user chose. One
   * look-and-write per setting at a time in this window: two moves of one key would otherwise
   * both find it absent, and the second would take the first's write for its own. The write is
   * held before the next look can see it.
   */
  function lookAndWrite(current: SettingToStore, scope: string, place: string): Promise<{ takeBack: Undo; hold: Hold } | undefined | typeof OTHER_KEY> {
    const { key, label } = current;
    return withKeyLock(scope, async () => {
      const existing = await store.getSetting(key, label, { signal: options.signal });
      if (alreadyServes(existing, current)) return undefined;
      // Asking to replace a locked setting would end in a refusal from the service after the user agreed.
      if (existing?.readOnly) throw new MoveStopped("failed", `App Configuration has '${key}'${label ? ` (label '${label}')` : ""} locked (read-only) with another value; it was left as it is. Unlock it, or choose another key.`);
      if (existing) {
        const answer = await options.overwrite(existing);
        if (typeof answer === "object") {
          setting = { ...current, key: answer.otherKey };
          return OTHER_KEY;
        }
        if (!answer) throw new MoveStopped("cancelled", `App Configuration already has '${key}'${label ? ` (label '${label}')` : ""} with another value; it was left as it is.`);
      }
      if (existing && existing.etag === undefined) throw new MoveStopped("failed", `App Configuration sent '${key}' without an ETag, so it cannot be replaced safely; it was left as it is.`);
      // Not cancellable: a write the store has received is carried out even if we stop waiting, so
      // looking right after a cancel could find nothing yet. It runs to its end; a cancel
      // meanwhile takes back what it wrote (below).
      const write = { onlyIf: existing ? { etag: existing.etag! } : ("absent" as const) };
      let written: ConfigurationSetting;
      try {
        written =
          current.secretUri !== undefined
            ? await store.setKeyVaultReference(key, label, current.secretUri, { ...write, tags: current.tags })
            : await store.setSetting({ key, label, value: current.value ?? "", tags: current.tags }, write);
      } catch (error) {
        written = await ownWriteDespite(error, store, current);
        if (isAzureError(error, "cancelled")) throw new MoveStopped("cancelled", `${describeError(error)}${await runUndo(restoreTo(store, written, existing), options.log)}`);
      }
      if (options.signal.aborted) throw new MoveStopped("cancelled", `The move was cancelled after App Configuration took '${key}'.${await runUndo(restoreTo(store, written, existing), options.log)}`);
      const takeBack = restoreTo(store, written, existing);
      return { takeBack, hold: holdWritten(scope, place, takeBack) };
    });
  }
}

/** How many numbered keys freeSettingKey looks at before it gives up. */
const MAX_NUMBERED_KEYS = 50;

/**
 * The key to propose when `base` holds another place's value: the first of `base-2`, `base-3`…
 * that the store does not have under `label`, or that holds this very value already, and that
 * `taken` (the file reads its variable for another value) leaves free. Undefined when none of
 * the first few is; the user then types one.
 */
export async function freeSettingKey(
  store: ConfigurationStore,
  setting: { readonly key: string; readonly label?: string; readonly value: string },
  options: { readonly taken: (key: string) => boolean; readonly signal?: AbortSignal },
): Promise<string | undefined> {
  for (let n = 2; n <= MAX_NUMBERED_KEYS; n++) {
    const candidate = numberedConfigurationKey(setting.key, n);
    if (options.taken(candidate)) continue;
    const existing = await store.getSetting(candidate, setting.label, { signal: options.signal });
    if (existing === undefined || holds(existing, setting)) return candidate;
  }
  return undefined;
}
