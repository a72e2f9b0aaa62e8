// A move's Key Vault steps (src/extension/moves/vault-steps.ts) with the real SecretClient against
// the emulator: store, look for retried copies, read back, and undo exactly what was written.
// Every answer is preset (onCollision), so no dialog is needed; the stub stands in for `vscode`.
import "./vscode-stub";
import { SecretClient } from "@azure/keyvault-secrets";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AzureError, type SecretStore } from "../../src/azure";
import type { RunningEmulator } from "../../src/emulator";
import { MoveStopped } from "../../src/extension/moves/move-stopped";
import { unprotectedVaultSentence } from "../../src/extension/moves/vault-protection";
import { addVersionVerified, ReservedNames, storeSecretVerified, VaultValueIndex, type SecretToStore } from "../../src/extension/moves/vault-steps";
import { beforeCall, collect, emulatorSecretHarness, startContractEmulator } from "./harness";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startContractEmulator();
});
after(() => emulator.close());

const warnings: string[] = [];
const log = { info: () => undefined, warn: (message: string) => void warnings.push(message) } as unknown as Parameters<typeof storeSecretVerified>[2]["log"];
const toStore = (name: string, value: string): SecretToStore => ({ name, value, contentType: "text/plain", tags: { source: "vault-steps.test.ts" } });

test("a cancel just after the vault took the value: the new secret is taken back, and the move does not say nothing was stored", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  const controller = new AbortController();
  // The first thing after the write is the look for retried copies: the user cancels then.
  const cancelling = beforeCall(store, "listVersions", () => controller.abort());
  const failure = await storeSecretVerified(cancelling, toStore("cancelled-after-write", "vault-steps-test-value-1"), { onCollision: "cancel", signal: controller.signal, log }).then(
    () => assert.fail("the move was cancelled"),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof MoveStopped, `a MoveStopped, with what the vault holds now (got ${failure instanceof Error ? failure.name : typeof failure})`);
  assert.equal(failure.outcome, "cancelled");
  assert.match(failure.message, /was cancelled\. The vault had accepted the value before the failure: The new secret 'cancelled-after-write' was deleted again\./);
  assert.equal(await store.getSecret("cancelled-after-write"), undefined, "the secret the move created is gone");
});

test("a cancel during the read-back: reported as a cancel that says what was taken back, not as a vault that could not be read", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  const controller = new AbortController();
  // The read-back is the one read of a given version: the user cancels then.
  const cancelling = beforeCall(store, "getSecret", (_name, options) => {
    if ((options as { version?: string } | undefined)?.version) controller.abort();
  });
  const failure = await storeSecretVerified(cancelling, toStore("cancelled-read-back", "vault-steps-test-value-read-back"), { onCollision: "cancel", signal: controller.signal, log }).then(
    () => assert.fail("the move was cancelled"),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof MoveStopped, `a MoveStopped (got ${failure instanceof Error ? failure.name : typeof failure})`);
  assert.equal(failure.outcome, "cancelled");
  assert.match(failure.message, /^Cancelled after \S+ took 'cancelled-read-back'\. The new secret 'cancelled-read-back' was deleted again\.$/);
  assert.equal(await store.getSecret("cancelled-read-back"), undefined, "the secret the move created is gone");
});

test("two names a batch gave that differ only in case are one secret: the second value is a collision, not its new version", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  const reserved = new ReservedNames();
  const options = { onCollision: "newVersion" as const, signal: new AbortController().signal, log, reserved };
  const first = await storeSecretVerified(store, toStore("CASE-PASSWORD", "vault-steps-test-value-a"), options);
  const second = await storeSecretVerified(store, toStore("case-password", "vault-steps-test-value-b"), options);
  assert.notEqual(second.name.toLowerCase(), first.name.toLowerCase(), "the second value is stored under another name");
  assert.ok((await store.getSecret("CASE-PASSWORD"))?.value === "vault-steps-test-value-a", "the first value is still current under its name");
});

