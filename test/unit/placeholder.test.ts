import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
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

test("letters and digits counting together, up or down, are typed by hand", () => {
  for (const value of ["k9a1b2c3d4x", "zz1a2b3c4dzz", "px-d4c3b2a1-f6e5", "Z8y7x6w5v4"]) assert.ok(isPlaceholder(value), value);
  // Three pairs, or steps that change direction, happen by chance in random values.
  for (const value of ["Qa1b2c9Lm7Tz", "k2j3h1g8Wq7Rz"]) assert.ok(!isPlaceholder(value), value);
});

test("values cut short or elided, values ending in a `…here` word and format fields are placeholders; the same characters otherwise are not", () => {
  for (const value of ["Qv7rT2pLw9...", "Qv7rT2pLw9…", "Qv7rT2...pLw9zXc4", "Qv7rT2pLw9_here", "Qv7rT2pLw9-HERE", "pre-${TOKEN}-post", "Qv7r%DB_PASS%", "flow_state_{0}", "%(secret)s"]) {
    assert.ok(isPlaceholder(value), value);
  }
  for (const value of ["Qv7rT2..pLw9zXc4", "Qv7rT2pLw9here", "Qv7rT2pLw9_heres", "Qv7r$T2p{Lw9", "Qv7r{x}T2pLw9", "Qv7r%(T2pLw9"]) assert.ok(!isPlaceholder(value), value);
});

test("a Windows variable is a name between percent signs; random characters between two in a generated password are not", () => {
  for (const value of ["%APPDATA%", "%DB_PASSWORD%", "%appdata%\\Contoso\\token.key", "%ProgramFiles%\\Contoso", "Qv7r%DB_PASS%", "%Qz%"]) assert.ok(isPlaceholder(value), value);
  for (const value of ["Gx4%vN9%jT2+Hs7*Qc5d", "Zr4%Tq%Lm9#xW2!", "Hd3kP8%yS%6tW1^Rq9m"]) assert.ok(!isPlaceholder(value), value);
});

test("the OAuth and OpenID Connect specifications' example credentials are not reported; a changed character is", () => {
  const response = (accessToken: string) => [
    'EXAMPLE_RESPONSE = """',
    "    HTTP/1.1 200 OK",
    "    Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW",
    `    {"access_token": "${accessToken}", "refresh_token": "tGzv3JOkF0XG5Qx2TlKWIA"}`,
    '    oauth_consumer_key="0685bd9184jfhq22", oauth_token="ad180jjd733klru7"',
    '"""',
    'OIDC = {"access_token": "SlAV32hkKG", "refresh_token": "8xLOxBtZp8"}',
  ].join("\n");
  assert.deepEqual(scanText({ content: response("2YotnFZFEjr1zCsicMWpAA"), filePath: "oauth_client.py" }), []);
  const changed = scanText({ content: response("2YotnFZFEjr1zCsicMWpAB"), filePath: "oauth_client.py" });
  assert.deepEqual(changed.map((finding) => finding.range.start.line), [3]);
});

test("Stripe's documentation test key is not reported; a changed character is", () => {
  // Stripe's API reference printed this test-mode key for years, and tutorials copy it.
  const snippet = (key: string) => `import stripe\n\nstripe.api_key = "${key}"\nstripe.Customer.list(limit=3)\n`;
  const published = ["sk", "test", "4eC39HqLyjWDarjtT1zdp7dc"].join("_");
  assert.deepEqual(scanText({ content: snippet(published), filePath: "docs/quickstart.py" }), []);
  const changed = scanText({ content: snippet(`${published.slice(0, -1)}C`), filePath: "docs/quickstart.py" });
  assert.deepEqual(changed.map((finding) => finding.ruleId), ["stripe/secret-key"]);
});

test("the word password or secret spelled with digits, maybe numbered, and products' documented defaults are placeholders", () => {
  for (const value of ["P4ssw0rd", "Password01", "s3cr3t!", "pa55word", "postgres", "swordfish", "masterkey"]) assert.ok(isPlaceholder(value), value);
  for (const value of ["P4ssw0rdZq9", "Passport01", "postgres-7Hq2", "superS3cret!x"]) assert.ok(!isPlaceholder(value), value);
});

test("SQL Server's documented container passwords are placeholders; one made from them is not", () => {
  for (const value of ["YourStrong@Passw0rd", "YourStrong!Passw0rd", "yourStrong(!)Password", "Pass@word"]) assert.ok(isPlaceholder(value), value);
  for (const value of ["YourStrong@Passw0rd-Kq7v", "MyStrong@Passw0rd", "Pass@word-7Hq2z"]) assert.ok(!isPlaceholder(value), value);
});

test("the word with a character slipped in, and the most used passwords, are placeholders", () => {
  for (const value of ["pa/ssword", "passwo^rd", "Pass-word", "pwd3", "iloveyou!", "ILoveYou"]) assert.ok(isPlaceholder(value), value);
  for (const value of ["pa/ssw-Q7z", "iloveyou2Kx!", "pwd-Hq7vz2"]) assert.ok(!isPlaceholder(value), value);
});

