// The workspace scan's worker threads: same findings as scanning in-process, binary files
// skipped with a reason, and a missing worker bundle falls back to scanning on the calling thread.
import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { scanText } from "../../src/engine";
import { DocumentScanners } from "../../src/extension/document-scanners";
import { ScanWorkerPool } from "../../src/extension/scan-worker-pool";

const WORKER = path.join(__dirname, "..", "..", "dist", "scan-worker.js"); // built by the build tier
// Made up for this test, assembled at run time.
const TOKEN = "ghp_" + "Q7w2Zr9Xk4Lm8Tn3Vb6Pd1Sf5Hy0Jc2Ga7Ke";
const content = `const a = 1;\nconst githubToken = "${TOKEN}";\n`;
const bytes = () => new TextEncoder().encode(content);

const pool = new ScanWorkerPool(WORKER, 2);
after(() => pool.dispose());
// The pool's threads do not keep a process alive (the extension host's loop always runs). Waiting
// on a worker's answer or its end, a test would find the event loop empty and be cancelled: a
// timer keeps it running until the last test is done.
const alive = setInterval(() => {}, 60_000);
after(() => clearInterval(alive));

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

test("an open document scanned on a worker, edit after edit, gets what a scan of each text here gets", async () => {
  const key = "file:///work/src/big.ts";
  const filler = Array.from({ length: 2000 }, (_, i) => `export const limit${i} = ${i};`);
  const versions = [
    [...filler, `const githubToken = "${TOKEN}";`],
    // An edit far from the token, one that adds a second, one that takes the first away.
    [`// edited`, ...filler.slice(1), `const githubToken = "${TOKEN}";`],
    [`// edited`, ...filler.slice(1), `const githubToken = "${TOKEN}";`, `const other = { token: "${TOKEN.replace("ghp_Q", "ghp_R")}" };`],
    [`// edited`, ...filler.slice(1), `const githubToken = process.env.GITHUB_TOKEN;`, `const other = { token: "${TOKEN.replace("ghp_Q", "ghp_R")}" };`],
  ].map((lines) => lines.join("\n"));
  for (const text of versions) {
    const input = { content: text, filePath: "src/big.ts" };
    assert.deepEqual((await pool.scanDocument(key, input)).findings, scanText(input));
  }
  pool.forgetDocument(key);
  // Forgotten, the document is scanned afresh, with the same result.
  assert.equal((await pool.scanDocument(key, { content: versions[0]!, filePath: "src/big.ts" })).findings.length, 1);
});

test("without the worker bundle, open documents are scanned in-process with the same result", async () => {
  const fallback = new ScanWorkerPool(path.join(__dirname, "no-such-worker.js"), 1);
  const input = { content, filePath: "src/client.ts" };
  assert.deepEqual((await fallback.scanDocument("untitled:Untitled-1", input)).findings, scanText(input));
  assert.equal(fallback.threadCount, 0);
  fallback.forgetDocument("untitled:Untitled-1");
  fallback.dispose();
});

test("a worker remembers a few documents, the least recently scanned forgotten first, and a closed one at once", () => {
  const documents = new DocumentScanners(2);
  const input = { content, filePath: "src/client.ts" };
  documents.scan("a", input);
  documents.scan("b", input);
  documents.scan("a", input);
  documents.scan("c", input);
  assert.deepEqual(documents.keys, ["a", "c"], "b was scanned least recently");
  documents.forget("a");
  assert.deepEqual(documents.keys, ["c"]);
  assert.equal(documents.scan("c", input).findings.length, 1);
});

test("a document's memory outlives the copy of its options each message to a worker makes, not a change of them", () => {
  const documents = new DocumentScanners();
  const options = { disabledRules: ["generic/named-secret"], allow: [/^demo-/i] };
  documents.scan("a", { content, filePath: "src/client.ts", options });
  documents.scan("a", { content, filePath: "src/client.ts", options: structuredClone(options) });
  assert.equal(documents.optionsOf("a"), options, "the engine keeps line results per options object: the first one stays");
  const changed = { ...options, allow: [/^sample-/i] };
  documents.scan("a", { content, filePath: "src/client.ts", options: changed });
  assert.equal(documents.optionsOf("a"), changed);
});

test("a document scanned on a worker brings back its ignore comments that name no rule", async () => {
  const text = `// secret-hygiene-ignore-next-line github/tokn\n${content}`;
  const result = await pool.scanDocument("file:///work/src/client.ts", { content: text, filePath: "src/client.ts" });
  assert.equal(result.findings.length, 1);
  assert.deepEqual(
    result.unknownIgnoredRules.map((unknown) => [unknown.ruleId, unknown.suggestion]),
    [["github/tokn", "github/token"]],
  );
});

test("once disposed, a pool starts no thread for a scan that was still waiting its turn", async () => {
  const closing = new ScanWorkerPool(WORKER, 1);
  closing.dispose();
  await assert.rejects(closing.scanDocument("file:///work/a.ts", { content, filePath: "a.ts" }), /shutting down/);
  await assert.rejects(closing.scan(bytes(), "a.ts", undefined), /shutting down/);
  assert.equal(closing.threadCount, 0);
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

/** A stand-in worker script in the temp folder; the test removes it. */
function workerScript(name: string, source: string): string {
  const file = path.join(os.tmpdir(), `secret-hygiene-${name}-worker-${process.pid}.js`);
  writeFileSync(file, source);
  return file;
}

test("workers that die at start every time: after three in a row, files are scanned in-process", async () => {
  const broken = workerScript("broken", 'throw new Error("a bundle built for another Node");\n');
  const pool = new ScanWorkerPool(broken, 1);
  try {
    for (let i = 0; i < 3; i++) await assert.rejects(pool.scan(bytes(), `src/file${i}.ts`, undefined), /scan worker stopped: a bundle built for another Node/);
    const result = await pool.scan(bytes(), "src/client.ts", undefined);
    assert.ok("findings" in result, "scanned in-process, not failed");
    assert.equal(result.findings.length, 1);
    assert.equal(pool.threadCount, 0, "no thread started for it");
  } finally {
    pool.dispose();
    rmSync(broken, { force: true });
  }
});

test("a worker that dies on one file fails that file only: the files queued behind it go to a fresh worker, once", async () => {
  // Dies on poison.ts (as a file too big for its memory would), answers every other file.
  const poisoned = workerScript(
    "poisoned",
    'const { parentPort } = require("node:worker_threads");\n' +
      'parentPort.on("message", (job) => (job.filePath === "poison.ts" ? process.exit(1) : parentPort.postMessage({ id: job.id, findings: [], unknownIgnoredRules: [] })));\n',
  );
  const pool = new ScanWorkerPool(poisoned, 1);
  const outcomes = (files: string[]) => Promise.allSettled(files.map((file) => pool.scan(bytes(), file, undefined)));
  try {
    const [poison, ...healthy] = await outcomes(["poison.ts", "a.ts", "b.ts", "c.ts"]);
    assert.equal(poison?.status, "rejected");
    assert.match(String(poison.reason), /scan worker stopped: it exited \(code 1\)/);
    assert.deepEqual(healthy.map((outcome) => outcome.status), ["fulfilled", "fulfilled", "fulfilled"]);
    // Two poisons in a row: the second waited behind the first, moved once, and kills the fresh worker too.
    const twice = await outcomes(["poison.ts", "poison.ts", "d.ts"]);
    assert.deepEqual(twice.map((outcome) => outcome.status), ["rejected", "rejected", "rejected"], "d.ts waited behind the second poison: moved once already, it fails with it");
  } finally {
    pool.dispose();
    rmSync(poisoned, { force: true });
  }
});
