// composeEdits: edits planned against a text that other edits made, as edits of the original text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { applyTextEdits, composeEdits } from "../../src/fixes";
import type { TextEdit } from "../../src/fixes";

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Edits of a text `length` long that do not overlap: inserts, deletions and replacements, some at one offset, some adjoining. */
function randomEdits(next: () => number, length: number, label: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let cursor = 0;
  const count = Math.floor(next() * 5);
  for (let index = 0; index < count && cursor <= length; index++) {
    const start = Math.min(length, cursor + Math.floor(next() * 4));
    const end = Math.min(length, start + Math.floor(next() * 4));
    edits.push({ start, end, newText: next() < 0.2 ? "" : `${label}${index}`.repeat(1 + Math.floor(next() * 2)) });
    cursor = end;
  }
  return edits;
}

test("composed edits make what the first edits and then the second make, on 20,000 random cases", () => {
  const next = random(20261206);
  for (let round = 0; round < 20_000; round++) {
    const text = Array.from({ length: Math.floor(next() * 24) }, () => "ab\ncd"[Math.floor(next() * 5)]).join("");
    const first = randomEdits(next, text.length, "F");
    const between = applyTextEdits(text, first);
    const second = randomEdits(next, between.length, "S");
    const composed = composeEdits(text, first, second);
    assert.equal(applyTextEdits(text, composed), applyTextEdits(between, second), `case ${round}`);
  }
});

test("a first edit that no second edit touches is kept as it was, and the touched one becomes one replacement", () => {
  const text = 'token = "AAA BBB"\n';
  // First: an import above, and the literal rewritten around the first value.
  const first: TextEdit[] = [
    { start: 0, end: 0, newText: "import os\n" },
    { start: 8, end: 17, newText: 'os.environ["A"] + " BBB"' },
  ];
  const between = applyTextEdits(text, first);
  assert.equal(between, 'import os\ntoken = os.environ["A"] + " BBB"\n');
  // Second, against that text: the piece that holds the other value.
  const piece = between.indexOf('" BBB"');
  const second: TextEdit[] = [{ start: piece, end: piece + '" BBB"'.length, newText: '" " + os.environ["B"]' }];
  const composed = composeEdits(text, first, second);
  assert.deepEqual(composed, [
    { start: 0, end: 0, newText: "import os\n" },
    { start: 8, end: 17, newText: 'os.environ["A"] + " " + os.environ["B"]' },
  ]);
  assert.equal(applyTextEdits(text, composed), 'import os\ntoken = os.environ["A"] + " " + os.environ["B"]\n');
});

test("with no second edits the first come back unchanged", () => {
  const first: TextEdit[] = [{ start: 1, end: 2, newText: "x" }];
  assert.deepEqual(composeEdits("abc", first, []), first);
});

test("an insert at a replaced range's start goes before the replacement, as VS Code places it", () => {
  assert.equal(applyTextEdits("abc", [{ start: 1, end: 2, newText: "X" }, { start: 1, end: 1, newText: "I" }]), "aIXc");
  assert.equal(applyTextEdits("abc", [{ start: 1, end: 1, newText: "I" }, { start: 1, end: 1, newText: "J" }]), "aIJbc");
});
