// The ConfigurationStore contract on the in-memory fake and on the real AppConfigurationClient
// (token credential) against the emulator.
import { after, before } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { configurationStoreContract } from "./configuration-store.contract";
import { emulatorConfigurationHarness, memoryConfigurationHarness, startContractEmulator } from "./harness";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startContractEmulator();
});
after(() => emulator.close());

configurationStoreContract("MemoryConfigurationStore", memoryConfigurationHarness);
configurationStoreContract("AppConfigurationStore → emulator (real AppConfigurationClient over HTTPS)", () => emulatorConfigurationHarness(emulator));
