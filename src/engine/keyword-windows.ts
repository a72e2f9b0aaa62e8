/**
 * The parts of a line a rule with a bounded reach runs on: a window around each occurrence of one
 * of its keywords. A user's pattern may take time that grows with the square of the text it runs
 * on (`[A-Za-z0-9+/]{16,}_secret` on a long base64 line) without backtracking badly enough for the
 * load check to refuse it; on windows of bounded length, its cost is bounded per occurrence, so a
 * scan's time grows with the line's length, not faster.
 */

export interface TextWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Windows of `line` that reach `reach` characters past each occurrence of a keyword on either side
 * (clipped to the line), in order. An occurrence with at least half the reach on both sides inside
 * the window before it gets no window of its own: occurrences close together then share one, so
 * a line holding a keyword every few characters has at most one window per half reach.
 *
 * @param keywords lower-case, as rules give them; the line is compared without regard to ASCII case.
 */
export function keywordWindows(line: string, keywords: readonly string[], reach: number): TextWindow[] {
  const lower = asciiLowerCase(line);
  const occurrences: TextWindow[] = [];
  for (const keyword of keywords) {
    if (keyword === "") continue;
    for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) occurrences.push({ start: at, end: at + keyword.length });
  }
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
  const windows: TextWindow[] = [];
  let last: TextWindow | undefined;
  for (const occurrence of occurrences) {
    // Windows start in order, so the one before starts at least `reach` before this occurrence
    // (or at the line's start): only the context after it needs checking.
    if (last && (last.end === line.length || last.end - occurrence.end >= reach / 2)) continue;
    last = { start: Math.max(0, occurrence.start - reach), end: Math.min(line.length, occurrence.end + reach) };
    windows.push(last);
  }
  return windows;
}

/** `text` with A-Z lower-cased and nothing else changed, so offsets stay those of `text`. */
function asciiLowerCase(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text;
}
