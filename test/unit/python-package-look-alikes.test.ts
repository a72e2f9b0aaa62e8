// Look-alikes found in published Python packages (a review of PyPI wheels): each case pairs the
// look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { generateKeyPairSync } from "node:crypto";
import { isSubjectPublicKeyInfo } from "../../src/engine/rules/secret-values";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const HEX_DIGEST = ["ae97bb586c66", "cf6aa19bf488", "f1774e5c"].join("");
const SHA1_DIGEST = ["17b5cefab936", "827cfe9f87c2", "bd88d15747994c43"].join("");
const MYSQL_HASH = ["*A993601B5BD1", "EC572231A3D3", "FE1A5A491ADB5B9C"].join("");
const LDAP_HASH = ["{SSHA256}fsqyEhT6FkbE", "eXvI19hicQ4uYHsLdCQS", "EpEVVGpdspOdLOxvlYn9CA=="].join("");
const DJANGO_HASH = ["pbkdf2_sha1$1000$a65a267c$", "26ebcb19bfc49e7d29d3", "96fa0c17e34e6a7d6a31"].join("");
const PASSWORD = ["bFvTi5no2l", "vzKGCcJ5Pb"].join("");


test("in a test, a password word beside a value in a hash's format is a hashing test vector", () => {
  const rows = [HEX_DIGEST, SHA1_DIGEST, MYSQL_HASH, LDAP_HASH, DJANGO_HASH].map((hash) => `    ("password", "${hash}"),\n`).join("");
  const vectors = `known_correct_hashes = [\n${rows}]\n`;
  assert.deepEqual(secretValuesIn(vectors, "pkg/tests/test_handlers.py"), []);
  // A generated password beside its name is a password in a test too, and outside tests a hash's
  // shape under a password's name may be the password itself.
  assert.deepEqual(secretValuesIn(`creds = [\n    ("password", "${PASSWORD}"),\n]\n`, "pkg/tests/test_login.py"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`settings.set("password", "${HEX_DIGEST}")\n`, "pkg/settings.py"), [HEX_DIGEST]);
});

test("a page's `viewkey` is the public id of what it shows; with more words around it, a key", () => {
  const videoId = ["vx4be1a9", "c03d7f2"].join("");
  const streamKey = ["D6mZq9GMP4PW", "ZDaO_OpAIQYt"].join("");
  assert.deepEqual(secretValuesIn(`URL = 'https://www.clipsite.net/view_video.php?viewkey=${videoId}'\n`, "pkg/extractor/clips.py"), []);
  assert.deepEqual(secretValuesIn(`URL = 'https://live.clipsite.net/ingest?streamkey=${streamKey}'\n`, "pkg/extractor/clips.py"), [streamKey]);
  assert.deepEqual(secretValuesIn(`ORDERS_VIEWKEY = '${streamKey}'\n`, "pkg/settings.py"), [streamKey]);
});

test("in a test, a password of words written with escapes (`\\u00FC`, UTF-8 `\\xc3\\xbc`) reads as the words", () => {
  assert.deepEqual(secretValuesIn(`key.toString("openssh", passphrase="geheimnis\\u00E4nderung")\n`, "pkg/tests/test_keyfile.py"), []);
  assert.deepEqual(secretValuesIn(`PASS_UTF8 = b'gr\\xc3\\xbc\\xc3\\x9fe\\xe2\\x84\\x93'\n`, "pkg/tests/test_keyfile.py"), []);
  // An escaped character inside a generated password does not make it words.
  assert.deepEqual(secretValuesIn(`key.toString("openssh", passphrase="${PASSWORD}\\u00E4")\n`, "pkg/tests/test_keyfile.py"), [`${PASSWORD}\\u00E4`]);
});

test("the published one-time password secret in lower case, and a pair that a query's next parameter ends", () => {
  // Base32 is read in either case: the key URI format's example secret is the same in lower case.
  assert.deepEqual(secretValuesIn(`OTP = "otpauth://totp/Demo:bob@example.org?secret=jbswy3dpehpk3pxp&issuer=Demo"\n`, "pkg/otp.py"), []);
  assert.deepEqual(secretValuesIn(`EXTRA = ("secret=JBSWY3DPEHPK3PXP&algorithm=SHA512")\n`, "pkg/otp.py"), []);
  const generated = ["WQ4HVCNJ", "7AOJ3SOU"].join("");
  assert.deepEqual(secretValuesIn(`OTP = "otpauth://totp/Demo:bob@example.org?secret=${generated.toLowerCase()}&issuer=Demo"\n`, "pkg/otp.py"), [generated.toLowerCase()]);
  assert.deepEqual(secretValuesIn(`EXTRA = ("secret=${generated}&algorithm=SHA512")\n`, "pkg/otp.py"), [generated]);
});

