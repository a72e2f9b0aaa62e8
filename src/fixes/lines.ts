// Lines of a file being edited: where one starts and ends, and which line break new lines take.

/** The line around `offset`: its start, and its end before the line break (`\r\n` or `\n`). */
export function lineAt(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const end = newline === -1 ? text.length : text[newline - 1] === "\r" ? newline - 1 : newline;
  return { start, end };
}

/** The 1-based number of the line holding `offset`, as an editor shows it. */
export function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** `text` with `\n` for every line break (`\r\n`, or a lone `\r`), as most readers of a file see it. */
export function withLfLineBreaks(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** The line break a line added to `text` takes: the file's own. */
export function lineBreakOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
