/**
 * Whether an ignore marker stands in a comment: prose that mentions a marker (a README's "put
 * secret-hygiene-ignore-next-line above it") and a string that holds one (`log("see
 * secret-hygiene-ignore docs")`) must not silence the lines they are on or above. Pure and
 * language-blind, as markers are: any comment syntax counts, the file's or not.
 */

/**
 * How far back on a marker's line the text is read. A comment after more code than this on one
 * line (minified code) is judged from the middle of the line.
 */
const LINE_WINDOW = 2000;
/** How far back a block comment the marker's line lies in is looked for. */
const BLOCK_WINDOW = 4000;

/**
 * What the text before a marker is read for, left to right: quotes, comment closers, then openers.
 * `//`, `/*`, `#`, `<!--`, `--`, `;`, `%`, `!`, `{#`, `@*`, `(*`, Haskell's `{-`, PowerShell's
 * `<#`, `REM`, `dnl`, a batch file's `::` first on a line, and `*` first on a line (inside a block
 * comment). Whether an opener counts where it stands is isOpenerAfter's call.
 */
const TOKENS = /["'`]|\*\/|-->|-\}|#>|^[ \t]*\*(?!\/)|^[ \t]*::|\/\/|\/\*|<!--|\{-|<#|--|#|;|%|!|\{#|@\*|\(\*|\bREM\b|\bdnl\b/gi;
const WORD_CHAR = /\w/;
const BLANK = /\s/;

/**
 * Whether the character before an opener lets it open a comment. In prose, `#`, `;`, `%`, `!`
 * and `--` follow a word ("C#", "docs;", "100%", "Note!") where a comment's follows a blank; `//`
 * after a colon is a URL's.
 */
function isOpenerAfter(opener: string, before: string): boolean {
  switch (opener) {
    case "//":
      return before !== ":";
    case "#":
      return !WORD_CHAR.test(before);
    case ";":
    case "--":
      return before === "" || BLANK.test(before);
    case "%":
      return before === "" || BLANK.test(before) || before === "<";
    case "!":
      return before === "" || BLANK.test(before) || before === "{";
    default:
      return /^(?:rem|dnl)$/i.test(opener) ? before === "" || BLANK.test(before) : true;
  }
}

/** Where the string opened by the quote at `open` closes in `text`, or -1; a backslash escapes. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

/**
 * What the text before a marker, on its line, makes of it: a comment's text (an opener outside
 * strings, not closed again), a string's (a quote that closes after the marker), or neither.
 * @param before the line's text before the marker
 * @param after the line's text after the marker
 */
function markerContext(before: string, after: string): "comment" | "string" | "code" {
  let open = false;
  TOKENS.lastIndex = 0;
  for (let match = TOKENS.exec(before); match; match = TOKENS.exec(before)) {
    const token = match[0];
    const at = match.index;
    const previous = before[at - 1] ?? "";
    if (token === '"' || token === "'" || token === "`") {
      // An apostrophe ("don't", "it's") is no quote.
      if (token === "'" && WORD_CHAR.test(previous) && WORD_CHAR.test(before[at + 1] ?? "")) continue;
      const close = closingQuote(before, at);
      if (close !== -1) {
        TOKENS.lastIndex = close + 1;
        continue;
      }
      // Open where the marker is: the marker is the string's text if the string closes after it.
      if (after.includes(token)) return "string";
      // Unclosed on the line: Visual Basic's comment, or a string running on (a template literal).
      if (open || (token === "'" && (previous === "" || BLANK.test(previous)))) return "comment";
      return "string";
    }
    if (token === "*/" || token === "-->" || token === "-}" || token === "#>") open = false;
    else if (!open && isOpenerAfter(token.trim(), previous)) open = true;
  }
  return open ? "comment" : "code";
}

/** Block comments' openers and closers: C's, HTML's, PowerShell's, Haskell's. */
const BLOCK_COMMENTS: readonly (readonly [string, string])[] = [
  ["/*", "*/"],
  ["<!--", "-->"],
  ["<#", "#>"],
  ["{-", "-}"],
];

/**
 * Whether the line starting at `lineStart` lies inside a block comment opened on an earlier line:
 * an opener (`/*`, `<!--`, `<#`, `{-`) first on its line, not closed since. (First on its line:
 * `"src/**\/*.ts"` in a string opens nothing.)
 */
function insideBlockComment(content: string, lineStart: number): boolean {
  const text = content.slice(Math.max(0, lineStart - BLOCK_WINDOW), lineStart);
  let opener = -1;
  let closer = "";
  for (const [open, close] of BLOCK_COMMENTS) {
    const at = text.lastIndexOf(open);
    if (at > opener) [opener, closer] = [at, close];
  }
  if (opener === -1) return false;
  if (text.indexOf(closer, opener + 2) !== -1) return false;
  const lineBreak = Math.max(text.lastIndexOf("\n", opener), text.lastIndexOf("\r", opener));
  return text.slice(lineBreak + 1, opener).trim() === "";
}

/**
 * Whether the marker at `start` of `content` stands in a comment: after an opener on its line
 * (`x = 1  # secret-hygiene-ignore`, `<!-- secret-hygiene-ignore-next-line -->`), or anywhere on
 * a line inside a block comment; never as a string's text.
 * @param restOfLine the line's text after the marker
 */
export function isInComment(content: string, start: number, restOfLine: string): boolean {
  const window = content.slice(Math.max(0, start - LINE_WINDOW), start);
  const lineBreak = Math.max(window.lastIndexOf("\n"), window.lastIndexOf("\r"));
  const context = markerContext(window.slice(lineBreak + 1), restOfLine);
  if (context !== "code") return context === "comment";
  // (A line longer than the window: where it starts is not known.)
  const lineStart = lineBreak !== -1 ? start - window.length + lineBreak + 1 : start <= LINE_WINDOW ? 0 : -1;
  return lineStart > 0 && insideBlockComment(content, lineStart);
}
