// "Run with Secrets": runs a command with the Key Vault and App Configuration references of a .env
// file resolved into its environment, as `op run` does for 1Password. The values live only in the
// child process's environment: no file, no terminal setting, no log line. Every reference's vault
// or store passes the same endpoint check as the vault mapping, so a repository's .env cannot make
// us fetch from, or send a token to, a host of its choosing. Needs a trusted workspace: the command
// line comes from it.
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import * as vscode from "vscode";
import { describeResolved, resolveEnvFile, spawnFailure, type ResolvedEnvironment } from "../../azure";
import { decodeFileContent } from "../../engine";
import type { AzureAccess } from "../azure-access";
import { RUN_WITH_SECRETS_TASK_TYPE } from "../contributions";
import { fileUriOf } from "../notebook-cells";
import { envFileChoice } from "./env-file-choice";
import { showErrorWithRemedies } from "../notify";
import { withCancellableProgress } from "../progress";
import { Remedies, type Remedy } from "../remedies";

export interface RunDependencies {
  readonly access: AzureAccess;
  readonly log: vscode.LogOutputChannel;
  readonly state: vscode.Memento;
}

export interface RunRequest {
  readonly folder?: vscode.Uri;
  /** Relative to the folder; default: asked, or `.env`. */
  readonly envFile?: string;
  readonly command?: string;
  readonly cwd?: string;
  /** Resolve when the process exits (tests); otherwise when it has started. */
  readonly wait?: boolean;
}

export interface RunResult {
  readonly started: boolean;
  readonly message: string;
  /** How many variables came from Key Vault or App Configuration references. */
  readonly resolved?: number;
  readonly exitCode?: number | null;
}

const LAST_COMMAND = "secretHygiene.runWithSecrets.lastCommand";
/** The exit code of a command that could not be started, as `secret-hygiene run` gives it. */
const NOT_STARTED = 2;

/**
 * Reads `envFile` in `folder` and resolves its Key Vault and App Configuration references through
 * the extension's sign-in; logs how many values came from which vaults and stores (never values).
 */
async function environmentFor(deps: RunDependencies, folder: vscode.WorkspaceFolder, envFile: string, runName: string, signal?: AbortSignal): Promise<ResolvedEnvironment> {
  // Decoded as `secret-hygiene run` and the scan decode files: Windows PowerShell 5's `>` writes UTF-16.
  const decoded = decodeFileContent(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, envFile)));
  if (!("text" in decoded)) throw new Error(`${envFile} is not a text file.`);
  const { access } = deps;
  const environment = await resolveEnvFile(decoded.text, envFile, {
    policy: access.endpointPolicy(),
    openVault: (vaultUrl) => access.secretStore(vaultUrl),
    openConfigurationStore: (endpoint) => access.configurationStore(endpoint),
    signal,
  });
  deps.log.info(`${runName}: ${describeResolved(environment)} (${envFile})`);
  return environment;
}

/**
 * The child's environment: VS Code's own variables are left out (ELECTRON_RUN_AS_NODE would turn a
 * spawned Electron app into plain Node; VSCODE_* describe this window, not the program), then the
 * env file's variables go on top.
 */
function childEnvironment(extraEnv: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "ELECTRON_RUN_AS_NODE" && !name.startsWith("VSCODE_")));
  return { ...inherited, ...extraEnv };
}

/** Stops the command and everything it started (the shell runs it in a process group of its own). */
function stopProcessTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  if (process.platform === "win32") {
    spawn("taskkill", ["/pid", String(child.pid), "/T", "/F"], { windowsHide: true, stdio: "ignore" });
    return;
  }
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}

/**
 * A terminal that runs one command with the given extra environment: shows its output, passes
 * typed input to it, and turns Ctrl+C into SIGINT for the whole process group. Closing the
 * terminal stops the command and everything it started, so no process outlives it with the secrets.
 */
