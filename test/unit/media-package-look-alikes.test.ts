// Look-alikes found in npm packages for maps, graphics, images, audio, video and fonts: each case
// pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { scanText } from "../../src/engine";
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

test("Cypress's own folder (`cypress/test-pages/`, `cypress/support/`) holds tests and their pages: an image's bucket there is the test's input", () => {
  const page = '<img src="https://my-colour-test-images.s3-eu-west-1.amazonaws.com/photo.jpeg" crossorigin="anonymous" />\n';
  const configIn = (filePath: string) => scanText({ content: page, filePath, options: { includeConfig: true } }).filter((finding) => finding.kind === "config").length;
  assert.equal(configIn("cypress/test-pages/cors.html"), 0);
  assert.equal(configIn("web/cypress/support/pages/cors.html"), 0);
  // The same page in the site a package ships is reported as before.
  assert.equal(configIn("site/cors.html"), 1);
  // A random key in a Cypress test is found as anywhere.
  const key = ["Tq8mZw4Lp9", "Rk2VxN3cHs", "Jd5Bf7"].join("");
  assert.deepEqual(secretValuesIn(`Cypress.env("mapsKey", "x"); const client = { apiKey: "${key}" };\n`, "cypress/support/commands.js"), [key]);
});
