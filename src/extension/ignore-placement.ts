// Where "Ignore this finding…" may put its comment without changing what the file means. A new
// line above the finding is a comment only where a line can start one: not after a line that
// continues onto the finding's (`\`, PowerShell's backtick, batch's `^`), not inside a string,
// here-document, XML tag or YAML block scalar, where it would become part of the value or end the
// command early. There it refuses, and the caller offers the baseline instead. No `vscode` here:
// a unit test holds it against the engine's own reading of the markers.
import { parseInlineIgnores } from "../engine";
import { shellQuotingAt } from "../fixes";
import { commentReason, ignoreCommentLine } from "./ignore-comment";

export type CommentSyntax = readonly [opener: string, closer: string];

/** Line comment opener and closer per language; languages without comments (JSON) are absent. */
const COMMENTS: Record<string, CommentSyntax> = {};
for (const id of ["javascript", "javascriptreact", "typescript", "typescriptreact", "csharp", "java", "go", "c", "cpp", "rust", "swift", "kotlin", "scala", "php", "dart", "jsonc", "bicep", "groovy", "fsharp"]) COMMENTS[id] = ["//", ""];
for (const id of ["python", "shellscript", "yaml", "dotenv", "properties", "ruby", "perl", "r", "powershell", "dockerfile", "toml", "makefile", "cmake", "terraform", "coffeescript", "plaintext"]) COMMENTS[id] = ["#", ""];
for (const id of ["xml", "html", "markdown", "xsl", "vue", "svelte"]) COMMENTS[id] = ["<!--", " -->"];
for (const id of ["sql", "lua", "haskell"]) COMMENTS[id] = ["--", ""];
// Windows INI files and php.ini read only `;` as a comment; every INI reader takes it.
COMMENTS.ini = [";", ""];
COMMENTS.bat = ["REM", ""];
// Razor's own comment: an HTML comment would be sent to every browser, and is no comment in code.
COMMENTS.razor = ["@*", " *@"];
COMMENTS.aspnetcorerazor = ["@*", " *@"];

/** The language's comment syntax, when it has one. */
export function languageCommentSyntax(languageId: string): CommentSyntax | undefined {
  return COMMENTS[languageId];
}

