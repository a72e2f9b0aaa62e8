// The steps every move into Key Vault or App Configuration shares: store under a free or agreed
// name, read back and compare, and undo exactly what was created when a later step fails. A
// secret, version or setting that existed before is never deleted, and never overwritten without
// asking; an undo leaves the value that was current before current again (see undoVersions).
import { createHash } from "node:crypto";
import * as vscode from "vscode";
import { currentIfWrittenSince, isAzureError, VAULT_CLOCK_SKEW_MS, type SecretProperties, type SecretStore } from "../../azure";
import { isValidSecretName, uniqueSecretName } from "../../fixes";
import { ROTATION_TAGS } from "../explorer/health";
import { ADD_NEW_VERSION, collisionQuestion, deletedNameQuestion, RECOVER_AND_ADD_VERSION, USE_ANOTHER_NAME, type Question } from "./collision-question";
import { holdWritten, join, lookMark, valuePlace, withKeyLock } from "./move-guards";
import { azureCauseOf, describeError, MoveStopped, NOTHING_STORED, runUndo, type Undo } from "./move-stopped";
import { keptNameRefusal } from "./renamed-setting";

/** What to do when the name is taken by a different value. Tests and batch moves pass it; users are asked. */
export type CollisionChoice = "newVersion" | "otherName" | "cancel";

/** Asks for a Key Vault secret name, proposing one. */
export function askSecretName(proposed: string, title = "Move to Key Vault: secret name"): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    value: proposed,
    prompt: "Letters, digits and '-'; ':' in a configuration key becomes '--'.",
    validateInput: (value) => {
      const check = isValidSecretName(value);
      return check.valid ? undefined : check.reason;
    },
  });
}

async function ask(question: Question): Promise<string | undefined> {
  return vscode.window.showWarningMessage(question.message, { modal: true, ...(question.detail ? { detail: question.detail } : {}) }, ...question.buttons);
}

async function askCollision(vault: string, name: string, existingTags: Readonly<Record<string, string>> | undefined, ourTags: Readonly<Record<string, string>>, readAs: string | undefined): Promise<CollisionChoice> {
  const answer = await ask(collisionQuestion(vault, name, existingTags, ourTags, readAs));
  return answer === ADD_NEW_VERSION ? "newVersion" : answer === USE_ANOTHER_NAME ? "otherName" : "cancel";
}

async function askRecover(vault: string, name: string, readAs: string | undefined): Promise<"recover" | "otherName" | "cancel"> {
  const answer = await ask(deletedNameQuestion(vault, name, readAs));
  return answer === RECOVER_AND_ADD_VERSION ? "recover" : answer === USE_ANOTHER_NAME ? "otherName" : "cancel";
}

/** One undoable change. */
export interface StoredSecret {
  readonly name: string;
  readonly version?: string;
  /** Same name, same value: nothing new was written. */
  readonly reused: boolean;
  readonly undo: Undo;
  /** The move's file now reads the secret: no other move's undo may take it back (see Hold). */
  readonly settle: () => void;
  /** What Key Vault says a delete of it does (`Purgeable`, `Recoverable+Purgeable`…), when it says. */
  readonly recoveryLevel?: string;
}

export interface SecretToStore {
  readonly name: string;
  readonly value: string;
  readonly contentType: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly expiresOn?: Date;
}

/**
 * Names this run already gave to values (batch moves), taken even if not yet in the vault. Key
 * Vault's names are case-insensitive, and so is this: `CASE-PASSWORD` and `case-password` from two
 * files are one secret, and the second value must not become its new version unasked.
 */
export class ReservedNames {
  private readonly values = new Map<string, string>();

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.values.set(name.toLowerCase(), value);
  }

  delete(name: string): void {
    this.values.delete(name.toLowerCase());
  }
}