test("a cancel while a deleted secret is being recovered puts it back to deleted", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("recover-cancelled", "vault-steps-test-value-deleted-on-purpose");
  await store.deleteSecret("recover-cancelled");
  const controller = new AbortController();
  // The vault carries the recovery out; the user's cancel arrives before its answer is read.
  const cancelling = new Proxy(store, {
    get(target, property, receiver) {
      const original = Reflect.get(target, property, receiver) as unknown;
      if (typeof original !== "function") return original;
      const bound = (original as (...args: unknown[]) => unknown).bind(target);
      if (property !== "recoverSecret") return bound;
      return async (name: string) => {
        await store.recoverSecret(name);
        controller.abort();
        throw Object.assign(new Error("The operation was aborted."), { name: "AbortError" });
      };
    },
  });
  await storeSecretVerified(cancelling, toStore("recover-cancelled", "vault-steps-test-value-new"), { onCollision: "newVersion", signal: controller.signal, log }).then(
    () => assert.fail("the move was cancelled"),
    (error: unknown) => assert.ok(error instanceof MoveStopped, String(error)),
  );
  assert.equal(await store.getSecret("recover-cancelled"), undefined, "the secret deleted on purpose is deleted again");
});

test("undoing a new version brings back the value current before the move, also when versions share a creation second", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  // Key Vault dates are whole seconds: two versions written in one second have the same date.
  const sameSecond = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  emulator.seedSecret("contract-dev-kv", { name: "same-second", value: "vault-steps-test-value-older", createdOn: sameSecond });
  const { version: wasCurrent } = emulator.seedSecret("contract-dev-kv", { name: "same-second", value: "vault-steps-test-value-current", createdOn: sameSecond });
  const stored = await storeSecretVerified(store, toStore("same-second", "vault-steps-test-value-moved"), { onCollision: "newVersion", signal: new AbortController().signal, log });
  const said = await stored.undo();
  assert.match(said, /'same-second' has its previous value as the current version again/);
  const now = await store.getSecret("same-second");
  assert.ok(now?.value === "vault-steps-test-value-current", `the version current before the move is current again (values not shown; versions: ${JSON.stringify((await collect(store.listVersions("same-second"))).map((properties) => [properties.version === wasCurrent ? "was current" : "other", properties.enabled]))})`);
});

test("a new version whose answer was lost after the vault made it (every try): recognised as made and read back, not called a failure", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("rotated-lost", "vault-steps-test-value-old");
  const before = await store.getSecret("rotated-lost");
  // Every PUT is carried out and its answer dropped: the SDK retries, and each try makes a version.
  emulator.faults.dropResponses({ count: 10, match: { method: "PUT", path: "/secrets/rotated-lost" } });
  try {
    const added = await addVersionVerified(store, { name: "rotated-lost", value: "vault-steps-test-value-new", tags: { "rotated-on": "today" } }, before?.properties, { log });
    assert.equal(added.answerLost, true);
    const now = await store.getSecret("rotated-lost");
    assert.equal(added.version, now?.properties.version, "the version reported is the current one");
    assert.ok(now?.value === "vault-steps-test-value-new", "the vault serves the new value");
  } finally {
    emulator.faults.reset();
  }
});

test("a new version whose connection dropped before the vault took it: 'Nothing was stored', and the old value stays current", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("rotated-dropped", "vault-steps-test-value-old");
  const before = await store.getSecret("rotated-dropped");
  emulator.faults.dropConnections({ count: 10, match: { method: "PUT", path: "/secrets/rotated-dropped" } });
  const failure = await addVersionVerified(store, { name: "rotated-dropped", value: "vault-steps-test-value-new", tags: {} }, before?.properties, { log }).then(
    () => assert.fail("no version was made"),
    (error: unknown) => error,
  );
  emulator.faults.reset();
  assert.ok(failure instanceof MoveStopped, `a MoveStopped (got ${failure instanceof Error ? failure.name : typeof failure})`);
  assert.equal(failure.outcome, "failed");
  assert.match(failure.message, / Nothing was stored\.$/);
  const now = await store.getSecret("rotated-dropped");
  assert.equal(now?.properties.version, before?.properties.version, "the version current before is still current");
});

