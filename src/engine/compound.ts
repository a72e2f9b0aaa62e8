import type { OffsetSpan } from "./types";

/**
 * A connection string carries a secret among other settings (endpoint, account, user). It is
 * stored whole, as one secret, so a finding records the span of the whole credential too. Rules
 * match only the secret part (linear and simple); this widens the span procedurally.
 */

const QUOTES = ['"', "'", "`"];
/** Unquoted, a connection string ends at whitespace or markup; spaces inside need quotes. */
const UNQUOTED_DELIMITERS = new Set([..."\"'`\n\r\t <>"]);
/**
 * `NAME=Keyword=…` or `NAME=https://…` (an unquoted .env or .properties line): the credential
 * starts after `NAME=`.
 */
const ASSIGNED_PREFIX = /^[A-Za-z_][A-Za-z0-9_.:-]*=(?=[A-Za-z][A-Za-z ]*=|[a-z][a-z0-9+.-]*:\/\/)/;

/**
 * How far from the secret a connection string may reach. Real ones are a few hundred characters;
 * the bound keeps a megabyte-long line with a credential every few characters (a log, a dump)
 * linear: each finding looks at most this far either way instead of to the line's ends.
 */
const MAX_REACH = 2048;

/** The innermost pair of like quotes on the value's line (within reach) that encloses it. */
function enclosingQuotes(content: string, valueStart: number, valueEnd: number): OffsetSpan | undefined {
  const from = Math.max(0, valueStart - MAX_REACH);
  const to = Math.min(content.length, valueEnd + MAX_REACH);
  const before = content.slice(from, valueStart);
  const after = content.slice(valueEnd, to);
  const lineStart = from + before.lastIndexOf("\n") + 1;
  const newline = after.indexOf("\n");
  const lineEnd = newline === -1 ? to : valueEnd + newline;
  let best: OffsetSpan | undefined;
  for (const quote of QUOTES) {
    const open = from + before.lastIndexOf(quote);
    if (open < lineStart) continue;
    const closeAt = after.indexOf(quote);
    if (closeAt === -1 || valueEnd + closeAt > lineEnd) continue;
    if (!best || open + 1 > best.start) best = { start: open + 1, end: valueEnd + closeAt };
  }
  return best;
}

export function expandToConnectionString(content: string, valueStart: number, valueEnd: number): OffsetSpan {
  let span = enclosingQuotes(content, valueStart, valueEnd);
  if (!span) {
    const lowest = Math.max(0, valueStart - MAX_REACH);
    const highest = Math.min(content.length, valueEnd + MAX_REACH);
    let start = valueStart;
    while (start > lowest && !UNQUOTED_DELIMITERS.has(content[start - 1]!)) start--;
    let end = valueEnd;
    while (end < highest && !UNQUOTED_DELIMITERS.has(content[end]!)) end++;
    const prefix = ASSIGNED_PREFIX.exec(content.slice(start, valueStart));
    span = { start: prefix ? start + prefix[0].length : start, end };
  }
  // A trailing `;` belongs to the syntax around the string, not to it.
  let { end } = span;
  while (end > valueEnd && (content[end - 1] === ";" || content[end - 1] === ",")) end--;
  return { start: span.start, end };
}
