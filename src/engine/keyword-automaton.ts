/**
 * Finds every occurrence of a fixed set of keywords in one pass over the text (Aho–Corasick, as a
 * table-driven automaton). A regex alternation of ~200 literals costs V8 a try per alternative at
 * each position; this costs one table lookup per character, lower-casing as it goes, so the text
 * is never copied. Keywords are ASCII and lower-case; other characters reset the match.
 */

const ALPHABET = 128;

export class KeywordAutomaton {
  /** transitions[state * ALPHABET + code] → next state (a full DFA: failure links folded in). */
  private readonly transitions: Int32Array;
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
    this.transitions = transitions;
    const unique = ends.map((list) => [...new Set(list)]);
    this.outputOffsets = new Int32Array(unique.length + 1);
    unique.forEach((list, state) => (this.outputOffsets[state + 1] = this.outputOffsets[state]! + list.length));
    this.outputIndexes = Int32Array.from(unique.flat());
  }

  /**
   * Calls `onLine(lineStart, keywordIndexes)` once per line that contains at least one keyword,
   * in order, with the indexes of the keywords found on it (possibly repeated).
   */
  forEachLine(text: string, onLine: (lineStart: number, keywordIndexes: readonly number[]) => void): void {
    const { transitions, outputOffsets, outputIndexes } = this;
    let state = 0;
    let lineStart = 0;
    let found: number[] = [];
    const length = text.length;
    for (let i = 0; i < length; i++) {
      let code = text.charCodeAt(i);
      if (code === 10) {
        if (found.length > 0) {
          onLine(lineStart, found);
          found = [];
        }
        lineStart = i + 1;
        state = 0;
        continue;
      }
      if (code >= ALPHABET) {
        state = 0;
        continue;
      }
      if (code >= 65 && code <= 90) code += 32;
      state = transitions[state * ALPHABET + code]!;
      const from = outputOffsets[state]!;
      const to = outputOffsets[state + 1]!;
      for (let k = from; k < to; k++) found.push(outputIndexes[k]!);
    }
    if (found.length > 0) onLine(lineStart, found);
  }
}
