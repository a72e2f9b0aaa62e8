// PostgreSQL's password file is known by its name: `~/.pgpass`, `pgpass.conf` on Windows, a
// container's `pgpass` secret. The same colon-separated line elsewhere (a log, /etc/passwd, notes)
// is not read as one. (Fixtures under test/fixtures/engine cover the entries themselves.)
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const entry = "pg-orders:5432:orders:orders_app:Wq5tRz8mLx3vKn\n";
const pgpassFindings = (filePath: string) => scanText({ content: entry, filePath }).filter((finding) => finding.ruleId === "generic/pgpass-password");

test("an entry is read in a file named as PostgreSQL's password file", () => {
  for (const filePath of ["/home/orders/.pgpass", "C:\\Users\\orders\\AppData\\Roaming\\postgresql\\pgpass.conf", "/run/secrets/pgpass", "deploy/prod.pgpass", "PGPASS.CONF"]) {
    const findings = pgpassFindings(filePath);
    assert.equal(findings.length, 1, filePath);
    // The fifth field, and nothing around it.
    assert.equal(findings[0]!.range.start.character, entry.lastIndexOf(":") + 1, filePath);
    assert.equal(findings[0]!.range.end.character, entry.length - 1, filePath);
    assert.equal(findings[0]!.keyName, "orders_app", filePath);
  }
});

test("the same line in any other file is not a password file's entry", () => {
  for (const filePath of ["notes.txt", "pool.log", "etc/passwd", "pgpass.md", "pgpass-setup.sh", "docs/.pgpass.example", "pgpass.conf.bak"]) {
    assert.equal(pgpassFindings(filePath).length, 0, filePath);
  }
});
