// A move's App Configuration write (src/extension/moves/setting-steps.ts) on the in-memory store,
// which the contract suite holds to the real AppConfigurationClient against the emulator. The races
// are staged by a store that lets a request through and then reports a failure, as the SDK does
// when it retries a request whose first attempt was applied but whose answer was lost.
import assert from "node:assert/strict";
import { test } from "node:test";
import { AzureError, MemoryConfigurationStore, type ConfigurationStore } from "../../src/azure";
import { MoveStopped } from "../../src/extension/moves/move-stopped";
import { storeSettingVerified } from "../../src/extension/moves/setting-steps";

const KEY = "Orders:ServiceUrl";
const LABEL = "development";
const OURS = "https://orders.internal.contoso.test/v2";
const THEIRS = "https://orders.internal.contoso.test/v3";
const warnings: string[] = [];
const log = { warn: (message: string) => void warnings.push(message) };

type Staged = "setSetting" | "setKeyVaultReference" | "deleteSetting" | "getSetting";

/**
 * The memory store, where a call of `method` (the first, or the one after `skip` calls) runs
 * `before` first (someone else writing between our read and our write), or is applied and then
 * answers `after` (a lost response).
 */
function staged(store: ConfigurationStore, method: Staged, stage: { before?: () => Promise<unknown>; after?: AzureError; skip?: number }): ConfigurationStore {
  let skip = stage.skip ?? 0;
  let armed = true;
  return new Proxy(store, {
    get(target, property, receiver) {
      const original = Reflect.get(target, property, receiver) as unknown;
      if (typeof original !== "function") return original;
      if (property !== method) return (original as (...a: unknown[]) => unknown).bind(target);
      return async (...args: unknown[]) => {
        if (!armed || skip-- > 0) return (original as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        armed = false;
        await stage.before?.();
        const result = await (original as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (stage.after) throw stage.after;
        return result;
      };
    },
  });
}

const options = (overwrite = true) => ({ overwrite: () => Promise.resolve(overwrite), signal: new AbortController().signal, log });
const lost412 = () => new AzureError("changedMeanwhile", `Setting '${KEY}' was written by someone else after it was read, so it was left as it is.`);

test("a new key is written only if still absent: a key someone creates meanwhile is kept", async () => {
  const store = new MemoryConfigurationStore();
  const racing = staged(store, "setSetting", { before: () => store.setSetting({ key: KEY, label: LABEL, value: THEIRS }) });
  const failure = await storeSettingVerified(racing, { key: KEY, label: LABEL, value: OURS }, options()).then(
    () => assert.fail("the write must be refused"),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof AzureError && failure.kind === "changedMeanwhile", String(failure));
  assert.equal((await store.getSetting(KEY, LABEL))?.value, THEIRS);
});

test("replacing a value the user agreed to replace: a value someone writes meanwhile is kept", async () => {
  const store = new MemoryConfigurationStore();
  await store.setSetting({ key: KEY, label: LABEL, value: "https://orders.internal.contoso.test/v1" });
  const racing = staged(store, "setSetting", { before: () => store.setSetting({ key: KEY, label: LABEL, value: THEIRS }) });
  await assert.rejects(storeSettingVerified(racing, { key: KEY, label: LABEL, value: OURS }, options()), (error: unknown) => error instanceof AzureError && error.kind === "changedMeanwhile");
  assert.equal((await store.getSetting(KEY, LABEL))?.value, THEIRS);
});

test("two moves of one key at once: the second finds the first's write and reuses it, so its undo removes nothing", async () => {
  const store = new MemoryConfigurationStore();
  const [first, second] = await Promise.all([
    storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, options()),
    storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, options()),
  ]);
  assert.deepEqual([first.reused, second.reused], [false, true]);
  assert.equal(await second.undo(), "");
  assert.equal((await store.getSetting(KEY, LABEL))?.value, OURS, "the first move's setting stays");
});

test("a locked setting with another value is refused without asking to replace it", async () => {
  const store = new MemoryConfigurationStore();
  await store.setSetting({ key: KEY, label: LABEL, value: THEIRS });
  store.setReadOnly(KEY, LABEL, true);
  let asked = false;
  const overwrite = () => ((asked = true), Promise.resolve(true));
  const failure = await storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, { ...options(), overwrite }).then(
    () => assert.fail("a locked setting must not be replaced"),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof MoveStopped && failure.outcome === "failed", String(failure));
  assert.match(failure.message, /locked \(read-only\)/);
  assert.equal(asked, false);
  assert.equal((await store.getSetting(KEY, LABEL))?.value, THEIRS);
});

