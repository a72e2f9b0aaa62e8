// Name segments and entropy are computed in one pass over ASCII text. The definitions (regexes for
// segments, a Map of counts for entropy), which the engine still uses for non-ASCII text, are the
// reference: both ways must agree exactly, on seeded random names and values.
import assert from "node:assert/strict";
import { test } from "node:test";
import { entropyOfAnyText as referenceEntropy, shannonEntropy } from "../../src/engine/rules/entropy";
import { segmentsOfAnyText as referenceSegments, segmentsOf } from "../../src/engine/rules/name-segments";

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const pick = (random: () => number, pieces: readonly string[], count: number) => Array.from({ length: count }, () => pieces[Math.floor(random() * pieces.length)]!).join("");

test("segments of a name are those the regexes give", () => {
  assert.deepEqual(segmentsOf("HTTPServerKey"), ["http", "server", "key"]);
  assert.deepEqual(segmentsOf("DB_PASSWORD"), ["db", "password"]);
  const random = seeded(13);
  const pieces = ["a", "b", "A", "B", "Z", "z", "0", "9", "_", "-", ".", "$", " ", "Key", "KEY", "key", "HTTP", "Server", "İ", "é", "ß", "😀"];
  for (let round = 0; round < 20_000; round++) {
    const name = pick(random, pieces, Math.floor(random() * 10));
    assert.deepEqual(segmentsOf(name), referenceSegments(name), JSON.stringify(name));
  }
});

test("entropy is the same to the last bit", () => {
  const random = seeded(17);
  const pieces = ["a", "b", "c", "A", "Z", "0", "7", "-", "_", "=", "/", "+", "é", "😀", "ab", "xyz"];
  for (let round = 0; round < 20_000; round++) {
    const value = pick(random, pieces, Math.floor(random() * 40));
    // Twice: the counts left behind by one value must not leak into the next.
    assert.equal(shannonEntropy(value), referenceEntropy(value), JSON.stringify(value));
    assert.equal(shannonEntropy(value), referenceEntropy(value), JSON.stringify(value));
  }
});