test("XML's quotes around a value are judged by what they hold; a password spelled in references is a password", () => {
  assert.ok(isPlaceholder("&quot;&quot;"), "an empty value in quotes");
  assert.ok(isPlaceholder("&quot;[DB-PASSWORD]&quot"), "a slot in quotes, cut at the last entity's ;");
  assert.ok(isPlaceholder("&apos;${DB_PASSWORD}&apos;"));
  assert.ok(!isPlaceholder("&quot;Fk8vRz3Qm6TnWx2&quot;"), "a random value in quotes");
  const spelled = [..."Xk9qWm2vLpRt7"].map((character) => `&#${character.charCodeAt(0)};`).join("");
  assert.ok(!isPlaceholder(spelled), "numeric references that spell a password");
});

test("a value that says it does not matter is a stand-in", () => {
  for (const value of ["nomatter", "doesnotmatter", "does-not-matter", "dontcare", "unused", "IGNORED"]) assert.ok(isPlaceholder(value), value);
  for (const value of ["matterhorn", "carefree"]) assert.ok(!isPlaceholder(value), value);
});

test("metasyntactic words, English or Japanese and maybe numbered (`foo1`, `hoge2`), are stand-ins; words that start so are not", () => {
  for (const value of ["foo1", "bar22", "quux", "hoge1", "fuga", "piyo12", "hogehoge", "corge2", "graultgarply"]) assert.ok(isPlaceholder(value), value);
  for (const value of ["football", "hogwarts1", "bazaar", "foo12345", "gorge2"]) assert.ok(!isPlaceholder(value), value);
  // A documentation's example configuration sets a peer's password so.
  const example = "```toml\n[neighbors.config]\n  auth-password = \"hoge1\"\n```\n";
  assert.deepEqual(scanText({ content: example, filePath: "docs/route-server.md" }).filter((finding) => finding.kind === "secret"), []);
});

test("the name of an encoding where a value would be (`BASE64`, `hex-string`) is a stand-in; a value that only starts so is not", () => {
  for (const value of ["BASE64", "base64", "Base64-encoded", "hexstring", "HEX_VALUE", "base32"]) assert.ok(isPlaceholder(value), value);
  for (const value of ["base64Vq8Lr2Xw", "hexagon77", "Base64Zt9k"]) assert.ok(!isPlaceholder(value), value);
  // A manual's example of a TSIG key, and the same key with a value in it.
  const secrets = (value: string) => scanText({ content: `key:\n  - id: transfer\n    algorithm: hmac-sha256\n    secret: ${value}\n`, filePath: "doc/knot.conf.example.yaml" }).filter((finding) => finding.kind === "secret");
  assert.deepEqual(secrets("BASE64"), []);
  assert.equal(secrets("Zq3vKx8Lw2Rt7Yn4Bm6Pc9Df1Gh5Jk0=").length, 1);
});

test("metasyntactic words run together (`bazqux`, `foo-quux`, `fugapiyo2`) are stand-ins; a value that only starts so is not", () => {
  for (const value of ["bazqux", "QuxFoo", "foo-quux", "fugapiyo2", "bar_baz_qux"]) assert.ok(isPlaceholder(value), value);
  for (const value of ["bazquxTr7Lw9", "foobazaar", "barqk"]) assert.ok(!isPlaceholder(value), value);
  // A doc comment's example signs with a consumer key and secret so; a random secret there is reported.
  const secrets = (value: string) => scanText({ content: `//\tvar oaa = {\n//\t\tconsumer: { key: "quxfoo", secret: "${value}" }\n//\t};\n`, filePath: "lib/oauth.js" }).filter((finding) => finding.kind === "secret");
  assert.deepEqual(secrets("quxbaz"), []);
  assert.equal(secrets("Vq8Lr2Xw7Tk4Zn9B").length, 1);
});

test("connectionstrings.com's template is no credential in any file; its password words on a real server, or a real password in it, are", () => {
  const secrets = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));
  const template = "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;";
  assert.deepEqual(secrets(`{ "ConnectionStrings": { "Default": "${template}" } }\n`, "appsettings.json"), []);
  assert.deepEqual(secrets(`var cs = "${template}";\n`, "Db.cs"), []);
  assert.deepEqual(secrets(`db:\n  conn: "${template}"\n`, "app.yaml"), []);
  assert.deepEqual(secrets(`${template}\n`, "notes.txt"), []);
  assert.deepEqual(secrets(`var cs = "Driver={ODBC Driver 18 for SQL Server};Server=myServerAddress;Database=myDataBase;Uid=myUsername;Pwd=myPassword;";\n`, "Db.cs"), []);
  assert.deepEqual(secrets(`var cs = "Data Source=myServerAddress;Initial Catalog=myDataBase;User ID=myUsername;Password=myPassword;";\n`, "Db.cs"), []);
  const password = ["Hq7v", "Tz2K", "mW9x"].join("");
  assert.deepEqual(secrets(`var cs = "${template.replace("myPassword", password)}";\n`, "Db.cs"), [password]);
  assert.deepEqual(secrets(`var cs = "Server=orders-db.corp.local;Database=Orders;User Id=app;Password=myPassword;";\n`, "Db.cs"), ["myPassword"]);
});
