// Which values read as a password someone typed (words, then a few digits and a mark), which a
// test's or an example's own passwords are, and which read as generated.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { looksRandom } from "../../src/engine/rules/secret-values";
import { isLeetspeakWords, withoutLeetspeak } from "../../src/engine/rules/leetspeak";
import { isTypedPassword } from "../../src/engine/rules/value-shapes";

test("words, then at most four digits and one mark, read as typed", () => {
  for (const value of ["newpass123", "Welcome2024!", "NewPass99", "letmein", "orders2025", "Summer.", "hunter2"]) assert.ok(isTypedPassword(value), value);
});

test("digits among the letters, mixed capitals, long digit runs and letters without vowels read as generated", () => {
  for (const value of ["kR7vQ2mX9pLw", "Tr0ub4dor", "xkqwzt123", "qwRTzpLm", "orders123456", "aaapass1", "Xq7#kP2mLv9@wT", "pass_word_1"]) {
    assert.ok(!isTypedPassword(value), value);
  }
});

test("leetspeak reads back as the words it spells; generated values stay as they are", () => {
  assert.equal(withoutLeetspeak("conta1n3rize14"), "containerize");
  assert.equal(withoutLeetspeak("am@z1ng_p@ssw0rd#!"), "amazing_password");
  assert.equal(withoutLeetspeak("P@ssw0rd123"), "Password");
  assert.equal(withoutLeetspeak("letmein"), "letmein");
  for (const value of ["Zr4Kv8Tq2Mw6", "xK9#mP2$vL5q", "Kq7vRt2Lm9x"]) assert.ok(looksRandom(withoutLeetspeak(value)), value);
  for (const value of ["sup3Rsekr3t", "am@z1ng_p@ssw0rd#!", "P@ssw0rd123", "conta1n3rize14"]) assert.ok(isLeetspeakWords(value), value);
  // Random base64 and hex with digits among letters read back as no words.
  for (const value of ["CvaupxnDeES3HnlYhTq53w==", "nH5ZQEWtku0RJEZ6", "cf50faa3fe97702ca1ae", "315004be7e", "Zr4Kv8Tq2Mw6", "letmein"]) assert.ok(!isLeetspeakWords(value), value);
});

test("in a test, a leetspeak password is the test's own; in application code it is reported", () => {
  const content = `password = "${["sup", "3R", "sekr", "3t"].join("")}"\n`;
  assert.equal(scanText({ content, filePath: "tests/test_users.py" }).length, 0);
  assert.equal(scanText({ content, filePath: "app/settings.py" }).length, 1);
  const generated = `password = "${["Zr4", "Kv8", "Tq2", "Mw6"].join("")}"\n`;
  assert.equal(scanText({ content: generated, filePath: "tests/test_users.py" }).length, 1);
});

test("words joined by a short number are a type's or a format's name, not random; random letters around a digit still are", () => {
  for (const value of ["int2vector", "float8range", "utf8mb4general", "regproc2text"]) assert.ok(!looksRandom(value), value);
  for (const value of ["hzqbo7wekl", "r8fmkw2zqa", "k3q9vz2mTx"]) assert.ok(looksRandom(value), value);
});
