/**
 * Finds every occurrence of a fixed set of keywords in one pass over the text (Aho–Corasick, as a
 * table-driven automaton). A regex alternation of ~200 literals costs V8 a try per alternative at
 * each position; this costs one table lookup per character, lower-casing as it goes, so the text
 * is never copied. Keywords are ASCII and lower-case; other characters reset the match.
 */

const ALPHABET = 128;

/** See {@link KeywordAutomaton.forEachLine}. */
export type LineCallback = (lineStart: number, lineEnd: number, keywordIndexes: readonly number[]) => void;
/** Whether an occurrence of a keyword that ends at `end` (exclusive) in `text` counts. */
export type KeywordEndTest = (text: string, end: number) => boolean;
/**
 * Column of every character that occurs in no keyword (and of NUL, the newline and non-ASCII
 * characters): it leads back to the start state.
 */
const OTHER = 0;

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
    this.tables = buildTables(keywords, accepts);
    this.seenOnLine = new Int32Array(keywords.length);
  }

  /**
   * Calls `onLine(lineStart, lineEnd, keywordIndexes)` once per line that contains at least one
   * keyword, in order, with the indexes of the keywords found on it, each once, in order of first
   * occurrence. `lineEnd` is the offset of the line's newline, or the text's length: the pass has
   * looked it up already, and a caller that wants the line's text need not search for it again.
   * Not reentrant: `onLine` must not use this automaton.
   */
  forEachLine(text: string, onLine: LineCallback): void {
    if (this.lineNumber > 0x40000000) {
      this.seenOnLine.fill(0);
      this.lineNumber = 0;
    }
    this.lineNumber = scanLines(this.tables, this.seenOnLine, this.lineNumber + 1, text, onLine);
  }
}

/**
 * The loop of {@link KeywordAutomaton.forEachLine}, numbering the lines it reports from
 * `firstLine`; returns the number of the last. The newline is an ordinary character to the
 * automaton: a line's bounds are looked up (`lastIndexOf`, `indexOf`) when a keyword is first found
 * on it, not tracked at every newline. Most lines hold no keyword (86% of the TypeScript
 * compiler's `lib/`), and stopping the fast loop at each of their ends was 5% of the pass's time.
 * A function of its own that leaves only from inside its loop: V8
 * optimises a long first scan's loop while it runs (on-stack replacement), before any code after
 * the loop has run, and code without type feedback makes the optimised function bail out there.
 * With a store after the loop, it bailed out at the end of every later call, ~15,000 times a pass
 * over the TypeScript compiler's `lib/` (the literal gates ask of every candidate line): not
 * dearer in plain runs, but it made CPU profiles blame the gates for a third of the time.
 */
function scanLines(tables: Tables, seenOnLine: Int32Array, firstLine: number, text: string, onLine: LineCallback): number {
  const { columns, table, firstSpecial, width, outputOffsets, outputIndexes, accepts, unknownBase } = tables;
  let state = 0;
  // The line of the last keyword found (its bounds are looked up only then: most lines have none).
  let lineStart = 0;
  let lineEnd = -1;
  let line = firstLine;
  let found: number[] = [];
  const length = text.length;
  let i = 0;
  for (;;) {
    i = advance(text, i, state, table, columns, firstSpecial);
    state = advancedState;
    if (i < length && state >= unknownBase) {
      const code = text.charCodeAt(i);
      state = resolveTransition(tables, state - unknownBase + (code < ALPHABET ? columns[code]! : OTHER));
      if (state < firstSpecial) {
        i++;
        continue;
      }
    }
    if (i >= length) {
      if (found.length > 0) onLine(lineStart, lineEnd, found);
      return line;
    }
    if (i > lineEnd) {
      // A keyword past the line of the last one: that line is complete.
      if (found.length > 0) {
        onLine(lineStart, lineEnd, found);
        found = [];
      }
      lineStart = text.lastIndexOf("\n", i) + 1;
      lineEnd = text.indexOf("\n", i);
      if (lineEnd < 0) lineEnd = length;
      line++;
    }
    const position = state / width;
    for (let k = outputOffsets[position]!; k < outputOffsets[position + 1]!; k++) {
      const keyword = outputIndexes[k]!;
      if (seenOnLine[keyword] === line) continue;
      const accept = accepts[keyword];
      if (accept !== undefined && !accept(text, i + 1)) continue;
      seenOnLine[keyword] = line;
      found.push(keyword);
    }
    i++;
  }
}

