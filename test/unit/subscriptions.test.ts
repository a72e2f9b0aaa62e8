// Which subscriptions the Vaults view and Configure Vaults… offer, and in what order (src/azure/vault-directory.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { subscriptionsToOffer, type AzureSubscription } from "../../src/azure";

const subscription = (name: string, state?: string): AzureSubscription => ({ subscriptionId: `id-${name}`, name, ...(state ? { state } : {}) });

test("enabled subscriptions (and those without a state), by name whatever order ARM listed them in", () => {
  const listed = [subscription("Production"), subscription("contoso-dev"), subscription("Old", "Disabled"), subscription("Billing", "Enabled"), subscription("archive", "Warned")];
  assert.deepEqual(
    subscriptionsToOffer(listed).map((offered) => offered.name),
    ["Billing", "contoso-dev", "Production"],
  );
  assert.equal(listed[0]!.name, "Production", "the listing itself is left as it was");
});
