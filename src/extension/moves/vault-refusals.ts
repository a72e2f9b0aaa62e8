// What Move all learns of the vaults that refuse it: a refusal of the vault as a whole (no role,
// the sign-in, the network) stops the run trying that vault, and says why with the remedy; one
// about a single secret does not. No VS Code API here, so the decision is unit-tested.
import { isAzureError, type AzureError, type AzureErrorKind } from "../../azure";
import { needsSignIn, Remedies, type Remedy } from "../remedies";
import { azureCauseOf } from "./move-stopped";

/**
 * Failures that say nothing about one secret and everything about its vault: every later write
 * there would fail the same way (and a throttled vault should be asked less, not more).
 */
const VAULT_WIDE_FAILURES: ReadonlySet<AzureErrorKind> = new Set<AzureErrorKind>(["signedOut", "expiredSignIn", "network", "throttled", "endpointRefused"]);

/**
 * A 403 is the vault's as a whole when it names a missing role or access policy (errors.ts sets
 * `requiredRole` for those) or the firewall; one about a secret (disabled, a certificate's, a
 * policy on its name) leaves the vault's other secrets to try.
 */
export function isVaultWide(error: AzureError): boolean {
  if (error.kind === "forbidden") return error.details.requiredRole !== undefined || error.details.innerCode === "ForbiddenByFirewall";
  return VAULT_WIDE_FAILURES.has(error.kind);
}

/** What a run learnt of the vaults that refused it as a whole, for the message and its button. */
export class VaultRefusals {
  private readonly byVault = new Map<string, string>();
  private signIn = false;

  /** The refusal of this vault, if one came earlier in the run. */
  of(vaultUrl: string): string | undefined {
    return this.byVault.get(vaultUrl);
  }

  /** Records the failure if it is the vault's as a whole (isVaultWide). */
  note(vaultUrl: string, error: unknown, reason: string): void {
    const cause = azureCauseOf(error);
    if (!isAzureError(cause) || !isVaultWide(cause)) return;
    this.byVault.set(vaultUrl, reason);
    this.signIn ||= needsSignIn(cause);
  }

  /** A sentence for the result's message (with a leading space), or "". */
  sentence(): string {
    const reasons = [...this.byVault.values()];
    if (reasons.length === 0) return "";
    return ` ${reasons[0]}${reasons.length > 1 ? ` (${reasons.length - 1} more vault(s) refused too: see Show Log.)` : ""}`;
  }

  /** Sign In when a vault refused a sign-in: the message's button. */
  remedy(): Remedy | undefined {
    return this.signIn ? Remedies.signIn : undefined;
  }
}
