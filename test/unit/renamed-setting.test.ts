// A move that deletes a setting which a configuration provider supplies by the secret's name must
// not go through under another name than the one proposed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { keyReadBySecretName, renamedSettingRefusal } from "../../src/extension/moves/renamed-setting";

const removed = { style: "removeValue", readsConfigurationKey: "Smtp:Password" } as const;

test("a setting read by the secret's name: another name is refused, saying why", () => {
  assert.equal(renamedSettingRefusal(removed, "Smtp--Password", { name: "Smtp--Password", reused: false }), undefined);
  assert.equal(renamedSettingRefusal(removed, "Smtp--Password", { name: "smtp--password", reused: true }), undefined, "Key Vault's names ignore case");
  assert.match(renamedSettingRefusal(removed, "Smtp--Password", { name: "Smtp--Password-2", reused: false })!, /^'Smtp--Password' holds another value in Key Vault, .* as another setting than Smtp:Password$/);
  assert.match(renamedSettingRefusal(removed, "Smtp--Password", { name: "mail-password", reused: true })!, /^Key Vault already holds this value as 'mail-password'/);
});

test("a file that reads the secret another way takes any name", () => {
  // (.env's removed line and Terraform's variable are supplied by whoever runs them; a reference names the secret.)
  assert.equal(renamedSettingRefusal({ style: "removeValue" }, "DB-PASSWORD", { name: "DB-PASSWORD-2", reused: false }), undefined);
  assert.equal(renamedSettingRefusal({ style: "keyVaultReference" }, "Smtp--Password", { name: "Smtp--Password-2", reused: false }), undefined);
  assert.equal(renamedSettingRefusal({ style: "configuration", readsConfigurationKey: "Smtp:Password" }, "Smtp--Password", { name: "x", reused: false }), undefined);
});

test("the key read by the secret's name is known before storing, for the plans that remove the setting", () => {
  assert.equal(keyReadBySecretName(removed), "Smtp:Password");
  assert.equal(keyReadBySecretName({ style: "removeValue" }), undefined, ".env's removed line: whoever runs it supplies the variable");
  assert.equal(keyReadBySecretName({ style: "configuration", readsConfigurationKey: "Smtp:Password" }), undefined, "the code reads the key another way");
});