function processTerminal(command: string, cwd: string, extraEnv: Record<string, string>, onExit: (code: number | null) => void, closeOnExit = false): vscode.Pseudoterminal {
  const write = new vscode.EventEmitter<string>();
  const close = new vscode.EventEmitter<number | void>();
  let exited = false;
  let child: ChildProcess | undefined;
  const crlf = (chunk: Buffer) => chunk.toString("utf8").replace(/\r?\n/g, "\r\n");
  const dispose = () => {
    write.dispose();
    close.dispose();
  };
  const finish = (code: number | null) => {
    exited = true;
    onExit(code);
    // A task reports its exit code by closing; a terminal of the command stays for reading.
    if (closeOnExit) {
      close.fire(code ?? 1);
      dispose();
    } else write.fire(`\r\n\x1b[2mExited with code ${code ?? "?"}. Press any key to close.\x1b[0m\r\n`);
  };
  return {
    onDidWrite: write.event,
    onDidClose: close.event,
    open: () => {
      write.fire(`\x1b[2m> ${command}  (environment from Key Vault and App Configuration)\x1b[0m\r\n`);
      try {
        child = spawn(command, { cwd, shell: true, env: childEnvironment(extraEnv), windowsHide: true, detached: process.platform !== "win32" });
      } catch (error) {
        // Thrown here, Node's message (quoting an environment value it refused) would reach the
        // extension host's log: only its code is shown.
        write.fire(`Could not start the command: ${spawnFailure(error)}.\r\n`);
        finish(NOT_STARTED);
        return;
      }
      child.stdout?.on("data", (chunk: Buffer) => write.fire(crlf(chunk)));
      child.stderr?.on("data", (chunk: Buffer) => write.fire(crlf(chunk)));
      child.on("error", (error) => write.fire(`\r\n${error.message}\r\n`));
      child.on("close", finish);
    },
    close: () => {
      if (child && !exited) stopProcessTree(child);
      dispose();
    },
    handleInput: (data) => {
      if (exited) {
        close.fire(0);
        dispose();
        return;
      }
      if (!child?.pid) return;
      if (data === "\x03") {
        write.fire("^C\r\n");
        try {
          if (process.platform === "win32") child.kill("SIGINT");
          else process.kill(-child.pid, "SIGINT");
        } catch {
          child.kill("SIGINT");
        }
        return;
      }
      // The terminal sends CR for Enter; a program reading lines expects LF. Echo what is typed.
      const text = data.replace(/\r/g, "\n");
      write.fire(data.replace(/\r/g, "\r\n"));
      child.stdin?.write(text);
    },
  };
}

/** A task's terminal that says why its command did not start, and ends with NOT_STARTED's code. */
function failedTerminal(message: string): vscode.Pseudoterminal {
  const write = new vscode.EventEmitter<string>();
  const close = new vscode.EventEmitter<number | void>();
  return {
    onDidWrite: write.event,
    onDidClose: close.event,
    open: () => {
      write.fire(`Run with Secrets did not start the command: ${message.replace(/\r?\n/g, "\r\n")}\r\n`);
      close.fire(NOT_STARTED);
    },
    close: () => {
      write.dispose();
      close.dispose();
    },
  };
}

async function pickEnvFile(folder: vscode.WorkspaceFolder): Promise<string | undefined> {
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, "**/.env*"), "**/node_modules/**", 50);
  const choice = envFileChoice(files.map((uri) => path.relative(folder.uri.fsPath, uri.fsPath).replace(/\\/g, "/")));
  if ("use" in choice) return choice.use;
  return vscode.window.showQuickPick(choice.pick, { title: "Run with Secrets: which .env file?" });
}

/**
 * The command runs as a process beside the extension host: a local folder, or a remote one (SSH,
 * WSL, containers, code-server) seen from the remote host, has a directory there; a virtual one
 * (vscode-vfs) has none.
 */
function hasDirectory(folder: vscode.WorkspaceFolder): boolean {
  return folder.uri.scheme === "file" || folder.uri.scheme === "vscode-remote";
}

/**
 * The folder to run in: the one asked for; otherwise the only one, the active editor's, or the
 * one the user picks. (In a multi-root workspace the first folder is not where the user is.)
 */
async function folderToRunIn(request: RunRequest): Promise<vscode.WorkspaceFolder | undefined> {
  if (request.folder) return vscode.workspace.getWorkspaceFolder(request.folder);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const active = vscode.window.activeNotebookEditor?.notebook.uri ?? vscode.window.activeTextEditor?.document.uri;
  const activeFolder = active && vscode.workspace.getWorkspaceFolder(fileUriOf(active));
  return activeFolder ?? vscode.window.showWorkspaceFolderPick({ placeHolder: "Run with Secrets: in which folder?" });
}

