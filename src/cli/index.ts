#!/usr/bin/env node
// Entry point of dist/cli.js (the `secret-hygiene` bin).
import { main } from "./main";
import { forTerminal } from "./terminal-text";

// `secret-hygiene scan . | head`: the reader left. Stop writing quietly and keep the exit code the
// scan decides, rather than dying with a stack trace and exit 1 ("secrets found").
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure is an I/O-class error for callers: exit 2, never 1 ("found secrets").
    process.stderr.write(`secret-hygiene: ${forTerminal(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
