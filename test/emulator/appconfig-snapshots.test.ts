// App Configuration snapshots with the real AppConfigurationClient: the create poller
// (Operation-Location), frozen contents, composition types, archive and recover, listing.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { appConfigClient, collect, startTestEmulator, statusOf } from "./helpers";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startTestEmulator({ appConfigStores: ["cfg-snap"], appConfigPageSize: 2 });
  const client = appConfigClient(emulator, "cfg-snap");
  await client.setConfigurationSetting({ key: "Snap:Url", value: "https://one.example" });
  await client.setConfigurationSetting({ key: "Snap:Url", label: "prod", value: "https://prod.example" });
  await client.setConfigurationSetting({ key: "Snap:Retries", value: "3" });
  await client.setConfigurationSetting({ key: "Other:Key", value: "not in the snapshot" });
});
after(() => emulator.close());

test("a snapshot is created through the poller and keeps the values of that moment", async () => {
  const client = appConfigClient(emulator, "cfg-snap");
  const poller = await client.beginCreateSnapshot({ name: "release-1", filters: [{ keyFilter: "Snap:*" }], tags: { release: "1" } }, { updateIntervalInMs: 10 });
  const created = await poller.pollUntilDone();
  assert.equal(created.name, "release-1");
  assert.equal(created.status, "ready");
  assert.equal(created.compositionType, "key");
  assert.equal(created.itemCount, 2, "the filter without a label selects the unlabelled key-values");
  assert.deepEqual(created.tags, { release: "1" });

  await client.setConfigurationSetting({ key: "Snap:Retries", value: "5" });
  const frozen = await collect(client.listConfigurationSettingsForSnapshot("release-1"));
  assert.deepEqual(frozen.map((setting) => `${setting.key}=${setting.value}`).sort(), ["Snap:Retries=3", "Snap:Url=https://one.example"]);
});

test("key composition keeps the last filter's match per key; key_label keeps every label", async () => {
  const client = appConfigClient(emulator, "cfg-snap");
  const byKey = await client.beginCreateSnapshotAndWait({ name: "by-key", filters: [{ keyFilter: "Snap:Url" }, { keyFilter: "Snap:Url", labelFilter: "prod" }] });
  assert.equal(byKey.itemCount, 1);
  assert.equal((await collect(client.listConfigurationSettingsForSnapshot("by-key")))[0]?.value, "https://prod.example");
  const byKeyLabel = await client.beginCreateSnapshotAndWait({ name: "by-key-label", compositionType: "key_label", filters: [{ keyFilter: "Snap:Url" }, { keyFilter: "Snap:Url", labelFilter: "prod" }] });
  assert.equal(byKeyLabel.itemCount, 2);
});

test("archive sets an expiry, recover clears it; getSnapshot and listSnapshots see the status", async () => {
  const client = appConfigClient(emulator, "cfg-snap");
  await client.beginCreateSnapshotAndWait({ name: "archivable", filters: [{ keyFilter: "Snap:*" }], retentionPeriodInSeconds: 3600 });
  const archived = await client.archiveSnapshot("archivable");
  assert.equal(archived.status, "archived");
  assert.ok(archived.expiresOn instanceof Date && archived.expiresOn.getTime() > Date.now());
  assert.deepEqual((await collect(client.listSnapshots({ statusFilter: ["archived"] }))).map((snapshot) => snapshot.name), ["archivable"]);
  const recovered = await client.recoverSnapshot("archivable");
  assert.equal(recovered.status, "ready");
  assert.equal(recovered.expiresOn, undefined);
  assert.equal((await client.getSnapshot("archivable")).status, "ready");
  const names = (await collect(client.listSnapshots())).map((snapshot) => snapshot.name);
  assert.deepEqual(names, ["archivable", "by-key", "by-key-label", "release-1"], "listed across pages of two");
});

test("a snapshot name is unique; an unknown snapshot is a 404", async () => {
  const client = appConfigClient(emulator, "cfg-snap");
  const duplicate = await statusOf(client.beginCreateSnapshotAndWait({ name: "release-1", filters: [{ keyFilter: "*" }] }));
  assert.equal(duplicate.statusCode, 409);
  assert.equal((await statusOf(client.getSnapshot("no-such-snapshot"))).statusCode, 404);
  assert.equal((await statusOf(collect(client.listConfigurationSettingsForSnapshot("no-such-snapshot")))).statusCode, 404);
});

test("a read-only key cannot create snapshots", async () => {
  const client = appConfigClient(emulator, "cfg-snap", "read-only-connection-string");
  assert.equal((await statusOf(client.beginCreateSnapshotAndWait({ name: "denied", filters: [{ keyFilter: "*" }] }))).statusCode, 403);
  assert.equal((await client.getSnapshot("release-1")).name, "release-1");
});
