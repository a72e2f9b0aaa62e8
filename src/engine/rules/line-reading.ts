import type { FileType } from "./types";

/**
 * Reading a line the way the generic rules need: where a value ends, whether a place is in a
 * comment or inside a string, and whether a bare word can be an expression.
 */

/** Where a bare value ends: whitespace, a quote, `&`, and in code also a separator or closing bracket. */
const BARE_VALUE_END = /[\s"'`&]/g;
const BARE_VALUE_END_IN_CODE = /[\s;,)}\]"'`&]/g;
/**
 * …and in a configuration file's own value (YAML, .properties, .env, INI: a key first on its line),
 * where `&` is one of the value's characters (`Kq7&vR2…`, as password generators write them).
 */
const BARE_CONFIG_VALUE_END = /[\s"'`]/g;

/**
 * How far a value may reach from its operator. No secret given to a name is longer; the bound keeps
 * a megabyte-long line with a name every few characters linear (each hit reads at most this far).
 */
const MAX_VALUE_REACH = 4096;

/** The opening of a raw string and what closes it: `r#"` or `#"` (closed by `"#`), `R"x(` (by `)x"`). */
const RAW_STRING_OPEN = /^(?:r?(#{1,3})"|R"([^()\\\s"]{0,16})\()/;

/** Python's string prefixes not read above (`u`, `rb`, `f`, upper case) and Scala's interpolators, right before a quote. */
const CODE_STRING_PREFIX = /^(?:[rR][bBfF]|[bBfF][rR]|[uUfFRBs]|raw)(?=["'])/;
/** What an f-string or an interpolator fills in: `{…}` (Python), `$name`, `${…}` (Scala). */
const INTERPOLATION = /[{$]/;

/** An HTML entity for a quote: `&quot;`, `&#34;`, `&#39;`, `&apos;`, `&#x27;`. */
export const ENTITY_QUOTE = String.raw`&(?:quot|apos|#34|#39|#x2[27]);`;
const ENTITY_QUOTE_AT = new RegExp(ENTITY_QUOTE, "iy");

/** A value between two of the same quote entity (`&#39;…&#39;`), as a page renders a code sample's string. */
export function entityQuotedValueAt(line: string, at: number): { start: number; end: number; quoted: true } | undefined {
  ENTITY_QUOTE_AT.lastIndex = at;
  const open = ENTITY_QUOTE_AT.exec(line)?.[0];
  if (open === undefined) return undefined;
  const start = at + open.length;
  const close = line.indexOf(open, start);
  return close > start ? { start, end: close, quoted: true } : undefined;
}

/**
 * The value after an assignment operator, quoted or bare, from `at`.
 * @param list how the parameters of the list the name stands in are separated: `&` (a query
 * string, `?token=…&`), `,` (StackExchange.Redis's `cache:6380,password=…,ssl=True`), or none (a
 * configuration file's own key, first on its line, keeps `&` and `,` in its value).
 */
export function readValue(wholeLine: string, at: number, fileType: FileType, list: "" | "&" | "," = ""): { start: number; end: number; quoted: boolean } | undefined {
  // Positions stay the line's: only the characters past the reach are left out.
  const line = wholeLine.length - at > MAX_VALUE_REACH ? wholeLine.slice(0, at + MAX_VALUE_REACH) : wholeLine;
  let i = at;
  // Raw strings closed by their own sequence: Rust's r#"…"#, Swift's #"…"#, C++'s R"(…)" and R"x(…)x".
  if (fileType === "code" && (line[i] === "r" || line[i] === "#" || line[i] === "R")) {
    const raw = RAW_STRING_OPEN.exec(line.slice(i, i + 24));
    if (raw) {
      const close = raw[1] !== undefined ? `"${raw[1]}` : `)${raw[2]!}"`;
      const start = i + raw[0].length;
      const end = line.indexOf(close, start);
      return end > start ? { start, end, quoted: true } : undefined;
    }
  }
  // Verbatim and raw string prefixes: C# @"…", Python r"…" b"…", PHP/Perl-ish new String("…"),
  // T-SQL's Unicode strings (`WITH PASSWORD = N'…'`).
  let interpolated = false;
  // (C#'s and Jsonnet's `@"…"` write a quote in the string doubled: `@"a""b"` is one string.)
  const verbatim = line[i] === "@";
  if (/^(?:@|r|b|u8|L|N)["']/.test(line.slice(i, i + 3))) i += line[i + 1] === '"' || line[i + 1] === "'" ? 1 : 2;
  // Erlang's and Elixir's binaries: `password => <<"…">>`, the string inside.
  else if (fileType === "code" && line.startsWith('<<"', i)) i += 2;
  // Python's other prefixes (`u"…"`, `rb"…"`, `f"…"`) and Scala's interpolators (`s"…"`, `raw"…"`).
  else if (fileType === "code") {
    const prefix = CODE_STRING_PREFIX.exec(line.slice(i, i + 4))?.[0];
    if (prefix) {
      interpolated = /[fFs]|raw/.test(prefix);
      i += prefix.length;
    }
  }
  // A quoted value inside a string literal: `"$password = \\"s3cr3t\\";"` (code quoted in code or JSON).
  if (line[i] === "\\" && (line[i + 1] === '"' || line[i + 1] === "'")) {
    const close = line.indexOf(`\\${line[i + 1]}`, i + 2);
    return close > i + 2 ? { start: i + 2, end: close, quoted: true } : undefined;
  }
  const quote = line[i];
  // Triple quotes (Python, Grafana's ini for a value holding `#` or `;`, Kotlin's raw strings):
  // the value runs to the closing three, on this line.
  if ((quote === '"' || quote === "'") && line[i + 1] === quote && line[i + 2] === quote) {
    const close = line.indexOf(quote.repeat(3), i + 3);
    return close > i + 3 && !(interpolated && INTERPOLATION.test(line.slice(i + 3, close))) ? { start: i + 3, end: close, quoted: true } : undefined;
  }
  if (quote === '"' || quote === "'" || quote === "`") {
    let j = i + 1;
    while (j < line.length && (line[j] !== quote || (verbatim && line[j + 1] === quote))) j += line[j] === "\\" || line[j] === quote ? 2 : 1;
    if (j >= line.length) return undefined; // unterminated on this line: not a literal we can fix
    // (An interpolated string's value is built when the program runs. A word or a quote right after
    // the closing quote: Perl's `s"…"…"`, no string of Scala's.)
    if (interpolated && (INTERPOLATION.test(line.slice(i + 1, j)) || /[\w"']/.test(line[j + 1] ?? ""))) return undefined;
    return { start: i + 1, end: j, quoted: true };
  }
  // Bare: up to whitespace, a separator, or a comment. In code, a bare value ends at `;`/`,`/`)`.
  const stop = fileType === "code" ? BARE_VALUE_END_IN_CODE : fileType === "config" && list !== "&" ? BARE_CONFIG_VALUE_END : BARE_VALUE_END;
  stop.lastIndex = i;
  const stopAt = stop.exec(line);
  let end = stopAt ? stopAt.index : line.length;
  // An escaped line break (`\n` inside a JSON or code string) ends the line the value was on.
  const escapedBreak = line.slice(i, end).search(/\\[nr]/);
  if (escapedBreak > 0) end = i + escapedBreak;
  // Inside a connection string (`AccountKey=…;EndpointSuffix=…`) a value ends at the next keyword,
  // which may hold a space past the end found so far (`Client secret=…;Client Id=…`) or an underscore (`Trusted_Connection=`). StackExchange.Redis
  // separates its options with commas (`cache:6380,password=…,ssl=True`): in such a list a comma and a name do too.
  const nextKeyword = (list === "," ? /;[ \t]*[A-Za-z][\w ]{0,40}=|,[A-Za-z][\w.-]{0,40}=/ : /;[ \t]*[A-Za-z][\w ]{0,40}=/).exec(line.slice(i, end + 42));
  if (nextKeyword && nextKeyword.index < end - i) end = i + nextKeyword.index;
  while (end > i && /[;,]/.test(line[end - 1]!) && fileType !== "code") end--;
  // `f(credentials=target_credentials)` in prose or Markdown: the bracket closes the call.
  const closedName = /^[A-Za-z_][\w.]*(?=[)\]}]+[:;,.]?$)/.exec(line.slice(i, end));
  if (closedName) end = i + closedName[0].length;
  return end > i ? { start: i, end, quoted: false } : undefined;
}

const CLOSING_BRACKET: Readonly<Record<string, string>> = { "{": "}", "(": ")", "[": "]", "<": ">" };
/** What closes a quote-like operator's string (Perl's `q{…}`, Ruby's `%q(…)`): a bracket's pair, or the mark that opened it. */
export function quoteLikeClosing(opening: string): string {
  return CLOSING_BRACKET[opening] ?? opening;
}
/** Perl's `q{…}` and `qq{…}` (any of `{([<!|/~`), Ruby's `%q(…)`, `%Q[…]` and `%(…)`: the operator and its opening delimiter. */
const QUOTE_LIKE_OPEN = { perl: /^(q{1,2})([{([<!|/~])/, ruby: /^%([qQ]?)([{([<!|/])/ } as const;

/**
 * A quote-like operator's string that opens at `at` and closes on the same line: its content, as
 * a quoted value; "not-literal" where the operator opens one whose text is not its value (Perl's
 * `qq` and Ruby's `%Q` and `%` fill in `$name`, `@name` and `#{…}`; a backslash escapes, a nested
 * bracket pairs up), so that no bare reading of it is tried; undefined where none opens there.
 */
export function quoteLikeStringAt(line: string, at: number, language: "perl" | "ruby"): { start: number; end: number; quoted: true } | "not-literal" | undefined {
  const open = QUOTE_LIKE_OPEN[language].exec(line.slice(at, at + 3));
  if (!open) return undefined;
  const [operator, kind, opening] = open as unknown as [string, string, string];
  const closing = quoteLikeClosing(opening);
  const start = at + operator.length;
  const end = line.indexOf(closing, start);
  if (end <= start) return "not-literal";
  const content = line.slice(start, end);
  const interpolates = language === "perl" ? kind === "qq" && /[$@]/.test(content) : kind !== "q" && content.includes("#{");
  return interpolates || content.includes("\\") || (closing !== opening && content.includes(opening)) ? "not-literal" : { start, end, quoted: true };
}

const COMMENT_START = /\/\/|\/\*|^\s*\*|^\s*#/;

/**
 * What inComment and atCodeLevel learnt of the line they last read. A line's hits are judged in
 * order, so each reads on from where the previous stopped instead of from the line's start (which
 * made a long line with many hits quadratic).
 */
const lineReading = { line: "", commentEnd: -1, quotesUpTo: 0, quotes: 0 };

function readingOf(line: string): typeof lineReading {
  if (lineReading.line !== line) {
    const comment = COMMENT_START.exec(line);
    lineReading.line = line;
    lineReading.commentEnd = comment ? comment.index + comment[0].length : -1;
    lineReading.quotesUpTo = 0;
    lineReading.quotes = 0;
  }
  return lineReading;
}

/** A comment begun before `at` on the line: `//`, `/*`, a block comment's `*` line, or `#`. */
export function inComment(line: string, at: number): boolean {
  const { commentEnd } = readingOf(line);
  return commentEnd !== -1 && commentEnd <= at;
}

/** Whether `at` is in code rather than inside a string literal or a comment begun earlier on the line. */
export function atCodeLevel(line: string, at: number): boolean {
  if (inComment(line, at)) return false;
  const reading = readingOf(line);
  if (reading.quotesUpTo > at) {
    reading.quotesUpTo = 0;
    reading.quotes = 0;
  }
  let i = reading.quotesUpTo;
  for (; i < at; i++) {
    const character = line[i];
    if (character === "\\") i++;
    else if (character === '"' || character === "`") reading.quotes++;
  }
  reading.quotesUpTo = i;
  return reading.quotes % 2 === 0;
}

const CLOSING_OF: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/**
 * How the brackets in `text` pair up, read left to right until the first closer that does not
 * close the last opener: `wrongKind` (`{)`), `strayCloser` (nothing open), else `unclosed` when
 * openers are left, or `paired`.
 */
function bracketPairing(text: string): "paired" | "unclosed" | "strayCloser" | "wrongKind" {
  const open: string[] = [];
  for (const ch of text) {
    if (ch === "(" || ch === "[" || ch === "{") open.push(CLOSING_OF[ch]!);
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (open.length === 0) return "strayCloser";
      if (open.pop() !== ch) return "wrongKind";
    }
  }
  return open.length === 0 ? "paired" : "unclosed";
}

/** `${expr}` with an expression inside (brackets that pair up), as a template literal holds. */
export function hasInterpolation(value: string): boolean {
  for (const match of value.matchAll(/\$\{([^{}]{1,200})\}/g)) if (bracketPairing(match[1]!) === "paired") return true;
  return false;
}

/**
 * Whether a bare word in code cannot be an expression: a bracket closed by the wrong kind
 * (`m{{h}o)p`), padded base64, punctuation no language has. Such text is a value pasted into the
 * file, not code. (A closer with nothing open
 * just ends the expression: `f(token = x)`.)
 */
export function cannotBeExpression(token: string): boolean {
  // Padded base64 (`…Qk9x==`): no expression ends in `=`.
  if (/^[A-Za-z0-9+/]{16,}={1,2}[,;]?$/.test(token)) return true;
  // Punctuation outside ASCII (`¿`, `¨`) is not an operator in any language we read: text pasted in.
  if (/[^\p{ASCII}\p{L}\p{N}]/u.test(token)) return true;
  return bracketPairing(token) === "wrongKind";
}