interface Tables {
  /** ASCII code → column: upper case shares the lower-case column, characters in no keyword share one. */
  readonly columns: Uint8Array;
  readonly width: number;
  /**
   * table[state + column] → next state, a DFA with failure links folded in. States are stored
   * premultiplied by `width` (the row offset), and numbered so that every state at or above
   * `firstSpecial` needs attention: it has outputs, or the transition is
   * not worked out yet (see `unknownBase`).
   */
  readonly table: Int32Array;
  readonly firstSpecial: number;
  /**
   * A transition the trie does not spell out (a failure) is worked out the first time a text takes
   * it and then written into the table; until then its cell holds `unknownBase` plus its row (above
   * every state, so the fast loop stops on it, and the row says where it came from). Working them
   * all out up front was most of the build, which every process pays in its first scan, for
   * transitions most texts never take. The table holds transitions only, nothing of the texts.
   */
  readonly unknownBase: number;
  /** The trie and its failure links, for working out transitions: see {@link resolveTransition}. */
  readonly child: Int32Array;
  readonly fail: Int32Array;
  /** The trie state of each row (by row / width). */
  readonly stateOfRow: Int32Array;
  readonly rowOf: Int32Array;
  /** Keywords ending at a state (shorter ones via failure links included), by row: outputIndexes[outputOffsets[row / width] .. outputOffsets[row / width + 1]). */
  readonly outputOffsets: Int32Array;
  readonly outputIndexes: Int32Array;
  /** Per keyword, an optional test of what follows an occurrence: one that fails does not count. */
  readonly accepts: readonly (KeywordEndTest | undefined)[];
}

/**
 * Column of each ASCII code: one per lower-case character that some keyword uses (upper-case input
 * reads the lower-case column), OTHER for the rest. An upper-case character in a keyword gets no
 * column of its own, so such a keyword never matches.
 */
function columnsOf(keywords: readonly string[]): { columns: Uint8Array; width: number } {
  const used = new Uint8Array(ALPHABET);
  for (const keyword of keywords) {
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      if (code >= ALPHABET) throw new Error(`keyword "${keyword}" is not ASCII`);
      used[code] = 1;
    }
  }
  const columns = new Uint8Array(ALPHABET);
  const columnOfSource = new Map<number, number>();
  let width = 1; // OTHER
  for (let code = 0; code < ALPHABET; code++) {
    const source = code >= 65 && code <= 90 ? code + 32 : code;
    if (code === 0 || code === 10 || !used[source]) columns[code] = OTHER;
    else {
      let column = columnOfSource.get(source);
      if (column === undefined) columnOfSource.set(source, (column = width++));
      columns[code] = column;
    }
  }
  return { columns, width };
}

/**
 * The automaton's tables, built over the columns only (a few dozen, not 128 codes): building
 * is part of the first scan in every process, so it is kept to one pass over the trie.
 */
