// Name segments and entropy are computed in one pass over ASCII text. The definitions they
// replace (regexes for segments, a Map of counts for entropy) are kept here, and both ways must
// agree exactly, on seeded random names and values.
import assert from "node:assert/strict";
import { test } from "node:test";
import { shannonEntropy } from "../../src/engine/rules/entropy";
import { segmentsOf } from "../../src/engine/rules/name-segments";

function referenceSegments(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function referenceEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

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
