// Look-alikes found in Debian packages chosen for the credentials in their tests and examples:
// each case pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isDBusSignature } from "../../src/engine/rules/value-shapes";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const GENERATED_PASSWORD = ["Vq7", "Lz2", "Rk9w"].join("");


test("a D-Bus type signature beside a method's name is the types of its arguments; random brackets are not one", () => {
  for (const signature of ["(oayays)", "a{sv}", "a{sv}(oayays)b", "sa{sv}as", "a(ss)", "aa{sv}"]) {
    assert.ok(isDBusSignature(signature), signature);
    assert.deepEqual(secretValuesIn(`        self._item.call('SetSecret', '${signature}', secret)\n`, "pkg/item.py"), []);
  }
  // Not the grammar's: an empty struct, a dict entry outside an array or with a variant's key, an
  // unclosed bracket, other letters.
  for (const value of ["()", "{sv}", "a{vs}", "(oay", "(ab)z", "a{ss", "(oayays)k"]) assert.ok(!isDBusSignature(value), value);
  for (const value of [`(${GENERATED_PASSWORD})`, "(hunter2)"]) {
    assert.deepEqual(secretValuesIn(`        self._item.call('SetSecret', '${value}', secret)\n`, "pkg/item.py"), [value]);
  }
});

test("the name of npm's registry credential setting (`:_authToken`) held in a constant is a key's name; a token there is reported", () => {
  for (const key of [":_authToken", "//npm.pkg.example.org/:_authToken", "registry.example.org:8080/npm/:_password", ":_auth"]) {
    assert.deepEqual(secretValuesIn(`const tokenKey = '${key}'\n`, "lib/index.js"), []);
  }
  const token = ["Kq7vRt2L", "m9xWp4Zs", "8Nb3"].join("");
  assert.deepEqual(secretValuesIn(`const tokenKey = ':${token}'\n`, "lib/index.js"), [`:${token}`]);
});

test("`Cleartext`, an authentication method's name, is no password; a word with digits there still is", () => {
  const names = "AuthNameMap = {\n\tAuthRequest_Password : 'Cleartext',\n\tAuthRequest_Crypt : 'Crypt',\n}\n";
  assert.deepEqual(secretValuesIn(names, "pkg/protocol/element3.py"), []);
  for (const method of ["cleartext", "clear-text", "CLEARTEXT"]) assert.deepEqual(secretValuesIn(`password = '${method}'\n`, "pkg/settings.py"), []);
  for (const value of ["Cleartext7", "clearly7text", GENERATED_PASSWORD]) assert.deepEqual(secretValuesIn(`password = '${value}'\n`, "pkg/settings.py"), [value]);
});

test("a model field's choice (`('password', 'Resource owner password-based')` among choices) is a label; a passphrase in a list of settings is not", () => {
  const migration = "                ('grant_type', models.CharField(choices=[('authorization-code', 'Authorization code'), ('password', 'Owner password-based grant')], max_length=32)),\n";
  assert.deepEqual(secretValuesIn(migration, "pkg/migrations/0001_initial.py"), []);
  const grants = "GRANT_TYPES = [('implicit', 'Implicit'), ('password', 'Resource owner password-based'), ('client-credentials', 'Client credentials')]\n";
  assert.deepEqual(secretValuesIn(grants, "pkg/models.py"), []);
  // No label there spells its value: names and their values, the password a passphrase.
  const passphrase = "Tiger lamp orbit seven";
  assert.deepEqual(secretValuesIn(`SETTINGS = [('user', 'Bob'), ('password', '${passphrase}')]\n`, "pkg/settings.py"), [passphrase]);
  // A choice's neighbour, but a generated value is not a label.
  assert.deepEqual(secretValuesIn(`SETTINGS = [('implicit', 'Implicit'), ('password', '${GENERATED_PASSWORD}')]\n`, "pkg/settings.py"), [GENERATED_PASSWORD]);
});

test("a form body a test expects, whose parameters hold no secret under their own names, is none; a secret parameter there is reported", () => {
  const body = "grant_type=token-exchange&subject_token=street42&scope=read";
  assert.deepEqual(secretValuesIn(`var (\n\tbaseCredsReqBody = "${body}"\n)\n`, "externalaccount/impersonate_test.go"), []);
  const encoded = "audience=orders&grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token=street42";
  assert.deepEqual(secretValuesIn(`var credsReqBody = "${encoded}"\n`, "externalaccount/impersonate_test.go"), []);
  // A client's secret among the parameters is reported, as before.
  const secret = ["Kq7vRt2L", "m9xWp4Zs", "8Nb3"].join("");
  assert.deepEqual(secretValuesIn(`var credsReqBody = "grant_type=client_credentials&client_secret=${secret}&scope=read"\n`, "client_test.go"), [secret]);
  // A generated password holds `=` and `&` as characters, between no words.
  const generated = ["xk7=Rt2", "&lm9=Wp4Z"].join("");
  assert.deepEqual(secretValuesIn(`password = "${generated}"\n`, "pkg/settings.py"), [generated]);
});

test("a test's form body under metasyntactic names (foo=…&bar=…), its values made up, is none; a random value there is reported", () => {
  // node-oauth's tests pass a token, its secret and a body: the body follows the secret's stand-in.
  const body = "foo=4%2C5%2C6&bar=7%2C8";
  assert.deepEqual(secretValuesIn(`var request = oa.post("http://example.com/blah", "token", "token_secret", "${body}");\n`, "tests/oauth.js"), []);
  assert.deepEqual(secretValuesIn(`var request = oa.put("http://example.com/blah", "token", "token_secret", "baz=1&qux=two", "text/plain");\n`, "tests/oauth.js"), []);
  const random = ["foo=Kq7vRt2L", "m9xWp4Zs&bar=1"].join("");
  assert.deepEqual(secretValuesIn(`var request = oa.post("http://example.com/blah", "token", "token_secret", "${random}");\n`, "tests/oauth.js"), [random]);
});

test("a regular expression's negated class with a range between bytes' escapes (`[^\\x21\\x23-\\x27]`) is a pattern under any name; a generated token is not", () => {
  const pattern = String.raw`#([^\x21\x23-\x27\x2A\x2B\x30-\x39\x41-\x5A])#`;
  assert.deepEqual(secretValuesIn(`<?php\n$token = '${pattern}';\n`, "Mail/mimePart.php"), []);
  // A generated token with a `-` between letters and digits, as a range has them, is still a token.
  const generated = ["Kq7vRt2L-", "m9xWp4Zs-x27Nb3"].join("");
  assert.deepEqual(secretValuesIn(`<?php\n$token = '${generated}';\n`, "Mail/mimePart.php"), [generated]);
});
