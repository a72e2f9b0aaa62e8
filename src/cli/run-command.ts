// `secret-hygiene run`: the command-line twin of the extension's Run with Secrets. Resolves the
// env file's Key Vault and App Configuration references with DefaultAzureCredential (or the Azure
// CLI's sign-in) and starts the command with them in its environment only. The local emulator's
// vaults and stores are allowed only when SECRET_HYGIENE_EMULATOR_INFO names its info file (set by
// the user, not a repository).
import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";
import * as path from "node:path";
import {
  AppConfigurationStore,
  describeResolved,
  EMULATOR_INFO_ENV,
  emulatorInfoFilePath,
  isAzureError,
  KeyVaultSecretStore,
  nodeCredential,
  readEmulatorInfo,
  resolveEnvFile,
  spawnFailure,
  type AzureConnection,
} from "../azure";
import { decodeFileContent } from "../engine";
import { describeFsError } from "./fs-errors";
import { sharesTerminalForeground } from "./terminal-foreground";
import { MAX_POLICY_FILE_BYTES, readRegularFile } from "./read-regular-file";

export interface RunCommandOptions {
  readonly envFile: string;
  readonly credential: "default" | "azureCli";
  readonly command: readonly string[];
}

/** Resolves, runs, and returns the child's exit code (2 when the environment cannot be built). */
export async function runWithSecrets(options: RunCommandOptions, stderr: (line: string) => void): Promise<number> {
  let decoded;
  try {
    // Decoded as scanned files are: Windows PowerShell 5's `>` writes UTF-16 with a byte-order mark.
    decoded = decodeFileContent(await readRegularFile(options.envFile, MAX_POLICY_FILE_BYTES));
  } catch (error) {
    stderr(`secret-hygiene: cannot read '${options.envFile}': ${describeFsError(error)}`);
    return 2;
  }
  if (!("text" in decoded)) {
    stderr(`secret-hygiene: '${options.envFile}' is not a text file`);
    return 2;
  }
  const { text } = decoded;
  const infoFile = emulatorInfoFileFromEnvironment(process.env[EMULATOR_INFO_ENV]);
  let connection: AzureConnection = { credential: nodeCredential(options.credential) };
  if (infoFile) {
    const emulator = readEmulatorInfo(infoFile);
    if (typeof emulator === "string") {
      stderr(`secret-hygiene: ${emulator}`);
      return 2;
    }
    connection = { ...connection, localEmulator: { ...emulator.trust, infoFileNamedBy: EMULATOR_INFO_ENV } };
  }
  let resolved;
  try {
    resolved = await resolveEnvFile(text, options.envFile, {
      policy: { allowLoopback: connection.localEmulator !== undefined, loopbackHowTo: "when SECRET_HYGIENE_EMULATOR_INFO names the local emulator's info file" },
      openVault: (vaultUrl) => KeyVaultSecretStore.open(vaultUrl, connection),
      openConfigurationStore: (endpoint) => AppConfigurationStore.open(endpoint, connection),
    });
  } catch (error) {
    stderr(`secret-hygiene: ${isAzureError(error) ? error.message : "the env file could not be resolved"}`);
    return 2;
  }
  // (Said only when something was fetched: an env file without references needs no comment.)
  if (resolved.resolved > 0) stderr(`secret-hygiene: ${describeResolved(resolved)} in the environment of '${options.command[0]}'`);
  const [program, ...args] = options.command as [string, ...string[]];
  let child: ChildProcess;
  try {
    child = spawn(program, args, { stdio: "inherit", env: { ...process.env, ...resolved.env } });
  } catch (error) {
    // Node's message quotes what it refused, and that may be an environment value (a secret): only its code is said.
    stderr(`secret-hygiene: cannot start '${program}': ${spawnFailure(error)}`);
    return 2;
  }
  return new Promise((resolve) => {
    // A CI cancel or `docker stop` signals us: pass it on, so the command does not outlive us.
    // Not Ctrl+C in a terminal: the terminal sends it to the command too (whatever its stdin is),
    // and a second SIGINT makes many tools (npm, docker compose, dev servers) skip their clean shutdown.
    const forward = (signal: NodeJS.Signals) => {
      if (signal === "SIGINT" && sharesTerminalForeground()) return;
      child.kill(signal);
    };
    const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
    for (const signal of signals) process.on(signal, forward);
    const done = (code: number) => {
      for (const signal of signals) process.off(signal, forward);
      resolve(code);
    };
    // Not found or not executable: 127 and 126, as a shell says it (scripts tell those from ours).
    child.on("error", (error: NodeJS.ErrnoException) => {
      stderr(`secret-hygiene: cannot start '${program}': ${error.message}`);
      done(error.code === "ENOENT" ? 127 : error.code === "EACCES" ? 126 : 2);
    });
    // Killed by a signal: 128 + its number, as shells report it.
    child.on("exit", (code, signal) => done(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 0)));
  });
}

/**
 * The emulator's info file the variable names: `~/` is the home folder, as the extension reads the
 * same variable (a quoted `~` reaches us unexpanded); a relative path is the current folder's, as
 * on any command line.
 */
function emulatorInfoFileFromEnvironment(named: string | undefined): string | undefined {
  if (!named) return undefined;
  const resolved = emulatorInfoFilePath(named, EMULATOR_INFO_ENV);
  return "path" in resolved ? resolved.path : path.resolve(named);
}
