// How the generic rule reads setting names: which names say "secret", and how strongly.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretStrength } from "../../src/engine/rules/generic";

test("a qualifier and 'key' written as one word names a key", () => {
  for (const name of ["azureFunctionkey", "masterkey", "SIGNINGKEY"]) assert.equal(secretStrength(name), "key", name);
});

test("English words that end in 'key', and lookup keys written as one word, name no secret", () => {
  for (const name of ["monkey", "turkey", "sortkey", "hotkey", "pubkey", "cachekey", "hostkey"]) assert.equal(secretStrength(name), undefined, name);
});

test("names that say the value is invalid or made not to match are test data", () => {
  for (const name of ["nonMatchingToken", "non_matching_key", "invalidApiKey", "BOGUS_PASSWORD"]) assert.equal(secretStrength(name), undefined, name);
});

test("ordinary secret names keep their strength", () => {
  assert.equal(secretStrength("DB_PASSWORD"), "password");
  assert.equal(secretStrength("api_token"), "token");
  assert.equal(secretStrength("STRIPE_KEY"), "key");
});
