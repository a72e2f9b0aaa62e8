import * as vscode from "vscode";
import { loadWorkspacePolicy, policyFileText } from "../engine";
import type { ConfigProblem, WorkspacePolicy } from "../engine";
import { CONFIG_DIAGNOSTIC_COLLECTION, DIAGNOSTIC_SOURCE } from "./contributions";
import { describe } from "./describe";
import { fileUriOf } from "./notebook-cells";

/** A file's folder, its policy, and its path relative to the folder (what fingerprints use). */
export interface PolicyScope {
  readonly folder: vscode.WorkspaceFolder;
  readonly policy: WorkspacePolicy;
  readonly relativePath: string;
}

/** Reloading waits this long after a change, so a save that fires create and change loads once. */
const RELOAD_DELAY_MS = 100;
/**
 * After a reload the watcher started, the files are compared with what it read once more, this
 * much later. A file created and deleted again while the reload ran can reach the watcher as one
 * batch, which VS Code folds into no event at all; the reload may have read the file meanwhile.
 */
const SETTLE_CHECK_MS = 1000;

/** Runs `run` `delayMs` from now under `key` in `timers`, in place of one still pending there. */
function restartTimer(timers: Map<string, ReturnType<typeof setTimeout>>, key: string, delayMs: number, run: () => void): void {
  const pending = timers.get(key);
  if (pending !== undefined) clearTimeout(pending);
  timers.set(
    key,
    setTimeout(() => {
      timers.delete(key);
      run();
    }, delayMs),
  );
}

/** Path of `uri` relative to the folder, with forward slashes; undefined when it is outside (or the folder itself). */
export function relativePathIn(folder: { readonly uri: vscode.Uri }, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority) return undefined;
  const base = folder.uri.path.endsWith("/") ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

/** FileSystemError codes that mean "no such file here" rather than a failure to read one. */
const MISSING = new Set(["FileNotFound", "FileIsADirectory", "FileNotADirectory"]);

/**
 * A file's text through vscode.workspace.fs, so virtual and remote workspaces work too; undefined
 * when there is no such file. Decoded as the CLI decodes it: a Windows-made UTF-16 file is read,
 * not called invalid JSON.
 */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const text = policyFileText(await vscode.workspace.fs.readFile(uri));
    if (text === undefined) throw new Error(`cannot read '${uri.path}': binary file`);
    return text;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && MISSING.has(error.code)) return undefined;
    throw error;
  }
}

/** Reads files by their path in the folder (see readTextFile). */
export function folderReader(folder: vscode.WorkspaceFolder): (path: string) => Promise<string | undefined> {
  return (path) => readTextFile(vscode.Uri.joinPath(folder.uri, path));
}

/** Size and modification time of a file, `-` for one that is missing or unreadable. */
async function stampOfFile(folder: vscode.WorkspaceFolder, file: string): Promise<string> {
  try {
    const { size, mtime } = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, file));
    return `${size}@${mtime}`;
  } catch {
    return "-";
  }
}

/** The stamps of all of a policy's files, in one string to compare. */
async function stampOf(folder: vscode.WorkspaceFolder, files: readonly string[], known: ReadonlyMap<string, string> = new Map()): Promise<string> {
  const parts = await Promise.all(files.map(async (file) => known.get(file) ?? stampOfFile(folder, file)));
  return parts.join("|");
}

function toDiagnostic(problem: ConfigProblem): vscode.Diagnostic {
  const { start, end } = problem.range;
  const severity = problem.severity === "error" ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), problem.message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

/**
 * Each workspace folder's policy: its `.secrethygiene.json`, the allows of its
 * `.secretlintrc.json` and its baseline, loaded on first use and again whenever one of those files
 * changes (a FileSystemWatcher per folder). Problems in them show as diagnostics on the files.
 */
