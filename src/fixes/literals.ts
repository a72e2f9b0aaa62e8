/**
 * Finds the string literal that holds a span, by lexing the file's language just enough to know
 * what is a string, a comment or code. One forward pass, no backtracking: each character is looked
 * at a bounded number of times, so a large file costs linear time.
 *
 * Lexing starts at the top of the file because a line can begin inside a string or comment
 * (template literals, triple-quoted strings, C# verbatim strings). Shell scripts are lexed from the
 * start of the span's line: heredocs and `$(…)` nesting make whole-file lexing less reliable there.
 * JavaScript regular-expression literals are told from division the usual way, by what precedes
 * the `/` (an operator, an opening bracket or a keyword like `return`); a quote inside one must not
 * open a string.
 */
import { quoteLikeClosing } from "../engine/rules/line-reading";
import type { CodeLanguage } from "./file-kind";

export interface StringForm {
  readonly open: string;
  readonly close: string;
  /** The prefix written before `open`, lower-case (`r`, `@`, `$@`); "" for none. */
  readonly prefix: string;
  /** While lexing, this character takes the next one into the string (`\`, PowerShell's backtick). */
  readonly escapeChar?: string;
  /** The closing quote written twice stands for one quote (C# verbatim strings, PowerShell '…'). */
  readonly doubledClose?: boolean;
  readonly multiline: boolean;
  /**
   * What opens code inside the string, which runs to the matching `}`: `${` in a JavaScript
   * template literal, `#{` in a Ruby string (a literal in that code is a string of its own).
   */
  readonly codeHoles?: "${" | "#{";
  /**
   * Python f-string: `{` opens a replacement field, code to its matching `}`, where since Python
   * 3.12 (PEP 701) a string may reuse the f-string's own quote (`f"{os.getenv("HOST")}"`).
   */
  readonly pythonFields?: boolean;
  /** PowerShell here-strings close only at the start of a line. */
  readonly closeAtLineStart?: boolean;
  /** Sequences that make the source text differ from the runtime value: escapes… */
  readonly escapes: readonly string[];
  /** …and interpolation (`${`, `{`, `$`). */
  readonly interpolation: readonly string[];
  /** Its quotes are text, so a backslash before one stays in the value (a shell here-document's body). */
  readonly quotesAreText?: boolean;
  /** Python `b"…"`: the value is bytes. */
  readonly bytes?: boolean;
  /**
   * A multi-line form whose value is not the text written when it spans lines (the language drops
   * its first line break, or indentation): what it is and what the language removes, for a refusal.
   */
  readonly block?: string;
  /**
   * The language drops the line breaks after the opening and before the closing delimiter, and the
   * closing line's indentation from every line (Swift's `"""`, C#'s raw strings, PowerShell's
   * here-strings): a body of one line is that line's text less the indentation, exactly.
   */
  readonly dropsOuterLineBreaks?: boolean;
  /**
   * Forms whose quotes the writer chooses (C#'s `""""…""""`, C++'s `R"xy(…)xy"`, R's `r"-(…)-"`):
   * the opening and closing sequence found at `at`, where `open` (the shortest opening) starts, or
   * undefined when none starts there.
   */
  readonly delimited?: (text: string, at: number) => { readonly open: string; readonly close: string } | undefined;
  /** A here-document (`<<~EOS`, PHP's `<<<'EOS'`): quotes in its body are text, and code written there would be text too. */
  readonly hereDocument?: boolean;
  /** A character literal (`'x'`): it holds one character, never a value the fix moves. */
  readonly character?: boolean;
  /**
   * `'` also starts a Rust lifetime (`&'static str`, `<'a>`) or an F# or Scala type variable or
   * symbol (`'a`): it opens a character literal only where one closes (`'x'`, `'\n'`, `'\u{1F600}'`).
   */
  readonly alsoTypeVariable?: boolean;
}

interface LanguageSyntax {
  readonly lineComments: readonly string[];
  readonly blockComments: readonly (readonly [string, string])[];
  readonly strings: readonly StringForm[];
  /** `#` starts a comment only at the start of a word; lexing starts at the span's line. */
  readonly shell?: boolean;
  /** JavaScript: `/…/` after an operator is a regular expression. */
  readonly regexLiterals?: boolean;
  /** CMake: a backslash escapes the next character outside strings too (`-DX=\"1\"` opens no string). */
  readonly escapesInCode?: boolean;
  /**
   * Block comments whose closer depends on the opener, tried before the fixed ones: Lua's
   * `--[==[ … ]==]` and CMake's `#[=[ … ]=]` (any number of `=`). The opener and closer found at
   * `at`, or undefined when none starts there.
   */
  readonly delimitedComment?: (text: string, at: number) => { readonly open: string; readonly close: string } | undefined;
}

export interface StringLiteral {
  /** Start of the prefix (or of the opening quote without one). */
  readonly start: number;
  /** After the closing quote. */
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly form: StringForm;
  /** The prefix as written (`@`, `R`, `$@`). */
  readonly prefixText: string;
  /** No closing quote: the line (a single-line form) or the file ended first. */
  readonly unterminated?: boolean;
}