function buildTables(keywords: readonly string[], accepts: readonly (KeywordEndTest | undefined)[]): Tables {
  const { columns, width } = columnsOf(keywords);
  // The trie: child[state * width + column] is the next state, or 0 for none (the root is no one's child).
  let child = new Int32Array(64 * width);
  const ends: number[][] = [[]];
  // Each state's children as a linked list, and the column each state is reached on: the failure
  // links are built over the trie's edges, not over every column of every state.
  const firstChild: number[] = [0];
  const nextSibling: number[] = [0];
  const columnOfState: number[] = [0];
  keywords.forEach((keyword, index) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      // Only lower-case characters are read back from input (see columnsOf); others cannot match.
      const column = code >= 65 && code <= 90 ? OTHER : columns[code]!;
      if (column === OTHER) return;
      let next = child[state * width + column]!;
      if (next === 0) {
        next = ends.length;
        ends.push([]);
        firstChild.push(0);
        nextSibling.push(firstChild[state]!);
        firstChild[state] = next;
        columnOfState.push(column);
        if ((next + 1) * width > child.length) {
          const grown = new Int32Array(child.length * 2);
          grown.set(child);
          child = grown;
        }
        child[state * width + column] = next;
      }
      state = next;
    }
    ends[state]!.push(index);
  });
  const stateCount = ends.length;

  // Failure links, breadth-first over the trie's edges (so that a state's failure target is
  // settled before the state itself). The other transitions are worked out when first taken.
  const fail = new Int32Array(stateCount);
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (state !== 0 && ends[fail[state]!]!.length > 0) ends[state]!.push(...ends[fail[state]!]!);
    for (let next = firstChild[state]!; next !== 0; next = nextSibling[next]!) {
      if (state !== 0) fail[next] = transitionOf(child, fail, width, fail[state]!, columnOfState[next]!);
      queue.push(next);
    }
  }
  const unique = ends.map((list) => (list.length > 1 ? [...new Set(list)] : list));

  // Renumber: plain states first, then states with outputs; each group breadth-first, so that
  // the shallow states, which most characters of a text lead to, share cache lines (the table is
  // near a megabyte for the built-in rules; 2–3% of a pass).
  const plain: number[] = [];
  const special: number[] = [];
  for (const state of queue) (unique[state]!.length > 0 ? special : plain).push(state);
  const order = [...plain, ...special];
  const rowOf = new Int32Array(stateCount);
  const stateOfRow = new Int32Array(order.length);
  order.forEach((state, position) => {
    rowOf[state] = position * width;
    stateOfRow[position] = state;
  });
  const table = new Int32Array(order.length * width);
  const unknownBase = table.length;
  for (let row = 0; row < table.length; row += width) {
    table.fill(unknownBase + row, row, row + width);
    table[row + OTHER] = rowOf[0]!;
  }
  for (let state = 0; state < stateCount; state++) {
    for (let next = firstChild[state]!; next !== 0; next = nextSibling[next]!) table[rowOf[state]! + columnOfState[next]!] = rowOf[next]!;
  }
  // The start state's transitions are complete: a character no keyword starts with leads back to it.
  for (let column = 1; column < width; column++) table[rowOf[0]! + column] = rowOf[child[column]!]!;

  const outputOffsets = new Int32Array(order.length + 1);
  order.forEach((state, position) => (outputOffsets[position + 1] = outputOffsets[position]! + unique[state]!.length));
  const outputIndexes = Int32Array.from(order.flatMap((state) => unique[state]!));
  return {
    columns,
    table,
    width,
    firstSpecial: plain.length * width,
    unknownBase,
    child,
    fail,
    stateOfRow,
    rowOf,
    outputOffsets,
    outputIndexes,
    accepts: keywords.map((_, index) => accepts[index]),
  };
}

/** The trie state reached from trie state `state` on `column`: its child there, or its failure target's. */
function transitionOf(child: Int32Array, fail: Int32Array, width: number, state: number, column: number): number {
  let at = state;
  while (at !== 0 && child[at * width + column] === 0) at = fail[at]!;
  return child[at * width + column]!;
}

/** Works out the transition of a table cell not yet known, writes it into the table and returns it. */
function resolveTransition(tables: Tables, cell: number): number {
  const { width, table, child, fail, stateOfRow, rowOf } = tables;
  const column = cell % width;
  const state = stateOfRow[(cell - column) / width]!;
  const next = rowOf[transitionOf(child, fail, width, fail[state]!, column)]!;
  table[cell] = next;
  return next;
}

/** The state {@link advance} stopped in (a second return value, without allocating). */
let advancedState = 0;

/**
 * Runs the automaton from `state` at `i` up to the first character that leads to a special state
 * (one with outputs, or a transition not worked out yet), and returns its offset (`text.length` if none); the state is left in
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
