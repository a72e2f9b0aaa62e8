// Entry point the VS Code extension host loads (extensionTestsPath). It runs the mocha suite and
// writes the counts for scripts/test.mjs, which sums every tier into one closing line.
import { writeFileSync } from "node:fs";
import Mocha from "mocha";

export function run(): Promise<void> {
  // SECRET_HYGIENE_TEST_GREP runs only the tests whose titles match (while working on one suite).
  const mocha = new Mocha({ ui: "tdd", color: false, timeout: 60_000, reporter: "spec", grep: process.env.SECRET_HYGIENE_TEST_GREP || undefined });
  // The suite is bundled into this file: install mocha's tdd globals, then load the test modules.
  mocha.suite.emit("pre-require", globalThis, "bundle", mocha);
  require("./environment.test");
  require("./diagnostics.test");
  require("./workspace-scan.test");
  require("./commands.test");
  require("./workspace-policy.test");
  require("./config-values.test");
  require("./vault-mapping.test");
  require("./move-secret.test");
  require("./vault-explorer.test");
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes, failures: failed, pending } = runner.stats ?? { passes: 0, failures: failures, pending: 0 };
      const resultsFile = process.env.SECRET_HYGIENE_TEST_RESULTS;
      if (resultsFile) writeFileSync(resultsFile, JSON.stringify({ passed: passes, failed, skipped: pending }));
      console.log(`integration: ${passes} passed, ${failed} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
