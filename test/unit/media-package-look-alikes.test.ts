// Look-alikes found in npm packages for maps, graphics, images, audio, video and fonts: each case
// pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";

test("a `.sha512` file beside a bundle holds the bundle's SHA-512 digest, an account key's length; a key file's key is found", () => {
  // 88 base64 characters with mixed case and digits: a 64-byte digest is as long as an account key.
  const digest = createHash("sha512").update("media-package-look-alikes: bundle").digest("base64");
  assert.deepEqual(secretValuesIn(`${digest}\n`, "dist/my-map.umd.min.js.sha512"), []);
  assert.deepEqual(secretValuesIn(`${digest}  my-map.umd.min.js\n`, "release/my-map.js.SHA3-512"), []);
  // The same bytes in a file that is not named for a digest are a key.
  assert.deepEqual(secretValuesIn(`${digest}\n`, "deploy/storage-account.txt"), [digest]);
  assert.deepEqual(secretValuesIn(`${digest}\n`, "deploy/hmac-sha512.txt"), [digest]);
});
