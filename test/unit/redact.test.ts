import assert from "node:assert/strict";
import { test } from "node:test";
import { configPreview, redact, secretPreview } from "../../src/engine";

test("a long key shows four leading characters and its length", () => {
  assert.equal(redact("Q".repeat(4) + "w".repeat(84)), "QQQQ…(88)");
});

test("a vendor prefix is shown instead of random characters", () => {
  assert.equal(redact(`ghp_${"a1B2".repeat(9)}`, ["ghp_"]), "ghp_…(40)");
  assert.equal(redact(`xoxb-${"7".repeat(30)}`, ["xoxa-", "xoxb-"]), "xoxb-…(35)");
  assert.equal(redact(`AIza${"Sy7Qm".repeat(7)}`, ["aiza"]), "AIza…(39)");
});

test("a start that only looks like a prefix is random, and shown no more than any key's", () => {
  // Keys whose marker sits in their middle (a Functions key's AzFu) or that have none (a Maps key)
  // start with random characters, some of them letters and a dash.
  const functionsKey = `gwsmr-${"Zq8vN3rTx6".repeat(3)}AzFu${"k2Wq".repeat(3)}`;
  assert.equal(secretPreview("azure/functions-key", functionsKey), `gwsm…(${functionsKey.length})`);
  assert.equal(redact(`QmvKxT_${"Nc1Hd6Vb".repeat(4)}`, ["maps"]), "QmvK…(39)");
});

test("a finding shows a prefix only when its rule found the value by a format that starts so", () => {
  assert.equal(secretPreview("github/token", `ghp_${"a1B2".repeat(9)}`), "ghp_…(40)");
  // A passphrase found by its name: its first words are part of the secret.
  const passphrase = "blue-fish-Zq8vN3rTx6mKp2WqL0aB";
  assert.equal(secretPreview("generic/named-secret", passphrase), "bl…(30)");
  assert.equal(secretPreview("url/credentials", passphrase), "bl…(30)");
  assert.equal(secretPreview("custom/rule", passphrase), "bl…(30)");
});

test("a prefix is hidden when little would remain hidden after it", () => {
  assert.equal(redact("pass_word123", ["pass_"]), "…(12)");
});

test("short values show only their length", () => {
  for (const value of ["hunter2", "Pa55w0rd!", "abcdefghijklmno"]) {
    assert.equal(redact(value), `…(${value.length})`);
  }
});

test("mid-length values show two characters", () => {
  assert.equal(redact("Zr8Lk2Vq9Xw4Tn7B"), "Zr…(16)");
});

test("a private key shows its header only", () => {
  const pem = "-----BEGIN RSA PRIVATE KEY-----\nAAAABBBBCCCC\n-----END RSA PRIVATE KEY-----";
  assert.equal(redact(pem), `-----BEGIN RSA PRIVATE KEY-----…(${pem.length})`);
});

test("a JSON Web Key shows its type, which says nothing of the key", () => {
  const key = `{\n  "kty": "RSA",\n  "n": "${"q".repeat(40)}",\n  "d": "${"w".repeat(40)}"\n}`;
  assert.equal(redact(key), `{"kty":"RSA"…(${key.length})`);
});

test("a value of words shows none of them: a word's first letters are a good part of it", () => {
  assert.equal(redact("lumber abandon tank naive siren pluck dwarf glue orbit vivid exact cotton"), "…(73)");
  assert.equal(redact("correct horse battery staple"), "…(28)");
  // Joined by `_`, `-` or `.` too.
  assert.equal(redact("gravel_pumpkin_otter_lantern_q7x"), "…(32)");
  assert.equal(redact("Gravel-Pumpkin-Otter-Lantern-47"), "…(31)");
  assert.equal(redact("gravel.pumpkin.otter.lantern"), "…(28)");
});

test("a configuration URL's preview hides what may be a token, short ones included, and a credential parameter's value; not a GUID", () => {
  assert.equal(configPreview("https://files.contoso.local/s/Ab3Cd5Ef7Gh9Jk"), "https://files.contoso.local/s/Ab…");
  assert.equal(configPreview("ldap://ad.contoso.local/?bindpw=hunter22x"), "ldap://ad.contoso.local/?bindpw=hu…");
  assert.equal(configPreview("https://api.contoso.local/tenants/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"), "https://api.contoso.local/tenants/3f2a1b4c-5d6e-4f70-8a9b…");
  assert.equal(configPreview("https://cdn.contoso.local/assets/report2024Q3.pdf"), "https://cdn.contoso.local/assets/report2024Q3.pdf");
  // A setting's words and an escaped blank are no tokens.
  assert.equal(configPreview("https://api.contoso.local/v1?auth=sso&secret=false"), "https://api.contoso.local/v1?auth=sso&secret=false");
  assert.equal(configPreview("https://sp.contoso.local/sites/Shared%20Documents"), "https://sp.contoso.local/sites/Shared%20Documents");
});
