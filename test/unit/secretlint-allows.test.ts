// .secretlintrc.json allows: strings match inside the value, /regex/flags as regexes, presets nested.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseSecretlintAllows } from "../../src/engine";

const SECRETLINTRC = JSON.stringify({
  rules: [
    {
      id: "@secretlint/secretlint-rule-preset-recommend",
      rules: [{ id: "@secretlint/secretlint-rule-aws", options: { allows: ["EXAMPLEKEY", "/^test-[a-z]+$/i"] } }],
    },
    { id: "@secretlint/secretlint-rule-pattern", options: { allows: ["a.b"] } },
  ],
});

test("allows from every rule, nested presets included", () => {
  const { allow, problems } = parseSecretlintAllows(SECRETLINTRC);
  assert.deepEqual(problems, []);
  assert.equal(allow.length, 3);
  const [plain, regex, dotted] = allow;
  assert.ok(plain?.test("AKIAEXAMPLEKEY123"), "a plain string matches inside the value, as in secretlint");
  assert.ok(regex?.test("TEST-abc"));
  assert.ok(!regex?.test("prod-abc"));
  assert.ok(dotted?.test("xa.by") && !dotted.test("axb"), "a plain string is literal text, not a regex");
  for (const pattern of allow) assert.ok(!pattern.global, "no g flag: the engine calls test()");
});

test("a file without allows, or with other settings only, gives none", () => {
  assert.deepEqual(parseSecretlintAllows('{"rules": [{"id": "@secretlint/secretlint-rule-preset-recommend"}]}'), { allow: [], problems: [] });
  assert.deepEqual(parseSecretlintAllows("{}"), { allow: [], problems: [] });
});

test("broken entries are warnings; the rest still loads", () => {
  const { allow, problems } = parseSecretlintAllows(JSON.stringify({ rules: [{ id: "x", options: { allows: ["/(a+)+/", "ok", 3, "/.*/"] } }] }));
  assert.equal(allow.length, 1);
  assert.deepEqual(
    problems.map((p) => [p.path, p.severity]),
    [
      ["rules[0].options.allows[0]", "warning"],
      ["rules[0].options.allows[2]", "warning"],
      ["rules[0].options.allows[3]", "warning"],
    ],
  );
  assert.match(parseSecretlintAllows("{ nope").problems[0]!.message, /^not valid JSON/);
});

test("the file is read as secretlint reads it, as JSON5: unquoted keys, single quotes, trailing commas", () => {
  const json5 = ["{ // secretlint reads this file as JSON5", "  rules: [ { id: '@secretlint/secretlint-rule-preset-recommend',", "    options: { allows: ['EXAMPLEKEY', '/^test-/i', 3], }, }, ], }", ""].join("\n");
  const { allow, problems } = parseSecretlintAllows(json5);
  assert.equal(allow.length, 2);
  assert.ok(allow[0]?.test("AKIAEXAMPLEKEY123"));
  assert.ok(allow[1]?.test("TEST-abc"));
  // A broken entry is still named by its path, at the file's start (the JSON read has other offsets).
  assert.deepEqual(
    problems.map((p) => [p.path, p.severity, p.range.start.line]),
    [["rules[0].options.allows[2]", "warning", 0]],
  );
});

test("a file secretlint could not read either is a warning, not an error: it is not our configuration", () => {
  const { allow, problems } = parseSecretlintAllows('{\n  "rules": [\n    { id: "x" oops }\n  ]\n}\n');
  assert.deepEqual(allow, []);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.severity, "warning");
  assert.match(problems[0]!.message, /^not valid JSON5, as secretlint reads it \(invalid character 'o'\): its allows do not apply$/);
  assert.deepEqual(problems[0]!.range.start, { line: 2, character: 14 }, "where JSON5's parser stopped");
});
