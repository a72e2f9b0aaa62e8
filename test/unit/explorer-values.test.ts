// The explorer's write helpers: reference formats (src/fixes/references.ts), generated values, rotation tags, tag limits, expiry input.
import assert from "node:assert/strict";
import { test } from "node:test";
import { appConfigurationReference, keyVaultReference } from "../../src/fixes";
import {
  generateSecretValue,
  parseExpiry,
  rotatedTags,
  tagProblem,
  tagsProblem,
} from "../../src/extension/explorer/values";

const uri = "https://orders-dev.vault.azure.net/secrets/db-password/";
const now = new Date("2026-03-01T12:00:00Z");

test("references: App Service's @Microsoft.KeyVault and App Configuration's {uri}", () => {
  assert.equal(keyVaultReference(uri), "@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/db-password/)");
  assert.equal(appConfigurationReference(uri), '{"uri":"https://orders-dev.vault.azure.net/secrets/db-password/"}');
});

test("generated values: 40 letters and digits by default, from the given randomness", () => {
  const value = generateSecretValue();
  assert.match(value, /^[A-Za-z0-9]{40}$/);
  assert.notEqual(generateSecretValue(), value);
  assert.equal(generateSecretValue(16, () => 0), "A".repeat(16));
  assert.throws(() => generateSecretValue(8), RangeError);
});

test("rotated tags: rotated-on today, rotate-by one period later, the period kept, other tags kept", () => {
  const { tags, rotateBy } = rotatedTags({ app: "orders", "rotation-days": "30", "rotate-by": "2025-01-01" }, now, 60);
  assert.deepEqual(tags, { app: "orders", "rotation-days": "30", "rotated-on": "2026-03-01", "rotate-by": "2026-03-31" });
  assert.equal(rotateBy.toISOString(), "2026-03-31T12:00:00.000Z");
  assert.equal(rotatedTags({}, now, 60).tags["rotation-days"], "60", "the setting when the secret had none");
  assert.equal(rotatedTags({ "rotation-days": " 45 " }, now, 60).tags["rotation-days"], "45", "read as the health badges read it");
  assert.equal(rotatedTags({ "rotation-days": "9999" }, now, 60).tags["rotation-days"], "60", "beyond ten years the badges ignore it too");
  const yearly = rotatedTags({ "rotation-days": "365" }, now, 60);
  assert.equal(yearly.tags["rotation-days"], "60", "a rotation brings a longer period down to the guidance's 60 days");
  assert.equal(yearly.rotateBy.getTime(), now.getTime() + 60 * 86_400_000);
  // Key Vault keeps 15 tags: the period (which the setting gives anyway) is left out where it would be the sixteenth.
  const thirteen = Object.fromEntries(Array.from({ length: 13 }, (_, index) => [`owner${index}`, "x"]));
  assert.equal(Object.keys(rotatedTags(thirteen, now, 60).tags).length, 15);
  assert.equal(rotatedTags(thirteen, now, 60).tags["rotation-days"], undefined);
  assert.equal(tagsProblem(rotatedTags({ ...thirteen, owner13: "x" }, now, 60).tags), "Key Vault allows at most 15 tags per secret.");
});

test("tag limits: a name, 512 and 256 characters, 15 tags", () => {
  assert.equal(tagProblem("owner", "me", {}), undefined);
  assert.match(tagProblem(" ", "me", {})!, /needs a name/);
  assert.match(tagProblem("n".repeat(513), "", {})!, /512/);
  assert.match(tagProblem("owner", "v".repeat(257), {})!, /256/);
  const full = Object.fromEntries(Array.from({ length: 15 }, (_, index) => [`t${index}`, "x"]));
  assert.match(tagProblem("one-more", "x", full)!, /at most 15/);
  assert.equal(tagProblem("t3", "changed", full), undefined, "changing an existing tag is fine");
  assert.equal(tagsProblem(full), undefined);
  assert.match(tagsProblem({ ...full, extra: "x" })!, /at most 15/);
});

test("expiry input: a date (end of that day, UTC) or days from now; the past and non-dates are refused", () => {
  assert.equal((parseExpiry("2026-06-30", now) as Date).toISOString(), "2026-06-30T23:59:59.000Z");
  assert.equal((parseExpiry("30", now) as Date).toISOString(), "2026-03-31T12:00:00.000Z");
  assert.match(parseExpiry("2026-02-30", now) as string, /not a date/);
  assert.match(parseExpiry("2025-01-01", now) as string, /future/);
  assert.match(parseExpiry("next week", now) as string, /YYYY-MM-DD/);
  assert.match(parseExpiry("0", now) as string, /At least 1 day/);
});
