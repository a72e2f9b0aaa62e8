import assert from "node:assert/strict";
import { test } from "node:test";
import { CommandId } from "../../src/extension/contributions";
import { MANAGE_WORKSPACE_TRUST, moveChoices, type MoveChoiceContext } from "../../src/extension/move-action-choices";

const mapped: MoveChoiceContext = { trusted: true, isConfig: false, refused: false, vault: "orders-dev · development", store: "orders-config · development", offerReference: true };

test("a mapped secret: the preferred move, the move with choices, and the App Configuration reference where the file reads keys", () => {
  assert.deepEqual(
    moveChoices(mapped).map((choice) => [choice.label, choice.command, choice.call, choice.preferred ?? false]),
    [
      ["Move to Key Vault (orders-dev · development)", CommandId.moveSecretToKeyVault, "atFinding", true],
      ["Move to Key Vault…", CommandId.moveSecretToKeyVault, "interactive", false],
      ["Move to Key Vault and reference it from App Configuration (orders-config · development)", CommandId.moveSecretViaAppConfiguration, "atFinding", false],
    ],
  );
  assert.equal(moveChoices({ ...mapped, offerReference: false }).length, 2);
});

test("Restricted Mode: one choice, which opens the Workspace Trust editor, for secrets and configuration values alike; nothing preferred", () => {
  for (const isConfig of [false, true]) {
    const choices = moveChoices({ ...mapped, trusted: false, isConfig });
    assert.equal(choices.length, 1);
    assert.equal(choices[0]!.command, MANAGE_WORKSPACE_TRUST);
    assert.equal(choices[0]!.call, "none");
    assert.ok(!choices[0]!.preferred);
    assert.match(choices[0]!.label, isConfig ? /^Move to App Configuration… \(trust this workspace first\)$/ : /^Move to Key Vault… \(trust this workspace first\)$/);
  }
});

test("a refused place in Restricted Mode offers no move: trusting the workspace would not let it move", () => {
  assert.deepEqual(moveChoices({ ...mapped, trusted: false, refused: true }), []);
});

test("a refused place offers only the reason; an unmapped file offers Configure Vaults", () => {
  assert.deepEqual(moveChoices({ ...mapped, refused: true }).map((choice) => [choice.command, choice.call]), [[CommandId.moveSecretToKeyVault, "explainRefusal"]]);
  assert.deepEqual(moveChoices({ ...mapped, vault: undefined }).map((choice) => choice.command), [CommandId.configureVaults]);
  assert.deepEqual(moveChoices({ ...mapped, isConfig: true, store: undefined }).map((choice) => choice.command), [CommandId.configureVaults]);
  assert.deepEqual(moveChoices({ ...mapped, isConfig: true, store: undefined, refused: true }).map((choice) => [choice.command, choice.call]), [[CommandId.moveToAppConfiguration, "explainRefusal"]], "the reason, even before a store is configured");
});

test("a configuration value: the preferred move under the derived key, and the move that asks for the key", () => {
  assert.deepEqual(
    moveChoices({ ...mapped, isConfig: true }).map((choice) => [choice.label, choice.command, choice.call, choice.preferred ?? false]),
    [
      ["Move to App Configuration (orders-config · development)", CommandId.moveToAppConfiguration, "atFinding", true],
      ["Move to App Configuration…", CommandId.moveToAppConfiguration, "interactive", false],
    ],
  );
});

test("a configuration value no move can rewrite: only why, never a preferred move that can only fail", () => {
  const choices = moveChoices({ ...mapped, isConfig: true, refused: true });
  assert.deepEqual(
    choices.map((choice) => [choice.label, choice.command, choice.call, choice.preferred ?? false]),
    [["Why can't this value move to App Configuration?", CommandId.moveToAppConfiguration, "explainRefusal", false]],
  );
  assert.deepEqual(moveChoices({ ...mapped, isConfig: true, refused: true, trusted: false }), [], "in Restricted Mode nothing: trusting would not let it move");
});

test("a document in no workspace folder (an untitled editor): only why, since no mapping can name its vault or store", () => {
  const outside: MoveChoiceContext = { trusted: true, isConfig: false, refused: false, offerReference: false, outsideFolder: true };
  assert.deepEqual(moveChoices(outside).map((choice) => [choice.label, choice.command, choice.call]), [["Why can't this secret move to Key Vault?", CommandId.moveSecretToKeyVault, "explainRefusal"]]);
  assert.deepEqual(moveChoices({ ...outside, isConfig: true }).map((choice) => [choice.label, choice.command, choice.call]), [["Why can't this value move to App Configuration?", CommandId.moveToAppConfiguration, "explainRefusal"]]);
  // In a folder without a mapping, configuring one does help.
  assert.equal(moveChoices({ ...outside, outsideFolder: false })[0]!.command, CommandId.configureVaults);
});
