// SecretStore over the real, unmodified SecretClient of @azure/keyvault-secrets.
import { SecretClient, type DeletedSecret as SdkDeletedSecret, type SecretProperties as SdkSecretProperties } from "@azure/keyvault-secrets";
import { clientSetup, sleep, type AzureConnection } from "./connection";
import { requireEndpoint, type EndpointPolicy } from "./endpoints";
import { AzureError, isAzureError, isUnexplainedConflict, purgedNameNotReleasedError, secretNamedInConflict, toAzureError, type AccessNeeded, type AzureOperation } from "./errors";
import {
  describeSecret,
  VAULT_CLOCK_SKEW_MS,
  type Cancellable,
  type DeletedSecretProperties,
  type Secret,
  type SecretProperties,
  type SecretPropertiesPatch,
  type SecretStore,
  type SetSecretOptions,
} from "./secret-store";

function toProperties(properties: SdkSecretProperties): SecretProperties {
  return {
    name: properties.name,
    version: properties.version || undefined,
    enabled: properties.enabled ?? true,
    contentType: properties.contentType,
    tags: { ...properties.tags },
    createdOn: properties.createdOn,
    updatedOn: properties.updatedOn,
    notBefore: properties.notBefore,
    expiresOn: properties.expiresOn,
    managed: properties.managed ?? false,
    recoveryLevel: properties.recoveryLevel,
    recoverableDays: properties.recoverableDays,
  };
}

function toDeleted(deleted: SdkDeletedSecret): DeletedSecretProperties {
  return { ...toProperties(deleted.properties), deletedOn: deleted.properties.deletedOn, scheduledPurgeDate: deleted.properties.scheduledPurgeDate };
}

/**
 * The result of a delete or recover that Key Vault has accepted. beginDeleteSecret and
 * beginRecoverDeletedSecret send the request before they return; the polling after it only waits
 * for the change to show everywhere. A cancel or a dropped connection during that wait must not
 * report "cancelled" or "failed" for a change the vault made: the accepted result is returned.
 */
async function acceptedResult<T>(poller: { pollUntilDone(options: { abortSignal?: AbortSignal }): Promise<T>; getOperationState(): { isStarted?: boolean; result?: T } }, signal: AbortSignal | undefined): Promise<T> {
  try {
    return await poller.pollUntilDone({ abortSignal: signal });
  } catch (error) {
    const { isStarted, result } = poller.getOperationState();
    if (isStarted && result !== undefined) return result;
    throw error;
  }
}

/** The SDK's polling interval for delete and recover, when the connection does not set one. */
const SDK_POLL_INTERVAL_MS = 2000;

/**
 * The waits between looks for a delete or recover whose answer was lost, in poll intervals: 10 s
 * in all with the SDK's 2 s. Key Vault shows either everywhere only after a few seconds (recorded:
 * a deleted secret 404s twice at the SDK's 2 s polling, a recovered one three times).
 */
const LAGGING_LOOKS = [0.5, 1, 1.5, 2];

export class KeyVaultSecretStore implements SecretStore {
  readonly vaultUrl: string;

  constructor(
    private readonly client: SecretClient,
    readonly vaultName: string,
    private readonly pollIntervalMs?: number,
    /** The local emulator's `host:port`, when this is one of its vaults. */
    private readonly emulatorHost?: string,
  ) {
    this.vaultUrl = client.vaultUrl.replace(/\/$/, "");
  }

  /**
   * Checks the endpoint (see endpoints.ts), then builds the client with the right trust and
   * credential. `emulatorName`: what the emulator calls this vault (`orders-dev`), for messages to
   * name it as the Vaults view does rather than by `127.0.0.1:port`.
   */
  static open(vaultUrl: string, connection: AzureConnection, emulatorName?: string): KeyVaultSecretStore {
    const policy: EndpointPolicy = { allowLoopback: connection.localEmulator !== undefined };
    const endpoint = requireEndpoint(vaultUrl, "keyVault", policy);
    const { credential, options } = clientSetup(endpoint, connection);
    // The emulator's challenge names https://vault.azure.net, which a loopback host cannot end with.
    const client = new SecretClient(endpoint.url, credential, { ...options, disableChallengeResourceVerification: endpoint.loopback });
    if (!endpoint.loopback) return new KeyVaultSecretStore(client, endpoint.name, connection.pollIntervalMs);
    return new KeyVaultSecretStore(client, emulatorName ?? endpoint.name, connection.pollIntervalMs, endpoint.name);
  }

  async getSecret(name: string, options: Cancellable & { version?: string } = {}): Promise<Secret | undefined> {
    try {
      const secret = await this.client.getSecret(name, { version: options.version, abortSignal: options.signal });
      return { properties: toProperties(secret.properties), value: secret.value ?? "" };
    } catch (error) {
      const translated = toAzureError(error, this.operation("read", describeSecret(name, options.version)));
      if (translated.kind === "notFound") return undefined;
      throw translated;
    }
  }

