// Inline ignore markers: every form, in every comment syntax, with rule ids and reasons.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isIgnored, parseInlineIgnores } from "../../src/engine";
import { ignoreCommentLine } from "../../src/extension/ignore-comment";

const RULE = "github/token";
const OTHER_RULE = "azure/sas-token";

/** Lines (zero-based) on which `ruleId` is silenced, among the first `lineCount`. */
function silencedLines(text: string, ruleId = RULE, filePath?: string): number[] {
  const ignores = parseInlineIgnores(text, filePath);
  const lineCount = text.split(/\r\n|\r|\n/).length + 1;
  return Array.from({ length: lineCount }, (_, line) => line).filter((line) => isIgnored(ignores, line, ruleId));
}

test("no markers: nothing is ignored, and the result is the shared empty one", () => {
  const text = "const a = 1;\nconst b = 2;\n";
  assert.deepEqual(silencedLines(text), []);
  assert.equal(parseInlineIgnores(text), parseInlineIgnores("other text"));
  assert.equal(parseInlineIgnores("").directives.length, 0);
});

test("secret-hygiene-ignore silences its own line", () => {
  assert.deepEqual(silencedLines('a\nconst t = "x"; // secret-hygiene-ignore\nb\n'), [1]);
});

test("secret-hygiene-ignore-next-line silences the line below only", () => {
  assert.deepEqual(silencedLines("a\n// secret-hygiene-ignore-next-line\nconst t = 'x';\nc\n"), [2]);
});

test("every comment syntax works", () => {
  const comments = [
    "// secret-hygiene-ignore-next-line",
    "# secret-hygiene-ignore-next-line",
    "-- secret-hygiene-ignore-next-line",
    "/* secret-hygiene-ignore-next-line */",
    "<!-- secret-hygiene-ignore-next-line -->",
    "<!--secret-hygiene-ignore-next-line-->",
    "; secret-hygiene-ignore-next-line",
    "REM secret-hygiene-ignore-next-line",
    "  ' secret-hygiene-ignore-next-line",
  ];
  for (const comment of comments) assert.deepEqual(silencedLines(`${comment}\nvalue\n`), [1], comment);
});

test("a rule id limits the ignore to that rule", () => {
  const text = "// secret-hygiene-ignore-next-line azure/sas-token\nvalue\n";
  assert.deepEqual(silencedLines(text, OTHER_RULE), [1]);
  assert.deepEqual(silencedLines(text, RULE), []);
});

test("a comma list of rule ids silences each of them", () => {
  const text = "value # secret-hygiene-ignore azure/sas-token, github/token -- both are test values\n";
  assert.deepEqual(silencedLines(text, OTHER_RULE), [0]);
  assert.deepEqual(silencedLines(text, RULE), [0]);
  assert.deepEqual(silencedLines(text, "aws/secret-access-key"), []);
  const [directive] = parseInlineIgnores(text).directives;
  assert.deepEqual(directive?.ruleIds, [OTHER_RULE, RULE]);
  assert.equal(directive?.reason, "both are test values");
});

test("the reason follows ' -- ' and leaves the comment closer out", () => {
  const cases: [string, string | undefined][] = [
    ["// secret-hygiene-ignore-next-line azure/sas-token -- rotated test token", "rotated test token"],
    ["/* secret-hygiene-ignore -- documented example */", "documented example"],
    ["<!-- secret-hygiene-ignore-next-line -- sample for the docs -->", "sample for the docs"],
    ["<!-- secret-hygiene-ignore-next-line -->", undefined],
    ["// secret-hygiene-ignore", undefined],
    ["// secret-hygiene-ignore --", undefined],
  ];
  for (const [line, reason] of cases) {
    const [directive] = parseInlineIgnores(line).directives;
    assert.ok(directive, line);
    assert.equal(directive.reason, reason, line);
    assert.equal(directive.ruleIds, line.includes("azure/") ? directive.ruleIds : undefined, line);
  }
  const [withRule] = parseInlineIgnores(cases[0]![0]).directives;
  assert.deepEqual(withRule?.ruleIds, [OTHER_RULE]);
});