test("a new version cancelled just after the vault took it: taken back as a move's would be, and the old value is current again", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("rotated-cancelled", "vault-steps-test-value-old");
  const before = await store.getSecret("rotated-cancelled");
  const controller = new AbortController();
  // The first thing after the write is the look for retried copies: the user cancels then.
  const cancelling = beforeCall(store, "listVersions", () => controller.abort());
  const failure = await addVersionVerified(cancelling, { name: "rotated-cancelled", value: "vault-steps-test-value-new", tags: {} }, before?.properties, { signal: controller.signal, log }).then(
    () => assert.fail("the new version was cancelled"),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof MoveStopped, `a MoveStopped, with what the vault holds now (got ${failure instanceof Error ? failure.name : typeof failure})`);
  assert.equal(failure.outcome, "cancelled");
  assert.match(failure.message, /was cancelled\. The vault had accepted the value before the failure: 'rotated-cancelled' has its previous value as the current version again; the new version was disabled\.$/);
  const now = await store.getSecret("rotated-cancelled");
  assert.ok(now?.value === "vault-steps-test-value-old", "the value current before is current again");
  const versions = await collect(store.listVersions("rotated-cancelled"));
  assert.equal(versions.filter((properties) => !properties.enabled).length, 1, "the cancelled version is disabled");
});

test("a new version cancelled while its lost answer was being retried (the vault had made it): taken back, not reported as made", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("rotated-cancelled-retry", "vault-steps-test-value-old");
  const before = await store.getSecret("rotated-cancelled-retry");
  const put = { method: "PUT", path: "/secrets/rotated-cancelled-retry" };
  // The first PUT is carried out and its answer dropped; the SDK's retry then waits 1 s for an answer.
  emulator.faults.dropResponses({ count: 1, match: put });
  emulator.faults.latency(1_000, { count: 2, match: put });
  const controller = new AbortController();
  // The user cancels once the vault holds the new value (looked at through reads, which no fault touches).
  const watching = (async () => {
    while (!controller.signal.aborted) {
      const current = await store.getSecret("rotated-cancelled-retry");
      if (current && current.properties.version !== before?.properties.version) controller.abort();
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    const failure = await addVersionVerified(store, { name: "rotated-cancelled-retry", value: "vault-steps-test-value-new", tags: {} }, before?.properties, { signal: controller.signal, log }).then(
      () => assert.fail("the new version was cancelled"),
      (error: unknown) => error,
    );
    assert.ok(failure instanceof MoveStopped, `a MoveStopped (got ${failure instanceof Error ? failure.name : typeof failure})`);
    assert.equal(failure.outcome, "cancelled");
    assert.match(failure.message, /was cancelled\. The vault had accepted the value before the failure: 'rotated-cancelled-retry' has its previous value as the current version again; the new version was disabled\.$/);
  } finally {
    controller.abort();
    await watching;
    emulator.faults.reset();
  }
  const now = await store.getSecret("rotated-cancelled-retry");
  assert.ok(now?.value === "vault-steps-test-value-old", "the value current before is current again");
});

// The copy that makes the earlier value current again is a new version, dated now: without a tag,
// a value not rotated for years would lose its "not rotated" badge.
test("undoing a new version keeps the earlier value's age in a rotated-on tag, unless that tag says it already", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  emulator.seedSecret("contract-dev-kv", { name: "overdue-db", value: "vault-steps-test-value-old", createdOn: "2023-03-14T08:00:00Z" });
  const stored = await storeSecretVerified(store, toStore("overdue-db", "vault-steps-test-value-new"), { onCollision: "newVersion", signal: new AbortController().signal, log });
  await stored.undo();
  assert.equal((await store.getSecret("overdue-db"))?.properties.tags?.["rotated-on"], "2023-03-14");

  emulator.seedSecret("contract-dev-kv", { name: "tagged-db", value: "vault-steps-test-value-old", createdOn: "2023-03-14T08:00:00Z", tags: { "rotated-on": "2026-11-01" } });
  const tagged = await storeSecretVerified(store, toStore("tagged-db", "vault-steps-test-value-new"), { onCollision: "newVersion", signal: new AbortController().signal, log });
  await tagged.undo();
  assert.equal((await store.getSecret("tagged-db"))?.properties.tags?.["rotated-on"], "2026-11-01");

  // A due date alone says nothing of the value's age: the age is kept beside it.
  emulator.seedSecret("contract-dev-kv", { name: "due-db", value: "vault-steps-test-value-old", createdOn: "2023-03-14T08:00:00Z", tags: { "rotate-by": "2023-05-13" } });
  const due = await storeSecretVerified(store, toStore("due-db", "vault-steps-test-value-new"), { onCollision: "newVersion", signal: new AbortController().signal, log });
  await due.undo();
  assert.deepEqual((await store.getSecret("due-db"))?.properties.tags, { "rotate-by": "2023-05-13", "rotated-on": "2023-03-14" });
});

