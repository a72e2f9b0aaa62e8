// Look-alikes found in a second review of published Python packages (PyPI wheels): each case pairs
// the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createHash } from "node:crypto";
import { scanText } from "../../src/engine";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const RANDOM_BASE64 = ["q7Vx2LmPz9Rk", "T4wYb8NcJ3hD"].join("");


test("a tokenizer's vocabulary (`vocab`: `token_bytes`, `token_str`) is data, not tokens that grant anything", () => {
  const entry = (rank: number, text: string) => `    {\n      "rank": ${rank},\n      "token_bytes": "${Buffer.from(text).toString("base64")}",\n      "token_str": "${text}"\n    }`;
  const vocabulary = `{\n  "config": {"version": "v3"},\n  "vocab": [\n${[" Mountain", ".Formatter", " kitchen", ".Collections"].map((text, rank) => entry(rank, text)).join(",\n")}\n  ]\n}\n`;
  assert.deepEqual(secretValuesIn(vocabulary, "pkg/data/tokenizer.json"), []);
  // The same name outside a vocabulary, with a generated value, is a token's bytes.
  assert.deepEqual(secretValuesIn(`{\n  "session": {\n    "token_bytes": "${RANDOM_BASE64}"\n  }\n}\n`, "pkg/data/session.json"), [RANDOM_BASE64]);
});

test("in a test, a short vendor-style prefix before a test value (`abk_test123`) is a test value", () => {
  const client = `def test_headers(mock):\n    Exporter(api_key="abk_test123")\n    mock.assert_called_once_with(headers={"Authorization": "Bearer abk_test123"})\n`;
  assert.deepEqual(secretValuesIn(client, "pkg/tests/test_client.py"), []);
  // The same prefix before a generated key is a key, in a test as anywhere.
  const key = `abk_${RANDOM_BASE64}`;
  assert.deepEqual(secretValuesIn(`def test_headers(mock):\n    Exporter(api_key="${key}")\n`, "pkg/tests/test_client.py"), [key]);
});

test("a time zone's name (`tz.key == \"US/Mountain\"`) is no key; a generated key with a `/` is", () => {
  const zones = `def test_zone(frame):\n    assert frame.stamp.dtype.tz.key == "US/Mountain"\n    assert frame.zone.key == "America/Argentina/Buenos_Aires"\n`;
  assert.deepEqual(secretValuesIn(zones, "pkg/tests/test_zones.py"), []);
  // Capitalised words joined by `/` under a credential's name are no key either…
  assert.deepEqual(secretValuesIn(`STRIPE_KEY = "Europe/Oslo_Central"\n`, "pkg/settings.py"), []);
  // …but base64 with a `/` in it is.
  const key = ["Rk9vQm/Fx2Lp", "Z8wTq3Nd/7Ys"].join("");
  assert.deepEqual(secretValuesIn(`def test_zone(frame):\n    assert frame.api.key == "${key}"\n`, "pkg/tests/test_zones.py"), [key]);
  assert.deepEqual(secretValuesIn(`STRIPE_KEY = "${key}"\n`, "pkg/settings.py"), [key]);
});

