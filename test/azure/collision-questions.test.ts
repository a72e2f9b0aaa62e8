// The questions a move asks when its secret's name is taken (vault-steps.ts), with the real
// SecretClient against the emulator: a plan that reads the value by the secret's name (an
// appsettings*.json move, `readAs`) is never offered another name, and stops before writing
// anything when one would be needed; the dialog says whose the existing secret is.
import { dialogs } from "./vscode-dialog-stub";
import assert from "node:assert/strict";
import { after, afterEach, before, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { MoveStopped } from "../../src/extension/moves/move-stopped";
import { storeSecretVerified, VaultValueIndex, type SecretToStore } from "../../src/extension/moves/vault-steps";
import { collect, emulatorSecretHarness, startContractEmulator } from "./harness";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startContractEmulator();
});
after(() => emulator.close());
afterEach(() => {
  dialogs.asked.length = 0;
  dialogs.answers.length = 0;
});

const log = { info: () => undefined, warn: () => undefined } as unknown as Parameters<typeof storeSecretVerified>[2]["log"];
const signal = new AbortController().signal;
/** Made-up values, built at run time. */
const value = (label: string) => `collision-test-${label}-${Date.now().toString(36)}`;
const toStore = (name: string, stored: string, tags: Record<string, string> = { app: "orders", source: "apps/orders/appsettings.Production.json" }): SecretToStore => ({ name, value: stored, contentType: "text/plain", tags });

test("read by its name, a preset 'another name' stops before storing: a purge-protected vault keeps no soft-deleted copy", async () => {
  const store = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  emulator.setVaultProperties("contract-prod-kv", { enablePurgeProtection: true });
  try {
    const existing = value("existing");
    await store.setSecret("ConnectionStrings--Kept", existing);
    const failure = await storeSecretVerified(store, toStore("ConnectionStrings--Kept", value("moved")), { onCollision: "otherName", signal, log, readAs: "ConnectionStrings:Kept" }).then(
      () => assert.fail("the name is read by the app: no other name may be used"),
      (error: unknown) => error,
    );
    assert.ok(failure instanceof MoveStopped);
    assert.equal(failure.outcome, "failed");
    assert.match(failure.message, /^'ConnectionStrings--Kept' holds another value in \S+, and the app reads the secret by that name, as ConnectionStrings:Kept: under another name it would not be read\. Nothing was stored\. Move it again and add a new version/);
    assert.equal((await store.getSecret("ConnectionStrings--Kept"))?.value, existing, "the existing value is untouched");
    assert.equal(await store.getSecret("ConnectionStrings--Kept-2"), undefined, "nothing was stored under another name");
    assert.deepEqual((await collect(store.listDeletedSecrets())).map((deleted) => deleted.name), [], "nothing was stored and deleted again");
  } finally {
    emulator.setVaultProperties("contract-prod-kv", { enablePurgeProtection: false });
  }
});

test("read by its name, the collision dialog offers only a new version; dismissed, nothing is stored", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  const existing = value("dialog-existing");
  await store.setSecret("Smtp--Password", existing, { tags: { app: "orders", source: "apps/orders/appsettings.Production.json" } });
  dialogs.answers.push(undefined);
  await assert.rejects(storeSecretVerified(store, toStore("Smtp--Password", value("dialog-moved")), { signal, log, readAs: "Smtp:Password" }), (error: unknown) => error instanceof MoveStopped && error.outcome === "cancelled");
  assert.equal(dialogs.asked.length, 1);
  assert.deepEqual(dialogs.asked[0]!.buttons, ["Add a New Version"]);
  assert.match(dialogs.asked[0]!.detail ?? "", /^The app reads the value by the secret's name, as Smtp:Password: under another name it would not be read\./);
  assert.doesNotMatch(dialogs.asked[0]!.message, /belongs to|stored from/, "the same app and file: nothing to say about the owner");
  assert.equal((await store.getSecret("Smtp--Password"))?.value, existing);

  const moved = value("dialog-moved-again");
  dialogs.answers.push("Add a New Version");
  const stored = await storeSecretVerified(store, toStore("Smtp--Password", moved), { signal, log, readAs: "Smtp:Password" });
  assert.equal(stored.name, "Smtp--Password");
  assert.equal((await store.getSecret("Smtp--Password"))?.value, moved);
});

test("without a name the app reads, both answers are offered, another name first", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("free-name", value("free-existing"));
  dialogs.answers.push(undefined);
  await assert.rejects(storeSecretVerified(store, toStore("free-name", value("free-moved")), { signal, log }));
  assert.deepEqual(dialogs.asked[0]!.buttons, ["Use Another Name", "Add a New Version"]);
});

test("the collision dialog names the app and file the existing secret came from, when they are not this move's", async () => {
  const store = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  await store.setSecret("ConnectionStrings--Default", value("billing"), { tags: { app: "billing", source: "apps/billing/appsettings.Production.json" } });
  dialogs.answers.push(undefined);
  await assert.rejects(storeSecretVerified(store, toStore("ConnectionStrings--Default", value("orders")), { signal, log, readAs: "ConnectionStrings:Default" }));
  const [asked] = dialogs.asked;
  assert.equal(asked?.message, `Key Vault ${store.vaultName} already has a secret 'ConnectionStrings--Default' with a different value. It belongs to app 'billing' (from apps/billing/appsettings.Production.json).`);
  assert.match(asked.detail ?? "", /A new version replaces the current value for everything that reads it, app 'billing' included\.$/);
});

test("read by its name, a deleted secret of that name offers only to recover it", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("Queue--Password", value("deleted"));
  await store.deleteSecret("Queue--Password");
  dialogs.answers.push(undefined);
  await assert.rejects(storeSecretVerified(store, toStore("Queue--Password", value("queue")), { signal, log, readAs: "Queue:Password" }));
  assert.deepEqual(dialogs.asked[0]!.buttons, ["Recover It and Add a Version"]);
});

test("read by its name, the same value under another secret is not offered: the value is stored under the name the app reads", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  const shared = value("elsewhere");
  await store.setSecret("mail-password", shared);
  const stored = await storeSecretVerified(store, toStore("Mail--Password", shared), { signal, log, index: new VaultValueIndex(store), readAs: "Mail:Password" });
  assert.deepEqual(dialogs.asked, [], "no question: 'Use mail-password' would not be read");
  assert.deepEqual([stored.name, stored.reused], ["Mail--Password", false]);
});
