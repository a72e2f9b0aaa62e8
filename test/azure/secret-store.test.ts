// The SecretStore contract on the in-memory fake and on the real SecretClient against the emulator.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { emulatorSecretHarness, memorySecretHarness, startContractEmulator } from "./harness";
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
