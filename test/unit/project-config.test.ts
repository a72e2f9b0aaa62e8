// .secrethygiene.json: what loads, what each mistake reports, and that the engine honours the result.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseProjectConfig, scan } from "../../src/engine";
import { IgnorePaths } from "../../src/engine/policy/path-filter";
import type { ProjectConfig } from "../../src/engine";

// Fake values, assembled here so no secret-shaped literal sits in the source.
const FAKE_GITHUB_TOKEN = ["ghp", "Rk2vLqP7ZeWn4hTsYd9mXc1uBo6JfGa3NiQe"].join("_");
const FAKE_INTERNAL_KEY = ["ACME", "k3y", "9f2b7c1e5d8a"].join("-");

function config(value: unknown): ProjectConfig {
  return parseProjectConfig(JSON.stringify(value, null, 2));
}

function messages(result: ProjectConfig): string[] {
  return result.problems.map((problem) => problem.message);
}

const FULL = {
  $schema: "./schemas/secrethygiene.schema.json",
  allow: ["^ghp_Example", "/^test-[a-z]+$/i"],
  disabledRules: ["azure/sas-token"],
  ignorePaths: ["test/fixtures/", "**/*.snap"],
  customRules: [
    {
      id: "custom/acme-key",
      title: "ACME internal key",
      pattern: "(?<value>ACME-k3y-[0-9a-f]{12})",
      keywords: ["ACME-"],
      kind: "secret",
      severity: "error",
    },
  ],
  baseline: "security/baseline.json",
};

test("a complete file loads without problems", () => {
  const result = config(FULL);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.ignorePaths, ["test/fixtures/", "**/*.snap"]);
  assert.equal(result.baselinePath, "security/baseline.json");
  assert.deepEqual(result.options.disabledRules, ["azure/sas-token"]);
  const [rule] = result.options.customRules ?? [];
  assert.ok(rule);
  assert.equal(rule.id, "custom/acme-key");
  assert.equal(rule.title, "ACME internal key");
  assert.equal(rule.kind, "secret");
  assert.equal(rule.severity, "error");
  assert.deepEqual(rule.keywords, ["acme-"], "keywords are lower-cased");
  assert.ok(rule.pattern.flags.includes("g") && rule.pattern.flags.includes("d"), `flags ${rule.pattern.flags}`);
  assert.match(rule.docsUrl, /^https:\/\//);
});

test("allow patterns are built without the g flag, and /pattern/flags keeps its flags", () => {
  const [bare, withFlags] = config(FULL).options.allow ?? [];
  assert.equal(bare?.flags, "");
  assert.equal(withFlags?.flags, "i");
  assert.ok(withFlags?.test("TEST-abc"));
  // Without g, test() has no lastIndex state: the same answer every time.
  assert.ok(withFlags?.test("TEST-abc"));
  assert.equal(config({ allow: ["/x/gi"] }).options.allow?.[0]?.flags, "i");
});

test("an empty object and a missing file mean the defaults", () => {
  const result = parseProjectConfig("{}");
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.options, {});
  assert.equal(result.baselinePath, ".secrethygiene-baseline.json");
});

test("comments and trailing commas are accepted", () => {
  const result = parseProjectConfig('{\n  // test keys from the docs\n  "allow": ["^EXAMPLE",],\n}\n');
  assert.deepEqual(result.problems, []);
  assert.equal(result.options.allow?.length, 1);
});

test("invalid JSON is reported where it is, and what parses still loads", () => {
  const text = '{\n  "disabledRules": ["azure/sas-token"]\n  "ignorePaths": ["dist/"]\n}\n';
  const result = parseProjectConfig(text);
  assert.equal(result.problems.length, 1);
  const [problem] = result.problems;
  assert.equal(problem?.message, "not valid JSON: ',' is expected");
  assert.equal(problem?.severity, "error");
  assert.equal(problem?.range.start.line, 2);
  assert.deepEqual(result.options.disabledRules, ["azure/sas-token"]);
  assert.deepEqual(result.ignorePaths, ["dist/"]);
  assert.match(messages(parseProjectConfig("[1, 2]"))[0]!, /must be a JSON object, not array/);
  assert.match(messages(parseProjectConfig(""))[0]!, /not valid JSON|empty/);
});

