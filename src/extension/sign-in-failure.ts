// What a failed VS Code Microsoft sign-in (vscode.authentication.getSession) means for the user.
// VS Code's errors are untyped apart from CancellationError, so they are told apart by their text:
// a cancel, a sign-in provider that never started, no network; anything else is taken for an
// expired or revoked sign-in, which signing in again fixes. No `vscode` here, so it is unit-tested.
import { AzureError, expiredSignInError, isNetworkCode, signedOutError, signInUnreachableError } from "../azure";

/** VS Code's own wording, when the Microsoft authentication provider never registered. */
const PROVIDER_NEVER_STARTED = /Timed out waiting for authentication provider/i;

/** The socket error code in a failure: its `code`, or one named in its text ("getaddrinfo ENOTFOUND …"). */
function networkCodeOf(error: unknown, message: string): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && isNetworkCode(code)) return code;
  return message.match(/\bE[A-Z_]+\b/g)?.find(isNetworkCode);
}

/**
 * @param cancelled whether `error` is VS Code's CancellationError (the caller has `vscode`).
 */
export function signInFailure(error: unknown, cancelled: boolean): AzureError {
  // Some VS Code versions reject with a bare string (the provider that never registered).
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  // The user closed or declined the sign-in prompt ("User did not consent to login.").
  if (cancelled || /cancel|did not consent/i.test(message)) return signedOutError("sign-in was cancelled");
  if (PROVIDER_NEVER_STARTED.test(message)) {
    return new AzureError("other", "VS Code's Microsoft sign-in did not start (its authentication provider never registered): reload the window, then retry.");
  }
  // Microsoft Entra answered (with a reason such as AADSTS700082): no network failure.
  const aadCode = /AADSTS\d+/.exec(message)?.[0];
  if (aadCode) return expiredSignInError(aadCode);
  const code = networkCodeOf(error, message);
  // MSAL's "network_error: Network request failed", Node's "fetch failed".
  if (code || /network|offline|fetch failed/i.test(message)) return signInUnreachableError(code);
  return expiredSignInError();
}
