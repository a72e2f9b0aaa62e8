// Command line of `node dist/emulator.js`.
import type { EmulatorOptions } from "./types";

export const USAGE = `Usage: node dist/emulator.js [options]

A local HTTPS emulator of Azure Key Vault (secrets), App Configuration and the ARM calls that list
them. When ready it prints one JSON line with every endpoint and the CA certificate to trust, then
serves until SIGINT or SIGTERM.

Options:
  --port N          ARM on port N, vaults on N+1…, stores after them (default: free ports)
  --vault NAME      serve a Key Vault (repeatable)
  --appconfig NAME  serve an App Configuration store (repeatable)
  --data FILE       keep the state in FILE across restarts (mode 0600); CA goes to FILE.ca.pem
  --ca-cert FILE    where to write the CA certificate (default: next to --data, else a temp dir)
  --info-file FILE  also write the JSON line to FILE (mode 0600; removed on exit), where the
                    extension's secretHygiene.localEmulator.infoFile setting points
                    (default: ~/.secret-hygiene/emulator.json, the setting's default)
  --no-info-file    write no info file (tests, or a second emulator beside the one VS Code uses)
  --verbose         log method, path and status of every request to stderr
  --help            show this help

Without --vault and --appconfig (and no existing --data file) it serves vault "dev-vault" and
store "dev-config".
`;

export class UsageError extends Error {}

/** Options of the process, not of the emulator itself. */
export interface ProcessOptions {
  /**
   * Where to write the ready line too, so a client started later can find the emulator; `false`
   * for nowhere, undefined for the default file the extension reads.
   */
  infoFile?: string | false;
}

export type CliCommand = { help: true } | { help: false; options: EmulatorOptions; process: ProcessOptions };

export function parseArguments(argv: readonly string[]): CliCommand {
  const options: EmulatorOptions & { vaults: string[]; appConfigStores: string[] } = { vaults: [], appConfigStores: [] };
  const processOptions: ProcessOptions = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const [flag, inline] = argument.startsWith("--") && argument.includes("=") ? [argument.slice(0, argument.indexOf("=")), argument.slice(argument.indexOf("=") + 1)] : [argument, undefined];
    const value = (): string => {
      const next = inline ?? argv[++index];
      if (next === undefined || next === "") throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case "--help":
      case "-h":
        return { help: true };
      case "--port": {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError("--port must be a port number (1-65535)");
        options.port = port;
        break;
      }
      case "--vault":
        options.vaults.push(value());
        break;
      case "--appconfig":
        options.appConfigStores.push(value());
        break;
      case "--data":
        options.dataFile = value();
        break;
      case "--ca-cert":
        options.caCertPath = value();
        break;
      case "--info-file":
        processOptions.infoFile = value();
        break;
      case "--no-info-file":
        processOptions.infoFile = false;
        break;
      case "--verbose":
        options.verbose = true;
        break;
      default:
        throw new UsageError(`unknown argument: ${argument}`);
    }
  }
  return { help: false, options, process: processOptions };
}