/** Vaults larger than this are not searched for the value under another name: too many reads. */
export const DUPLICATE_SEARCH_LIMIT = 200;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/**
 * Which secret of a vault already holds a value: the current version of up to
 * DUPLICATE_SEARCH_LIMIT enabled secrets, read once per vault and run. Only hashes are kept.
 * A vault the user may list but not read, or a larger one, answers "unknown" (undefined).
 */
export class VaultValueIndex {
  private hashes: Promise<Map<string, string> | undefined> | undefined;

  constructor(private readonly secrets: SecretStore) {}

  async nameOf(value: string, signal: AbortSignal): Promise<string | undefined> {
    this.hashes ??= this.load(signal);
    return (await this.hashes)?.get(sha256(value));
  }

  /** Keeps the index right after this run stores a value. */
  async add(name: string, value: string): Promise<void> {
    const hashes = await this.hashes;
    if (hashes && !hashes.has(sha256(value))) hashes.set(sha256(value), name);
  }

  /** Keeps the index right after this run takes a stored value back. */
  async remove(name: string, value: string): Promise<void> {
    const hashes = await this.hashes;
    if (hashes?.get(sha256(value)) === name) hashes.delete(sha256(value));
  }

  private async load(signal: AbortSignal): Promise<Map<string, string> | undefined> {
    try {
      const names: string[] = [];
      for await (const properties of this.secrets.listSecrets({ signal })) {
        if (names.length >= DUPLICATE_SEARCH_LIMIT) return undefined;
        if (properties.enabled && !properties.managed) names.push(properties.name);
      }
      const hashes = new Map<string, string>();
      for (const name of names) {
        const secret = await this.secrets.getSecret(name, { signal });
        if (secret && !hashes.has(sha256(secret.value))) hashes.set(sha256(secret.value), name);
      }
      return hashes;
    } catch (error) {
      if (signal.aborted) throw error;
      return undefined; // not allowed to list or read: the check is skipped, the move goes on
    }
  }
}

async function askUseExisting(vault: string, existing: string, proposed: string): Promise<"useExisting" | "storeAgain" | "cancel"> {
  const use = `Use '${existing}'`;
  const again = `Store as '${proposed}' Too`;
  const answer = await vscode.window.showInformationMessage(
    `Key Vault ${vault} already holds this value as '${existing}'.`,
    { modal: true, detail: "Using it keeps one secret to rotate instead of two copies." },
    use,
    again,
  );
  return answer === use ? "useExisting" : answer === again ? "storeAgain" : "cancel";
}

/** A secret whose current version is disabled: Key Vault will not say what it holds. */
const DISABLED: unique symbol = Symbol("disabled");

/**
 * Stores `secret` under its name or another one the user (or `onCollision`) agrees to, then reads
 * it back. Throws MoveStopped (cancel, conflict, mismatch) or AzureError. On a mismatch what was
 * created is undone before throwing.
 */
