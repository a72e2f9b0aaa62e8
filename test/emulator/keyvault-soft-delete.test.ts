// Soft delete with the real SecretClient and its pollers: delete → get deleted → 409 on reuse →
// recover → delete → purge, vaults without soft delete or with purge protection, and the
// eventual-consistency window after delete and recover.
import assert from "node:assert/strict";
import { after, afterEach, before, describe, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { collect, rawRequest, secretClient, startTestEmulator, statusOf } from "./helpers";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startTestEmulator({
    vaults: [
      "kv-soft",
      { name: "kv-hard", properties: { enableSoftDelete: false } },
      { name: "kv-protected", properties: { enablePurgeProtection: true, softDeleteRetentionInDays: 7 } },
    ],
  });
});
after(() => emulator.close());
afterEach(() => emulator.faults.reset());

const fast = { intervalInMs: 20 };

describe("the soft-delete cycle", () => {
  test("delete → get deleted → reuse refused → recover → delete → purge", async () => {
    const client = secretClient(emulator, "kv-soft");
    const set = await client.setSecret("cycle", "emulator-test-value-cycle", { tags: { stage: "one" } });

    const poller = await client.beginDeleteSecret("cycle", fast);
    const deleted = await poller.pollUntilDone();
    assert.equal(deleted.name, "cycle");
    assert.equal(deleted.properties.recoveryId, `${emulator.info.vaults["kv-soft"]}/deletedsecrets/cycle`);
    assert.ok(deleted.properties.deletedOn instanceof Date);
    const days = (deleted.properties.scheduledPurgeDate!.getTime() - deleted.properties.deletedOn.getTime()) / 86_400_000;
    assert.equal(days, 90);
    assert.equal(deleted.value, undefined);

    assert.equal((await statusOf(client.getSecret("cycle"))).statusCode, 404);
    const fetched = await client.getDeletedSecret("cycle");
    assert.equal(fetched.properties.version, set.properties.version);
    assert.deepEqual(fetched.properties.tags, { stage: "one" });
    assert.ok((await collect(client.listDeletedSecrets())).some((secret) => secret.name === "cycle"));

    const conflict = await statusOf(client.setSecret("cycle", "emulator-test-value-again"));
    assert.equal(conflict.statusCode, 409);
    assert.equal(conflict.code, "Conflict");
    assert.match(conflict.message, /currently in a deleted but recoverable state/);
    assert.equal((conflict.details as { error: { innerError: { code: string } } }).error.innerError.code, "ObjectIsDeletedButRecoverable");

    const recovered = await (await client.beginRecoverDeletedSecret("cycle", fast)).pollUntilDone();
    assert.equal(recovered.version, set.properties.version);
    assert.equal((await client.getSecret("cycle")).value, "emulator-test-value-cycle");
    assert.equal((await statusOf(client.getDeletedSecret("cycle"))).statusCode, 404);

    await (await client.beginDeleteSecret("cycle", fast)).pollUntilDone();
    await client.purgeDeletedSecret("cycle");
    assert.equal((await statusOf(client.getDeletedSecret("cycle"))).statusCode, 404);
    await client.setSecret("cycle", "emulator-test-value-reborn");
  });

  test("purge answers 204 with no body, and a second purge is a 404", async () => {
    const client = secretClient(emulator, "kv-soft");
    await client.setSecret("purged", "emulator-test-value-purge");
    await (await client.beginDeleteSecret("purged", fast)).pollUntilDone();
    const url = `${emulator.info.vaults["kv-soft"]}/deletedsecrets/purged?api-version=2025-07-01`;
    const response = await rawRequest(emulator, url, { method: "DELETE", headers: { Authorization: "Bearer t" } });
    assert.equal(response.status, 204);
    assert.equal(response.body, "");
    const again = await rawRequest(emulator, url, { method: "DELETE", headers: { Authorization: "Bearer t" } });
    assert.equal(again.status, 404);
    assert.deepEqual(JSON.parse(again.body), { error: { code: "SecretNotFound", message: "Deleted Secret not found: purged" } });
  });

  test("deleting or recovering an unknown secret is a 404", async () => {
    const client = secretClient(emulator, "kv-soft");
    assert.equal((await statusOf(client.beginDeleteSecret("never-there", fast))).statusCode, 404);
    assert.equal((await statusOf(client.beginRecoverDeletedSecret("never-there", fast))).statusCode, 404);
  });

  test("deleted secrets list in pages too", async () => {
    const client = secretClient(emulator, "kv-soft");
    for (let index = 0; index < 7; index++) {
      await client.setSecret(`gone-${index}`, `emulator-test-value-gone-${index}`);
      await (await client.beginDeleteSecret(`gone-${index}`, fast)).pollUntilDone();
    }
    const pages = [];
    for await (const page of client.listDeletedSecrets().byPage({ maxPageSize: 3 })) pages.push(page);
    assert.ok(pages.length >= 3);
    assert.deepEqual(
      pages.flat().map((secret) => secret.name).filter((name) => name.startsWith("gone-")),
      Array.from({ length: 7 }, (_, index) => `gone-${index}`),
    );
  });
});

