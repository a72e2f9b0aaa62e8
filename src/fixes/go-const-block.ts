/**
 * Go: a secret that is the whole value of one line of a `const ( … )` block. os.Getenv is not a
 * constant expression, so that line leaves the block as a `var` declaration of its own: the block
 * is closed before it and opened again after it, or loses its `const (` or its `)` line where the
 * secret's line was its first or last.
 *
 *     const (                         const (
 *         apiURL = "https://…"            apiURL = "https://…"
 *         apiKey = "<secret>"   →     )
 *         timeout = 30
 *     )                               var apiKey = os.Getenv("API_KEY")
 *
 *                                     const (
 *                                         timeout = 30
 *                                     )
 */
import { skipped } from "./code-sections";
import { lineAbove, lineAfter, lineAt, lineBreakOf, nextCodeLine } from "./lines";
import type { TextEdit } from "./types";

export type GoConstBlockLine =
  | { readonly kind: "split"; readonly name: string; readonly edits: TextEdit[] }
  /** Why the line cannot leave its block, as a sentence's start. */
  | { readonly kind: "refused"; readonly reason: string };

/** `apiKey = `, `apiKey string = `: one constant with its own value, up to the literal. */
const SPEC_BEFORE_VALUE = /^([ \t]*)([A-Za-z_]\w*)(?:[ \t]+([\w.]+))?[ \t]*=[ \t]*$/;
/** A block's opening alone on its line: `const (`. */
const BLOCK_OPENER_LINE = /^[ \t]*const[ \t]*\([ \t]*$/;
/** A block's closing `)` alone on its line. */
const BLOCK_CLOSER_LINE = /^[ \t]*\)[ \t]*$/;
/** The text that opens the block again after a line that left it (merge-edits.ts knows it by this). */
export function reopenedBlock(lineBreak: string): string {
  return `${lineBreak}const (${lineBreak}`;
}

/** The start of the text that closes the block before a line that leaves it (merge-edits.ts knows it by this). */
export function closedBlockBefore(lineBreak: string): string {
  return `)${lineBreak}${lineBreak}`;
}

/** A line that names constants with no value: Go repeats the line above's expression there. */
const REPEATING_SPEC = /^[ \t]*[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*[ \t]*(?:\/\/.*)?$/;

/** Where the `const (` open at `offset` starts, or undefined outside one (strings and comments skipped). */
function openBlockStart(text: string, offset: number): number | undefined {
  const head = text.slice(0, offset);
  const opener = /(?:^|\n)[ \t]*(const[ \t]*\()(?:[^()]|\([^()]*\))*$/.exec(head);
  if (!opener) return undefined;
  return opener.index + opener[0].indexOf(opener[1]!);
}

/** The offset of the `)` that closes the block whose `(` is at `open`, past strings and comments. */
function blockClose(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const end = skipped(text, i, false);
    if (end !== undefined) i = end - 1;
    else if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return undefined;
}

/**
 * The split of the `const ( … )` block line holding the literal `[start, end)`, a refusal where the
 * line cannot leave the block, or undefined where the literal is on no such line.
 */
export function goConstBlockLine(text: string, start: number, end: number): GoConstBlockLine | undefined {
  const line = lineAt(text, start);
  const spec = SPEC_BEFORE_VALUE.exec(text.slice(line.start, start));
  const open = spec ? openBlockStart(text, line.start) : undefined;
  if (!spec || open === undefined) return undefined;
  const refused = (reason: string): GoConstBlockLine => ({ kind: "refused", reason: `The value is in a const ( … ) block${reason}` });
  // (A raw string may run over lines: the constant's line ends where the literal does.)
  const lastLine = lineAt(text, end);
  if (!/^[ \t]*(?:\/\/.*)?$/.test(text.slice(end, lastLine.end))) return refused("");
  const parenthesis = text.indexOf("(", open);
  const close = blockClose(text, parenthesis);
  if (close === undefined) return refused("");
  // (iota counts the block's lines: the lines after a split would count from 0 again.)
  if (/\biota\b/.test(text.slice(parenthesis, close))) return refused(" that counts with iota");
  const next = nextCodeLine(text, lastLine.end, "//");
  if (next && next.start < close && REPEATING_SPEC.test(text.slice(next.start, next.end))) return refused(" whose next line repeats this line's value");
  const [, , name, type] = spec;
  // (Another line of the block that uses the constant would use a variable, which no constant may.)
  const otherLines = text.slice(parenthesis + 1, line.start) + text.slice(lastLine.end, close);
  if (new RegExp(`\\b${name}\\b`).test(otherLines)) return refused(`, where another line uses ${name!}`);
  const lineBreak = lineBreakOf(text);
  const openerLine = lineAt(text, open);
  // The comment right above the line is its own, and goes with it.
  let leading = line.start;
  for (let above = lineAbove(text, leading); above && /^[ \t]*\/\//.test(text.slice(above.start, above.end)); above = lineAbove(text, leading)) leading = above.start;
  // (Blank lines before it would stand before the block's new `)`.)
  let split = leading;
  for (let blank = lineAbove(text, split); blank && blank.start > openerLine.start && text.slice(blank.start, blank.end).trim() === ""; blank = lineAbove(text, split)) split = blank.start;
  const above = lineAbove(text, split);
  const firstLine = above !== undefined && above.start === openerLine.start && BLOCK_OPENER_LINE.test(text.slice(openerLine.start, openerLine.end));
  const below = lineAfter(text, lastLine.end)!;
  // (Past blank lines only: a comment below the line stays in a block of its own.)
  const closer = next && next.end > close && BLOCK_CLOSER_LINE.test(text.slice(next.start, next.end)) && text.slice(lastLine.end, next.start).trim() === "" ? next : undefined;
  const comment = text.slice(leading, line.start).replace(/^[ \t]+/gm, "");
  const before: TextEdit = {
    start: firstLine ? openerLine.start : split,
    // (Up to the value: the spaces that aligned it with the block's other lines go.)
    end: start,
    newText: `${firstLine ? "" : closedBlockBefore(lineBreak)}${comment}var ${name!}${type ? ` ${type}` : ""} = `,
  };
  const after: TextEdit = closer
    ? { start: below.start, end: lineAfter(text, closer.end)?.start ?? text.length, newText: "" }
    : { start: below.start, end: below.start, newText: reopenedBlock(lineBreak) };
  return { kind: "split", name: name!, edits: [before, after] };
}