export async function storeSecretVerified(
  secrets: SecretStore,
  secret: SecretToStore,
  options: {
    readonly onCollision?: CollisionChoice;
    readonly signal: AbortSignal;
    readonly reserved?: ReservedNames;
    readonly log: vscode.LogOutputChannel;
    /** Look for the value under another name first (asks, or, with onCollision set, uses that name). */
    readonly index?: VaultValueIndex;
    /**
     * The configuration key the app reads the value by, through the secret's name (see
     * keyReadBySecretName): the secret keeps its name. Where another name would be needed, the
     * move stops before storing (keptNameRefusal), and no question offers one.
     */
    readonly readAs?: string;
  },
): Promise<StoredSecret> {
  let name = secret.name;
  /** The name the vault's value index gave for this value, while the move uses it. */
  let fromIndex: string | undefined;
  const { readAs } = options;
  // (A name the app would not read is no use: the value is stored under its own name again.)
  const elsewhere = readAs === undefined ? await options.index?.nameOf(secret.value, options.signal) : undefined;
  // (Key Vault names are case-insensitive: `DB-PASSWORD` is this name.)
  if (elsewhere && elsewhere.toLowerCase() !== name.toLowerCase()) {
    const choice = options.onCollision ? "useExisting" : await askUseExisting(secrets.vaultName, elsewhere, name);
    if (choice === "cancel") throw new MoveStopped("cancelled", NOTHING_STORED);
    if (choice === "useExisting") name = fromIndex = elsewhere;
  }
  /** `taken`: why `name` cannot take the value, for the refusal when it must keep its name. */
  const otherName = async (taken: string, newVersionFits = false): Promise<string> => {
    if (readAs !== undefined) throw new MoveStopped("failed", keptNameRefusal(name, taken, readAs, newVersionFits));
    // (Shortened to stay within Key Vault's 127 characters: `${name}-2` may not be a name.)
    const current = name.toLowerCase();
    const candidate = uniqueSecretName(name, (taken) => taken.toLowerCase() === current || options.reserved?.has(taken) === true);
    const chosen = options.onCollision ? candidate : await askSecretName(candidate);
    if (!chosen) throw new MoveStopped("cancelled", NOTHING_STORED);
    return chosen;
  };
  /** Names this call brought back from soft delete: an undo deletes them again. */
  const recovered = new Set<string>();
  /**
   * Recovered names not written to (yet): if the move ends without using one (a cancel, another
   * name, a failure before the write), it is deleted again, as it was before the move. Once a
   * write to it starts, the write's undo (and removeIfStored) take care of it.
   */
  const recoveredUnused = new Set<string>();
  const deleteRecoveredUnused = async (): Promise<string> => {
    let said = "";
    for (const unused of recoveredUnused) {
      said += await runUndo(() => deleteRecoveredAgain(secrets, unused), options.log, `'${unused}' in ${secrets.vaultName}`);
    }
    recoveredUnused.clear();
    return said;
  };
  try {
    return await storeUnderAgreedName();
  } catch (error) {
    if (recoveredUnused.size === 0) throw error;
    const restored = await deleteRecoveredUnused();
    throw new MoveStopped(error instanceof MoveStopped ? error.outcome : isAzureError(error, "cancelled") ? "cancelled" : "failed", `${describeError(error)}${restored}`, { cause: azureCauseOf(error) });
  }

  async function storeUnderAgreedName(): Promise<StoredSecret> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const reservedFor = options.reserved?.get(name);
      if (reservedFor !== undefined && reservedFor !== secret.value) {
        name = await otherName("is taken by another value this run moves");
        continue;
      }
      // Key Vault names are case-insensitive.
      const scope = `${secrets.vaultUrl}|${name.toLowerCase()}`;
      const place = valuePlace(scope, secret.value);
      const mark = lookMark(scope);
      const looked = await secrets.getSecret(name, { signal: options.signal }).catch((error: unknown): typeof DISABLED => {
        // Its current version is disabled (someone switched it off, maybe on purpose): it holds
        // another value, and a new version would switch the name back on. Another name, then.
        if (isAzureError(error, "forbidden") && error.details.innerCode === "SecretDisabled") return DISABLED;
        throw error;
      });
      // A certificate's secret is managed by Key Vault, which refuses a version set by hand.
      if (looked === DISABLED || looked?.properties.managed) {
        options.log.info(`'${name}' in ${secrets.vaultName} ${looked === DISABLED ? "is disabled" : "belongs to a certificate"}: the secret needs another name.`);
        name = await otherName(looked === DISABLED ? `is disabled in ${secrets.vaultName}` : `belongs to a certificate in ${secrets.vaultName}`);
        continue;
      }
      const existing = looked;
      // The value index named this secret, but it holds another value now (rotated since the
      // index was read): it is no longer "the same secret", so the move takes its own name again.
      if (existing && fromIndex !== undefined && name === fromIndex && existing.value !== secret.value) {
        options.log.info(`'${name}' in ${secrets.vaultName} no longer holds this value: storing it as '${secret.name}'.`);
        name = secret.name;
        fromIndex = undefined;
        continue;
      }
      if (existing?.value === secret.value) {
        // Brought back from soft delete for this move: it is this move's write, which goes back to
        // deleted if the move is undone, unless another move found it meanwhile (see Hold).
        const reused = name;
        const reusedRecovered = recoveredUnused.delete(name);
        // Otherwise another move's write may be being taken back: look again once it is.
        const hold = reusedRecovered ? holdWritten(scope, place, () => deleteRecoveredAgain(secrets, reused)) : await join(scope, place, mark);
        if (!hold) continue;
        options.reserved?.set(name, secret.value);
        options.log.info(`Reusing '${name}' in ${secrets.vaultName}.${await deleteRecoveredUnused()}`);
        const undo: Undo = () => hold.release(() => Promise.resolve(""), ` '${reused}' stays in ${secrets.vaultName}: another move now uses it.`);
        return { name, version: existing.properties.version, reused: true, undo, settle: () => hold.settle(), recoveryLevel: existing.properties.recoveryLevel };
      }
      if (existing) {
        // "Recover It and Add a Version" already said what to do with this name.
        const choice = recovered.has(name) ? "newVersion" : (options.onCollision ?? (await askCollision(secrets.vaultName, name, existing.properties.tags, secret.tags, readAs)));
        if (choice === "cancel") throw new MoveStopped("cancelled", `Nothing was stored: '${name}' already exists in ${secrets.vaultName} with another value.`);
        if (choice === "otherName") {
          name = await otherName(`holds another value in ${secrets.vaultName}`, true);
          continue;
        }
      }
      let properties;
      // When this move sent its write, if it did. Until then, a version holding the value is another
      // move's (one that proposed the same name and took the lock first), never this one's to take back.
      let writeStarted: number | undefined;
      try {
        // Key Vault names are case-insensitive.
        properties = await withKeyLock(scope, async () => {
          // Another move may have written this name since it was looked at (two findings proposing
          // the same name): then it is looked at again, and a different value is a collision.
          const now = await secrets.getSecret(name, { signal: options.signal });
          if (now?.properties.version !== existing?.properties.version) return undefined;
          // Not cancellable: a write the vault has received is carried out even if we stop waiting,
          // so looking right after a cancel could find nothing yet and say "nothing was stored".
          // The write runs to its end; a cancel meanwhile takes back what it made (below).
          writeStarted = Date.now();
          return secrets.setSecret(name, secret.value, { contentType: secret.contentType, tags: secret.tags, expiresOn: secret.expiresOn });
        });
      } catch (error) {
        // Another client's delete is still being carried out: nothing to recover yet.
        if (isAzureError(error, "conflictDeleted") && error.details.innerCode === "ObjectIsBeingDeleted") {
          throw new MoveStopped("failed", `${describeError(error)} ${NOTHING_STORED}`, { cause: error });
        }
        if (isAzureError(error) && error.kind === "conflictDeleted") {
          // A preset "newVersion" keeps the name: for a deleted secret that means recover, then add a version.
          const preset = { otherName: "otherName", newVersion: "recover", cancel: "cancel" } as const;
          const choice = options.onCollision ? preset[options.onCollision] : await askRecover(secrets.vaultName, name, readAs);
          if (choice === "cancel") throw new MoveStopped("cancelled", `Nothing was stored: '${name}' is a deleted secret in ${secrets.vaultName}.`);
          if (choice === "recover") {
            // Listed before the request: a cancel that arrives after the vault recovered the
            // secret must still put it back to deleted.
            recovered.add(name);
            recoveredUnused.add(name);
            await secrets.recoverSecret(name, { signal: options.signal });
          } else name = await otherName(`is a deleted secret in ${secrets.vaultName}`, true);
          continue; // a recovered secret now exists: the same-value and different-value rules apply
        }
        // A cancel or a dropped connection can come after the vault accepted the value: look, and
        // undo what is there, so "nothing was stored" is true.
        // removeIfStored takes a recovered name back to deleted, whatever it finds.
        recoveredUnused.delete(name);
        const said = writeStarted === undefined ? await nothingSent(secrets, name, recovered.has(name), options.log) : await removeIfStored(secrets, name, secret.value, existing?.properties, writeStarted, recovered.has(name), options.log);
        throw new MoveStopped(isAzureError(error, "cancelled") ? "cancelled" : "failed", `${describeError(error)}${said}`, { cause: error });
      }
      if (!properties || writeStarted === undefined) continue; // written meanwhile by another move: decide again
      const sentAt = writeStarted;
      // From here on the write's undo takes a recovered name back to deleted.
      recoveredUnused.delete(name);
      const created = name;
      const version = properties.version ?? "";
      // Held from the write on: a move of the same value elsewhere may find it from now, and then
      // this move's undo leaves it for that file (the last to let go takes it back).
      const kept = ` '${created}' stays in ${secrets.vaultName}: another move now uses it.`;
      let takeBack = () => removeIfStored(secrets, created, secret.value, existing?.properties, sentAt, recovered.has(created), options.log);
      const hold = holdWritten(scope, place, () => takeBack());
      const written = await versionsWritten(secrets, created, version, secret.value, existing?.properties, sentAt, options.signal).catch(async (error: unknown) => {
        // Cancelled after the vault took the value: take it back (removeIfStored looks again, to
        // the end), or the move would say nothing was stored while the vault keeps the value.
        throw new MoveStopped("cancelled", `${describeError(error)}${await hold.release(takeBack, kept)}`);
      });
      takeBack = () => undoVersions(secrets, created, written, existing?.properties.version, recovered.has(created));
      const undo: Undo = async () => {
        const said = await hold.release(takeBack, kept);
        // Taken back: the run's later moves must not find the value, or the name, taken here.
        if (said !== kept) {
          if (options.reserved?.get(created) === secret.value) options.reserved.delete(created);
          await options.index?.remove(created, secret.value);
        }
        return said;
      };
      const readBack = await secrets.getSecret(created, { version, signal: options.signal }).catch(async (error: unknown) => {
        const undone = await runUndo(undo, options.log, `'${created}' in ${secrets.vaultName}`);
        // The user's Cancel, not a vault that could not be read: said as the other cancels are.
        if (isAzureError(error, "cancelled") || options.signal.aborted) throw new MoveStopped("cancelled", `Cancelled after ${secrets.vaultName} took '${created}'.${undone}`);
        throw new MoveStopped("failed", `Could not read '${created}' back from ${secrets.vaultName}: ${describeError(error)}${undone}`, { cause: azureCauseOf(error) });
      });
      if (readBack?.value !== secret.value) throw new MoveStopped("failed", `The value read back from ${secrets.vaultName} does not match what was sent.${await runUndo(undo, options.log, `'${created}' in ${secrets.vaultName}`)}`);
      options.reserved?.set(created, secret.value);
      await options.index?.add(created, secret.value);
      const restored = await deleteRecoveredUnused();
      if (restored) options.log.info(`Stored as '${created}' in ${secrets.vaultName}.${restored}`);
      return { name: created, version, reused: false, undo, settle: () => hold.settle(), recoveryLevel: readBack.properties.recoveryLevel };
    }
    throw new MoveStopped("failed", "Too many name conflicts; nothing was changed.");
  }
}

