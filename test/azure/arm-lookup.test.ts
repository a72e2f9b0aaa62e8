// The Vaults view's Resource Manager lookup: when a listing fails, the vault's "Vault settings not
// checked" row gives the listing's own reason, not "does not list this vault".
import "./vscode-stub";
import assert from "node:assert/strict";
import { test } from "node:test";
import { ArmVaultDirectory, AzureError, type VaultDirectory } from "../../src/azure";
import type { AzureAccess } from "../../src/extension/azure-access";
import { ArmLookup, type SignInState } from "../../src/extension/explorer/context";
import { startContractEmulator, emulatorConnection } from "./harness";

const signedIn = { signedIn: () => Promise.resolve(true) } as unknown as SignInState;
const warnings: string[] = [];
const log = { warn: (line: string) => warnings.push(line) } as never;

test("a stopped emulator: the reason is that it is not running, not that it does not list the vault", async () => {
  const emulator = await startContractEmulator();
  const directory = ArmVaultDirectory.open(emulatorConnection(emulator), emulator.info.arm);
  const url = emulator.info.vaults["contract-dev-kv"]!;
  const access = { directorySources: () => [{ label: "Local emulator", directory, fixedSubscriptionId: emulator.info.subscriptionId, local: true }] } as unknown as AzureAccess;
  const lookup = new ArmLookup(access, signedIn, log);
  assert.equal((await lookup.find(url)).info?.name, "contract-dev-kv");
  lookup.reset();
  await emulator.close();
  const { info, problem } = await lookup.find(url);
  assert.equal(info, undefined);
  assert.match(problem ?? "", /^The local emulator is not running on 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  assert.doesNotMatch(problem ?? "", /does not list this vault|network connection, proxy or VPN/);
});

test("a subscription whose listing fails: its reason, not 'none of your subscriptions lists this vault'", async () => {
  const listed = { name: "orders-prod", vaultUrl: "https://orders-prod.vault.azure.net", subscriptionId: "sub-a", tags: {}, softDelete: true, purgeProtection: true, rbacAuthorization: true, privateEndpoints: 0 };
  const directory = {
    listSubscriptions: () => Promise.resolve([{ subscriptionId: "sub-a", name: "Orders" }, { subscriptionId: "sub-b", name: "Payments" }, { subscriptionId: "sub-c", name: "Shared" }]),
    listKeyVaults: (subscriptionId: string) =>
      subscriptionId === "sub-a" ? Promise.resolve([listed]) : Promise.reject(new AzureError("throttled", `Azure is throttling requests for ${subscriptionId}: wait about 30 s.`)),
  } as unknown as VaultDirectory;
  const access = { directorySources: () => [{ label: "Azure", directory }] } as unknown as AzureAccess;
  const lookup = new ArmLookup(access, signedIn, log);
  assert.equal((await lookup.find("https://orders-prod.vault.azure.net/")).info?.name, "orders-prod", "a vault in a listed subscription is found all the same");
  assert.equal(
    (await lookup.find("https://payments-prod.vault.azure.net")).problem,
    "Listing the vaults of subscription Payments failed: Azure is throttling requests for sub-b: wait about 30 s. (Listing 1 more subscription failed too.)",
  );
});

test("every listing read, and the vault in none: it is not listed", async () => {
  const directory = { listSubscriptions: () => Promise.resolve([{ subscriptionId: "sub-a", name: "Orders" }]), listKeyVaults: () => Promise.resolve([]) } as unknown as VaultDirectory;
  const lookup = new ArmLookup({ directorySources: () => [{ label: "Azure", directory }] } as unknown as AzureAccess, signedIn, log);
  assert.equal((await lookup.find("https://elsewhere.vault.azure.net")).problem, "None of your subscriptions lists this vault (or you have no Reader role on it).");
});
