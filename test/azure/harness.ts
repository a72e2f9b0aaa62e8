// What the contract suites run against: a store plus a way to make things go wrong. Two kinds of
// harness implement it: the in-memory fakes (their SimulatedConditions) and the SDK-backed stores
// talking over HTTPS to the emulator started in-process (its fault controller). The SDK clients
// are the real ones; the emulator's CA is trusted per client through AzureConnection.localEmulator.
import { AppConfigurationClient } from "@azure/app-configuration";
import type { AzureConnection, ConfigurationStore, SecretStore, SimulatedAccess, SimulatedConditions, VaultDirectory } from "../../src/azure";
import { AppConfigurationStore, ArmVaultDirectory, AzureError, KeyVaultSecretStore, MemoryConfigurationStore, MemorySecretStore, MemoryVaultDirectory } from "../../src/azure";
import type { RunningEmulator } from "../../src/emulator";
import { startEmulator } from "../../src/emulator";

/** Retries fast so fault tests stay quick; the counts are the SDK's defaults. */
export const TEST_RETRY = { maxRetries: 3, retryDelayInMs: 20, maxRetryDelayInMs: 200 };

export interface FaultControls {
  /** The next `count` requests get 429 with `Retry-After: retryAfterSeconds`. */
  throttle(count: number, retryAfterSeconds: number): void;
  /** The next `count` requests lose their connection (ECONNRESET). */
  dropConnections(count: number): void;
  /** The next requests wait `ms` before an answer. */
  latency(ms: number): void;
  /** `read-only`: reader role (Secrets User / Data Reader); `none`: no role. */
  setAccess(access: SimulatedAccess): void;
  reset(): void;
}

export interface Harness<T> {
  readonly subject: T;
  readonly faults: FaultControls;
}

export interface ConfigurationHarness extends Harness<ConfigurationStore> {
  /** Locks or unlocks a setting (App Configuration's read-only flag). */
  setReadOnly(key: string, label: string | undefined, readOnly: boolean): Promise<void>;
}

export interface DirectoryExpectations {
  readonly subscriptionId: string;
  readonly tenantId: string;
  readonly vaults: Readonly<Record<string, string>>;
  readonly stores: Readonly<Record<string, string>>;
}

function memoryFaults(conditions: SimulatedConditions): FaultControls {
  return {
    throttle: (count, seconds) => conditions.throttle(count, seconds),
    dropConnections: (count) => conditions.dropConnections(count),
    latency: (ms) => conditions.latency(ms, 100),
    setAccess: (access) => conditions.setAccess(access),
    reset: () => conditions.reset(),
  };
}

export function memorySecretHarness(): Harness<SecretStore> {
  const store = new MemorySecretStore({ vaultName: "contract-memory-kv", retry: TEST_RETRY });
  return { subject: store, faults: memoryFaults(store.conditions) };
}

export function memoryConfigurationHarness(): ConfigurationHarness {
  const store = new MemoryConfigurationStore({ storeName: "contract-memory-config", retry: TEST_RETRY });
  return {
    subject: store,
    faults: memoryFaults(store.conditions),
    setReadOnly: (key, label, readOnly) => Promise.resolve(store.setReadOnly(key, label, readOnly)),
  };
}

export function memoryDirectoryHarness(): Harness<VaultDirectory> & { expected: DirectoryExpectations } {
  const subscriptionId = "00000000-0000-0000-0000-00000000c0de";
  const tenantId = "00000000-0000-0000-0000-0000000a7e57";
  const vaultInfo = (name: string, rbac: boolean) => ({
    name,
    vaultUrl: `https://${name}.vault.azure.net`,
    subscriptionId,
    resourceGroup: "contract-rg",
    location: "westeurope",
    tenantId,
    tags: {},
    softDelete: true,
    softDeleteRetentionDays: 90,
    purgeProtection: false,
    rbacAuthorization: rbac,
    publicNetworkAccess: "Enabled",
    privateEndpoints: 0,
  });
  const directory = new MemoryVaultDirectory(
    {
      subscriptions: [{ subscriptionId, name: "Contract subscription", tenantId, state: "Enabled" }],
      keyVaults: [vaultInfo("contract-dev-kv", true), vaultInfo("contract-prod-kv", true)],
      appConfigurationStores: [
        {
          name: "contract-config",
          endpoint: "https://contract-config.azconfig.io",
          subscriptionId,
          resourceGroup: "contract-rg",
          location: "westeurope",
          tags: {},
          localAuthDisabled: false,
          purgeProtection: false,
        },
      ],
    },
    { retry: TEST_RETRY },
  );
  return {
    subject: directory,
    faults: memoryFaults(directory.conditions),
    expected: {
      subscriptionId,
      tenantId,
      vaults: { "contract-dev-kv": "https://contract-dev-kv.vault.azure.net", "contract-prod-kv": "https://contract-prod-kv.vault.azure.net" },
      stores: { "contract-config": "https://contract-config.azconfig.io" },
    },
  };
}

