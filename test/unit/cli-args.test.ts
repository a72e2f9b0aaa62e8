// The CLI's command line, parsed without running a scan: colour follows the conventions users set
// (NO_COLOR, TERM=dumb, FORCE_COLOR), and sizes are decimal numbers.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCommandLine, UsageError } from "../../src/cli/args";

const colorOf = (isTty: boolean, env: NodeJS.ProcessEnv, argv: string[] = ["scan"]) => {
  const command = parseCommandLine(argv, isTty, env);
  return "color" in command ? command.color : undefined;
};

test("colour: on a terminal unless NO_COLOR, TERM=dumb or --no-color; off a terminal only with FORCE_COLOR", () => {
  assert.equal(colorOf(true, {}), true);
  assert.equal(colorOf(true, { NO_COLOR: "1" }), false);
  assert.equal(colorOf(true, { TERM: "dumb" }), false);
  assert.equal(colorOf(true, {}, ["scan", "--no-color"]), false);
  assert.equal(colorOf(false, {}), false);
  assert.equal(colorOf(false, { FORCE_COLOR: "1" }), true);
  assert.equal(colorOf(false, { FORCE_COLOR: "0" }), false);
  assert.equal(colorOf(false, { FORCE_COLOR: "1", NO_COLOR: "1" }), false);
  assert.equal(colorOf(false, { FORCE_COLOR: "" }), false);
  assert.equal(colorOf(true, { TERM: "dumb", FORCE_COLOR: "1" }), true);
  // A report file never gets colour codes.
  assert.equal(colorOf(false, { FORCE_COLOR: "1" }, ["scan", "-o", "report.txt"]), false);
});

test("--max-file-size takes kilobytes in decimal", () => {
  const size = (value: string) => {
    const command = parseCommandLine(["scan", "--max-file-size", value], false, {});
    return "maxFileSizeKb" in command ? command.maxFileSizeKb : undefined;
  };
  assert.equal(size("512"), 512);
  assert.equal(size("0.5"), 0.5);
  for (const bad of ["0x10", "1e3", "0", "-5", "ten"]) assert.throws(() => size(bad), UsageError, bad);
});

test("run: a repeated --env-file (or -e) or --credential is a usage error, not a file silently dropped", () => {
  for (const argv of [
    ["run", "-e", ".env.base", "-e", ".env.local", "--", "true"],
    ["run", "--env-file=.env.base", "-e", ".env.local", "true"],
    ["run", "--credential", "default", "--credential", "azureCli", "--", "true"],
  ]) {
    assert.throws(() => parseCommandLine(argv, false, {}), (error: unknown) => error instanceof UsageError && /given more than once/.test(error.message), argv.join(" "));
  }
  assert.deepEqual(parseCommandLine(["run", "-e", ".env.local", "--credential", "azureCli", "--", "node", "-e", "0"], false, {}), { name: "run", envFile: ".env.local", credential: "azureCli", command: ["node", "-e", "0"] });
  assert.deepEqual(parseCommandLine(["run", "node"], false, {}), { name: "run", envFile: ".env", credential: "default", command: ["node"] });
});

test("--update-baseline writes no report: --format with it is a usage error, as --output is", () => {
  for (const [argv, option] of [
    [["scan", "--update-baseline", "-f", "sarif"], "--format"],
    [["scan", "--update-baseline", "--format=json"], "--format"],
    [["scan", "--update-baseline", "--format", "stylish"], "--format"],
    [["scan", "--update-baseline", "-o", "results.sarif", "-f", "sarif"], "--output"],
  ] as const) {
    assert.throws(
      () => parseCommandLine([...argv], false, {}),
      (error: unknown) => error instanceof UsageError && error.message === `--update-baseline writes the baseline, not a report: it cannot be combined with ${option}`,
      argv.join(" "),
    );
  }
  assert.equal(parseCommandLine(["scan", "--update-baseline"], false, {}).name, "scan");
});