test("an unknown key is reported on the key, and the rest loads", () => {
  const result = config({ alow: ["x"], disabledRules: ["github/token"] });
  assert.deepEqual(messages(result), ["alow: unknown key (the file may have allow, disabledRules, ignorePaths, customRules, baseline)"]);
  const text = JSON.stringify({ alow: ["x"] });
  const range = result.problems[0]!.range;
  assert.equal(range.startOffset, JSON.stringify(JSON.parse(text), null, 2).indexOf('"alow"'));
  assert.deepEqual(result.options.disabledRules, ["github/token"]);
});

test("a key given twice is a warning on the one JSON ignores, at the top and in a custom rule", () => {
  const text = `{
  "allow": ["^first-list$"],
  "customRules": [{ "id": "custom/a", "pattern": "a", "pattern": "ab+c", "keywords": ["ab"], "kind": "secret" }],
  "allow": ["^second-list$"]
}`;
  const result = parseProjectConfig(text);
  assert.deepEqual(messages(result), [
    "allow: given again below, and only the last one applies: this one is ignored (merge the two)",
    "customRules[0].pattern: given again below, and only the last one applies: this one is ignored (merge the two)",
  ]);
  assert.ok(result.problems.every((problem) => problem.severity === "warning"));
  assert.equal(result.problems[0]!.range.start.line, 1, "on the first 'allow', the one that does not count");
  assert.equal(result.problems[1]!.range.startOffset, text.indexOf('"pattern"'));
  // What applies is what JSON.parse gives: the last of each.
  assert.deepEqual(result.options.allow?.map(String), ["/^second-list$/"]);
  assert.equal(result.options.customRules?.[0]?.pattern.source, "ab+c");
});

test("a bad regex is reported with its index, and the other patterns load", () => {
  const result = config({ allow: ["^ok$", "(unclosed", "^also-ok$"] });
  assert.equal(result.problems.length, 1);
  // The reason only: the pattern itself is not repeated into logs.
  assert.equal(messages(result)[0], "allow[1]: not a valid regular expression: Unterminated group");
  assert.equal(result.options.allow?.length, 2);
});

test("catastrophic-looking patterns are refused with advice", () => {
  for (const pattern of ["(a+)+", "(\\w+\\s?)*$", "(?:(ab)+c)+", "^(x*y?)+z", "/(a|b+)*$/i"]) {
    const result = config({ allow: [pattern] });
    assert.equal(result.options.allow, undefined, pattern);
    assert.match(messages(result)[0]!, /which itself repeats: such patterns can take exponential time/, pattern);
  }
  for (const pattern of ["(\\d+\\.){3}\\d+", "[a-z0-9_]+", "(ab)+", "a+b*", "\\p{L}+", "(a{2})+", "[(]a+[)]+"]) {
    assert.deepEqual(config({ allow: [pattern] }).problems, [], pattern);
  }
});

test("a group repeated a fixed number of times around a repeated dot is refused: the dot matches its separator too", () => {
  for (const pattern of ["(?:.*?;){6}Password=(?<value>[^;]+)", "(.*?,){11}P", "acme(?:.*){10}X", "(.+=){2}x"]) {
    const result = config({ allow: [pattern] });
    assert.equal(result.options.allow, undefined, pattern);
    assert.match(messages(result)[0]!, /which itself repeats: such patterns can take exponential time/, pattern);
  }
  // A class that leaves the separator out repeats safely, and a dot repeated once or not at all is fine.
  for (const pattern of ["(?:[^;]*;){6}Password=(?<value>[^;]+)", "(?:.*;)?Password=x", "(?:.){3}", "(\\.\\*;){6}", "(?:[A-Za-z0-9]+-){3}[A-Za-z0-9]+"]) {
    assert.deepEqual(config({ allow: [pattern] }).problems, [], pattern);
  }
});

