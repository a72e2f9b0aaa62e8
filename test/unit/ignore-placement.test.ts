// Where "Ignore this finding…" may write its comment: a line above the finding only where that
// line is a comment of the file's language, read back by the engine's own marker parser.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isIgnored, parseInlineIgnores, scanText } from "../../src/engine";
import { placeIgnoreComment, type IgnorePlacement } from "../../src/extension/ignore-placement";

const RULE = "github/token";
const OTHER = "aws/access-key-id";

/** The file after the edit, as lines. */
function applied(lines: readonly string[], placement: IgnorePlacement): string[] {
  assert.ok("edit" in placement, "refused" in placement ? placement.refused : "");
  const { line, start, end, text } = placement.edit;
  const target = lines[line]!;
  const joined = [...lines.slice(0, line), target.slice(0, start) + text + target.slice(end), ...lines.slice(line + 1)].join("\n");
  return joined.split("\n");
}

function place(text: string, line: number, languageId: string, ruleId = RULE, reason = "test fixture"): IgnorePlacement {
  return placeIgnoreComment(text.split("\n"), line, languageId, ruleId, reason);
}

function refusal(text: string, line: number, languageId: string): string {
  const placement = place(text, line, languageId);
  assert.ok("refused" in placement, `${languageId}: expected a refusal, got ${JSON.stringify(placement)}`);
  return placement.refused;
}

test("a plain line gets the marker above it, indented like it, in the language's syntax", () => {
  const lines = ["function f() {", '  const token = "x";', "}"];
  const after = applied(lines, placeIgnoreComment(lines, 1, "typescript", RULE, "demo value"));
  assert.equal(after[1], `  // secret-hygiene-ignore-next-line ${RULE} -- demo value`);
  assert.ok(isIgnored(parseInlineIgnores(after.join("\n")), 2, RULE));
  assert.equal(applied(["key=x"], placeIgnoreComment(["key=x"], 0, "ini", RULE, ""))[0], `; secret-hygiene-ignore-next-line ${RULE}`);
  const razor = applied(["<p>@Model.Key</p>"], placeIgnoreComment(["<p>@Model.Key</p>"], 0, "razor", RULE, "why"));
  assert.equal(razor[0], `@* secret-hygiene-ignore-next-line ${RULE} -- why *@`);
  assert.equal(parseInlineIgnores(razor.join("\n")).directives[0]?.reason, "why");
});

test("a second finding on the same line joins the marker above instead of pushing it away", () => {
  const lines = ['connect("ghp_x", "AKIA_x")'];
  const first = applied(lines, placeIgnoreComment(lines, 0, "javascript", RULE, "revoked"));
  const second = applied(first, placeIgnoreComment(first, 1, "javascript", OTHER, "revoked"));
  assert.equal(second.length, 2);
  assert.equal(second[0], `// secret-hygiene-ignore-next-line ${RULE}, ${OTHER} -- revoked`);
  const ignores = parseInlineIgnores(second.join("\n"));
  assert.ok(isIgnored(ignores, 1, RULE) && isIgnored(ignores, 1, OTHER));
  // Another reason is added to the first; in XML after a colon, and without a closer inside it.
  const xml = ['<add key="a" value="b" />'];
  const one = applied(xml, placeIgnoreComment(xml, 0, "html", RULE, ""));
  const two = applied(one, placeIgnoreComment(one, 1, "html", OTHER, "shown --> in docs"));
  assert.equal(two[0], `<!-- secret-hygiene-ignore-next-line ${RULE}, ${OTHER} -- shown   in docs -->`);
});

test("a line continued from the line above is refused: the comment would end the command", () => {
  assert.match(refusal("mysql -h db \\\n  --password=x \\\n  orders", 1, "shellscript"), /continues/);
  assert.match(refusal("Invoke-Thing -Name a `\n  -Password x", 1, "powershell"), /backtick/);
  assert.match(refusal("tool.exe a ^\n  /p:x", 1, "bat"), /\^/);
  // An escaped backslash ends nothing.
  assert.ok("edit" in place('path = "C:\\\\"\ntoken = "x"', 1, "python"));
});