test("an undo puts back a setting that had no value as one without a value, not an empty one", async () => {
  const store = new MemoryConfigurationStore();
  await store.setSetting({ key: KEY, label: LABEL });
  const stored = await storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, options());
  assert.equal(await stored.undo(), ` The setting '${KEY}' has its previous value again.`);
  const restored = await store.getSetting(KEY, LABEL);
  assert.ok(restored, "the setting is there again");
  assert.equal(restored.value, undefined);
});

test("a declined overwrite writes nothing", async () => {
  const store = new MemoryConfigurationStore();
  await store.setSetting({ key: KEY, label: LABEL, value: THEIRS });
  await assert.rejects(storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, options(false)), (error: unknown) => error instanceof MoveStopped && error.outcome === "cancelled");
  assert.equal((await store.getSetting(KEY, LABEL))?.value, THEIRS);
});

test("our own write answered 412 on the SDK's retry (first attempt applied) is ours: kept, and its undo removes it", async () => {
  const store = new MemoryConfigurationStore();
  const retried = staged(store, "setSetting", { after: lost412() });
  const stored = await storeSettingVerified(retried, { key: KEY, label: LABEL, value: OURS }, options());
  assert.equal(stored.reused, false);
  assert.equal((await store.getSetting(KEY, LABEL))?.value, OURS);
  assert.equal(await stored.undo(), ` The new setting '${KEY}' was removed again.`);
  assert.equal(await store.getSetting(KEY, LABEL), undefined);
});

test("a Key Vault reference whose answer was lost to a dropped connection is recognised as ours", async () => {
  const store = new MemoryConfigurationStore();
  const secretUri = "https://orders-dev-kv.vault.azure.net/secrets/Payments--WebhookSecret/";
  const dropped = staged(store, "setKeyVaultReference", { after: new AzureError("network", "The connection was reset.") });
  const stored = await storeSettingVerified(dropped, { key: "Payments:WebhookSecret", label: LABEL, secretUri }, options());
  assert.equal(stored.reused, false);
  assert.equal((await store.getSetting("Payments:WebhookSecret", LABEL))?.keyVaultSecretUri, secretUri);
});

test("a reference to the same secret in the portal's form (no trailing slash, host in other case) is reused, not replaced", async () => {
  const store = new MemoryConfigurationStore();
  await store.setKeyVaultReference("Payments:WebhookSecret", LABEL, "https://Orders-Dev-KV.vault.azure.net/secrets/Payments--WebhookSecret");
  let asked = false;
  const overwrite = () => ((asked = true), Promise.resolve(true));
  const stored = await storeSettingVerified(store, { key: "Payments:WebhookSecret", label: LABEL, secretUri: "https://orders-dev-kv.vault.azure.net/secrets/Payments--WebhookSecret/" }, { ...options(), overwrite });
  assert.equal(stored.reused, true);
  assert.equal(asked, false, "nothing to replace: the app already reads this secret");
});

test("a reference pinned to a version, or to another secret, is not the same: replacing it is asked", async () => {
  for (const theirs of ["https://orders-dev-kv.vault.azure.net/secrets/Payments--WebhookSecret/0123456789abcdef0123456789abcdef", "https://orders-dev-kv.vault.azure.net/secrets/Payments--OtherSecret/"]) {
    const store = new MemoryConfigurationStore();
    await store.setKeyVaultReference("Payments:WebhookSecret", LABEL, theirs);
    let asked = false;
    const overwrite = () => ((asked = true), Promise.resolve(false));
    await assert.rejects(storeSettingVerified(store, { key: "Payments:WebhookSecret", label: LABEL, secretUri: "https://orders-dev-kv.vault.azure.net/secrets/Payments--WebhookSecret/" }, { ...options(), overwrite }), MoveStopped);
    assert.equal(asked, true);
  }
});

test("cancelled after the write was applied: the write is taken back and the move says cancelled", async () => {
  const store = new MemoryConfigurationStore();
  await store.setSetting({ key: KEY, label: LABEL, value: THEIRS });
  const cancelled = staged(store, "setSetting", { after: new AzureError("cancelled", "The request was cancelled.") });
  const failure = await storeSettingVerified(cancelled, { key: KEY, label: LABEL, value: OURS }, options()).then(
    () => assert.fail("a cancel must stop the move"),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof MoveStopped && failure.outcome === "cancelled", String(failure));
  assert.match(failure.message, /has its previous value again/);
  assert.equal((await store.getSetting(KEY, LABEL))?.value, THEIRS);
});

