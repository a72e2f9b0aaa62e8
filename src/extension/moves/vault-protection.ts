// After a move the vault holds the only copy of the secret (the file no longer does): one sentence
// for the result when that vault does not keep deleted secrets (soft delete off), or, for
// production, lets anyone allowed to purge destroy them early (purge protection off; the Vaults
// view's health rates it a warning there and only info elsewhere). Known from the recovery level
// Key Vault reports on the secret the move just stored or reused: no Resource Manager call. No
// VS Code API here.
import { deletionBehaviour } from "../explorer/recovery";

const REMEDY = "(the vault's health in the Vaults view offers it), or back up secrets that cannot be recreated.";

/** The sentence, with a leading space, or "" when the vault keeps deleted secrets as it should, or does not say. */
export function unprotectedVaultSentence(vault: string, recoveryLevel: string | undefined, production: boolean): string {
  const behaviour = deletionBehaviour(undefined, { recoveryLevel, recoverableDays: undefined });
  if (behaviour.softDelete === false) return ` Soft delete is off in ${vault}: a secret deleted there is lost for good, and the moved value is no longer in the file. Turn soft delete on ${REMEDY}`;
  if (production && behaviour.purgeProtection === false) return ` Purge protection is off in ${vault}, a production vault: a deleted secret there can be purged for good before its retention ends. Turn purge protection on ${REMEDY}`;
  return "";
}
