// `npm run bench`: speed of our engine against secretlint's recommended preset, both run side by
// side in this one process on the same texts, and - when ../shared/bench/detection is present -
// detection quality of both on that labelled corpus (scored by its own score.mjs).
// Figures are printed, never asserted: tests check behaviour, this measures.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { lintSource } from "@secretlint/core";
import { creator as recommendedPreset } from "@secretlint/secretlint-rule-preset-recommend";
import { scan } from "../../src/engine";
import { syntheticSource } from "./synthetic";

const SECRETLINT_CONFIG = { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: recommendedPreset }] };
const projectRoot = path.join(__dirname, "..", "..");
const corpusRoot = path.resolve(process.env.SECRET_HYGIENE_BENCH_CORPUS ?? path.join(projectRoot, "..", "shared", "bench", "detection"));

type Engine = (content: string, filePath: string) => Promise<{ line: number; endLine: number; rule: string }[]>;

const engines: Record<"secret-hygiene" | "secretlint", Engine> = {
  "secret-hygiene": async (content, filePath) =>
    (await scan({ content, filePath })).map((f) => ({ line: f.range.start.line + 1, endLine: f.range.end.line + 1, rule: f.ruleId })),
  secretlint: async (content, filePath) => {
    const result = await lintSource({
      source: { content, filePath, ext: path.extname(filePath), contentType: "text" },
      options: { config: SECRETLINT_CONFIG, maskSecrets: true },
    });
    return result.messages.map((m) => ({ line: m.loc.start.line, endLine: m.loc.end.line, rule: m.ruleId }));
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Alternates the engines run by run so neither benefits from a warmer machine. */
async function timeBoth(label: string, texts: { content: string; filePath: string }[], runs: number): Promise<void> {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.content), 0);
  const timings: Record<string, number[]> = { "secret-hygiene": [], secretlint: [] };
  for (const engine of Object.values(engines)) for (const t of texts) await engine(t.content, t.filePath); // warm-up
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
}

function corpusFiles(): { content: string; filePath: string }[] {
  const corpus = path.join(corpusRoot, "corpus");
  const files: { content: string; filePath: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ content: readFileSync(full, "utf8"), filePath: path.relative(corpus, full).split(path.sep).join("/") });
    }
  };
  walk(corpus);
  return files;
}

/** Scores one engine's findings with the corpus's own scorer and prints its summary lines. */
async function score(name: keyof typeof engines, files: { content: string; filePath: string }[], scratch: string): Promise<void> {
  const findings = [];
  for (const file of files) {
    for (const f of await engines[name](file.content, file.filePath)) findings.push({ file: file.filePath, line: f.line, end_line: f.endLine, rule: f.rule });
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

  if (!existsSync(path.join(corpusRoot, "score.mjs"))) {
    console.log(`\nDetection corpus not found at ${corpusRoot}; set SECRET_HYGIENE_BENCH_CORPUS to score detection.`);
    return;
  }
  const files = corpusFiles();
  await timeBoth("Detection corpus (speed)", files, 7);
  const scratch = mkdtempSync(path.join(tmpdir(), "shbench-"));
  try {
    console.log("\nDetection quality on the labelled corpus (score.mjs --by group):");
    await score("secret-hygiene", files, scratch);
    await score("secretlint", files, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
