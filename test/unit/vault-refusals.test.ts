// Which failures make Move all stop trying a vault: the vault's as a whole (no role, the firewall,
// the sign-in, the network, throttling), not one about a single secret.
import assert from "node:assert/strict";
import { test } from "node:test";
import { AzureError } from "../../src/azure";
import { Remedies } from "../../src/extension/remedies";
import { MoveStopped } from "../../src/extension/moves/move-stopped";
import { isVaultWide, VaultRefusals } from "../../src/extension/moves/vault-refusals";

const forbidden = (innerCode: string | undefined, requiredRole: string | undefined) => new AzureError("forbidden", "refused", { statusCode: 403, innerCode, requiredRole });

test("a 403 is the vault's when it names a missing role or access policy, or the firewall; not when it is about one secret", () => {
  assert.equal(isVaultWide(forbidden(undefined, "Key Vault Secrets Officer")), true);
  assert.equal(isVaultWide(forbidden("ForbiddenByRbac", "Key Vault Secrets Officer")), true);
  assert.equal(isVaultWide(forbidden("AccessDenied", "Key Vault Secrets Officer")), true);
  assert.equal(isVaultWide(forbidden("ForbiddenByFirewall", undefined)), true);
  for (const innerCode of ["SecretDisabled", "SecretManagedByKeyVault", "ForbiddenByPolicy"]) assert.equal(isVaultWide(forbidden(innerCode, undefined)), false, innerCode);
});

test("sign-in, network, throttling and a refused endpoint are the vault's; a conflict or another failure is one secret's", () => {
  for (const kind of ["signedOut", "expiredSignIn", "network", "throttled", "endpointRefused"] as const) assert.equal(isVaultWide(new AzureError(kind, "x")), true, kind);
  for (const kind of ["conflictDeleted", "changedMeanwhile", "notFound", "other"] as const) assert.equal(isVaultWide(new AzureError(kind, "x")), false, kind);
});

test("the run remembers a vault's refusal, through a MoveStopped's cause too, and offers Sign In when that is the remedy", () => {
  const refusals = new VaultRefusals();
  refusals.note("https://a.vault.azure.net", new MoveStopped("failed", "Key Vault 'a' is unreachable.", { cause: new AzureError("network", "x") }), "Key Vault 'a' is unreachable.");
  refusals.note("https://b.vault.azure.net", new AzureError("other", "x"), "one secret's trouble");
  assert.equal(refusals.of("https://a.vault.azure.net"), "Key Vault 'a' is unreachable.");
  assert.equal(refusals.of("https://b.vault.azure.net"), undefined);
  assert.equal(refusals.remedy(), undefined);
  refusals.note("https://c.vault.azure.net", new AzureError("expiredSignIn", "x"), "Your sign-in expired.");
  assert.equal(refusals.remedy(), Remedies.signIn);
  assert.equal(refusals.sentence(), " Key Vault 'a' is unreachable. (1 more vault(s) refused too: see Show Log.)");
});