test("words without a namespace are not rule ids: the marker then covers every rule", () => {
  const text = "// secret-hygiene-ignore-next-line because it is a sample\nvalue\n";
  assert.deepEqual(silencedLines(text, RULE), [1]);
  assert.equal(parseInlineIgnores(text).directives[0]?.ruleIds, undefined);
});

test("secretlint's line markers silence every rule", () => {
  assert.deepEqual(silencedLines('const t = "x"; // secretlint-disable-line\n'), [0]);
  assert.deepEqual(silencedLines("// secretlint-disable-next-line\nconst t = 'x';\n"), [1]);
  // secretlint's rule names are not ours: a named rule still silences the line.
  assert.deepEqual(silencedLines("x // secretlint-disable-line @secretlint/secretlint-rule-github\n"), [0]);
});

test("secretlint-disable … secretlint-enable silences the block, or the rest of the file", () => {
  const text = "a\n/* secretlint-disable */\nb\nc\n/* secretlint-enable */\nd\n";
  assert.deepEqual(silencedLines(text), [1, 2, 3, 4]);
  assert.deepEqual(silencedLines("a\n# secretlint-disable\nb\nc"), [1, 2, 3, 4]);
});

test("gitleaks:allow and detect-secrets pragmas", () => {
  assert.deepEqual(silencedLines('token = "x" # gitleaks:allow\n'), [0]);
  assert.deepEqual(silencedLines('token = "x" # pragma: allowlist secret\n'), [0]);
  assert.deepEqual(silencedLines('token = "x"  # pragma:allowlist secret\n'), [0]);
  assert.deepEqual(silencedLines("# pragma: allowlist nextline secret\ntoken = 'x'\n"), [1]);
});

test("a marker inside a longer word is not a marker", () => {
  for (const text of [
    "my-secret-hygiene-ignore\nx",
    "secret-hygiene-ignored\nx",
    "secret-hygiene-ignore_next\nx",
    "notgitleaks:allow\nx",
    "gitleaks:allowed\nx",
    "secretlint-disable-lines\nx",
  ]) {
    assert.deepEqual(silencedLines(text), [], text);
  }
});

test("line numbers follow \\r\\n and lone \\r line breaks", () => {
  assert.deepEqual(silencedLines("a\r\nb\r\n// secret-hygiene-ignore-next-line\r\nvalue\r\n"), [3]);
  assert.deepEqual(silencedLines("a\rb\r// secret-hygiene-ignore-next-line\rvalue\r"), [3]);
});

test("several markers: each silences its own lines", () => {
  const text = [
    "// secret-hygiene-ignore-next-line github/token",
    "one",
    "two // gitleaks:allow",
    "three",
    "// secret-hygiene-ignore-next-line",
    "four // secret-hygiene-ignore azure/sas-token",
  ].join("\n");
  assert.deepEqual(silencedLines(text, RULE), [1, 2, 5]);
  assert.deepEqual(silencedLines(text, OTHER_RULE), [2, 5]);
});

test("one fast pass: 5 MB without markers, and with a marker every 100 lines", () => {
  const lines = Array.from({ length: 110_000 }, () => 'const value = "some ordinary text on a line";');
  const plain = lines.join("\n");
  let started = performance.now();
  assert.equal(parseInlineIgnores(plain).directives.length, 0);
  const plainMs = performance.now() - started;
  const marked = lines.map((line, i) => (i % 100 === 0 ? `${line} // secret-hygiene-ignore` : line)).join("\n");
  started = performance.now();
  assert.equal(parseInlineIgnores(marked).directives.length, 1100);
  const markedMs = performance.now() - started;
  // Generous bounds: linear work on 5 MB takes a few milliseconds; anything quadratic takes minutes.
  assert.ok(plainMs < 500, `${plainMs.toFixed(0)} ms without markers`);
  assert.ok(markedMs < 1000, `${markedMs.toFixed(0)} ms with markers`);
});

