// Configure Vaults' endpoint step (src/extension/configure-vaults.ts) on fakes: when the directory
// cannot offer a vault to pick (no subscriptions, or the listing failed), the user is offered to
// type the URL and the flow goes on with it. The stand-in for `vscode` (imported first) answers
// the dialogs from a script and records what was shown.
import { dialogs, TYPED_URL } from "./configure-vaults-vscode-stub";
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import { AzureError, type AzureSubscription, type VaultDirectory } from "../../src/azure";
import type { AzureAccess, DirectorySource } from "../../src/extension/azure-access";
import { pickEndpoint } from "../../src/extension/configure-vaults";

function access(listSubscriptions: () => Promise<AzureSubscription[]>): AzureAccess {
  const source: DirectorySource = { label: "Azure", directory: { listSubscriptions } as unknown as VaultDirectory };
  return { directorySources: () => [source], endpointPolicy: () => ({ allowLoopback: false }) } as unknown as AzureAccess;
}

beforeEach(() => {
  dialogs.shown.length = 0;
  dialogs.pressButton = undefined;
});

test("an account with no enabled subscriptions is offered to enter the URL, and the flow continues with it", async () => {
  dialogs.pressButton = "Enter the URL…";
  const choice = await pickEndpoint("keyVault", "development", { access: access(() => Promise.resolve([])) });
  assert.deepEqual(dialogs.shown, [{ kind: "warning", message: "Secret Hygiene: Your Azure account has no enabled subscriptions.", buttons: ["Enter the URL…"] }]);
  assert.deepEqual(choice, { kind: "url", url: TYPED_URL });
});

test("no subscriptions, offer dismissed: the step ends without a URL", async () => {
  const choice = await pickEndpoint("keyVault", "development", { access: access(() => Promise.resolve([])) });
  assert.equal(dialogs.shown.length, 1);
  assert.equal(choice, undefined);
});

test("a listing that fails offers the same choice", async () => {
  dialogs.pressButton = "Enter the URL…";
  const choice = await pickEndpoint("appConfiguration", "development", { access: access(() => Promise.reject(new AzureError("forbidden", "You may not list subscriptions."))) });
  assert.deepEqual(dialogs.shown, [{ kind: "error", message: "Secret Hygiene: You may not list subscriptions.", buttons: ["Enter the URL…"] }]);
  assert.deepEqual(choice, { kind: "url", url: TYPED_URL });
});
