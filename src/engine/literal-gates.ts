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
  private readonly count: number;

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
    this.count = names.length;
  }

  /** Per gate number, 1 if `line` (one line: no newline) holds one of its literals in any case, else 0. */
  open(line: string): Uint8Array {
    const open = new Uint8Array(this.count);
    this.automaton.forEachLine(line, (_start, keywords) => {
      for (const keyword of keywords) for (const gate of this.gatesOfKeyword[keyword]!) open[gate] = 1;
    });
    return open;
  }
}
