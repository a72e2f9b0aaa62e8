// Planning a move for a file that names its vault by the Resource Manager id
// (src/extension/moves/vault-resource.ts): the id's lookup lists every subscription's vaults,
// which a slow Resource Manager makes long, so a plan made before the move's progress runs it
// under a progress of its own, whose Cancel stops the listing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { AzureError, type VaultDirectory } from "../../src/azure";
import { scanText } from "../../src/engine";
import type { AzureAccess } from "../../src/extension/azure-access";
import { planMoveFindingVault } from "../../src/extension/moves/vault-resource";

// A made-up value, assembled at run time so this file does not hold a detectable secret.
const PASSWORD = "Qv7Lm" + "R2xT9kW4pZ";
const VAULT = "https://orders-prod.vault.azure.net";
const TEXT = `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "parameters": { "adminPassword": { "value": "${PASSWORD}" } }\n}\n`;

/** An Azure directory whose vault listing answers only when `release` is called, or fails once its signal aborts. */
function slowDirectory(): { access: AzureAccess; signals: (AbortSignal | undefined)[]; release: () => void } {
  const signals: (AbortSignal | undefined)[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const vault = { name: "orders-prod", vaultUrl: VAULT, subscriptionId: "sub-a", resourceGroup: "orders", tags: {}, softDelete: true, purgeProtection: true, rbacAuthorization: true, privateEndpoints: 0 };
  const directory = {
    listSubscriptions: () => Promise.resolve([{ subscriptionId: "sub-a", name: "Orders", state: "Enabled" }]),
    listKeyVaults: (_subscription: string, options?: { signal?: AbortSignal }) => {
      signals.push(options?.signal);
      return new Promise((resolve, reject) => {
        void released.then(() => resolve([vault]));
        options?.signal?.addEventListener("abort", () => reject(new AzureError("cancelled", "The request to Azure Resource Manager was cancelled.")));
      });
    },
  } as unknown as VaultDirectory;
  return { access: { directorySources: () => [{ label: "Azure", directory }] } as unknown as AzureAccess, signals, release };
}

const input = () => {
  const finding = scanText({ content: TEXT, filePath: "infra/main.parameters.json" }).find((candidate) => candidate.kind === "secret");
  assert.ok(finding, "the engine detects the password");
  return { text: TEXT, filePath: "infra/main.parameters.json", finding, secretName: "admin-password", vaultUrl: VAULT };
};

test("a plan made before the move's progress: the vault's id is looked up under the progress given, and its Cancel stops the listing", async () => {
  const { access, signals, release } = slowDirectory();
  const progress = new AbortController();
  let ranUnderProgress = false;
  const planning = planMoveFindingVault(access, input(), {}, undefined, (lookUp) => {
    ranUnderProgress = true;
    setTimeout(() => progress.abort(), 10); // the user presses Cancel on the notification
    return lookUp(progress.signal);
  });
  await assert.rejects(planning, (error: unknown) => error instanceof AzureError && error.kind === "cancelled");
  release();
  assert.equal(ranUnderProgress, true, "the lookup ran under the progress notification");
  assert.deepEqual(signals, [progress.signal], "the listing had the notification's signal");
});

test("a plan made inside the move's progress: the lookup stops on its signal; the id found is kept for the move's later plans", async () => {
  const { access, signals, release } = slowDirectory();
  const known: { vaultResourceId?: string } = {};
  const signal = new AbortController().signal;
  const planning = planMoveFindingVault(access, input(), known, signal);
  release();
  assert.match(JSON.stringify((await planning).edits), /\/subscriptions\/sub-a\/resourceGroups\/orders\/providers\/Microsoft\.KeyVault\/vaults\/orders-prod/);
  assert.deepEqual(signals, [signal]);
  assert.equal(known.vaultResourceId, "/subscriptions/sub-a/resourceGroups/orders/providers/Microsoft.KeyVault/vaults/orders-prod");
});