test("patterns whose time multiplies on a run of one character are refused, though nothing nests", () => {
  for (const pattern of ["token=(\\w|\\d)+!", "(x|x)+y", "(a+){10}b", "^(\\w|_)+$", "(?:xy|x|y)+$"]) {
    const result = config({ allow: [pattern] });
    assert.equal(result.options.allow, undefined, pattern);
    assert.match(messages(result)[0]!, /slows down sharply on long runs of one character or one pair of characters/, pattern);
  }
  for (const pattern of ["(?:foo|bar)+", "(?:sk|pk)_(?:live|test)_[0-9a-zA-Z]{24,}", "\\b[A-Z0-9]{20}\\b", "(a+){10}"]) {
    assert.deepEqual(config({ allow: [pattern] }).problems, [], pattern);
  }
});

test("adjacent repeats of overlapping classes are refused: their time grows as a power of the line's length", () => {
  // Quick on a 32-character run, seconds on a 500-character line, hours on a long one.
  for (const pattern of ["key=.*.*.*.*x", "key=\\w*\\w*\\w*\\w*x", "key=[a-z]+[a-z]+[a-z]+[a-z]+!", "\\w+\\w+\\w+!"]) {
    const result = config({ customRules: [{ id: "custom/x", pattern, keywords: ["key="], kind: "secret" }] });
    assert.equal(result.options.customRules, undefined, pattern);
    assert.match(messages(result)[0]!, /slows down sharply on long runs of one character or one pair of characters/, pattern);
  }
  // Two repeats in a row are common and stay fast enough on any real line.
  for (const pattern of ["key=.*=.*x", "(?<value>[a-z]+@[a-z]+)", "password\\s*[:=]\\s*(?<value>\\S+)", "[A-Za-z0-9]+_[A-Za-z0-9]+"]) {
    assert.deepEqual(config({ customRules: [{ id: "custom/x", pattern, keywords: ["key="], kind: "secret" }] }).problems, [], pattern);
  }
});

test("an allow pattern that matches empty text would hide everything: refused", () => {
  const result = config({ allow: [".*"] });
  assert.match(messages(result)[0]!, /matches every value/);
  assert.equal(result.options.allow, undefined);
});

test("custom rule ids must start with custom/, with a suggestion", () => {
  const result = config({ customRules: [{ ...FULL.customRules[0], id: "acme-key" }] });
  assert.deepEqual(messages(result), [
    "customRules[0].id: custom rule ids start with 'custom/' so they never clash with built-in rules: use 'custom/acme-key'",
  ]);
  assert.equal(result.options.customRules, undefined);
  assert.match(messages(config({ customRules: [{ ...FULL.customRules[0], id: "github/token" }] }))[0]!, /use 'custom\/token'/);
  // A value pasted as the id is not written back with its punctuation replaced: that would show most of it.
  const pasted = ["Xq7", "kP2mLv9", "wTz"].join("#");
  const message = messages(config({ customRules: [{ ...FULL.customRules[0], id: pasted }] }))[0]!;
  assert.match(message, /start with 'custom\/' so they never clash with built-in rules, followed by a name of letters, digits/);
  assert.ok(!message.includes("kP2mLv9"), message);
});

test("a custom rule id with the prefix but an invalid name says what the name must be, and suggests only valid ids", () => {
  const idMessage = (id: string) => messages(config({ customRules: [{ ...FULL.customRules[0], id }] }))[0]!;
  const rule = "'custom/' must be followed by a name of letters, digits, '_', '.' and '-' that starts with a letter or digit";
  assert.equal(idMessage("custom/-x"), `customRules[0].id: ${rule}: use 'custom/x'`);
  assert.equal(idMessage("custom/_x"), `customRules[0].id: ${rule}: use 'custom/x'`);
  assert.equal(idMessage("custom/a/b"), `customRules[0].id: ${rule}: use 'custom/a-b'`);
  assert.equal(idMessage("custom/"), `customRules[0].id: ${rule}`);
  assert.equal(idMessage("custom/x y"), `customRules[0].id: ${rule}`);
  assert.equal(idMessage("custom/-"), `customRules[0].id: ${rule}`);
  // Without the prefix, a name that cleans up to nothing valid gets no suggestion either.
  assert.doesNotMatch(idMessage("--"), /use '/);
  for (const id of ["custom/-x", "custom/_x", "custom/", "custom/x y", "custom/a/b", "-acme", "github/token", "--", "a b"]) {
    const suggested = /use '([^']*)'/.exec(idMessage(id))?.[1];
    if (suggested !== undefined) assert.match(suggested, /^custom\/[A-Za-z0-9][\w.-]*$/, id);
  }
});

