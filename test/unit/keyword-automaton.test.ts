// The keyword pass decides which lines the rules see: it must report exactly the lines a plain
// case-insensitive substring search would, whatever the text. Seeded random texts over a small
// alphabet make keyword overlaps, repeats, upper case, non-ASCII characters and empty lines common.
import assert from "node:assert/strict";
import { test } from "node:test";
import { KeywordAutomaton, type KeywordEndTest } from "../../src/engine/keyword-automaton";

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** The lines that hold each keyword (counted where the end test holds), the slow and obvious way. */
function expected(text: string, keywords: readonly string[], accepts: readonly (KeywordEndTest | undefined)[]): [number, number[]][] {
  const result: [number, number[]][] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lower = line.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
    const found: number[] = [];
    keywords.forEach((keyword, index) => {
      for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) {
        const accept = accepts[index];
        if (accept && !accept(text, lineStart + at + keyword.length)) continue;
        found.push(index);
        break;
      }
    });
    if (found.length > 0) result.push([lineStart, found.sort((a, b) => a - b)]);
    lineStart += line.length + 1;
  }
  return result;
}

function actual(automaton: KeywordAutomaton, text: string): [number, number[]][] {
  const result: [number, number[]][] = [];
  automaton.forEachLine(text, (lineStart, lineEnd, indexes) => {
    assert.equal(new Set(indexes).size, indexes.length, "each keyword once per line");
    const newline = text.indexOf("\n", lineStart);
    assert.equal(lineEnd, newline === -1 ? text.length : newline, "the line's end");
    result.push([lineStart, [...indexes].sort((a, b) => a - b)]);
  });
  return result;
}

test("reports the same lines and keywords as a substring search", () => {
  const random = seeded(11);
  const alphabet = ["a", "b", "c", "A", "B", "=", "|", ".", " ", "\n", "\n", "é", "\u0000", "\t"];
  // "aB": an upper-case character in a keyword never matches (input is read lower-cased).
  const keywords = ["ab", "abc", "bc", "b", "a=", "==", "|", "c.", "aba", "x", "aB"];
  const beforeA: KeywordEndTest = (text, end) => text[end] === "a";
  for (const accepts of [[], [undefined, beforeA, undefined, undefined, beforeA]]) {
    const automaton = new KeywordAutomaton(keywords, accepts);
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(random() * 200);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]!).join("");
      assert.deepEqual(actual(automaton, text), expected(text, keywords, accepts), JSON.stringify(text));
    }
  }
});

test("the same keyword twice (with different end tests) is reported under each index", () => {
  const automaton = new KeywordAutomaton([".de", ".de"], [undefined, (text, end) => !/[a-z]/.test(text[end] ?? "")]);
  assert.deepEqual(actual(automaton, "x.default\ncontoso.de\n"), [
    [0, [0]],
    [10, [0, 1]],
  ]);
});

test("upper-case keyword characters never match; non-ASCII keywords are refused", () => {
  assert.deepEqual(actual(new KeywordAutomaton(["Key"]), "Key key KEY"), []);
  assert.throws(() => new KeywordAutomaton(["clé"]));
});
