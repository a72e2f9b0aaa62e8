// Look-alikes found in a review of Debian's Java source packages and Go `golang-*-dev` packages:
// each case pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { seededBytes } from "./seeded-bytes";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const RANDOM_PASSWORD = ["Kq7mPz", "2Lk9"].join("");


test("in a test, a password typed in parts (`mno4567rst`, `Cold5678Reload`) is the test's own", () => {
  const setUp = (password: string) => `class BootTest {\n  void boot() {\n    props.setProperty("bootPassword", "${password}");\n  }\n}\n`;
  for (const typed of ["mno4567rst", "Cold5678Reload", "old731clipper"]) assert.deepEqual(secretValuesIn(setUp(typed), "src/test/java/org/acme/BootTest.java"), [], typed);
  // …also inside a connection URL a test script runs.
  assert.deepEqual(secretValuesIn(`connect 'jdbc:acme:db;dataEncryption=true;bootPassword=mno4567rst';\n`, "src/test/sql/encrypt_test.sql"), []);
  // A generated password is one in a test too, and a typed one outside tests.
  assert.deepEqual(secretValuesIn(setUp(RANDOM_PASSWORD), "src/test/java/org/acme/BootTest.java"), [RANDOM_PASSWORD]);
  assert.deepEqual(secretValuesIn(setUp("Cold5678Reload"), "src/main/java/org/acme/Boot.java"), ["Cold5678Reload"]);
  // Letters in a random mix of cases are a generator's, whether or not they could be read aloud.
  const mixedCase = ["aQEtiwPuZ", "7Ro"].join("");
  assert.deepEqual(secretValuesIn(setUp(mixedCase), "src/test/java/org/acme/BootTest.java"), [mixedCase]);
});

test("a Java resource bundle named as H2 names its own (`_texts_pt_br.prop`) holds the interface's labels", () => {
  const labels = (words: string) => `tools.unlockPassword=${words}\nlogin.password=Senha\n`;
  for (const path of ["web/res/_texts_de.prop", "web/res/_texts_pt_br.prop", "web/res/_texts_in.prop", "web/res/Texts_en.properties"]) {
    assert.deepEqual(secretValuesIn(labels("Unlock password"), path), [], path);
  }
  assert.deepEqual(secretValuesIn("tools.unlockPassword=Schl\u00fcssel-Kennwort\nlogin.password=Contrase\u00f1a\n", "web/res/_texts_de.prop"), []);
  // (A `#` before a label marks it as not translated yet.)
  assert.deepEqual(secretValuesIn("tools.unlockPassword=#Unlock password\nlogin.password=#Password\n", "web/res/_texts_es.prop"), []);
  // A generated value is a secret in a bundle too, and a word is a password in a file no locale names.
  assert.deepEqual(secretValuesIn(`db.password=${RANDOM_PASSWORD}\n`, "web/res/_texts_de.prop"), [RANDOM_PASSWORD]);
  assert.deepEqual(secretValuesIn("login.password=Kennwort\n", "web/res/settings.prop"), ["Kennwort"]);
});

test("code after a parameter's or an argument's name (`password string)`, `password ).connect()`) is no .netrc entry", () => {
  assert.deepEqual(secretValuesIn(`package relay\n\nfunc NewRelay(login string, password string) *Relay {\n\treturn nil\n}\n`, "relay/client.go"), []);
  const java = `class Pool {\n  Connection open() {\n    return ((PooledSource) source).getPooledLink( user, password ).openLink();\n  }\n}\n`;
  assert.deepEqual(secretValuesIn(java, "src/main/java/org/acme/Pool.java"), []);
  // A .netrc line's password is reported, a bracket in it or not.
  const withBracket = ["Kq7m)", "Pz2Lk9"].join("");
  assert.deepEqual(secretValuesIn(`machine files.example.org login bob password ${withBracket}\n`, "home/.netrc"), [withBracket]);
  assert.deepEqual(secretValuesIn(`(see below) login bob password ${RANDOM_PASSWORD}\n`, "notes/hosts.txt"), [RANDOM_PASSWORD]);
});

