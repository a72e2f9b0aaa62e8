// What the ARM endpoint and the admin endpoint need from the running emulator: the state, where each
// vault and store listens, and the operations that reach across services.
import type { FaultController } from "./faults";
import type { SecretSeed, SeededSecret } from "./seed";
import type { EmulatorState, VaultProperties } from "./state";
import type { EmulatorInfo } from "./types";

export interface EmulatorDirectory {
  readonly state: EmulatorState;
  readonly faults: FaultController;
  /** Base URL of a vault's listener, by its state key (lower-cased name). */
  vaultUrl(key: string): string;
  /** Base URL of a store's listener, by its state key (lower-cased name). */
  storeUrl(key: string): string;
  setVaultProperties(vault: string, properties: Partial<VaultProperties>): VaultProperties;
  seedSecret(vault: string, seed: SecretSeed): SeededSecret;
  info(): EmulatorInfo;
}

/** Raised for a vault or store name the emulator does not serve. */
export class UnknownResourceError extends Error {}
