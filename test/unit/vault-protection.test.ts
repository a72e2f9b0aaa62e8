// The sentence a move adds when the vault now holding the only copy of its secret does not keep
// deleted secrets (src/extension/moves/vault-protection.ts), read from the secret's recovery level.
import assert from "node:assert/strict";
import { test } from "node:test";
import { unprotectedVaultSentence } from "../../src/extension/moves/vault-protection";

test("soft delete off: said for every environment", () => {
  for (const production of [true, false]) {
    assert.match(unprotectedVaultSentence("kv-orders-dev", "Purgeable", production), /^ Soft delete is off in kv-orders-dev: a secret deleted there is lost for good, .* Turn soft delete on \(the vault's health in the Vaults view offers it\), or back up secrets that cannot be recreated\.$/);
  }
});

test("purge protection off: said for production only, as the health view rates it", () => {
  for (const level of ["Recoverable+Purgeable", "CustomizedRecoverable+Purgeable"]) {
    assert.match(unprotectedVaultSentence("kv-orders-prod", level, true), /^ Purge protection is off in kv-orders-prod, a production vault: /);
    assert.equal(unprotectedVaultSentence("kv-orders-dev", level, false), "");
  }
});

test("a protected vault, or one that does not say, adds nothing", () => {
  for (const level of ["Recoverable", "CustomizedRecoverable", "Recoverable+ProtectedSubscription", undefined]) assert.equal(unprotectedVaultSentence("kv-orders-prod", level, true), "");
});
