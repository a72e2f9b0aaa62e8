// A move's App Configuration steps (src/extension/moves/setting-steps.ts) with the real
// AppConfigurationClient against the emulator: a write the service applied is recognised as made,
// whatever error its retries ended in.
import "./vscode-stub";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { MoveStopped } from "../../src/extension/moves/move-stopped";
import { freeSettingKey, storeSettingVerified } from "../../src/extension/moves/setting-steps";
import { beforeCall, emulatorConfigurationHarness, startContractEmulator } from "./harness";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startContractEmulator();
});
after(() => emulator.close());

const log = { info: () => undefined, warn: () => undefined } as unknown as Parameters<typeof storeSettingVerified>[2]["log"];
const options = { overwrite: () => Promise.resolve(false), signal: new AbortController().signal, log };
const putTo = (key: string) => ({ service: "appconfig" as const, name: "contract-config", method: "PUT", path: `/kv/${key}` });

test("a write applied whose answer was lost, then throttled on every retry: recognised as made, not 'nothing stored'", async () => {
  const store = emulatorConfigurationHarness(emulator).subject;
  emulator.faults.dropResponses({ count: 1, match: putTo("Orders:Endpoint") });
  emulator.faults.throttle({ count: 10, retryAfterSeconds: 0, match: putTo("Orders:Endpoint") });
  try {
    const stored = await storeSettingVerified(store, { key: "Orders:Endpoint", label: "development", value: "https://orders.fabrikam.internal" }, options);
    assert.equal(stored.reused, false);
    assert.equal((await store.getSetting("Orders:Endpoint", "development"))?.value, "https://orders.fabrikam.internal");
    // …and its undo takes it back, as any write's.
    emulator.faults.reset();
    assert.match(await stored.undo(), /Orders:Endpoint/);
    assert.equal(await store.getSetting("Orders:Endpoint", "development"), undefined);
  } finally {
    emulator.faults.reset();
  }
});

test("a write throttled on every try and never applied: the error stands, and nothing is there", async () => {
  const store = emulatorConfigurationHarness(emulator).subject;
  emulator.faults.throttle({ count: 10, retryAfterSeconds: 0, match: putTo("Billing:Endpoint") });
  try {
    await storeSettingVerified(store, { key: "Billing:Endpoint", label: "development", value: "https://billing.fabrikam.internal" }, options).then(
      () => assert.fail("the write was throttled"),
      (error: unknown) => assert.ok(!(error instanceof MoveStopped) || error.outcome === "failed", String(error)),
    );
  } finally {
    emulator.faults.reset();
  }
  assert.equal(await store.getSetting("Billing:Endpoint", "development"), undefined);
});

test("a cancel while the write is on its way: the write runs to its end and is taken back; the store keeps nothing", async () => {
  const store = emulatorConfigurationHarness(emulator).subject;
  emulator.faults.latency(1_000, { count: 1, match: putTo("Orders:SlowEndpoint") });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 300);
  try {
    const failure = await storeSettingVerified(store, { key: "Orders:SlowEndpoint", label: "development", value: "https://slow.fabrikam.internal" }, { ...options, signal: controller.signal }).then(
      () => assert.fail("the move was cancelled"),
      (error: unknown) => error,
    );
    assert.ok(failure instanceof MoveStopped);
    assert.equal(failure.outcome, "cancelled");
    assert.match(failure.message, /The new setting 'Orders:SlowEndpoint' was removed again\./);
  } finally {
    emulator.faults.reset();
  }
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  assert.equal(await store.getSetting("Orders:SlowEndpoint", "development"), undefined);
});

test("a cancel during the read-back: reported as a cancel that says what was taken back, not as a store that could not be read", async () => {
  const store = emulatorConfigurationHarness(emulator).subject;
  const controller = new AbortController();
  // The first read is the look before the write; the second is the read-back: the user cancels then.
  let reads = 0;
  const cancelling = beforeCall(store, "getSetting", () => {
    if (++reads === 2) controller.abort();
  });
  const failure = await storeSettingVerified(cancelling, { key: "Orders:ReadBackEndpoint", label: "development", value: "https://read-back.fabrikam.internal" }, { ...options, signal: controller.signal }).then(
    () => assert.fail("the move was cancelled"),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof MoveStopped, `a MoveStopped (got ${failure instanceof Error ? failure.name : typeof failure})`);
  assert.equal(failure.outcome, "cancelled");
  assert.equal(failure.message, "Cancelled after App Configuration took 'Orders:ReadBackEndpoint'. The new setting 'Orders:ReadBackEndpoint' was removed again.");
  assert.equal(await store.getSetting("Orders:ReadBackEndpoint", "development"), undefined);
});

test("two values whose derived key is the same: the second goes under the next free key, and the first place's value stays", async () => {
  const store = emulatorConfigurationHarness(emulator).subject;
  const orders = { key: "settings:hostname", label: "development", value: "orders.internal.fabrikam.test", tags: { source: "orders/settings.py" } };
  const billing = { ...orders, value: "billing.internal.fabrikam.test" };
  const first = await storeSettingVerified(store, orders, options);
  first.settle();
  const asked: string[] = [];
  const second = await storeSettingVerified(store, billing, {
    ...options,
    overwrite: async (existing) => {
      asked.push(existing.tags.source ?? "");
      const free = await freeSettingKey(store, billing, { taken: () => false });
      return free ? { otherKey: free } : false;
    },
  });
  second.settle();
  assert.deepEqual(asked, ["orders/settings.py"], "the conflict names where the other value came from");
  assert.equal(second.key, "settings:hostname-2");
  assert.equal((await store.getSetting("settings:hostname", "development"))?.value, orders.value);
  assert.equal((await store.getSetting("settings:hostname-2", "development"))?.value, billing.value);
  // Moved again (its second place in the file): the key that holds this value is proposed, not a third.
  assert.equal(await freeSettingKey(store, billing, { taken: () => false }), "settings:hostname-2");
});
