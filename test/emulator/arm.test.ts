// The real ARM clients (SubscriptionClient, KeyVaultManagementClient, AppConfigurationManagementClient)
// against the emulator's ARM endpoint, and the data-plane clients built from what ARM returns.
import { AppConfigurationClient } from "@azure/app-configuration";
import { SecretClient } from "@azure/keyvault-secrets";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { armClients, clientOptions, collect, fakeCredential, rawRequest, startTestEmulator, statusOf } from "./helpers";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startTestEmulator({
    vaults: ["kv-one", { name: "kv-legacy", properties: { enableSoftDelete: false, enableRbacAuthorization: false, publicNetworkAccess: "Disabled", tags: { owner: "ops" }, resourceGroup: "legacy-rg" } }, "kv-three"],
    appConfigStores: ["cfg-store"],
  });
});
after(() => emulator.close());

describe("subscriptions", () => {
  test("list subscriptions and tenants", async () => {
    const { subscriptions } = armClients(emulator);
    const listed = await collect(subscriptions.subscriptions.list());
    assert.equal(listed.length, 1);
    assert.equal(listed[0]?.subscriptionId, emulator.info.subscriptionId);
    assert.equal(listed[0]?.tenantId, emulator.info.tenantId);
    assert.equal(listed[0]?.state, "Enabled");
    const tenants = await collect(subscriptions.tenants.list());
    assert.equal(tenants[0]?.tenantId, emulator.info.tenantId);
    assert.equal((await subscriptions.subscriptions.get(emulator.info.subscriptionId)).displayName, "Secret Hygiene Emulator");
  });

  test("the token is requested for the ARM endpoint's scope", async () => {
    const credential = fakeCredential();
    await collect(armClients(emulator, credential).subscriptions.subscriptions.list());
    assert.deepEqual(credential.requests[0]?.scopes, [`${emulator.info.arm}/.default`]);
  });

  test("an unknown subscription is a 404 SubscriptionNotFound", async () => {
    const response = await rawRequest(emulator, `${emulator.info.arm}/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.KeyVault/vaults?api-version=2026-02-01`, { headers: { Authorization: "Bearer t" } });
    assert.equal(response.status, 404);
    assert.equal((JSON.parse(response.body) as { error: { code: string } }).error.code, "SubscriptionNotFound");
  });

  test("ARM requires a bearer token", async () => {
    const response = await rawRequest(emulator, `${emulator.info.arm}/subscriptions?api-version=2022-12-01`);
    assert.equal(response.status, 401);
    assert.equal((JSON.parse(response.body) as { error: { code: string } }).error.code, "AuthenticationFailed");
  });
});