test("a URL path's snake_case words are a file's or an endpoint's name, not a token", () => {
  for (const url of [
    "http://i.y.musicsvc.net/v8/fcg-bin/fcg_v8_album_info_cp.fcg",
    "https://api.podhost.net/v1/export/get_all_user_profile_data_v2",
    "https://api.podhost.net/download/episode/4412/xyz_ep12_how_to_record_your_band_part_3.mp3",
  ]) {
    assert.deepEqual(secretValuesIn(`URL = '${url}'\n`, "pkg/extractor/podhost.py"), [], url);
  }
  // A base64url token holds `_` too.
  const token = ["ixp0s9BTLktU", "KwPK_N4PTpiO", "TI6lQfT"].join("");
  const webhook = `https://api.podhost.net/v1/hooks/${token}`;
  assert.deepEqual(secretValuesIn(`URL = '${webhook}'\n`, "pkg/notify.py"), [webhook]);
});

test("an image's or a recording's URL without a query is a public asset; with a token in its query, a capability", () => {
  const signature = ["0BdAKyP7J8WQ", "RcdoBFXm6hcCROA="].join("");
  const id = ["ckr9m2x0abq1", "z40720kn5u8wd"].join("");
  for (const url of [
    `https://thumbor.prod.podhostcdn.net/${signature}/640x360/filters:quality(70)/uploads/7011/a-b-c.jpg`,
    `https://podhost-production.imgix.net/episodes/${id}/${id}-1650000000000.jpg`,
  ]) {
    assert.deepEqual(secretValuesIn(`THUMBNAIL = '${url}'\n`, "pkg/extractor/podhost.py"), [], url);
  }
  const token = ["ixp0s9BTLktU", "KwPKJQN4PTpiOTI6lQfT"].join("");
  assert.equal(secretValuesIn(`URL = 'https://podhost-production.imgix.net/episodes/7011.mp3?token=${token}'\n`, "pkg/extractor/podhost.py").length, 1);
  const hook = `https://podhost-production.imgix.net/v1/hooks/${token}`;
  assert.deepEqual(secretValuesIn(`URL = '${hook}'\n`, "pkg/extractor/podhost.py"), [hook]);
});

test("a Markdown code block in a docstring is an example (mkdocs-style docstrings); the same line in code is not", () => {
  const token = ["Qm7vK2xT9w", "Lp4ZrT8nB3"].join("");
  const header = `Authorization: Bearer ${token}`;
  assert.deepEqual(secretValuesIn(`class Bearer:\n    """\n    The client sends:\n\n    \`\`\`\n    ${header}\n    \`\`\`\n    """\n`, "pkg/security/http.py"), []);
  assert.deepEqual(secretValuesIn(`HEADERS = """\n${header}\n"""\n`, "pkg/client.py"), [token]);
});

test("a URL's password that spells out \"a secret\" is a docstring's example; a generated one is not", () => {
  const example = "https://jo%40email.com:a%20secret@m\u00fcller.de:1234/pa%20th?search=ab";
  assert.deepEqual(secretValuesIn(`class URL:\n    """\n    url = URL("${example}")\n    """\n`, "pkg/_urls.py"), []);
  const password = ["Zq9x%20Lm2p", "Rt7w"].join("");
  assert.equal(secretValuesIn(`URL = "https://jo:${password}@db.corp.internal:5432/app"\n`, "pkg/settings.py").length, 1);
});

test("botocore's numbered examples-1.json is an example file: a password of words there shows where one goes", () => {
  const content = `{\n  "examples": {\n    "CreateUser": [{"input": {"UserName": "Bob", "Password": "SomeSecurePass99!"}}]\n  }\n}\n`;
  assert.deepEqual(secretValuesIn(content, "botocore/data/iam/2010-05-08/examples-1.json"), []);
  assert.deepEqual(secretValuesIn(content.replace("SomeSecurePass99!", PASSWORD), "botocore/data/iam/2010-05-08/examples-1.json"), [PASSWORD]);
});

test("a value that starts or ends with a printf field (`%s`), or holds two, is a format string; a `%` in a password is not", () => {
  assert.deepEqual(secretValuesIn(`out.write("Usage: --auth %s[:ArgString]\\n" % kind)\n`, "pkg/cred/strcred.py"), []);
  assert.deepEqual(secretValuesIn(`SPEC = "certKey=%s:bindAddress=10.1.2.3:timeout=5:caCertsDir=%s"\n`, "pkg/endpoints.py"), []);
  const withPercent = ["Kq7%sLm2", "Rt9vXw4p"].join("");
  assert.deepEqual(secretValuesIn(`password = "${withPercent}"\n`, "pkg/settings.py"), [withPercent]);
});

