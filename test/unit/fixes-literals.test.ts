// The fix's lexers for the languages whose string forms are easy to get wrong: raw strings with
// their own closing sequence, comments that look like quotes, quotes that look like comments. Each
// case marks the span with ‹…›; the literal found must hold it, with the expected prefix and quotes.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { CodeLanguage } from "../../src/fixes/file-kind";
import { stringLiteralAt } from "../../src/fixes/literals";

interface Case {
  readonly language: Exclude<CodeLanguage, "other">;
  readonly source: string;
  /** The literal as written, prefix and quotes included; undefined when no literal may be found. */
  readonly literal: string | undefined;
}

const CASES: readonly Case[] = [
  { language: "rust", source: 'let s = r#"a "quoted" ‹value›"#;', literal: 'r#"a "quoted" value"#' },
  { language: "rust", source: 'let s = r##"x"# ‹value›"##;', literal: 'r##"x"# value"##' },
  { language: "rust", source: 'let s = "line one\n‹value›";', literal: '"line one\nvalue"' },
  { language: "rust", source: "fn f<'a>(x: &'a str) -> &'a str { x }\nlet s = \"‹value›\";", literal: '"value"' },
  { language: "rust", source: "// let s = \"‹value›\";", literal: undefined },
  // A lifetime on the value's line opens no literal; a character literal, a `"` in it too, closes as one.
  { language: "rust", source: "let s: &'static str = \"‹value›\";", literal: '"value"' },
  { language: "rust", source: "fn f<'a>(x: &'a str) { let s = \"‹value›\"; }", literal: '"value"' },
  { language: "rust", source: "let q = '\"'; let e = '\\''; let u = '\\u{1F600}'; let s = \"‹value›\";", literal: '"value"' },
  { language: "fsharp", source: "let connect (x: 'a) = let s = \"‹value›\" in s", literal: '"value"' },
  { language: "fsharp", source: "let c = '\"' in let s = \"‹value›\"", literal: '"value"' },
  { language: "swift", source: 'let s = #"a "quoted" ‹value›"#', literal: '#"a "quoted" value"#' },
  { language: "swift", source: 'let s = """\n‹value›\n"""', literal: '"""\nvalue\n"""' },
  { language: "scala", source: 'val s = s"user-$name-‹value›"', literal: 's"user-$name-value"' },
  { language: "scala", source: 'val s = """a "b" ‹value›"""', literal: '"""a "b" value"""' },
  { language: "cpp", source: 'auto s = R"(a "b" ‹value›)";', literal: 'R"(a "b" value)"' },
  { language: "cpp", source: 'auto s = u8"‹value›";', literal: 'u8"value"' },
  { language: "c", source: "char c = '\"'; const char *s = \"‹value›\";", literal: '"value"' },
  { language: "lua", source: "--[[ a \"quote\n]] local s = [[‹value›]]", literal: "[[value]]" },
  { language: "lua", source: '-- local s = "‹value›"', literal: undefined },
  { language: "perl", source: "my $s = 'it\\'s ‹value›';", literal: "'it\\'s value'" },
  { language: "r", source: '# "\ns <- "‹value›"', literal: '"value"' },
  { language: "elixir", source: 'x = """\n‹value›\n"""', literal: '"""\nvalue\n"""' },
  { language: "elixir", source: "x = '‹value›'", literal: "'value'" },
  { language: "vb", source: "' don't \"\nDim s = \"a \"\"b\"\" ‹value›\"", literal: '"a ""b"" value"' },
  { language: "vb", source: "' Dim s = \"‹value›\"", literal: undefined },
  { language: "fsharp", source: '(* " *) let s = @"a ""b"" ‹value›"', literal: '@"a ""b"" value"' },
  { language: "fsharp", source: 'let s = $"{name}-‹value›"', literal: '$"{name}-value"' },
  // Python 3.12 (PEP 701): a replacement field is code, and may reuse the f-string's own quote.
  { language: "python", source: 'dsn = f"{os.getenv("PGHOST", "‹db›")}:5432"', literal: 'f"{os.getenv("PGHOST", "db")}:5432"' },
  { language: "python", source: 'dsn = f"{os.getenv("PGHOST")}:5432"\nurl = "‹value›"', literal: '"value"' },
  { language: "python", source: "dsn = f'{a['k']}' + '‹value›'", literal: "'value'" },
  // (Not a field: `{{` is a brace; a format spec's quote is text; a field that never closes is text.)
  { language: "python", source: 'dsn = f"{{"‹value›', literal: undefined },
  { language: "python", source: "s = f\"{x:'>10}‹value›\"", literal: "f\"{x:'>10}value\"" },
  { language: "python", source: 's = f"{x ‹value›"', literal: 'f"{x value"' },
];

