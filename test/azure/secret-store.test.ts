// The SecretStore contract on the in-memory fake and on the real SecretClient against the emulator.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { RestError } from "@azure/core-rest-pipeline";
import type { SecretClient, SecretProperties as SdkSecretProperties } from "@azure/keyvault-secrets";
import { KeyVaultSecretStore } from "../../src/azure";
import type { RunningEmulator } from "../../src/emulator";
import { emulatorConnection, emulatorSecretHarness, memorySecretHarness, rejection, startContractEmulator } from "./harness";
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

// Key Vault shows a delete or a recover everywhere only after a few seconds: the look after a lost
// answer waits that out (a few poll intervals) instead of reporting "has no secret" at once.
test("KeyVaultSecretStore: a delete or recover whose answer was lost while the vault lags is still what the vault did", async () => {
  // 200 ms between polls: the looks after a lost answer wait up to 1 s in all.
  const store = KeyVaultSecretStore.open(emulator.info.vaults["contract-dev-kv"]!, { ...emulatorConnection(emulator), pollIntervalMs: 200 });
  await store.setSecret("lost-while-lagging", "contract-test-value-33");
  try {
    emulator.faults.apply({ consistencyLagMs: 600, add: [{ kind: "dropResponse", count: 1, match: { method: "DELETE", path: "/secrets/lost-while-lagging" } }] });
    const deleted = await store.deleteSecret("lost-while-lagging");
    assert.equal(deleted.name, "lost-while-lagging");
    emulator.faults.apply({ add: [{ kind: "dropResponse", count: 1, match: { method: "POST", path: "/deletedsecrets/lost-while-lagging/recover" } }] });
    const recovered = await store.recoverSecret("lost-while-lagging");
    assert.equal(recovered.name, "lost-while-lagging");
  } finally {
    emulator.faults.apply({ reset: true });
  }
  // Looking is bounded: a name that was never there is "not found" after the looks, not never.
  const started = Date.now();
  await assert.rejects(store.deleteSecret("never-there-either"), (error: { kind?: string }) => error.kind === "notFound");
  assert.ok(Date.now() - started < 3_000, `gave up after ${Date.now() - started} ms`);
});

// A restore keeps the backup's versions and dates, so the lost answer is recognised by the name
// that was not live before the call. A name live before is a conflict, whatever the network did.
test("KeyVaultSecretStore: a restore whose answer was lost reports the restored secret, not 'already exists'", async () => {
  const source = emulatorSecretHarness(emulator).subject;
  const target = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  await source.setSecret("lost-restore", "contract-test-value-32");
  const backup = await source.backupSecret("lost-restore");
  const restore = { method: "POST", path: "/secrets/restore", name: "contract-prod-kv" };
  try {
    // Carried out, answer dropped: the SDK's retry gets 409 Conflict.
    emulator.faults.apply({ add: [{ kind: "dropResponse", count: 1, match: restore }] });
    const restored = await target.restoreSecret(backup);
    assert.equal(restored.name, "lost-restore");
    assert.equal((await target.getSecret("lost-restore"))?.value, "contract-test-value-32");
    // Now the name was live before: the retry's 409 after a connection dropped on the way is a real conflict.
    emulator.faults.apply({ add: [{ kind: "dropConnection", count: 1, match: restore }] });
    const conflict = await rejection(target.restoreSecret(backup));
    assert.equal(conflict.details.statusCode, 409);
    assert.match(conflict.message, /^Secret 'lost-restore' already exists in Key Vault/);
  } finally {
    emulator.faults.apply({ reset: true });
  }
});

// The check for a lost answer must not take another client's new secret for the restored one.
test("KeyVaultSecretStore: a restore onto a live name is 'already exists' even when someone else adds a secret meanwhile", async () => {
  const store = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  const other = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  await store.setSecret("restore-live", "contract-test-value-34");
  const backup = await store.backupSecret("restore-live");
  try {
    emulator.faults.apply({ add: [{ kind: "latency", ms: 400, count: 1, match: { method: "POST", path: "/secrets/restore", name: "contract-prod-kv" } }] });
    const restoring = rejection(store.restoreSecret(backup));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await other.setSecret("added-meanwhile", "contract-test-value-35");
    const conflict = await restoring;
    assert.equal(conflict.details.statusCode, 409);
    assert.match(conflict.message, /^Secret 'restore-live' already exists in Key Vault/);
  } finally {
    emulator.faults.apply({ reset: true });
  }
});