test("anonymous FTP's password is the caller's e-mail address by convention (RFC 1635), not a secret", () => {
  const mirror = [
    `url = "ftp://anonymous:ops%40tablesproject.org@ftp.geodata-archive.gov/pub/tables/leap.dat"`,
    `alt = "ftp://anonymous:someone@mirror.geodata-archive.gov/pub/x.tar"`,
    `alt2 = "ftp://FTP:someone%40tablesproject.org@mirror.geodata-archive.gov/pub/x.tar"`,
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${mirror}\n`, "pkg/fetch.py"), []);
  // A generated password is one whatever the user's name; another user's word password is one too.
  assert.deepEqual(secretValuesIn(`url = "ftp://anonymous:${RANDOM_BASE64}@ftp.geodata-archive.gov/pub/x.tar"\n`, "pkg/fetch.py"), [RANDOM_BASE64]);
  assert.deepEqual(secretValuesIn(`url = "ftp://mirror:someone@ftp.geodata-archive.gov/pub/x.tar"\n`, "pkg/fetch.py"), ["someone"]);
});

test("a URL form whose user and password are the names of its parts (`owner:repo@rev`) is a template", () => {
  const doc = `class RemoteFS:\n    """Read files.\n\n    - 'hub://owner:repo@rev/data/catalog.yml', where the revision is also included\n    """\n`;
  assert.deepEqual(secretValuesIn(doc, "pkg/remote.py"), []);
  assert.deepEqual(secretValuesIn(`URL = "hub://org:bucket@branch/data/catalog.yml"\n`, "pkg/remote.py"), []);
  // The user's part name beside a word that names no part is a password.
  assert.deepEqual(secretValuesIn(`URL = "hub://owner:tangerine@hub.datahost.net/data/catalog.yml"\n`, "pkg/remote.py"), ["tangerine"]);
});

test("a famous example password followed by a sentence's punctuation (`hunter2!!!`) is the example", () => {
  const comment = "    # A bare URL has no prose around it, so `?password=hunter2!!!` ends in the password.\n";
  assert.deepEqual(secretValuesIn(comment, "pkg/mcp/clean.py"), []);
  assert.deepEqual(secretValuesIn("    # so `?password=swordfish.` ends there.\n", "pkg/mcp/clean.py"), []);
  // Another word with the same punctuation is a password someone chose.
  assert.deepEqual(secretValuesIn("    # so `?password=tangerine7!!!` ends in the password.\n", "pkg/mcp/clean.py"), ["tangerine7!!!"]);
});

test("a docstring's `Example of use:` or `Usage:` paragraph shows a call; the same call in code is one", () => {
  const call = `    TinyAP(\n        iface="mon0",\n        passphrase="probeprobe",   # Associated passphrase\n    ).run()\n`;
  for (const heading of ["Example of use:", "Usage:", "Usage example:", "For example:"]) {
    const doc = `class TinyAP:\n    """Tiny access point used to probe clients.\n\n    ${heading}\n${call}    """\n`;
    assert.deepEqual(secretValuesIn(doc, "pkg/modules/beacon.py"), [], heading);
  }
  assert.deepEqual(secretValuesIn(`def start():\n${call}`, "pkg/modules/beacon.py"), ["probeprobe"]);
});

test("in a KDF's test vectors, the hex of plain text (`saltSALTsalt…`) is built, not drawn at random", () => {
  const hexOf = (text: string) => Buffer.from(text).toString("hex");
  const vectors = `VECTORS = [\n    ("passwordPASSWORDpassword", "${hexOf("saltSALTsaltSALTsaltSALTsaltSALTsalt")}",\n        25, 4096),\n]\n`;
  assert.deepEqual(secretValuesIn(vectors, "pkg/tests/test_kdf.py"), []);
  // Random bytes in hex beside the same password are a key.
  const key = ["6f36e6658a67b0df9bfafc2c", "6b6e591d1185cae0ecb69de9", "54228ec267177e743f4a58d4"].join("");
  assert.deepEqual(secretValuesIn(vectors.replace(hexOf("saltSALTsaltSALTsaltSALTsaltSALTsalt"), key), "pkg/tests/test_kdf.py"), [key]);
});

test("a public chain id with a Base58Check or CB58 checksum in an RPC path is no capability token", () => {
  const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  const base58 = (bytes: Buffer) => {
    let number = BigInt(`0x${bytes.toString("hex")}`);
    let text = "";
    for (; number > 0n; number /= 58n) text = alphabet[Number(number % 58n)] + text;
    return text;
  };
  const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest();
  const payload = createHash("sha256").update("a made-up subnet").digest();
  const cb58 = base58(Buffer.concat([payload, sha256(payload).subarray(-4)]));
  const base58Check = base58(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]));
  for (const id of [cb58, base58Check]) {
    assert.deepEqual(secretValuesIn(`{"rpc": ["https://gateway.subnetnode.network/node/ext/bc/${id}/rpc"]}\n`, "pkg/data/networks.json"), [], id);
  }
  // The same characters with a wrong checksum are random: a token in the path.
  const unchecked = base58(Buffer.concat([payload, Buffer.from([1, 2, 3, 4])]));
  const url = `https://gateway.subnetnode.network/node/ext/bc/${unchecked}/rpc`;
  assert.deepEqual(secretValuesIn(`{"rpc": ["${url}"]}\n`, "pkg/data/networks.json"), [url]);
});

test("`pw=` by chance inside a block of base85 is no password's name; a password's line beside others is", () => {
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
  // A block as b85encode wraps it: fixed-width lines of made-up base85, one holding `;)pw=`.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const line = () => Array.from({ length: 79 }, () => alphabet[next() % alphabet.length]).join("");
  const value = ["Qz7Lm-Kv2Xp9(", "Rt4W(N^Bs8HdyuT"].join("");
  const lines = [line(), line(), `${line().slice(0, 26)}!PW=${value}\`${line().slice(0, 20)}`, line(), line()];
  const blob = `from base64 import b85decode\n\nDATA = b85decode("""\n${lines.join("\n")}\n""")\n`;
  assert.equal(lines[2]!.length, 79);
  assert.deepEqual(secretValuesIn(blob, "pkg/libs/vendors.py"), []);
  // Lines of settings of one width are not such a block: each name is one.
  const first = ["DB_PASSWORD_PRIMARY=", "Kq9vRz2mLx7TpWn4Yb8cHd3Jf6Gs1Ue5", "Aw0Zr9Tq8Pm7Nl6Kj5Hg4Fd3"].join("");
  const second = ["DB_PASSWORD_REPLICA=", "Zm4nQ8wRt2Yk6Lp9Xv3Bc7Hd1Jf5Gs0", "Ue9Aw8Zr7Tq6Pm5Nl4Kj3Hg2"].join("");
  assert.deepEqual(secretValuesIn(`${first}\n${second}\n`, "deploy/app.env"), [first.slice(20), second.slice(20)]);
});

