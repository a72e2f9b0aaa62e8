// startEmulator(): loads or creates the state, makes the TLS material, and starts one HTTPS listener
// for ARM (plus the admin routes), one per vault and one per App Configuration store.
//
// Addressing, and why: a vault's URL is https://127.0.0.1:<its own port>. The Key Vault SDK parses
// ids as exactly /secrets/{name}[/{version}] (no room for a path prefix) and checks the challenge
// resource against the host name; `*.localhost` names do not resolve everywhere and real
// `*.vault.azure.net` names would need a DNS override in every client. A port per vault works with
// the unmodified SDK and standard options only (`disableChallengeResourceVerification: true`,
// `tlsOptions: { ca }`); ids and next links carry the request's Host, so the SDK stays on the emulator.
// App Configuration stores get a port each for the same reason (the HMAC signs the host), and ARM
// one more. `--port N` makes the layout predictable: ARM N, vaults N+1…, then the stores.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { EmulatorDirectory } from "./directory";
import { UnknownResourceError } from "./directory";
import { SettingStore } from "./appconfig/settings";
import { SnapshotStore } from "./appconfig/snapshots";
import { AppConfigHandler } from "./appconfig/handler";
import { ArmHandler } from "./arm/handler";
import { connectionString } from "./arm/resources";
import { FaultController } from "./faults";
import { KeyVaultHandler } from "./keyvault/handler";
import { SecretService } from "./keyvault/secrets";
import { fileBacked, inMemoryOnly } from "./persistence";
import { parseVaultProperties, seedSecret, type SecretSeed, type SeededSecret } from "./seed";
import { startEndpoint, type Endpoint } from "./server";
import { createEmptyState, createStore, createVault, type EmulatorState, type VaultProperties } from "./state";
import { createEmulatorTls } from "./tls";
import type { EmulatorInfo, EmulatorOptions, RunningEmulator, VaultOption } from "./types";

/** Vault names: 3–24 characters, letters, digits and single hyphens, starting with a letter. */
const VAULT_NAME = /^(?=.{3,24}$)[a-zA-Z](?:[a-zA-Z0-9]|-(?!-))*[a-zA-Z0-9]$/;
/** App Configuration store names: 5–50 characters, letters, digits and hyphens. */
const STORE_NAME = /^[a-zA-Z0-9-]{5,50}$/;
const DEFAULT_APP_CONFIG_PAGE_SIZE = 100;

function vaultOption(option: string | VaultOption): VaultOption {
  return typeof option === "string" ? { name: option } : option;
}

/** Adds the requested vaults and stores to the (possibly loaded) state. */
function addRequestedResources(state: EmulatorState, options: EmulatorOptions): void {
  for (const { name, properties } of (options.vaults ?? []).map(vaultOption)) {
    if (!VAULT_NAME.test(name)) throw new Error(`'${name}' is not a valid vault name (3-24 letters, digits and hyphens, starting with a letter).`);
    const overrides = properties ? parseVaultProperties(properties) : {};
    const existing = state.vaults[name.toLowerCase()];
    if (existing) Object.assign(existing.properties, overrides);
    else state.vaults[name.toLowerCase()] = createVault(name, overrides);
  }
  for (const name of options.appConfigStores ?? []) {
    if (!STORE_NAME.test(name)) throw new Error(`'${name}' is not a valid App Configuration store name (5-50 letters, digits and hyphens).`);
    state.stores[name.toLowerCase()] ??= createStore(name);
  }
}