/**
 * The versions one write made: the one it returned, and any earlier copy. The SDK retries a PUT
 * whose answer was lost (a dropped connection), and every PUT that reached the vault made a
 * version: those copies hold the same value and are dated since the write started. An undo must
 * take them all back, or the value stays current under a name the move says it removed. Looking
 * is best effort: if the versions cannot be listed, the returned version is all that is known.
 */
async function versionsWritten(secrets: SecretStore, name: string, version: string, value: string, before: SecretProperties | undefined, writeStarted: number, signal: AbortSignal): Promise<string[]> {
  const written = [version];
  try {
    for await (const properties of secrets.listVersions(name, { signal })) {
      if (!properties.version || properties.version === version || properties.version === before?.version) continue;
      // A write makes enabled versions: a disabled one is an earlier move's, taken back (Key Vault
      // refuses to read it, which must not end the look for this write's copies).
      if (properties.enabled === false) continue;
      if (!properties.createdOn || properties.createdOn.getTime() < writeStarted - VAULT_CLOCK_SKEW_MS) continue;
      // Older than what was current before the write: someone's earlier version, not a copy of ours.
      if (before?.createdOn && properties.createdOn < before.createdOn) continue;
      const copy = await secrets.getSecret(name, { version: properties.version, signal }).catch((error: unknown) => {
        if (signal.aborted) throw error;
        return undefined; // unreadable: not known to be ours; the others are still looked at
      });
      if (copy?.value === value) written.push(properties.version);
    }
  } catch (error) {
    if (signal.aborted) throw error;
  }
  return written;
}

