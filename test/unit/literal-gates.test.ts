// A gate stands in front of a check as a necessary condition: it must be open on every line that
// holds one of its literals in any case, or the check behind it never runs. Seeded random lines
// over a small alphabet make overlapping literals, shared literals and mixed case common.
import assert from "node:assert/strict";
import { test } from "node:test";
import { LiteralGates } from "../../src/engine/literal-gates";

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const LITERALS = {
  env: ["env", "onfig"],
  fetch: ["env.fetch"],
  operator: ["??", "||", " or "],
  call: ["(\"", "{\""],
  shared: ["env", "-u"],
} as const;

test("a gate is open exactly when the line holds one of its literals, ignoring ASCII case", () => {
  const gates = new LiteralGates(LITERALS);
  const random = seeded(7);
  const alphabet = 'eEnNvV.fFtTcChH?|oOrRuU-({" gGi';
  for (let round = 0; round < 3000; round++) {
    let line = "";
    const length = Math.floor(random() * 40);
    for (let i = 0; i < length; i++) line += alphabet[Math.floor(random() * alphabet.length)];
    const open = gates.open(line);
    const lower = line.toLowerCase();
    for (const [name, literals] of Object.entries(LITERALS)) {
      const expected = literals.some((literal) => lower.includes(literal)) ? 1 : 0;
      assert.equal(open[gates.id[name as keyof typeof LITERALS]], expected, `${name} on ${JSON.stringify(line)}`);
    }
  }
});

test("a line with no literal opens no gate, and one that holds them all opens every gate", () => {
  const gates = new LiteralGates(LITERALS);
  assert.deepEqual([...gates.open("const answer = 42;")], [0, 0, 0, 0, 0]);
  assert.deepEqual([...gates.open('ENV.fetch("X") ?? Config("y") -U')], [1, 1, 1, 1, 1]);
});

test("literals must be lower-case, since the line is read without case", () => {
  assert.throws(() => new LiteralGates({ bad: ["ENV"] }), /lower-case/);
});