test("inside a string, here-document, tag, block value or code fence: refused", () => {
  assert.match(refusal('doc = """\nkey: x\n"""', 1, "python"), /string/);
  assert.ok("edit" in place("# it's '''not''' open\ntoken = 'x'", 1, "python"));
  assert.match(refusal("const t = `\n  key: x\n`;", 1, "typescript"), /string/);
  assert.ok("edit" in place("/**\n * Use `token` here\n */\nconst token = 'x';", 3, "typescript"));
  assert.ok("edit" in place("// a `quote\nconst token = 'x';", 1, "typescript"));
  assert.match(refusal("cat > .env <<EOF\nTOKEN=x\nEOF", 1, "shellscript"), /here-document/);
  assert.ok("edit" in place("cat > .env <<EOF\nA=1\nEOF\nTOKEN=x", 3, "shellscript"));
  assert.match(refusal('<add name="Db"\n     connectionString="Password=x" />', 1, "xml"), /inside a tag/);
  assert.match(refusal('<?xml version="1.0"?><a key="x"/>', 0, "xml"), /declaration/);
  assert.match(refusal("tls:\n  key: |\n    -----BEGIN PRIVATE KEY-----\n    MIIx", 2, "yaml"), /block value/);
  assert.match(refusal("-----BEGIN PRIVATE KEY-----\nMIIx\n-----END PRIVATE KEY-----", 1, "plaintext"), /key block/);
  assert.match(refusal("Example:\n\n```bash\nexport TOKEN=x\n```", 3, "markdown"), /fenced/);
  assert.ok("edit" in place("```bash\nls\n```\nTOKEN=x", 3, "markdown"));
});

test("a CI script block in YAML takes the comment (it is a comment of the script); a page's script takes //", () => {
  const yaml = "steps:\n  - run: |\n      curl -H \"Authorization: token x\" https://api\n";
  const after = applied(yaml.split("\n"), place(yaml, 2, "yaml"));
  assert.equal(after[2], `      # secret-hygiene-ignore-next-line ${RULE} -- test fixture`);
  const html = "<html>\n<script>\n  const token = 'x';\n</script>";
  assert.equal(applied(html.split("\n"), place(html, 2, "html"))[2], `  // secret-hygiene-ignore-next-line ${RULE} -- test fixture`);
  const after2 = "<script>\n</script>\n<p>x</p>";
  assert.match(applied(after2.split("\n"), place(after2, 2, "html"))[2]!, /^<!-- /);
});

test("languages without comments are refused", () => {
  assert.match(refusal('{"token": "x"}', 0, "json"), /no comments/);
});

test("strings and here-documents of every common form: refused", () => {
  assert.match(refusal("curl -X POST -d '{\n  \"password\": \"x\"\n}' https://api", 1, "shellscript"), /string/);
  assert.match(refusal("cat > .env <<\\EOF\nTOKEN=x\nEOF", 1, "shellscript"), /here-document/);
  assert.match(refusal('$body = @"\npassword=x\n"@', 1, "powershell"), /string/);
  assert.match(refusal('var sql = @"\n  PASSWORD = \'x\'\n";', 1, "csharp"), /string/);
  assert.match(refusal('let s = "first\n  token = x\n";', 1, "rust"), /string/);
  assert.match(refusal("$sql = '\n  password x\n';", 1, "php"), /string/);
  assert.match(refusal('auto s = R"(\n  token = x\n)";', 1, "cpp"), /string/);
  assert.match(refusal("local s = [[\n  token = x\n]]", 1, "lua"), /string/);
  assert.match(refusal('container_definitions = <<DEFINITION\n[{ "password": "x" }]\nDEFINITION', 1, "terraform"), /here-document/);
  assert.match(refusal("scriptContent: '''\n  curl -u admin:x https://x\n'''", 1, "bicep"), /string/);
  assert.match(refusal('message: "first\n  token x\n  end"', 1, "yaml"), /quoted YAML value/);
  // A folded script joins its lines: a comment would swallow the next command.
  assert.match(refusal("steps:\n  - run: >\n      echo start &&\n      curl -u admin:x https://x", 3, "yaml"), /block value/);
  // Closed strings and comments holding quotes open nothing.
  assert.ok("edit" in place("# it's fine\necho \"done\"\nexport TOKEN=x", 2, "shellscript"));
  assert.ok("edit" in place("fn f<'a>(x: &'a str) {}\nlet token = \"x\";", 1, "rust"));
  assert.ok("edit" in place("key: 'it''s'\ntoken: x", 1, "yaml"));
});