/**
 * Takes back the versions this move wrote (one, or a write and its retried copies), and nothing else:
 * - no other version of the secret (we created it): the secret is deleted, and purged when it
 *   can be (best effort), so the name is free again (Key Vault releases it a few seconds after the purge);
 * - other versions exist (it was there before, or another move wrote it meanwhile): if ours is the
 *   current one, the newest earlier enabled value (on a tie, the one current before the move)
 *   becomes current again; then ours are disabled.
 *   Readers never find the latest version disabled, and nobody else's version is touched;
 * - a secret this move recovered from soft delete is deleted again after that.
 */
async function undoVersions(secrets: SecretStore, name: string, ours: readonly string[], wasCurrent: string | undefined, wasRecovered: boolean): Promise<string> {
  const versions: SecretProperties[] = [];
  for await (const properties of secrets.listVersions(name)) versions.push(properties);
  const others = versions.filter((properties) => !ours.includes(properties.version ?? ""));
  if (others.length === 0) {
    await secrets.deleteSecret(name);
    // Purge protection, or no permission to purge: the value stays recoverable, and the name taken.
    const purged = await secrets.purgeSecret(name).then(
      () => true,
      () => false,
    );
    return purged
      ? ` The new secret '${name}' was deleted again.`
      : ` The new secret '${name}' was deleted again, but the vault did not purge it (purge protection, or no permission to purge): it stays soft-deleted, recoverable and with its name taken, until it is purged or its retention period ends.`;
  }
  const current = await secrets.getSecret(name);
  let said = ` The new version of '${name}' was disabled.`;
  /** Copies of the moved value that the look for this write's versions missed: disabled with ours. */
  const strays: string[] = [];
  if (current?.properties.version && ours.includes(current.properties.version)) {
    // Newest first. Key Vault dates are whole seconds: on a tie, the version that was current when
    // the move looked is the one to bring back, not whichever the listing happens to give first.
    const newestFirst = (a: SecretProperties, b: SecretProperties) => (b.createdOn?.getTime() ?? 0) - (a.createdOn?.getTime() ?? 0) || Number(b.version === wasCurrent) - Number(a.version === wasCurrent);
    // The value to bring back is the newest enabled one that is not the moved value: a copy of it
    // that the look for this write's versions missed would otherwise be "restored", leaving the
    // moved value current while the undo says the previous one is. (The current version is ours:
    // it holds the moved value.)
    let earlier: Awaited<ReturnType<SecretStore["getSecret"]>>;
    for (const candidate of others.filter((properties) => properties.enabled).sort(newestFirst)) {
      const read = await secrets.getSecret(name, { version: candidate.version });
      if (read && read.value === current.value && candidate.version !== wasCurrent) {
        strays.push(candidate.version!);
        continue;
      }
      earlier = read;
      break;
    }
    if (earlier) {
      const { contentType, tags, expiresOn, notBefore, createdOn } = earlier.properties;
      await secrets.setSecret(name, earlier.value, { contentType, tags: withAgeKept(tags, createdOn), expiresOn, notBefore });
      said = ` '${name}' has its previous value as the current version again; the new version was disabled.`;
    }
  }
  for (const version of [...ours, ...strays]) await secrets.updateProperties(name, version, { enabled: false });
  if (wasRecovered) {
    await secrets.deleteSecret(name);
    said += ` It was recovered for this move and is deleted again.`;
  }
  return said;
}

