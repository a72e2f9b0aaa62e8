// What deleting a secret does in its vault: soft delete, for how long, and whether a purge is
// refused. Resource Manager's record of the vault says it, when the user may read it; otherwise the
// recovery level Key Vault reports on every secret says the same (no Reader role needed).
import type { KeyVaultInfo, SecretProperties } from "../../azure";

export interface DeletionBehaviour {
  /** Undefined when neither source says. */
  readonly softDelete?: boolean;
  readonly retentionDays?: number;
  readonly purgeProtection?: boolean;
}

export function deletionBehaviour(info: KeyVaultInfo | undefined, secret: Pick<SecretProperties, "recoveryLevel" | "recoverableDays">): DeletionBehaviour {
  if (info) return { softDelete: info.softDelete, retentionDays: info.softDeleteRetentionDays ?? secret.recoverableDays, purgeProtection: info.purgeProtection };
  const level = secret.recoveryLevel;
  if (!level) return {};
  // `Purgeable`: deleted for good at once. `Recoverable+Purgeable`, `CustomizedRecoverable+Purgeable`:
  // soft delete. Without `+Purgeable` (`Recoverable`, `…+ProtectedSubscription`): purge protection.
  const softDelete = level !== "Purgeable";
  return { softDelete, retentionDays: softDelete ? secret.recoverableDays : undefined, purgeProtection: softDelete && !level.includes("Purgeable") };
}
