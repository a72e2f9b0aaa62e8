// Look-alikes found in Debian packages chosen for the credentials in their tests and examples:
// each case pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { isDBusSignature } from "../../src/engine/rules/value-shapes";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const GENERATED_PASSWORD = ["Vq7", "Lz2", "Rk9w"].join("");

const found = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));

test("a D-Bus type signature beside a method's name is the types of its arguments; random brackets are not one", () => {
  for (const signature of ["(oayays)", "a{sv}", "a{sv}(oayays)b", "sa{sv}as", "a(ss)", "aa{sv}"]) {
    assert.ok(isDBusSignature(signature), signature);
    assert.deepEqual(found(`        self._item.call('SetSecret', '${signature}', secret)\n`, "pkg/item.py"), []);
  }
  // Not the grammar's: an empty struct, a dict entry outside an array or with a variant's key, an
  // unclosed bracket, other letters.
  for (const value of ["()", "{sv}", "a{vs}", "(oay", "(ab)z", "a{ss", "(oayays)k"]) assert.ok(!isDBusSignature(value), value);
  for (const value of [`(${GENERATED_PASSWORD})`, "(hunter2)"]) {
    assert.deepEqual(found(`        self._item.call('SetSecret', '${value}', secret)\n`, "pkg/item.py"), [value]);
  }
});
