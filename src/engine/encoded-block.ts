import { nearLineEndOf, nearLineStartOf, neighbourLines } from "./line-starts";

/**
 * A block of base85 (Python's `b85encode`, git's binary patches) or Ascii85 text wrapped at a fixed
 * width, as a package embeds a compressed table (`b85decode("""…""")`). Base85 writes `=`, `;` and
 * `!` among its characters, so `pw=`, `key=` appear in it by chance: a name read there is no name.
 */

/**
 * A line of such a block: 60 characters or more, no blank, none outside base85's alphabet (no
 * quote), or none outside Ascii85's (`!` to `u`, quotes among them: PostScript's and PDF's data,
 * Adobe Illustrator's private data in an EPS file's comments).
 */
const ENCODED_LINE = /^(?:[!#-&(-~]{60,}|[!-u]{60,})$/;
/** Characters that base85 writes and that names and values in code seldom hold. */
const BASE85_PUNCTUATION = /[!#$%&()*+;<>?@^`{|}~-]/g;
/** A line longer than this is read as a whole line of data elsewhere; it is not read again here. */
const LONGEST_LINE = 1000;

/** Whether a line is one of a block's: see ENCODED_LINE; a quarter or more of it punctuation of several kinds, as random base85 has. */
function isEncodedLine(line: string): boolean {
  if (line.length > LONGEST_LINE || !ENCODED_LINE.test(line)) return false;
  const punctuation = line.match(BASE85_PUNCTUATION) ?? [];
  return punctuation.length * 8 >= line.length && new Set(punctuation).size >= 6;
}

/**
 * Whether a value is data in an encoding of printable characters, not a credential: 256
 * characters or more, an eighth of them punctuation of ten kinds or more (see BASE85_PUNCTUATION).
 * Base85 writes such text, and so do parser generators for their tables (lezer's `tokenData: "…"`
 * writes numbers in a base of its own from ` ` to `~`). Tokens keep to base64's, hex's or a URL's
 * few symbols, and a password drawn from all of them is a few dozen characters long.
 */
export function isPrintableEncodedData(value: string): boolean {
  if (value.length < 256 || /\s/.test(value)) return false;
  const punctuation = value.match(BASE85_PUNCTUATION) ?? [];
  return punctuation.length * 8 >= value.length && new Set(punctuation).size >= 10;
}

/** The line above or below the one at `[lineStart, lineEnd)`, if it is `width` characters long; undefined otherwise. */
function neighbourOfWidth(content: string, lineStart: number, lineEnd: number, direction: "up" | "down", width: number): string | undefined {
  // (Read no further than one character past the width: a wider line is no neighbour.)
  if (direction === "up") {
    if (lineStart === 0) return undefined;
    const end = lineStart - 1;
    const start = nearLineStartOf(content, end, width + 1);
    return start !== undefined && end - start === width ? content.slice(start, end) : undefined;
  }
  if (lineEnd >= content.length) return undefined;
  const start = lineEnd + 1;
  const end = nearLineEndOf(content, start, width + 1);
  return end !== undefined && end - start === width ? content.slice(start, end) : undefined;
}

/**
 * Whether `[start, end)` lies on a line of an encoded block: the line is one (see isEncodedLine),
 * and the line above or below is one of the same length, as an encoder wraps its output.
 */
export function insideEncodedBlock(content: string, start: number, end: number): boolean {
  // (Bounded reads: a file of one long line, a minified bundle, is not searched to its ends.)
  const lineStart = nearLineStartOf(content, start, LONGEST_LINE);
  if (lineStart === undefined) return false;
  const lineEnd = nearLineEndOf(content, end, lineStart + LONGEST_LINE + 1 - end);
  if (lineEnd === undefined) return false;
  const line = content.slice(lineStart, lineEnd);
  if (!isEncodedLine(line)) return false;
  for (const direction of ["up", "down"] as const) {
    const neighbour = neighbourOfWidth(content, lineStart, lineEnd, direction, line.length);
    if (neighbour !== undefined && isEncodedLine(neighbour)) return true;
  }
  return false;
}

/** A line of a base64 blob wrapped at a fixed width: 60 to 100 base64 characters alone at their indent (`<data>` in a plist or XIB). */
const BASE64_LINE = /^[ \t]*[A-Za-z0-9+/]{60,100}$/;

/**
 * Whether `[start, end)` is the whole of a line of base64 (see BASE64_LINE) between its indent and
 * its end, and the line above is one of the same length, as an encoder wraps its output: an ICC
 * profile's zero bytes there make the run of `A`s a Twitter/X bearer token starts with. (Such a
 * token is over 100 characters, wider than these lines.)
 */
export function insideWrappedBase64(content: string, start: number, end: number): boolean {
  const lineStart = nearLineStartOf(content, start, LONGEST_LINE);
  if (lineStart === undefined || !/^[ \t]*$/.test(content.slice(lineStart, start))) return false;
  const after = content.charAt(end);
  if (after !== "\n" && after !== "") return false;
  const line = content.slice(lineStart, end);
  if (!BASE64_LINE.test(line)) return false;
  for (const neighbour of neighbourLines(content, lineStart, "up", 1)) if (neighbour.text.trimEnd().length === line.length && BASE64_LINE.test(neighbour.text.trimEnd())) return true;
  return false;
}