test("undoing a new secret in a vault with purge protection says it stays soft-deleted, not that it is gone", async () => {
  const store = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  emulator.setVaultProperties("contract-prod-kv", { enablePurgeProtection: true });
  try {
    const stored = await storeSecretVerified(store, toStore("protected-new", "vault-steps-test-value-p"), { onCollision: "cancel", signal: new AbortController().signal, log });
    const said = await stored.undo();
    assert.match(said, /deleted again, but the vault did not purge it \(purge protection, or no permission to purge\): it stays soft-deleted/);
    assert.equal(await store.getSecret("protected-new"), undefined);
  } finally {
    emulator.setVaultProperties("contract-prod-kv", { enablePurgeProtection: false });
  }
});

test("a stored or reused secret carries the vault's recovery level, so the move can say when a delete would be final (no Resource Manager call)", async () => {
  const store = emulatorSecretHarness(emulator, "contract-prod-kv").subject;
  const options = { onCollision: "cancel" as const, signal: new AbortController().signal, log };
  emulator.setVaultProperties("contract-prod-kv", { enableSoftDelete: false });
  try {
    const stored = await storeSecretVerified(store, toStore("unprotected-new", "vault-steps-test-value-unprotected"), options);
    assert.equal(stored.recoveryLevel, "Purgeable");
    assert.match(unprotectedVaultSentence(store.vaultName, stored.recoveryLevel, false), /^ Soft delete is off in /);
    const reused = await storeSecretVerified(store, toStore("unprotected-new", "vault-steps-test-value-unprotected"), options);
    assert.deepEqual([reused.reused, reused.recoveryLevel], [true, "Purgeable"]);
  } finally {
    emulator.setVaultProperties("contract-prod-kv", { enableSoftDelete: true });
  }
  const protectedStore = await storeSecretVerified(store, toStore("protected-level", "vault-steps-test-value-protected"), options);
  assert.equal(unprotectedVaultSentence(store.vaultName, protectedStore.recoveryLevel, false), "", "soft delete on, not production: nothing to say");
});

test("a move that failed leaves its new secret to a move of the same value that found it meanwhile; the last to let go takes it back", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  const options = { onCollision: "cancel" as const, signal: new AbortController().signal, log };
  const writer = await storeSecretVerified(store, toStore("shared-by-two-files", "vault-steps-test-value-shared"), options);
  const finder = await storeSecretVerified(store, toStore("shared-by-two-files", "vault-steps-test-value-shared"), options);
  assert.equal(finder.reused, true);
  // The writer's document edit fails: its undo must not delete what the finder's file now reads.
  assert.match(await writer.undo(), /stays in .*: another move now uses it/);
  assert.equal((await store.getSecret("shared-by-two-files"))?.value, "vault-steps-test-value-shared");
  // Then the finder's edit fails too: nothing reads the secret any more, and it goes.
  assert.match(await finder.undo(), /was deleted again/);
  assert.equal(await store.getSecret("shared-by-two-files"), undefined);
});

test("a move that added a version leaves it current while a move of the same value that found it still points a file at it", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("rotated-by-two-files", "vault-steps-test-value-old");
  const signal = new AbortController().signal;
  const writer = await storeSecretVerified(store, toStore("rotated-by-two-files", "vault-steps-test-value-new"), { onCollision: "newVersion", signal, log });
  const finder = await storeSecretVerified(store, toStore("rotated-by-two-files", "vault-steps-test-value-new"), { onCollision: "cancel", signal, log });
  assert.equal(finder.reused, true);
  await writer.undo();
  assert.equal((await store.getSecret("rotated-by-two-files"))?.value, "vault-steps-test-value-new", "the finder's file reads the value its literal had");
});

test("a move that finds its value while another move is taking that write back looks again, and stores it itself", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  const options = { onCollision: "cancel" as const, signal: new AbortController().signal, log };
  const writer = await storeSecretVerified(store, toStore("taken-back-meanwhile", "vault-steps-test-value-race"), options);
  // The finder's look starts before the writer's undo and ends after it began.
  const undoing = writer.undo();
  const finder = await storeSecretVerified(store, toStore("taken-back-meanwhile", "vault-steps-test-value-race"), options);
  await undoing;
  assert.equal(finder.reused, false, "the value was gone by the time the finder could use it: it wrote it again");
  assert.equal((await store.getSecret("taken-back-meanwhile"))?.value, "vault-steps-test-value-race");
});

