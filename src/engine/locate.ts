/**
 * Rules report the span of their whole match, which often starts at a variable name or ends after
 * a closing quote (secretlint's connection-string rule includes `";`). A fix must replace only the
 * secret, so we locate the value inside the reported span.
 */

import type { OffsetSpan } from "./types";

/** `scheme://user:password@host`: the password alone is the secret. */
const URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]*:([^\s@'"/]+)@/di;
/** `Password=…;` / `pwd=…` inside a keyword connection string. */
const KEYWORD_PASSWORD = /(?:^|[;\s'"?&])(?:password|pwd)\s*=\s*([^;\s'"&]+)/di;
const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?-----END [A-Z0-9 ]+-----/;
/** `name = "value"`, `name: value`, `"name": "value"`: the value follows the first assignment. */
const ASSIGNMENT_PREFIX = /^[\s\S]*?[\w.\-"'\]]\s*(?:=|:(?!\/\/))\s*/;

function groupSpan(match: RegExpExecArray): OffsetSpan {
  const [start, end] = match.indices![1]!;
  return { start, end };
}

/**
 * @param window the rule's reported range followed by up to the longest hint's length of text:
 *   some rules (secretlint's AWS rule) report a range that starts at the variable name but has the
 *   length of the key, so the key runs past the reported end.
 * @param matchLength how much of `window` the rule reported
 * @param hints values the rule reported alongside the match; one of them may be the bare secret
 * @returns offsets relative to the start of the rule's reported range
 */
export function locateValue(window: string, matchLength: number, hints: readonly string[] = []): OffsetSpan {
  const matched = window.slice(0, matchLength);
  // Structured credentials first: a rule's own value for them is the whole URI or connection string.
  const pem = PEM_BLOCK.exec(matched);
  if (pem) return { start: pem.index, end: pem.index + pem[0].length };
  const url = URL_PASSWORD.exec(matched);
  if (url) return groupSpan(url);
  const keyword = KEYWORD_PASSWORD.exec(matched);
  if (keyword) return groupSpan(keyword);
  const hint = longestHintStartingInMatch(window, matchLength, hints);
  if (hint) return trimQuotes(window, hint.start, hint.end);
  return trimQuotes(matched, afterAssignment(matched), matched.length);
}

function longestHintStartingInMatch(window: string, matchLength: number, hints: readonly string[]): OffsetSpan | undefined {
  let best: OffsetSpan | undefined;
  for (const hint of hints) {
    if (hint.length === 0) continue;
    const at = window.indexOf(hint);
    if (at < 0 || at >= matchLength) continue;
    if (!best || hint.length > best.end - best.start) best = { start: at, end: at + hint.length };
  }
  return best;
}

function afterAssignment(matched: string): number {
  const assignment = ASSIGNMENT_PREFIX.exec(matched);
  if (!assignment) return 0;
  const rest = matched.slice(assignment[0].length);
  // `abc==` is base64 padding, not an assignment: strip only when a real value follows.
  return rest.length >= 8 && !rest.startsWith("=") ? assignment[0].length : 0;
}

function trimQuotes(matched: string, from: number, to: number): OffsetSpan {
  let start = from;
  let end = to;
  const leading = /^[\s"'`]+/.exec(matched.slice(start, end));
  if (leading && start + leading[0].length < end) start += leading[0].length;
  const trailing = /[\s"'`;,)\]}]+$/.exec(matched.slice(start, end));
  if (trailing && end - trailing[0].length > start) end -= trailing[0].length;
  return { start, end };
}
