/**
 * Every match of a global regex in `text`, as `text.matchAll(pattern)` gives them when
 * `pattern.lastIndex` is 0, without the copy of the regex and the iterator that matchAll makes
 * on every call (rules run per line, so that is per line and rule); or those from offset `from` on,
 * as a search that went on from there finds them. The matches are collected
 * before the caller looks at any, so it may use the same regex again meanwhile. Leaves
 * `pattern.lastIndex` at 0.
 */
export function allMatches(pattern: RegExp, text: string, from = 0): RegExpExecArray[] {
  if (!pattern.global) return [...text.matchAll(pattern)]; // throws, as matchAll does
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match does not move lastIndex: step over one character (one code point with u or v).
    if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, /[uv]/.test(pattern.flags));
  }
  pattern.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
