// generic/multiline-secret is text-scoped but looks only at the lines that woke it: the engine
// passes their offsets, and the result must equal a search of the whole text.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { DocumentScanner } from "../../src/engine";
import { candidateLines } from "../../src/engine/pattern-scan";
import { BUILT_IN_RULES } from "../../src/engine/rules";
import type { ScannerRule } from "../../src/engine/rules/types";

const rule = BUILT_IN_RULES.find((candidate) => candidate.id === "generic/multiline-secret") as ScannerRule;
const fixture = readFileSync(path.join(__dirname, "..", "fixtures", "engine", "ng.generic-multiline-credentials", "input.md"), "utf8");
const context = { filePath: "notes.md", fileType: "text" as const };

test("the lines that woke the rule give what a search of the whole text gives", () => {
  const wokenAt = candidateLines(fixture, BUILT_IN_RULES).filter((line) => line.rules.includes(rule)).map((line) => line.start);
  assert.ok(wokenAt.length >= 3);
  assert.deepEqual(rule.find(fixture, context, wokenAt), rule.find(fixture, context));
});

test("an edit far from the credential keeps it found; an edit to its keyword line drops it", () => {
  const scanner = new DocumentScanner();
  const count = (content: string) => scanner.scan({ content, filePath: context.filePath }).filter((finding) => finding.ruleId === rule.id).length;
  assert.equal(count(fixture), 3);
  assert.equal(count(`intro line\n${fixture}`), 3);
  assert.equal(count(fixture.replace("machine git.internal.test", "host git.internal.test")), 2);
});