// Key Vault carries out a write it has received even when the client stops waiting: a cancel
// mid-write must not be answered with "nothing was stored" while the value lands moments later.
test("a cancel while the write is on its way: the write runs to its end and is taken back; the vault keeps nothing", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  emulator.faults.latency(1_000, { count: 1, match: { method: "PUT", path: "/secrets/slow-write" } });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 300);
  try {
    const failure = await storeSecretVerified(store, toStore("slow-write", "vault-steps-test-value-slow"), { onCollision: "cancel", signal: controller.signal, log }).then(
      () => assert.fail("the move was cancelled"),
      (error: unknown) => error,
    );
    assert.ok(failure instanceof MoveStopped);
    assert.equal(failure.outcome, "cancelled");
    assert.match(failure.message, /The vault had accepted the value before the failure: The new secret 'slow-write' was deleted again\./);
  } finally {
    emulator.faults.reset();
  }
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  assert.equal(await store.getSecret("slow-write"), undefined, "nothing arrives after the move said what it undid");
});

test("a move retried after its first try was undone, with a lost answer the SDK retried: its undo brings the previous value back", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("retried-move", "vault-steps-test-value-previous");
  const first = await storeSecretVerified(store, toStore("retried-move", "vault-steps-test-value-moved"), { onCollision: "newVersion", signal: new AbortController().signal, log });
  await first.undo(); // the file's edit failed: the first try's version is disabled, the previous value current again
  // The retry's first PUT is carried out and its answer lost: the SDK sends it again, making a copy.
  emulator.faults.dropResponses({ count: 1, match: { method: "PUT", path: "/secrets/retried-move" } });
  try {
    const second = await storeSecretVerified(store, toStore("retried-move", "vault-steps-test-value-moved"), { onCollision: "newVersion", signal: new AbortController().signal, log });
    assert.match(await second.undo(), /'retried-move' has its previous value as the current version again/);
  } finally {
    emulator.faults.reset();
  }
  assert.equal((await store.getSecret("retried-move"))?.value, "vault-steps-test-value-previous", "the previous value is current, as the undo said");
  const versions = await collect(store.listVersions("retried-move"));
  const enabledMoved = [];
  for (const properties of versions.filter((version) => version.enabled)) {
    if ((await store.getSecret("retried-move", { version: properties.version }))?.value === "vault-steps-test-value-moved") enabledMoved.push(properties.version);
  }
  assert.deepEqual(enabledMoved, [], "no copy of the moved value is left enabled");
});

test("names the move must not write to: a disabled secret and a certificate's get another name; a 127-character name's other name is still a name", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  const written = await store.setSecret("switched-off", "vault-steps-test-value-switched-off");
  await store.updateProperties("switched-off", written.version, { enabled: false });
  emulator.seedSecret("contract-dev-kv", { name: "api-certificate", value: "vault-steps-test-value-pfx", managed: true });
  const long = "k".repeat(127);
  await store.setSecret(long, "vault-steps-test-value-taken");
  const cases = [
    // Even "add a new version" does not write to these two.
    ["switched-off", "vault-steps-test-value-a", "newVersion"],
    ["api-certificate", "vault-steps-test-value-b", "newVersion"],
    [long, "vault-steps-test-value-c", "otherName"],
  ] as const;
  for (const [proposed, value, onCollision] of cases) {
    const stored = await storeSecretVerified(store, toStore(proposed, value), { onCollision, signal: new AbortController().signal, log });
    assert.notEqual(stored.name, proposed, `${proposed.slice(0, 20)}: another name`);
    assert.ok(stored.name.length <= 127, "a valid Key Vault name");
    assert.equal((await store.getSecret(stored.name))?.value, value);
  }
  assert.deepEqual((await collect(store.listVersions("switched-off"))).map((properties) => properties.enabled), [false], "the disabled secret is left as it was");
  assert.equal((await collect(store.listVersions("api-certificate"))).length, 1, "the certificate's secret is left as it was");
});

