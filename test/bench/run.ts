// `npm run bench`: speed of our engine against secretlint's recommended preset, both run side by
// side in this one process on the same texts, and - when ../shared/bench/detection is present -
// detection quality of both on that labelled corpus (scored by its own score.mjs).
// Figures are printed, never asserted: tests check behaviour, this measures.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { engines } from "./engines";
import { folderFiles, type BenchFile } from "./folder-files";
import { shippedEngine } from "./shipped-engine";
import { syntheticSource } from "./synthetic";

const projectRoot = path.join(__dirname, "..", "..");
const corpusRoot = path.resolve(process.env.SECRET_HYGIENE_BENCH_CORPUS ?? path.join(projectRoot, "..", "shared", "bench", "detection"));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}
const median = (values: number[]) => percentile(values, 0.5);

/**
 * Typing in a 10,000-line file: each edit changes one line, then the whole document is
 * re-diagnosed. Ours keeps a DocumentScanner per document (as the extension does), so unchanged
 * lines reuse their results; secretlint has no such mode and rescans the text.
 */
async function editLatency(runs: number): Promise<void> {
  const base = syntheticSource(10_000, 11).split("\n");
  const edited = (i: number) => {
    const lines = [...base];
    lines[5_000] = `  const note${i} = "edit number ${i} in the middle of the file";`;
    return lines.join("\n");
  };
  const scanner = new shippedEngine.DocumentScanner();
  scanner.scan({ content: base.join("\n"), filePath: "src/big.ts" });
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const content = edited(i);
    let started = performance.now();
    scanner.scan({ content, filePath: "src/big.ts" });
    ours.push(performance.now() - started);
    started = performance.now();
    await engines.secretlint(content, "src/big.ts");
    theirs.push(performance.now() - started);
  }
  console.log(`\nOne-line edit in a 10,000-line file, re-diagnosed (${runs} edits)`);
  console.log(`  secret-hygiene  median ${median(ours).toFixed(2).padStart(6)} ms   p95 ${percentile(ours, 0.95).toFixed(2).padStart(6)} ms`);
  console.log(`  secretlint      median ${median(theirs).toFixed(2).padStart(6)} ms   p95 ${percentile(theirs, 0.95).toFixed(2).padStart(6)} ms`);
}

/** Code that holds no secrets: throughput and how many findings each engine still reports. */
async function realCode(): Promise<void> {
  const root = path.join(projectRoot, "node_modules", "typescript", "lib");
  if (!existsSync(root)) return;
  const texts = readdirSync(root)
    .filter((name) => /\.(?:js|d\.ts|json)$/.test(name))
    .map((name) => ({ content: readFileSync(path.join(root, name), "utf8"), filePath: `lib/${name}` }));
  await timeBoth("Real code without secrets (TypeScript compiler lib/)", texts, 3);
  for (const [name, engine] of Object.entries(engines)) {
    let secrets = 0;
    let config = 0;
    for (const t of texts) {
      for (const f of await engine(t.content, t.filePath)) {
        if (f.kind === "secret") secrets++;
        else config++;
      }
    }
    console.log(`  ${name.padEnd(15)} ${secrets} secret finding(s), ${config} configuration value(s)`);
  }
}

/**
 * Each engine's first pass over the corpus in a fresh process (cold.ts), alternating engines,
 * three processes each: what a one-off CLI run or a pre-commit hook pays.
 */
function coldStart(): void {
  const runs: Record<string, number[]> = { "secret-hygiene": [], secretlint: [] };
  for (let round = 0; round < 3; round++) {
    for (const name of Object.keys(engines)) {
      const output = execFileSync(process.execPath, ["--import", "tsx", path.join(__dirname, "cold.ts"), name, path.join(corpusRoot, "corpus")], { encoding: "utf8" });
      runs[name]!.push(Number(output.trim()));
    }
  }
  console.log("\nDetection corpus, first pass in a fresh process (median of 3 processes; loading the modules not counted)");
  for (const [name, times] of Object.entries(runs)) console.log(`  ${name.padEnd(15)} ${median(times).toFixed(1).padStart(8)} ms`);
}

/** Peak resident memory of a fresh process that scans the synthetic workspace with one engine. */
function peakMemory(): void {
  console.log("\nPeak memory (max RSS of a separate process scanning 200 files of 150 lines five times)");
  for (const name of Object.keys(engines)) {
    const output = execFileSync(process.execPath, ["--import", "tsx", path.join(__dirname, "memory.ts"), name], { encoding: "utf8" });
    console.log(`  ${name.padEnd(15)} ${output.trim()}`);
  }
}