/** An edit of one line: `text` replaces characters `start` to `end` of `line` (a new line when it ends in `\n`). */
export interface IgnoreEdit {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type IgnorePlacement = { readonly edit: IgnoreEdit } | { readonly refused: string };

const NEXT_LINE_MARKER = "secret-hygiene-ignore-next-line";

/**
 * The edit that silences `ruleId` on `line` (zero-based) of `lines`: our marker on the line above,
 * or, when the line above already holds one for other rules (two findings on one line), that
 * marker with this rule added, since a second marker would push the first away from its line.
 */
export function placeIgnoreComment(lines: readonly string[], line: number, languageId: string, ruleId: string, reason: string): IgnorePlacement {
  const base = languageCommentSyntax(languageId);
  if (!base) return { refused: `${languageId} files have no comments` };
  const extended = extendMarkerAbove(lines, line, languageId, ruleId, reason);
  if (extended) return { edit: extended };
  const context = blockedBy(lines, line, languageId);
  if (typeof context === "string") return { refused: context };
  const syntax = context?.syntax ?? base;
  const text = lines[line] ?? "";
  const indent = text.slice(0, text.length - text.trimStart().length);
  return { edit: { line, start: 0, end: 0, text: ignoreCommentLine(languageId, syntax, indent, ruleId, reason) } };
}

/** Adds `ruleId` to our next-line marker on the line above, when one is there with its own rules. */
function extendMarkerAbove(lines: readonly string[], line: number, languageId: string, ruleId: string, reason: string): IgnoreEdit | undefined {
  if (line === 0) return undefined;
  const above = lines[line - 1]!;
  if (!above.includes(NEXT_LINE_MARKER)) return undefined;
  const directive = parseInlineIgnores(above).directives.find((candidate) => candidate.marker === NEXT_LINE_MARKER);
  const ids = directive?.ruleIds;
  const offsets = directive?.ruleIdOffsets;
  if (!ids || !offsets || ids.length === 0) return undefined;
  const idEnd = offsets[ids.length - 1]! + ids[ids.length - 1]!.length;
  // The reason joins the old one, unless it says the same: `a/rule, b/rule -- why; why too`. Where
  // the comment closes before the line ends (`/* marker */ init();`), only the rule is added: the
  // reason's end is not the line's.
  const closer = /\s*(?:\*\/|-->|\*@)\s*$/.exec(above);
  const closedEarlier = !closer && /\*\/|-->|\*@/.test(above.slice(idEnd));
  const why = commentReason(languageId, reason, closer?.[0] ?? "");
  const reasonEnd = closer ? closer.index : above.trimEnd().length;
  const written = above.slice(idEnd, reasonEnd);
  if (why === "" || closedEarlier || written.includes(why)) return { line: line - 1, start: idEnd, end: idEnd, text: `, ${ruleId}` };
  const separator = written.trim() !== "" ? "; " : languageId === "xml" || languageId === "xsl" ? ": " : " -- ";
  return { line: line - 1, start: idEnd, end: reasonEnd, text: `, ${ruleId}${written}${separator}${why}` };
}

/**
 * Why a line above `line` cannot be a comment (a message), or the syntax a comment there takes when
 * it differs from the file's (`//` in an HTML page's script), or undefined.
 */
function blockedBy(lines: readonly string[], line: number, languageId: string): string | { syntax: CommentSyntax } | undefined {
  const above = line > 0 ? lines[line - 1]!.trimEnd() : "";
  if (/(?:^|[^\\])(?:\\\\)*\\$/.test(above)) return "the line above continues onto it (it ends with a backslash)";
  if (languageId === "powershell" && above.endsWith("`")) return "the line above continues onto it (it ends with a backtick)";
  if (languageId === "bat" && above.endsWith("^")) return "the line above continues onto it (it ends with ^)";
  if (insidePemBlock(lines, line)) return "it is inside a key block";
  // A shell script is read as the shell quick fix reads it (quotes, here-documents, substitutions).
  if (languageId === "shellscript") return shellBlocker(lines, line);
  if (HEREDOC_STARTS[languageId] && insideHeredoc(lines, line, HEREDOC_STARTS[languageId])) return "it is inside a here-document";
  if (languageId === "yaml") return insideYamlQuotedScalar(lines, line) ? "it is inside a quoted YAML value that spans lines" : insideYamlBlockScalar(lines, line);
  if (languageId === "markdown" && insideFence(lines, line)) return "it is inside a fenced code block";
  if (MARKUP.has(languageId)) return markupContext(lines, line, languageId);
  const strings = STRING_SYNTAX[languageId];
  if (strings && insideMultiLineString(lines, line, strings)) return "it is inside a string that spans lines";
  return undefined;
}

// Here-documents: the word that ends each, by language (a shell's `<<EOF`, `<<-'EOF'`; Ruby's
// `<<~SQL`; PHP's `<<<EOT`; Perl's `<<"END"`).
const HEREDOC_STARTS: Record<string, RegExp> = {
  // (`<<\EOF` quotes the word as `<<'EOF'` does.)
  dockerfile: /<<-?[ \t]*\\?(["']?)([A-Za-z_]\w*)\1/g,
  makefile: /<<-?[ \t]*\\?(["']?)([A-Za-z_]\w*)\1/g,
  yaml: /<<-?[ \t]*\\?(["']?)([A-Za-z_]\w*)\1/g,
  // Terraform's `<<EOT` and `<<-EOT` (JSON policies, task definitions).
  terraform: /<<-?()([A-Za-z_]\w*)/g,
  ruby: /<<[~-]?(["'`]?)([A-Z_][A-Z0-9_]*)\1/g,
  perl: /<<~?(["']?)([A-Z_][A-Z0-9_]*)\1/g,
  php: /<<<[ \t]*(["']?)([A-Za-z_]\w*)\1/g,
};

function shellBlocker(lines: readonly string[], line: number): string | undefined {
  const quoting = shellQuotingAt(lines.join("\n"), lines.slice(0, line).reduce((offset, text) => offset + text.length + 1, 0));
  if (quoting === "bare") return undefined;
  if (quoting === "heredoc") return "it is inside a here-document";
  if (quoting === "single" || quoting === "double") return "it is inside a string that spans lines";
  return "it is inside backticks or a quoted here-document, or the shell's quoting there is not certain";
}

function insideHeredoc(lines: readonly string[], line: number, starts: RegExp): boolean {
  const open: string[] = [];
  for (let index = 0; index < line; index++) {
    const text = lines[index]!;
    if (open.length > 0) {
      if (text.trim() === open[0]) open.shift();
      continue;
    }
    starts.lastIndex = 0;
    for (let match = starts.exec(text); match; match = starts.exec(text)) open.push(match[2]!);
  }
  return open.length > 0;
}

function insidePemBlock(lines: readonly string[], line: number): boolean {
  for (let index = line - 1; index >= 0 && index >= line - 200; index--) {
    const text = lines[index]!;
    if (/-----END [A-Z0-9 ]+-----/.test(text)) return false;
    if (/-----BEGIN [A-Z0-9 ]+-----/.test(text)) return true;
  }
  return false;
}

/**
 * Keys whose literal block scalar is a script, where a `#` line is a comment of the script too. (Not
 * a folded `>` one: there the comment joins the next line and comments out its command.)
 */
const SCRIPT_BLOCK_HEADER = /^\s*(?:-\s+)?(?:run|script|inlineScript|command|commands|before_script|after_script|shell)\s*:\s*\|[+-]?\d?\s*(?:#.*)?$/;
const BLOCK_SCALAR_HEADER = /(?:^|[:\s-])[|>][+-]?\d?[+-]?\s*(?:#.*)?$/;

/** A line of a YAML block scalar (`key: |`): a `#` there is part of the value, unless it is a script. */
function insideYamlBlockScalar(lines: readonly string[], line: number): string | undefined {
  const indentOf = (text: string) => text.length - text.trimStart().length;
  let lowest = indentOf(lines[line] ?? "");
  for (let index = line - 1; index >= 0 && lowest > 0; index--) {
    const text = lines[index]!;
    if (text.trim() === "") continue;
    const indent = indentOf(text);
    if (indent >= lowest) continue;
    lowest = indent;
    if (BLOCK_SCALAR_HEADER.test(text)) return SCRIPT_BLOCK_HEADER.test(text) ? undefined : "it is inside a YAML block value (`|` or `>`)";
  }
  return undefined;
}

/**
 * A YAML value continued on the next lines inside quotes or a flow collection: `key: "first` …
 * `end"`, `items: [a,` … `b]`, after a quoted key, a tag (`!!str`) or an anchor (`&d`).
 */
function insideYamlQuotedScalar(lines: readonly string[], line: number): boolean {
  let quote = "";
  let depth = 0;
  for (let index = 0; index < line; index++) {
    const text = lines[index]!;
    let at = 0;
    if (!quote && depth === 0) {
      // Where a value starts: after `key:` (quoted or not), `- `, a tag or an anchor.
      const start = /^\s*(?:-\s+)?(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'[{][^:#]*?):(?:\s+|$))?(?:(?:!!?[\w/-]*|&[\w-]+)\s+)*/.exec(text)!;
      at = start[0].length;
      if (!/^["'[{]/.test(text.slice(at))) continue;
    }
    for (; at < text.length; at++) {
      const char = text[at]!;
      if (quote) {
        if (quote === '"' && char === "\\") at++;
        else if (char === quote) {
          if (quote === "'" && text[at + 1] === "'") at++;
          else quote = "";
        }
      } else if (char === '"' || char === "'") quote = char;
      else if (char === "[" || char === "{") depth++;
      else if (char === "]" || char === "}") depth = Math.max(0, depth - 1);
      else if (char === "#" && /\s/.test(text[at - 1] ?? " ")) break;
      if (!quote && depth === 0) break;
    }
  }
  return quote !== "" || depth > 0;
}

function insideFence(lines: readonly string[], line: number): boolean {
  let fence: string | undefined;
  for (let index = 0; index < line; index++) {
    const match = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[index]!);
    if (!match) continue;
    if (fence === undefined) fence = match[1]!;
    else if (match[1]!.startsWith(fence[0]!) && match[1]!.length >= fence.length) fence = undefined;
  }
  return fence !== undefined;
}

const MARKUP = new Set(["xml", "xsl", "html", "vue", "svelte", "razor", "aspnetcorerazor"]);

/**
 * Reads markup up to `line`: inside a tag, a comment or CDATA a comment line cannot go; inside a
 * page's `<script>` or `<style>` it takes that language's syntax; before an XML declaration none
 * may come.
 */
function markupContext(lines: readonly string[], line: number, languageId: string): string | { syntax: CommentSyntax } | undefined {
  if (lines.slice(0, line).every((text) => text.trim() === "") && /^\s*<\?xml/.test(lines[line] ?? "")) return "the XML declaration must come first in the file";
  const text = lines.slice(0, line).join("\n") + "\n";
  let state: "text" | "tag" | "comment" | "cdata" | "script" | "style" = "text";
  let quote = "";
  let tagName = "";
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (state === "comment") {
      if (text.startsWith("-->", at)) {
        state = "text";
        at += 2;
      }
    } else if (state === "cdata") {
      if (text.startsWith("]]>", at)) {
        state = "text";
        at += 2;
      }
    } else if (state === "script" || state === "style") {
      if (char === "<" && text.slice(at, at + state.length + 2).toLowerCase() === `</${state}`) {
        state = "tag";
        tagName = "";
      }
    } else if (state === "tag") {
      if (quote) {
        if (char === quote) quote = "";
      } else if (char === '"' || char === "'") quote = char;
      else if (char === ">") {
        const selfClosed = text[at - 1] === "/";
        state = !selfClosed && (tagName === "script" || tagName === "style") ? tagName : "text";
      }
    } else if (char === "<") {
      if (text.startsWith("<!--", at)) {
        state = "comment";
        at += 3;
      }
      else if (text.startsWith("<![CDATA[", at)) {
        state = "cdata";
        at += 8;
      }
      else if (/[A-Za-z/!?]/.test(text[at + 1] ?? "")) {
        state = "tag";
        tagName = /^<([A-Za-z][\w-]*)/.exec(text.slice(at, at + 40))?.[1]?.toLowerCase() ?? "";
      }
    }
  }
  if (state === "tag") return "it is inside a tag that starts on a line above";
  if (state === "comment") return "it is inside a comment";
  if (state === "cdata") return "it is inside a CDATA section";
  if (state === "script") return languageId === "razor" || languageId === "aspnetcorerazor" ? undefined : { syntax: ["//", ""] };
  if (state === "style") return { syntax: ["/*", " */"] };
  return undefined;
}

/**
 * How a language writes strings that may span lines, and the comments to step over while looking
 * for them (a backtick or `"""` in a comment opens nothing).
 */
interface StringSyntax {
  readonly lineComment?: string;
  readonly blockComment?: readonly [string, string];
  /** Openers and their closers of strings that may span lines. */
  readonly spanning: readonly (readonly [open: string, close: string])[];
  /** Openers whose closer depends on them (`R"x(` … `)x"`, `r##"` … `"##`, `[==[` … `]==]`). */
  readonly delimited?: RegExp;
  readonly closerOf?: (opener: RegExpExecArray) => string;
  /** Quotes whose strings end with the line (an unclosed one is a syntax error, not a string). */
  readonly lineQuotes: readonly string[];
  /** Whether `\` escapes the next character inside strings. */
  readonly backslash: boolean;
}

const C_COMMENTS = { lineComment: "//", blockComment: ["/*", "*/"] as const };
const same = (...delimiters: string[]) => delimiters.map((delimiter) => [delimiter, delimiter] as const);

const STRING_SYNTAX: Record<string, StringSyntax> = {
  python: { lineComment: "#", spanning: same('"""', "'''"), lineQuotes: ['"', "'"], backslash: true },
  toml: { lineComment: "#", spanning: same('"""', "'''"), lineQuotes: ['"', "'"], backslash: true },
  kotlin: { ...C_COMMENTS, spanning: same('"""'), lineQuotes: ['"', "'"], backslash: true },
  scala: { ...C_COMMENTS, spanning: same('"""'), lineQuotes: ['"', "'"], backslash: true },
  swift: { ...C_COMMENTS, spanning: same('"""'), lineQuotes: ['"'], backslash: true },
  groovy: { ...C_COMMENTS, spanning: same('"""', "'''"), lineQuotes: ['"', "'"], backslash: true },
  java: { ...C_COMMENTS, spanning: same('"""'), lineQuotes: ['"', "'"], backslash: true },
  dart: { ...C_COMMENTS, spanning: same('"""', "'''"), lineQuotes: ['"', "'"], backslash: true },
  // C#'s raw `"""` and verbatim `@"…"` strings (where `""` is a quote: read as two strings, the same).
  csharp: { ...C_COMMENTS, spanning: [['"""', '"""'], ['@"', '"'], ['$@"', '"'], ['@$"', '"']], lineQuotes: ['"', "'"], backslash: true },
  javascript: { ...C_COMMENTS, spanning: same("`"), lineQuotes: ['"', "'"], backslash: true },
  javascriptreact: { ...C_COMMENTS, spanning: same("`"), lineQuotes: ['"', "'"], backslash: true },
  typescript: { ...C_COMMENTS, spanning: same("`"), lineQuotes: ['"', "'"], backslash: true },
  typescriptreact: { ...C_COMMENTS, spanning: same("`"), lineQuotes: ['"', "'"], backslash: true },
  go: { ...C_COMMENTS, spanning: same("`"), lineQuotes: ['"', "'"], backslash: true },
  // C++'s raw strings, `R"(…)"` (a custom delimiter is rare and refused no better).
  c: { ...C_COMMENTS, spanning: [], lineQuotes: ['"', "'"], backslash: true },
  cpp: { ...C_COMMENTS, spanning: [], delimited: /R"([^()\\\s]{0,16})\(/y, closerOf: (opener) => `)${opener[1]}"`, lineQuotes: ['"', "'"], backslash: true },
  // Rust: every string may span lines; raw ones too. (`'` starts lifetimes as often as characters.)
  rust: { ...C_COMMENTS, spanning: [['"', '"']], delimited: /r(#{0,8})"/y, closerOf: (opener) => `"${opener[1]}`, lineQuotes: [], backslash: true },
  bicep: { ...C_COMMENTS, spanning: same("'''"), lineQuotes: ["'"], backslash: true },
  terraform: { lineComment: "#", blockComment: ["/*", "*/"], spanning: [], lineQuotes: ['"'], backslash: true },
  lua: { lineComment: "--", spanning: [], delimited: /\[(=*)\[/y, closerOf: (opener) => `]${opener[1]}]`, lineQuotes: ['"', "'"], backslash: true },
  // CMake: quoted arguments, bracket arguments and bracket comments (`#[[ … ]]`) may span lines.
  cmake: { lineComment: "#", spanning: same('"'), delimited: /#?\[(=*)\[/y, closerOf: (opener) => `]${opener[1]}]`, lineQuotes: [], backslash: true },
  // In these every quoted string may span lines.
  php: { lineComment: "//", blockComment: ["/*", "*/"], spanning: same('"', "'"), lineQuotes: [], backslash: true },
  ruby: { lineComment: "#", spanning: same('"', "'"), lineQuotes: [], backslash: true },
  perl: { lineComment: "#", spanning: same('"', "'"), lineQuotes: [], backslash: true },
  dockerfile: { lineComment: "#", spanning: same('"', "'"), lineQuotes: [], backslash: true },
  powershell: { lineComment: "#", blockComment: ["<#", "#>"], spanning: [['@"', '"@'], ["@'", "'@"], ['"', '"'], ["'", "'"]], lineQuotes: [], backslash: false },
};

/**
 * Whether `line` starts inside a string that spans lines, read from the file's start. Comments
 * and one-line strings are stepped over, so a quote inside them opens nothing.
 */
function insideMultiLineString(lines: readonly string[], line: number, syntax: StringSyntax): boolean {
  let open = "";
  let blockComment = false;
  for (let index = 0; index < line; index++) {
    const text = lines[index]!;
    let quote = "";
    for (let at = 0; at < text.length; at++) {
      const char = text[at]!;
      if (blockComment) {
        if (text.startsWith(syntax.blockComment![1], at)) {
          blockComment = false;
          at += syntax.blockComment![1].length - 1;
        }
        continue;
      }
      if (open) {
        // (A single-quoted shell or Perl string takes a backslash as it is; it ends at the quote.)
        if (char === "\\" && syntax.backslash && open !== "'") at++;
        else if (text.startsWith(open, at)) {
          at += open.length - 1;
          open = "";
        }
        continue;
      }
      if (quote) {
        if (char === "\\" && syntax.backslash) at++;
        else if (char === quote) quote = "";
        continue;
      }
      // (Before line comments: CMake's bracket comment `#[=[ … ]=]` begins with its `#`.)
      if (syntax.delimited) {
        syntax.delimited.lastIndex = at;
        const opener = syntax.delimited.exec(text);
        if (opener) {
          open = syntax.closerOf!(opener);
          at += opener[0].length - 1;
          continue;
        }
      }
      // A shell's `#` starts a comment only as a word: `${#list}`, `a#b` are not.
      if (syntax.lineComment && text.startsWith(syntax.lineComment, at) && (syntax.lineComment !== "#" || at === 0 || /\s/.test(text[at - 1]!))) break;
      if (syntax.blockComment && text.startsWith(syntax.blockComment[0], at)) {
        blockComment = true;
        at += syntax.blockComment[0].length - 1;
        continue;
      }
      if (char === "\\" && syntax.backslash) {
        at++;
        continue;
      }
      const spanning = syntax.spanning.find(([opener]) => text.startsWith(opener, at));
      if (spanning) {
        open = spanning[1];
        at += spanning[0].length - 1;
      } else if (syntax.lineQuotes.includes(char)) quote = char;
    }
  }
  return open !== "";
}