export async function runWithSecrets(deps: RunDependencies, request: RunRequest = {}): Promise<RunResult> {
  const fail = (message: string, remedies: readonly Remedy[] = []): RunResult => {
    if (!request.command) void showErrorWithRemedies(message, remedies);
    deps.log.warn(`Run with Secrets: ${message}`);
    return { started: false, message };
  };
  if (!vscode.workspace.isTrusted) return fail("Run with Secrets runs a command from this workspace: trust the workspace first.", [Remedies.manageWorkspaceTrust]);
  if (!vscode.workspace.workspaceFolders?.length) return fail("Open a folder first.");
  const folder = await folderToRunIn(request);
  if (!folder) return { started: false, message: "Cancelled." };
  if (!hasDirectory(folder)) return fail(`${folder.name} is not on the file system where the extension runs, so no command can run in it.`);
  const envFile = request.envFile ?? (await pickEnvFile(folder));
  if (!envFile) return { started: false, message: "Cancelled." };
  const command =
    request.command ??
    (await vscode.window.showInputBox({ title: "Run with Secrets", prompt: `Command to run with ${envFile} resolved into its environment`, value: deps.state.get<string>(LAST_COMMAND, "npm start") }));
  if (!command) return { started: false, message: "Cancelled." };
  await deps.state.update(LAST_COMMAND, command);

  try {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, envFile));
  } catch {
    return fail(`${envFile} was not found in ${folder.name}.`);
  }
  let environment;
  try {
    environment = await withCancellableProgress(`Reading secrets for ${envFile}…`, (signal) => environmentFor(deps, folder, envFile, `Run with Secrets '${command}'`, signal));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const cwd = request.cwd ? path.resolve(folder.uri.fsPath, request.cwd) : folder.uri.fsPath;
  let exit: (code: number | null) => void = () => undefined;
  const exited = new Promise<number | null>((resolve) => (exit = resolve));
  const terminal = vscode.window.createTerminal({ name: `Run with Secrets: ${command.slice(0, 40)}`, pty: processTerminal(command, cwd, environment.env, (code) => exit(code)) });
  terminal.show(true);
  const started = `Running '${command}' with ${describeResolved(environment)}.`;
  if (!request.wait) return { started: true, resolved: environment.resolved, message: started };
  const exitCode = await exited;
  return { started: true, resolved: environment.resolved, exitCode, message: `${started} Exited with code ${exitCode ?? "?"}.` };
}

interface RunTaskDefinition extends vscode.TaskDefinition {
  readonly command: string;
  readonly envFile?: string;
  readonly cwd?: string;
}

/** tasks.json entries of type "secret-hygiene": the same run as a task (trusted workspaces only, as every task). */
export function registerRunWithSecretsTasks(deps: RunDependencies): vscode.Disposable {
  return vscode.tasks.registerTaskProvider(RUN_WITH_SECRETS_TASK_TYPE, {
    provideTasks: () => [],
    resolveTask: (task) => {
      const definition = task.definition as RunTaskDefinition;
      if (!definition.command) return undefined;
      const folder = typeof task.scope === "object" ? task.scope : vscode.workspace.workspaceFolders?.[0];
      if (!folder || !hasDirectory(folder)) return undefined;
      const envFile = definition.envFile ?? ".env";
      return new vscode.Task(
        definition,
        folder,
        task.name,
        RUN_WITH_SECRETS_TASK_TYPE,
        new vscode.CustomExecution(async () => {
          let environment;
          try {
            environment = await environmentFor(deps, folder, envFile, `Task '${task.name}'`);
          } catch (error) {
            // (Rejected, the callback's reason would be left to however VS Code reports it: said here
            // and in the log, and the task ends with the code `secret-hygiene run` gives.)
            const message = error instanceof Error ? error.message : String(error);
            deps.log.warn(`Task '${task.name}': ${message}`);
            return failedTerminal(message);
          }
          const cwd = definition.cwd ? path.resolve(folder.uri.fsPath, definition.cwd) : folder.uri.fsPath;
          return processTerminal(definition.command, cwd, environment.env, () => undefined, true);
        }),
      );
    },
  });
}
