// Runs the engine over test/fixtures/engine: every `ng.*` case must produce exactly the findings
// in its expected.json (rule, position, length, redacted preview); every `ok.*` case none.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { knownRules, scan } from "../../src/engine";
import { fixtureInput } from "./engine-fixture-input";

interface Expected {
  ruleId: string;
  line: number;
  column: number;
  length?: number;
  endLine?: number;
  preview: string;
  /** For a compound credential: where the whole connection string starts, and its length. */
  compoundColumn?: number;
  compoundLength?: number;
}

const root = path.join(__dirname, "..", "fixtures", "engine");

for (const name of readdirSync(root).sort()) {
  const dir = path.join(root, name);
  const inputName = fixtureInput(dir);
  const content = readFileSync(path.join(dir, inputName), "utf8");

  test(`${name} (${inputName})`, async () => {
    const findings = await scan({ content, filePath: `${name}/${inputName}` });
    const expected: Expected[] = name.startsWith("ok.") ? [] : JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8"));
    assert.equal(findings.length, expected.length, `finding count for ${name}`);
    findings.forEach((finding, i) => {
      const want = expected[i]!;
      assert.equal(finding.ruleId, want.ruleId);
      assert.equal(finding.range.start.line + 1, want.line, "start line");
      assert.equal(finding.range.start.character + 1, want.column, "start column");
      if (want.length !== undefined) assert.equal(finding.range.endOffset - finding.range.startOffset, want.length, "value length");
      if (want.endLine !== undefined) assert.equal(finding.range.end.line + 1, want.endLine, "end line");
      assert.equal(finding.preview, want.preview);
      if (want.compoundLength !== undefined) {
        assert.ok(finding.compound, "a compound credential");
        assert.equal(finding.compound.start.character + 1, want.compoundColumn, "compound start column");
        assert.equal(finding.compound.endOffset - finding.compound.startOffset, want.compoundLength, "compound length");
      }
      const value = content.slice(finding.range.startOffset, finding.range.endOffset);
      // The span is the value itself: no quotes, no separators, no surrounding whitespace.
      assert.doesNotMatch(value, /^["'\s=:]|["'\s;,]$/, "span is trimmed to the value");
      // Secrets appear only redacted; configuration values are shown, they are what the user moves.
      if (finding.kind === "secret") assert.ok(!finding.message.includes(value), "message does not contain the secret");
      else assert.match(finding.ruleId, /^config\//, "only config rules report kind config");
      assert.ok(finding.message.includes(finding.preview), "message shows the redacted preview");
    });
  });
}

test("every built-in rule has an ng.* fixture that expects it", () => {
  const expectedRules = new Set<string>();
  for (const name of readdirSync(root).filter((entry) => entry.startsWith("ng."))) {
    for (const want of JSON.parse(readFileSync(path.join(root, name, "expected.json"), "utf8")) as Expected[]) expectedRules.add(want.ruleId);
  }
  const uncovered = knownRules().filter((rule) => !expectedRules.has(rule.id)).map((rule) => rule.id);
  assert.deepEqual(uncovered, [], "rules without a positive fixture");
});
