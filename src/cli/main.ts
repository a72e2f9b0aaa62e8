import { promises as fs } from "node:fs";
import { parseCommandLine, UsageError, USAGE } from "./args";
import { formatJson } from "./formatters/json";
import { formatSarif } from "./formatters/sarif";
import { formatStylish } from "./formatters/stylish";
import { findingCount } from "./report";
import { scanPaths } from "./run-scan";
import { TOOL_VERSION } from "./version";

/** Exit codes are part of the CLI's contract with hooks and CI. */
export const ExitCode = { Clean: 0, FoundSecrets: 1, Error: 2 } as const;

export async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv, Boolean(process.stdout.isTTY), process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`secret-hygiene: ${error.message}\n\n${USAGE}`);
      return ExitCode.Error;
    }
    throw error;
  }
  if (command.name === "help") {
    process.stdout.write(USAGE);
    return ExitCode.Clean;
  }
  if (command.name === "version") {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return ExitCode.Clean;
  }

  const report = await scanPaths({ paths: command.paths, maxFileSizeKb: command.maxFileSizeKb, cwd: process.cwd() });
  const text =
    command.format === "sarif"
      ? formatSarif(report, TOOL_VERSION)
      : command.format === "json"
        ? formatJson(report, TOOL_VERSION)
        : formatStylish(report, { color: command.color });
  if (command.outputFile) {
    try {
      await fs.writeFile(command.outputFile, text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`secret-hygiene: cannot write the report to '${command.outputFile}': ${reason}\n`);
      return ExitCode.Error;
    }
  } else {
    process.stdout.write(text);
  }
  // On stderr whatever the format, so a CI log shows why the run failed.
  for (const skipped of report.skipped.filter((entry) => entry.isError)) {
    process.stderr.write(`secret-hygiene: cannot read '${skipped.displayPath}': ${skipped.reason}\n`);
  }
  if (report.skipped.some((entry) => entry.isError)) return ExitCode.Error;
  return findingCount(report) > 0 ? ExitCode.FoundSecrets : ExitCode.Clean;
}
