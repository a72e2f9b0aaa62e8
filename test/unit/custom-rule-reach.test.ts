// A custom rule runs around its keywords, not over whole long lines: a pattern that is slow on long
// text (which the load check cannot refuse) cannot make a scan's time grow faster than the text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseProjectConfig, scanText } from "../../src/engine";
import type { PatternRule } from "../../src/engine";
import { seededBytes } from "./seeded-bytes";

/** Keys of no particular value, the same on every run. */
const randomBytes = seededBytes(20261206);

/** Made-up base64 text of `length` characters, new on every run. */
function base64Text(length: number): string {
  return randomBytes(length).toString("base64").replace(/=/g, "").slice(0, length);
}

function customRules(rules: unknown[]): readonly PatternRule[] {
  const config = parseProjectConfig(JSON.stringify({ customRules: rules }));
  assert.deepEqual(config.problems, []);
  return config.options.customRules ?? [];
}

test("a pattern whose time grows with the square of the line scans a 200,000-character line quickly and finds what is near its keyword", () => {
  // Passes the load check: no nested quantifier, quick on the 1,024 characters it is tried on.
  const rules = customRules([{ id: "custom/suffix-secret", pattern: "(?<value>[A-Za-z0-9+/]{16,})_secret", keywords: ["_secret"], kind: "secret" }]);
  const near = base64Text(24).replace(/[+/]/g, "q");
  const far = base64Text(24).replace(/[+/]/g, "r");
  const content = `{"note":"${near}_secret","img":"${base64Text(200_000)}","end":"${far}_secret"}\n`;
  const started = performance.now();
  const found = scanText({ content, filePath: "data.json", options: { customRules: rules } });
  const elapsed = performance.now() - started;
  // A generous bound: the whole-line run took minutes; the windows take milliseconds.
  assert.ok(elapsed < 5000, `took ${Math.round(elapsed)} ms`);
  assert.deepEqual(
    found.filter((finding) => finding.ruleId === "custom/suffix-secret").map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset)),
    [near, far],
  );
});

test("on a long line, a linear pattern finds what it finds on the whole line", () => {
  const [rule] = customRules([{ id: "custom/acme-key", pattern: "acme_key=(?<value>[A-Za-z0-9]{20,})", keywords: ["acme_key="], kind: "secret" }]);
  assert.ok(rule?.reach !== undefined, "custom rules have a reach");
  const wholeLine: PatternRule = { ...rule, reach: undefined };
  // Keys at uneven distances: some share a window, some have one each, one sits at the line's end.
  const pieces: string[] = [];
  for (let i = 0; i < 60; i++) pieces.push(`${"-".repeat((i * 97) % 1500)}acme_key=${base64Text(30).replace(/[+/]/g, "z")}`);
  const content = `${pieces.join(" ")}\n`;
  const spans = (rules: readonly PatternRule[]) =>
    scanText({ content, filePath: "data.txt", options: { customRules: rules } })
      .filter((finding) => finding.ruleId === "custom/acme-key")
      .map((finding) => [finding.range.startOffset, finding.range.endOffset]);
  const expected = spans([wholeLine]);
  assert.equal(expected.length, 60);
  assert.deepEqual(spans([rule]), expected);
});

test("where a window cuts the line, ^ does not match at the cut", () => {
  const [rule] = customRules([{ id: "custom/head", pattern: "^(?<value>[A-Za-z0-9]{24})", keywords: ["marker"], kind: "secret" }]);
  // The keyword sits far from the line's start: its window starts mid-line, where ^ would match in the cut-out text.
  const content = `${"x".repeat(3000)}${base64Text(600).replace(/[+/]/g, "k")} marker\n`;
  const found = scanText({ content, filePath: "data.txt", options: { customRules: [rule!] } });
  assert.deepEqual(found.filter((finding) => finding.ruleId === "custom/head"), []);
});
