// The windows a rule with a bounded reach runs on: around each keyword occurrence, clipped, shared when close.
import assert from "node:assert/strict";
import { test } from "node:test";
import { keywordWindows } from "../../src/engine/keyword-windows";

test("one window per keyword occurrence, reaching either side and clipped to the line", () => {
  const line = `${"x".repeat(100)}KEY${"y".repeat(1000)}key${"z".repeat(40)}`;
  assert.deepEqual(keywordWindows(line, ["key"], 50), [
    { start: 50, end: 153 },
    { start: 1053, end: line.length },
  ]);
  assert.deepEqual(keywordWindows("key", ["key"], 50), [{ start: 0, end: 3 }]);
});

test("no keyword, no window", () => {
  assert.deepEqual(keywordWindows("a".repeat(5000), ["key"], 512), []);
});

test("occurrences close together share a window: at most one per half reach, however dense", () => {
  const line = "ab".repeat(100_000);
  const windows = keywordWindows(line, ["a", "b"], 512);
  assert.ok(windows.length <= line.length / 256 + 1, `${windows.length} windows`);
  // Every occurrence still has half the reach on both sides in some window (or the line's end).
  for (let at = 0; at < line.length; at += 997) {
    assert.ok(
      windows.some((window) => (window.start === 0 || at - window.start >= 256) && (window.end === line.length || window.end - (at + 1) >= 256)),
      `occurrence at ${at}`,
    );
  }
});