  async setSecret(name: string, value: string, options: SetSecretOptions = {}): Promise<SecretProperties> {
    const { contentType, enabled, notBefore, expiresOn, signal } = options;
    try {
      return await this.call("write", describeSecret(name), async () => {
        const secret = await this.client.setSecret(name, value, { contentType, enabled, notBefore, expiresOn, tags: options.tags && { ...options.tags }, abortSignal: signal });
        return toProperties(secret.properties);
      });
    } catch (error) {
      // Setting a live name adds a version: a 409 here is about a deleted or purged name.
      if (!isAzureError(error) || !isUnexplainedConflict(error)) throw error;
      throw await this.explainedConflict(error, name, this.operation("write", describeSecret(name)), signal);
    }
  }

  listSecrets(options: Cancellable = {}): AsyncIterable<SecretProperties> {
    return this.iterate("read", "the list of secrets", () => this.client.listPropertiesOfSecrets({ abortSignal: options.signal }), toProperties);
  }

  listVersions(name: string, options: Cancellable = {}): AsyncIterable<SecretProperties> {
    return this.iterate("read", `the versions of ${describeSecret(name)}`, () => this.client.listPropertiesOfSecretVersions(name, { abortSignal: options.signal }), toProperties);
  }

  updateProperties(name: string, version: string | undefined, patch: SecretPropertiesPatch, options: Cancellable = {}): Promise<SecretProperties> {
    return this.call("write", describeSecret(name, version), async () => {
      const { enabled, contentType } = patch;
      // The SDK's types say Date | undefined, but its serializer passes null through as JSON null,
      // which is how Key Vault's PATCH removes a date (undefined is left out: unchanged).
      const notBefore = patch.notBefore as Date | undefined;
      const expiresOn = patch.expiresOn as Date | undefined;
      const updated = await this.client.updateSecretProperties(name, version ?? "", { enabled, contentType, notBefore, expiresOn, tags: patch.tags && { ...patch.tags }, abortSignal: options.signal });
      return toProperties(updated);
    });
  }

  async deleteSecret(name: string, options: Cancellable = {}): Promise<DeletedSecretProperties> {
    const started = Date.now();
    try {
      return await this.call("write", describeSecret(name), async () => {
        const poller = await this.client.beginDeleteSecret(name, { abortSignal: options.signal, intervalInMs: this.pollIntervalMs });
        return toDeleted(await acceptedResult(poller, options.signal));
      });
    } catch (error) {
      if (!isAzureError(error, "notFound")) throw error;
      // The SDK retries a DELETE whose answer was lost (a dropped connection); the retry then finds
      // nothing to delete. A deletion dated since this call started is that first DELETE's.
      const deleted = await this.lookWhileLagging(describeSecret(name), () => this.getDeletedSecret(name, options), options.signal);
      if (deleted?.deletedOn && deleted.deletedOn.getTime() >= started - VAULT_CLOCK_SKEW_MS) return deleted;
      throw error;
    }
  }

  async getDeletedSecret(name: string, options: Cancellable = {}): Promise<DeletedSecretProperties | undefined> {
    try {
      return toDeleted(await this.client.getDeletedSecret(name, { abortSignal: options.signal }));
    } catch (error) {
      const translated = toAzureError(error, this.operation("read", `deleted ${describeSecret(name)}`));
      if (translated.kind === "notFound") return undefined;
      throw translated;
    }
  }

  listDeletedSecrets(options: Cancellable = {}): AsyncIterable<DeletedSecretProperties> {
    return this.iterate("read", "the list of deleted secrets", () => this.client.listDeletedSecrets({ abortSignal: options.signal }), toDeleted);
  }

  async recoverSecret(name: string, options: Cancellable = {}): Promise<SecretProperties> {
    try {
      return await this.call("write", `deleted ${describeSecret(name)}`, async () => {
        const poller = await this.client.beginRecoverDeletedSecret(name, { abortSignal: options.signal, intervalInMs: this.pollIntervalMs });
        return toProperties(await acceptedResult(poller, options.signal));
      });
    } catch (error) {
      if (!isAzureError(error, "notFound")) throw error;
      // A retried recover whose first answer was lost finds no deleted secret: it is live again.
      const live = await this.lookWhileLagging(`deleted ${describeSecret(name)}`, () => this.getSecret(name, options), options.signal);
      if (live) return live.properties;
      throw error;
    }
  }

  /**
   * `look` until it finds something, for as long as Key Vault may take to show a change everywhere
   * (LAGGING_LOOKS): a name that was never there costs that long before "not found". A look that
   * fails otherwise (no permission to read deleted secrets, say) ends it: undefined.
   */
  private async lookWhileLagging<T>(subject: string, look: () => Promise<T | undefined>, signal: AbortSignal | undefined): Promise<T | undefined> {
    const interval = this.pollIntervalMs ?? SDK_POLL_INTERVAL_MS;
    for (const intervals of [0, ...LAGGING_LOOKS]) {
      if (intervals > 0) await this.call("write", subject, () => sleep(intervals * interval, signal));
      try {
        const found = await look();
        if (found !== undefined) return found;
      } catch (error) {
        if (isAzureError(error, "cancelled")) throw error;
        return undefined;
      }
    }
    return undefined;
  }