describe("vault settings", () => {
  test("without soft delete a delete is final and the recovery level is Purgeable", async () => {
    const client = secretClient(emulator, "kv-hard");
    const set = await client.setSecret("hard", "emulator-test-value-hard");
    assert.equal(set.properties.recoveryLevel, "Purgeable");
    assert.equal(set.properties.recoverableDays, undefined);
    const deleted = await (await client.beginDeleteSecret("hard", fast)).pollUntilDone();
    assert.equal(deleted.properties.recoveryId, undefined);
    assert.equal((await statusOf(client.getDeletedSecret("hard"))).statusCode, 404);
    await client.setSecret("hard", "emulator-test-value-hard-again");
  });

  test("with purge protection the level is CustomizedRecoverable and purge is refused", async () => {
    const client = secretClient(emulator, "kv-protected");
    const set = await client.setSecret("protected", "emulator-test-value-protected");
    assert.equal(set.properties.recoveryLevel, "CustomizedRecoverable");
    assert.equal(set.properties.recoverableDays, 7);
    await (await client.beginDeleteSecret("protected", fast)).pollUntilDone();
    const error = await statusOf(client.purgeDeletedSecret("protected"));
    assert.equal(error.statusCode, 403);
    assert.equal(error.code, "Forbidden");
  });

  test("setVaultProperties changes what the data plane reports", async () => {
    const client = secretClient(emulator, "kv-soft");
    emulator.setVaultProperties("kv-soft", { softDeleteRetentionInDays: 30 });
    const set = await client.setSecret("retention", "emulator-test-value-retention");
    assert.equal(set.properties.recoveryLevel, "CustomizedRecoverable+Purgeable");
    assert.equal(set.properties.recoverableDays, 30);
    emulator.setVaultProperties("kv-soft", { softDeleteRetentionInDays: 90 });
  });
});

describe("eventual consistency", () => {
  test("after a delete, get still answers 200 and get-deleted 404 until the lag passes; the poller waits", async () => {
    const client = secretClient(emulator, "kv-soft");
    await client.setSecret("lagging", "emulator-test-value-lag");
    emulator.faults.setConsistencyLag(400);
    const started = Date.now();
    const poller = await client.beginDeleteSecret("lagging", { intervalInMs: 50 });
    assert.equal((await client.getSecret("lagging")).value, "emulator-test-value-lag");
    assert.equal((await statusOf(client.getDeletedSecret("lagging"))).statusCode, 404);
    const beingDeleted = await statusOf(client.setSecret("lagging", "emulator-test-value-too-soon"));
    assert.equal(beingDeleted.statusCode, 409);
    assert.equal((beingDeleted.details as { error: { innerError: { code: string } } }).error.innerError.code, "ObjectIsBeingDeleted");
    await poller.pollUntilDone();
    assert.ok(Date.now() - started >= 380, "the poller should have waited for the deleted secret to appear");
    assert.equal((await statusOf(client.getSecret("lagging"))).statusCode, 404);
  });

  test("during a recover, a purge or a set is 409 ObjectIsBeingRecovered and the secret stays; after it, a purge is 404", async () => {
    const client = secretClient(emulator, "kv-soft");
    await client.setSecret("recovering", "emulator-test-value-recovering");
    await (await client.beginDeleteSecret("recovering", fast)).pollUntilDone();
    emulator.faults.setConsistencyLag(400);
    const poller = await client.beginRecoverDeletedSecret("recovering", { intervalInMs: 50 });
    // Reads still show the deleted secret, so a purge can be sent for it.
    assert.equal((await client.getDeletedSecret("recovering")).name, "recovering");
    for (const attempt of [() => client.purgeDeletedSecret("recovering"), () => client.setSecret("recovering", "emulator-test-value-too-soon")]) {
      const conflict = await statusOf(attempt());
      assert.equal(conflict.statusCode, 409);
      assert.equal(conflict.code, "Conflict");
      assert.match(conflict.message, /^Secret recovering is currently being recovered/);
      assert.equal((conflict.details as { error: { innerError: { code: string } } }).error.innerError.code, "ObjectIsBeingRecovered");
    }
    await poller.pollUntilDone();
    assert.equal((await client.getSecret("recovering")).value, "emulator-test-value-recovering");
    assert.equal((await statusOf(client.purgeDeletedSecret("recovering"))).statusCode, 404);
  });

  test("after a purge, the name is gone from get and get-deleted, yet a set or restore of it is 409 until the lag passes", async () => {
    const client = secretClient(emulator, "kv-soft");
    await client.setSecret("lagging-purge", "emulator-test-value-lag-purge");
    const backup = await client.backupSecret("lagging-purge");
    await (await client.beginDeleteSecret("lagging-purge", fast)).pollUntilDone();
    emulator.faults.setConsistencyLag(400);
    await client.purgeDeletedSecret("lagging-purge");
    assert.equal((await statusOf(client.getSecret("lagging-purge"))).statusCode, 404);
    assert.equal((await statusOf(client.getDeletedSecret("lagging-purge"))).statusCode, 404);
    for (const attempt of [() => client.setSecret("lagging-purge", "emulator-test-value-too-soon"), () => client.restoreSecretBackup(backup!)]) {
      const conflict = await statusOf(attempt());
      assert.equal(conflict.statusCode, 409);
      assert.equal(conflict.code, "Conflict");
      // Neither "deleted but recoverable" nor "being deleted": the name is in neither state.
      assert.equal((conflict.details as { error: { innerError?: unknown } }).error.innerError, undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 450));
    assert.equal((await client.restoreSecretBackup(backup!)).name, "lagging-purge");
  });

  test("after a recover, get answers 404 until the lag passes; the poller waits", async () => {
    const client = secretClient(emulator, "kv-soft");
    await client.setSecret("lagging-recover", "emulator-test-value-lag-recover");
    await (await client.beginDeleteSecret("lagging-recover", fast)).pollUntilDone();
    emulator.faults.setConsistencyLag(300);
    const started = Date.now();
    const recovered = await (await client.beginRecoverDeletedSecret("lagging-recover", { intervalInMs: 50 })).pollUntilDone();
    assert.ok(Date.now() - started >= 280);
    assert.equal(recovered.name, "lagging-recover");
    assert.equal((await client.getSecret("lagging-recover")).value, "emulator-test-value-lag-recover");
  });
});