test("Java shown as a page of text (a cross-reference page) calls methods: `creds = (Credentials)map.get(scope)` is code", () => {
  const page = [
    `<pre>`,
    `<a name="373" href="#373">373</a>         <a href="../Credentials.html">Credentials</a> creds = (Credentials)map.get(authscope);`,
    `<a name="187" href="#187">187</a>         Header auth = httpget.getRequestHeader(<span class="string">"Authorization"</span>);`,
    `</pre>`,
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${page}\n`, "docs/xref/org/acme/State.html"), []);
  // A bare generated value under the same names is a secret.
  assert.deepEqual(secretValuesIn(`creds = ${RANDOM_PASSWORD}\n`, "docs/notes.txt"), [RANDOM_PASSWORD]);
});

test("a property's name with the numbers libraries put in theirs (`mylib4j.reset`) is no key", () => {
  const names = [
    `class Names {`,
    `  public static final String RESET_KEY = "mylib4j.reset";`,
    `  public static final String DEBUG_KEY = "mylib4j.debug";`,
    `  public static final String CONFIG_PASSWORD = "mylib4j2.configurationPassword";`,
    `}`,
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${names}\n`, "src/main/java/org/acme/Names.java"), []);
  // A generated key with a dot in it is a key.
  const key = ["x7Qp2.", "Lm9vRz4Tk"].join("");
  assert.deepEqual(secretValuesIn(`class Names {\n  String apiKey = "${key}";\n}\n`, "src/main/java/org/acme/Names.java"), [key]);
});

test("in a test, a URL's password is judged as the server reads it: `alpha%3A%2Fbeta` is typed", () => {
  const parse = (url: string) => `func TestParse(t *testing.T) {\n\tparseURL("${url}")\n}\n`;
  for (const password of ["alpha%3A%2F%5C%21~%40;beta", "first%40word%3Asecond", "%3D%5B%5D%3A%3B~%7C%3F%23%40%5E"]) {
    assert.deepEqual(secretValuesIn(parse(`sqlserver://someone:${password}@dbhost?timeout=30`), "driver/url_test.go"), [], password);
  }
  // A generated password is one however it is encoded.
  const generated = ["Kq7m%2BPz", "2Lk9%2FvW3q"].join("");
  assert.deepEqual(secretValuesIn(parse(`sqlserver://someone:${generated}@dbhost?timeout=30`), "driver/url_test.go"), [generated]);
});

test("in a test, a token that holds its own name's words (`…AccessToken_…` as `accessToken1`) is a hand-made fake", () => {
  const fake = ["1/Qx7RmVw2pl0", "AccessToken_ZKTR4"].join("");
  const withToken = (token: string) => `class TokenTest {\n  void refresh() {\n    final String accessToken1 = "${token}";\n  }\n}\n`;
  assert.deepEqual(secretValuesIn(withToken(fake), "src/test/java/org/acme/TokenTest.java"), []);
  // A token without its name in it is reported in a test, and the fake outside tests.
  const token = ["1/Qx7RmVw2pl0", "Kq8Wz_ZKTR4"].join("");
  assert.deepEqual(secretValuesIn(withToken(token), "src/test/java/org/acme/TokenTest.java"), [token]);
  assert.deepEqual(secretValuesIn(withToken(fake), "src/main/java/org/acme/Token.java"), [fake]);
});

test("a code block in a Go doc comment (indented past the comment's text) is documentation's example", () => {
  const token = ["Qz8KvT2mW9xLp4", "Rn7Bs1Hd6Fc3Jg5Ny0"].join("");
  const method = `package relay\n\n// SetAuthToken sets the token. For example:\n//\n// \t\tclient.SetAuthToken("${token}")\n//\n// The token is sent with each request.\nfunc (c *Client) SetAuthToken(token string) *Client {\n\treturn c\n}\n`;
  assert.deepEqual(secretValuesIn(method, "relay/client.go"), []);
  const packageDoc = `/*\nPackage relay talks to the relay service.\n\nExample to create a user\n\n\tcreateOpts := users.CreateOpts{\n\t\tName:     "someone",\n\t\tPassword: "${RANDOM_PASSWORD}",\n\t}\n*/\npackage relay\n`;
  assert.deepEqual(secretValuesIn(packageDoc, "relay/doc.go"), []);
  // Commented-out code (inside a function, or a comment no declaration follows) is reported.
  assert.deepEqual(secretValuesIn(`package relay\n\nfunc run() {\n\t// \tclient.SetAuthToken("${token}")\n\tx := 1\n}\n`, "relay/client.go"), [token]);
  assert.deepEqual(secretValuesIn(`package relay\n\n// Old settings:\n//\tpassword := "${RANDOM_PASSWORD}"\n\nvar x = 1\n`, "relay/client.go"), [RANDOM_PASSWORD]);
});

