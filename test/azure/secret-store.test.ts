// The SecretStore contract on the in-memory fake and on the real SecretClient against the emulator.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { emulatorSecretHarness, memorySecretHarness, rejection, startContractEmulator } from "./harness";
import { secretStoreContract } from "./secret-store.contract";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startContractEmulator();
});
after(() => emulator.close());

secretStoreContract("MemorySecretStore", memorySecretHarness);
secretStoreContract("KeyVaultSecretStore → emulator (real SecretClient over HTTPS)", () => emulatorSecretHarness(emulator));

// Only the SDK-backed store waits for a delete or recover to show (the SDK's pollers).
test("KeyVaultSecretStore: a delete or recover cancelled while waiting for it to show reports what the vault did", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("accepted-delete", "contract-test-value-30");
  // Reads see the old state for a while, as Key Vault's replicas do: the pollers keep waiting.
  emulator.faults.apply({ consistencyLagMs: 5_000 });
  try {
    const deleted = await store.deleteSecret("accepted-delete", { signal: AbortSignal.timeout(300) });
    assert.equal(deleted.name, "accepted-delete", "the vault accepted the delete: it is reported, not a cancel");
    const recovered = await store.recoverSecret("accepted-delete", { signal: AbortSignal.timeout(300) });
    assert.equal(recovered.name, "accepted-delete");
  } finally {
    emulator.faults.apply({ reset: true });
  }
  assert.equal((await store.getSecret("accepted-delete"))?.value, "contract-test-value-30");
});

// The emulator carries out the request, then drops the connection before answering: the SDK
// retries, and the retry finds nothing left to do.
test("KeyVaultSecretStore: a delete or recover whose answer was lost reports what the vault did, not 'not found'", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("lost-answer", "contract-test-value-31");
  try {
    emulator.faults.apply({ add: [{ kind: "dropResponse", count: 1, match: { method: "DELETE", path: "/secrets/lost-answer" } }] });
    const deleted = await store.deleteSecret("lost-answer");
    assert.equal(deleted.name, "lost-answer");
    assert.ok(deleted.deletedOn, "the deletion's date");
    emulator.faults.apply({ add: [{ kind: "dropResponse", count: 1, match: { method: "POST", path: "/deletedsecrets/lost-answer/recover" } }] });
    const recovered = await store.recoverSecret("lost-answer");
    assert.equal(recovered.name, "lost-answer");
  } finally {
    emulator.faults.apply({ reset: true });
  }
  assert.equal((await store.getSecret("lost-answer"))?.value, "contract-test-value-31");
  // A name that was never there is still notFound.
  await assert.rejects(store.deleteSecret("never-there"), (error: { kind?: string }) => error.kind === "notFound");
  await assert.rejects(store.recoverSecret("never-there"), (error: { kind?: string }) => error.kind === "notFound");
});

// A restore keeps the backup's versions and dates, so the lost answer is recognised by the name
// that was not live before the call. A name live before is a conflict, whatever the network did.
test("KeyVaultSecretStore: a restore whose answer was lost reports the restored secret, not 'already exists'", async () => {
  const source = emulatorSecretHarness(emulator).subject;
  const target = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  await source.setSecret("lost-restore", "contract-test-value-32");
  const backup = await source.backupSecret("lost-restore");
  const restore = { method: "POST", path: "/secrets/restore", name: "contract-prod-kv" };
  try {
    // Carried out, answer dropped: the SDK's retry gets 409 Conflict.
    emulator.faults.apply({ add: [{ kind: "dropResponse", count: 1, match: restore }] });
    const restored = await target.restoreSecret(backup);
    assert.equal(restored.name, "lost-restore");
    assert.equal((await target.getSecret("lost-restore"))?.value, "contract-test-value-32");
    // Now the name was live before: the retry's 409 after a connection dropped on the way is a real conflict.
    emulator.faults.apply({ add: [{ kind: "dropConnection", count: 1, match: restore }] });
    const conflict = await rejection(target.restoreSecret(backup));
    assert.equal(conflict.details.statusCode, 409);
    assert.match(conflict.message, /already exists in Key Vault/);
  } finally {
    emulator.faults.apply({ reset: true });
  }
});