const BACKSLASH = ["\\"];
const NONE: readonly string[] = [];

function form(open: string, options: Partial<StringForm> & { escapes?: readonly string[] } = {}): StringForm {
  return { open, close: open, prefix: "", multiline: false, escapes: BACKSLASH, interpolation: NONE, escapeChar: "\\", ...options };
}

/** `'x'`: a character literal, in the languages where `'` quotes one character. */
function characterLiteral(options: { alsoTypeVariable?: boolean } = {}): StringForm {
  return form("'", { character: true, ...options });
}

/**
 * A character literal at `at` as it closes: one character (a surrogate pair counts as one) or one
 * escape (`\'`, `\n`, `\x7F`, `\u{1F600}`, F#'s `\065`), then `'`, on one line.
 */
const CLOSED_CHARACTER = /^'(?:\\(?:'|[^'\r\n]{1,10})|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^'\\\r\n])'/;

const C_COMMENTS = { lineComments: ["//"], blockComments: [["/*", "*/"]] } as const;

function pythonForms(): StringForm[] {
  const forms: StringForm[] = [];
  for (const prefix of ["", "r", "u", "b", "f", "br", "rb", "fr", "rf"]) {
    for (const open of ['"""', "'''", '"', "'"]) {
      forms.push(
        form(open, {
          prefix,
          multiline: open.length === 3,
          escapes: prefix.includes("r") ? NONE : BACKSLASH,
          interpolation: prefix.includes("f") ? ["{", "}"] : NONE,
          ...(prefix.includes("f") ? { pythonFields: true } : {}),
          bytes: prefix.includes("b"),
        }),
      );
    }
  }
  return forms;
}

const CSHARP_RAW = "a C# raw string literal, whose first and last line breaks and the closing line's indentation C# removes";
const SWIFT_MULTILINE = "a Swift multi-line string, whose first and last line breaks and the closing line's indentation Swift removes";
const POWERSHELL_HERE = "a PowerShell here-string, whose line breaks after the opening and before the closing quote PowerShell removes";
const ELIXIR_HEREDOC = "an Elixir heredoc, whose first line break and the closing line's indentation Elixir removes";
const DART_MULTILINE = "a Dart multi-line string, whose first line break Dart removes";
const LUA_LONG = "a Lua long string, whose first line break Lua removes";
const JSONNET_TEXT_BLOCK = "a Jsonnet text block (|||), whose indentation Jsonnet removes";
/**
 * A Jsonnet text block: `|||` (or `|||-`) ending its line, then lines indented at least as its first
 * with text, closed by `|||` on a line indented less. (A `|||` inside one of its lines is its text.)
 */
function jsonnetTextBlock(text: string, at: number): { open: string; close: string } | undefined {
  const open = /^\|\|\|-?[ \t]*\r?\n/.exec(text.slice(at, at + 64))?.[0];
  if (open === undefined) return undefined;
  // (Its indentation is its first line's with text: blank lines may come first.)
  const indent = /^(?:[ \t]*\r?\n)*([ \t]*)/.exec(text.slice(at + open.length, at + open.length + 4096))![1]!.length;
  if (indent === 0) return undefined;
  const closing = new RegExp(String.raw`\n([ \t]{0,${indent - 1}})\|\|\|`, "g");
  closing.lastIndex = at + open.length;
  const found = closing.exec(text);
  return { open, close: found ? `\n${found[1]}|||` : "\n|||" };
}
/**
 * A here-document of Ruby, Perl or PHP: the opener `<<~EOS` (`opener` matches it, its `id` group
 * the delimiter, its `indent` group what lets the closing line be indented) and the rest of its
 * line, then the body, to the line that starts with the delimiter. Undefined where no such line
 * follows: `a <<b` is a shift then. (Code after the opener on its line is read as part of it.)
 */
function hereDocument(opener: RegExp, alwaysIndented: boolean): (text: string, at: number) => { open: string; close: string } | undefined {
  return (text, at) => {
    const groups = opener.exec(text.slice(at, at + 200))?.groups;
    const lineEnd = text.indexOf("\n", at);
    if (!groups || lineEnd === -1) return undefined;
    const indent = alwaysIndented || groups.indent !== "" ? "[ \\t]*" : "";
    const closing = new RegExp(String.raw`\n(${indent}${groups.id})(?!\w)`, "g");
    closing.lastIndex = lineEnd;
    const found = closing.exec(text);
    return found ? { open: text.slice(at, lineEnd), close: `\n${found[1]}` } : undefined;
  };
}
function hereDocumentForm(open: string, opener: RegExp, alwaysIndented = false): StringForm {
  return form(open, { multiline: true, escapes: NONE, escapeChar: undefined, hereDocument: true, delimited: hereDocument(opener, alwaysIndented) });
}
/**
 * Perl's `q{…}` and `qq{…}` after their word (`at` is the delimiter): any of `{([<!|/~`, a bracket
 * closed by its pair. (Brackets nested inside are not paired: the engine reads no such string.)
 * After a sigil or `->` the word is a variable's or a method's name: `$q!=1`, `$obj->q(…)`.
 */
