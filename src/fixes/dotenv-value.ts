/**
 * Where a .env file's value is, read line by line from the top as its readers read it (dotenv,
 * python-dotenv, Docker Compose, "Run with secrets"): a quoted value may span lines (a PEM key in
 * double quotes), and the lines inside it are the value's, never assignments of their own.
 */
import { DOTENV_ASSIGNMENT } from "../engine/dotenv-assignment";
import { lineAt } from "./lines";

export interface DotenvValue {
  /** The assignment as matched on its first line: `export NAME=`, up to where the value starts. */
  readonly assignment: RegExpExecArray;
  /** The first line: the one with `NAME=`. */
  readonly lineStart: number;
  /** The end of the value's last line, before its line break. */
  readonly lastLineEnd: number;
  /** The value as written, quotes included. */
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  /** `"`, `'`, a backtick, or "" for a bare value. */
  readonly quote: string;
}

/** Where the quote opened at `open` closes: a backslash escapes the next character in double quotes only. -1 when it never closes. */
function closingQuote(text: string, open: number, until: number): number {
  const quote = text[open];
  for (let k = open + 1; k < until; k += quote === '"' && text[k] === "\\" ? 2 : 1) if (text[k] === quote) return k;
  return -1;
}

/** A bare value: the rest of the line, less blanks and a ` #` comment. */
function bareEnd(text: string, valueStart: number, lineEnd: number): number {
  let end = valueStart;
  while (end < lineEnd && !(text[end] === "#" && /\s/.test(text[end - 1] ?? ""))) end++;
  while (end > valueStart && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The assignment whose value holds `offset`, or undefined when none does (a comment, a line that
 * is no assignment). A quote that never closes is `unclosed` when `offset` is on its line; below
 * it, readers disagree ("Run with secrets" refuses the file, dotenv reads the line as a bare
 * value and goes on), and the lines after it are read as dotenv reads them.
 */
export function dotenvValueHolding(text: string, offset: number): (DotenvValue & { readonly unclosed?: true }) | undefined {
  for (let lineStart = 0; lineStart <= offset; ) {
    const line = lineAt(text, lineStart);
    const assignment = DOTENV_ASSIGNMENT.exec(text.slice(line.start, line.end));
    const valueStart = line.start + (assignment?.[0].length ?? 0);
    const quote = text[valueStart];
    let value: (DotenvValue & { readonly unclosed?: true }) | undefined;
    if (assignment && valueStart < line.end && (quote === '"' || quote === "'")) {
      const close = closingQuote(text, valueStart, text.length);
      value =
        close === -1
          ? { assignment, lineStart: line.start, lastLineEnd: line.end, start: valueStart, end: text.length, contentStart: valueStart + 1, contentEnd: text.length, quote, unclosed: true }
          : { assignment, lineStart: line.start, lastLineEnd: lineAt(text, close).end, start: valueStart, end: close + 1, contentStart: valueStart + 1, contentEnd: close, quote };
    } else if (assignment && quote === "`") {
      // (Only dotenv takes backticks for quotes, and on one line: the fix refuses such a value anyway.)
      const close = closingQuote(text, valueStart, line.end);
      if (close !== -1) value = { assignment, lineStart: line.start, lastLineEnd: line.end, start: valueStart, end: close + 1, contentStart: valueStart + 1, contentEnd: close, quote };
    } else if (assignment) {
      const end = bareEnd(text, valueStart, line.end);
      value = { assignment, lineStart: line.start, lastLineEnd: line.end, start: valueStart, end, contentStart: valueStart, contentEnd: end, quote: "" };
    }
    const lastLineEnd = value?.lastLineEnd ?? line.end;
    if (offset <= lastLineEnd) return value;
    const next = text.indexOf("\n", lastLineEnd);
    if (next === -1) return undefined;
    lineStart = next + 1;
  }
  return undefined;
}
