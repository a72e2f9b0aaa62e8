// The SecretStore contract: one suite, run on MemorySecretStore and on KeyVaultSecretStore over
// HTTPS to the emulator (secret-store.test.ts). Values are obviously fake, and every test checks
// behaviour an extension feature relies on. When the two implementations disagree, one of them is
// wrong, and code tested with the fake would behave differently against Azure.
import assert from "node:assert/strict";
import { inspect } from "node:util";
import { afterEach, before, describe, test } from "node:test";
import type { SecretStore } from "../../src/azure";
import { collect, rejection, type FaultControls, type Harness } from "./harness";

let counter = 0;
/** A fresh secret name per test, so tests never see each other's state. */
function uniqueName(base: string): string {
  return `${base}-${++counter}`;
}

export function secretStoreContract(label: string, setup: () => Promise<Harness<SecretStore>> | Harness<SecretStore>): void {
  describe(`SecretStore contract: ${label}`, () => {
    let store: SecretStore;
    let faults: FaultControls;
    before(async () => {
      ({ subject: store, faults } = await setup());
    });
    afterEach(() => faults.reset());

    describe("values and versions", () => {
      test("set then get returns the value and its properties", async () => {
        const name = uniqueName("db-password");
        const set = await store.setSecret(name, "contract-test-value-1", { contentType: "text/plain", tags: { app: "orders" } });
        assert.equal(set.name, name);
        assert.match(set.version ?? "", /^[0-9a-f]{32}$/);
        const secret = await store.getSecret(name);
        assert.equal(secret?.value, "contract-test-value-1");
        assert.equal(secret?.properties.contentType, "text/plain");
        assert.deepEqual(secret?.properties.tags, { app: "orders" });
        assert.equal(secret?.properties.enabled, true);
        assert.equal(secret?.properties.managed, false);
        assert.ok(secret?.properties.createdOn instanceof Date);
      });

      test("an unknown name or version is undefined, not an error", async () => {
        assert.equal(await store.getSecret(uniqueName("never-set")), undefined);
        const name = uniqueName("one-version");
        await store.setSecret(name, "contract-test-value-2");
        assert.equal(await store.getSecret(name, { version: "0123456789abcdef0123456789abcdef" }), undefined);
      });

      test("names are case-insensitive", async () => {
        const name = uniqueName("Mixed-Case");
        await store.setSecret(name, "contract-test-value-3");
        assert.equal((await store.getSecret(name.toLowerCase()))?.value, "contract-test-value-3");
      });

      test("a second set adds a version; the old one stays readable by id", async () => {
        const name = uniqueName("rotated");
        const first = await store.setSecret(name, "contract-test-value-old");
        const second = await store.setSecret(name, "contract-test-value-new");
        assert.notEqual(first.version, second.version);
        assert.equal((await store.getSecret(name))?.value, "contract-test-value-new");
        assert.equal((await store.getSecret(name, { version: first.version }))?.value, "contract-test-value-old");
        const versions = await collect(store.listVersions(name));
        assert.deepEqual(versions.map((version) => version.version).sort(), [first.version, second.version].sort());
        assert.deepEqual(await collect(store.listVersions(uniqueName("no-versions"))), []);
      });

      test("listSecrets lists metadata without versions", async () => {
        const name = uniqueName("listed");
        await store.setSecret(name, "contract-test-value-4", { tags: { listed: "yes" } });
        const listed = (await collect(store.listSecrets())).find((properties) => properties.name === name);
        assert.ok(listed, "the new secret is listed");
        assert.equal(listed.version, undefined);
        assert.deepEqual(listed.tags, { listed: "yes" });
        assert.equal("value" in listed, false);
      });

      test("an invalid name is the service's 400", async () => {
        const error = await rejection(store.setSecret("not_valid.name", "contract-test-value-5"));
        assert.equal(error.kind, "other");
        assert.equal(error.details.statusCode, 400);
      });
    });

    describe("properties", () => {
      test("updateProperties changes only what it is given", async () => {
        const name = uniqueName("patched");
        await store.setSecret(name, "contract-test-value-6", { contentType: "text/plain", tags: { keep: "me" } });
        const updated = await store.updateProperties(name, undefined, { contentType: "application/json" });
        assert.equal(updated.contentType, "application/json");
        assert.deepEqual(updated.tags, { keep: "me" });
        assert.equal(updated.enabled, true);
      });

      test("an expiry can be set, is kept by other updates, and null removes it", async () => {
        const name = uniqueName("expiring");
        await store.setSecret(name, "contract-test-value-6b");
        const expiresOn = new Date(Date.UTC(2031, 0, 2, 3, 4, 5));
        assert.equal((await store.updateProperties(name, undefined, { expiresOn })).expiresOn?.getTime(), expiresOn.getTime());
        assert.equal((await store.updateProperties(name, undefined, { tags: { owner: "contract" } })).expiresOn?.getTime(), expiresOn.getTime());
        const cleared = await store.updateProperties(name, undefined, { expiresOn: null });
        assert.equal(cleared.expiresOn, undefined);
        assert.deepEqual(cleared.tags, { owner: "contract" });
        const listed = (await collect(store.listSecrets())).find((secret) => secret.name === name);
        assert.equal(listed?.expiresOn, undefined);
      });

      test("a disabled secret cannot be read: forbidden, and the message says it is disabled", async () => {
        const name = uniqueName("disabled");
        const { version } = await store.setSecret(name, "contract-test-value-7");
        await store.updateProperties(name, version, { enabled: false });
        const error = await rejection(store.getSecret(name));
        assert.equal(error.kind, "forbidden");
        assert.match(error.message, /is disabled/);
        assert.equal(error.message.includes("contract-test-value-7"), false);
        await store.updateProperties(name, version, { enabled: true });
        assert.equal((await store.getSecret(name))?.value, "contract-test-value-7");
      });

      test("updating an unknown secret is notFound, and names it", async () => {
        const name = uniqueName("ghost");
        const error = await rejection(store.updateProperties(name, undefined, { enabled: false }));
        assert.equal(error.kind, "notFound");
        assert.match(error.message, new RegExp(`secret '${name}'`));
      });
    });

    describe("soft delete", () => {
      test("delete → deleted → name refused (conflictDeleted) → recover → delete → purge → name free", async () => {
        const name = uniqueName("cycle");
        await store.setSecret(name, "contract-test-value-8", { tags: { stage: "one" } });
        const deleted = await store.deleteSecret(name);
        assert.equal(deleted.name, name);
        assert.ok(deleted.deletedOn && deleted.scheduledPurgeDate && deleted.scheduledPurgeDate > deleted.deletedOn);
        assert.equal(await store.getSecret(name), undefined);
        assert.deepEqual((await store.getDeletedSecret(name))?.tags, { stage: "one" });
        assert.ok((await collect(store.listDeletedSecrets())).some((secret) => secret.name === name));

        const conflict = await rejection(store.setSecret(name, "contract-test-value-9"));
        assert.equal(conflict.kind, "conflictDeleted");
        assert.match(conflict.message, /recover it, or purge it/);

        await store.recoverSecret(name);
        assert.equal((await store.getSecret(name))?.value, "contract-test-value-8");
        assert.equal(await store.getDeletedSecret(name), undefined);

        await store.deleteSecret(name);
        await store.purgeSecret(name);
        assert.equal(await store.getDeletedSecret(name), undefined);
        await store.setSecret(name, "contract-test-value-10");
        assert.equal((await store.getSecret(name))?.value, "contract-test-value-10");
      });

      test("deleting, recovering or purging what is not there is notFound", async () => {
        const name = uniqueName("absent");
        assert.equal((await rejection(store.deleteSecret(name))).kind, "notFound");
        assert.equal((await rejection(store.recoverSecret(name))).kind, "notFound");
        assert.equal((await rejection(store.purgeSecret(name))).kind, "notFound");
        assert.equal(await store.getDeletedSecret(name), undefined);
      });
    });

    describe("backup and restore", () => {
      test("a backup brings back every version after a purge; restoring onto a live name is refused", async () => {
        const name = uniqueName("backed-up");
        const first = await store.setSecret(name, "contract-test-value-11");
        await store.setSecret(name, "contract-test-value-12");
        const backup = await store.backupSecret(name);
        assert.ok(backup.length > 0);
        assert.equal(Buffer.from(backup).includes("contract-test-value-11"), false, "the blob is opaque");

        const refused = await rejection(store.restoreSecret(backup));
        assert.equal(refused.details.statusCode, 409);

        await store.deleteSecret(name);
        await store.purgeSecret(name);
        const restored = await store.restoreSecret(backup);
        assert.equal(restored.name, name);
        assert.equal((await store.getSecret(name))?.value, "contract-test-value-12");
        assert.equal((await store.getSecret(name, { version: first.version }))?.value, "contract-test-value-11");
      });

      test("backing up an unknown secret is notFound", async () => {
        assert.equal((await rejection(store.backupSecret(uniqueName("no-backup")))).kind, "notFound");
      });
    });

    describe("throttling, access, network, cancellation", () => {
      test("429 with Retry-After: 1 is waited out, then the call succeeds", async () => {
        const name = uniqueName("throttled");
        await store.setSecret(name, "contract-test-value-13");
        faults.throttle(1, 1);
        const started = Date.now();
        assert.equal((await store.getSecret(name))?.value, "contract-test-value-13");
        assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms for Retry-After`);
      });

      test("429 beyond the retries is `throttled`, with how long to wait", async () => {
        faults.throttle(10, 0);
        const error = await rejection(store.getSecret(uniqueName("still-throttled")));
        assert.equal(error.kind, "throttled");
        assert.equal(error.details.retryAfterMs, 0);
        assert.match(error.message, /throttling/);
      });

      test("a Retry-After longer than a call may wait fails at once, saying how long the vault asked for", async () => {
        faults.throttle(1, 3600);
        // A generous bound that only waiting out the hour would hit: then the call ends `cancelled`.
        const error = await rejection(store.getSecret(uniqueName("long-throttle"), { signal: AbortSignal.timeout(20_000) }));
        assert.equal(error.kind, "throttled");
        assert.equal(error.details.retryAfterMs, 3_600_000);
        assert.match(error.message, /^Key Vault '[^']+' is throttling requests \(429 Too Many Requests\) and asked to wait 60 minutes before the next one: try again in about 60 minutes\.$/);
      });

      test("a reader can read; a write is forbidden and names Key Vault Secrets Officer", async () => {
        const name = uniqueName("read-only");
        await store.setSecret(name, "contract-test-value-14");
        faults.setAccess("read-only");
        assert.equal((await store.getSecret(name))?.value, "contract-test-value-14");
        const error = await rejection(store.setSecret(name, "contract-test-value-denied"));
        assert.equal(error.kind, "forbidden");
        assert.equal(error.details.requiredRole, "Key Vault Secrets Officer");
        assert.match(error.message, /'Key Vault Secrets Officer' role/);
        // The value must not survive anywhere in the error, however it is printed.
        for (const printed of [error.message, inspect(error, { depth: 10 }), JSON.stringify(error), String(error.stack)]) {
          assert.equal(printed.includes("contract-test-value-denied"), false);
        }
        assert.equal((await rejection(store.deleteSecret(name))).kind, "forbidden");
      });

      test("a reader's backup is forbidden and names Key Vault Secrets Officer: Azure RBAC counts a backup as a write", async () => {
        const name = uniqueName("read-only-backup");
        await store.setSecret(name, "contract-test-value-backup");
        faults.setAccess("read-only");
        const error = await rejection(store.backupSecret(name));
        assert.equal(error.kind, "forbidden");
        assert.equal(error.details.requiredRole, "Key Vault Secrets Officer");
      });

      test("without a role even a read is forbidden, and names Key Vault Secrets User", async () => {
        faults.setAccess("none");
        const error = await rejection(store.getSecret(uniqueName("no-role")));
        assert.equal(error.kind, "forbidden");
        assert.equal(error.details.requiredRole, "Key Vault Secrets User");
        assert.match(error.message, /'Key Vault Secrets User' role/);
      });

      test("dropped connections are retried; past the retries they are `network`", async () => {
        const name = uniqueName("flaky");
        await store.setSecret(name, "contract-test-value-15");
        faults.dropConnections(2);
        assert.equal((await store.getSecret(name))?.value, "contract-test-value-15");
        faults.dropConnections(10);
        const error = await rejection(store.getSecret(name));
        assert.equal(error.kind, "network");
        assert.equal(error.details.code, "ECONNRESET");
        assert.match(error.message, /check your network/);
      });

      test("an AbortSignal cancels a slow call promptly; an aborted one never starts", async () => {
        const name = uniqueName("slow");
        await store.setSecret(name, "contract-test-value-16");
        faults.latency(5_000);
        const controller = new AbortController();
        const started = Date.now();
        setTimeout(() => controller.abort(), 50);
        const error = await rejection(store.getSecret(name, { signal: controller.signal }));
        assert.equal(error.kind, "cancelled");
        assert.ok(Date.now() - started < 2_000, `cancelled after ${Date.now() - started} ms`);
        faults.reset();
        assert.equal((await rejection(store.setSecret(name, "contract-test-value-17", { signal: AbortSignal.abort() }))).kind, "cancelled");
        assert.equal((await store.getSecret(name))?.value, "contract-test-value-16", "the aborted set did not happen");
      });
    });
  });
}