function perlQuoteDelimiters(text: string, at: number): { open: string; close: string } | undefined {
  const opening = /^[{([<!|/~]/.exec(text.slice(at, at + 1))?.[0];
  if (opening === undefined || /[$@%&>]q{1,2}$/.test(text.slice(Math.max(0, at - 3), at))) return undefined;
  return { open: opening, close: quoteLikeClosing(opening) };
}

/**
 * Ruby's `%q(…)` (`kind` "q", no interpolation) or `%Q(…)` and `%(…)` (`kind` "Q", interpolating) at
 * `at`. Not right after a name, a closing bracket or a quote, where `%` takes the remainder or
 * formats (`n%(m)`, `"%s"%[x]`).
 */
function rubyPercentString(kind: "q" | "Q"): (text: string, at: number) => { open: string; close: string } | undefined {
  const opener = kind === "q" ? /^%q[{([<!|/]/ : /^%Q?[{([<!|/]/;
  return (text, at) => {
    const open = opener.exec(text.slice(at, at + 3))?.[0];
    if (open === undefined || /[\w)\]}"'`]/.test(text[at - 1] ?? "")) return undefined;
    const opening = open.slice(-1);
    return { open, close: quoteLikeClosing(opening) };
  };
}

const BICEP_MULTILINE = "a Bicep multi-line string, whose first line break Bicep removes";
const CMAKE_BRACKET = "a CMake bracket argument, whose first line break CMake removes";

/** Lua's long string and CMake's bracket argument at `at`: `[[`, `[=[`, `[==[`… closed by as many `=`. */
function longBracket(text: string, at: number): { open: string; close: string } | undefined {
  const equals = /^\[(=*)\[/.exec(text.slice(at, at + 40))?.[1];
  return equals === undefined ? undefined : { open: `[${equals}[`, close: `]${equals}]` };
}

/** A comment opened by `marker` and a long bracket (Lua's `--[==[`, CMake's `#[=[`), closed by the bracket's closer. */
function longBracketComment(marker: string): (text: string, at: number) => { open: string; close: string } | undefined {
  return (text, at) => {
    if (!text.startsWith(marker, at)) return undefined;
    const bracket = longBracket(text, at + marker.length);
    return bracket && { open: marker + bracket.open, close: bracket.close };
  };
}

function csharpForms(): StringForm[] {
  const forms: StringForm[] = [];
  // A raw string opens with three or more quotes and closes with as many.
  const quotes = (text: string, at: number) => {
    const run = /^"{3,}/.exec(text.slice(at, at + 64))?.[0];
    return run === undefined ? undefined : { open: run, close: run };
  };
  for (const prefix of ["", "$", "$$"]) forms.push(form('"""', { prefix, multiline: true, escapes: NONE, escapeChar: undefined, interpolation: prefix ? ["{", "}"] : NONE, block: CSHARP_RAW, dropsOuterLineBreaks: true, delimited: quotes }));
  for (const prefix of ["@", "$@", "@$"]) {
    forms.push(form('"', { prefix, multiline: true, escapes: ['""'], escapeChar: undefined, doubledClose: true, interpolation: prefix.includes("$") ? ["{", "}"] : NONE }));
  }
  forms.push(form('"', { prefix: "$", interpolation: ["{", "}"] }), form('"'), characterLiteral());
  return forms;
}

/** C and C++: `L"…"`, `u8"…"`, `u"…"`, `U"…"`, and C++'s raw `R"delimiter(…)delimiter"`. */
function cForms(): StringForm[] {
  const forms: StringForm[] = [];
  // The delimiter: up to 16 characters, none of them a space, a parenthesis or a backslash.
  const raw = (text: string, at: number) => {
    const delimiter = /^"([^\s()\\"]{0,16})\(/.exec(text.slice(at, at + 19))?.[1];
    return delimiter === undefined ? undefined : { open: `"${delimiter}(`, close: `)${delimiter}"` };
  };
  for (const prefix of ["r", "lr", "u8r", "ur"]) forms.push({ ...form('"(', { prefix, multiline: true, escapes: NONE, escapeChar: undefined, delimited: raw }), close: ')"' });
  for (const prefix of ["", "l", "u8", "u"]) forms.push(form('"', { prefix }));
  forms.push(characterLiteral());
  return forms;
}

const SYNTAX: Readonly<Record<Exclude<CodeLanguage, "other">, LanguageSyntax>> = {
  javascript: { ...C_COMMENTS, regexLiterals: true, strings: [form("`", { multiline: true, codeHoles: "${", interpolation: ["${"] }), form('"'), form("'")] },
  python: { lineComments: ["#"], blockComments: [], strings: pythonForms() },
  csharp: { ...C_COMMENTS, strings: csharpForms() },
  java: { ...C_COMMENTS, strings: [form('"""', { multiline: true, block: "a Java text block, whose first line break and incidental indentation Java removes" }), form('"'), characterLiteral()] },
  kotlin: { ...C_COMMENTS, strings: [form('"""', { multiline: true, escapes: NONE, escapeChar: undefined, interpolation: ["$"] }), form('"', { interpolation: ["$"] }), characterLiteral()] },
  groovy: { ...C_COMMENTS, strings: [form('"""', { multiline: true, interpolation: ["$"] }), form("'''", { multiline: true }), form('"', { interpolation: ["$"] }), form("'")] },
  go: { ...C_COMMENTS, strings: [form("`", { multiline: true, escapes: NONE, escapeChar: undefined }), form('"'), characterLiteral()] },
  powershell: {
    lineComments: ["#"],
    blockComments: [["<#", "#>"]],
    strings: [
      { ...form('"', { prefix: "@", multiline: true, escapeChar: "`", escapes: ["`"], interpolation: ["$"], block: POWERSHELL_HERE, dropsOuterLineBreaks: true }), close: '"@', closeAtLineStart: true },
      { ...form("'", { prefix: "@", multiline: true, escapeChar: undefined, escapes: NONE, block: POWERSHELL_HERE, dropsOuterLineBreaks: true }), close: "'@", closeAtLineStart: true },
      form('"', { multiline: true, escapeChar: "`", doubledClose: true, escapes: ["`", '""'], interpolation: ["$"] }),
      form("'", { multiline: true, escapeChar: undefined, doubledClose: true, escapes: ["''"] }),
    ],
  },
  shell: {
    lineComments: ["#"],
    blockComments: [],
    shell: true,
    strings: [form("'", { prefix: "$" }), form('"', { interpolation: ["$", "`"] }), form("'", { escapeChar: undefined, escapes: NONE })],
  },
  // (`"#$x"`, `"#@x"`, `"#@@x"` interpolate a global, instance or class variable without braces.)
  ruby: {
    lineComments: ["#"],
    blockComments: [],
    strings: [
      hereDocumentForm("<<", /^<<(?<indent>[~-]?)(?<q>["'`]?)(?<id>[A-Za-z_]\w*)\k<q>/),
      form("%", { multiline: true, delimited: rubyPercentString("q") }),
      form("%", { multiline: true, interpolation: ["#{", "#$", "#@"], codeHoles: "#{", delimited: rubyPercentString("Q") }),
      form('"', { interpolation: ["#{", "#$", "#@"], codeHoles: "#{" }),
      // (Ruby's '…', as PHP's and Perl's, knows only `\\` and `\'` as escapes: `\n` is a backslash and an n.)
      form("'", { escapes: ["\\\\", "\\'"] }),
    ],
  },
  // (PHP 7.3 lets any heredoc's closing line be indented.)
  php: { lineComments: ["//", "#"], blockComments: [["/*", "*/"]], strings: [hereDocumentForm("<<<", /^<<<[ \t]*(?<q>["']?)(?<id>[A-Za-z_]\w*)\k<q>/, true), form('"', { interpolation: ["$", "{$"] }), form("'", { escapes: ["\\\\", "\\'"] })] },
  bicep: { ...C_COMMENTS, strings: [form("'''", { multiline: true, escapes: NONE, escapeChar: undefined, block: BICEP_MULTILINE }), form("'", { interpolation: ["${"] })] },
  bicepparam: { ...C_COMMENTS, strings: [form("'''", { multiline: true, escapes: NONE, escapeChar: undefined, block: BICEP_MULTILINE }), form("'", { interpolation: ["${"] })] },
  // Rust strings span lines; `'` also opens a lifetime (`&'a str`), which opens no literal.
  rust: {
    ...C_COMMENTS,
    strings: [
      // (`cr#"…"#` and `c"…"`: C strings, Rust 1.77's, read like the byte strings.)
      ...["r", "br", "cr"].flatMap((prefix) => ["###", "##", "#", ""].map((hashes) => ({ ...form(`${hashes}"`, { prefix, multiline: true, escapes: NONE, escapeChar: undefined }), close: `"${hashes}` }))),
      form('"', { prefix: "b", multiline: true }),
      form('"', { prefix: "c", multiline: true }),
      form('"', { multiline: true }),
      characterLiteral({ alsoTypeVariable: true }),
    ],
  },
  swift: {
    ...C_COMMENTS,
    strings: [
      { ...form('#"""', { multiline: true, escapes: ["\\#"], escapeChar: undefined, interpolation: ["\\#("], block: SWIFT_MULTILINE, dropsOuterLineBreaks: true }), close: '"""#' },
      { ...form('#"', { escapes: ["\\#"], escapeChar: undefined, interpolation: ["\\#("] }), close: '"#' },
      form('"""', { multiline: true, interpolation: ["\\("], block: SWIFT_MULTILINE, dropsOuterLineBreaks: true }),
      form('"', { interpolation: ["\\("] }),
    ],
  },
  scala: {
    ...C_COMMENTS,
    strings: [
      // (`f"…"` formats: its `%%` is one `%`, so a value with `%` in it is not its text.)
      ...["s", "f"].flatMap((prefix) => {
        const interpolation = prefix === "f" ? ["$", "%"] : ["$"];
        return [form('"""', { prefix, multiline: true, escapes: NONE, escapeChar: undefined, interpolation }), form('"', { prefix, interpolation })];
      }),
      form('"""', { prefix: "raw", multiline: true, escapes: NONE, escapeChar: undefined, interpolation: ["$"] }),
      form('"', { prefix: "raw", escapes: NONE, interpolation: ["$"] }),
      form('"""', { multiline: true, escapes: NONE, escapeChar: undefined }),
      form('"'),
      characterLiteral({ alsoTypeVariable: true }),
    ],
  },
  c: { ...C_COMMENTS, strings: cForms() },
  cpp: { ...C_COMMENTS, strings: cForms() },
  lua: {
    // (`--[[` before `--`: block comments are tried first.)
    lineComments: ["--"],
    blockComments: [],
    delimitedComment: longBracketComment("--"),
    strings: [form("[", { multiline: true, escapes: NONE, escapeChar: undefined, close: "]", block: LUA_LONG, delimited: longBracket }), form('"'), form("'")],
  },
  perl: {
    lineComments: ["#"],
    blockComments: [],
    strings: [
      hereDocumentForm("<<", /^<<(?<indent>~?)[ \t]*(?<q>["']?)(?<id>[A-Za-z_]\w*)\k<q>/),
      form("{", { prefix: "q", multiline: true, delimited: perlQuoteDelimiters }),
      form("{", { prefix: "qq", multiline: true, interpolation: ["$", "@"], delimited: perlQuoteDelimiters }),
      form('"', { multiline: true, interpolation: ["$", "@"] }),
      form("'", { multiline: true, escapes: ["\\\\", "\\'"] }),
    ],
  },
  // R 4's raw strings: r"(…)", R'[…]', r"---{…}---", closed by the same bracket, dashes and quote.
  r: {
    lineComments: ["#"],
    blockComments: [],
    strings: [
      form('"', {
        prefix: "r",
        multiline: true,
        escapes: NONE,
        escapeChar: undefined,
        delimited: (text, at) => {
          const match = /^(["'])(-*)([([{])/.exec(text.slice(at, at + 256));
          if (!match) return undefined;
          const [open, quote, dashes, bracket] = match as unknown as [string, string, string, string];
          return { open, close: `${{ "(": ")", "[": "]", "{": "}" }[bracket]}${dashes}${quote}` };
        },
      }),
      form('"', { multiline: true }),
      form("'", { multiline: true }),
    ],
  },
  elixir: {
    lineComments: ["#"],
    blockComments: [],
    strings: [form('"""', { multiline: true, interpolation: ["#{"], block: ELIXIR_HEREDOC }), form("'''", { multiline: true, interpolation: ["#{"], block: ELIXIR_HEREDOC }), form('"', { multiline: true, interpolation: ["#{"] }), form("'", { multiline: true, interpolation: ["#{"] })],
  },
  // Visual Basic: `'` starts a comment; `""` in a string is one quote.
  vb: {
    lineComments: ["'"],
    blockComments: [],
    strings: [form('"', { prefix: "$", escapes: ['""'], escapeChar: undefined, doubledClose: true, interpolation: ["{", "}"] }), form('"', { escapes: ['""'], escapeChar: undefined, doubledClose: true })],
  },
  fsharp: {
    lineComments: ["//"],
    blockComments: [["(*", "*)"]],
    strings: [
      form('"""', { prefix: "$", multiline: true, escapes: NONE, escapeChar: undefined, interpolation: ["{", "}"] }),
      form('"""', { multiline: true, escapes: NONE, escapeChar: undefined }),
      form('"', { prefix: "@", multiline: true, escapes: ['""'], escapeChar: undefined, doubledClose: true }),
      form('"', { prefix: "$", multiline: true, interpolation: ["{", "}"] }),
      form('"', { multiline: true }),
      characterLiteral({ alsoTypeVariable: true }),
    ],
  },
  dart: {
    ...C_COMMENTS,
    strings: [
      ...['"""', "'''"].flatMap((open) => [form(open, { prefix: "r", multiline: true, escapes: NONE, escapeChar: undefined, block: DART_MULTILINE }), form(open, { multiline: true, interpolation: ["$"], block: DART_MULTILINE })]),
      ...['"', "'"].flatMap((open) => [form(open, { prefix: "r", escapes: NONE, escapeChar: undefined }), form(open, { interpolation: ["$"] })]),
    ],
  },
  // Jsonnet: JSON's strings in either quotes, spanning lines; `@"…"` verbatim with the quote doubled;
  // a `|||` text block always spans lines, and Jsonnet strips its indentation.
  jsonnet: {
    lineComments: ["//", "#"],
    blockComments: [["/*", "*/"]],
    strings: [
      form("|||", { multiline: true, escapes: NONE, escapeChar: undefined, block: JSONNET_TEXT_BLOCK, delimited: jsonnetTextBlock }),
      ...['"', "'"].flatMap((open) => [form(open, { prefix: "@", multiline: true, escapes: [open + open], escapeChar: undefined, doubledClose: true }), form(open, { multiline: true })]),
    ],
  },
  // CMake: `#[[…]]` comments and `[[…]]` arguments (with any number of `=` between the brackets)
  // take no escapes; a quoted argument spans lines and expands `${…}`, `$ENV{…}` and `$CACHE{…}`.
  cmake: {
    lineComments: ["#"],
    blockComments: [],
    delimitedComment: longBracketComment("#"),
    escapesInCode: true,
    strings: [form("[", { close: "]", multiline: true, escapes: NONE, escapeChar: undefined, block: CMAKE_BRACKET, delimited: longBracket }), form('"', { multiline: true, interpolation: ["${", "$ENV{", "$CACHE{"] })],
  },
  // HCL strings end with their line, and a heredoc (<<EOT) would derail a lexer started at the top:
  // lexed from the span's line, as shell is.
  terraform: { lineComments: ["#", "//"], blockComments: [["/*", "*/"]], shell: true, strings: [form('"', { interpolation: ["${", "%{"] })] },
};

/** After these a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set([..."(,=:[!&|?{};+-*%<>~^"]);
const KEYWORDS_BEFORE_REGEX = new Set(["return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "yield", "await"]);

/** Template holes nest; a file nesting deeper than this is not worth following. */
const MAX_HOLE_DEPTH = 64;

function isIdentifierStart(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z_]/.test(ch);
}
function isIdentifierPart(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_]/.test(ch);
}

interface Span {
  readonly start: number;
  readonly end: number;
}

class Lexer {
  /** Longest opener first, so `"""` wins over `"` and `@"` over `"`. */
  private readonly openers: readonly StringForm[];
  private readonly letterPrefixes: ReadonlySet<string>;
  /**
   * The literal whose content holds the span. Literals never overlap, except one nested in a
   * template hole, and a template does not count as holding a span that lies in one of its holes.
   */
  found: StringLiteral | undefined;
  /** Whether the span starts inside a comment. */
  commented = false;
  /** Where the braces of code (not of a literal, a comment or a template hole) stand, when asked for. */
  codeBraces: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly syntax: LanguageSyntax,
    private readonly span: Span,
  ) {
    this.openers = [...syntax.strings].sort((a, b) => b.prefix.length + b.open.length - (a.prefix.length + a.open.length));
    this.letterPrefixes = new Set(syntax.strings.map((f) => f.prefix).filter((p) => /^[a-z][a-z0-9]*$/.test(p)));
  }

  /** Lexes code from `i`; inside a template hole (`depth` > 0) it returns after the matching `}`. */
  code(i: number, depth: number): number {
    const { text } = this;
    let braces = 0;
    /** Whether a `/` here would start a regular expression (JavaScript only). */
    let regexAllowed = true;
    while (i < text.length) {
      // Outside every literal, nothing that starts after the span can hold it.
      if (depth === 0 && i > this.span.start) return text.length;
      const ch = text[i]!;
      if (ch === "\\" && this.syntax.escapesInCode) {
        i += 2;
        continue;
      }
      const skipped = this.comment(i);
      if (skipped !== undefined) {
        if (this.span.start < skipped && depth === 0) this.commented = true;
        i = skipped;
        continue;
      }
      if (isIdentifierStart(ch)) {
        let j = i + 1;
        while (isIdentifierPart(text[j])) j++;
        const word = text.slice(i, j).toLowerCase();
        const opened = this.letterPrefixes.has(word) ? this.literalAt(i, j, word, depth) : undefined;
        regexAllowed = opened === undefined && KEYWORDS_BEFORE_REGEX.has(word);
        i = opened ?? j;
        continue;
      }
      const opened = this.literalAt(i, i, "", depth);
      if (opened !== undefined) {
        regexAllowed = false;
        i = opened;
        continue;
      }
      if (ch === "/" && regexAllowed && this.syntax.regexLiterals) {
        i = this.regex(i);
        regexAllowed = false;
        continue;
      }
      if (depth === 0 && (ch === "{" || ch === "}")) this.codeBraces?.push(i);
      if (depth > 0 && ch === "{") braces++;
      else if (depth > 0 && ch === "}") {
        if (braces === 0) return i + 1;
        braces--;
      }
      if (!/\s/.test(ch)) regexAllowed = BEFORE_REGEX.has(ch);
      i++;
    }
    return i;
  }

  /** A regular-expression literal from its opening `/`: to the closing `/` outside a class, on one line. */
  private regex(i: number): number {
    const { text } = this;
    let inClass = false;
    for (let k = i + 1; k < text.length; k++) {
      const ch = text[k]!;
      if (ch === "\n" || ch === "\r") return k;
      if (ch === "\\") k++;
      else if (ch === "[") inClass = true;
      else if (ch === "]") inClass = false;
      else if (ch === "/" && !inClass) return k + 1;
    }
    return text.length;
  }

  private comment(i: number): number | undefined {
    const { text, syntax } = this;
    // Block comments first: Lua's `--[[` begins with its line comment's `--`.
    const delimited = syntax.delimitedComment?.(text, i);
    if (delimited) {
      const end = text.indexOf(delimited.close, i + delimited.open.length);
      return end === -1 ? text.length : end + delimited.close.length;
    }
    for (const [open, close] of syntax.blockComments) {
      if (!text.startsWith(open, i)) continue;
      const end = text.indexOf(close, i + open.length);
      return end === -1 ? text.length : end + close.length;
    }
    for (const marker of syntax.lineComments) {
      if (!text.startsWith(marker, i)) continue;
      if (syntax.shell && i > 0 && !/[\s;|&(]/.test(text[i - 1]!)) continue;
      const newline = text.indexOf("\n", i);
      return newline === -1 ? text.length : newline;
    }
    return undefined;
  }

  /**
   * A literal whose prefix starts at `start` and whose quote starts at `quote` (with the letter
   * prefix `word` between them), or undefined. Returns the offset after it.
   */
  private literalAt(start: number, quote: number, word: string, depth: number): number | undefined {
    const { text } = this;
    for (const f of this.openers) {
      if (word !== "" ? f.prefix !== word : /[a-z]/.test(f.prefix) || !text.startsWith(f.prefix, quote)) continue;
      const openAt = quote + (word ? 0 : f.prefix.length);
      const delimiters = f.delimited ? f.delimited(text, openAt) : text.startsWith(f.open, openAt) ? f : undefined;
      if (!delimiters) continue;
      // (A lifetime or type variable: the `'` is code, and the string after it on the line is read as one.)
      if (f.alsoTypeVariable && !CLOSED_CHARACTER.test(text.slice(openAt, openAt + 16))) continue;
      const concrete = delimiters === f ? f : { ...f, open: delimiters.open, close: delimiters.close };
      return this.content(start, openAt + concrete.open.length, concrete, depth);
    }
    return undefined;
  }

  private content(start: number, contentStart: number, f: StringForm, depth: number): number {
    const { text } = this;
    const holes: Span[] = [];
    let k = contentStart;
    let contentEnd = text.length;
    let end = text.length;
    let unterminated = true;
    while (k < text.length) {
      const ch = text[k]!;
      if (f.escapeChar !== undefined && ch === f.escapeChar) {
        k += 2;
        continue;
      }
      if (!f.multiline && (ch === "\n" || ch === "\r")) {
        // Unterminated: the line ends it, so one broken line cannot swallow the file.
        contentEnd = end = k;
        break;
      }
      if (text.startsWith(f.close, k) && (!f.closeAtLineStart || text[k - 1] === "\n")) {
        if (f.doubledClose && text.startsWith(f.close, k + f.close.length)) {
          k += 2 * f.close.length;
          continue;
        }
        contentEnd = k;
        end = k + f.close.length;
        unterminated = false;
        break;
      }
      if (f.pythonFields && ch === "{") {
        // `{{` is a brace of the text. A field is skipped whole: a quote in it opens a string of
        // the field's, not the f-string's end. (One that never closes is read as text, as before.)
        if (text[k + 1] === "{") {
          k += 2;
          continue;
        }
        const lineEnd = f.multiline ? -1 : text.indexOf("\n", k);
        const field = pythonFieldEnd(text, k + 1, lineEnd === -1 ? text.length : lineEnd);
        if (field.closed) {
          k = field.fieldEnd;
          continue;
        }
      }
      if (f.codeHoles !== undefined && depth < MAX_HOLE_DEPTH && text.startsWith(f.codeHoles, k)) {
        const holeEnd = this.code(k + 2, depth + 1);
        holes.push({ start: k, end: holeEnd });
        k = holeEnd;
        continue;
      }
      k++;
    }
    const { span } = this;
    const inside = contentStart <= span.start && span.end <= contentEnd && !holes.some((hole) => hole.start < span.end && span.start < hole.end);
    if (inside) this.found = { start, end, contentStart, contentEnd, form: f, prefixText: text.slice(start, contentStart - f.open.length), ...(unterminated ? { unterminated } : {}) };
    return end;
  }
}

/**
 * The text lexed as the language's code up to `span`: from the file's top, or for a shell from the
 * span's line (a shell's quotes do not run across lines). `braces` asks for the code's braces.
 */
function lexedTo(text: string, language: Exclude<CodeLanguage, "other">, span: Span, braces = false): Lexer {
  const syntax = SYNTAX[language];
  const lexer = new Lexer(text, syntax, span);
  if (braces) lexer.codeBraces = [];
  lexer.code(syntax.shell ? text.lastIndexOf("\n", span.start - 1) + 1 : 0, 0);
  return lexer;
}

/** The innermost string literal whose content holds `span`, or undefined (code, comment, unquoted). */
export function stringLiteralAt(text: string, language: Exclude<CodeLanguage, "other">, span: Span): StringLiteral | undefined {
  return lexedTo(text, language, span).found;
}

/** Whether the span starts inside a comment of the language, as the file is lexed from its top. */
export function inCommentAt(text: string, language: Exclude<CodeLanguage, "other">, span: Span): boolean {
  return lexedTo(text, language, span).commented;
}

/** Where the `{` and `}` of code stand before `end`, in order: a brace in a string or a comment is not one. */
export function codeBracesBefore(text: string, language: Exclude<CodeLanguage, "other">, end: number): number[] {
  return (lexedTo(text, language, { start: end, end }, true).codeBraces ?? []).filter((at) => at < end);
}

/**
 * The runtime value of the literal's source between `from` and `to`, where the text differs from it
 * only by escaped quotes, which every language here reads one way: `\"` (the quote that closes the
 * literal, not the other one: a shell's `"\'"` keeps its backslash), or the closing quote doubled
 * (`""` in a C# verbatim string or Visual Basic, `''` in PowerShell). A connection string quotes a
 * password that holds a `;` (`Password=\"a;b\"`). Undefined where any other escape or
 * interpolation is there, `\\` too: a backslash left in the value may escape the next character
 * for the string's own reader (libpq's `'a\'b'`), where the finding may have stopped short, and JSX
 * attributes, which look like JavaScript strings, keep their backslashes.
 */
export function decodedLiteralText(text: string, literal: StringLiteral, from: number, to: number): string | undefined {
  const { form } = literal;
  const source = text.slice(from, to);
  const close = form.close;
  if (form.quotesAreText) return undefined;
  let decoded: string;
  let rest: string;
  if (form.escapeChar === "\\" && close.length === 1) {
    const escaped = new RegExp(String.raw`\\(${close.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})`, "g");
    decoded = source.replace(escaped, "$1");
    rest = source.replace(escaped, "");
  } else if (form.doubledClose) {
    decoded = source.split(close + close).join(close);
    rest = source.split(close + close).join("");
  } else return undefined;
  const other = form.escapes.some((sequence) => rest.includes(sequence)) || form.interpolation.some((sequence) => source.includes(sequence));
  return other ? undefined : decoded;
}

/** Why the literal's source text between `from` and `to` is not its runtime value, or undefined. */
export function sourceIsNotValue(text: string, literal: StringLiteral, from: number, to: number): string | undefined {
  const source = text.slice(from, to);
  const escape = literal.form.escapes.find((sequence) => source.includes(sequence));
  if (escape) return `escape sequences (${escape})`;
  const interpolation = literal.form.interpolation.find((sequence) => source.includes(sequence));
  if (interpolation) return `interpolation (${interpolation})`;
  return undefined;
}

/**
 * Where a Python f-string's replacement field ends: its expression runs from `from` to the first
 * `!`, `:` or `}` outside brackets and quotes (a conversion, a format spec, the field's end), and
 * the field to its matching `}` (a format spec may hold fields of its own).
 */
function pythonFieldEnd(text: string, from: number, limit: number): { expressionEnd: number; fieldEnd: number; closed: boolean } {
  let depth = 0;
  let i = from;
  for (; i < limit; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      const close = text.indexOf(ch, i + 1);
      i = close === -1 || close >= limit ? limit : close;
    } else if ("([{".includes(ch)) depth++;
    else if (depth > 0 && ")]}".includes(ch)) depth--;
    else if (ch === "}" || ch === ":" || (ch === "!" && text[i + 1] !== "=")) break;
  }
  const expressionEnd = i;
  for (let braces = 0; i < limit; i++) {
    if (text[i] === "{") braces++;
    else if (text[i] === "}" && braces-- === 0) return { expressionEnd, fieldEnd: i + 1, closed: true };
  }
  return { expressionEnd, fieldEnd: limit, closed: false };
}

/**
 * The expression of the Python f-string replacement field (`{os.getenv('HOST', '…')}`) that holds
 * `at`, or undefined where `at` is in the string's text (or the literal is no f-string). The field
 * is code: a literal in it is a string of its own.
 */
export function pythonFieldExpressionAt(text: string, literal: StringLiteral, at: number): Span | undefined {
  if (!/f/i.test(literal.prefixText) || !(literal.contentStart < at && at < literal.contentEnd)) return undefined;
  const raw = /r/i.test(literal.prefixText);
  for (let i = literal.contentStart; i < literal.contentEnd && i < at; i++) {
    const ch = text[i];
    if (ch === "\\" && !raw) i++;
    else if (ch === "{" && text[i + 1] === "{") i++;
    else if (ch === "{") {
      const { expressionEnd, fieldEnd } = pythonFieldEnd(text, i + 1, literal.contentEnd);
      if (at < expressionEnd) return { start: i + 1, end: expressionEnd };
      i = fieldEnd - 1;
    }
  }
  return undefined;
}