test("KeyVaultSecretStore: a restore refused for a soft-deleted name names the secret to recover or purge", async () => {
  const store = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  await store.setSecret("restore-deleted", "contract-test-value-36");
  const backup = await store.backupSecret("restore-deleted");
  await store.deleteSecret("restore-deleted");
  const conflict = await rejection(store.restoreSecret(backup));
  assert.equal(conflict.kind, "conflictDeleted");
  assert.match(conflict.message, /^Secret 'restore-deleted' in Key Vault '[^']+' was deleted and is kept for recovery \(soft delete\): recover it, or purge it/);
});

// Key Vault keeps a purged name for a few seconds (Azure/azure-sdk-for-net#26027): the secret is
// neither live nor deleted, so "already exists" would send the user looking for nothing.
test("KeyVaultSecretStore: a set or restore right after a purge says Key Vault is still releasing the name, not 'already exists'", async () => {
  const store = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  await store.setSecret("just-purged", "contract-test-value-37");
  const backup = await store.backupSecret("just-purged");
  await store.deleteSecret("just-purged");
  const releasedAt = Date.now() + 1_500;
  try {
    emulator.faults.apply({ consistencyLagMs: 1_500 });
    await store.purgeSecret("just-purged");
    for (const attempt of [() => store.restoreSecret(backup), () => store.setSecret("just-purged", "contract-test-value-38")]) {
      const conflict = await rejection(attempt());
      assert.equal(conflict.details.statusCode, 409);
      assert.match(conflict.message, /^Secret 'just-purged' in Key Vault '[^']+' was purged moments ago, and Key Vault is still releasing the name: retry in a few seconds\.$/);
    }
  } finally {
    emulator.faults.apply({ reset: true });
  }
  // Once released, the name is free: the restore goes through.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, releasedAt - Date.now()) + 50));
  assert.equal((await store.restoreSecret(backup)).name, "just-purged");
});

// The explorer's list of deleted secrets can still show one a teammate is recovering: its purge
// gets 409 ObjectIsBeingRecovered, which is no "already exists" and no soft-deleted name either.
test("KeyVaultSecretStore: a purge while the secret is being recovered says it is no longer deleted", async () => {
  const store = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  await store.setSecret("being-recovered", "contract-test-value-39");
  await store.deleteSecret("being-recovered");
  const recoveredAt = Date.now() + 1_500;
  try {
    emulator.faults.apply({ consistencyLagMs: 1_500 });
    // Accepted by the vault; the wait for it to show is cut short.
    await store.recoverSecret("being-recovered", { signal: AbortSignal.timeout(200) });
    const conflict = await rejection(store.purgeSecret("being-recovered"));
    assert.equal(conflict.kind, "other");
    assert.equal(conflict.details.innerCode, "ObjectIsBeingRecovered");
    assert.match(conflict.message, /^Deleted secret 'being-recovered' in Key Vault '[^']+' is being recovered right now, so it is no longer deleted: retry in a few seconds\.$/);
  } finally {
    emulator.faults.apply({ reset: true });
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, recoveredAt - Date.now()) + 50));
  assert.equal((await store.getSecret("being-recovered"))?.value, "contract-test-value-39", "the purge destroyed nothing");
});

// A 409 whose text names no secret (Key Vault's wording for this one is not recorded): the restored
// secret is told from someone else's new one by its date, which a restore keeps from the backup.
test("KeyVaultSecretStore: a restore's 409 naming no secret counts only a secret older than the call as the one restored", async () => {
  const hourAgo = new Date(Date.now() - 3_600_000);
  const live: SdkSecretProperties[] = [];
  const properties = (name: string, createdOn: Date) => ({ name, vaultUrl: "https://stub-kv.vault.azure.net", version: "0".repeat(32), enabled: true, createdOn, updatedOn: createdOn }) as SdkSecretProperties;
  let addOnRestore: SdkSecretProperties[] = [];
  const client = {
    vaultUrl: "https://stub-kv.vault.azure.net",
    listPropertiesOfSecrets: () => ({
      [Symbol.asyncIterator]: () => {
        const items = live.values();
        return { next: () => Promise.resolve(items.next()) };
      },
    }),
    restoreSecretBackup: () => {
      live.push(...addOnRestore);
      const conflict = new RestError("Conflict", { statusCode: 409, code: "Conflict" });
      conflict.details = { error: { code: "Conflict", message: "There is a conflict with the current state of the target." } };
      return Promise.reject(conflict);
    },
  };
  const store = new KeyVaultSecretStore(client as unknown as SecretClient, "stub-kv");
  // Someone else's secret, created during the call: not ours.
  addOnRestore = [properties("created-meanwhile", new Date())];
  const conflict = await rejection(store.restoreSecret(new Uint8Array([1])));
  assert.match(conflict.message, /^The restored secret already exists in Key Vault 'stub-kv'/);
  // The backup's secret, dated as when it was backed up, next to someone else's new one: ours.
  addOnRestore = [properties("restored-from-backup", hourAgo), properties("created-meanwhile-too", new Date())];
  assert.equal((await store.restoreSecret(new Uint8Array([1]))).name, "restored-from-backup");
});

