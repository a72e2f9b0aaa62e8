#!/usr/bin/env node
// Entry point of dist/cli.js (the `secret-hygiene` bin).
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure is an I/O-class error for callers: exit 2, never 1 ("found secrets").
    process.stderr.write(`secret-hygiene: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
