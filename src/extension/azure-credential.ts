// A TokenCredential over VS Code's built-in Microsoft sign-in, for the Key Vault, App Configuration
// and Resource Manager clients. The SDK asks for its resource's `.default` scope and, after Key
// Vault's 401 challenge, for the vault's tenant: VS Code takes the tenant as a `VSCODE_TENANT:<id>`
// pseudo-scope. (The Azure Resources extension's subscription credential always returns a
// management token, so it cannot be used for the data planes.)
import type { AccessToken, GetTokenOptions, TokenCredential } from "@azure/core-auth";
import * as vscode from "vscode";
import { expiredSignInError, signedOutError } from "../azure";
import { signInFailure } from "./sign-in-failure";

const PROVIDER_ID = "microsoft";
/**
 * VS Code's session has no expiry we can read. The SDK refreshes a token shortly before the time
 * we report, so a short lifetime makes it come back to VS Code, which refreshes sessions itself.
 */
const REPORTED_LIFETIME_MS = 5 * 60 * 1000;

function scopesFor(scopes: string | string[], tenantId: string | undefined): string[] {
  const list = (Array.isArray(scopes) ? scopes : [scopes]).filter((scope) => !scope.startsWith("VSCODE_TENANT:"));
  // "common" and "organizations" are not tenants VS Code can scope a session to.
  if (tenantId && /^[0-9a-f-]{36}$/i.test(tenantId)) list.push(`VSCODE_TENANT:${tenantId}`);
  return list;
}

export class VsCodeMicrosoftCredential implements TokenCredential {
  /**
   * @param interactive whether a missing session may open VS Code's sign-in prompt; background
   * work (tree refreshes) passes false and reports "signed out" instead.
   */
  constructor(private readonly interactive: () => boolean = () => true) {}

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    const requested = scopesFor(scopes, options?.tenantId);
    let session: vscode.AuthenticationSession | undefined;
    // Claims come with a Conditional Access challenge (continuous access evaluation): the service
    // refused the token it has, so the same cached session would be refused again. Only a new
    // sign-in can satisfy them.
    const claimsChallenge = Boolean(options?.claims);
    if (claimsChallenge && !this.interactive()) throw expiredSignInError();
    try {
      session = claimsChallenge
        ? await vscode.authentication.getSession(PROVIDER_ID, requested, { forceNewSession: { detail: "Azure asked for a new sign-in (Conditional Access) before it answers Secret Hygiene." } })
        : this.interactive()
          ? await vscode.authentication.getSession(PROVIDER_ID, requested, { createIfNone: true })
          : await vscode.authentication.getSession(PROVIDER_ID, requested, { silent: true });
    } catch (error) {
      throw signInFailure(error, error instanceof vscode.CancellationError);
    }
    if (!session) throw signedOutError("use Accounts → Sign in with Microsoft, or pick another sign-in in secretHygiene.azure.credential");
    return { token: session.accessToken, expiresOnTimestamp: Date.now() + REPORTED_LIFETIME_MS };
  }
}
