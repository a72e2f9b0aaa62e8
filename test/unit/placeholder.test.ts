import assert from "node:assert/strict";
import { test } from "node:test";
import { isPlaceholder } from "../../src/engine/placeholder";

test("templates and examples are placeholders", () => {
  for (const value of [
    "${STORAGE_KEY}", "$(DbPassword)", "#{SqlPassword}#", "{{ .Values.password }}", "%DB_PASSWORD%",
    "<your-storage-key>", "[password]", "changeme", "CHANGE_ME", "your-api-key-here", "your_token",
    "xxxxxxxxxxxxxxxxxxxxxxxx", "************", "0000000000000000", "aaaaaaaaaaaaaaaa", "1234567890123", "abcdefghijklmnop",
  ]) {
    assert.ok(isPlaceholder(value), `${value} is a placeholder`);
  }
});

test("random-looking values are not placeholders", () => {
  for (const value of ["Qv7rT2pLw9zXc4Mn", "hU9Uri9FcPFT7SP7YqSz30FjASo5GyWe", "Zr8Lk2Vq9Xw4Tn7B", "e6b0860e9dcde53db12034676408d5fd"]) {
    assert.ok(!isPlaceholder(value), `${value.length}-character random value`);
  }
});
