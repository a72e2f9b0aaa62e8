// Passphrases (several words with spaces) against the prose that sits under password names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isPassphrase } from "../../src/engine/rules/passphrase";

test("words chosen or generated as a passphrase are one", () => {
  for (const value of ["correct horse battery staple", "marble tundra 47 lantern", "quiet orbit falcon meadow cobalt", "harbor velvet 93 quartz!", "Tiger lamp 42 orbit"]) {
    assert.equal(isPassphrase(value), true, value);
  }
});

test("labels, hints, messages and translations are prose", () => {
  for (const value of ["Enter your password", "At least 12 characters", "Mot de passe", "must match the confirmation", "Reset Password Now Please", "Contraseña del usuario", "Passwort für den Zugang", "Tiger Lamp Orbit Zebra"]) {
    assert.equal(isPassphrase(value), false, value);
  }
});

test("three words need a digit or a symbol; too few, too many or odd spacing are not a passphrase", () => {
  assert.equal(isPassphrase("tiger lamp orbit"), false);
  assert.equal(isPassphrase("tiger lamp orbit7"), true);
  assert.equal(isPassphrase("tiger lamp"), false);
  assert.equal(isPassphrase("Summer 2024!"), false);
  assert.equal(isPassphrase("Zq9xLm2pW4 Hk7vRt3nQ8"), true);
  assert.equal(isPassphrase("orbit Hk7vRt3nQ8"), true);
  assert.equal(isPassphrase("your Hk7vRt3nQ8"), false);
  assert.equal(isPassphrase("one two three four five six seven eight nine"), false);
  assert.equal(isPassphrase("tiger  lamp 42 orbit"), false);
  assert.equal(isPassphrase(" tiger lamp 42 orbit"), false);
});
