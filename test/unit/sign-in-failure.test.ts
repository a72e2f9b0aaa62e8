// A failed VS Code sign-in, told apart where its error allows: a cancel, no network, a provider
// that never started, an expired sign-in.
import assert from "node:assert/strict";
import Module from "node:module";
import { test } from "node:test";
import { signInFailure } from "../../src/extension/sign-in-failure";

test("offline: the sign-in service could not be reached, not 'expired'", () => {
  const offline = signInFailure(Object.assign(new Error("getaddrinfo ENOTFOUND login.microsoftonline.com"), { code: "ENOTFOUND" }), false);
  assert.equal(offline.kind, "network");
  assert.equal(offline.message, "Could not reach Microsoft's sign-in service (ENOTFOUND): check your network connection, proxy or VPN, then retry.");
  // The code only in the text, EAI_AGAIN's underscore included; MSAL's wording without a code.
  assert.equal(signInFailure(new Error("request to https://login.microsoftonline.com failed, reason: getaddrinfo EAI_AGAIN login.microsoftonline.com"), false).details.code, "EAI_AGAIN");
  assert.equal(signInFailure(new Error("network_error: Network request failed"), false).kind, "network");
});

test("a cancelled or declined prompt is 'not signed in', whatever VS Code throws", () => {
  for (const [error, cancelled] of [[new Error("Canceled"), true], [new Error("User did not consent to login."), false]] as const) {
    const failure = signInFailure(error, cancelled);
    assert.equal(failure.kind, "signedOut");
    assert.match(failure.message, /\(sign-in was cancelled\)/);
  }
});

test("a sign-in provider that never started says so (as an Error, or as the bare string older VS Code rejects with)", () => {
  for (const error of [new Error("Timed out waiting for authentication provider 'microsoft' to register."), "Timed out waiting for authentication provider to register"]) {
    const failure = signInFailure(error, false);
    assert.equal(failure.kind, "other");
    assert.match(failure.message, /^VS Code's Microsoft sign-in did not start .*reload the window/);
  }
});

test("Microsoft Entra's refusal, and anything unrecognised, is an expired sign-in to renew", () => {
  // A Conditional Access refusal may mention a network location: Entra answered, the network works.
  const refused = signInFailure(new Error("invalid_grant: AADSTS700082: The refresh token has expired due to inactivity (network location unchanged)."), false);
  assert.equal(refused.kind, "expiredSignIn");
  assert.match(refused.message, /\(AADSTS700082\)/);
  assert.equal(signInFailure(new Error("Something else went wrong."), false).kind, "expiredSignIn");
  assert.equal(signInFailure(undefined, false).kind, "expiredSignIn");
});

test("VsCodeMicrosoftCredential: an offline getSession is reported as offline, a cancel as cancelled", async () => {
  // A stand-in for the `vscode` module (Node cannot resolve it outside VS Code): getSession throws what it is given.
  class CancellationError extends Error {}
  let failure = new Error("unset");
  const vscode = { CancellationError, authentication: { getSession: () => Promise.reject(failure) } };
  const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
  const load = loader._load.bind(loader);
  loader._load = (request, ...rest) => (request === "vscode" ? vscode : load(request, ...rest));
  try {
    const { VsCodeMicrosoftCredential } = await import("../../src/extension/azure-credential");
    const credential = new VsCodeMicrosoftCredential(() => false);
    const kindOf = (error: Error) => {
      failure = error;
      return credential.getToken("https://vault.azure.net/.default").then(
        () => "resolved",
        (caught: { kind?: string }) => caught.kind,
      );
    };
    assert.equal(await kindOf(Object.assign(new Error("getaddrinfo ENOTFOUND login.microsoftonline.com"), { code: "ENOTFOUND" })), "network");
    assert.equal(await kindOf(new CancellationError("Canceled")), "signedOut");
  } finally {
    loader._load = load;
  }
});