/** Key Vault's limit on a secret's tags. */
const MOST_TAGS = 15;

/**
 * The tags for a copy of an earlier value, made current again as a new version: the copy is dated
 * now, so a value not rotated for years would look freshly set. Unless its `rotated-on` tag already
 * says when it was set, that tag keeps the earlier version's date (if a tag is free for it).
 */
function withAgeKept(tags: Readonly<Record<string, string>> | undefined, createdOn: Date | undefined): Record<string, string> | undefined {
  if (!createdOn || tags?.[ROTATION_TAGS.rotatedOn] !== undefined) return tags && { ...tags };
  if (Object.keys(tags ?? {}).length >= MOST_TAGS) return { ...tags };
  return { ...tags, [ROTATION_TAGS.rotatedOn]: createdOn.toISOString().slice(0, 10) };
}

/** A secret brought back from soft delete for a move that did not keep it goes back to deleted. */
async function deleteRecoveredAgain(secrets: SecretStore, name: string): Promise<string> {
  try {
    await secrets.deleteSecret(name);
  } catch (error) {
    // A recovery cancelled before the vault carried it out left the secret deleted: nothing to undo.
    if (isAzureError(error, "notFound")) return "";
    throw error;
  }
  return ` '${name}', recovered from soft delete for this move, was deleted again.`;
}