/** The CA goes where the caller says, next to the data file, or into a temp directory removed on close. */
function writeCaCertificate(pem: string, options: EmulatorOptions): { caCertPath: string; cleanup: () => void } {
  if (options.caCertPath || options.dataFile) {
    const caCertPath = path.resolve(options.caCertPath ?? `${options.dataFile}.ca.pem`);
    fs.mkdirSync(path.dirname(caCertPath), { recursive: true });
    fs.writeFileSync(caCertPath, pem, { mode: 0o644 });
    return { caCertPath, cleanup: () => undefined };
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "secret-hygiene-emulator-"));
  const caCertPath = path.join(directory, "ca.pem");
  fs.writeFileSync(caCertPath, pem, { mode: 0o644 });
  return { caCertPath, cleanup: () => fs.rmSync(directory, { recursive: true, force: true }) };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const persistence = options.dataFile ? fileBacked(path.resolve(options.dataFile)) : inMemoryOnly;
  const state = persistence.load() ?? createEmptyState();
  addRequestedResources(state, options);
  const save = () => persistence.save(state);
  save();

  const faults = new FaultController();
  const tls = createEmulatorTls();
  const { caCertPath, cleanup } = writeCaCertificate(tls.caCertPem, options);

  const backupKey = Buffer.from(state.backupKey, "base64");
  const secretServices = new Map<string, SecretService>();
  for (const [key, vault] of Object.entries(state.vaults)) {
    secretServices.set(key, new SecretService(vault, { now: () => Math.floor(Date.now() / 1000), lagMs: () => faults.consistencyLagMs, backupKey, save }));
  }
  const settingStores = new Map<string, SettingStore>();
  for (const [key, store] of Object.entries(state.stores)) settingStores.set(key, new SettingStore(store, { now: () => new Date(), save }));

  const vaultUrls = new Map<string, string>();
  const storeUrls = new Map<string, string>();
  const endpoints: Endpoint[] = [];

  const secretsOf = (vault: string): SecretService => {
    const service = secretServices.get(vault.toLowerCase());
    if (!service) throw new UnknownResourceError(`The emulator serves no vault named '${vault}'.`);
    return service;
  };
  const setVaultProperties = (vault: string, properties: Partial<VaultProperties>): VaultProperties => {
    const target = secretsOf(vault).vault;
    Object.assign(target.properties, parseVaultProperties(properties));
    save();
    return { ...target.properties, tags: { ...target.properties.tags } };
  };
  const seed = (vault: string, secret: SecretSeed): SeededSecret => seedSecret(secretsOf(vault), secret);

  let arm: Endpoint | undefined;
  const info = (): EmulatorInfo => {
    const appConfig: EmulatorInfo["appConfig"] = {};
    for (const [key, store] of Object.entries(state.stores)) {
      const endpoint = storeUrls.get(key) ?? "";
      const readWrite = store.accessKeys.find((candidate) => !candidate.readOnly);
      const readOnly = store.accessKeys.find((candidate) => candidate.readOnly);
      if (!readWrite || !readOnly) throw new Error(`store ${store.name} has lost its access keys`);
      appConfig[store.name] = { endpoint, connectionString: connectionString(endpoint, readWrite), readOnlyConnectionString: connectionString(endpoint, readOnly) };
    }
    return {
      vaults: Object.fromEntries(Object.entries(state.vaults).map(([key, vault]) => [vault.name, vaultUrls.get(key) ?? ""])),
      appConfig,
      arm: arm?.url ?? "",
      subscriptionId: state.subscriptionId,
      tenantId: state.tenantId,
      caCertPath,
    };
  };
  const directory: EmulatorDirectory = {
    state,
    faults,
    vaultUrl: (key) => vaultUrls.get(key) ?? "",
    storeUrl: (key) => storeUrls.get(key) ?? "",
    setVaultProperties,
    seedSecret: seed,
    info,
  };

  let nextPort = options.port ?? 0;
  const endpointOptions = () => ({ tls, faults, port: nextPort === 0 ? 0 : nextPort++, log: options.verbose ? log : undefined });
  const closeEndpoints = () => Promise.all(endpoints.map((endpoint) => endpoint.close()));
  try {
    arm = await startEndpoint(new ArmHandler(directory), endpointOptions());
    endpoints.push(arm);
    for (const [key, secrets] of secretServices) {
      const handler = new KeyVaultHandler({
        secrets,
        faults,
        identity: () => ({ name: secrets.vault.name, location: secrets.vault.properties.location, resourceGroup: secrets.vault.properties.resourceGroup, subscriptionId: state.subscriptionId, tenantId: state.tenantId }),
      });
      const endpoint = await startEndpoint(handler, endpointOptions());
      endpoints.push(endpoint);
      vaultUrls.set(key, endpoint.url);
    }
    for (const [key, settings] of settingStores) {
      const snapshots = new SnapshotStore(settings.store, settings, { now: () => new Date(), save });
      const handler = new AppConfigHandler({ settings, snapshots, faults, pageSize: options.appConfigPageSize ?? DEFAULT_APP_CONFIG_PAGE_SIZE });
      const endpoint = await startEndpoint(handler, endpointOptions());
      endpoints.push(endpoint);
      storeUrls.set(key, endpoint.url);
    }
  } catch (error) {
    await closeEndpoints();
    cleanup();
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    info: info(),
    caCertPem: tls.caCertPem,
    faults,
    seedSecret: seed,
    setVaultProperties,
    close() {
      closing ??= closeEndpoints().then(() => {
        save();
        cleanup();
      });
      return closing;
    },
  };
}