/** The emulator with the resources every contract suite uses, started once per test file. */
export async function startContractEmulator(): Promise<RunningEmulator> {
  return startEmulator({ vaults: ["contract-dev-kv", "contract-prod-kv"], appConfigStores: ["contract-config"], log: () => undefined });
}

/** What the extension builds when the user enabled the emulator: its CA, its announced endpoints. */
export function emulatorConnection(emulator: RunningEmulator): AzureConnection {
  const { vaults, appConfig, arm } = emulator.info;
  return {
    credential: {
      getToken: () => Promise.reject(new Error("the user's credential must never be used for the local emulator")),
    },
    retry: TEST_RETRY,
    pollIntervalMs: 20,
    localEmulator: {
      caCertPem: emulator.caCertPem,
      endpoints: [...Object.values(vaults), ...Object.values(appConfig).map((store) => store.endpoint), arm],
    },
  };
}

function emulatorFaults(emulator: RunningEmulator, match: { service: "keyvault" | "appconfig" | "arm"; name: string }): FaultControls {
  const { faults } = emulator;
  return {
    throttle: (count, retryAfterSeconds) => faults.throttle({ count, retryAfterSeconds, match }),
    dropConnections: (count) => faults.dropConnections({ count, match }),
    latency: (ms) => faults.latency(ms, { match }),
    setAccess: (access) => faults.setAccess(access, match),
    reset: () => faults.reset(),
  };
}

export function emulatorSecretHarness(emulator: RunningEmulator, vault = "contract-dev-kv"): Harness<SecretStore> {
  const store = KeyVaultSecretStore.open(emulator.info.vaults[vault]!, emulatorConnection(emulator));
  return { subject: store, faults: emulatorFaults(emulator, { service: "keyvault", name: vault }) };
}

export function emulatorConfigurationHarness(emulator: RunningEmulator, storeName = "contract-config"): ConfigurationHarness {
  const store = AppConfigurationStore.open(emulator.info.appConfig[storeName]!.endpoint, emulatorConnection(emulator));
  return {
    subject: store,
    faults: emulatorFaults(emulator, { service: "appconfig", name: storeName }),
    // Locks go through the store's REST API (PUT /locks/{key}), as the SDK's setReadOnly does.
    setReadOnly: async (key, label, readOnly) => {
      const client = new AppConfigurationClient(emulator.info.appConfig[storeName]!.connectionString, { tlsOptions: { ca: emulator.caCertPem } });
      await client.setReadOnly({ key, label }, readOnly);
    },
  };
}

export function emulatorDirectoryHarness(emulator: RunningEmulator): Harness<VaultDirectory> & { expected: DirectoryExpectations } {
  const directory = ArmVaultDirectory.open(emulatorConnection(emulator), emulator.info.arm);
  return {
    subject: directory,
    faults: emulatorFaults(emulator, { service: "arm", name: "arm" }),
    expected: {
      subscriptionId: emulator.info.subscriptionId,
      tenantId: emulator.info.tenantId,
      vaults: { ...emulator.info.vaults },
      stores: Object.fromEntries(Object.entries(emulator.info.appConfig).map(([name, store]) => [name, store.endpoint])),
    },
  };
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The AzureError a call rejected with; fails the test when it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<AzureError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AzureError) return error;
    throw new Error(`expected an AzureError, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
  }
  throw new Error("expected the call to fail");
}

/** `subject`, where each call of `method` first runs `run` with its arguments (a user pressing Cancel at that moment, a fault thrown). */
export function beforeCall<T extends object>(subject: T, method: keyof T, run: (...args: unknown[]) => void): T {
  return new Proxy(subject, {
    get(target, property, receiver) {
      const original = Reflect.get(target, property, receiver) as unknown;
      if (typeof original !== "function") return original;
      const bound = (original as (...args: unknown[]) => unknown).bind(target);
      if (property !== method) return bound;
      return (...args: unknown[]) => {
        run(...args);
        return bound(...args);
      };
    },
  });
}
