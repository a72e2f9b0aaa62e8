// What "Scan Current File" answers in the status bar (src/extension/scan-feedback.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanFeedback } from "../../src/extension/scan-feedback";

const scanned = (count: number) => ({ scannable: true, enabled: true, state: { kind: "scanned" as const, count } });

test("the count of secrets, in words", () => {
  assert.equal(scanFeedback(scanned(0)), "$(shield) Scanned: no hardcoded secrets in this file.");
  assert.equal(scanFeedback(scanned(1)), "$(shield) Scanned: 1 hardcoded secret in this file.");
  assert.equal(scanFeedback(scanned(3)), "$(shield) Scanned: 3 hardcoded secrets in this file.");
});

test("why a file was not scanned", () => {
  const skipped = { scannable: true, enabled: true, state: { kind: "skipped" as const, reason: "excluded by ignorePaths in .secrethygiene.json", category: "excluded" as const } };
  assert.equal(scanFeedback(skipped), "$(shield) Not scanned: excluded by ignorePaths in .secrethygiene.json.");
  assert.match(scanFeedback({ scannable: true, enabled: false, state: undefined }), /scanning is off .*secretHygiene\.enable/);
  assert.match(scanFeedback({ scannable: false, enabled: true, state: undefined }), /copy/);
});
