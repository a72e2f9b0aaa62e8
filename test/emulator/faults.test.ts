// Fault injection seen through the real SDK clients: their retry policies must ride out 429s with
// Retry-After, 5xx and dropped connections; access rules must produce the service's 403 shapes.
import assert from "node:assert/strict";
import { after, afterEach, before, describe, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { appConfigClient, armClients, collect, rawRequest, secretClient, startTestEmulator, statusOf } from "./helpers";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startTestEmulator({
    vaults: ["kv-faults", { name: "kv-policies", properties: { enableRbacAuthorization: false } }],
    appConfigStores: ["cfg-faults"],
  });
  await secretClient(emulator, "kv-faults").setSecret("steady", "emulator-test-value-steady");
});
after(() => emulator.close());
afterEach(() => emulator.faults.reset());

describe("throttling", () => {
  test("Key Vault: 429 with Retry-After: 1 is retried after about a second and then succeeds", async () => {
    const client = secretClient(emulator, "kv-faults");
    await client.getSecret("steady"); // the challenge round-trip happens before the fault
    emulator.faults.throttle({ count: 1, retryAfterSeconds: 1, match: { service: "keyvault" } });
    const started = Date.now();
    const secret = await client.getSecret("steady");
    const waited = Date.now() - started;
    assert.equal(secret.value, "emulator-test-value-steady");
    assert.ok(waited >= 950, `the SDK should have waited for Retry-After, waited ${waited} ms`);
    assert.equal(emulator.faults.snapshot().rules.length, 0, "the rule is used up");
  });

  test("Key Vault: the 429 body and headers", async () => {
    emulator.faults.throttle({ count: 1, retryAfterSeconds: 3 });
    const response = await rawRequest(emulator, `${emulator.info.vaults["kv-faults"]}/secrets?api-version=7.5`, { headers: { Authorization: "Bearer t" } });
    assert.equal(response.status, 429);
    assert.equal(response.headers["retry-after"], "3");
    assert.equal((JSON.parse(response.body) as { error: { code: string } }).error.code, "Throttled");
  });

  test("a throttle with retryAfterSeconds null answers 429 without Retry-After, which the bare SDK does not retry", async () => {
    emulator.faults.throttle({ count: 1, retryAfterSeconds: null, match: { service: "keyvault" } });
    const response = await rawRequest(emulator, `${emulator.info.vaults["kv-faults"]}/secrets?api-version=7.5`, { headers: { Authorization: "Bearer t" } });
    assert.equal(response.status, 429);
    assert.equal(response.headers["retry-after"], undefined);
    const client = secretClient(emulator, "kv-faults");
    await client.getSecret("steady");
    emulator.faults.throttle({ count: 1, retryAfterSeconds: null, match: { service: "keyvault" } });
    await assert.rejects(client.getSecret("steady"), (error: { statusCode?: number }) => error.statusCode === 429);
  });

  test("App Configuration: 429 is retried using retry-after-ms", async () => {
    const client = appConfigClient(emulator, "cfg-faults");
    await client.setConfigurationSetting({ key: "throttled", value: "emulator-test-value-t" });
    emulator.faults.throttle({ count: 2, retryAfterSeconds: 1, match: { service: "appconfig", method: "GET" } });
    const started = Date.now();
    const setting = await client.getConfigurationSetting({ key: "throttled" });
    assert.equal(setting.value, "emulator-test-value-t");
    assert.ok(Date.now() - started >= 1900, "two 1-second waits");
  });

  test("after more 429s than the SDK retries, the caller gets the 429", async () => {
    const client = secretClient(emulator, "kv-faults");
    await client.getSecret("steady");
    emulator.faults.throttle({ count: 10, retryAfterSeconds: 0, match: { name: "kv-faults" } });
    const error = await statusOf(client.getSecret("steady"));
    assert.equal(error.statusCode, 429);
  });
});

