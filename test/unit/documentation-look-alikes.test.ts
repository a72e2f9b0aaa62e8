// Look-alikes found in documentation packages (HTML manuals, reStructuredText sources, examples):
// each test holds a negative of the class and a secret of similar shape that stays reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const secrets = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret");

test("a Python format field's name, %(secret:…)s, is filled in when formatted, not a value", () => {
  assert.equal(secrets('cmd = Interpolate("fetch -p %(secret:orders/db-pass)s now")\n', "secrets.rst.txt").length, 0);
  assert.equal(secrets('cmd = Interpolate("wget -p &#39;%(secret:userpass)s&#39;")\n', "secrets.html").length, 0);
  assert.equal(secrets('secret: Qm7vT2xK9pLr4Wz8\n', "secrets.rst.txt").length, 1);
});

test("a PKCS #11 URI's token attribute is a token's label, not a credential", () => {
  assert.equal(secrets("URL: pkcs11:model=Widget;manufacturer=Acme;serial=7;token=Orders%20Signing%20Card;id=%02;type=cert\n", "tls.html").length, 0);
  assert.equal(secrets('"pkcs11:token=ordershsm;pin-value=4321 /usr/lib/pkcs11/libsofthsm2.so"\n', "reference.rst.txt").length, 0);
  assert.equal(secrets("https://orders.example.com/api?format=json;token=Zr8kQ2mVx7Lp4Tn9Wc3B\n", "notes.txt").length, 1);
});

test("a name inside quotes written as HTML entities is mentioned, not assigned", () => {
  assert.equal(secrets('<span class="c1">#&quot;secret:rotate&quot;: &quot;rule:orders_admin or rule:orders_owner&quot;</span>\n', "policy.html").length, 0);
  assert.equal(secrets('<pre>docker run -e &quot;ORDERS_DB_PASSWORD=Qm7vT2xK9pLr4Wz8&quot; orders</pre>\n', "deploy.html").length, 1);
});

test("an INI section's header in a manual's example names the section, as it does in an INI file", () => {
  assert.equal(secrets("    [secretstore:hardware]\n    plugin = orders_hsm\n", "backends.rst.txt").length, 0);
  assert.equal(secrets("    [secretstore:hardware]\n    password = Qm7vT2xK9pLr4Wz8\n", "backends.rst.txt").length, 1);
});