test("the comment the quick fix writes is read back: its rule, its reason, and valid XML in XML", () => {
  const syntaxes: [string, readonly [string, string]][] = [
    ["typescript", ["//", ""]],
    ["python", ["#", ""]],
    ["html", ["<!--", " -->"]],
    ["sql", ["--", ""]],
    ["bat", ["REM", ""]],
    ["xml", ["<!--", " -->"]],
    ["xsl", ["<!--", " -->"]],
  ];
  for (const [languageId, syntax] of syntaxes) {
    const comment = ignoreCommentLine(languageId, syntax, "  ", OTHER_RULE, "test value -- see the docs");
    const text = `${comment}  value\n`;
    assert.deepEqual(silencedLines(text, OTHER_RULE), [1], languageId);
    assert.deepEqual(silencedLines(text, RULE), [], languageId);
    if (syntax[0] === "<!--" && languageId !== "html") {
      // XML forbids "--" inside a comment: the file would no longer parse.
      const body = comment.trim().slice("<!--".length, -"-->".length);
      assert.ok(!body.includes("--") && !body.endsWith("-"), `${languageId}: ${comment}`);
      assert.match(comment, /test value - see the docs/, languageId);
    } else {
      assert.equal(parseInlineIgnores(text).directives[0]?.reason, "test value -- see the docs", languageId);
    }
  }
  assert.equal(ignoreCommentLine("xml", ["<!--", " -->"], "", RULE, "  "), "<!-- secret-hygiene-ignore-next-line github/token -->\n");
});

test("secretlint-disable counts only as a comment's first word, for every rule: prose, strings and a named secretlint rule do not open a block", () => {
  assert.deepEqual(silencedLines("We never use secretlint-disable in this repository.\n\ntoken\n"), []);
  assert.deepEqual(silencedLines('const header = "/* secretlint-disable */";\nconst token = "x";\n'), []);
  assert.deepEqual(silencedLines("// secretlint-disable @secretlint/secretlint-rule-npm\nconst token = 'x';\n"), []);
  assert.deepEqual(silencedLines("/**\n * secretlint-disable\n */\nx\n"), [1, 2, 3, 4, 5]);
  assert.deepEqual(silencedLines("<!-- secretlint-disable -->\nx\n<!-- secretlint-enable -->\n"), [0, 1, 2]);
  // Any marker right after a quote is a string's text.
  assert.deepEqual(silencedLines('const n = "secret-hygiene-ignore"; const token = "x";\n'), []);
});

test("rule ids written after a colon, in brackets or quotes, or separated by blanks are read as ids, not left to silence every rule", () => {
  for (const written of [": azure/sas-token", "(azure/sas-token)", "[azure/sas-token]", "'azure/sas-token'", "rule=azure/sas-token", "azure/sas-token -- rotated"]) {
    const text = `x // secret-hygiene-ignore${written.startsWith(":") ? "" : " "}${written}\n`;
    assert.deepEqual(parseInlineIgnores(text).directives[0]?.ruleIds, [OTHER_RULE], written);
    assert.deepEqual(silencedLines(text, RULE), [], written);
  }
  const both = parseInlineIgnores("x // secret-hygiene-ignore azure/sas-token github/token -- sample\n").directives[0]!;
  assert.deepEqual(both.ruleIds, [OTHER_RULE, RULE]);
  assert.equal(both.reason, "sample");
});

test("Visual Basic's ' comment is a comment; a quote that closes after the marker makes it a string's text", () => {
  assert.deepEqual(silencedLines("Dim token = \"x\" 'secret-hygiene-ignore\n"), [0]);
  assert.deepEqual(silencedLines("'secretlint-disable\nDim token = \"x\"\n"), [0, 1, 2, 3]);
  assert.deepEqual(silencedLines("print('  secretlint-disable')\ntoken = 'x'\n"), []);
});

test("a string that holds a marker silences nothing, in any file", () => {
  for (const text of [
    'log.info("see secret-hygiene-ignore docs"); token = "x"\nvalue\n',
    'msg = "see # secret-hygiene-ignore"; password6 = "x"\nvalue\n',
    "# the \"secret-hygiene-ignore-next-line\" marker\nvalue\n",
  ]) {
    assert.deepEqual(silencedLines(text), [], text);
  }
});

