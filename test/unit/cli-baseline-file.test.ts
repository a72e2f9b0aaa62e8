// The CLI's baseline update (src/cli/baseline-file.ts): what it keeps of the previous baseline.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { writeBaseline } from "../../src/cli/baseline-file";
import type { ScanReport } from "../../src/cli/report";
import { createBaseline, parseBaseline } from "../../src/engine";

const scratch = mkdtempSync(path.join(tmpdir(), "shbaseline-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

test("a folder the run could not read keeps the entries of every file in it", async () => {
  const finding = (fingerprint: string) => ({ fingerprint, ruleId: "generic/named-secret" });
  const previous = parseBaseline(createBaseline([["locked/deep/a.py", [finding("a".repeat(32))]], ["locked-out.py", [finding("b".repeat(32))]], ["open.py", [finding("c".repeat(32))]]]));
  const report: ScanReport = {
    rootDirectory: scratch,
    files: [],
    skipped: [{ displayPath: "locked", reason: "permission denied", isError: true }],
    filesScanned: 2,
    baselined: 0,
    configNotices: [],
  };
  const update = await writeBaseline(scratch, "baseline.json", report, previous, ["."]);
  assert.equal(update.kept, 1);
  const files = parseBaseline(readFileSync(path.join(scratch, "baseline.json"), "utf8")).entries.map((entry) => entry.file);
  assert.deepEqual(files, ["locked/deep/a.py"], "a file named like the folder is not inside it");
});
