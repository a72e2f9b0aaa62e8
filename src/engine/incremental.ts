import { candidateLines, type CandidateLine } from "./pattern-scan";
import type { Rule } from "./rules/types";

/**
 * Keeps a document's candidate lines (the lines that hold a keyword) across edits. An edit
 * changes one region; lines before it keep their offsets, lines after it shift by the change in
 * length, and only the lines of the region go through the keyword automaton again. This is what
 * makes re-diagnosing a keystroke in a 10,000-line file cost about one line's work.
 */
export class CandidateLineIndex {
  private content = "";
  private lines: readonly CandidateLine[] = [];
  private rules: readonly Rule[] | undefined;

  update(content: string, rules: readonly Rule[]): readonly CandidateLine[] {
    if (rules !== this.rules || this.content.length === 0) {
      this.reset(content, rules, candidateLines(content, rules));
      return this.lines;
    }
    if (content === this.content) return this.lines;
    const previous = this.content;
    const prefix = commonPrefixLength(previous, content);
    const suffix = Math.min(commonSuffixLength(previous, content), previous.length - prefix, content.length - prefix);
    // The changed region, widened to whole lines, in the old and the new text.
    // (From 0, a line break the edit put first would be taken for the end of a line before it.)
    const regionStart = prefix === 0 ? 0 : content.lastIndexOf("\n", prefix - 1) + 1;
    const oldEndNewline = previous.indexOf("\n", previous.length - suffix);
    const oldRegionEnd = oldEndNewline === -1 ? previous.length : oldEndNewline;
    const delta = content.length - previous.length;
    const newRegionEnd = oldEndNewline === -1 ? content.length : oldRegionEnd + delta;

    const before = this.lines.filter((line) => line.start < regionStart);
    // (With the line break that ends the region: a keyword's end test may look past the line's last
    // character, and in a CRLF file the `\r` it sees is half a break without the `\n` after it.)
    const middle = candidateLines(content, rules, regionStart, Math.min(content.length, newRegionEnd + 1));
    const after = this.lines.filter((line) => line.start > oldRegionEnd).map((line) => ({ start: line.start + delta, end: line.end + delta, rules: line.rules }));
    this.reset(content, rules, [...before, ...middle, ...after]);
    return this.lines;
  }

  private reset(content: string, rules: readonly Rule[], lines: readonly CandidateLine[]): void {
    this.content = content;
    this.rules = rules;
    this.lines = lines;
  }
}

const CHUNK = 4096;

/** Length of the common prefix: whole chunks compared natively, then characters. */
export function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= limit && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

export function commonSuffixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= limit && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