test("in a documentation file, prose that mentions a marker silences nothing; an HTML comment or a code fence's comment does", () => {
  for (const text of [
    "To silence a finding, put secret-hygiene-ignore-next-line above it.\nvalue\n",
    "Note! secret-hygiene-ignore-next-line and docs; secret-hygiene-ignore-next-line\nvalue\n",
    "Read https://example.invalid/docs secret-hygiene-ignore-next-line\nvalue\n",
    "In C# secret-hygiene-ignore-next-line works as well\nvalue\n",
    "## Using secret-hygiene-ignore-next-line\nvalue\n",
    "* Put secret-hygiene-ignore-next-line above the line -- or use the baseline\nvalue\n",
  ]) {
    for (const filePath of ["README.md", "docs/guide.rst", "docs/setup.adoc"]) assert.deepEqual(silencedLines(text, RULE, filePath), [], `${filePath}: ${text}`);
  }
  assert.deepEqual(silencedLines("<!-- secret-hygiene-ignore-next-line -->\nvalue\n", RULE, "README.md"), [1]);
  assert.deepEqual(silencedLines("<!--\n  secret-hygiene-ignore-next-line\n-->\n", RULE, "README.md"), [2]);
  assert.deepEqual(silencedLines("Set it up:\n\n```sh\n# secret-hygiene-ignore-next-line\nexport TOKEN=value\n```\n", RULE, "README.md"), [4]);
  // The same prose in code is read as it always was: a marker there counts; so in `.txt` files, some of which are code (CMake's).
  assert.deepEqual(silencedLines("To silence a finding, put secret-hygiene-ignore-next-line above it.\nvalue\n", RULE, "src/app.py"), [1]);
  assert.deepEqual(silencedLines("# secret-hygiene-ignore-next-line\nset(API_KEY value)\n", RULE, "CMakeLists.txt"), [1]);
});

test("a marker after code, after a string, after an apostrophe, or on a line inside a block comment still counts", () => {
  assert.deepEqual(silencedLines("x = 1  # secret-hygiene-ignore\nvalue\n"), [0]);
  assert.deepEqual(silencedLines('url = "https://example.invalid/#a"  // secret-hygiene-ignore\nvalue\n'), [0]);
  assert.deepEqual(silencedLines("# don't flag the sample: secret-hygiene-ignore-next-line\nvalue\n"), [1]);
  assert.deepEqual(silencedLines("key = value ; secret-hygiene-ignore\nvalue\n"), [0]);
  assert.deepEqual(silencedLines("/*\n  Sample values: secret-hygiene-ignore-next-line\n  value\n*/\n"), [2]);
  assert.deepEqual(silencedLines("<!--\n  secret-hygiene-ignore-next-line\n-->\n"), [2]);
  // Block comments of every kind, the marker on a line of its own inside them.
  for (const [open, close] of [["--[[", "]]"], ["{#", "#}"], ["@*", "*@"], ["(*", "*)"], ["%{", "%}"], ["#=", "=#"], ["=begin", "=end"], ['"""', '"""']]) {
    assert.deepEqual(silencedLines(`${open}\n  secret-hygiene-ignore-next-line\n${close}\n`), [2], open);
  }
  // After a block opened after code, after `;--` with no blank, after a verbatim string ending in a backslash.
  assert.deepEqual(silencedLines("int x; /* secret-hygiene-ignore-next-line */\nvalue\n"), [1]);
  assert.deepEqual(silencedLines("SELECT 'a';-- secret-hygiene-ignore\nvalue\n"), [0]);
  assert.deepEqual(silencedLines('var p = @"C:\\x\\"; // secret-hygiene-ignore\nvalue\n'), [0]);
  assert.deepEqual(silencedLines("@REM secret-hygiene-ignore-next-line\nset TOKEN=value\n"), [1]);
  // A batch file's `::`, PowerShell's `<# #>` and Haskell's `{- -}`, on their line and as blocks.
  assert.deepEqual(silencedLines(":: secret-hygiene-ignore-next-line\nset TOKEN=value\n"), [1]);
  assert.deepEqual(silencedLines("<#\n  secret-hygiene-ignore-next-line\n#>\n$token = 'value'\n"), [2]);
  assert.deepEqual(silencedLines("{- secret-hygiene-ignore-next-line -}\ntoken = \"value\"\n"), [1]);
  assert.deepEqual(silencedLines("{-\n  secret-hygiene-ignore-next-line\n-}\n"), [2]);
  // `::` in code (C++'s scope) is no comment.
  assert.deepEqual(silencedLines('std::string note = "secret-hygiene-ignore";\nvalue\n'), []);
});