test("a marker comment followed by code on its line gets the rule only, never text after the code", () => {
  const lines = ["/* secret-hygiene-ignore-next-line aws/access-key-id */ init();", 'connect("ghp_x", "AKIA_x");'];
  const after = applied(lines, placeIgnoreComment(lines, 1, "typescript", RULE, "fixture"));
  assert.equal(after[0], `/* secret-hygiene-ignore-next-line aws/access-key-id, ${RULE} */ init();`);
});

test("more string forms: YAML after a quoted key, a tag or an anchor, flow collections; Lua levels; C++ and Rust delimiters", () => {
  assert.match(refusal('"description": "A long value\n  token ghp_abc that spans"', 1, "yaml"), /quoted YAML value/);
  assert.match(refusal('description: !!str "first\n  token x"', 1, "yaml"), /quoted YAML value/);
  assert.match(refusal('description: &d "first\n  token x"', 1, "yaml"), /quoted YAML value/);
  assert.match(refusal('items: ["a",\n  "token-x"]', 1, "yaml"), /quoted YAML value/);
  assert.match(refusal("local s = [==[\n token = x\n]==]", 1, "lua"), /string/);
  assert.match(refusal('auto s = R"x(a )" b\n token = x\n)x";', 1, "cpp"), /string/);
  assert.match(refusal('let s = r##"a "# b\n token = x\n"##;', 1, "rust"), /string/);
  // Closed on their own line: nothing open.
  assert.ok("edit" in place('"key": "value"\ntoken: x', 1, "yaml"));
  assert.ok("edit" in place("items: [a, b] # list\ntoken: x", 1, "yaml"));
  assert.ok("edit" in place('auto s = R"x(a)x";\nconst char* token = "x";', 1, "cpp"));
});

test("CMake: a comment above a set(), refused inside a quoted or bracket argument that spans lines", () => {
  const lines = ["project(sensor C)", "set(WIFI_PASSWORD x)"];
  assert.equal(applied(lines, place(lines.join("\n"), 1, "cmake"))[1], `# secret-hygiene-ignore-next-line ${RULE} -- test fixture`);
  assert.ok(refusal('set(MOTD "first\nset(TOKEN x)\n")', 1, "cmake"));
  assert.ok(refusal("set(MOTD [==[\nset(TOKEN x)\n]==])", 1, "cmake"));
});

test("CMake: a bracket comment is read to its closer, so a quote in it opens no string and a line in it is refused", () => {
  const lines = ["#[=[", ' Use a 12" display.', "]=]", 'set(MOTD "Welcome', "set(API_TOKEN x)", '")', "set(DB_PASSWORD x)"];
  assert.ok(refusal(lines.join("\n"), 4, "cmake"), "inside MOTD's quoted argument");
  assert.equal(applied(lines, place(lines.join("\n"), 6, "cmake"))[6], `# secret-hygiene-ignore-next-line ${RULE} -- test fixture`);
  assert.ok(refusal("#[[\nset(API_TOKEN x)\n]]", 1, "cmake"), "inside the comment");
});

test("the comment placed above a value in a string written in pieces silences it when the engine scans the file", () => {
  // Made up at run time. The value is on the third line of its statement: the comment goes above
  // that line, inside the parentheses, where Python reads it as a comment.
  const password = ["Zq8vN3", "kLm5pR7tWx"].join("");
  const lines = ['CS = ("Server=tcp:db.example.net,1433;"', '      "Database=app;User ID=admin;"', `      "Password=${password};")`];
  const [finding] = scanText({ content: lines.join("\n"), filePath: "settings.py" });
  assert.ok(finding, "found before the comment");
  const after = applied(lines, place(lines.join("\n"), finding.range.start.line, "python", finding.ruleId));
  assert.equal(after[2], `      # secret-hygiene-ignore-next-line ${finding.ruleId} -- test fixture`);
  assert.deepEqual(scanText({ content: after.join("\n"), filePath: "settings.py" }), []);
});