/**
 * Alternates the engines run by run so neither benefits from a warmer machine. The first pass of
 * each in this process (code the earlier sections ran is warm already; see coldStart for a fresh
 * process) is timed apart from the median.
 */
async function timeBoth(label: string, texts: { content: string; filePath: string }[], runs: number): Promise<void> {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.content), 0);
  const timings: Record<string, number[]> = { "secret-hygiene": [], secretlint: [] };
  const firstPass: Record<string, number> = {};
  for (const [name, engine] of Object.entries(engines)) {
    const started = performance.now();
    for (const t of texts) await engine(t.content, t.filePath);
    firstPass[name] = performance.now() - started;
  }
  for (let run = 0; run < runs; run++) {
    for (const [name, engine] of Object.entries(engines)) {
      const started = performance.now();
      for (const t of texts) await engine(t.content, t.filePath);
      timings[name]!.push(performance.now() - started);
    }
  }
  const ours = median(timings["secret-hygiene"]!);
  const theirs = median(timings.secretlint!);
  const mbps = (ms: number) => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(1);
  console.log(`\n${label}: ${texts.length} file(s), ${(bytes / 1024).toFixed(0)} KB, median of ${runs} runs`);
  console.log(`  secret-hygiene  ${ours.toFixed(1).padStart(8)} ms  ${mbps(ours).padStart(6)} MB/s`);
  console.log(`  secretlint      ${theirs.toFixed(1).padStart(8)} ms  ${mbps(theirs).padStart(6)} MB/s`);
  console.log(`  ratio (secret-hygiene time / secretlint time): ${(ours / theirs).toFixed(2)}`);
  console.log(`  first pass in this process: secret-hygiene ${firstPass["secret-hygiene"]!.toFixed(1)} ms, secretlint ${firstPass.secretlint!.toFixed(1)} ms`);
}

function corpusFiles(): BenchFile[] {
  return folderFiles(path.join(corpusRoot, "corpus"));
}

/** Scores one engine's findings with the corpus's own scorer and prints its summary lines. */
async function score(name: keyof typeof engines, files: { content: string; filePath: string }[], scratch: string): Promise<void> {
  const findings = [];
  for (const file of files) {
    // Secrets only, as the CLI reports by default: configuration values are not what the labels mark.
    for (const f of (await engines[name](file.content, file.filePath)).filter((found) => found.kind === "secret")) findings.push({ file: file.filePath, line: f.line, end_line: f.endLine, rule: f.rule });
  }
  const findingsFile = path.join(scratch, `${name}.json`);
  writeFileSync(findingsFile, JSON.stringify(findings));
  const output = execFileSync(process.execPath, [path.join(corpusRoot, "score.mjs"), "--findings", findingsFile, "--by", "group"], { encoding: "utf8" });
  console.log(`\n--- ${name} (${findings.length} findings) ---\n${output.trimEnd()}`);
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}; both engines in this process.`);
  const tenThousandLines = syntheticSource(10_000, 7);
  await timeBoth("Synthetic TypeScript, 10,000 lines with 20 fake secrets", [{ content: tenThousandLines, filePath: "src/big.ts" }], 15);
  const manySmall = Array.from({ length: 200 }, (_, i) => ({ content: syntheticSource(150, i + 1), filePath: `src/file${i}.ts` }));
  await timeBoth("Synthetic workspace, 200 files of 150 lines", manySmall, 7);
  await editLatency(200);
  await realCode();
  peakMemory();

  if (!existsSync(path.join(corpusRoot, "score.mjs"))) {
    console.log(`\nDetection corpus not found at ${corpusRoot}; set SECRET_HYGIENE_BENCH_CORPUS to score detection.`);
    return;
  }
  const files = corpusFiles();
  // Small (284 KB) and dense with findings, so single runs vary a lot: many runs for a stable median.
  await timeBoth("Detection corpus (speed)", files, 31);
  coldStart();
  const scratch = mkdtempSync(path.join(tmpdir(), "shbench-"));
  try {
    console.log("\nDetection quality on the labelled corpus (score.mjs --by group):");
    await score("secret-hygiene", files, scratch);
    await score("secretlint", files, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  // secretlint's profiler (a PerformanceObserver in @secretlint/profiler) keeps every mark its
  // runs make and compares each new one with all kept before it. The observer is called when the
  // event loop next turns, which here is after the last line: with the marks of tens of thousands
  // of lintSource calls queued, that took minutes of CPU before the process ended. Nothing is left
  // to wait for at this point.
  .finally(() => process.exit());