test("each broken custom rule is reported and left out; the good ones load", () => {
  const good = FULL.customRules[0]!;
  const result = config({
    customRules: [
      good,
      { ...good, id: "custom/acme-key" },
      { id: "custom/no-keywords", pattern: "x\\d+", kind: "secret" },
      { ...good, id: "custom/bad-kind", kind: "password" },
      { ...good, id: "custom/empty-match", pattern: "\\d*" },
      { ...good, id: "custom/extra", flags: "i" },
      "custom/not-an-object",
    ],
  });
  assert.deepEqual(messages(result), [
    "customRules[1].id: 'custom/acme-key' is already the id of another custom rule",
    "customRules[2]: 'keywords' is missing",
    'customRules[3].kind: must be one of "secret", "config"',
    "customRules[4].pattern: matches empty text, so it would report nothing useful",
    "customRules[5].flags: unknown key (custom rules have id, title, pattern, keywords, kind, severity, docsUrl)",
    "customRules[6]: must be an object with id, pattern, keywords and kind, not string",
  ]);
  // An unknown key is a mistake to fix, but the rule itself is complete: it still runs.
  assert.deepEqual(result.options.customRules?.map((rule) => rule.id), ["custom/acme-key", "custom/extra"]);
});

test("disabledRules: an unknown id is a warning and stays in the list", () => {
  const result = config({ disabledRules: ["github/token", "github/tokens", "custom/acme-key"], customRules: FULL.customRules });
  assert.deepEqual(result.problems.map((p) => [p.message, p.severity]), [["disabledRules[1]: no rule has the id 'github/tokens'", "warning"]]);
  assert.deepEqual(result.options.disabledRules, ["github/token", "github/tokens", "custom/acme-key"]);
});

test("wrong types are reported by key", () => {
  const result = config({ allow: "x", ignorePaths: [1, "", "ok/"], baseline: "/etc/baseline.json", customRules: {} });
  assert.deepEqual(messages(result), [
    "allow: must be an array of strings, not string",
    "customRules: must be an array of rules, not object",
    "ignorePaths[0]: must be a non-empty string, not number",
    "ignorePaths[1]: must be a non-empty string, not an empty one",
    "baseline: must be a path relative to this folder, inside it",
  ]);
  assert.deepEqual(result.ignorePaths, ["ok/"]);
  assert.equal(result.baselinePath, ".secrethygiene-baseline.json");
});

test("the engine honours the result: custom rule, disabled rule, allow-list", async () => {
  const content = [`const key = "${FAKE_INTERNAL_KEY}";`, `const token = "${FAKE_GITHUB_TOKEN}";`, `const other = "ACME";`].join("\n");
  const plain = await scan({ content, filePath: "src/app.ts" });
  assert.deepEqual(plain.map((f) => f.ruleId), ["github/token"]);

  const { options } = config({ customRules: FULL.customRules });
  const withCustom = await scan({ content, filePath: "src/app.ts", options });
  assert.deepEqual(withCustom.map((f) => [f.ruleId, f.range.start.line, f.severity]), [
    ["custom/acme-key", 0, "error"],
    ["github/token", 1, undefined],
  ]);
  const custom = withCustom[0]!;
  assert.equal(content.slice(custom.range.startOffset, custom.range.endOffset), FAKE_INTERNAL_KEY, "the value group is the span");
  assert.ok(!custom.message.includes(FAKE_INTERNAL_KEY));

  const disabled = config({ customRules: FULL.customRules, disabledRules: ["github/token"] }).options;
  assert.deepEqual((await scan({ content, filePath: "src/app.ts", options: disabled })).map((f) => f.ruleId), ["custom/acme-key"]);

  const allowed = config({ customRules: FULL.customRules, allow: ["^ACME-k3y-"] }).options;
  assert.deepEqual((await scan({ content, filePath: "src/app.ts", options: allowed })).map((f) => f.ruleId), ["github/token"]);
});

