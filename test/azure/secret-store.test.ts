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
