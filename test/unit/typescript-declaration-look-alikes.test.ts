// Look-alikes found in TypeScript declaration packages (`@types/*`, drawn at random from npm's
// names): each case pairs the look-alike with the secret of the same shape that must still be
// reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

// Our own made-up value, split so that the repository's own scan does not read it whole.
const RANDOM_PASSWORD = ["Vt8qLm3", "Zx7Rk2N"].join("");

const rules = (content: string, filePath: string) =>
  scanText({ content, filePath })
    .filter((finding) => finding.kind === "secret")
    .map((finding) => finding.ruleId);

const described = (url: string) => `/**\n * Opens a database.\n * @param connString the database, as in ${url}\n */\nexport declare function open(connString: string): void;\n`;

test("a URL's `\\@` in a doc comment escapes the at sign: the password before it is judged without the backslash", () => {
  assert.deepEqual(rules(described("mysql://user:pass\\@host/db"), "db.d.ts"), []);
  assert.deepEqual(rules(described("mssql://user:password\\@host/db"), "db.d.ts"), []);
  assert.deepEqual(rules(`my $dsn = "postgres://app:secret\\@db.internal/orders";\n`, "lib/Orders.pm"), []);
  assert.deepEqual(rules(described(`mysql://orders:${RANDOM_PASSWORD}\\@db.internal/orders`), "db.d.ts"), ["url/credentials"]);
  assert.deepEqual(rules(`my $dsn = "postgres://app:${RANDOM_PASSWORD}\\@db.internal/orders";\n`, "lib/Orders.pm"), ["url/credentials"]);
});
