/**
 * An Azure Pipelines `variables:` entry: `sonarToken: …` in the mapping form, or the
 * `- name: sonarToken` / `value: …` item of the list form. Its value moved to `$(sonarToken)` would
 * name the entry itself, which Pipelines leaves as that text, and the entry would hide the variable
 * group's secret of the same name: such an entry goes whole.
 */
import type { Span } from "./replacement-common";

/** The lines of `text`, each with where it starts and its indentation. */
function linesOf(text: string): { start: number; end: number; body: string; indent: number }[] {
  const lines: { start: number; end: number; body: string; indent: number }[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline + 1;
    const body = text.slice(start, newline === -1 ? text.length : newline).replace(/\r$/, "");
    lines.push({ start, end, body, indent: /^ */.exec(body)![0].length });
    if (newline === -1) break;
    start = end;
  }
  return lines;
}

const blankOrComment = (body: string): boolean => /^\s*(?:#.*)?$/.test(body);

/** The index of the first line above `row` indented less than `indent` (blank lines and comments aside), or -1. */
function parentRow(lines: ReturnType<typeof linesOf>, row: number, indent: number): number {
  for (let above = row - 1; above >= 0; above--) if (!blankOrComment(lines[above]!.body) && lines[above]!.indent < indent) return above;
  return -1;
}

/**
 * The lines an entry (rows `first`..`last`) of `variables:` (row `parent`) takes out: its own, and
 * the `variables:` line too where it is the only entry (an empty `variables:` is no mapping or list).
 */
function entryLines(lines: ReturnType<typeof linesOf>, parent: number, first: number, last: number): Span {
  let end = last + 1;
  const indent = lines[parent]!.indent;
  // (A list's items may stand at the key's own indentation: `variables:` then `- name: …`.)
  while (end < lines.length && (blankOrComment(lines[end]!.body) || lines[end]!.indent > indent || (lines[end]!.indent === indent && /^ *- /.test(lines[end]!.body)))) end++;
  const others = lines.slice(parent + 1, end).some((other, index) => (index + parent + 1 < first || index + parent + 1 > last) && !blankOrComment(other.body));
  return others ? { start: lines[first]!.start, end: lines[last]!.end } : { start: lines[parent]!.start, end: lines[last]!.end };
}

/** The entry of a pipeline's `variables:` whose value is on the line starting at `lineStart`: the variable's name and the lines it takes. */
export function pipelineVariableEntry(text: string, lineStart: number): { readonly name: string; readonly lines: Span } | undefined {
  const lines = linesOf(text);
  const row = lines.findIndex((line) => line.start === lineStart);
  if (row === -1) return undefined;
  const line = lines[row]!;
  const mapping = /^ +([A-Za-z_][\w.-]*)[ \t]*:[ \t]*\S/.exec(line.body);
  if (mapping && mapping[1] !== "value") {
    const parent = parentRow(lines, row, line.indent);
    return parent !== -1 && /^\s*variables[ \t]*:[ \t]*(?:#.*)?$/.test(lines[parent]!.body) ? { name: mapping[1]!, lines: entryLines(lines, parent, row, row) } : undefined;
  }
  // The list form: the item's `- name:` line is its first, and `value:` on this line or the item's others.
  if (!/^ +(?:- +)?value[ \t]*:/.test(line.body)) return undefined;
  let first = row;
  while (first >= 0 && !/^ *- /.test(lines[first]!.body)) first--;
  if (first === -1) return undefined;
  const dash = lines[first]!.indent;
  // (Above the item: its sibling items, then `variables:`, at the items' indentation or less.)
  let parent = first - 1;
  while (parent >= 0 && (blankOrComment(lines[parent]!.body) || lines[parent]!.indent > dash || (lines[parent]!.indent === dash && /^ *- /.test(lines[parent]!.body)))) parent--;
  if (parent === -1 || !/^\s*variables[ \t]*:[ \t]*(?:#.*)?$/.test(lines[parent]!.body)) return undefined;
  let last = first;
  while (last + 1 < lines.length && !blankOrComment(lines[last + 1]!.body) && lines[last + 1]!.indent > dash) last++;
  if (row > last) return undefined;
  const item = lines.slice(first, last + 1).map((itemLine) => itemLine.body).join("\n");
  const name = /(?:^|\n) *(?:- +)?name[ \t]*:[ \t]*["']?([A-Za-z_][\w.-]*)["']?[ \t]*(?:#.*)?(?:\n|$)/.exec(item)?.[1];
  return name === undefined ? undefined : { name, lines: entryLines(lines, parent, first, last) };
}
