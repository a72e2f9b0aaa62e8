/**
 * Finds every occurrence of a fixed set of keywords in one pass over the text (Aho–Corasick, as a
 * table-driven automaton). A regex alternation of ~200 literals costs V8 a try per alternative at
 * each position; this costs one table lookup per character, lower-casing as it goes, so the text
 * is never copied. Keywords are ASCII and lower-case; other characters reset the match.
 */

const ALPHABET = 128;

/** Whether an occurrence of a keyword that ends at `end` (exclusive) in `text` counts. */
export type KeywordEndTest = (text: string, end: number) => boolean;
/** Column of every character that occurs in no keyword (and of NUL and non-ASCII characters). */
const OTHER = 0;
/** Column of the newline: leads to the newline state from everywhere. */
const NEWLINE = 1;

export class KeywordAutomaton {
  private readonly tables: Tables;
  /** Per keyword, the number of the last line it was seen on: each keyword is reported once per line. */
  private readonly seenOnLine: Int32Array;
  /** Lines are numbered across calls, so that `seenOnLine` needs clearing only when the count wraps. */
  private lineNumber = 0;

  /**
   * @param accepts per keyword (by index), an optional test of the text after each occurrence
   * (`end` is the offset just after it): an occurrence counts only when it holds.
   */
  constructor(
    readonly keywords: readonly string[],
    accepts: readonly (KeywordEndTest | undefined)[] = [],
  ) {
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

    // Columns: one per (lower-case) character that some keyword uses. Upper-case input reads the
    // lower-case column, so an upper-case character in a keyword is never matched (as before).
    const columns = new Uint8Array(ALPHABET);
    const sourceOfColumn: number[] = [0, 10];
    const columnOfSource = new Map<number, number>();
    for (let code = 0; code < ALPHABET; code++) {
      const source = code >= 65 && code <= 90 ? code + 32 : code;
      if (code === 0 || code === 10 || !goto.some((edges) => edges.has(source))) {
        columns[code] = code === 10 ? NEWLINE : OTHER;
        continue;
      }
      let column = columnOfSource.get(source);
      if (column === undefined) {
        column = sourceOfColumn.length;
        columnOfSource.set(source, column);
        sourceOfColumn.push(source);
      }
      columns[code] = column;
    }
    const width = sourceOfColumn.length;

    // Renumber: plain states first, then states with outputs, then the newline state.
    const plain: number[] = [];
    const special: number[] = [];
    for (let state = 0; state < goto.length; state++) (unique[state]!.length > 0 ? special : plain).push(state);
    const order = [...plain, ...special];
    const rowOf = new Int32Array(goto.length);
    order.forEach((state, position) => (rowOf[state] = position * width));
    const newlineState = order.length * width;
    const table = new Int32Array((order.length + 1) * width);
    const fill = (row: number, state: number) => {
      for (let column = 0; column < width; column++) {
        const source = sourceOfColumn[column]!;
        table[row + column] = column === NEWLINE ? newlineState : column === OTHER ? rowOf[0]! : rowOf[transitions[state * ALPHABET + source]!]!;
      }
    };
    order.forEach((state) => fill(rowOf[state]!, state));
    fill(newlineState, 0);

    const outputOffsets = new Int32Array(order.length + 2);
    order.forEach((state, position) => (outputOffsets[position + 1] = outputOffsets[position]! + unique[state]!.length));
    outputOffsets[order.length + 1] = outputOffsets[order.length]!;
    const outputIndexes = Int32Array.from(order.flatMap((state) => unique[state]!));
    this.tables = {
      columns,
      table,
      width,
      firstSpecial: plain.length * width,
      newlineState,
      outputOffsets,
      outputIndexes,
      accepts: keywords.map((_, index) => accepts[index]),
    };
    this.seenOnLine = new Int32Array(keywords.length);
  }

  /**
   * Calls `onLine(lineStart, keywordIndexes)` once per line that contains at least one keyword,
   * in order, with the indexes of the keywords found on it, each once, in order of first occurrence.
   * Not reentrant: `onLine` must not use this automaton.
   */
  forEachLine(text: string, onLine: (lineStart: number, keywordIndexes: readonly number[]) => void): void {
    const { columns, table, firstSpecial, newlineState, width, outputOffsets, outputIndexes, accepts } = this.tables;
    const seenOnLine = this.seenOnLine;
    if (this.lineNumber > 0x40000000) {
      seenOnLine.fill(0);
      this.lineNumber = 0;
    }
    let state = 0;
    let lineStart = 0;
    let line = ++this.lineNumber;
    let found: number[] = [];
    const length = text.length;
    let i = 0;
    for (;;) {
      i = advance(text, i, state, table, columns, firstSpecial);
      state = advancedState;
      if (i >= length) break;
      if (state === newlineState) {
        if (found.length > 0) {
          onLine(lineStart, found);
          found = [];
        }
        lineStart = i + 1;
        line++;
      } else {
        const position = state / width;
        for (let k = outputOffsets[position]!; k < outputOffsets[position + 1]!; k++) {
          const keyword = outputIndexes[k]!;
          if (seenOnLine[keyword] === line) continue;
          const accept = accepts[keyword];
          if (accept !== undefined && !accept(text, i + 1)) continue;
          seenOnLine[keyword] = line;
          found.push(keyword);
        }
      }
      i++;
    }
    this.lineNumber = line;
    if (found.length > 0) onLine(lineStart, found);
  }
}

interface Tables {
  /** ASCII code → column: upper case shares the lower-case column, characters in no keyword share one. */
  readonly columns: Uint8Array;
  readonly width: number;
  /**
   * table[state + column] → next state, a full DFA with failure links folded in. States are stored
   * premultiplied by `width` (the row offset), and numbered so that every state at or above
   * `firstSpecial` needs attention: it has outputs, or it is the newline state.
   */
  readonly table: Int32Array;
  readonly firstSpecial: number;
  /** Row of the state a newline leads to: the start state's transitions, but it ends a line. */
  readonly newlineState: number;
  /** Keywords ending at a state (shorter ones via failure links included), by row: outputIndexes[outputOffsets[row / width] .. outputOffsets[row / width + 1]). */
  readonly outputOffsets: Int32Array;
  readonly outputIndexes: Int32Array;
  /** Per keyword, an optional test of what follows an occurrence: one that fails does not count. */
  readonly accepts: readonly (KeywordEndTest | undefined)[];
}

/** The state {@link advance} stopped in (a second return value, without allocating). */
let advancedState = 0;

/**
 * Runs the automaton from `state` at `i` up to the first character that leads to a special state
 * (an output or a newline), and returns its offset (`text.length` if none); the state is left in
 * `advancedState`. The common path is one load and one test per character. A function of its
 * own, with the tables as arguments: V8 compiles this loop to about two thirds of the time it
 * takes inside the method that reads them from an object.
 */
function advance(text: string, i: number, state: number, table: Int32Array, columns: Uint8Array, firstSpecial: number): number {
  const length = text.length;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    state = table[state + (code < ALPHABET ? columns[code]! : OTHER)]!;
    if (state >= firstSpecial) break;
  }
  advancedState = state;
  return i;
}