describe("Key Vaults", () => {
  test("listBySubscription returns every vault with the properties a health check reads", async () => {
    const { keyVault } = armClients(emulator);
    const vaults = await collect(keyVault.vaults.listBySubscription());
    assert.deepEqual(vaults.map((vault) => vault.name).sort(), ["kv-legacy", "kv-one", "kv-three"]);
    const one = vaults.find((vault) => vault.name === "kv-one");
    assert.equal(one?.type, "Microsoft.KeyVault/vaults");
    assert.equal(one?.properties.enableSoftDelete, true);
    assert.equal(one?.properties.softDeleteRetentionInDays, 90);
    assert.equal(one?.properties.enablePurgeProtection, undefined, "absent until turned on, like the service");
    assert.equal(one?.properties.enableRbacAuthorization, true);
    assert.equal(one?.properties.publicNetworkAccess, "Enabled");
    assert.equal(one?.properties.tenantId, emulator.info.tenantId);
    assert.equal(one?.properties.vaultUri, `${emulator.info.vaults["kv-one"]}/`);
    assert.equal(one?.id, `/subscriptions/${emulator.info.subscriptionId}/resourceGroups/secret-hygiene-emulator/providers/Microsoft.KeyVault/vaults/kv-one`);

    const legacy = vaults.find((vault) => vault.name === "kv-legacy");
    assert.equal(legacy?.properties.enableSoftDelete, false);
    assert.equal(legacy?.properties.enableRbacAuthorization, false);
    assert.equal(legacy?.properties.publicNetworkAccess, "Disabled");
    assert.deepEqual(legacy?.tags, { owner: "ops" });
  });

  test("$top pages with an absolute next link that the SDK follows", async () => {
    const { keyVault } = armClients(emulator);
    const pages = [];
    for await (const page of keyVault.vaults.listBySubscription({ top: 2 }).byPage()) pages.push(page);
    assert.deepEqual(pages.map((page) => page.length), [2, 1]);
  });

  test("the vaultUri from ARM is usable by a SecretClient as is", async () => {
    const { keyVault } = armClients(emulator);
    const vault = await keyVault.vaults.get("secret-hygiene-emulator", "kv-three");
    const client = new SecretClient(vault.properties.vaultUri ?? "", fakeCredential(), { ...clientOptions(emulator), disableChallengeResourceVerification: true });
    await client.setSecret("from-arm", "emulator-test-value-arm");
    assert.equal((await client.getSecret("from-arm")).value, "emulator-test-value-arm");
  });

  test("get of an unknown vault is the recorded 404 ResourceNotFound", async () => {
    const error = await statusOf(armClients(emulator).keyVault.vaults.get("secret-hygiene-emulator", "kv-missing"));
    assert.equal(error.statusCode, 404);
    assert.equal(error.code, "ResourceNotFound");
    assert.match(error.message, /The Resource 'Microsoft\.KeyVault\/vaults\/kv-missing' under resource group 'secret-hygiene-emulator' was not found/);
  });

  test("listByResourceGroup filters by resource group", async () => {
    const vaults = await collect(armClients(emulator).keyVault.vaults.listByResourceGroup("legacy-rg"));
    assert.deepEqual(vaults.map((vault) => vault.name), ["kv-legacy"]);
  });

  test("setVaultProperties shows up in ARM at once", async () => {
    emulator.setVaultProperties("kv-three", { enablePurgeProtection: true, softDeleteRetentionInDays: 14 });
    const vault = await armClients(emulator).keyVault.vaults.get("secret-hygiene-emulator", "kv-three");
    assert.equal(vault.properties.enablePurgeProtection, true);
    assert.equal(vault.properties.softDeleteRetentionInDays, 14);
  });

  test("PATCH updates properties; purge protection cannot be turned off again", async () => {
    const { keyVault } = armClients(emulator);
    const updated = await keyVault.vaults.update("secret-hygiene-emulator", "kv-one", { properties: { enablePurgeProtection: true, publicNetworkAccess: "Disabled" }, tags: { env: "dev" } });
    assert.equal(updated.properties.enablePurgeProtection, true);
    assert.equal(updated.properties.publicNetworkAccess, "Disabled");
    assert.deepEqual(updated.tags, { env: "dev" });
    const error = await statusOf(keyVault.vaults.update("secret-hygiene-emulator", "kv-one", { properties: { enablePurgeProtection: false } }));
    assert.equal(error.statusCode, 400);
  });

  test("a firewall (networkAcls) set by the admin shows in ARM in the service's shape, and PATCH changes it", async () => {
    emulator.setVaultProperties("kv-three", { networkAcls: { defaultAction: "Deny", bypass: "AzureServices", ipRules: ["203.0.113.0/24"], virtualNetworkRules: [] } });
    const { keyVault } = armClients(emulator);
    const vault = await keyVault.vaults.get("secret-hygiene-emulator", "kv-three");
    assert.equal(vault.properties.networkAcls?.defaultAction, "Deny");
    assert.equal(vault.properties.networkAcls?.bypass, "AzureServices");
    assert.deepEqual(vault.properties.networkAcls?.ipRules?.map((rule) => rule.value), ["203.0.113.0/24"]);
    const one = await keyVault.vaults.get("secret-hygiene-emulator", "kv-one");
    assert.equal(one.properties.networkAcls, undefined, "no firewall: the service leaves networkAcls out");
    const opened = await keyVault.vaults.update("secret-hygiene-emulator", "kv-three", { properties: { networkAcls: { defaultAction: "Allow", ipRules: [] } } });
    assert.equal(opened.properties.networkAcls?.defaultAction, "Allow");
    assert.deepEqual(opened.properties.networkAcls?.ipRules, []);
  });

  test("purge protection cannot be turned on while soft delete is off; with it, it can", async () => {
    const { keyVault } = armClients(emulator);
    const refused = await statusOf(keyVault.vaults.update("legacy-rg", "kv-legacy", { properties: { enablePurgeProtection: true } }));
    assert.equal(refused.statusCode, 400);
    const updated = await keyVault.vaults.update("legacy-rg", "kv-legacy", { properties: { enableSoftDelete: true, enablePurgeProtection: true } });
    assert.equal(updated.properties.enableSoftDelete, true);
    assert.equal(updated.properties.enablePurgeProtection, true);
  });

  test("the generic resource list filters by resource type", async () => {
    const resources = await collect(armClients(emulator).keyVault.vaults.list());
    assert.deepEqual(resources.map((resource) => resource.name).sort(), ["kv-legacy", "kv-one", "kv-three"]);
  });
});

describe("App Configuration stores", () => {
  test("list stores; the endpoint and listKeys' connection string reach the emulated store", async () => {
    const { appConfig } = armClients(emulator);
    const stores = await collect(appConfig.configurationStores.list());
    assert.equal(stores.length, 1);
    const store = stores[0];
    assert.equal(store?.name, "cfg-store");
    assert.equal(store?.endpoint, emulator.info.appConfig["cfg-store"]?.endpoint);
    assert.equal(store?.provisioningState, "Succeeded");

    const keys = await collect(appConfig.configurationStores.listKeys("secret-hygiene-emulator", "cfg-store"));
    assert.equal(keys.length, 4);
    assert.deepEqual(keys.map((key) => key.readOnly), [false, false, true, true]);
    const client = new AppConfigurationClient(keys[0]?.connectionString ?? "", clientOptions(emulator));
    await client.setConfigurationSetting({ key: "from-arm", value: "reached" });
    assert.equal((await client.getConfigurationSetting({ key: "from-arm" })).value, "reached");
  });

  test("get of a store by resource group", async () => {
    const store = await armClients(emulator).appConfig.configurationStores.get("secret-hygiene-emulator", "cfg-store");
    assert.equal(store.endpoint, emulator.info.appConfig["cfg-store"]?.endpoint);
  });
});
