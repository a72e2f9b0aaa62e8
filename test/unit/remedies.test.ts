// Which button an error message offers (src/extension/remedies.ts): the command that fixes what it names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { AzureError } from "../../src/azure";
import { CommandId } from "../../src/extension/contributions";
import { describeFailure } from "../../src/extension/failure";
import { Remedies, remediesFor, remediesOfResult } from "../../src/extension/remedies";

const log = { error: () => undefined } as unknown as Parameters<typeof describeFailure>[1];

test("signed out or an expired sign-in: Sign In, which runs the explorer's sign-in", () => {
  for (const kind of ["signedOut", "expiredSignIn"] as const) {
    const error = new AzureError(kind, "You are not signed in to Azure.");
    assert.deepEqual(remediesFor(error.message, error), [Remedies.signIn]);
  }
  assert.equal(Remedies.signIn.command, CommandId.signIn);
  const forbidden = new AzureError("forbidden", "You are not allowed to read from Key Vault 'orders-dev'.");
  assert.deepEqual(remediesFor(forbidden.message, forbidden), [], "a missing role is not fixed by signing in again");
});

test("a message that sends the user to the log offers Show Log", () => {
  const unexpected = describeFailure(new TypeError("boom"), log);
  assert.match(unexpected, /Show Log/);
  assert.deepEqual(remediesFor(unexpected), [Remedies.showLog]);
  assert.deepEqual(remediesFor("No secret could be moved (2 left: see Show Log)."), [Remedies.showLog]);
  assert.deepEqual(remediesFor("Key Vault 'orders-dev' has no secret 'db'."), []);
});

test("a result's own remedy comes first, each button once", () => {
  const noVault = { message: "No Key Vault for this file. Map one.", remedy: Remedies.configureVaults };
  assert.deepEqual(remediesOfResult(noVault), [Remedies.configureVaults]);
  assert.deepEqual(remediesOfResult({ message: "Unexpected TypeError; see Secret Hygiene: Show Log.", remedy: Remedies.showLog }), [Remedies.showLog]);
  assert.deepEqual(remediesOfResult({ message: "trust the workspace first", remedy: Remedies.manageWorkspaceTrust }), [Remedies.manageWorkspaceTrust]);
  assert.equal(Remedies.manageWorkspaceTrust.command, "workbench.trust.manage");
});
