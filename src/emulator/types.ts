// The emulator's public contract: what callers pass in and what they get back. The CLI prints
// `EmulatorInfo` as its one JSON line; tests and `npm start` receive it from `startEmulator`.
import type { FaultController } from "./faults";
import type { SecretSeed, SeededSecret } from "./seed";
import type { VaultProperties } from "./state";

export interface VaultOption {
  name: string;
  /** Overrides of the vault's ARM properties (soft delete, purge protection, RBAC, network, tags). */
  properties?: Partial<VaultProperties>;
}

export interface EmulatorOptions {
  /**
   * First TCP port. ARM gets this one, then each vault and each App Configuration store the next
   * ports in order. Omitted or 0: every endpoint takes a free port from the OS.
   */
  port?: number;
  /** Key Vaults to serve (added to those already in the data file). */
  vaults?: Array<string | VaultOption>;
  /** App Configuration stores to serve (added to those already in the data file). */
  appConfigStores?: string[];
  /** JSON file that keeps the state across restarts. Omitted: state lives in memory only. */
  dataFile?: string;
  /** Where to write the CA certificate. Default: next to the data file, else in a fresh temp directory. */
  caCertPath?: string;
  /** Log `METHOD service/name path status ms` for every request. */
  verbose?: boolean;
  /** Receives log lines (default: stderr). Never receives secret values. */
  log?: (line: string) => void;
  /** Page size of App Configuration lists (the service uses 100); small values make paging testable. */
  appConfigPageSize?: number;
}

export interface AppConfigEndpointInfo {
  endpoint: string;
  /** A read-write access key, as `az appconfig credential list` would show it. */
  connectionString: string;
  /** A read-only access key: writes with it get 403. */
  readOnlyConnectionString: string;
}

/** What a client needs to reach the emulator. Printed by the CLI as one JSON line. */
export interface EmulatorInfo {
  vaults: Record<string, string>;
  appConfig: Record<string, AppConfigEndpointInfo>;
  arm: string;
  subscriptionId: string;
  tenantId: string;
  caCertPath: string;
}

export interface RunningEmulator {
  readonly info: EmulatorInfo;
  /** The CA certificate (PEM) that signed every endpoint's certificate: trust it per client. */
  readonly caCertPem: string;
  /** Switches faults on and off; the same controller the admin endpoint drives. */
  readonly faults: FaultController;
  /** Adds a secret version with any dates (past creation, expiry…), as if it had been set back then. */
  seedSecret(vault: string, seed: SecretSeed): SeededSecret;
  /** Changes a vault's ARM properties; the data plane follows (recovery level, purge protection). */
  setVaultProperties(vault: string, properties: Partial<VaultProperties>): VaultProperties;
  /** Stops every endpoint, saves the state and removes a temporary CA file. */
  close(): Promise<void>;
}