test("the value index named a secret that was rotated since: the move stores under its own name and leaves that secret alone", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("shared-orders-db", "vault-steps-test-value-shared");
  const index = new VaultValueIndex(store);
  await storeSecretVerified(store, toStore("loads-the-index", "vault-steps-test-value-first"), { onCollision: "newVersion", signal: new AbortController().signal, log, index });
  await store.setSecret("shared-orders-db", "vault-steps-test-value-rotated"); // a teammate's rotation
  const stored = await storeSecretVerified(store, toStore("orders-db-password", "vault-steps-test-value-shared"), { onCollision: "newVersion", signal: new AbortController().signal, log, index });
  assert.equal(stored.name, "orders-db-password");
  assert.equal((await store.getSecret("shared-orders-db"))?.value, "vault-steps-test-value-rotated", "the rotation stands");
});

test("a name another client is still deleting: the move stops and says to retry, without recovering", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("being-deleted", "vault-steps-test-value-old");
  emulator.faults.setConsistencyLag(3_000);
  try {
    // Another client's delete, accepted and not waited for: reads still see the secret, writes get
    // 409 ObjectIsBeingDeleted.
    const other = new SecretClient(emulator.info.vaults["contract-dev-kv"]!, { getToken: () => Promise.resolve({ token: "other-client", expiresOnTimestamp: Date.now() + 3_600_000 }) }, { tlsOptions: { ca: emulator.caCertPem }, disableChallengeResourceVerification: true });
    await other.beginDeleteSecret("being-deleted");
    const failure = await storeSecretVerified(store, toStore("being-deleted", "vault-steps-test-value-new"), { onCollision: "newVersion", signal: new AbortController().signal, log }).then(
      () => assert.fail("the move stopped"),
      (error: unknown) => error,
    );
    assert.ok(failure instanceof MoveStopped);
    assert.match(failure.message, /is still being deleted: retry in a few seconds\. Nothing was stored\.$/);
  } finally {
    emulator.faults.setConsistencyLag(0);
  }
});

// Key Vault keeps a purged name for a few seconds (Azure/azure-sdk-for-net#26027): a fix re-run at
// once after its undo purged the new secret must say so, not that the secret "already exists".
test("a move re-run straight after its undo purged the new secret: it says Key Vault is still releasing the name", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  const options = { onCollision: "cancel" as const, signal: new AbortController().signal, log };
  const first = await storeSecretVerified(store, toStore("rerun-after-undo", "vault-steps-test-value-rerun"), options);
  emulator.faults.setConsistencyLag(1_500);
  try {
    assert.match(await first.undo(), /The new secret 'rerun-after-undo' was deleted again\.$/);
    const failure = await storeSecretVerified(store, toStore("rerun-after-undo", "vault-steps-test-value-rerun"), options).then(
      () => assert.fail("the name is not released yet"),
      (error: unknown) => error,
    );
    assert.ok(failure instanceof MoveStopped);
    assert.equal(failure.outcome, "failed");
    assert.match(failure.message, /^Secret 'rerun-after-undo' in Key Vault '[^']+' was purged moments ago, and Key Vault is still releasing the name: retry in a few seconds\. Nothing was stored\.$/);
  } finally {
    emulator.faults.setConsistencyLag(0);
  }
});

test("a store taken back leaves the run's value index and names as they were: a later move of the same value stores it under its own name", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  await store.setSecret("ledger-db-password", "vault-steps-test-value-someone-else");
  const index = new VaultValueIndex(store);
  const reserved = new ReservedNames();
  const options = { onCollision: "otherName" as const, signal: new AbortController().signal, log, index, reserved };
  // Move all stores the first place under another name, then skips it and takes the store back.
  const first = await storeSecretVerified(store, toStore("ledger-db-password", "vault-steps-test-value-taken-back"), options);
  assert.equal(first.name, "ledger-db-password-2");
  await first.undo();
  const second = await storeSecretVerified(store, toStore("ledger-api-password", "vault-steps-test-value-taken-back"), options);
  assert.deepEqual([second.name, second.reused], ["ledger-api-password", false], "not the secret taken back");
  assert.equal((await store.getSecret("ledger-api-password"))?.value, "vault-steps-test-value-taken-back");
});