test("a public key in base64 (DER SubjectPublicKeyInfo) under a token's name is public; a private key there is not", () => {
  const publicKeyEncoding = { type: "spki", format: "der" } as const;
  const privateKeyEncoding = { type: "pkcs8", format: "der" } as const;
  const keyPairs: { publicKey: Buffer; privateKey: Buffer }[] = [
    generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding, privateKeyEncoding }),
    generateKeyPairSync("ec", { namedCurve: "P-256", publicKeyEncoding, privateKeyEncoding }),
    generateKeyPairSync("ed25519", { publicKeyEncoding, privateKeyEncoding }),
  ];
  for (const { publicKey, privateKey } of keyPairs) {
    assert.deepEqual(secretValuesIn(`    _TOKEN = '${publicKey.toString("base64")}'\n`, "pkg/extractor/news.py"), []);
    // (Judged by the structure alone: the generic rule's other checks of a random key are not this test's.)
    assert.equal(isSubjectPublicKeyInfo(privateKey.toString("base64")), false);
  }
});

test("a password written as \"(snip)\" or \"[omitted]\" was cut out; a password in brackets is still one", () => {
  for (const value of ["(snip)", "[omitted]", "(elided)"]) {
    assert.deepEqual(secretValuesIn(`PARAMS = {'username': 'ytdl@yt-dl.org', 'password': '${value}'}\n`, "pkg/extractor/video.py"), [], value);
  }
  const bracketed = `(${PASSWORD})`;
  assert.deepEqual(secretValuesIn(`PARAMS = {'username': 'ytdl@yt-dl.org', 'password': '${bracketed}'}\n`, "pkg/extractor/video.py"), [bracketed]);
});

test("a marker that spells its own name in leetspeak is compared with, not a secret", () => {
  assert.deepEqual(secretValuesIn(`_LAST_WRITE_TOKEN = b"L@stWr!t3T0k3n"\n`, "pkg/sdk/lib/redirect.py"), []);
  assert.deepEqual(secretValuesIn(`_END_OF_STREAM_TOKEN = b"3nd0fStr3@m"\n`, "pkg/sdk/lib/redirect.py"), []);
  // Another name's leetspeak is a password someone chose.
  assert.deepEqual(secretValuesIn(`_SESSION_TOKEN = b"3nd0fStr3@m"\n`, "pkg/sdk/lib/redirect.py"), ["3nd0fStr3@m"]);
});

test("RFC 7520's example password, written as UTF-8 escapes, is published; another escaped password is not", () => {
  assert.deepEqual(secretValuesIn(`Password_5_3_1 = b'entrap_o\\xe2\\x80\\x93peter_long\\xe2\\x80\\x93credit_tun'\n`, "pkg/jose/cookbook.py"), []);
  const escaped = ["Kq7_vR2\\xe2\\x80\\x93", "mZ9pLw4\\xe2\\x80\\x93Tx8n"].join("");
  assert.deepEqual(secretValuesIn(`Password_5_3_1 = b'${escaped}'\n`, "pkg/jose/cookbook.py"), [escaped]);
});

test("in a test, a crypt hash outside a password file's line is the hashing library's test vector", () => {
  const sha512 = ["$6$ysB9Oh6ASuFsfvw/$ikosc2QaV4/71jz0DOcnhGAOdXetj5Jco", "WNcnBtHNL9S3T1VQpRRSH4tz9pVyBRC9lhEchDlpR9k6btC8HjsTh"].join("");
  const bcrypt = ["$2b$12$yYSQ6YmMfJw2wEvlHJp7CwKU/", "eMaYBIS4i686dHZJQqbk43PAL.KW"].join("");
  const md5 = ["$1$TZvmv8tC$NLihS.", "glRWDOXWhyWvyu1a"].join("");
  const vectors = `known_correct_hashes = [\n    ("test", "${sha512}"),\n    ("U*U", '${bcrypt}'),\n]\nCONFIG = dict(default="${md5}")\n`;
  assert.deepEqual(secretValuesIn(vectors, "pkg/tests/test_handlers.py"), []);
  // Where a password file puts it (a shadow or htpasswd line), and outside tests, a hash is reported.
  assert.deepEqual(secretValuesIn(`alice:${sha512}:19000:0:99999:7:::\n`, "pkg/tests/fixtures/shadow"), [sha512]);
  assert.deepEqual(secretValuesIn(`ADMIN_PASSWORD_HASH = "${bcrypt}"\n`, "pkg/settings.py"), [bcrypt]);
});