test("names quoted from the file are shortened when long or unusual: a pasted token is never repeated whole", () => {
  const token = ["ghp", "Rk7Tq2Vm9Xw4Lp8Hs3Jd6Fb1Nc5Yz0Ga2KeU"].join("_");
  const config = parseProjectConfig(JSON.stringify({ [token]: true, disabledRules: [token], customRules: [{ id: token, pattern: "x", keywords: ["x"], kind: "secret" }] }));
  const messages = config.problems.map((problem) => problem.message).join("\n");
  assert.ok(config.problems.length >= 3, "each is reported");
  assert.ok(!messages.includes(token), "no message holds the token");
  assert.match(messages, /ghp_…\(40\)/);
  // 32 hex digits, an AI services key's shape, is shortened too.
  const hex = ["9f3a2c1e", "7b5d4a8f", "9e0c1b2a", "3d4e5f61"].join("");
  assert.ok(!parseProjectConfig(JSON.stringify({ [hex]: true })).problems.some((problem) => problem.message.includes(hex)), "no message holds the key");
  // Short, plain names are quoted as they are.
  assert.match(parseProjectConfig(JSON.stringify({ ignorePath: [] })).problems[0]!.message, /^ignorePath: unknown key/);
});

test("a custom rule's ^ and $ anchor at each line's ends, with \\n, \\r\\n or lone \\r line breaks", async () => {
  const { options } = config({ customRules: [{ id: "custom/acme-key", pattern: "^key=(?<value>ACME-k3y-[0-9a-f]{12})$", keywords: ["ACME-"], kind: "secret" }] });
  for (const [name, lineBreak] of [["LF", "\n"], ["CRLF", "\r\n"], ["CR", "\r"]] as const) {
    const content = ["[acme]", `key=${FAKE_INTERNAL_KEY}`, "other=1", ""].join(lineBreak);
    const found = await scan({ content, filePath: "acme.conf", options });
    assert.deepEqual(found.map((f) => [f.ruleId, f.range.start.line]), [["custom/acme-key", 1]], name);
  }
});

test("ignorePaths: a leading ./ anchors the pattern to the folder (it matched nothing before)", () => {
  const result = config({ ignorePaths: ["./dist/", "./logs/*.log", "!./logs/keep.log", "././gen", "./", "."] });
  assert.deepEqual(result.ignorePaths, ["/dist/", "/logs/*.log", "!/logs/keep.log", "/gen"]);
  const wholeFolder = "names this whole folder: list the files and folders to leave out instead";
  assert.deepEqual(messages(result), [`ignorePaths[4]: ${wholeFolder}`, `ignorePaths[5]: ${wholeFolder}`]);
  const ignored = (file: string) => new IgnorePaths(result.ignorePaths).matches(file);
  assert.equal(ignored("dist/app.js"), true);
  assert.equal(ignored("src/dist/app.js"), false, "anchored: only this folder's dist/");
  assert.equal(ignored("logs/run.log"), true);
  assert.equal(ignored("logs/keep.log"), false, "the negation is anchored too");
  assert.equal(ignored("gen/x.ts"), true);
});

