// What a delete does in a vault, from Resource Manager's record or, without it, from the recovery
// level Key Vault reports on every secret.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { KeyVaultInfo } from "../../src/azure";
import { deletionBehaviour } from "../../src/extension/explorer/recovery";

test("without Resource Manager's record, the secret's recovery level says soft delete, retention and purge protection", () => {
  assert.deepEqual(deletionBehaviour(undefined, { recoveryLevel: "Purgeable" }), { softDelete: false, retentionDays: undefined, purgeProtection: false });
  assert.deepEqual(deletionBehaviour(undefined, { recoveryLevel: "CustomizedRecoverable+Purgeable", recoverableDays: 7 }), { softDelete: true, retentionDays: 7, purgeProtection: false });
  assert.deepEqual(deletionBehaviour(undefined, { recoveryLevel: "Recoverable", recoverableDays: 90 }), { softDelete: true, retentionDays: 90, purgeProtection: true });
  assert.deepEqual(deletionBehaviour(undefined, { recoveryLevel: "CustomizedRecoverable+ProtectedSubscription", recoverableDays: 30 }), { softDelete: true, retentionDays: 30, purgeProtection: true });
  assert.deepEqual(deletionBehaviour(undefined, {}), {});
});

test("Resource Manager's record wins when the user may read it", () => {
  const info = { softDelete: true, softDeleteRetentionDays: 14, purgeProtection: true } as KeyVaultInfo;
  assert.deepEqual(deletionBehaviour(info, { recoveryLevel: "Recoverable+Purgeable", recoverableDays: 90 }), { softDelete: true, retentionDays: 14, purgeProtection: true });
});
