// Look-alikes found in home-automation and IoT packages (Homebridge and Node-RED plugins, device
// libraries): each case pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";

test("a Node-RED flow names its credentials node by the node's id, not by a secret", () => {
  const flow = [
    "[",
    '  { "id": "4c1e7a2b.3f5d8", "type": "relay-credentials" },',
    '  { "id": "7a0b3c4d.e1f2", "type": "relay-append", "creds": "4c1e7a2b.3f5d8", "wires": [] }',
    "]",
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${flow}\n`, "examples/Relay Sheets.json"), []);
  assert.deepEqual(secretValuesIn('const relayNode = { credentials: "4c1e7a2b.3f5d8" };\n', "nodes/relay.js"), []);
  // The same hex without the dot, or letters of both cases around a dot, is still a secret.
  assert.deepEqual(secretValuesIn('{ "creds": "4c1e7a2b3f5d8" }\n', "examples/relay.json"), ["4c1e7a2b3f5d8"]);
  assert.deepEqual(secretValuesIn('const relayNode = { password: "Zq4Wn8Tr.2Lm6X" };\n', "nodes/relay.js"), ["Zq4Wn8Tr.2Lm6X"]);
});

test("a page's script: a value coerced with `!!` and a union of type names in a doc comment are code, not secrets", () => {
  const coerced = "<script>\n  settings.storeRelayCredentials = !!(settings.relayUser && settings.relayPassword);\n  xhr.withCredentials = !!options.withCredentials;\n</script>\n";
  assert.deepEqual(secretValuesIn(coerced, "admin/index_m.html"), []);
  const docComment = "<script>\n  /**\n   * @param {{\n   *   url: string,\n   *   withCredentials: (boolean|undefined)}} options -\n   */\n</script>\n";
  assert.deepEqual(secretValuesIn(docComment, "dist/index.html"), []);
  // A password that starts with `!`, or holds a `|` among random characters, is still one.
  assert.deepEqual(secretValuesIn("<script>\n  relay.password = !Zq4Wn8Tr2Lm6X;\n</script>\n", "admin/index_m.html"), ["!Zq4Wn8Tr2Lm6X"]);
  assert.deepEqual(secretValuesIn("relay_password=Zq4Wn8|Tr2Lm6X\n", "relay.conf"), ["Zq4Wn8|Tr2Lm6X"]);
});

test("a log's copy of the settings says `removed` in the password's place", () => {
  assert.deepEqual(secretValuesIn("const safeConfig = { ...device, mqtt: { auth: { ...device.mqtt?.auth, passwd: 'removed' } } };\n", "index.js"), []);
  assert.deepEqual(secretValuesIn("const safeConfig = { mqtt: { auth: { passwd: 'Zq4Wn8Tr2Lm6X' } } };\n", "index.js"), ["Zq4Wn8Tr2Lm6X"]);
});

test("a JSON Web Key whose private part is zero bytes (a no-op signer's) is no key", () => {
  const zeros = "A".repeat(43);
  const noOp = `const noOpJwkParams = {\n  kty: "OKP" /* JwkType.Okp */,\n  crv: "Ed25519",\n  alg: "EdDSA",\n  x: "${zeros}", // empty 32 bytes\n  d: "${zeros}"\n};\n`;
  assert.deepEqual(secretValuesIn(noOp, "dist/esm/index.mjs"), []);
  // A private part of random characters is a private key.
  const privatePart = ["Qm7vTz2LpX9wRk4Nb", "Y8cJh3sDf6GaE1uZq4Wn8Tr"].join("");
  const signer = `const jwkParams = {\n  kty: "OKP" /* JwkType.Okp */,\n  crv: "Ed25519",\n  alg: "EdDSA",\n  x: "${zeros}", // empty 32 bytes\n  d: "${privatePart}"\n};\n`;
  assert.deepEqual(secretValuesIn(signer, "dist/esm/index.mjs").length, 1);
});

test("a view's or a scan's `startkey` and `endkey` bound a range of keys, not credentials", () => {
  const view = "const admins = await this.getObjectViewAsync('system', 'instance', { startkey: 'system.adapter.relay.', endkey: 'system.adapter.relay.\\u9999' }, {});\n";
  assert.deepEqual(secretValuesIn(view, "main.js"), []);
  assert.deepEqual(secretValuesIn("const rows = await db.view('relay', { startkey: 'relay.', endkey: 'relay.\\ufff0' });\n", "lib/store.js"), []);
  // A random value under another key's name is still a key.
  assert.deepEqual(secretValuesIn("const relay = { apikey: 'Zq4Wn8Tr2Lm6XQm7vTz2LpX9' };\n", "main.js"), ["Zq4Wn8Tr2Lm6XQm7vTz2LpX9"]);
});
