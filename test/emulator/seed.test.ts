// Seeding: secrets with past creation, update and expiry dates (for expiry and rotation badges),
// certificate-backed secrets, and seeding through the admin endpoint.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { collect, rawRequest, secretClient, startTestEmulator } from "./helpers";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startTestEmulator({ vaults: ["kv-seeded"] });
});
after(() => emulator.close());

test("a seeded secret reports the seeded dates through the SDK", async () => {
  const createdOn = new Date("2023-03-01T08:00:00Z");
  const updatedOn = new Date("2023-06-01T08:00:00Z");
  const expiresOn = new Date("2024-01-01T00:00:00Z");
  const seeded = emulator.seedSecret("kv-seeded", { name: "old-password", value: "emulator-test-value-old", createdOn, updatedOn, expiresOn, tags: { rotation: "yearly" } });
  assert.match(seeded.version, /^[0-9a-f]{32}$/);

  const client = secretClient(emulator, "kv-seeded");
  const secret = await client.getSecret("old-password");
  assert.equal(secret.value, "emulator-test-value-old");
  assert.deepEqual(secret.properties.createdOn, createdOn);
  assert.deepEqual(secret.properties.updatedOn, updatedOn);
  assert.deepEqual(secret.properties.expiresOn, expiresOn);
  assert.deepEqual(secret.properties.tags, { rotation: "yearly" });
  const listed = (await collect(client.listPropertiesOfSecrets())).find((properties) => properties.name === "old-password");
  assert.deepEqual(listed?.expiresOn, expiresOn, "an expired secret is still listed and readable, as the service does");
});

test("seeded versions keep their order and a chosen version id", async () => {
  emulator.seedSecret("kv-seeded", { name: "rotated", value: "emulator-test-value-r1", createdOn: "2022-01-01T00:00:00Z", version: "00000000000000000000000000000001" });
  emulator.seedSecret("kv-seeded", { name: "rotated", value: "emulator-test-value-r2", createdOn: 1_672_531_200 });
  const client = secretClient(emulator, "kv-seeded");
  const versions = await collect(client.listPropertiesOfSecretVersions("rotated"));
  assert.equal(versions[0]?.version, "00000000000000000000000000000001");
  assert.deepEqual(versions.map((version) => version.createdOn?.toISOString()), ["2022-01-01T00:00:00.000Z", "2023-01-01T00:00:00.000Z"]);
  assert.equal((await client.getSecret("rotated")).value, "emulator-test-value-r2");
});

test("a certificate-backed secret has managed, a kid and the pkcs12 content type", async () => {
  const seeded = emulator.seedSecret("kv-seeded", { name: "tls-cert", value: "emulator-test-value-pfx", managed: true });
  const secret = await secretClient(emulator, "kv-seeded").getSecret("tls-cert");
  assert.equal(secret.properties.managed, true);
  assert.equal(secret.properties.contentType, "application/x-pkcs12");
  assert.equal(secret.properties.certificateKeyId, `${emulator.info.vaults["kv-seeded"]}/keys/tls-cert/${seeded.version}`);
});

test("a certificate's secret cannot be set or deleted: 403 SecretManagedByKeyVault, and it stays as it was", async () => {
  emulator.seedSecret("kv-seeded", { name: "api-cert", value: "emulator-test-value-cert", managed: true });
  const client = secretClient(emulator, "kv-seeded");
  for (const [operation, attempt] of [
    ["set", () => client.setSecret("API-CERT", "emulator-test-value-overwrite")],
    ["delete", () => client.beginDeleteSecret("api-cert")],
  ] as const) {
    await assert.rejects(attempt(), (error: { statusCode?: number; code?: string; details?: { error?: { message?: string; innerError?: { code?: string } } } }) => {
      assert.equal(error.statusCode, 403);
      assert.equal(error.code, "Forbidden");
      assert.equal(error.details?.error?.innerError?.code, "SecretManagedByKeyVault");
      assert.equal(error.details?.error?.message, `Operation "${operation}" is not allowed as this object's lifetime is managed by Key Vault.`);
      return true;
    });
  }
  const versions = await collect(client.listPropertiesOfSecretVersions("api-cert"));
  assert.deepEqual(versions.map((version) => version.managed), [true], "no plain version was added");
  assert.equal((await client.getSecret("api-cert")).value, "emulator-test-value-cert");
  // The certificate's renewal is a new version of its own (seeded as managed).
  emulator.seedSecret("kv-seeded", { name: "api-cert", value: "emulator-test-value-renewed", managed: true });
  assert.equal((await client.getSecret("api-cert")).value, "emulator-test-value-renewed");
});

test("the admin endpoint seeds secrets and vault properties for out-of-process tests", async () => {
  const response = await rawRequest(emulator, `${emulator.info.arm}/_emulator/vaults/kv-seeded/secrets`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: "admin-seeded", value: "emulator-test-value-admin", createdOn: "2020-02-02T00:00:00Z", expiresOn: "2021-02-02T00:00:00Z" }),
  });
  assert.equal(response.status, 201);
  const body = JSON.parse(response.body) as { name: string; version: string; id: string };
  assert.equal(body.id, `${emulator.info.vaults["kv-seeded"]}/secrets/admin-seeded/${body.version}`);
  const secret = await secretClient(emulator, "kv-seeded").getSecret("admin-seeded");
  assert.deepEqual(secret.properties.expiresOn, new Date("2021-02-02T00:00:00Z"));

  const patched = await rawRequest(emulator, `${emulator.info.arm}/_emulator/vaults/kv-seeded`, { method: "PATCH", body: JSON.stringify({ enableSoftDelete: false }) });
  assert.equal(patched.status, 200);
  const set = await secretClient(emulator, "kv-seeded").setSecret("after-patch", "emulator-test-value-p");
  assert.equal(set.properties.recoveryLevel, "Purgeable");
  emulator.setVaultProperties("kv-seeded", { enableSoftDelete: true });
});

test("invalid seeds are refused with a reason", async () => {
  assert.throws(() => emulator.seedSecret("kv-seeded", { name: "bad", value: "v", createdOn: "not a date" }), /createdOn is not a valid date/);
  assert.throws(() => emulator.seedSecret("no-such-vault", { name: "x", value: "v" }), /no vault named 'no-such-vault'/);
  assert.throws(() => emulator.setVaultProperties("kv-seeded", { softDeleteRetentionInDays: 3 }), /from 7 to 90/);
  const unknown = await rawRequest(emulator, `${emulator.info.arm}/_emulator/vaults/nope/secrets`, { method: "POST", body: JSON.stringify({ name: "x", value: "v" }) });
  assert.equal(unknown.status, 404);
});
