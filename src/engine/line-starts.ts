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

/** Where the line that holds `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Where the line that starts at `lineStart` ends: its newline, or the end of the text. */
export function lineEndOf(text: string, lineStart: number): number {
  const newline = text.indexOf("\n", lineStart);
  return newline === -1 ? text.length : newline;
}
