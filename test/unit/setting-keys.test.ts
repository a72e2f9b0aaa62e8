// Another key for a configuration value when its derived key (`host`, `settings:hostname`) holds
// another place's value: the numbering, the proposal against the store and the file, and the
// store step that writes under the key the user chose instead of replacing the other value.
import assert from "node:assert/strict";
import { test } from "node:test";
import { MemoryConfigurationStore } from "../../src/azure";
import { MoveStopped } from "../../src/extension/moves/move-stopped";
import { freeSettingKey, storeSettingVerified } from "../../src/extension/moves/setting-steps";
import { environmentVariableForKey, numberedConfigurationKey, readsKeyVariable } from "../../src/fixes";

const LABEL = "development";
const ORDERS = "orders.internal.contoso.test";
const BILLING = "billing.internal.contoso.test";
const log = { warn: () => undefined };
const signal = new AbortController().signal;

test("numbered keys: base, base-2, base-3…, within App Configuration's key length, each with its own variable", () => {
  assert.equal(numberedConfigurationKey("settings:hostname", 1), "settings:hostname");
  assert.equal(numberedConfigurationKey("settings:hostname", 2), "settings:hostname-2");
  assert.equal(numberedConfigurationKey("x".repeat(1000), 12).length, 1000);
  assert.match(numberedConfigurationKey("x".repeat(1000), 12), /-12$/);
  assert.notEqual(environmentVariableForKey("settings:hostname-2"), environmentVariableForKey("settings:hostname"));
  assert.notEqual(environmentVariableForKey("host-2"), environmentVariableForKey("host"));
});

test("the proposal skips keys that hold other values and keys whose variable the file reads already; it takes one holding this value", async () => {
  const store = new MemoryConfigurationStore();
  await store.setSetting({ key: "settings:hostname", label: LABEL, value: ORDERS });
  await store.setSetting({ key: "settings:hostname-2", label: LABEL, value: "someone-else.internal.contoso.test" });
  const setting = { key: "settings:hostname", label: LABEL, value: BILLING };
  assert.equal(await freeSettingKey(store, setting, { taken: () => false, signal }), "settings:hostname-3");
  assert.equal(await freeSettingKey(store, setting, { taken: (key) => key === "settings:hostname-3", signal }), "settings:hostname-4");
  await store.setSetting({ key: "settings:hostname-3", label: LABEL, value: BILLING });
  assert.equal(await freeSettingKey(store, setting, { taken: () => false, signal }), "settings:hostname-3", "moved from here before: the same value");
  assert.equal(await freeSettingKey(store, { ...setting, label: "production" }, { taken: () => false, signal }), "settings:hostname-2", "other labels are other settings");
});

test("readsKeyVariable: the variable a key's move writes, as the file reads it", () => {
  const place = { text: 'import os\nALLOWED_HOSTS = [os.environ["SETTINGS__HOSTNAME"], "billing.internal.contoso.test"]\n', filePath: "orders/settings.py" };
  assert.equal(readsKeyVariable(place, "settings:hostname"), true);
  assert.equal(readsKeyVariable(place, "settings:hostname-2"), false);
});

test("another key answered to a conflict: the setting goes there, the other place's value stays, and the result names the key", async () => {
  const store = new MemoryConfigurationStore();
  await store.setSetting({ key: "host", label: LABEL, value: ORDERS, tags: { source: "src/db.ts" } });
  const seen: string[] = [];
  const stored = await storeSettingVerified(store, { key: "host", label: LABEL, value: BILLING }, {
    overwrite: (existing) => (seen.push(`${existing.key} from ${existing.tags.source}`), Promise.resolve({ otherKey: "host-2" })),
    signal,
    log,
  });
  assert.deepEqual(seen, ["host from src/db.ts"], "the conflict is told which place the value came from");
  assert.equal(stored.key, "host-2");
  assert.equal(stored.reused, false);
  assert.equal((await store.getSetting("host", LABEL))?.value, ORDERS);
  assert.equal((await store.getSetting("host-2", LABEL))?.value, BILLING);
  assert.match(await stored.undo(), /host-2/);
  assert.equal(await store.getSetting("host-2", LABEL), undefined);
  assert.equal((await store.getSetting("host", LABEL))?.value, ORDERS);
});

test("the other key holds yet another value: asked again about that key; declined, nothing is written", async () => {
  const store = new MemoryConfigurationStore();
  await store.setSetting({ key: "host", label: LABEL, value: ORDERS });
  await store.setSetting({ key: "host-2", label: LABEL, value: "third.internal.contoso.test" });
  const asked: string[] = [];
  const failure = await storeSettingVerified(store, { key: "host", label: LABEL, value: BILLING }, {
    overwrite: (existing) => (asked.push(existing.key), Promise.resolve(existing.key === "host" ? { otherKey: "host-2" } : false)),
    signal,
    log,
  }).then(
    () => assert.fail("declined"),
    (error: unknown) => error,
  );
  assert.deepEqual(asked, ["host", "host-2"]);
  assert.ok(failure instanceof MoveStopped && failure.outcome === "cancelled");
  assert.equal((await store.getSetting("host", LABEL))?.value, ORDERS);
  assert.equal((await store.getSetting("host-2", LABEL))?.value, "third.internal.contoso.test");
});
