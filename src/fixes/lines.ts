// Lines of a file being edited: where one starts and ends, and which line break new lines take.

/** A line of a file: its start, and its end before the line break (`\r\n` or `\n`). */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** The line around `offset`. */
export function lineAt(text: string, offset: number): LineSpan {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const end = newline === -1 ? text.length : text[newline - 1] === "\r" ? newline - 1 : newline;
  return { start, end };
}

/** The text of the line around `offset`, without its line break. */
export function lineTextAt(text: string, offset: number): string {
  const { start, end } = lineAt(text, offset);
  return text.slice(start, end);
}

/** The line after the one ending at `lineEnd`, or undefined at the file's last line. */
export function lineAfter(text: string, lineEnd: number): LineSpan | undefined {
  const newline = text.indexOf("\n", lineEnd);
  return newline === -1 ? undefined : lineAt(text, newline + 1);
}

/** The line before the one starting at `lineStart`, or undefined at the file's first line. */
export function lineAbove(text: string, lineStart: number): LineSpan | undefined {
  return lineStart === 0 ? undefined : lineAt(text, lineStart - 1);
}

/** Whether a line holds code: it is not blank, and not only a comment that starts with `commentStart`. */
function holdsCode(text: string, line: LineSpan, commentStart: string): boolean {
  const content = text.slice(line.start, line.end).trim();
  return content !== "" && !content.startsWith(commentStart);
}

/** The first line after the one ending at `lineEnd` that holds code, in a language whose line comments start with `commentStart`. */
export function nextCodeLine(text: string, lineEnd: number, commentStart: string): LineSpan | undefined {
  for (let line = lineAfter(text, lineEnd); line; line = lineAfter(text, line.end)) if (holdsCode(text, line, commentStart)) return line;
  return undefined;
}

/** The nearest line above the one starting at `lineStart` that holds code (as nextCodeLine). */
export function previousCodeLine(text: string, lineStart: number, commentStart: string): LineSpan | undefined {
  for (let line = lineAbove(text, lineStart); line; line = lineAbove(text, line.start)) if (holdsCode(text, line, commentStart)) return line;
  return undefined;
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
