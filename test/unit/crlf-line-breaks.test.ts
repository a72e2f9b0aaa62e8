// A file checked out with Windows line breaks (Git for Windows' default), or saved with an old
// Mac's (`\r` alone), must give the findings the same file gives with LF: the same values, lines,
// columns, previews and fingerprints, with offsets that point into the file's own text and never
// take a `\r` into a value.
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
  const value = content.slice(finding.range.startOffset, finding.range.endOffset).replace(/\r\n?/g, "\n");
  return { ruleId: finding.ruleId, start: finding.range.start, end: finding.range.end, preview: finding.preview, fingerprint: finding.fingerprint, keyName: finding.keyName, value };
}

for (const [breakName, lineBreak] of [["CRLF", "\r\n"], ["lone CR", "\r"]] as const) {
  test(`every engine and configuration-value fixture gives the same findings with ${breakName} line breaks as with LF`, () => {
    let compared = 0;
    for (const [root, name] of roots.flatMap((root) => readdirSync(root).sort().map((name) => [root, name] as const))) {
      const inputName = fixtureInput(path.join(root, name));
      const lf = readFileSync(path.join(root, name, inputName), "utf8");
      if (lf.includes("\r") || !lf.includes("\n")) continue;
      const other = lf.replaceAll("\n", lineBreak);
      const filePath = `${name}/${inputName}`;
      const withLf = scanText({ content: lf, filePath }).map((finding) => comparable(finding, lf));
      const withOther = scanText({ content: other, filePath });
      assert.deepEqual(withOther.map((finding) => comparable(finding, other)), withLf, name);
      for (const finding of withOther) {
        assert.ok(!/\r$/.test(other.slice(finding.range.startOffset, finding.range.endOffset)), `${name}: a value ends in \\r`);
        if (finding.compound) assert.ok(!/^\r|\r$/.test(other.slice(finding.compound.startOffset, finding.compound.endOffset)), `${name}: a connection string ends in \\r`);
      }
      compared++;
    }
    assert.ok(compared > 650, `${compared} fixtures compared`);
  });
}

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

test("the view maps offsets back past each removed \\r, reads a lone CR as a line feed in its place, and leaves LF text as it is", () => {
  const raw = "a\r\nbc\r\n\r\nd";
  const view = lineFeedView(raw);
  assert.equal(view.content, "a\nbc\n\nd");
  for (let offset = 0; offset <= view.content.length; offset++) {
    const back = view.toRaw(offset);
    assert.equal(raw.slice(0, back).replaceAll("\r\n", "\n"), view.content.slice(0, offset), `offset ${offset}`);
    assert.notEqual(raw[back - 1], "\r", `offset ${offset} lands between \\r and \\n`);
  }
  const unchanged = lineFeedView("a\nb");
  assert.equal(unchanged.content, "a\nb");
  assert.equal(unchanged.toRaw(2), 2);
  const oldMac = lineFeedView("a\rb\r\rc");
  assert.equal(oldMac.content, "a\nb\n\nc");
  for (let offset = 0; offset <= oldMac.content.length; offset++) assert.equal(oldMac.toRaw(offset), offset);
  // Both kinds in one text: each lone `\r` keeps its place, each `\r\n` loses its `\r`.
  const mixed = "a\rb\r\nc\r\r\nd";
  const mixedView = lineFeedView(mixed);
  assert.equal(mixedView.content, "a\nb\nc\n\nd");
  assert.deepEqual([...mixedView.content].map((character, offset) => (character === "\n" ? mixed[mixedView.toRaw(offset)] : character)), ["a", "\r", "b", "\r", "c", "\r", "\r", "d"]);
  assert.equal(mixedView.toRaw(mixedView.content.length), mixed.length);
});
