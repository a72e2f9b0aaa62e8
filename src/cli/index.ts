#!/usr/bin/env node
// Entry point of dist/cli.js (the `secret-hygiene` bin).
import { main } from "./main";
import { forTerminal } from "./terminal-text";

// `secret-hygiene scan . | head`: the reader left. Stop writing quietly and keep the exit code the
// scan decides, rather than dying with a stack trace and exit 1 ("secrets found"). Any other
// failure to write the report (a full disk, `> /dev/full`) is an I/O error: exit 2, said once.
let reportLost = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE" || reportLost) return;
  reportLost = true;
  process.stderr.write(`secret-hygiene: cannot write to standard output: ${error.code ?? error.message}\n`);
  process.exitCode = 2;
});
// Nowhere is left to report a failure to write warnings: never let it end the run (or its exit code).
process.stderr.on("error", () => undefined);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = reportLost ? 2 : code;
  },
  (error: unknown) => {
    // An unexpected failure is an I/O-class error for callers: exit 2, never 1 ("found secrets").
    process.stderr.write(`secret-hygiene: ${forTerminal(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
