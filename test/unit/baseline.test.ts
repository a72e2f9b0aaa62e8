// Baselines: scan → baseline → rescan gives nothing; a new secret is the only finding; the file is
// the same byte for byte every time, and holds no value or preview.
import assert from "node:assert/strict";
import { test } from "node:test";
import { BaselineError, createBaseline, filterBaselined, parseBaseline, scan } from "../../src/engine";
import type { Finding } from "../../src/engine";

// Fake GitHub-token-shaped values, assembled so the source holds no secret-shaped literal.
const FAKE_TOKENS = ["Rk2vLqP7ZeWn4hTsYd9mXc1uBo6JfGa3NiQe", "tH5wEoZ1kVqR8mLyC3bNxJ7dUaP0sGf2TiWo", "mW9pDzK2cQ7xVhB4nTr1YeL6aFs3JuGo8kZi"].map(
  (tail) => ["ghp", tail].join("_"),
);

const FILES: Record<string, string> = {
  "src/app.ts": `export const token = "${FAKE_TOKENS[0]}";\nexport const again = "${FAKE_TOKENS[0]}";\n`,
  "deploy/run.sh": `export GH_TOKEN=${FAKE_TOKENS[1]}\n`,
};

async function scanAll(files: Record<string, string>): Promise<Map<string, Finding[]>> {
  const results = new Map<string, Finding[]>();
  for (const [file, content] of Object.entries(files)) results.set(file, await scan({ content, filePath: file }));
  return results;
}

test("scan → baseline → rescan reports nothing", async () => {
  const first = await scanAll(FILES);
  assert.equal([...first.values()].flat().length, 3, "two tokens in app.ts (one twice), one in run.sh");
  const baseline = parseBaseline(createBaseline(first));
  const again = await scanAll(FILES);
  for (const findings of again.values()) assert.deepEqual(filterBaselined(findings, baseline), []);
});

test("a new secret is the only finding, wherever the old ones moved", async () => {
  const baseline = parseBaseline(createBaseline(await scanAll(FILES)));
  const edited = {
    ...FILES,
    // Lines moved, and a new token added between the old ones.
    "src/app.ts": `// header\n\nexport const token = "${FAKE_TOKENS[0]}";\nexport const added = "${FAKE_TOKENS[2]}";\nexport const again = "${FAKE_TOKENS[0]}";\n`,
  };
  const reported = [...(await scanAll(edited)).entries()].flatMap(([file, findings]) =>
    filterBaselined(findings, baseline).map((finding) => ({ file, line: finding.range.start.line })),
  );
  assert.deepEqual(reported, [{ file: "src/app.ts", line: 3 }]);
});

test("the same findings give the same bytes, sorted by file then fingerprint", async () => {
  const first = createBaseline(await scanAll(FILES));
  const reversed = new Map([...(await scanAll(FILES)).entries()].reverse());
  assert.equal(createBaseline(reversed), first);
  const parsed = JSON.parse(first);
  assert.deepEqual(Object.keys(parsed), ["version", "findings"]);
  assert.equal(parsed.version, 1);
  const keys = parsed.findings.map((entry: { file: string; fingerprint: string }) => `${entry.file} ${entry.fingerprint}`);
  assert.deepEqual(keys, [...keys].sort());
  assert.deepEqual(parsed.findings.map((entry: { file: string }) => entry.file), ["deploy/run.sh", "src/app.ts", "src/app.ts"]);
  for (const entry of parsed.findings) assert.deepEqual(Object.keys(entry), ["fingerprint", "ruleId", "file"]);
  assert.ok(first.endsWith("}\n"));
});

test("the file holds no value, no preview, no line number", async () => {
  const findings = await scanAll(FILES);
  const text = createBaseline(findings);
  for (const token of FAKE_TOKENS) assert.ok(!text.includes(token.slice(4, 14)), "no part of a value");
  for (const finding of [...findings.values()].flat()) assert.ok(!text.includes(finding.preview), "no preview");
  assert.doesNotMatch(text, /"line"|"column"|"time|"date/);
});

test("paths are stored relative with forward slashes", () => {
  const text = createBaseline(new Map([["./src\\win\\file.ts", [{ fingerprint: "a".repeat(32), ruleId: "github/token" }]]]));
  assert.equal(JSON.parse(text).findings[0].file, "src/win/file.ts");
});

test("kept entries (files this run did not scan) are carried over, new ones win", () => {
  const kept = [
    { fingerprint: "b".repeat(32), ruleId: "aws/secret-access-key", file: "other/file.py" },
    { fingerprint: "c".repeat(32), ruleId: "old/rule", file: "src/app.ts" },
  ];
  const text = createBaseline(new Map([["src/app.ts", [{ fingerprint: "c".repeat(32), ruleId: "github/token" }]]]), kept);
  assert.deepEqual(parseBaseline(text).entries, [
    { fingerprint: "b".repeat(32), ruleId: "aws/secret-access-key", file: "other/file.py" },
    { fingerprint: "c".repeat(32), ruleId: "github/token", file: "src/app.ts" },
  ]);
});

test("a malformed baseline is refused with a message that says what is wrong", () => {
  const cases: [string, RegExp][] = [
    ["{not json", /^not valid JSON/],
    ["[]", /expected an object like/],
    ['{"findings": []}', /unsupported version \(missing\): this version of Secret Hygiene reads version 1/],
    ['{"version": 2, "findings": []}', /unsupported version \(2\)/],
    // A file given as the baseline by mistake may hold secrets anywhere: a version that is no number is not quoted.
    ['{"version": {"db": {"password": "Hq7-vT2-xW9"}}, "findings": []}', /^unsupported version \(of type object\): (?!.*Hq7)/],
    ['{"version": "Hq7-vT2-xW9", "findings": []}', /^unsupported version \(of type string\): (?!.*Hq7)/],
    ['{"version": 1}', /'findings' must be an array/],
    ['{"version": 1, "findings": [{"fingerprint": "xyz", "ruleId": "r/x", "file": "a"}]}', /findings\[0\]: 'fingerprint' must be 32 lower-case hex digits/],
    [`{"version": 1, "findings": [{"fingerprint": "${"a".repeat(32)}", "file": "a"}]}`, /findings\[0\]: 'ruleId' must be a rule id/],
    [`{"version": 1, "findings": [{"fingerprint": "${"a".repeat(32)}", "ruleId": "r/x"}]}`, /findings\[0\]: 'file' must be a relative path/],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseBaseline(text), (error: unknown) => error instanceof BaselineError && message.test(error.message), text);
  }
});

test("no baseline filters nothing", async () => {
  const findings = [...(await scanAll(FILES)).values()].flat();
  assert.equal(filterBaselined(findings, undefined).length, findings.length);
});