describe("server errors and dropped connections", () => {
  test("a 503 then success: the exponential retry recovers", async () => {
    const client = secretClient(emulator, "kv-faults");
    await client.getSecret("steady");
    emulator.faults.serverError({ count: 2, status: 503 });
    assert.equal((await client.getSecret("steady")).value, "emulator-test-value-steady");
  });

  test("a 500 that persists reaches the caller in the service's error shape", async () => {
    const client = secretClient(emulator, "kv-faults");
    await client.getSecret("steady");
    emulator.faults.serverError({ count: 10, status: 500 });
    const error = await statusOf(client.getSecret("steady"));
    assert.equal(error.statusCode, 500);
    assert.equal(error.code, "InternalServerError");
  });

  test("dropped connections (ECONNRESET) are retried by every client", async () => {
    const secrets = secretClient(emulator, "kv-faults");
    await secrets.getSecret("steady");
    emulator.faults.dropConnections({ count: 2, match: { service: "keyvault" } });
    assert.equal((await secrets.getSecret("steady")).value, "emulator-test-value-steady");

    const settings = appConfigClient(emulator, "cfg-faults");
    await settings.setConfigurationSetting({ key: "dropped", value: "emulator-test-value-d" });
    emulator.faults.dropConnections({ count: 1, match: { service: "appconfig" } });
    assert.equal((await settings.getConfigurationSetting({ key: "dropped" })).value, "emulator-test-value-d");

    const { keyVault } = armClients(emulator);
    emulator.faults.dropConnections({ count: 1, match: { service: "arm" } });
    assert.ok((await collect(keyVault.vaults.listBySubscription())).length >= 2);
  });

  test("a dropped response comes after the write: the SDK's retry finds the work done", async () => {
    const client = secretClient(emulator, "kv-faults");
    await client.setSecret("answered-late", "emulator-test-value-late");
    emulator.faults.dropResponses({ count: 1, match: { method: "DELETE", path: "/secrets/answered-late" } });
    // The first DELETE was carried out; the retried one finds nothing left to delete.
    await assert.rejects(async () => (await client.beginDeleteSecret("answered-late")).pollUntilDone(), (error: { statusCode?: number }) => error.statusCode === 404);
    assert.equal((await client.getDeletedSecret("answered-late")).name, "answered-late");
  });

  test("a dropped connection is a socket error for a plain client", async () => {
    emulator.faults.dropConnections({ count: 1 });
    await assert.rejects(rawRequest(emulator, `${emulator.info.vaults["kv-faults"]}/secrets?api-version=7.5`, { headers: { Authorization: "Bearer t" } }), /socket hang up|ECONNRESET/);
  });

  test("latency delays matching requests only, and only as often as asked", async () => {
    const client = secretClient(emulator, "kv-faults");
    await client.getSecret("steady");
    emulator.faults.latency(300, { count: 1, match: { path: "/secrets/steady" } });
    let started = Date.now();
    await client.getSecret("steady");
    assert.ok(Date.now() - started >= 290);
    started = Date.now();
    await client.getSecret("steady");
    assert.ok(Date.now() - started < 250);
  });
});

