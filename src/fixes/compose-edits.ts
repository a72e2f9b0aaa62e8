/**
 * Edits of edits. Move All plans a file's secrets against the text as scanned; two values of one
 * literal each rewrite the whole literal, so only one plan merges, and the other is planned again
 * against the text with the first's edits made. composeEdits turns those second edits into edits
 * of the text as scanned, which the run checks and applies in one WorkspaceEdit as before.
 */
import type { Finding } from "../engine";
import type { TextEdit } from "./types";

/** How many rounds Move All gives a file: the most values of one literal one run moves. */
export const MOST_MOVE_ROUNDS = 8;

/** A finding's rule and value, which tell it again in the text a round made (its offsets do not). */
export function roundValueKey(text: string, finding: Finding): string {
  return `${finding.ruleId}\n${text.slice(finding.range.startOffset, finding.range.endOffset)}`;
}

/**
 * `edits` in the order VS Code places them: by offset, an insert before a replacement that starts
 * where it is, and inserts at one offset in the order given.
 */
function inPlacingOrder(edits: readonly TextEdit[]): TextEdit[] {
  return edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index).map(({ edit }) => edit);
}

/** `text` with `edits` made (offsets into `text`; none overlap, inserts at one offset stay in order). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let result = "";
  let at = 0;
  for (const edit of inPlacingOrder(edits)) {
    result += text.slice(at, edit.start) + edit.newText;
    at = Math.max(at, edit.end);
  }
  return result + text.slice(at);
}

/** Where an edit of the first set sits: in the text before it (`start`, `end`) and in the text after (`after`). */
interface PlacedEdit {
  readonly edit: TextEdit;
  readonly afterStart: number;
  readonly afterEnd: number;
}

/**
 * Edits of `text` that make what `first` and then `second` (offsets into the text `first` makes)
 * make. A first edit that no second edit touches is kept as it is; a second edit, and the first
 * edits it touches or adjoins, become one replacement of the text as scanned.
 */
export function composeEdits(text: string, first: readonly TextEdit[], second: readonly TextEdit[]): TextEdit[] {
  if (second.length === 0) return [...first];
  const placed: PlacedEdit[] = [];
  let shift = 0;
  for (const edit of inPlacingOrder(first)) {
    const afterStart = edit.start + shift;
    placed.push({ edit, afterStart, afterEnd: afterStart + edit.newText.length });
    shift += edit.newText.length - (edit.end - edit.start);
  }
  const between = applyTextEdits(text, first);
  // Groups of first and second edits that touch, by their place in the text between.
  type Member = { readonly start: number; readonly end: number; readonly placed?: PlacedEdit; readonly second?: TextEdit };
  const members: Member[] = [...placed.map((entry) => ({ start: entry.afterStart, end: entry.afterEnd, placed: entry })), ...second.map((edit) => ({ start: edit.start, end: edit.end, second: edit }))];
  members.sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: Member[][] = [];
  let groupEnd = -1;
  for (const member of members) {
    const group = groups[groups.length - 1];
    if (group && member.start <= groupEnd) {
      group.push(member);
      groupEnd = Math.max(groupEnd, member.end);
    } else {
      groups.push([member]);
      groupEnd = member.end;
    }
  }
  const result: TextEdit[] = [];
  for (const group of groups) {
    const seconds = group.flatMap((member) => (member.second ? [member.second] : []));
    const firsts = group.flatMap((member) => (member.placed ? [member.placed] : []));
    if (seconds.length === 0) {
      result.push(...firsts.map((entry) => entry.edit));
      continue;
    }
    const from = Math.min(...group.map((member) => member.start));
    const to = Math.max(...group.map((member) => member.end));
    // (A bound outside every first edit maps back past the first edits before it.)
    const startingHere = firsts.filter((entry) => entry.afterStart === from);
    const endingHere = firsts.filter((entry) => entry.afterEnd === to);
    const start = startingHere.length ? Math.min(...startingHere.map((entry) => entry.edit.start)) : from - shiftBefore(placed, (entry) => entry.afterEnd < from);
    const end = endingHere.length ? Math.max(...endingHere.map((entry) => entry.edit.end)) : to - shiftBefore(placed, (entry) => entry.afterEnd <= to);
    const local = seconds.map((edit) => ({ ...edit, start: edit.start - from, end: edit.end - from }));
    result.push({ start, end, newText: applyTextEdits(between.slice(from, to), local) });
  }
  return result;
}

/** How far the first edits that `counts` picks moved the text after them. */
function shiftBefore(placed: readonly PlacedEdit[], counts: (entry: PlacedEdit) => boolean): number {
  return placed.filter(counts).reduce((sum, { edit }) => sum + edit.newText.length - (edit.end - edit.start), 0);
}
