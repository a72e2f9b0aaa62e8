// api-versions: each emulated API serves the versions in src/emulator/api-versions.ts and answers
// any other with its service's 400. The first test is the tripwire for SDK upgrades: a client we
// ship that starts sending a version outside the list fails here, by name, so the list grows on
// purpose (once the real service serves the version) rather than by an emulator that takes anything.
import { AppConfigurationClient } from "@azure/app-configuration";
import { AppConfigurationManagementClient } from "@azure/arm-appconfiguration";
import { KeyVaultManagementClient } from "@azure/arm-keyvault";
import { SubscriptionClient } from "@azure/arm-resources-subscriptions";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import { SecretClient } from "@azure/keyvault-secrets";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { servesApiVersion, SUPPORTED_API_VERSIONS, type VersionedApi } from "../../src/emulator/api-versions";
import { clientOptions, collect, fakeCredential, rawRequest, startTestEmulator, statusOf } from "./helpers";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startTestEmulator({ vaults: ["kv-versions"], appConfigStores: ["cfg-versions"] });
});
after(() => emulator.close());

/** Client options that also note the api-version of every request the client sends. */
function recording(sent: Set<string>) {
  const policy: PipelinePolicy = {
    name: "recordApiVersion",
    sendRequest(request, next) {
      const version = new URL(request.url).searchParams.get("api-version");
      if (version) sent.add(version);
      return next(request);
    },
  };
  return { ...clientOptions(emulator), additionalPolicies: [{ policy, position: "perCall" as const }] };
}

interface SdkCall {
  sdk: string;
  api: VersionedApi;
  run(sent: Set<string>): Promise<unknown>;
}

const SDK_CALLS: SdkCall[] = [
  {
    sdk: "@azure/keyvault-secrets",
    api: "keyVault",
    run: (sent) => new SecretClient(emulator.info.vaults["kv-versions"]!, fakeCredential(), { ...recording(sent), disableChallengeResourceVerification: true }).setSecret("versioned", "emulator-test-value-version"),
  },
  {
    sdk: "@azure/app-configuration",
    api: "appConfiguration",
    run: (sent) => new AppConfigurationClient(emulator.info.appConfig["cfg-versions"]!.connectionString, recording(sent)).setConfigurationSetting({ key: "Versioned", value: "v" }),
  },
  {
    sdk: "@azure/arm-resources-subscriptions",
    api: "armResources",
    run: async (sent) => {
      const client = new SubscriptionClient(fakeCredential(), { ...recording(sent), endpoint: emulator.info.arm });
      await collect(client.subscriptions.list());
      await collect(client.tenants.list());
    },
  },
  {
    sdk: "@azure/arm-keyvault (vaults)",
    api: "armKeyVault",
    run: (sent) => collect(new KeyVaultManagementClient(fakeCredential(), emulator.info.subscriptionId, { ...recording(sent), endpoint: emulator.info.arm }).vaults.listBySubscription()),
  },
  {
    sdk: "@azure/arm-keyvault (the generic resource list behind vaults.list)",
    api: "armResources",
    run: (sent) => collect(new KeyVaultManagementClient(fakeCredential(), emulator.info.subscriptionId, { ...recording(sent), endpoint: emulator.info.arm }).vaults.list()),
  },
  {
    sdk: "@azure/arm-appconfiguration",
    api: "armAppConfiguration",
    run: (sent) => collect(new AppConfigurationManagementClient(fakeCredential(), emulator.info.subscriptionId, { ...recording(sent), endpoint: emulator.info.arm }).configurationStores.list()),
  },
];

describe("the api-versions the SDKs we ship send", () => {
  for (const call of SDK_CALLS) {
    test(`${call.sdk} sends only api-versions the emulator serves (${call.api})`, async () => {
      const sent = new Set<string>();
      const outcome = await call.run(sent).then(
        () => undefined,
        (error: unknown) => error,
      );
      assert.ok(sent.size > 0, "the client sent an api-version");
      for (const version of sent) {
        assert.ok(
          servesApiVersion(call.api, version),
          `${call.sdk} now sends api-version ${version}, which the emulator does not serve. Check that the real service serves it, then add it to SUPPORTED_API_VERSIONS.${call.api} in src/emulator/api-versions.ts.`,
        );
      }
      assert.equal(outcome, undefined, "the emulator served the call");
    });
  }
});

describe("an api-version outside the list", () => {
  const bearer = { Authorization: "Bearer t" };

  test("Key Vault: 400 BadParameter, naming the latest version it serves", async () => {
    const response = await rawRequest(emulator, `${emulator.info.vaults["kv-versions"]}/secrets?api-version=2099-01-01`, { headers: bearer });
    assert.equal(response.status, 400);
    assert.deepEqual(JSON.parse(response.body), {
      error: { code: "BadParameter", message: `The specified version (2099-01-01) is not recognized. Consider using the latest supported version (${SUPPORTED_API_VERSIONS.keyVault.at(-1)}).` },
    });
    // A pinned serviceVersion the SDK offers is served.
    const pinned = new SecretClient(emulator.info.vaults["kv-versions"]!, fakeCredential(), { ...clientOptions(emulator), serviceVersion: "7.4", disableChallengeResourceVerification: true });
    assert.equal((await pinned.setSecret("pinned-version", "emulator-test-value-pinned")).name, "pinned-version");
  });

  test("App Configuration: 400 invalid-argument problem+json naming api-version", async () => {
    // 1.12 does not send its `apiVersion` option: a policy swaps the version in before the request is signed.
    const swap: PipelinePolicy = {
      name: "swapApiVersion",
      sendRequest(request, next) {
        const url = new URL(request.url);
        url.searchParams.set("api-version", "2099-01-01");
        request.url = url.toString();
        return next(request);
      },
    };
    const client = new AppConfigurationClient(emulator.info.appConfig["cfg-versions"]!.connectionString, { ...clientOptions(emulator), additionalPolicies: [{ policy: swap, position: "perCall" }] });
    const refused = await statusOf(client.setConfigurationSetting({ key: "Unversioned", value: "v" }));
    assert.equal(refused.statusCode, 400);
    const problem = refused.details as Record<string, unknown>;
    assert.equal(problem.type, "https://azconfig.io/errors/invalid-argument");
    assert.equal(problem.name, "api-version");
    assert.match(String(problem.detail), /'2099-01-01' is not supported/);
  });

  test("ARM: 400 InvalidApiVersionParameter with the provider's versions, newest first", async () => {
    const { arm, subscriptionId } = emulator.info;
    const vaults = await rawRequest(emulator, `${arm}/subscriptions/${subscriptionId}/providers/Microsoft.KeyVault/vaults?api-version=bogus`, { headers: bearer });
    assert.equal(vaults.status, 400);
    assert.deepEqual(JSON.parse(vaults.body), {
      error: { code: "InvalidApiVersionParameter", message: `The api-version 'bogus' is invalid. The supported versions are '${[...SUPPORTED_API_VERSIONS.armKeyVault].reverse().join(",")}'.` },
    });
    // Microsoft.Resources' versions are not Microsoft.KeyVault's.
    const subscriptions = await rawRequest(emulator, `${arm}/subscriptions?api-version=2026-02-01`, { headers: bearer });
    assert.equal(subscriptions.status, 400);
    assert.equal((JSON.parse(subscriptions.body) as { error: { code: string } }).error.code, "InvalidApiVersionParameter");
  });
});
