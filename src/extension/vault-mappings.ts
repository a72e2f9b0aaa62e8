// Each workspace folder's `.secrethygiene-vaults.json`: parsed when the extension starts, as the
// user types in it and whenever it changes on disk, with its problems (refused endpoints, one vault
// for two environments, production reachable from development) as diagnostics on the file. The
// quick fixes and "Show the Vault for This File" ask it which vault a file's secrets belong in.
import * as vscode from "vscode";
import { openDocumentOf } from "./open-documents";
import { parseVaultMapping, resolveTarget, VAULT_MAPPING_FILE, type MappingProblem, type ParsedVaultMapping, type ResolvedTarget } from "../azure";
import type { AzureAccess } from "./azure-access";
import { DIAGNOSTIC_SOURCE, SETTINGS_SECTION, VAULT_MAPPING_DIAGNOSTIC_COLLECTION } from "./contributions";
import { fileUriOf } from "./notebook-cells";
import { folderReader, relativePathIn } from "./workspace-policies";

/** Where a file's secrets go, and the folder and mapping that said so. */
export interface FileTarget {
  readonly folder: vscode.WorkspaceFolder;
  readonly mappingUri: vscode.Uri;
  /** undefined: the folder has no mapping file. */
  readonly mapping?: ParsedVaultMapping;
  readonly relativePath: string;
  readonly resolved?: ResolvedTarget;
}

/**
 * Why a file has no Key Vault, or undefined when it has one: the one wording "Show the Vault for
 * This File" and the moves share.
 */
export function noVaultReason(target: FileTarget | undefined): string | undefined {
  if (!target) return "This file is not in a workspace folder, so no vault mapping applies to it: save it in a workspace folder whose mapping names its application's vaults, then move it.";
  if (!target.mapping) return `${target.folder.name} has no ${VAULT_MAPPING_FILE}: run "Configure Vaults…" to map its applications to vaults.`;
  return target.resolved?.target?.keyVault ? undefined : target.resolved?.problem;
}

const REPARSE_DELAY_MS = 150;

function toDiagnostic(problem: MappingProblem): vscode.Diagnostic {
  const { start, end } = problem.range;
  const severity = problem.severity === "error" ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), problem.message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = problem.code;
  return diagnostic;
}

export class VaultMappings implements vscode.Disposable {
  private readonly loading = new Map<string, Promise<ParsedVaultMapping | undefined>>();
  /** The unsaved editor version each folder's mapping was parsed from (undefined: from disk). */
  private readonly parsedVersions = new Map<string, number | undefined>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly problems = vscode.languages.createDiagnosticCollection(VAULT_MAPPING_DIAGNOSTIC_COLLECTION);
  private readonly changed = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  private readonly subscriptions: vscode.Disposable[] = [this.problems, this.changed];

  /** Fires after a folder's mapping was parsed again. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly access: AzureAccess,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  start(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${VAULT_MAPPING_FILE}`);
    const onDisk = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      // Only the file at a folder's root is read; an open editor's text wins over the disk.
      if (folder && this.isMappingFileOf(folder, uri) && !openDocumentOf(uri)) this.scheduleReload(folder);
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(onDisk),
      watcher.onDidChange(onDisk),
      watcher.onDidDelete(onDisk),
      vscode.workspace.onDidChangeTextDocument((event) => this.onDocument(event.document)),
      vscode.workspace.onDidOpenTextDocument((document) => this.onDocument(document)),
      // Closing without saving: the file on disk is the truth again.
      vscode.workspace.onDidCloseTextDocument((document) => this.onDocument(document, true)),
      vscode.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) this.forget(folder);
        for (const folder of event.added) void this.load(folder);
      }),
      // Enabling the local emulator changes which endpoints are accepted.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SETTINGS_SECTION}.localEmulator`)) for (const folder of vscode.workspace.workspaceFolders ?? []) this.scheduleReload(folder);
      }),
    );
    for (const folder of vscode.workspace.workspaceFolders ?? []) void this.load(folder);
  }

  mappingUri(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, VAULT_MAPPING_FILE);
  }

  private isMappingFileOf(folder: vscode.WorkspaceFolder, uri: vscode.Uri): boolean {
    return relativePathIn(folder, uri) === VAULT_MAPPING_FILE;
  }

  private onDocument(document: vscode.TextDocument, closed = false): void {
    if (document.uri.scheme === "git") return;
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (folder && this.isMappingFileOf(folder, document.uri) && (closed || !document.isClosed)) this.scheduleReload(folder);
  }

  private scheduleReload(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.loading.delete(key);
        void this.load(folder).then(() => this.changed.fire(folder));
      }, REPARSE_DELAY_MS),
    );
  }

  /** Forgets the parsed mapping, so the next use reads it again (after we wrote the file ourselves). */
  invalidate(folder: vscode.WorkspaceFolder): void {
    this.loading.delete(folder.uri.toString());
  }

  /** The folder's mapping, parsed from the editor's unsaved text or from disk; undefined when there is none. */
  load(folder: vscode.WorkspaceFolder): Promise<ParsedVaultMapping | undefined> {
    const key = folder.uri.toString();
    let pending = this.loading.get(key);
    // An open editor's text that changed since it was parsed (the reload waits a moment after
    // each keystroke) is parsed now: a move right after an edit of the mapping must see the edit.
    const open = openDocumentOf(this.mappingUri(folder));
    const unsaved = open?.isDirty ? open : undefined;
    if (pending && this.parsedVersions.get(key) !== unsaved?.version) pending = undefined;
    if (!pending) {
      this.parsedVersions.set(key, unsaved?.version);
      const started: Promise<ParsedVaultMapping | undefined> = this.read(folder).then(
        (parsed) => {
          // A slower, older read must not replace the problems of a newer one.
          if (this.loading.get(key) === started) this.problems.set(this.mappingUri(folder), parsed?.problems.map(toDiagnostic) ?? []);
          return parsed;
        },
        (error: unknown) => {
          this.log.warn(`Could not read ${VAULT_MAPPING_FILE} in ${folder.name}: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        },
      );
      pending = started;
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<ParsedVaultMapping | undefined> {
    // Unsaved edits are what the user sees; otherwise the file on disk is the truth (an open
    // editor may not have caught up with a write yet).
    const open = openDocumentOf(this.mappingUri(folder));
    const text = open?.isDirty ? open.getText() : await folderReader(folder)(VAULT_MAPPING_FILE);
    if (text === undefined) return undefined;
    const parsed = parseVaultMapping(text, this.access.endpointPolicy());
    const errors = parsed.problems.filter((problem) => problem.severity === "error").length;
    this.log.debug(`${folder.name}/${VAULT_MAPPING_FILE}: ${parsed.mapping.apps.length} application(s), ${errors} error(s), ${parsed.problems.length - errors} warning(s)`);
    return parsed;
  }

  /** Which application, environment, vault and store a file's secrets and settings belong to (a notebook cell's: its notebook's). */
  async targetFor(documentUri: vscode.Uri): Promise<FileTarget | undefined> {
    const uri = fileUriOf(documentUri);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const relativePath = relativePathIn(folder, uri);
    if (relativePath === undefined) return undefined;
    const mapping = await this.load(folder);
    const mappingUri = this.mappingUri(folder);
    if (!mapping) return { folder, mappingUri, relativePath };
    return { folder, mappingUri, mapping, relativePath, resolved: resolveTarget(mapping.mapping, relativePath) };
  }

  private forget(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    this.loading.delete(key);
    this.parsedVersions.delete(key);
    this.problems.delete(this.mappingUri(folder));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