export class WorkspacePolicies implements vscode.Disposable {
  private readonly policies = new Map<string, Promise<WorkspacePolicy>>();
  private readonly watchers = new Map<string, { pattern: string; watcher: vscode.FileSystemWatcher }>();
  private readonly reloadTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly settleTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per folder, the comparison with the disk that {@link current} has under way. */
  private readonly rechecks = new Map<string, Promise<WorkspacePolicy>>();
  /** Per folder, the size and modification time of each policy file as it was just before being read. */
  private readonly stamps = new Map<string, string>();
  /** Files that got problem diagnostics, per folder, to clear them on the next load. */
  private readonly problemFiles = new Map<string, vscode.Uri[]>();
  private readonly problems = vscode.languages.createDiagnosticCollection(CONFIG_DIAGNOSTIC_COLLECTION);
  private readonly changed = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  private readonly subscriptions: vscode.Disposable[] = [this.problems, this.changed];

  /** Fires after a folder's policy was reloaded because one of its files changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  start(): void {
    this.subscriptions.push(
      vscode.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) this.forget(folder);
        for (const folder of event.added) void this.forFolder(folder);
      }),
    );
    // Loading every folder now shows problems in the files before anything is scanned.
    for (const folder of vscode.workspace.workspaceFolders ?? []) void this.forFolder(folder);
  }

  /**
   * The policy for a file, or undefined when it is in no workspace folder (untitled, outside).
   * `recheck` compares the policy files on disk first (see {@link current}): for a file just
   * opened or saved, which must not wait for the file watcher to see a configuration saved a moment ago.
   */
  async forUri(uri: vscode.Uri, recheck = false): Promise<PolicyScope | undefined> {
    const fileUri = fileUriOf(uri);
    const folder = vscode.workspace.getWorkspaceFolder(fileUri);
    if (!folder) return undefined;
    const relativePath = relativePathIn(folder, fileUri);
    if (relativePath === undefined) return undefined;
    return { folder, policy: await (recheck ? this.current(folder) : this.forFolder(folder)), relativePath };
  }

  forFolder(folder: vscode.WorkspaceFolder): Promise<WorkspacePolicy> {
    const key = folder.uri.toString();
    let policy = this.policies.get(key);
    if (!policy) {
      policy = this.load(folder);
      this.policies.set(key, policy);
    }
    return policy;
  }

  /**
   * The folder's policy as its files are on disk now. A file saved a moment ago reaches
   * {@link forFolder} only once the watcher reports it (and the reload waits a little more), so a
   * workspace scan started right after saving `.secrethygiene.json` would use the old one: this
   * compares the files' sizes and times with those recorded at the load, and reloads if they differ.
   */
  current(folder: vscode.WorkspaceFolder): Promise<WorkspacePolicy> {
    // Files opened together each ask at once: one comparison and at most one reload serves them all.
    const key = folder.uri.toString();
    let check = this.rechecks.get(key);
    if (!check) {
      check = this.reloadIfChanged(folder).finally(() => this.rechecks.delete(key));
      this.rechecks.set(key, check);
    }
    return check;
  }