test("a write the vault carried out, whose answer was lost, and whose undo then failed: the message names the secret left in the vault", async () => {
  const store = emulatorSecretHarness(emulator).subject;
  // Every PUT is carried out and its answer dropped; the delete that would take it back never gets through.
  emulator.faults.dropResponses({ count: 10, match: { method: "PUT", path: "/secrets/left-behind" } });
  emulator.faults.dropConnections({ count: 50, match: { method: "DELETE", path: "/secrets/left-behind" } });
  try {
    const failure = await storeSecretVerified(store, toStore("left-behind", "vault-steps-test-value-left"), { onCollision: "cancel", signal: new AbortController().signal, log }).then(
      () => assert.fail("the move stops"),
      (error: unknown) => error,
    );
    assert.ok(failure instanceof MoveStopped, String(failure));
    assert.match(failure.message, /Undoing the change failed \(.*\): check 'left-behind' in \S+\.$/);
  } finally {
    emulator.faults.reset();
  }
});

/** `store`, where `method` waits for `gate` before it runs, and says when it is reached. */
function gated(store: SecretStore, method: keyof SecretStore, gate: Promise<void>, reached: () => void): SecretStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const original = Reflect.get(target, property, receiver) as unknown;
      if (typeof original !== "function") return original;
      const bound = (original as (...args: unknown[]) => unknown).bind(target);
      if (property !== method) return bound;
      return async (...args: unknown[]) => {
        reached();
        await gate;
        return bound(...args);
      };
    },
  });
}

/**
 * Two moves of one value under one name (a password in docker-compose.yml and in .env, bound for
 * the same vault): B takes the name's lock and writes; A, which looked before B wrote, waits for
 * the lock and is stopped there by `stopA`. A sent nothing, so it must take nothing back.
 */
async function raceWithStoppedWaiter(name: string, value: string, stopA: (controller: AbortController) => SecretStore): Promise<{ aFailure: unknown }> {
  const store = emulatorSecretHarness(emulator).subject;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let bReached!: () => void;
  const bAtWrite = new Promise<void>((resolve) => (bReached = resolve));
  const b = storeSecretVerified(gated(store, "setSecret", gate, () => bReached()), toStore(name, value), { onCollision: "newVersion", signal: new AbortController().signal, log });
  await bAtWrite;
  const controller = new AbortController();
  const a = storeSecretVerified(stopA(controller), toStore(name, value), { onCollision: "newVersion", signal: controller.signal, log }).then(
    () => assert.fail("A is stopped"),
    (error: unknown) => error,
  );
  // A looks (B has not written yet) and then waits for the lock B holds.
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (!controller.signal.aborted) controller.abort();
  open();
  const stored = await b;
  stored.settle(); // B's file now reads it
  return { aFailure: await a };
}

test("a move cancelled while another move of the same value held the name's lock sent nothing, and takes nothing back: the other's secret stays", async () => {
  const { aFailure } = await raceWithStoppedWaiter("race-cancelled-waiter", "vault-steps-test-value-race-1", () => emulatorSecretHarness(emulator).subject);
  assert.ok(aFailure instanceof MoveStopped && aFailure.outcome === "cancelled", String(aFailure));
  assert.match(aFailure.message, /Nothing was stored\.$/);
  const now = await emulatorSecretHarness(emulator).subject.getSecret("race-cancelled-waiter");
  assert.ok(now?.value === "vault-steps-test-value-race-1", "the secret the other move stored, which its file reads, is still there");
});

test("a move whose look under the lock fails after another move wrote the same value takes nothing back either", async () => {
  const harness = emulatorSecretHarness(emulator);
  let reads = 0;
  const { aFailure } = await raceWithStoppedWaiter("race-failed-look", "vault-steps-test-value-race-2", () =>
    // A's second read (under the lock) cannot reach the vault. (Thrown here rather than by the
    // emulator, which would drop the other move's reads at the same moment too.)
    beforeCall(harness.subject, "getSecret", () => {
      if (++reads === 2) throw new AzureError("network", "Could not reach Key Vault 'contract-dev-kv' (ECONNRESET).");
    }),
  );
  assert.ok(aFailure instanceof MoveStopped && aFailure.outcome === "failed", String(aFailure));
  assert.match(aFailure.message, /Nothing was stored\.$/);
  const now = await harness.subject.getSecret("race-failed-look");
  assert.ok(now?.value === "vault-steps-test-value-race-2", "the other move's secret is still there");
});
