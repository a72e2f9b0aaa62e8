// A file checked out with Windows line breaks (Git for Windows' default) must give the findings
// the same file gives with LF: the same values, lines, columns, previews and fingerprints, with
// offsets that point into the CRLF text and never take a `\r` into a value.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { DocumentScanner, scanText, type Finding } from "../../src/engine";
import { lineFeedView } from "../../src/engine/line-feed-view";
import { fixtureInput } from "./engine-fixture-input";

const roots = ["engine", "config-values"].map((folder) => path.join(__dirname, "..", "fixtures", folder));

/** What must not change with the line breaks: everything but the offsets. */
function comparable(finding: Finding, content: string) {
  const value = content.slice(finding.range.startOffset, finding.range.endOffset).replaceAll("\r\n", "\n");
  return { ruleId: finding.ruleId, start: finding.range.start, end: finding.range.end, preview: finding.preview, fingerprint: finding.fingerprint, keyName: finding.keyName, value };
}

test("every engine and configuration-value fixture gives the same findings with CRLF line breaks as with LF", () => {
  let compared = 0;
  for (const [root, name] of roots.flatMap((root) => readdirSync(root).sort().map((name) => [root, name] as const))) {
    const inputName = fixtureInput(path.join(root, name));
    const lf = readFileSync(path.join(root, name, inputName), "utf8");
    if (lf.includes("\r") || !lf.includes("\n")) continue;
    const crlf = lf.replaceAll("\n", "\r\n");
    const filePath = `${name}/${inputName}`;
    const withLf = scanText({ content: lf, filePath }).map((finding) => comparable(finding, lf));
    const withCrlf = scanText({ content: crlf, filePath });
    assert.deepEqual(withCrlf.map((finding) => comparable(finding, crlf)), withLf, name);
    for (const finding of withCrlf) {
      assert.ok(!/\r$/.test(crlf.slice(finding.range.startOffset, finding.range.endOffset)), `${name}: a value ends in \\r`);
      if (finding.compound) assert.ok(!/^\r|\r$/.test(crlf.slice(finding.compound.startOffset, finding.compound.endOffset)), `${name}: a connection string ends in \\r`);
    }
    compared++;
  }
  assert.ok(compared > 650, `${compared} fixtures compared`);
});

test("as-you-type scans of a CRLF document point into the document's own text", () => {
  const password = "Vb8" + "qLz2Nw5Tr";
  const before = ["# deploy settings", "DB_HOST=db.internal", "LOG_LEVEL=info"].join("\r\n");
  const after = ["# deploy settings", "DB_HOST=db.internal", `DB_PASSWORD=${password}`, "LOG_LEVEL=info"].join("\r\n");
  const scanner = new DocumentScanner();
  scanner.scan({ content: before, filePath: ".env" });
  const [finding] = scanner.scan({ content: after, filePath: ".env" }).filter((found) => found.kind === "secret");
  assert.ok(finding);
  assert.equal(after.slice(finding.range.startOffset, finding.range.endOffset), password);
  assert.deepEqual(finding.range.start, { line: 2, character: "DB_PASSWORD=".length });
});

test("the view maps offsets back past each removed \\r, and leaves LF and lone-CR text as it is", () => {
  const raw = "a\r\nbc\r\n\r\nd";
  const view = lineFeedView(raw);
  assert.equal(view.content, "a\nbc\n\nd");
  for (let offset = 0; offset <= view.content.length; offset++) {
    const back = view.toRaw(offset);
    assert.equal(raw.slice(0, back).replaceAll("\r\n", "\n"), view.content.slice(0, offset), `offset ${offset}`);
    assert.notEqual(raw[back - 1], "\r", `offset ${offset} lands between \\r and \\n`);
  }
  for (const text of ["a\nb", "a\rb"]) {
    const same = lineFeedView(text);
    assert.equal(same.content, text);
    assert.equal(same.toRaw(2), 2);
  }
});
