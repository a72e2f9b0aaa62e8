import { KeywordAutomaton } from "./keyword-automaton";

/**
 * Which of a fixed set of literals a line holds, found in one pass over it (the keyword automaton)
 * instead of one `includes` or regex test per literal. A rule that asks forty such questions of
 * every line it is woken on spends more on the questions than on its patterns: code that says
 * `token` and `key` on every other line wakes it tens of thousands of times.
 *
 * Matching ignores ASCII case, so an open gate is a necessary condition, not a sufficient one: a
 * check that needs the exact case keeps its own test behind the gate, and then costs only on the
 * lines that hold the literal in some case.
 */
export class LiteralGates<Name extends string> {
  private readonly automaton: KeywordAutomaton;
  /** Per automaton keyword, the gates it opens. */
  private readonly gatesOfKeyword: readonly (readonly number[])[];
  /** Gate numbers by name, for reading what {@link open} returns: `open[gates.id.name]`. */
  readonly id: Readonly<Record<Name, number>>;

  /** @param literals per gate, the literals that open it (lower-case ASCII; one may open several gates). */
  constructor(literals: Readonly<Record<Name, readonly string[]>>) {
    const names = Object.keys(literals) as Name[];
    const keywords: string[] = [];
    const gatesOfKeyword: number[][] = [];
    const id = {} as Record<Name, number>;
    names.forEach((name, gate) => {
      id[name] = gate;
      for (const literal of literals[name]) {
        if (literal !== literal.toLowerCase()) throw new Error(`gate literal "${literal}" is not lower-case`);
        let keyword = keywords.indexOf(literal);
        if (keyword < 0) {
          keyword = keywords.push(literal) - 1;
          gatesOfKeyword.push([]);
        }
        gatesOfKeyword[keyword]!.push(gate);
      }
    });
    this.automaton = new KeywordAutomaton(keywords);
    this.gatesOfKeyword = gatesOfKeyword;
    this.id = id;
    this.openGates = new Uint8Array(names.length);
  }

  /**
   * Per gate number, 1 if `line` (one line: no newline) holds one of its literals in any case, else 0.
   * The array is this object's own and is overwritten by the next call: read it before asking again.
   */
  open(line: string): Uint8Array {
    const open = this.openGates;
    open.fill(0);
    this.automaton.forEachLine(line, this.openGatesOfKeywords);
    return open;
  }

  /** What {@link open} returns, reused: it is asked of tens of thousands of lines a scan. */
  private readonly openGates: Uint8Array;
  /** {@link open}'s callback, made once. */
  private readonly openGatesOfKeywords = (_start: number, _end: number, keywords: readonly number[]): void => {
    for (const keyword of keywords) for (const gate of this.gatesOfKeyword[keyword]!) this.openGates[gate] = 1;
  };
}
