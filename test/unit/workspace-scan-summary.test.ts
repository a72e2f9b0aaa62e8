// The workspace scan's closing message (src/extension/workspace-scan-summary.ts): each reason a
// found file went unread is counted under its own cause, never under another setting's name.
import assert from "node:assert/strict";
import { test } from "node:test";
import { skippedCounts, workspaceScanSummaryText, type WorkspaceScanSummary } from "../../src/extension/workspace-scan-summary";

const scanned = { filesScanned: 10, filesWithFindings: 1, findings: 2, ignored: 0, failed: 0, cancelled: false };

test("files a nested folder's ignorePaths left out are not blamed on secretHygiene.enable", () => {
  const summary: WorkspaceScanSummary = { ...scanned, ...skippedCounts(["excluded", "excluded"]) };
  const text = workspaceScanSummaryText(summary);
  assert.equal(text, "Secret Hygiene: 2 secrets in 1 of 10 files; 2 files not scanned: 2 left out by .secrethygiene.json (ignorePaths or its baseline file).");
  assert.doesNotMatch(text, /secretHygiene\.enable/);
});

test("every category is counted under its own cause", () => {
  const summary: WorkspaceScanSummary = { ...scanned, ...skippedCounts(["size", "binary", "excluded", "disabled", "disabled"]) };
  assert.equal(
    workspaceScanSummaryText(summary),
    "Secret Hygiene: 2 secrets in 1 of 10 files; 5 files not scanned: 1 over the size budget (secretHygiene.maxFileSizeKB), 1 binary, 1 left out by .secrethygiene.json (ignorePaths or its baseline file), 2 where scanning is turned off (secretHygiene.enable).",
  );
});

test("a cancelled scan says so; nothing skipped says nothing about skipping", () => {
  assert.equal(workspaceScanSummaryText({ ...scanned, ...skippedCounts([]), cancelled: true, failed: 1 }), "Secret Hygiene: scan cancelled. So far: 2 secrets in 1 of 10 files; 1 could not be read.");
});
