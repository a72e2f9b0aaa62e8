// The workspace scan's worker threads: same findings as scanning in-process, binary files
// skipped with a reason, and a missing worker bundle falls back to scanning on the calling thread.
import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { scanText } from "../../src/engine";
import { ScanWorkerPool } from "../../src/extension/scan-worker-pool";

const WORKER = path.join(__dirname, "..", "..", "dist", "scan-worker.js"); // built by the build tier
// Made up for this test, assembled at run time.
const TOKEN = "ghp_" + "Q7w2Zr9Xk4Lm8Tn3Vb6Pd1Sf5Hy0Jc2Ga7Ke";
const content = `const a = 1;\nconst githubToken = "${TOKEN}";\n`;
const bytes = () => new TextEncoder().encode(content);

const pool = new ScanWorkerPool(WORKER, 2);
after(() => pool.dispose());

test("a worker thread finds what an in-process scan finds", async () => {
  const result = await pool.scan(bytes(), "src/client.ts", undefined);
  assert.ok("findings" in result);
  assert.deepEqual(result.findings, scanText({ content, filePath: "src/client.ts" }));
  assert.ok(pool.threadCount >= 1, "the scan ran on a worker thread");
});

test("many files in flight at once all come back, each with its own result", async () => {
  const results = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.scan(bytes(), `src/file${i}.ts`, undefined)));
  results.forEach((result, i) => {
    assert.ok("findings" in result);
    assert.equal(result.findings[0]?.fingerprint, scanText({ content, filePath: `src/file${i}.ts` })[0]?.fingerprint);
  });
});

test("an ignore comment naming no rule comes back from the worker with its place", async () => {
  const text = `// secret-hygiene-ignore-next-line github/tokn\n${content}`;
  const result = await pool.scan(new TextEncoder().encode(text), "src/client.ts", undefined);
  assert.ok("findings" in result);
  assert.equal(result.findings.length, 1, "the misspelt id silences nothing");
  assert.deepEqual(
    result.unknownIgnoredRules.map((unknown) => [unknown.ruleId, unknown.range.start.line, unknown.range.start.character, unknown.suggestion]),
    [["github/tokn", 0, 35, "github/token"]],
  );
});

test("binary content is skipped with a reason", async () => {
  const result = await pool.scan(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), "media/icon.png", undefined);
  assert.ok("skipReason" in result);
});

test("without the worker bundle, files are scanned in-process with the same result", async () => {
  const fallback = new ScanWorkerPool(path.join(__dirname, "no-such-worker.js"), 1);
  const result = await fallback.scan(bytes(), "src/client.ts", undefined);
  assert.ok("findings" in result);
  assert.equal(result.findings.length, 1);
  assert.equal(fallback.threadCount, 0);
  fallback.dispose();
});

test("a worker that exits without an error fails its jobs instead of leaving them waiting, and the next job gets a fresh worker", async () => {
  const exiting = path.join(os.tmpdir(), `secret-hygiene-exiting-worker-${process.pid}.js`);
  // A worker that ends as soon as it gets a job, with no error and no answer.
  writeFileSync(exiting, 'require("node:worker_threads").parentPort.once("message", () => process.exit(0));\n');
  const brittle = new ScanWorkerPool(exiting, 1);
  try {
    await assert.rejects(brittle.scan(bytes(), "src/client.ts", undefined), /scan worker stopped: it exited/);
    assert.equal(brittle.threadCount, 0, "the exited worker left the pool");
  } finally {
    brittle.dispose();
    rmSync(exiting, { force: true });
  }
});