// A new SecretClient's first request is Key Vault's 401 challenge, answered by sending the same
// request again: counted as an attempt, it let a third Retry-After wait pass the limit unchecked.
test("KeyVaultSecretStore: a fresh client's Retry-After waits stop at the limit, the challenge not counted as an attempt", async () => {
  const connection = { ...emulatorConnection(emulator), retry: { maxRetries: 3, retryDelayInMs: 20, maxRetryDelayInMs: 200, maxRetryAfterMs: 2_500 } };
  const store = KeyVaultSecretStore.open(emulator.info.vaults["contract-dev-kv"]!, connection);
  emulator.faults.throttle({ count: 10, retryAfterSeconds: 1, match: { service: "keyvault", name: "contract-dev-kv" } });
  const started = Date.now();
  try {
    const error = await rejection(store.setSecret("fresh-client-throttled", "contract-test-value-40"));
    assert.equal(error.kind, "throttled");
    assert.match(error.message, /asked to wait/);
    assert.ok(Date.now() - started < 2_900, `waited ${Date.now() - started} ms, beyond the 2.5 s limit`);
  } finally {
    emulator.faults.reset();
  }
});

// core-rest-pipeline does not retry a 429 that names no wait; Microsoft's throttling guidance asks
// for exponential back-off, which retryAfterLimitPolicy adds.
test("KeyVaultSecretStore: a 429 without Retry-After is retried with exponential back-off, then reported as throttling", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("bare-throttle", "contract-test-value-41");
  const match = { service: "keyvault" as const, name: "contract-dev-kv" };
  try {
    emulator.faults.throttle({ count: 2, retryAfterSeconds: null, match });
    const started = Date.now();
    assert.equal((await store.getSecret("bare-throttle"))?.value, "contract-test-value-41");
    // TEST_RETRY backs off 20, then 40 ms.
    assert.ok(Date.now() - started >= 55, `backed off ${Date.now() - started} ms`);
    emulator.faults.throttle({ count: 10, retryAfterSeconds: null, match });
    const error = await rejection(store.getSecret("bare-throttle"));
    assert.equal(error.kind, "throttled");
    assert.match(error.message, /still was after retrying/);
    // The back-off's retries count with the SDK's: a Retry-After after three of them is not waited
    // out (with the SDK's own count it would be, however long it asked for).
    emulator.faults.reset();
    emulator.faults.throttle({ count: 3, retryAfterSeconds: null, match });
    emulator.faults.throttle({ count: 1, retryAfterSeconds: 8, match });
    const afterBackOff = Date.now();
    const stopped = await rejection(store.getSecret("bare-throttle"));
    assert.equal(stopped.kind, "throttled");
    assert.equal(stopped.details.retryAfterMs, 8_000);
    assert.ok(Date.now() - afterBackOff < 4_000, `stopped after ${Date.now() - afterBackOff} ms instead of waiting 8 s`);
    // Cancelled while backing off: the wait ends at once, as `cancelled`.
    emulator.faults.throttle({ count: 10, retryAfterSeconds: null, match });
    const slow = KeyVaultSecretStore.open(emulator.info.vaults["contract-dev-kv"]!, { ...emulatorConnection(emulator), retry: { maxRetries: 3, retryDelayInMs: 10_000, maxRetryDelayInMs: 20_000 } });
    const cancelledAt = Date.now();
    assert.equal((await rejection(slow.getSecret("bare-throttle", { signal: AbortSignal.timeout(300) }))).kind, "cancelled");
    assert.ok(Date.now() - cancelledAt < 5_000, "the back-off ended with the cancel");
  } finally {
    emulator.faults.reset();
  }
});

// Key Vault refuses changes to a certificate's secret (403 SecretManagedByKeyVault); the caller
// has the role, so the message is about the certificate.
test("KeyVaultSecretStore: a certificate's secret is neither overwritten nor deleted, and the message names the certificate", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  emulator.seedSecret("contract-dev-kv", { name: "tls-certificate", value: "contract-test-value-pfx", managed: true });
  for (const attempt of [() => store.setSecret("tls-certificate", "contract-test-value-50"), () => store.deleteSecret("tls-certificate")]) {
    const error = await rejection(attempt());
    assert.equal(error.kind, "forbidden");
    assert.match(error.message, /^Secret 'tls-certificate' in Key Vault '127\.0\.0\.1:\d+' belongs to a certificate: .*Renew, import or delete the certificate instead\.$/);
  }
  const kept = await store.getSecret("tls-certificate");
  assert.deepEqual([kept?.value, kept?.properties.managed], ["contract-test-value-pfx", true]);
});
