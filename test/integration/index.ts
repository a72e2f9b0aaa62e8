// Entry point the VS Code extension host loads (extensionTestsPath). It runs the mocha suite and
// writes the counts for scripts/test.mjs, which sums every tier into one closing line.
// scripts/run-integration.mjs starts VS Code twice: on one folder (every suite but multi-root) and
// on a two-folder .code-workspace (SECRET_HYGIENE_TEST_SUITE=multi-root); the counts add up.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import Mocha from "mocha";

function loadSingleFolderSuites(): void {
  require("./environment.test");
  require("./diagnostics.test");
  require("./workspace-scan.test");
  require("./commands.test");
  require("./workspace-policy.test");
  require("./config-values.test");
  require("./vault-mapping.test");
  require("./move-secret.test");
  require("./vault-explorer.test");
}

/** Adds this run's counts to what an earlier run of the same tier wrote. */
function recordCounts(file: string, counts: { passed: number; failed: number; skipped: number }): void {
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as typeof counts) : { passed: 0, failed: 0, skipped: 0 };
  writeFileSync(file, JSON.stringify({ passed: earlier.passed + counts.passed, failed: earlier.failed + counts.failed, skipped: earlier.skipped + counts.skipped }));
}

export function run(): Promise<void> {
  // SECRET_HYGIENE_TEST_GREP runs only the tests whose titles match (while working on one suite).
  const mocha = new Mocha({ ui: "tdd", color: false, timeout: 60_000, reporter: "spec", grep: process.env.SECRET_HYGIENE_TEST_GREP || undefined });
  // The suite is bundled into this file: install mocha's tdd globals, then load the test modules.
  mocha.suite.emit("pre-require", globalThis, "bundle", mocha);
  if (process.env.SECRET_HYGIENE_TEST_SUITE === "multi-root") require("./multi-root.test");
  else loadSingleFolderSuites();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes, failures: failed, pending } = runner.stats ?? { passes: 0, failures: failures, pending: 0 };
      const resultsFile = process.env.SECRET_HYGIENE_TEST_RESULTS;
      if (resultsFile) recordCounts(resultsFile, { passed: passes, failed, skipped: pending });
      console.log(`integration: ${passes} passed, ${failed} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
