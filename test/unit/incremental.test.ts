// A DocumentScanner reuses work between scans of the same document; whatever the edit, its result
// must equal a fresh scan of the new text. Random edits (seeded) over a text full of findings.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DocumentScanner, scanText } from "../../src/engine";
import { CandidateLineIndex, commonPrefixLength, commonSuffixLength } from "../../src/engine/incremental";
import { candidateLines } from "../../src/engine/pattern-scan";
import { BUILT_IN_RULES } from "../../src/engine/rules";
import type { PatternRule } from "../../src/engine";

// Made-up values, assembled at run time.
const TOKEN = "ghp_" + "Q7w2Zr9Xk4Lm8Tn3Vb6Pd1Sf5Hy0Jc2Ga7Ke";
const PASSWORD = "Wq7!rZ2m" + "@Lp9";
const LINES = [
  `const githubToken = "${TOKEN}";`,
  `db_password = "${PASSWORD}"`,
  "export function total(items) { return items.length; }",
  "// a comment about the token cache",
  "",
  "-----BEGIN PRIVATE KEY-----",
  "TUlJRXZBSUJBREFOQmdrcWhraUc5dzBCQVFFRkFBU0NCS1l3Z2dTaUFnRUFBb0lC",
  "QVFDN2E3a044THltVXU4WjhEOXI5SzJtNk4xWmFVVDk2VXJGcWpsTDluQXFtWisx",
  "-----END PRIVATE KEY-----",
  "const apiKey = config.get('apiKey');",
  // A block comment opening and closing around lines: the rules that never report in a comment
  // skip the lines inside one, so an edit that opens or closes it changes those lines' results.
  "/*",
  " */",
  '  fetch("https://orders.internal.contoso.com/v2/items");',
];

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

test("common prefix and suffix lengths", () => {
  const a = "x".repeat(10_000) + "middle" + "y".repeat(9_000);
  const b = "x".repeat(10_000) + "MIDDLE!" + "y".repeat(9_000);
  assert.equal(commonPrefixLength(a, b), 10_000);
  assert.equal(commonSuffixLength(a, b), 9_000);
  assert.equal(commonPrefixLength("abc", "abc"), 3);
});

test("a line break typed first in the document: the candidate lines are a fresh pass's, with no stale entry at offset 0", () => {
  const index = new CandidateLineIndex();
  const before = `const githubToken = "${TOKEN}";\nconst other = 1;\n`;
  index.update(before, BUILT_IN_RULES);
  for (const edited of [`\n${before}`, `\n\n${before}`, `\r\n${before}`]) {
    assert.deepEqual(index.update(edited, BUILT_IN_RULES), candidateLines(edited, BUILT_IN_RULES), JSON.stringify(edited.slice(0, 3)));
    index.update(before, BUILT_IN_RULES);
  }
});

test("CRLF: a keystroke on a line ending in a continuation backslash keeps the secret on the line it continues", () => {
  // The keyword pass over the edited line must see the line's whole break: `\\` then `\r\n`.
  const before = ["#!/bin/bash", "mysql -u app \\", `  -p${PASSWORD}xT`, "echo done", ""].join("\r\n");
  const after = before.replace("-u app", "-u appx");
  const scanner = new DocumentScanner();
  scanner.scan({ content: before, filePath: "deploy.sh" });
  const fresh = scanText({ content: after, filePath: "deploy.sh" });
  assert.ok(fresh.some((finding) => finding.ruleId === "generic/multiline-secret"), "the fixture holds the finding");
  assert.deepEqual(scanner.scan({ content: after, filePath: "deploy.sh" }), fresh);
  const index = new CandidateLineIndex();
  index.update(before, BUILT_IN_RULES);
  assert.deepEqual(index.update(after, BUILT_IN_RULES), candidateLines(after, BUILT_IN_RULES));
});

test("a block comment opened or closed around a line: its configuration value comes and goes", () => {
  const url = '  fetch("https://orders.internal.contoso.com/v2/items");';
  const open = ["/**", " * Orders.", url, " */", "export {};"].join("\n");
  const closed = ["/** Orders. */", url, "export {};"].join("\n");
  const scanner = new DocumentScanner();
  for (const content of [open, closed, open, closed]) {
    const fresh = scanText({ content, filePath: "src/orders.ts" });
    assert.equal(fresh.filter((finding) => finding.ruleId === "config/internal-url").length, content === open ? 0 : 1);
    assert.deepEqual(scanner.scan({ content, filePath: "src/orders.ts" }), fresh);
  }
});

test("scanning after any edit equals a fresh scan", () => {
  const random = seeded(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const lines = Array.from({ length: 300 }, () => pick(LINES));
  const scanner = new DocumentScanner();
  for (let edit = 0; edit < 300; edit++) {
    const at = Math.floor(random() * lines.length);
    const kind = random();
    if (kind < 0.3) lines.splice(at, 1);
    else if (kind < 0.6) lines.splice(at, 0, pick(LINES));
    else if (kind < 0.8) lines[at] = (lines[at] ?? "") + pick(["x", " ", "\"", "=", "A"]);
    else lines[at] = (lines[at] ?? "").slice(0, Math.floor(random() * (lines[at]?.length ?? 0)));
    const content = lines.join("\n");
    const incremental = scanner.scan({ content, filePath: "src/edited.ts" });
    const fresh = scanText({ content, filePath: "src/edited.ts" });
    assert.deepEqual(incremental, fresh, `after edit ${edit}`);
  }
});

test("in a document of tens of thousands of candidate lines, an edit runs the rules on the edited line only", () => {
  let linesJudged = 0;
  const widgetRule: PatternRule = {
    id: "custom/widget-key",
    title: "Widget key",
    kind: "secret",
    docsUrl: "https://example.invalid/widget-key",
    keywords: ["widget_key"],
    pattern: /widget_key = (?<value>wk[0-9a-z]{10,})/dg,
    mayMatch: () => {
      linesJudged++;
      return true;
    },
  };
  const options = { customRules: [widgetRule] };
  const lines = Array.from({ length: 30_000 }, (_, i) => `widget_key = wk${(i * 7919 + 36 ** 9).toString(36)}q`);
  const scanner = new DocumentScanner();
  const first = scanner.scan({ content: lines.join("\n"), filePath: "widgets.conf", options });
  assert.ok(first.length > 29_000, "nearly every line holds a finding (a few values read as placeholders)");
  assert.equal(linesJudged, 30_000);

  lines[12_345] = "widget_key = wkeditedvalue42";
  linesJudged = 0;
  const content = lines.join("\n");
  const edited = scanner.scan({ content, filePath: "widgets.conf", options });
  assert.equal(linesJudged, 1, "only the edited line runs the rules again");
  assert.deepEqual(edited, scanText({ content, filePath: "widgets.conf", options }));
  // A renamed document: the path is part of every fingerprint, none may be reused.
  assert.deepEqual(scanner.scan({ content, filePath: "renamed.conf", options }), scanText({ content, filePath: "renamed.conf", options }));
});