/**
 * After a write that failed or lost its answer: the versions it made, when the vault carried it out
 * anyway (the current version is new since the write started and holds the value), with any copies
 * the SDK's retries made; undefined when it did not. Throws when the vault cannot be read. It runs
 * to the end: the caller's signal may be the cancel that got here.
 */
async function writtenDespiteFailure(secrets: SecretStore, name: string, value: string, before: SecretProperties | undefined, writeStarted: number): Promise<string[] | undefined> {
  const now = await currentIfWrittenSince(secrets, name, value, before, writeStarted);
  return now && versionsWritten(secrets, name, now.properties.version!, value, before, writeStarted, new AbortController().signal);
}

/** After a move stopped before it sent its write: nothing of its own is in the vault, but a name it recovered goes back to deleted. */
async function nothingSent(secrets: SecretStore, name: string, wasRecovered: boolean, log: vscode.LogOutputChannel): Promise<string> {
  if (!wasRecovered) return " Nothing was stored.";
  return ` Nothing was stored.${await runUndo(() => deleteRecoveredAgain(secrets, name), log, `'${name}' in ${secrets.vaultName}`)}`;
}

/** After a failed or cancelled write: if the value is there anyway (as a version that was not before), take it back. */
async function removeIfStored(secrets: SecretStore, name: string, value: string, before: SecretProperties | undefined, writeStarted: number, wasRecovered: boolean, log: vscode.LogOutputChannel): Promise<string> {
  try {
    const written = await writtenDespiteFailure(secrets, name, value, before, writeStarted);
    if (!written) return await nothingSent(secrets, name, wasRecovered, log);
    return ` The vault had accepted the value before the failure:${await runUndo(() => undoVersions(secrets, name, written, before?.version, wasRecovered), log, `'${name}' in ${secrets.vaultName}`)}`;
  } catch {
    return ` Whether the vault kept the value is unknown: check '${name}' in ${secrets.vaultName}.`;
  }
}