  purgeSecret(name: string, options: Cancellable = {}): Promise<void> {
    return this.call("write", `deleted ${describeSecret(name)}`, () => this.client.purgeDeletedSecret(name, { abortSignal: options.signal }), "Purge");
  }

  backupSecret(name: string, options: Cancellable = {}): Promise<Uint8Array> {
    // A backup is a write in Azure RBAC: Key Vault Secrets User (read) does not grant it.
    return this.call("write", describeSecret(name), async () => {
      const backup = await this.client.backupSecret(name, { abortSignal: options.signal });
      if (!backup) throw new AzureError("other", `Key Vault '${this.vaultName}' returned an empty backup of ${describeSecret(name)}.`, { service: "keyVault" });
      return backup;
    }, "Backup");
  }

  async restoreSecret(backup: Uint8Array, options: Cancellable = {}): Promise<SecretProperties> {
    // The blob is opaque, so only the names live before it can tell a restore whose answer was
    // lost (below). Best effort: without them (no permission to list, say), a 409 stays "already exists".
    const before = await this.liveNames(options.signal).catch(() => undefined);
    const started = Date.now();
    try {
      return toProperties(await this.client.restoreSecretBackup(backup, { abortSignal: options.signal }));
    } catch (raw) {
      // Only the service's 409 says which secret the backup holds.
      const named = secretNamedInConflict(raw);
      const operation = this.operation("write", named ? describeSecret(named) : "the restored secret", "Restore");
      const error = toAzureError(raw, operation);
      if (!isUnexplainedConflict(error)) throw error;
      const restored = before && (await this.restoredSince(before, named, started).catch(() => undefined));
      if (restored) return restored;
      throw named ? await this.explainedConflict(error, named, operation, options.signal) : error;
    }
  }

  /**
   * A 409 that names no state of the secret (isUnexplainedConflict), on a name that is neither
   * live nor soft-deleted: Key Vault is still releasing a name purged moments ago, and is said so
   * instead of "already exists". Best effort: when the look fails, the error stands.
   */
  private async explainedConflict(error: AzureError, name: string, operation: AzureOperation, signal: AbortSignal | undefined): Promise<AzureError> {
    const free = await Promise.all([this.getSecret(name, { signal }), this.getDeletedSecret(name, { signal })]).then(
      ([live, deleted]) => live === undefined && deleted === undefined,
      () => false,
    );
    return free ? purgedNameNotReleasedError(operation) : error;
  }

  /**
   * The SDK retries a restore whose answer was lost (a dropped connection); the retry finds the
   * secret restored and gets 409 Conflict. What that first restore brought back is a name live now
   * that was not when the call started, and the backup's: the one the 409 names; when it names
   * none, the only such name whose current version predates the call (a restore keeps the
   * backup's dates; a secret someone else created meanwhile is newer). Anything else: undefined,
   * and the 409 stands.
   */
  private async restoredSince(before: ReadonlySet<string>, named: string | undefined, started: number): Promise<SecretProperties | undefined> {
    const added = (await this.liveSecrets()).filter((properties) => !before.has(properties.name.toLowerCase()));
    if (named) return added.find((properties) => properties.name.toLowerCase() === named.toLowerCase());
    const older = added.filter((properties) => properties.createdOn !== undefined && properties.createdOn.getTime() < started - VAULT_CLOCK_SKEW_MS);
    return older.length === 1 ? older[0] : undefined;
  }

  private async liveNames(signal: AbortSignal | undefined): Promise<Set<string>> {
    return new Set((await this.liveSecrets(signal)).map((properties) => properties.name.toLowerCase()));
  }

  private async liveSecrets(signal?: AbortSignal): Promise<SecretProperties[]> {
    const all: SecretProperties[] = [];
    for await (const properties of this.listSecrets({ signal })) all.push(properties);
    return all;
  }

  private operation(access: AccessNeeded, subject: string, permissions?: string): AzureOperation {
    return { service: "keyVault", resource: this.vaultName, subject, access, permissions, emulatorHost: this.emulatorHost };
  }

  private async call<T>(access: AccessNeeded, subject: string, run: () => Promise<T>, permissions?: string): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toAzureError(error, this.operation(access, subject, permissions));
    }
  }

  private async *iterate<T, U>(access: AccessNeeded, subject: string, list: () => AsyncIterable<T>, map: (item: T) => U): AsyncIterable<U> {
    try {
      for await (const item of list()) yield map(item);
    } catch (error) {
      throw toAzureError(error, this.operation(access, subject));
    }
  }
}
