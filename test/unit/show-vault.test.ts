// "Show the Vault for This File" (src/extension/show-vault.ts) on fakes: the reachability check
// reports a failure as unreachable, and a Cancel as no check at all. The stand-in for `vscode`
// fails the test if the check asks VS Code for anything.
import "../azure/vscode-stub";
import assert from "node:assert/strict";
import { test } from "node:test";
import { AzureError, type SecretStore } from "../../src/azure";
import type { AzureAccess } from "../../src/extension/azure-access";
import { vaultForFile, type ShowVaultDependencies } from "../../src/extension/show-vault";
import type { VaultMappings } from "../../src/extension/vault-mappings";

const VAULT = "https://orders-dev.vault.azure.net";

function deps(listFails: AzureError): ShowVaultDependencies {
  const target = { mapping: {}, resolved: { app: { name: "orders" }, environment: { environment: "development", reason: "the folder's default" }, target: { keyVault: VAULT } } };
  const mappings = { targetFor: () => Promise.resolve(target) } as unknown as VaultMappings;
  const store = {
    listSecrets: () => ({
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(listFails) }),
    }),
  } as unknown as SecretStore;
  const access = { secretStore: () => store } as unknown as AzureAccess;
  return { access, mappings };
}

const uri = { toString: () => "file:///work/orders/.env" } as unknown as Parameters<typeof vaultForFile>[0];

test("a vault that refuses the check is reported unreachable, with the refusal", async () => {
  const forbidden = new AzureError("forbidden", "You are not allowed to read from Key Vault 'orders-dev'.");
  const answer = await vaultForFile(uri, deps(forbidden), true, new AbortController().signal);
  assert.equal(answer.keyVault, VAULT);
  assert.deepEqual(answer.vaultCheck, { reachable: false, message: forbidden.message });
});

test("a cancelled check is no check: not 'Not reachable: … cancelled'", async () => {
  const controller = new AbortController();
  controller.abort();
  const answer = await vaultForFile(uri, deps(new AzureError("cancelled", `The request to Key Vault '${VAULT}' was cancelled.`)), true, controller.signal);
  assert.equal(answer.keyVault, VAULT);
  assert.equal(answer.vaultCheck, undefined);
});
