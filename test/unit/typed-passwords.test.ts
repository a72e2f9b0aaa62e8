// Which values read as a password someone typed (words, then a few digits and a mark), which a
// test's or an example's own passwords are, and which read as generated.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isTypedPassword } from "../../src/engine/rules/value-shapes";

test("words, then at most four digits and one mark, read as typed", () => {
  for (const value of ["newpass123", "Welcome2024!", "NewPass99", "letmein", "orders2025", "Summer.", "hunter2"]) assert.ok(isTypedPassword(value), value);
});

test("digits among the letters, mixed capitals, long digit runs and letters without vowels read as generated", () => {
  for (const value of ["kR7vQ2mX9pLw", "Tr0ub4dor", "xkqwzt123", "qwRTzpLm", "orders123456", "aaapass1", "Xq7#kP2mLv9@wT", "pass_word_1"]) {
    assert.ok(!isTypedPassword(value), value);
  }
});