test("a failed write that did not go through stays a failure", async () => {
  const store = new MemoryConfigurationStore();
  const refused = staged(store, "setSetting", { before: () => Promise.reject(new AzureError("network", "The connection was reset.")) });
  await assert.rejects(storeSettingVerified(refused, { key: KEY, label: LABEL, value: OURS }, options()), (error: unknown) => error instanceof AzureError && error.kind === "network");
  assert.equal(await store.getSetting(KEY, LABEL), undefined);
});

test("a write whose answer was lost and whose check cannot be read says the outcome is unknown, not 'nothing stored'", async () => {
  const store = new MemoryConfigurationStore();
  const network = () => new AzureError("network", "The connection was reset.");
  const lost = staged(store, "setSetting", { after: network() });
  // The first read (is the key there?) works; the check after the lost answer fails.
  const unreadable = staged(lost, "getSetting", { before: () => Promise.reject(network()), skip: 1 });
  const failure = await storeSettingVerified(unreadable, { key: KEY, label: LABEL, value: OURS }, options()).then(
    () => assert.fail("the move must stop"),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof MoveStopped && failure.outcome === "failed", String(failure));
  assert.match(failure.message, new RegExp(`Whether App Configuration kept the value is unknown: check '${KEY}' \\(label '${LABEL}'\\)`));
  assert.equal((await store.getSetting(KEY, LABEL))?.value, OURS, "the write did go through");
});

test("the undo leaves alone a value someone wrote after the move", async () => {
  const store = new MemoryConfigurationStore();
  await store.setSetting({ key: KEY, label: LABEL, value: "https://orders.internal.contoso.test/v1" });
  const stored = await storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, options());
  await store.setSetting({ key: KEY, label: LABEL, value: THEIRS });
  assert.equal(await stored.undo(), ` The setting '${KEY}' was changed by someone else meanwhile and was left as it is.`);
  assert.equal((await store.getSetting(KEY, LABEL))?.value, THEIRS);
});

test("an undo answered 412 on the SDK's retry (first attempt applied) reports what it did", async () => {
  const store = new MemoryConfigurationStore();
  const previous = "https://orders.internal.contoso.test/v1";
  await store.setSetting({ key: KEY, label: LABEL, value: previous });
  // The move's write goes through; the undo's restore is applied, then answered 412.
  const restoring = staged(store, "setSetting", { after: lost412(), skip: 1 });
  const stored = await storeSettingVerified(restoring, { key: KEY, label: LABEL, value: OURS }, options());
  assert.equal(await stored.undo(), ` The setting '${KEY}' has its previous value again.`);
  assert.equal((await store.getSetting(KEY, LABEL))?.value, previous);

  const other = "Orders:AuditUrl";
  const removing = staged(store, "deleteSetting", { after: lost412() });
  const created = await storeSettingVerified(removing, { key: other, label: LABEL, value: OURS }, options());
  assert.equal(await created.undo(), ` The new setting '${other}' was removed again.`);
  assert.equal(await store.getSetting(other, LABEL), undefined);
});

test("no value reaches a message or the log", () => {
  for (const message of warnings) for (const value of [OURS, THEIRS]) assert.ok(!message.includes(value));
});

test("a move that failed leaves its new setting to a move of the same value that found it meanwhile; the last to let go takes it back", async () => {
  const store = new MemoryConfigurationStore();
  const writer = await storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, options());
  const finder = await storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, options());
  assert.equal(finder.reused, true);
  assert.match(await writer.undo(), /stays: another move now uses it/);
  assert.equal((await store.getSetting(KEY, LABEL))?.value, OURS, "the finder's file reads the setting");
  assert.match(await finder.undo(), /removed again/);
  assert.equal(await store.getSetting(KEY, LABEL), undefined);
});

test("once a file reads the setting, no other move's failure takes it back", async () => {
  const store = new MemoryConfigurationStore();
  const writer = await storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, options());
  const finder = await storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, options());
  finder.settle(); // the finder's file reads the setting now
  assert.match(await writer.undo(), /stays: another move now uses it/);
  assert.equal((await store.getSetting(KEY, LABEL))?.value, OURS);
  const later = await storeSettingVerified(store, { key: KEY, label: LABEL, value: OURS }, options());
  assert.equal(await later.undo(), "", "found, not written: its undo takes nothing back");
  assert.equal((await store.getSetting(KEY, LABEL))?.value, OURS);
});
