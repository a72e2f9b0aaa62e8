/**
 * Finds every occurrence of a fixed set of keywords in one pass over the text (Aho–Corasick, as a
 * table-driven automaton). A regex alternation of ~200 literals costs V8 a try per alternative at
 * each position; this costs one table lookup per character, lower-casing as it goes, so the text
 * is never copied. Keywords are ASCII and lower-case; other characters reset the match.
 */

const ALPHABET = 128;

export class KeywordAutomaton {
  /**
   * table[state * ALPHABET + code] → next state, a full DFA with failure links folded in, upper
   * case folded to lower case, and NUL (where other non-ASCII characters go) and newline leading
   * back to the start. A state with outputs is stored as -(state + 1).
   */
  private readonly table: Int32Array;
  /** Keywords ending at state s (shorter ones via failure links included): outputIndexes[outputOffsets[s] .. outputOffsets[s + 1]). */
  private readonly outputOffsets: Int32Array;
  private readonly outputIndexes: Int32Array;

  constructor(readonly keywords: readonly string[]) {
    const goto: Map<number, number>[] = [new Map<number, number>()];
    const ends: number[][] = [[]];
    keywords.forEach((keyword, index) => {
      let state = 0;
      for (const ch of keyword) {
        const code = ch.charCodeAt(0);
        if (code >= ALPHABET) throw new Error(`keyword "${keyword}" is not ASCII`);
        let next = goto[state]!.get(code);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map<number, number>());
          ends.push([]);
          goto[state]!.set(code, next);
        }
        state = next;
      }
      ends[state]!.push(index);
    });

    const transitions = new Int32Array(goto.length * ALPHABET);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let code = 0; code < ALPHABET; code++) {
      const next = goto[0]!.get(code);
      transitions[code] = next ?? 0;
      if (next !== undefined) queue.push(next);
    }
    // Breadth-first: a state's failure target is always settled before the state itself.
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      ends[state]!.push(...ends[fail[state]!]!);
      for (let code = 0; code < ALPHABET; code++) {
        const next = goto[state]!.get(code);
        if (next === undefined) {
          transitions[state * ALPHABET + code] = transitions[fail[state]! * ALPHABET + code]!;
        } else {
          fail[next] = transitions[fail[state]! * ALPHABET + code]!;
          transitions[state * ALPHABET + code] = next;
          queue.push(next);
        }
      }
    }
    const unique = ends.map((list) => [...new Set(list)]);
    const table = new Int32Array(transitions.length);
    for (let state = 0; state < goto.length; state++) {
      for (let code = 0; code < ALPHABET; code++) {
        const source = code >= 65 && code <= 90 ? code + 32 : code;
        const target = code === 0 || code === 10 ? 0 : transitions[state * ALPHABET + source]!;
        table[state * ALPHABET + code] = unique[target]!.length > 0 ? -target - 1 : target;
      }
    }
    this.table = table;
    this.outputOffsets = new Int32Array(unique.length + 1);
    unique.forEach((list, state) => (this.outputOffsets[state + 1] = this.outputOffsets[state]! + list.length));
    this.outputIndexes = Int32Array.from(unique.flat());
  }

  /**
   * Calls `onLine(lineStart, keywordIndexes)` once per line that contains at least one keyword,
   * in order, with the indexes of the keywords found on it (possibly repeated).
   */
  forEachLine(text: string, onLine: (lineStart: number, keywordIndexes: readonly number[]) => void): void {
    const { table, outputOffsets, outputIndexes } = this;
    let state = 0;
    let lineStart = -1;
    let previousHit = -1;
    let found: number[] = [];
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      // Upper-case letters share the lower-case columns; other characters ≥ 128 reset the match.
      const next = table[state * ALPHABET + (code < ALPHABET ? code : 0)]!;
      if (next >= 0) {
        state = next;
        continue;
      }
      // A state with outputs is stored negated: the common path above is one load and one test.
      state = -next - 1;
      // Has a newline passed since the previous hit? Look back only that far: linear overall,
      // even on a megabyte-long line full of hits.
      let newline = -1;
      for (let j = i; j > previousHit; j--) {
        if (text.charCodeAt(j) === 10) {
          newline = j;
          break;
        }
      }
      if (newline >= 0 || lineStart < 0) {
        if (found.length > 0) onLine(lineStart, found);
        found = [];
        lineStart = newline >= 0 ? newline + 1 : text.lastIndexOf("\n", i) + 1;
      }
      previousHit = i;
      for (let k = outputOffsets[state]!; k < outputOffsets[state + 1]!; k++) found.push(outputIndexes[k]!);
    }
    if (found.length > 0) onLine(lineStart, found);
  }
}
