/** Where each line of `text` starts (the first at 0): what a text-scoped rule reads when it is given no woken lines. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * Where the line that holds `offset` starts, if it starts at most `reach` characters before it;
 * undefined otherwise. For checks made per finding, which must not read a whole megabyte-long line
 * each time.
 */
export function nearLineStartOf(text: string, offset: number, reach: number): number | undefined {
  const from = Math.max(0, offset - reach);
  const newline = text.slice(from, offset).lastIndexOf("\n");
  if (newline !== -1) return from + newline + 1;
  return from === 0 ? 0 : undefined;
}

/**
 * Where the line that holds `offset` ends (its newline, or the end of the text), if it ends fewer
 * than `reach` characters after it; undefined otherwise. The bounded read of nearLineStartOf, forward.
 */
export function nearLineEndOf(text: string, offset: number, reach: number): number | undefined {
  const to = Math.min(text.length, offset + Math.max(0, reach));
  const newline = text.slice(offset, to).indexOf("\n");
  if (newline !== -1) return offset + newline;
  return to === text.length ? text.length : undefined;
}

/** Where the line that holds `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Where the line that starts at `lineStart` ends: its newline, or the end of the text. */
export function lineEndOf(text: string, lineStart: number): number {
  const newline = text.indexOf("\n", lineStart);
  return newline === -1 ? text.length : newline;
}

/**
 * The lines after the one starting at `lineStart` (down) or before it (up), nearest first, at most
 * `count`, each with its start offset and its text (without its `\n`).
 */
export function* neighbourLines(text: string, lineStart: number, direction: "up" | "down", count: number): Generator<{ readonly start: number; readonly text: string }> {
  let start = lineStart;
  for (let seen = 0; seen < count; seen++) {
    if (direction === "up") {
      if (start === 0) return;
      const end = start - 1;
      start = lineStartOf(text, end);
      yield { start, text: text.slice(start, end) };
    } else {
      const newline = text.indexOf("\n", start);
      if (newline === -1) return;
      start = newline + 1;
      const next = text.indexOf("\n", start);
      yield { start, text: text.slice(start, next === -1 ? text.length : next) };
    }
  }
}
