/**
 * A YAML scalar written over several lines, for a fix that replaces all of it with a one-line
 * value: a block scalar (`key: |`, `key: >-`) or a quoted scalar whose quotes close on a later
 * line, and the text YAML gives the program for it. A literal block keeps its line breaks, a
 * folded one folds them into spaces, and its chomping indicator decides the final ones; a quoted
 * scalar folds each line break, with the blanks around it, into a space.
 */
import { FixPlanError } from "./errors";
import { lineAt } from "./lines";
import type { Span } from "./replacement-common";
import { yamlBlockHeaderAbove, yamlClosingQuote, yamlValueStart } from "./yaml";

export interface MultiLineYamlScalar {
  /** The value as YAML reads it, line breaks as LF. */
  readonly value: string;
  readonly form: "block" | '"' | "'";
  /** The scalar as written between its quotes, or a block's lines (for escapes and `$`). */
  readonly written: Span;
  /** What the one-line replacement takes the place of: a block's indicator (`|-`), a quoted scalar's text between its quotes. */
  readonly replaced: Span;
  /** What goes with it: a block's lines, from the end of its indicator's line to the end of its last line. */
  readonly removed?: Span;
}

/** Why a value over several lines is left alone: the fix cannot yet, not that the file is wrong. */
export function multiLineYamlRefusal(why: string): FixPlanError {
  return new FixPlanError("unsupported", `A value over several lines in a YAML file cannot be replaced yet ${why}: move it by hand.`);
}

const PARTIAL = "when it is only part of the scalar (a placeholder stands for a whole value)";

/** `|`, `>-`, `|+` after optional anchors and tags, then blanks and a comment. */
const BLOCK_HEADER = /^((?:[&!]\S*[ \t]+)*)([|>])([-+1-9]*)[ \t]*(?:#.*)?$/;

interface BlockLine {
  /** Offset of the text after the block's indentation, and the end of the line before its line break. */
  readonly start: number;
  readonly end: number;
  /** Undefined for an empty line. */
  readonly text: string | undefined;
  readonly hasLineBreak: boolean;
}

/** The lines after a block scalar's header, up to the first less indented one. */
function blockLines(text: string, header: { end: number }): BlockLine[] {
  const lines: BlockLine[] = [];
  let indent: number | undefined;
  for (let next = text.indexOf("\n", header.end); next !== -1; ) {
    const line = lineAt(text, next + 1);
    const raw = text.slice(line.start, line.end);
    const spaces = /^ */.exec(raw)![0].length;
    const blank = spaces === raw.length;
    // (Auto-detected indentation: the first line with text sets it.)
    if (!blank) indent ??= spaces;
    if (!blank && spaces < indent!) break;
    const hasLineBreak = line.end < text.length;
    if (blank && (indent === undefined || raw.length <= indent)) lines.push({ start: line.end, end: line.end, text: undefined, hasLineBreak });
    else lines.push({ start: line.start + indent!, end: line.end, text: raw.slice(indent), hasLineBreak });
    next = hasLineBreak ? text.indexOf("\n", line.end) : -1;
  }
  return lines;
}

/** Folded or literal content, chomped: what the program reads from a block's lines. */
function blockValue(lines: readonly BlockLine[], first: number, last: number, folded: boolean, chomping: "strip" | "clip" | "keep"): string {
  const moreIndented = (line: string) => line.startsWith(" ") || line.startsWith("\t");
  let value = "\n".repeat(first) + lines[first]!.text!;
  let previous = lines[first]!.text!;
  let breaks = 0;
  for (let i = first + 1; i <= last; i++) {
    const line = lines[i]!.text;
    if (line === undefined) {
      breaks++;
      continue;
    }
    // A folded block joins two lines of text with a space, or with the empty lines between them;
    // a more indented line keeps its line breaks.
    value += folded && !moreIndented(previous) && !moreIndented(line) ? (breaks > 0 ? "\n".repeat(breaks) : " ") : "\n".repeat(breaks + 1);
    value += line;
    previous = line;
    breaks = 0;
  }
  if (chomping === "strip" || !lines[last]!.hasLineBreak) return value;
  if (chomping === "clip") return `${value}\n`;
  return value + "\n" + "\n".repeat(lines.slice(last + 1).filter((line) => line.hasLineBreak).length);
}

function blockScalar(text: string, target: Span): MultiLineYamlScalar | undefined {
  const header = yamlBlockHeaderAbove(text, lineAt(text, target.start).start);
  if (!header) return undefined;
  const indicatorLine = yamlValueStart(text, header.start, header.end);
  const match = BLOCK_HEADER.exec(text.slice(indicatorLine, header.end));
  if (!match) return undefined;
  if (match[1]!.includes("!")) throw multiLineYamlRefusal("when it has a tag (!…), which changes what the program reads");
  if (/[1-9]/.test(match[3]!)) throw multiLineYamlRefusal("when its block scalar states its indentation (|2)");
  const lines = blockLines(text, header);
  const first = lines.findIndex((line) => line.text !== undefined);
  let last = lines.length - 1;
  while (last > first && lines[last]!.text === undefined) last--;
  if (first === -1 || target.start !== lines[first]!.start || target.end !== lines[last]!.end) throw multiLineYamlRefusal(PARTIAL);
  const indicator = indicatorLine + match[1]!.length;
  const chomping = match[3]!.includes("-") ? "strip" : match[3]!.includes("+") ? "keep" : "clip";
  return {
    value: blockValue(lines, first, last, match[2] === ">", chomping),
    form: "block",
    written: { start: lines[first]!.start, end: lines[last]!.end },
    replaced: { start: indicator, end: indicator + 1 + match[3]!.length },
    removed: { start: header.end, end: lines[last]!.end },
  };
}

/** What YAML reads for a quoted scalar's lines: each line break and the blanks around it fold into a space, or into the empty lines' line breaks. */
function foldedFlowValue(written: string): string {
  const rows = written.split(/\r?\n/);
  let value = rows[0]!.replace(/[ \t]+$/, "");
  let breaks = 0;
  for (let i = 1; i < rows.length; i++) {
    const lastRow = i === rows.length - 1;
    const row = lastRow ? rows[i]!.replace(/^[ \t]+/, "") : rows[i]!.trim();
    if (!lastRow && row === "") {
      breaks++;
      continue;
    }
    value += (breaks > 0 ? "\n".repeat(breaks) : " ") + row;
    breaks = 0;
  }
  return value;
}

function quotedScalar(text: string, target: Span): MultiLineYamlScalar | undefined {
  const line = lineAt(text, target.start);
  const open = yamlValueStart(text, line.start, line.end);
  const quote = text[open];
  if ((quote !== '"' && quote !== "'") || target.start <= open) return undefined;
  const close = yamlClosingQuote(text, open, text.length);
  if (close === -1 || close < target.end) return undefined;
  if (text.slice(open + 1, target.start).trim() !== "" || text.slice(target.end, close).trim() !== "") throw multiLineYamlRefusal(PARTIAL);
  const written = { start: open + 1, end: close };
  return { value: foldedFlowValue(text.slice(written.start, written.end)), form: quote, written, replaced: written };
}

/** The block or quoted scalar over several lines that holds `target`; refused with the reason when it cannot be replaced. */
export function multiLineYamlScalarAt(text: string, target: Span): MultiLineYamlScalar {
  const found = blockScalar(text, target) ?? quotedScalar(text, target);
  if (!found) throw multiLineYamlRefusal("unless it is a block scalar (key: | or key: >) or a quoted string that starts on its key's line");
  return found;
}
