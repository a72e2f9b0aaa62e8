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

test("an entry a script writes into a password file is read; the same line written elsewhere, or PGPASSWORD, is not", () => {
  const found = (content: string) => scanText({ content, filePath: "provision.sh" }).filter((finding) => finding.ruleId === "generic/pgpass-password").length;
  const line = entry.trimEnd();
  assert.equal(found(`echo "${line}" > ~/.pgpass\n`), 1);
  assert.equal(found(`printf '${line}\\n' >> "$HOME/.pgpass"\n`), 1);
  assert.equal(found(`cat <<EOF > /root/.pgpass\n${line}\nEOF\n${line}\n`), 1, "the heredoc ends at its word");
  assert.equal(found(`echo "${line}" > /tmp/pool.log\n`), 0);
  assert.equal(found(`cat > notes.txt <<EOF\n${line}\nEOF\nchmod 600 ~/.pgpass\n`), 0);
  assert.equal(found(`export PGPASSWORD=x\necho "${line}"\n`), 0);
  // In a password file itself the text is read once, whatever it says of .pgpass.
  assert.equal(scanText({ content: `# copied from ~/.pgpass\n${entry}`, filePath: "/home/orders/.pgpass" }).length, 1);
});