describe("access", () => {
  test("a read-only principal reads but gets 403 ForbiddenByRbac on writes", async () => {
    const client = secretClient(emulator, "kv-faults");
    emulator.faults.setAccess("read-only", { service: "keyvault" });
    assert.equal((await client.getSecret("steady")).value, "emulator-test-value-steady");
    assert.ok((await collect(client.listPropertiesOfSecrets())).length > 0);
    const error = await statusOf(client.setSecret("steady", "emulator-test-value-denied"));
    assert.equal(error.statusCode, 403);
    assert.equal(error.code, "Forbidden");
    assert.match(error.message, /Caller is not authorized to perform action on resource/);
    assert.match(error.message, /Action: 'Microsoft\.KeyVault\/vaults\/secrets\/setSecret\/action'/);
    assert.equal((error.details as { error: { innerError: { code: string } } }).error.innerError.code, "ForbiddenByRbac");
    assert.equal((await statusOf(client.beginDeleteSecret("steady"))).statusCode, 403);
  });

  test("on an access-policy vault the 403 is AccessDenied", async () => {
    const client = secretClient(emulator, "kv-policies");
    emulator.faults.setAccess("none", { name: "kv-policies" });
    const error = await statusOf(client.getSecret("anything"));
    assert.equal(error.statusCode, 403);
    assert.match(error.message, /does not have secrets get permission on key vault 'kv-policies;location=/);
    assert.equal((error.details as { error: { innerError: { code: string } } }).error.innerError.code, "AccessDenied");
  });

  test("firewall: ForbiddenByFirewall on every operation", async () => {
    emulator.faults.setAccess("firewall", { service: "keyvault" });
    const error = await statusOf(secretClient(emulator, "kv-faults").getSecret("steady"));
    assert.equal(error.statusCode, 403);
    assert.equal((error.details as { error: { innerError: { code: string } } }).error.innerError.code, "ForbiddenByFirewall");
  });

  test("App Configuration: a Data Reader gets an empty 403 on writes", async () => {
    const client = appConfigClient(emulator, "cfg-faults", "token");
    await client.setConfigurationSetting({ key: "reader", value: "emulator-test-value-r" });
    emulator.faults.setAccess("read-only", { service: "appconfig" });
    assert.equal((await client.getConfigurationSetting({ key: "reader" })).value, "emulator-test-value-r");
    assert.equal((await statusOf(client.setConfigurationSetting({ key: "reader", value: "emulator-test-value-r2" }))).statusCode, 403);
  });

  test("ARM: no role means 403 AuthorizationFailed", async () => {
    emulator.faults.setAccess("none", { service: "arm" });
    const error = await statusOf(collect(armClients(emulator).keyVault.vaults.listBySubscription()));
    assert.equal(error.statusCode, 403);
    assert.equal(error.code, "AuthorizationFailed");
  });
});

describe("list faults", () => {
  test("empty pages with a next link are followed by the SDK", async () => {
    const client = secretClient(emulator, "kv-faults");
    await client.getSecret("steady");
    emulator.faults.emptyListPages({ count: 2, match: { service: "keyvault" } });
    const pages = [];
    for await (const page of client.listPropertiesOfSecrets().byPage()) pages.push(page);
    assert.deepEqual(pages.slice(0, 2), [[], []]);
    assert.ok(pages.flat().some((properties) => properties.name === "steady"));
  });
});

describe("admin endpoint", () => {
  test("POST /_emulator/faults arms the same controller; GET shows it; DELETE clears it", async () => {
    const admin = `${emulator.info.arm}/_emulator/faults`;
    const posted = await rawRequest(emulator, admin, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ add: [{ kind: "throttle", count: 1, retryAfterSeconds: 0, match: { service: "keyvault" } }], consistencyLagMs: 100, access: [{ level: "read-only" }] }),
    });
    assert.equal(posted.status, 200);
    const snapshot = emulator.faults.snapshot();
    assert.equal(snapshot.rules[0]?.kind, "throttle");
    assert.equal(snapshot.consistencyLagMs, 100);
    assert.deepEqual(snapshot.access, [{ level: "read-only", match: undefined }]);
    assert.deepEqual(JSON.parse((await rawRequest(emulator, admin)).body), JSON.parse(JSON.stringify(snapshot)));
    assert.equal((await rawRequest(emulator, admin, { method: "DELETE" })).status, 204);
    assert.equal(emulator.faults.snapshot().rules.length, 0);
  });

  test("an invalid fault command is a 400 with the reason", async () => {
    const response = await rawRequest(emulator, `${emulator.info.arm}/_emulator/faults`, { method: "POST", body: JSON.stringify({ add: [{ kind: "meteor-strike" }] }) });
    assert.equal(response.status, 400);
    assert.match(response.body, /kind must be/);
  });
});
