// The VaultDirectory contract: one suite, run on MemoryVaultDirectory and on ArmVaultDirectory (the
// real ARM clients) against the emulator's ARM endpoint (vault-directory.test.ts).
import assert from "node:assert/strict";
import { afterEach, before, describe, test } from "node:test";
import type { VaultDirectory } from "../../src/azure";
import { rejection, type DirectoryExpectations, type FaultControls, type Harness } from "./harness";

export function vaultDirectoryContract(label: string, setup: () => Promise<Harness<VaultDirectory> & { expected: DirectoryExpectations }> | (Harness<VaultDirectory> & { expected: DirectoryExpectations })): void {
  describe(`VaultDirectory contract: ${label}`, () => {
    let directory: VaultDirectory;
    let faults: FaultControls;
    let expected: DirectoryExpectations;
    before(async () => {
      ({ subject: directory, faults, expected } = await setup());
    });
    afterEach(() => faults.reset());

    test("lists the subscription with its tenant", async () => {
      const subscriptions = await directory.listSubscriptions();
      const subscription = subscriptions.find((candidate) => candidate.subscriptionId === expected.subscriptionId);
      assert.ok(subscription, "the subscription is listed");
      assert.equal(subscription.tenantId, expected.tenantId);
      assert.equal(subscription.state, "Enabled");
      assert.ok(subscription.name.length > 0);
    });

    test("lists Key Vaults with their data-plane URL and safety properties", async () => {
      const vaults = await directory.listKeyVaults(expected.subscriptionId);
      assert.deepEqual(Object.fromEntries(vaults.map((vault) => [vault.name, vault.vaultUrl])), expected.vaults);
      for (const vault of vaults) {
        assert.equal(vault.subscriptionId, expected.subscriptionId);
        assert.equal(vault.tenantId, expected.tenantId);
        assert.equal(vault.softDelete, true);
        assert.equal(vault.purgeProtection, false);
        assert.equal(vault.rbacAuthorization, true);
        assert.ok(vault.resourceGroup);
        assert.equal(vault.vaultUrl.endsWith("/"), false);
        assert.equal(vault.networkRules, undefined, "no firewall configured");
        assert.equal(vault.privateEndpoints, 0);
      }
    });

    test("lists App Configuration stores with their endpoint", async () => {
      const stores = await directory.listAppConfigurationStores(expected.subscriptionId);
      assert.deepEqual(Object.fromEntries(stores.map((store) => [store.name, store.endpoint])), expected.stores);
    });

    test("an unknown subscription is notFound", async () => {
      const error = await rejection(directory.listKeyVaults("00000000-0000-0000-0000-00000000dead"));
      assert.equal(error.kind, "notFound");
      assert.match(error.message, /was not found, or your account cannot see it/);
    });

    test("without a role on the subscription: forbidden, naming Reader", async () => {
      faults.setAccess("none");
      const error = await rejection(directory.listKeyVaults(expected.subscriptionId));
      assert.equal(error.kind, "forbidden");
      assert.equal(error.details.requiredRole, "Reader");
    });

    test("protectKeyVault turns purge protection on; a reader is refused, naming Contributor", async () => {
      const [vault] = (await directory.listKeyVaults(expected.subscriptionId)).filter((candidate) => candidate.name === Object.keys(expected.vaults).sort()[1]);
      assert.ok(vault, "the second vault is listed");
      faults.setAccess("read-only");
      const refused = await rejection(directory.protectKeyVault(vault, { enablePurgeProtection: true }));
      assert.equal(refused.kind, "forbidden");
      assert.equal(refused.details.requiredRole, "Contributor");
      assert.match(refused.message, new RegExp(`change Key Vault '${vault.name}'`));
      faults.reset();
      const updated = await directory.protectKeyVault(vault, { enablePurgeProtection: true });
      assert.equal(updated.purgeProtection, true);
      assert.equal(updated.softDelete, true);
      assert.equal(updated.vaultUrl, vault.vaultUrl);
      const listed = (await directory.listKeyVaults(expected.subscriptionId)).find((candidate) => candidate.name === vault.name);
      assert.equal(listed?.purgeProtection, true);
    });

    test("protecting an unknown vault is notFound", async () => {
      const error = await rejection(directory.protectKeyVault({ name: "no-such-vault", subscriptionId: expected.subscriptionId, resourceGroup: "contract-rg" }, { enableSoftDelete: true }));
      assert.equal(error.kind, "notFound");
    });

    test("429 is waited out; an AbortSignal cancels", async () => {
      faults.throttle(1, 1);
      const started = Date.now();
      assert.ok((await directory.listSubscriptions()).length >= 1);
      assert.ok(Date.now() - started >= 950);
      assert.equal((await rejection(directory.listSubscriptions({ signal: AbortSignal.abort() }))).kind, "cancelled");
    });

    test("a Retry-After longer than a call may wait fails at once, saying how long Resource Manager asked for", async () => {
      faults.throttle(1, 3600);
      // A generous bound that only waiting out the hour would hit: then the call ends `cancelled`.
      const error = await rejection(directory.listSubscriptions({ signal: AbortSignal.timeout(20_000) }));
      assert.equal(error.kind, "throttled");
      assert.equal(error.details.retryAfterMs, 3_600_000);
      assert.match(error.message, /try again in about 60 minutes\.$/);
    });
  });
}