const configFound = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "config").map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));

test("an IPv6 URL's loopback host (`http://[::1]`) is local, as localhost and 127.0.0.1 are; a global address is a service's", () => {
  assert.deepEqual(configFound(`ALLOWED_ORIGINS = ["http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*", "http://[::1]:8080/api", "http://[fe80::1]:8080/api"]\n`, "pkg/server/auth.py"), []);
  assert.deepEqual(configFound(`ORDERS_API_URL = "http://[2a01:4f8:1c17::42]:8080/api"\n`, "pkg/server/auth.py"), ["http://[2a01:4f8:1c17::42]:8080/api"]);
});

test("an enzyme's EC number in prose is no IP address; an address in the same sentence is one", () => {
  assert.deepEqual(configFound(`NOTE = "The enzyme (EC 3.1.1.4) cleaves the ester bond."\n`, "pkg/tasks/bio.py"), []);
  assert.deepEqual(configFound(`NOTE = "The enzyme (EC:6.5.1.1) joins the strands."\n`, "pkg/tasks/bio.py"), []);
  assert.deepEqual(configFound(`GATEWAY = "10.20.30.41"\n`, "pkg/tasks/bio.py"), ["10.20.30.41"]);
});

test("a dotted name under a setting named for a name (`dataset_name`) or given to getLogger is no host name", () => {
  assert.deepEqual(configFound(`task: qa_en_de\ndataset_path: someorg/qa\ndataset_name: qa.en.de\n`, "pkg/tasks/qa_en_de.yaml"), []);
  assert.deepEqual(configFound(`import logging\nlogger = logging.getLogger("tiles.local")\nlog = getLogger('orders.internal')\n`, "pkg/tiles.py"), []);
  // A host's, a server's or a domain's name is a host.
  assert.deepEqual(configFound(`server_name: orders.corp.fabrikam.de\n`, "deploy/app.yaml"), ["orders.corp.fabrikam.de"]);
  assert.deepEqual(configFound(`DB_HOST_NAME = "db01.corp.fabrikam.de"\n`, "pkg/settings.py"), ["db01.corp.fabrikam.de"]);
  assert.deepEqual(configFound(`client = connect("orders.internal")\n`, "pkg/tiles.py"), ["orders.internal"]);
});

test("a JSON data list of many public URLs under one repeated name is data; a handful of endpoints under one name are settings", () => {
  const chains = Array.from({ length: 60 }, (_, i) => `{"name": "Chain ${i}", "chainId": ${1000 + i}, "rpc": ["https://rpc${i}.chainnode${i}.network/v1"]}`);
  assert.deepEqual(configFound(`[${chains.join(", ")}]\n`, "pkg/__json/networks.json"), []);
  const regions = Array.from({ length: 6 }, (_, i) => `    {"Region": "r${i}", "Url": "https://orders-r${i}.corp.fabrikam.net/api"}`);
  assert.equal(configFound(`{\n  "Endpoints": [\n${regions.join(",\n")}\n  ]\n}\n`, "deploy/appsettings.json").length, 6);
});

test("a value beside the text it is the base64 of is that text twice (a tokenizer's entry too large for its key path); another token is not", () => {
  const entry = (text: string) => `    {\n        "token_bytes": "${Buffer.from(text).toString("base64")}",\n        "token_str": "${text}",\n    },\n`;
  const vocabulary = `VOCAB = [\n${[" Mountain", ".Formatter", " kitchen", "(Exception"].map(entry).join("")}]\n`;
  // (Escaped as JSON writes text: `aci\u00f3n` beside the base64 of `ación`.)
  const escaped = `    {\n        "token_bytes": "${Buffer.from("(Transacción").toString("base64")}",\n        "token_str": "(Transacci\\u00f3n",\n    },\n`;
  assert.deepEqual(secretValuesIn(`VOCAB = [\n${escaped}]\n`, "pkg/data/tokens.py"), []);
  assert.deepEqual(secretValuesIn(vocabulary, "pkg/data/tokens.py"), []);
  // Beside other text, base64 of random bytes is a token's.
  const other = `    {\n        "token_bytes": "${RANDOM_BASE64}",\n        "token_str": " Mountain",\n    },\n`;
  assert.deepEqual(secretValuesIn(`VOCAB = [\n${other}]\n`, "pkg/data/tokens.py"), [RANDOM_BASE64]);
});
