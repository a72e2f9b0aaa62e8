// `npm test`: every tier in one run, with one closing line that sums them.
//   type check (1 check) · lint (1 check) · build (1 check) · unit tests (node:test, each test)
//   · emulator conformance tests (node:test, each test)
//   · Azure layer contract tests: fakes and SDK-backed stores against the emulator (node:test, each test)
//   · integration tests (mocha inside a real VS Code extension host, each test)
// A tier that crashes before reporting its counts counts as one failure. Exit code 1 on any failure.
//   node scripts/test.mjs --only unit|emulator|azure|integration|typecheck|lint   runs one tier (and its build)
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { projectRoot } from "./code-server.mjs";

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), "shtest-"));
const bin = (name) => path.join(projectRoot, "node_modules", ".bin", name);

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(error.message);
      resolve(1);
    });
  });
}

/** Counts from node:test's TAP summary (`# pass N` / `# fail N`). */
function tapCounts(file) {
  if (!fs.existsSync(file)) return undefined;
  const tap = fs.readFileSync(file, "utf8");
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(tap)?.[1] ?? NaN);
  const passed = count("pass");
  const failed = count("fail") + (count("cancelled") || 0);
  return Number.isNaN(passed) || Number.isNaN(failed) ? undefined : { passed, failed };
}

function jsonCounts(file) {
  if (!fs.existsSync(file)) return undefined;
  const { passed, failed } = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed, failed };
}

const unitTap = path.join(resultsDir, "unit.tap");
const emulatorTap = path.join(resultsDir, "emulator.tap");
const azureTap = path.join(resultsDir, "azure.tap");
const integrationJson = path.join(resultsDir, "integration.json");
const tiers = [
  { name: "typecheck", run: () => run(bin("tsc"), ["--noEmit", "-p", "."]) },
  { name: "lint", run: () => run(bin("eslint"), ["--max-warnings", "0", "."]) },
  { name: "build", always: true, run: () => run(process.execPath, ["esbuild.mjs", "--tests"]) },
  {
    name: "unit",
    run: () =>
      run(process.execPath, [
        "--import", "tsx", "--test",
        "--test-reporter=spec", "--test-reporter-destination=stdout",
        "--test-reporter=tap", `--test-reporter-destination=${unitTap}`,
        // Node 20's --test takes no globs: list the files.
        ...fs.readdirSync(path.join(projectRoot, "test", "unit")).filter((f) => f.endsWith(".test.ts")).map((f) => path.join("test", "unit", f)),
      ]),
    counts: () => tapCounts(unitTap),
  },
  {
    // The local Azure emulator driven by the real Azure SDK clients; cli.test.ts runs dist/emulator.js.
    name: "emulator",
    run: () =>
      run(process.execPath, [
        "--import", "tsx", "--test",
        "--test-reporter=spec", "--test-reporter-destination=stdout",
        "--test-reporter=tap", `--test-reporter-destination=${emulatorTap}`,
        ...fs.readdirSync(path.join(projectRoot, "test", "emulator")).filter((f) => f.endsWith(".test.ts")).map((f) => path.join("test", "emulator", f)),
      ]),
    counts: () => tapCounts(emulatorTap),
  },
  {
    // src/azure: one contract suite per interface, run on the in-memory fakes and on the SDK-backed
    // stores talking to the emulator in-process.
    name: "azure",
    run: () =>
      run(process.execPath, [
        "--import", "tsx", "--test",
        "--test-reporter=spec", "--test-reporter-destination=stdout",
        "--test-reporter=tap", `--test-reporter-destination=${azureTap}`,
        ...fs.readdirSync(path.join(projectRoot, "test", "azure")).filter((f) => f.endsWith(".test.ts")).map((f) => path.join("test", "azure", f)),
      ]),
    counts: () => tapCounts(azureTap),
  },
  {
    name: "integration",
    run: () => run(process.execPath, ["scripts/run-integration.mjs"], { SECRET_HYGIENE_TEST_RESULTS: integrationJson }),
    counts: () => jsonCounts(integrationJson),
  },
];

let passed = 0;
let failed = 0;
const summary = [];
for (const tier of tiers) {
  if (only && tier.name !== only && !tier.always) continue;
  console.log(`\n=== ${tier.name} ===`);
  const started = Date.now();
  const code = await tier.run();
  const counts = tier.counts ? tier.counts() : code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  // A runner that exits non-zero without reporting a failure still failed (a crash, a hang).
  const result = counts ?? { passed: 0, failed: 1 };
  if (code !== 0 && result.failed === 0) result.failed = 1;
  passed += result.passed;
  failed += result.failed;
  summary.push(`${tier.name}: ${result.passed} passed, ${result.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
fs.rmSync(resultsDir, { recursive: true, force: true });
console.log(`\n${summary.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