  dispose(): void {
    for (const timer of [...this.reloadTimers.values(), ...this.settleTimers.values()]) clearTimeout(timer);
    for (const { watcher } of this.watchers.values()) watcher.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private async reloadIfChanged(folder: vscode.WorkspaceFolder): Promise<WorkspacePolicy> {
    const key = folder.uri.toString();
    const policy = await this.forFolder(folder);
    if ((await stampOf(folder, policy.sources)) === this.stamps.get(key)) return policy;
    const pending = this.reloadTimers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.reloadTimers.delete(key);
    this.policies.delete(key);
    const reloaded = await this.forFolder(folder);
    this.changed.fire(folder);
    return reloaded;
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<WorkspacePolicy> {
    let policy: WorkspacePolicy;
    // Each file's stamp is taken just before it is read: one written during the load then looks
    // changed to the next recheck, instead of the policy holding its old content under its new stamp.
    const stampsBeforeRead = new Map<string, string>();
    const read = folderReader(folder);
    try {
      policy = await loadWorkspacePolicy(async (file) => {
        stampsBeforeRead.set(file, await stampOfFile(folder, file));
        return read(file);
      });
    } catch (error) {
      // Unreadable (not missing) files: scan with the defaults rather than not at all.
      this.log.error(`Could not read the Secret Hygiene configuration of ${folder.name}: ${describe(error)}; using the defaults`);
      policy = await loadWorkspacePolicy(() => Promise.resolve(undefined));
    }
    this.stamps.set(folder.uri.toString(), await stampOf(folder, policy.sources, stampsBeforeRead));
    this.watch(folder, policy.sources);
    this.showProblems(folder, policy);
    if (policy.configFound || policy.baseline) {
      const parts = [policy.configFound ? ".secrethygiene.json" : undefined, policy.baseline ? `baseline of ${policy.baseline.entries.length} finding(s)` : undefined];
      this.log.info(`${folder.name}: using ${parts.filter(Boolean).join(" and ")}`);
    }
    return policy;
  }

  private watch(folder: vscode.WorkspaceFolder, sources: readonly string[]): void {
    const key = folder.uri.toString();
    const pattern = `{${sources.join(",")}}`;
    const existing = this.watchers.get(key);
    if (existing?.pattern === pattern) return;
    existing?.watcher.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, pattern));
    const reload = () => this.scheduleReload(folder);
    watcher.onDidCreate(reload);
    watcher.onDidChange(reload);
    watcher.onDidDelete(reload);
    this.watchers.set(key, { pattern, watcher });
  }

  private scheduleReload(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    restartTimer(this.reloadTimers, key, RELOAD_DELAY_MS, () => {
      this.policies.delete(key);
      this.forFolder(folder).then(
        () => {
          this.changed.fire(folder);
          this.scheduleSettleCheck(folder);
        },
        (error: unknown) => this.log.error(`Reloading the configuration of ${folder.name} failed: ${describe(error)}`),
      );
    });
  }

  /** See SETTLE_CHECK_MS: `current` reloads (and tells the listeners) only if the files differ. */
  private scheduleSettleCheck(folder: vscode.WorkspaceFolder): void {
    restartTimer(this.settleTimers, folder.uri.toString(), SETTLE_CHECK_MS, () => {
      this.current(folder).catch((error: unknown) => this.log.error(`Rechecking the configuration of ${folder.name} failed: ${describe(error)}`));
    });
  }

  private showProblems(folder: vscode.WorkspaceFolder, policy: WorkspacePolicy): void {
    const key = folder.uri.toString();
    for (const uri of this.problemFiles.get(key) ?? []) this.problems.delete(uri);
    const published: vscode.Uri[] = [];
    for (const { file, problems } of policy.problems) {
      const uri = vscode.Uri.joinPath(folder.uri, file);
      this.problems.set(uri, problems.map(toDiagnostic));
      published.push(uri);
      this.log.warn(`${folder.name}/${file}: ${problems.length} problem(s): ${problems.map((problem) => problem.message).join("; ")}`);
    }
    if (policy.baselineError !== undefined) {
      const uri = vscode.Uri.joinPath(folder.uri, policy.baselinePath);
      const message = `Secret Hygiene cannot use this baseline, so every finding is shown: ${policy.baselineError}. Correct it, or delete it and accept findings again with the quick fix 'Add to baseline' (the command line's 'scan --update-baseline' writes it whole).`;
      const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      this.problems.set(uri, [diagnostic]);
      published.push(uri);
      this.log.warn(`${folder.name}/${policy.baselinePath}: ${policy.baselineError}`);
    }
    this.problemFiles.set(key, published);
  }

  private forget(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    this.policies.delete(key);
    this.stamps.delete(key);
    this.watchers.get(key)?.watcher.dispose();
    this.watchers.delete(key);
    clearTimeout(this.settleTimers.get(key));
    this.settleTimers.delete(key);
    // A reload due for the folder would watch it and show its problems again.
    clearTimeout(this.reloadTimers.get(key));
    this.reloadTimers.delete(key);
    for (const uri of this.problemFiles.get(key) ?? []) this.problems.delete(uri);
    this.problemFiles.delete(key);
  }
}
