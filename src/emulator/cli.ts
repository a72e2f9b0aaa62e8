// Entry point of dist/emulator.js: parse the command line, start, print the one JSON line that
// tells clients where everything is, and shut down cleanly (state saved) on SIGINT/SIGTERM.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { defaultEmulatorInfoFile } from "../azure/emulator-info";
import { parseArguments, USAGE, UsageError } from "./cli-args";
import { startEmulator } from "./emulator";

async function main(): Promise<number> {
  let command;
  try {
    command = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`secret-hygiene emulator: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (command.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const { options, process: processOptions } = command;
  const nothingRequested = !options.vaults?.length && !options.appConfigStores?.length;
  if (nothingRequested && !(options.dataFile && existsSync(options.dataFile))) {
    options.vaults = ["dev-vault"];
    options.appConfigStores = ["dev-config"];
  }

  // Handlers first: a client may send SIGTERM the moment it reads the JSON line, and a signal that
  // arrives before they exist would kill the process without saving the state or removing the CA.
  let stopSignal: NodeJS.Signals | undefined;
  let onStop: (() => void) | undefined;
  const stop = (signal: NodeJS.Signals) => {
    if (stopSignal) process.exit(1); // a second signal: stop waiting
    stopSignal = signal;
    onStop?.();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  const emulator = await startEmulator(options);
  const readyLine = `${JSON.stringify(emulator.info)}\n`;
  const infoFile = processOptions.infoFile === false ? undefined : (processOptions.infoFile ?? defaultEmulatorInfoFile());
  // The line holds access keys of the emulated stores: only the user may read the file.
  if (infoFile) {
    mkdirSync(dirname(infoFile), { recursive: true });
    writeFileSync(infoFile, readyLine, { mode: 0o600 });
  }
  process.stdout.write(readyLine);
  await new Promise<void>((resolve) => {
    onStop = resolve;
    if (stopSignal) resolve();
  });
  if (options.verbose) process.stderr.write(`secret-hygiene emulator: ${stopSignal}, shutting down\n`);
  await emulator.close();
  // A stale file would point the extension at ports nobody serves. One that another emulator wrote
  // since is that emulator's, and still true.
  if (infoFile && stillOurs(infoFile, readyLine)) rmSync(infoFile, { force: true });
  return 0;
}

function stillOurs(infoFile: string, readyLine: string): boolean {
  try {
    return readFileSync(infoFile, "utf8") === readyLine;
  } catch {
    return false;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`secret-hygiene emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
