// The ConfigurationStore contract: one suite, run on MemoryConfigurationStore and on
// AppConfigurationStore over HTTPS to the emulator (configuration-store.test.ts).
import assert from "node:assert/strict";
import { afterEach, before, describe, test } from "node:test";
import { KEY_VAULT_REFERENCE_CONTENT_TYPE, type ConfigurationStore } from "../../src/azure";
import { collect, rejection, type ConfigurationHarness, type FaultControls } from "./harness";

let counter = 0;
/** A fresh key prefix per test, so list filters see only that test's settings. */
function uniquePrefix(base: string): string {
  return `${base}${++counter}:`;
}

export function configurationStoreContract(label: string, setup: () => Promise<ConfigurationHarness> | ConfigurationHarness): void {
  describe(`ConfigurationStore contract: ${label}`, () => {
    let harness: ConfigurationHarness;
    let store: ConfigurationStore;
    let faults: FaultControls;
    before(async () => {
      harness = await setup();
      ({ subject: store, faults } = harness);
    });
    afterEach(() => faults.reset());

    test("a key with a label and without one are two settings", async () => {
      const key = `${uniquePrefix("Orders")}Url`;
      await store.setSetting({ key, value: "contract-test-value-nolabel" });
      const labelled = await store.setSetting({ key, label: "prod", value: "contract-test-value-prod", contentType: "text/plain", tags: { owner: "orders" } });
      assert.equal(labelled.label, "prod");
      assert.ok(labelled.etag);
      assert.equal(labelled.readOnly, false);
      assert.equal((await store.getSetting(key))?.value, "contract-test-value-nolabel");
      assert.equal((await store.getSetting(key))?.label, undefined);
      const fetched = await store.getSetting(key, "prod");
      assert.equal(fetched?.value, "contract-test-value-prod");
      assert.equal(fetched?.contentType, "text/plain");
      assert.deepEqual(fetched?.tags, { owner: "orders" });
      assert.equal(await store.getSetting(key, "staging"), undefined);
      assert.equal(await store.getSetting(`${key}:missing`), undefined);
    });

    test("list by key prefix, exact label, no label, alternatives and any label", async () => {
      const prefix = uniquePrefix("List");
      await store.setSetting({ key: `${prefix}a`, label: "dev", value: "contract-test-value-a-dev" });
      await store.setSetting({ key: `${prefix}a`, label: "prod", value: "contract-test-value-a-prod" });
      await store.setSetting({ key: `${prefix}b`, value: "contract-test-value-b" });
      await store.setSetting({ key: `${prefix}c`, label: "dev", value: "contract-test-value-c-dev" });
      const names = async (filter: { key?: string; label?: string | null }) =>
        (await collect(store.listSettings(filter))).map((setting) => `${setting.key.slice(prefix.length)}@${setting.label ?? "-"}`).sort();
      assert.deepEqual(await names({ key: `${prefix}*` }), ["a@dev", "a@prod", "b@-", "c@dev"]);
      assert.deepEqual(await names({ key: `${prefix}*`, label: "dev" }), ["a@dev", "c@dev"]);
      assert.deepEqual(await names({ key: `${prefix}*`, label: null }), ["b@-"]);
      assert.deepEqual(await names({ key: `${prefix}a,${prefix}b` }), ["a@dev", "a@prod", "b@-"]);
      assert.deepEqual(await names({ key: `${prefix}*`, label: "p*" }), ["a@prod"]);
    });

    test("listLabels lists each label once, and the missing label as undefined", async () => {
      const prefix = uniquePrefix("Labels");
      const label = `labels-${prefix.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
      await store.setSetting({ key: `${prefix}a`, label, value: "contract-test-value-label-a" });
      await store.setSetting({ key: `${prefix}b`, label, value: "contract-test-value-label-b" });
      await store.setSetting({ key: `${prefix}c`, value: "contract-test-value-label-c" });
      const labels = await collect(store.listLabels());
      assert.equal(labels.filter((candidate) => candidate === label).length, 1);
      assert.equal(labels.filter((candidate) => candidate === undefined).length, 1);
      assert.equal(labels.includes(null as unknown as undefined), false);
    });

    test("keys and labels with URL syntax in them reach the setting they name", async () => {
      const prefix = uniquePrefix("Chars");
      const neighbour = { key: `${prefix}Orders`, label: "R", value: "contract-test-value-neighbour" };
      await store.setSetting(neighbour);
      const odd = [
        { key: `${prefix}a/../Orders`, label: "R&D" },
        { key: `${prefix}Db/Time out?x=1#frag`, label: "a+b #1" },
        { key: `${prefix}Smtp:Pass&word`, label: "dev/eu" },
      ];
      for (const [index, { key, label }] of odd.entries()) {
        const written = await store.setSetting({ key, label, value: `contract-test-value-odd-${index}` });
        assert.equal(written.key, key);
        assert.equal(written.label, label);
        const read = await store.getSetting(key, label);
        assert.equal(read?.value, `contract-test-value-odd-${index}`, `${key} @ ${label}`);
        assert.deepEqual((await collect(store.listSettings({ key, label }))).map((setting) => setting.value), [`contract-test-value-odd-${index}`]);
      }
      assert.equal((await store.getSetting(neighbour.key, neighbour.label))?.value, neighbour.value, "the setting a mangled URL would hit is untouched");
      assert.equal(await store.deleteSetting(odd[0]!.key, odd[0]!.label), true);
      assert.equal(await store.getSetting(odd[0]!.key, odd[0]!.label), undefined);
      assert.equal((await store.getSetting(neighbour.key, neighbour.label))?.value, neighbour.value);
    });

    test("a setting without a value is not one with an empty value", async () => {
      const prefix = uniquePrefix("NoValue");
      await store.setSetting({ key: `${prefix}flag`, label: "dev" });
      await store.setSetting({ key: `${prefix}empty`, label: "dev", value: "" });
      assert.equal((await store.getSetting(`${prefix}flag`, "dev"))?.value, undefined);
      assert.equal((await store.getSetting(`${prefix}empty`, "dev"))?.value, "");
    });

    test("delete says whether there was a setting", async () => {
      const key = `${uniquePrefix("Delete")}me`;
      await store.setSetting({ key, label: "dev", value: "contract-test-value-delete" });
      assert.equal(await store.deleteSetting(key, "dev"), true);
      assert.equal(await store.getSetting(key, "dev"), undefined);
      assert.equal(await store.deleteSetting(key, "dev"), false);
    });

    test("conditional writes: only if absent, only if unchanged; a lost race changes nothing", async () => {
      const key = `${uniquePrefix("Race")}Url`;
      const created = await store.setSetting({ key, label: "dev", value: "contract-test-value-first" }, { onlyIf: "absent" });
      const again = await rejection(store.setSetting({ key, label: "dev", value: "contract-test-value-second" }, { onlyIf: "absent" }));
      assert.equal(again.kind, "changedMeanwhile");
      assert.match(again.message, /^Setting 'Race\d+:Url' \(label 'dev'\) in .* was written by someone else after it was read, so it was left as it is/);
      assert.ok(!again.message.includes("contract-test-value"), "messages never carry values");
      // Someone else writes after our read: our write with the old ETag is refused.
      const theirs = await store.setSetting({ key, label: "dev", value: "contract-test-value-theirs" });
      assert.equal((await rejection(store.setSetting({ key, label: "dev", value: "contract-test-value-ours" }, { onlyIf: { etag: created.etag! } }))).kind, "changedMeanwhile");
      assert.equal((await rejection(store.setKeyVaultReference(key, "dev", "https://contract-dev-kv.vault.azure.net/secrets/x/", { onlyIf: { etag: created.etag! } }))).kind, "changedMeanwhile");
      assert.equal((await rejection(store.deleteSetting(key, "dev", { onlyIf: { etag: created.etag! } }))).kind, "changedMeanwhile");
      assert.equal((await store.getSetting(key, "dev"))?.value, "contract-test-value-theirs");
      // With the current ETag both go through.
      const ours = await store.setSetting({ key, label: "dev", value: "contract-test-value-ours" }, { onlyIf: { etag: theirs.etag! } });
      assert.equal((await store.getSetting(key, "dev"))?.value, "contract-test-value-ours");
      assert.equal(await store.deleteSetting(key, "dev", { onlyIf: { etag: ours.etag! } }), true);
      assert.equal(await store.getSetting(key, "dev"), undefined);
      // Gone meanwhile: a conditional delete says so; an unconditional one says there was none.
      assert.equal((await rejection(store.deleteSetting(key, "dev", { onlyIf: { etag: ours.etag! } }))).kind, "changedMeanwhile");
      assert.equal(await store.deleteSetting(key, "dev"), false);
    });

    test("a Key Vault reference round-trips as a secret URI", async () => {
      const key = `${uniquePrefix("Ref")}ConnectionStrings:Orders`;
      const uri = "https://contract-dev-kv.vault.azure.net/secrets/orders-db/";
      const written = await store.setKeyVaultReference(key, "dev", uri, { tags: { "detected-by": "azure/sql-connection-string" } });
      assert.equal(written.keyVaultSecretUri, uri);
      const fetched = await store.getSetting(key, "dev");
      assert.equal(fetched?.contentType, KEY_VAULT_REFERENCE_CONTENT_TYPE);
      assert.equal(fetched?.keyVaultSecretUri, uri);
      assert.deepEqual(JSON.parse(fetched?.value ?? "{}"), { uri });
      assert.deepEqual(fetched?.tags, { "detected-by": "azure/sql-connection-string" });
    });

    test("a reference to a vault outside Azure is refused before anything is sent", async () => {
      const key = `${uniquePrefix("Ref")}Evil`;
      const error = await rejection(store.setKeyVaultReference(key, undefined, "https://vault.azure.net.attacker.example/secrets/x"));
      assert.equal(error.kind, "endpointRefused");
      assert.equal(await store.getSetting(key), undefined);
    });

    test("a locked setting cannot change until it is unlocked", async () => {
      const key = `${uniquePrefix("Locked")}flag`;
      await store.setSetting({ key, label: "prod", value: "contract-test-value-locked" });
      await harness.setReadOnly(key, "prod", true);
      assert.equal((await store.getSetting(key, "prod"))?.readOnly, true);
      const error = await rejection(store.setSetting({ key, label: "prod", value: "contract-test-value-changed" }));
      assert.equal(error.details.statusCode, 409);
      assert.match(error.message, /read-only \(locked\)/);
      assert.equal((await rejection(store.deleteSetting(key, "prod"))).details.statusCode, 409);
      await harness.setReadOnly(key, "prod", false);
      await store.setSetting({ key, label: "prod", value: "contract-test-value-changed" });
    });

    test("429 with Retry-After is waited out; beyond the retries it is `throttled`", async () => {
      const key = `${uniquePrefix("Throttle")}k`;
      await store.setSetting({ key, value: "contract-test-value-t" });
      faults.throttle(1, 1);
      const started = Date.now();
      assert.equal((await store.getSetting(key))?.value, "contract-test-value-t");
      assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
      faults.throttle(10, 0);
      assert.equal((await rejection(store.getSetting(key))).kind, "throttled");
    });

    test("a Retry-After longer than a call may wait fails at once, saying how long the store asked for", async () => {
      faults.throttle(1, 3600);
      // A generous bound that only waiting out the hour would hit: then the call ends `cancelled`.
      const error = await rejection(store.getSetting(`${uniquePrefix("LongThrottle")}k`, undefined, { signal: AbortSignal.timeout(20_000) }));
      assert.equal(error.kind, "throttled");
      assert.equal(error.details.retryAfterMs, 3_600_000);
      assert.match(error.message, /is throttling requests \(429 Too Many Requests\) and asked to wait 60 minutes before the next one: try again in about 60 minutes\.$/);
    });

    test("a Data Reader reads; writes are forbidden and name App Configuration Data Owner", async () => {
      const key = `${uniquePrefix("Reader")}k`;
      await store.setSetting({ key, value: "contract-test-value-r" });
      faults.setAccess("read-only");
      assert.equal((await store.getSetting(key))?.value, "contract-test-value-r");
      const error = await rejection(store.setSetting({ key, value: "contract-test-value-denied" }));
      assert.equal(error.kind, "forbidden");
      assert.equal(error.details.requiredRole, "App Configuration Data Owner");
      assert.equal(error.message.includes("contract-test-value-denied"), false);
      faults.setAccess("none");
      const read = await rejection(store.getSetting(key));
      assert.equal(read.details.requiredRole, "App Configuration Data Reader");
      assert.match(read.message, /'App Configuration Data Reader' role/);
    });

    test("dropped connections past the retries are `network`; an AbortSignal cancels", async () => {
      const key = `${uniquePrefix("Net")}k`;
      await store.setSetting({ key, value: "contract-test-value-n" });
      faults.dropConnections(10);
      assert.equal((await rejection(store.getSetting(key))).kind, "network");
      faults.reset();
      faults.latency(5_000);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const started = Date.now();
      assert.equal((await rejection(store.getSetting(key, undefined, { signal: controller.signal }))).kind, "cancelled");
      assert.ok(Date.now() - started < 2_000);
    });
  });
}
