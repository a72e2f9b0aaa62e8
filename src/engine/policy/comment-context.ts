/**
 * Whether an ignore marker silences anything where it stands. Markers are language-blind (any
 * comment syntax works: `//`, `#`, `--`, `;`, `::`, `REM`, block comments of every kind), so
 * this decides by what a marker is *not*:
 * - a string's text: `log("see secret-hygiene-ignore docs")`, an opening quote before it (outside
 *   a comment) that closes after it on its line, or a quote right before it that does
 *   (`# the "secret-hygiene-ignore" marker`);
 * - prose in a documentation file (Markdown, reStructuredText, AsciiDoc): "put
 *   secret-hygiene-ignore-next-line above it" in a README. There a marker counts in an HTML
 *   comment (`<!-- … -->`, what "Ignore this finding…" writes) or in a fenced code block's code.
 * Everything else counts, as every marker did before: a comment syntax this file does not know of
 * must not turn a silenced line into a failing CI run.
 */

/**
 * How far back on a marker's line the text is read. A comment after more code than this on one
 * line (minified code) is judged from the middle of the line.
 */
const LINE_WINDOW = 2000;

/**
 * Files written as prose, where a marker's mention is the common case and a comment the rare one.
 * (Not `.txt`: `CMakeLists.txt` and `requirements.txt` are code with `#` comments.)
 */
const PROSE_FILE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc)$/i;

/**
 * Comment openers, for the quotes after them (an apostrophe in "don't", a `5"` in a comment's text
 * opens no string). Line comments end the reading; a block opener is read past its closer when the
 * block closes before the marker. `#`, `;` and `--` count after a blank or first on the line, as
 * in prose they follow words ("C#", "docs;").
 */
const LINE_OPENERS = /\/\/|(?:^|(?<=[\s<]))#|(?:^|(?<=\s))(?:;|--)/y;
const BLOCK_OPENERS: Readonly<Record<string, string>> = { "/*": "*/", "<!--": "-->", "<#": "#>", "{-": "-}", "(*": "*)", "{#": "#}", "@*": "*@" };
const BLOCK_OPENER = /\/\*|<!--|<#|\{-|\(\*|\{#|@\*/y;

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
 * What the line's text before a marker makes of it, read left to right: "comment" after an opener
 * not closed again, "string" inside a quote that closes after the marker (`after`: the line's
 * text after it), "unknown" otherwise.
 */
function markerContext(before: string, after: string): "comment" | "string" | "unknown" {
  for (let at = 0; at < before.length; at++) {
    const char = before[at]!;
    if (char === '"' || char === "'" || char === "`") {
      // An apostrophe ("don't", "it's") is no quote.
      if (char === "'" && /\w/.test(before[at - 1] ?? "") && /\w/.test(before[at + 1] ?? "")) continue;
      const close = closingQuote(before, at);
      if (close !== -1) {
        at = close;
        continue;
      }
      // Open where the marker is: the marker is the string's text if the string closes after it.
      return after.includes(char) ? "string" : "unknown";
    }
    BLOCK_OPENER.lastIndex = at;
    const block = BLOCK_OPENER.exec(before)?.[0];
    if (block !== undefined) {
      const closes = before.indexOf(BLOCK_OPENERS[block]!, at + block.length);
      if (closes === -1) return "comment";
      at = closes + BLOCK_OPENERS[block]!.length - 1;
      continue;
    }
    LINE_OPENERS.lastIndex = at;
    if (LINE_OPENERS.test(before)) return "comment";
  }
  return "unknown";
}

/** A quote right before a marker (`"secret-hygiene-ignore"`): quoted in a comment's text too, when it closes after it. */
const QUOTE_BEFORE = /(["'`])[ \t]*$/;

/** Whether the line starting at `lineStart` lies inside an HTML comment opened on an earlier line. */
function insideHtmlComment(content: string, lineStart: number): boolean {
  const opener = content.lastIndexOf("<!--", lineStart);
  return opener !== -1 && content.indexOf("-->", opener) >= lineStart;
}

/** Whether the line starting at `lineStart` lies inside a fenced code block (``` or ~~~) of a Markdown text. */
function insideCodeFence(content: string, lineStart: number): boolean {
  const fences = content.slice(0, lineStart).match(/^[ \t]{0,3}(?:```|~~~)/gm);
  return fences !== null && fences.length % 2 === 1;
}

/**
 * Whether the marker at `start` of `content` silences anything (see the top of this file).
 * @param restOfLine the line's text after the marker
 * @param filePath the text's path, when known: in prose files a marker counts only in an HTML
 *   comment or a code fence
 */
export function markerCounts(content: string, start: number, restOfLine: string, filePath?: string): boolean {
  const window = content.slice(Math.max(0, start - LINE_WINDOW), start);
  const lineBreak = Math.max(window.lastIndexOf("\n"), window.lastIndexOf("\r"));
  const before = window.slice(lineBreak + 1);
  const context = markerContext(before, restOfLine);
  if (context === "string") return false;
  const quote = QUOTE_BEFORE.exec(before)?.[1];
  if (quote !== undefined && restOfLine.includes(quote)) return false;
  if (filePath === undefined || !PROSE_FILE.test(filePath)) return true;
  // (A line longer than the window: where it starts is not known, and it is no prose.)
  const lineStart = lineBreak !== -1 ? start - window.length + lineBreak + 1 : start <= LINE_WINDOW ? 0 : -1;
  if (lineStart === -1) return true;
  if (insideCodeFence(content, lineStart)) return true;
  return (context === "comment" && before.includes("<!--")) || insideHtmlComment(content, lineStart);
}
