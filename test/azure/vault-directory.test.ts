// The VaultDirectory contract on the in-memory fake and on the real ARM clients against the emulator.
import { after, before } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { emulatorDirectoryHarness, memoryDirectoryHarness, startContractEmulator } from "./harness";
import { vaultDirectoryContract } from "./vault-directory.contract";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startContractEmulator();
});
after(() => emulator.close());

vaultDirectoryContract("MemoryVaultDirectory", memoryDirectoryHarness);
vaultDirectoryContract("ArmVaultDirectory → emulator (real ARM clients over HTTPS)", () => emulatorDirectoryHarness(emulator));
