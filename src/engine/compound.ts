import type { OffsetSpan } from "./types";

/**
 * A connection string carries a secret among other settings (endpoint, account, user). It is
 * stored whole, as one secret, so a finding records the span of the whole credential too. Rules
 * match only the secret part (linear and simple); this widens the span procedurally.
 */

const QUOTES = ['"', "'", "`"];
/** Unquoted, a connection string ends at whitespace or markup; spaces inside need quotes. */
const UNQUOTED_DELIMITERS = new Set([..."\"'`\n\r\t <>"]);
/** `NAME=Keyword=…` (an unquoted .env or .properties line): the credential starts after `NAME=`. */
const ASSIGNED_PREFIX = /^[A-Za-z_][A-Za-z0-9_.:-]*=(?=[A-Za-z][A-Za-z ]*=)/;

/** The innermost pair of like quotes on the value's line that encloses it. */
function enclosingQuotes(content: string, valueStart: number, valueEnd: number): OffsetSpan | undefined {
  const lineStart = content.lastIndexOf("\n", valueStart - 1) + 1;
  const newline = content.indexOf("\n", valueEnd);
  const lineEnd = newline === -1 ? content.length : newline;
  let best: OffsetSpan | undefined;
  for (const quote of QUOTES) {
    const open = content.lastIndexOf(quote, valueStart - 1);
    if (open < lineStart) continue;
    const close = content.indexOf(quote, valueEnd);
    if (close === -1 || close > lineEnd) continue;
    if (!best || open + 1 > best.start) best = { start: open + 1, end: close };
  }
  return best;
}

export function expandToConnectionString(content: string, valueStart: number, valueEnd: number): OffsetSpan {
  let span = enclosingQuotes(content, valueStart, valueEnd);
  if (!span) {
    let start = valueStart;
    while (start > 0 && !UNQUOTED_DELIMITERS.has(content[start - 1]!)) start--;
    let end = valueEnd;
    while (end < content.length && !UNQUOTED_DELIMITERS.has(content[end]!)) end++;
    const prefix = ASSIGNED_PREFIX.exec(content.slice(start, valueStart));
    span = { start: prefix ? start + prefix[0].length : start, end };
  }
  // A trailing `;` belongs to the syntax around the string, not to it.
  let { end } = span;
  while (end > valueEnd && (content[end - 1] === ";" || content[end - 1] === ",")) end--;
  return { start: span.start, end };
}
