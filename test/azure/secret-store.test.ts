// The SecretStore contract on the in-memory fake and on the real SecretClient against the emulator.
import { after, before } from "node:test";
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