test("in a test, a registry's `auth` is judged by the password it encodes, however short (`relay:io`)", () => {
  const auth = (userAndPassword: string) => Buffer.from(userAndPassword).toString("base64");
  const config = (entry: string) => `{\n  "auths": {\n    "registry.local:5000": { "auth": "${entry}" }\n  }\n}\n`;
  for (const typed of ["relay:io", "mirror:host"]) assert.deepEqual(secretValuesIn(config(auth(typed)), "pkg/config/testdata/full.json"), [], typed);
  // A generated password is reported in a test's registry configuration.
  const generated = auth(`mirror:${RANDOM_PASSWORD}vW3q`);
  assert.deepEqual(secretValuesIn(config(generated), "pkg/config/testdata/full.json"), [generated]);
});

test("an ANTLR grammar's label (`token:SAFEUTF8STRING`) names the token it matches", () => {
  const grammar = `theRule\n    :\n    token:SAFEUTF8STRING\n    {\n        x = token.getText();\n    }\n    ;\nlang : ID_languageScheme ( SP )+ languageToken:UTF8String\n    ;\n`;
  assert.deepEqual(secretValuesIn(grammar, "src/main/antlr/Checker.g"), []);
  assert.deepEqual(secretValuesIn("r : token:SAFEUTF8STRING ;\n", "src/main/antlr/Checker.g4"), []);
  // A quoted generated value in a grammar's code is a secret.
  assert.deepEqual(secretValuesIn(`@members { String token = "${RANDOM_PASSWORD}vW3q"; }\n`, "src/main/antlr/Checker.g"), [`${RANDOM_PASSWORD}vW3q`]);
});

test("a key-value store's key given as bytes (`txnKey = []byte(\"!ledger!txn\")`) is where an entry is filed, not key material", () => {
  const keys = (txn: string, discard: string) => `package ledger\n\nvar (\n\ttxnKey          = []byte("${txn}")\n\tdiscardStatsKey = []byte("${discard}")\n)\n`;
  assert.deepEqual(secretValuesIn(keys("!ledger!txn", "!ledger!discard"), "ledger/db.go"), []);
  // A random value under the same names is a key, and words under a name that says signing are one.
  const randomKey = ["Wq8rZt3v", "Lm9xKp2n"].join("");
  assert.deepEqual(secretValuesIn(keys(randomKey, "!ledger!discard"), "ledger/db.go"), [randomKey]);
  const chosenByHand = ["!orbit", "!lantern"].join("");
  assert.deepEqual(secretValuesIn(`package auth\n\nvar signingKey = []byte("${chosenByHand}")\n`, "auth/token.go"), [chosenByHand]);
});

test("a SCRAM-SHA-512 exchange's client proof (`c=…,r=<nonce>,p=…`) and server signature (`v=…`) are no account keys", () => {
  const bytes = seededBytes(5802);
  const proof = bytes(64).toString("base64");
  const signature = bytes(64).toString("base64");
  const nonce = bytes(36).toString("base64");
  const steps = (items: string[]) => `{\n  "steps" : [\n${items.map((item) => `    "${item}",`).join("\n")}\n    ""\n  ]\n}\n`;
  const exchange = steps([`n,,n=user,r=${nonce.slice(0, 24)}`, `c=biws,r=${nonce},p=${proof}`, `v=${signature}`]);
  assert.deepEqual(secretValuesIn(exchange, "testdata/good/sha-512-ascii.json"), []);
  // The same bytes anywhere else in the list are a key's shape.
  assert.deepEqual(secretValuesIn(steps([`c=biws,r=${nonce}`, proof]), "testdata/good/sha-512-ascii.json"), [proof]);
});

test("a terminal's control sequences under a key's name (`colorKey = \"\\x1b[1;34m\"`) are a colour; a token there is reported", () => {
  // A JSON printer's colours, ESC written as each language escapes it.
  for (const colour of [String.raw`\x1b[1;34m`, String.raw`\x1B[38;5;208m`, String.raw`\033[1;36m`, String.raw`\u001b[38;2;255;100;0m`, String.raw`\x1b[1;34m\x1b[0m`, String.raw`\e[?25l`]) {
    assert.deepEqual(secretValuesIn(`const (\n\tcolorKey = "${colour}" // bright blue\n)\n`, "pkg/jsonpretty/format.go"), [], colour);
  }
  // A token behind a colour is still a token, and so is one alone.
  const token = ["Kq7vRt2L", "m9xWp4Zs", "8Nb3"].join("");
  assert.deepEqual(secretValuesIn(`const (\n\tapiKey = "${token}"\n)\n`, "pkg/client/client.go"), [token]);
  assert.deepEqual(secretValuesIn(`const (\n\tapiKey = "\\x1b[1;34m${token}"\n)\n`, "pkg/client/client.go"), [`\\x1b[1;34m${token}`]);
});