test("a file nested thousands of levels deep is one problem, not a stack overflow that stops the run", () => {
  const deep = `{"allow": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
  const result = parseProjectConfig(deep);
  assert.deepEqual(messages(result), ["nested more than 256 levels deep: not read"]);
  assert.equal(result.options.allow, undefined);
});

test("a `\\b` that JSON read as a backspace is refused with the escape to write, not loaded as a rule that never matches", () => {
  const result = parseProjectConfig('{ "customRules": [{ "id": "custom/acme", "pattern": "\\bacme_live_[0-9a-f]{24}\\b", "keywords": ["acme_live_"], "kind": "secret" }] }');
  assert.equal(result.options.customRules?.length ?? 0, 0);
  assert.match(messages(result)[0]!, /customRules\[0\]\.pattern: the pattern holds a control character where JSON read \\b as one: write \\\\b/);
  const written = parseProjectConfig('{ "customRules": [{ "id": "custom/acme", "pattern": "\\\\bacme_live_[0-9a-f]{24}\\\\b", "keywords": ["acme_live_"], "kind": "secret" }] }');
  assert.equal(written.problems.length, 0);
  assert.equal(written.options.customRules?.length, 1);
});

test("ignorePaths written with Windows' backslashes are read with '/', with a warning; an escaped bracket stays escaped", () => {
  const result = config({ ignorePaths: ["test\\**\\fixtures\\", "logs\\*.txt", "..\\outside", "docs/\\[draft\\].md"] });
  assert.deepEqual(result.ignorePaths, ["test/**/fixtures/", "logs/*.txt", "docs/\\[draft\\].md"]);
  assert.deepEqual(messages(result), [
    `ignorePaths[0]: '\\' is read as '/': write "test/**/fixtures/"`,
    `ignorePaths[1]: '\\' is read as '/': write "logs/*.txt"`,
    `ignorePaths[2]: '\\' is read as '/': write "../outside"`,
    "ignorePaths[2]: patterns are relative to this folder and cannot reach outside it ('..')",
  ]);
});

test("a custom rule that finds the same value as a built-in rule is the one reported", async () => {
  const { options } = config({ customRules: [{ id: "custom/orders-db-password", pattern: "password=(?<value>Ord-[A-Za-z0-9]{12})", keywords: ["password="], kind: "secret" }] });
  const content = `DB_PASSWORD=Ord-Vq8rT2mZx9Lp\npassword=Ord-Tq4vXz8LmP2w\n`;
  const found = await scan({ content, filePath: ".env", options });
  assert.deepEqual(found.map((f) => f.ruleId), ["generic/named-secret", "custom/orders-db-password"]);
});

test("a custom configuration rule does not hide a built-in secret on the same value: a URL with a password stays a secret", async () => {
  const { options } = config({ customRules: [{ id: "custom/internal-url", pattern: "https://[\\w.:@-]+\\.internal[^\\s\"']*", keywords: [".internal"], kind: "config" }] });
  const password = ["Xq7vLm2P", "zR9tKwB4"].join("");
  const found = await scan({ content: `orders:\n  apiUrl: https://svc:${password}@orders.internal/v1\n  docsUrl: https://docs.internal/orders\n`, filePath: "config/app.yaml", options });
  assert.deepEqual(found.map((f) => [f.ruleId, f.kind]), [["url/credentials", "secret"], ["custom/internal-url", "config"]]);
  assert.ok(!found.some((f) => f.message.includes(password)), "no message holds the password");
});

test("a custom secret rule that wins a connection string's password keeps the whole string as one credential", async () => {
  const { options } = config({ customRules: [{ id: "custom/orders-db-password", pattern: "(?<value>Ord-[A-Za-z0-9]{12})", keywords: ["Ord-"], kind: "secret" }] });
  const password = ["Ord-", "Vq8rT2mZx9Lp"].join("");
  const connection = `Server=tcp:orders-db.database.windows.net;Database=orders;User ID=app;Password=${password}`;
  const content = `{ "ConnectionStrings": { "Orders": "${connection};" } }\n`;
  const [found, ...rest] = await scan({ content, filePath: "appsettings.json", options });
  assert.equal(rest.length, 0);
  assert.equal(found!.ruleId, "custom/orders-db-password");
  assert.ok(found!.compound, "a compound credential");
  assert.equal(content.slice(found!.compound.startOffset, found!.compound.endOffset), connection);
});

test("a workspace's rules leave the built-in rules' findings as they are, compound or not", async () => {
  const unrelated = config({
    customRules: [
      { id: "custom/orders-key", pattern: "(?<value>ordk_[0-9a-f]{24})", keywords: ["ordk_"], kind: "secret" },
      { id: "custom/internal-url", pattern: "https://[\\w.-]+\\.internal\\b", keywords: [".internal"], kind: "config" },
    ],
  }).options;
  const pat = ["q7vx2mkd5rt4wzl6bn3c", "hp6sy2fj5ga3ue7xk2mv", "d5rt4wzl6bn3"].join("");
  const content = `git clone https://${pat}@dev.azure.com/contoso/orders/_git/orders\n`;
  const plain = await scan({ content, filePath: "scripts/clone.sh" });
  assert.ok(plain.length > 0, "the built-in rules find the token");
  assert.deepEqual(await scan({ content, filePath: "scripts/clone.sh", options: unrelated }), plain);
});