for (const { language, source, literal } of CASES) {
  test(`${language}: ${JSON.stringify(source)}`, () => {
    const start = source.indexOf("‹");
    const text = source.replace("‹", "").replace("›", "");
    const end = source.indexOf("›") - 1;
    const found = stringLiteralAt(text, language, { start, end });
    assert.equal(found === undefined ? undefined : text.slice(found.start, found.end), literal);
  });
}

// Raw strings whose delimiters the writer chooses: the literal closes only at the same delimiter.
const DELIMITED: readonly Case[] = [
  { language: "csharp", source: 'var s = """"a """ b ‹value›"""";', literal: '""""a """ b value""""' },
  { language: "csharp", source: 'var s = $$"""{{x}} ‹value›""";', literal: '$$"""{{x}} value"""' },
  { language: "cpp", source: 'auto s = R"xy(a )" b ‹value›)xy";', literal: 'R"xy(a )" b value)xy"' },
  { language: "cpp", source: 'auto s = LR"-(‹value›)-";', literal: 'LR"-(value)-"' },
  { language: "r", source: 's <- r"(a "b" ‹value›)"', literal: 'r"(a "b" value)"' },
  { language: "r", source: "s <- R'--[a ]' ‹value›]--'", literal: "R'--[a ]' value]--'" },
  { language: "r", source: 's <- r"{‹value›}"', literal: 'r"{value}"' },
  // Perl's and Ruby's quote-like operators: a bracket closes with its pair, any other mark with itself.
  { language: "perl", source: "my $s = q{a 'b' ‹value›};", literal: "q{a 'b' value}" },
  { language: "perl", source: 'my $s = qq(a "b" ‹value›);', literal: 'qq(a "b" value)' },
  { language: "perl", source: "my $s = q!‹value›!;", literal: "q!value!" },
  { language: "perl", source: "my @w = qw(a b); my $s = '‹value›';", literal: "'value'" },
  { language: "perl", source: "if ($q!=1) { $obj->q(2) } my $s = '‹value›';", literal: "'value'" },
  { language: "ruby", source: "s = %q(a 'b' ‹value›)", literal: "%q(a 'b' value)" },
  { language: "ruby", source: 's = %Q[a "b" ‹value›]', literal: '%Q[a "b" value]' },
  { language: "ruby", source: "s = %{‹value›}", literal: "%{value}" },
  // (After a name or a bracket, `%` takes the remainder: `n%(m)` opens no string.)
  { language: "ruby", source: "r = n%(‹value›)", literal: undefined },
  { language: "ruby", source: "r = \"%s\"%[‹value›]", literal: undefined },
];

for (const { language, source, literal } of DELIMITED) {
  test(`${language} (delimited): ${JSON.stringify(source)}`, () => {
    const start = source.indexOf("‹");
    const text = source.replace("‹", "").replace("›", "");
    const end = source.indexOf("›") - 1;
    const found = stringLiteralAt(text, language, { start, end });
    assert.equal(found === undefined ? undefined : text.slice(found.start, found.end), literal);
  });
}
