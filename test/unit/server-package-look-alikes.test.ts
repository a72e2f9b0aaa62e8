// Look-alikes found in the configuration, examples, scripts and test data that Debian's server
// packages ship (mail, databases, directories): each case pairs the look-alike with the secret of
// the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const GENERATED_PASSWORD = ["Vq7", "Lz2", "Rk9w", "Tm4"].join("");
const HEX_40 = ["7E3A91C0D4", "B25F86A1E0", "9C3D7B54F2", "A8E61D09B3"].join("");
const HEX_16 = ["5d2e8a", "f41c07", "b93e"].join("");
const HEX_32 = ["9c4e1fa0", "7b3d58e2", "6a0f4c7d", "91b2e853"].join("");


test("a password's stored hash in a test (MySQL's `IDENTIFIED BY PASSWORD '*…'`, its grants' output) is no password; outside a test, or a password itself, it is reported", () => {
  const lines = [
    `alter user foo identified by password '*${HEX_40}';`,
    `GRANT USAGE ON *.* TO \`foo\`@\`localhost\` IDENTIFIED BY PASSWORD '*${HEX_40}'`,
    `set password for u8@h = '${HEX_16}';`,
  ];
  for (const line of lines) assert.deepEqual(secretValuesIn(`${line}\n`, "mysql-test/main/grant.result"), [], line);
  for (const line of lines.slice(0, 2)) assert.deepEqual(secretValuesIn(`${line}\n`, "sql/accounts.sql"), [`*${HEX_40}`], line);
  assert.deepEqual(secretValuesIn(`alter user foo identified by password '${GENERATED_PASSWORD}';\n`, "mysql-test/main/grant.test"), [GENERATED_PASSWORD]);
  // (Hex alone is a hash only where MySQL's syntax takes one: elsewhere in a test, under a
  // password's, a secret's or a token's name, it may be the generated credential itself.)
  assert.deepEqual(secretValuesIn(`api_token = "${HEX_32}"\n`, "tests/settings.ini"), [HEX_32]);
  assert.deepEqual(secretValuesIn(`client_secret = "${HEX_40.toLowerCase()}"\n`, "tests/settings.ini"), [HEX_40.toLowerCase()]);
  assert.deepEqual(secretValuesIn(`password = "${HEX_32}"\n`, "tests/settings.ini"), [HEX_32]);
  assert.deepEqual(secretValuesIn(`set password for u8@h = password('${HEX_16}');\n`, "mysql-test/main/grant.test"), [HEX_16]);
});

test("a bare side that ` . ` goes on from is a qualified name (SQL's `alias . column`); a bare value alone is judged", () => {
  assert.deepEqual(secretValuesIn("  t1 AS RK4_alias8 ON (RK4_alias8 . col_int_key = RK4_alias9 . col_int_key )\n", "mysql-test/main/subselect.test"), []);
  assert.deepEqual(secretValuesIn("  (col_int_key = RK4_alias9 . col_int_key)\n", "queries/report.txt"), []);
  assert.deepEqual(secretValuesIn(`api_key = ${GENERATED_PASSWORD}\n`, "etc/service.conf"), [GENERATED_PASSWORD]);
  assert.deepEqual(secretValuesIn(`api_key = ${GENERATED_PASSWORD} # production\n`, "etc/service.conf"), [GENERATED_PASSWORD]);
});

test("SASL mechanisms in an IMAP server's capabilities (`AUTH=CRAM-SHA256`) are no credential; a random value under `AUTH` is", () => {
  const capabilities = 'IMAP_CAPABILITY="IMAP4rev1 UIDPLUS QUOTA AUTH=CRAM-MD5 AUTH=CRAM-SHA1 AUTH=CRAM-SHA256 IDLE"\n';
  assert.deepEqual(secretValuesIn(capabilities, "etc/courier/imapd"), []);
  for (const mechanism of ["SCRAM-SHA-256-PLUS", "DIGEST-MD5", "HMAC-SHA256"]) assert.deepEqual(secretValuesIn(`AUTH=${mechanism}\n`, "etc/mail/server.conf"), [], mechanism);
  assert.deepEqual(secretValuesIn(`AUTH=${GENERATED_PASSWORD}\n`, "etc/mail/server.conf"), [GENERATED_PASSWORD]);
  assert.deepEqual(secretValuesIn(`AUTH=CRAM-${GENERATED_PASSWORD}\n`, "etc/mail/server.conf"), [`CRAM-${GENERATED_PASSWORD}`]);
});

test("adduser's `--disabled-password` takes no password (the next word is the user); `--password …` still does", () => {
  assert.deepEqual(secretValuesIn("\t\t\t--shell /bin/sh --disabled-password mailfetch >/dev/null 2>&1 || true\n", "etc/init.d/mailfetch"), []);
  assert.deepEqual(secretValuesIn("adduser --system --disable-password relayd\n", "debian/postinst"), []);
  assert.deepEqual(secretValuesIn(`  tool --password ${GENERATED_PASSWORD} >/dev/null\n`, "etc/init.d/tool"), [GENERATED_PASSWORD]);
});

test("bytes whose two digits both count up (`00112233…EEFF`, FIPS-197's plaintext) are a test pattern in a key's place; random hex is a key", () => {
  for (const hex of ["00112233445566778899aabbccddeeff", "0x8899AABBCCDDEEFF0011223344556677"]) {
    assert.deepEqual(secretValuesIn(`wrapping_format_key = "${hex}"\n`, "etc/pkcs11proxyd/filter.conf"), [], hex);
  }
  assert.deepEqual(secretValuesIn(`wrapping_format_key = "${HEX_32}"\n`, "etc/pkcs11proxyd/filter.conf"), [HEX_32]);
});

test("mysql's `-p` glued to a placeholder under a password's name (`dbpass=\"-p…\"`) holds no password; glued to a generated one it does", () => {
  assert.deepEqual(secretValuesIn('# dbpass="-pXXX_MYSQL_PASSWORD_XXX"   # Uncomment and set the password\n', "etc/backup/scripts/report"), []);
  assert.deepEqual(secretValuesIn('dbpass="-p<password>"\n', "etc/backup/scripts/report"), []);
  assert.deepEqual(secretValuesIn(`dbpass="-p${GENERATED_PASSWORD}"\n`, "etc/backup/scripts/report"), [`-p${GENERATED_PASSWORD}`]);
});