/** A new version for an existing secret: its value, and the properties it gets. */
export interface NewVersion {
  readonly name: string;
  readonly value: string;
  readonly contentType?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly expiresOn?: Date;
}

export interface AddedVersion {
  readonly version: string;
  /** The write's answer was lost (a dropped connection, a cancel), but the vault had made the version. */
  readonly answerLost: boolean;
  /** The new version as read back. */
  readonly properties: SecretProperties;
}

/**
 * Adds `secret.value` as the new current version of a secret (a rotation: the new value is meant to
 * replace the old one, so a version the vault made is kept), then reads it back and compares.
 * A write whose answer is lost (a dropped connection, the SDK's retries too) may have been carried
 * out: the vault is asked (as removeIfStored does), and a current version made since the write
 * started that holds the value is this write's, with any retried copies. A cancel (`signal`, during
 * the write or the look for its copies) is the user's "no": as in a move, what the vault took is
 * taken back (removeIfStored). A version that cannot be read back, or reads back different, is
 * taken back too (undoVersions: the value current before is current again). Throws MoveStopped
 * saying what the vault holds: "Nothing was stored.", what was undone, or that it is unknown.
 */
export async function addVersionVerified(
  secrets: SecretStore,
  secret: NewVersion,
  before: SecretProperties | undefined,
  options: { readonly signal?: AbortSignal; readonly log: vscode.LogOutputChannel },
): Promise<AddedVersion> {
  const { name, value } = secret;
  const signal = options.signal ?? new AbortController().signal;
  const writeStarted = Date.now();
  // Cancelled (or unable to tell its own versions) once the vault may have the value: take it back
  // (removeIfStored looks, to the end), or the rotation would say it stopped while applications
  // read the new value.
  const takeBack = async (error: unknown): Promise<never> => {
    const outcome = isAzureError(error, "cancelled") ? "cancelled" : "failed";
    throw new MoveStopped(outcome, `${describeError(error)}${await removeIfStored(secrets, name, value, before, writeStarted, false, options.log)}`);
  };
  let returned: string | undefined;
  let written: string[] | undefined;
  try {
    // Not cancellable, as in storeSecretVerified: a cancel meanwhile takes back what it made (below).
    returned = (await secrets.setSecret(name, value, { contentType: secret.contentType, tags: secret.tags, expiresOn: secret.expiresOn })).version ?? "";
  } catch (error) {
    if (isAzureError(error, "cancelled")) return takeBack(error);
    let found: string[] | undefined;
    try {
      found = await writtenDespiteFailure(secrets, name, value, before, writeStarted);
    } catch {
      throw new MoveStopped("failed", `${describeError(error)} Whether the vault kept the new value is unknown: check '${name}' in ${secrets.vaultName}.`);
    }
    if (!found) throw new MoveStopped("failed", `${describeError(error)} ${NOTHING_STORED}`);
    options.log.info(`'${name}' in ${secrets.vaultName}: the write's answer was lost (${describeError(error)}), but the vault had made the version.`);
    written = found;
  }
  const answerLost = returned === undefined;
  // The SDK may have sent the write more than once (a lost answer it retried): an undo takes back every copy.
  const ours = written ?? (await versionsWritten(secrets, name, returned ?? "", value, before, writeStarted, signal).catch(takeBack));
  const version = ours[0]!;
  const undo: Undo = () => undoVersions(secrets, name, ours, before?.version, false);
  const readBack = await secrets.getSecret(name, { version }).catch(async (error: unknown) => {
    throw new MoveStopped("failed", `Could not read '${name}' back from ${secrets.vaultName}: ${describeError(error)}${await runUndo(undo, options.log, `'${name}' in ${secrets.vaultName}`)}`);
  });
  if (readBack?.value !== value) throw new MoveStopped("failed", `The value read back from ${secrets.vaultName} does not match what was sent.${await runUndo(undo, options.log, `'${name}' in ${secrets.vaultName}`)}`);
  return { version, answerLost, properties: readBack.properties };
}
