import * as vscode from "vscode";
import { openDocumentKeys, openDocumentOf } from "./open-documents";
import { DocumentScanner, filterBaselined, oversizeReason, scanText, unknownIgnoredRules } from "../engine";
import type { Baseline, Finding, ScanInput, ScanOptions } from "../engine";
import { DIAGNOSTIC_COLLECTION, IGNORE_COMMENT_DIAGNOSTIC_COLLECTION, SETTINGS_SECTION, SettingKey } from "./contributions";
import { describe } from "./describe";
import { LooseFilePaths } from "./loose-file-path";
import { fileUriOf, isNotebookShown, isOpenNotebook } from "./notebook-cells";
import { isScannable, languageIdToScanWith } from "./scannable";
import { readSettings, type Settings } from "./settings";
import { limitConfigValues } from "./config-value-limit";
import { hasRuleSeverity, isConfigDiagnostic, omittedConfigValuesDiagnostic, toDiagnostic, unknownIgnoredRuleDiagnostic } from "./to-diagnostic";
import type { DocumentScanResult } from "./document-scanners";
import { SHUT_DOWN, WORKER_STOPPED, type ScanWorkerPool } from "./scan-worker-pool";
import type { WorkspacePolicies } from "./workspace-policies";

export { describe } from "./describe";

/** How long changes on disk are gathered before the files are read again (a checkout's burst). */
const CHANGED_ON_DISK_DELAY_MS = 300;
/** How many of those files are read at once (the workspace scan reads eight). */
const CHANGED_ON_DISK_READERS = 4;

/** Why a file was not scanned, in the groups the workspace scan's summary counts. */
export type SkipCategory = "size" | "binary" | "excluded" | "disabled";

/** The outcome of a file's last scan: what the status bar shows and the workspace scan counts. */
export type FileState =
  | { readonly kind: "scanned"; readonly count: number }
  | { readonly kind: "skipped"; readonly reason: string; readonly category: SkipCategory };

/** How many findings a scan's debug line names; the count covers the rest. */
const LOGGED_FINDINGS = 20;
/**
 * Open documents this long (in UTF-16 units) are scanned on a worker thread as they are edited,
 * and so is any whose scan here took SLOW_SCAN_MS or more. Ordinary code of this size scans here
 * in a few milliseconds, but a file holding thousands of values to judge (a fixtures file, a
 * dump of keys) takes a second or more at 1 MB, which would stall every extension while it ran.
 */
const BACKGROUND_SCAN_CHARS = 256 * 1024;
/** Why a document whose scan stopped a worker is skipped, in its state and the status bar. */
const workerStoppedReason = (message: string) => `its scan stopped the scan worker (${message}); it is scanned again when reopened`;
const SLOW_SCAN_MS = 50;

/** Options that leave configuration values out, one object per policy: the engine caches per object. */
const NO_CONFIG_VALUES: ScanOptions = { includeConfig: false };
const withoutConfigValuesCache = new WeakMap<ScanOptions, ScanOptions>();
function withoutConfigValues(options: ScanOptions | undefined): ScanOptions {
  if (!options) return NO_CONFIG_VALUES;
  let derived = withoutConfigValuesCache.get(options);
  if (!derived) withoutConfigValuesCache.set(options, (derived = { ...options, includeConfig: false }));
  return derived;
}

/**
 * Why `secretHygiene.exclude` leaves an open document out, or undefined. The workspace scan hands
 * the same globs to findFiles; an editor on such a file must not show what the scan leaves out (as
 * ESLint's and cSpell's ignore settings apply to open files too). VS Code matches them, with the
 * glob syntax findFiles uses, relative to the file's workspace folder.
 */
function excludedBySetting(document: vscode.TextDocument, exclude: readonly string[]): string | undefined {
  // (A hand-edited settings.json may hold an empty or non-string entry: it matches nothing.)
  const globs = exclude.filter((glob) => typeof glob === "string" && glob.length > 0);
  if (globs.length === 0) return undefined;
  // Outside every workspace folder (an untitled document, a loose file) no workspace scan applies.
  const folder = vscode.workspace.getWorkspaceFolder(fileUriOf(document.uri));
  if (!folder) return undefined;
  const matched = globs.some((glob) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0);
  return matched ? `excluded by the ${SETTINGS_SECTION}.${SettingKey.exclude} setting` : undefined;
}

/**
 * An open document's size in UTF-8 bytes when it is over the budget, else undefined. A closed
 * file's size is its bytes on disk: measured alike, opening or closing a file in a multi-byte
 * script does not move it across the budget. A UTF-16 code unit is at most 3 bytes in UTF-8, so
 * most documents are known to fit without counting.
 */
function oversizeBytes(text: string, budgetBytes: number): number | undefined {
  if (text.length * 3 <= budgetBytes) return undefined;
  const bytes = Buffer.byteLength(text, "utf8");
  return bytes > budgetBytes ? bytes : undefined;
}

/** What the engine needs for one file, after its folder's policy: or why the file is left out. */
type ScanTarget =
  | { readonly filePath: string; readonly options?: ScanOptions; readonly baseline?: Baseline }
  | { readonly excluded: string };

/** A document's current text and its findings, as a quick fix must act on them. */
export interface ScannedDocument {
  readonly findings: readonly Finding[];
  /** The folder-relative path the engine scanned under (fingerprints use it). */
  readonly filePath: string;
  /** The language the text was scanned as, where its path does not tell (ScanInput.languageId). */
  readonly languageId?: string;
  readonly text: string;
  readonly version: number;
}

/**
 * The single owner of our diagnostics. Open documents are scanned on open and save and, debounced,
 * while typing; a closed document's entries go away unless the workspace scan put them there (then
 * the saved file is scanned again). Every scan carries a generation number: a result that arrives
 * after a newer scan started, or after the document changed or closed, is dropped.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_COLLECTION);
  /** Ignore comments that name no rule (see unknownIgnoredRules), in the files our findings are listed for. */
  private readonly ignoreComments = vscode.languages.createDiagnosticCollection(IGNORE_COMMENT_DIAGNOSTIC_COLLECTION);
  private readonly debounceTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly states = new Map<string, FileState>();
  /** Files whose entries came from the workspace scan: they stay listed after their editor closes. */
  private readonly fromWorkspaceScan = new Set<string>();
  /** Files being read from disk now, by how many scans: a deletion meanwhile must drop their results. */
  private readonly readingFromDisk = new Map<string, number>();
  private readonly stateChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** One per open document: a re-scan after an edit reuses the results of unchanged lines. */
  private readonly scanners = new Map<string, DocumentScanner>();
  /** Open documents scanned on a worker thread (large, or slow to scan here): see documentFindings. */
  private readonly scannedInBackground = new Set<string>();
  /** A worker's scan of an open document, while it runs. */
  private readonly backgroundScans = new Map<string, Promise<DocumentScanResult>>();
  /** How many scans in a row of an open document here were slow (see documentFindings). */
  private readonly slowScans = new Map<string, number>();
  /** Open documents whose scan killed a worker: not scanned again until they are reopened. */
  private readonly unscannable = new Set<string>();
  private readonly looseFilePaths = new LooseFilePaths();

  /** Listed files changed on disk, to read again (see readAgainLater). */
  private readonly changedOnDisk = new Set<string>();
  private changedTimer: ReturnType<typeof setTimeout> | undefined;
  /** How many readers are taking files off `changedOnDisk` now. */
  private changedReaders = 0;

  /** A whole workspace scan has listed the workspace's files: settings that change that list call for another. */
  workspaceScanned = false;

  /** Fires after a document's findings (or skip state) changed. */
  readonly onDidChangeState = this.stateChanged.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly policies: WorkspacePolicies,
    private readonly workers: ScanWorkerPool,
  ) {}

  start(): void {
    // A file deleted or a folder removed takes its listed files' entries with it; a listed file
    // changed on disk while no editor has it open (a checkout, a pull, another tool) is read again,
    // or its entries would point at lines that moved.
    const watcher = vscode.workspace.createFileSystemWatcher("**/*", true, false, false);
    this.subscriptions.push(
      this.collection,
      this.ignoreComments,
      this.stateChanged,
      watcher,
      watcher.onDidDelete((uri) => this.forgetUnder(uri)),
      watcher.onDidChange((uri) => {
        if (this.fromWorkspaceScan.has(uri.toString())) this.readAgainLater(uri.toString());
      }),
      // Renamed in VS Code (the Explorer, a refactoring): the old names' entries go; the listed
      // files (the one renamed, or those in a renamed folder) are read under their new names.
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          const oldKey = oldUri.toString();
          const moved = [...this.fromWorkspaceScan].filter((key) => key === oldKey || key.startsWith(`${oldKey}/`));
          this.forgetUnder(oldUri);
          for (const key of moved) {
            const renamed = `${newUri.toString()}${key.slice(oldKey.length)}`;
            this.fromWorkspaceScan.add(renamed);
            this.readAgainLater(renamed);
          }
        }
      }),
      // …and at once when VS Code deletes it (the Explorer, a refactoring): the watcher reports
      // later, and a busy machine delays it by seconds.
      vscode.workspace.onDidDeleteFiles((event) => {
        for (const uri of event.files) this.forgetUnder(uri);
      }),
      // A folder removed from the workspace: its files are no longer the workspace's, open ones
      // included (closing one must not list it again). Open files in an added or removed folder
      // are now under another policy (its ignorePaths, baseline, rules): scanned again.
      vscode.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) this.forgetUnder(folder.uri, true);
        this.rescanOpenDocuments();
      }),
      // Opened or saved: the configuration may have been saved a moment ago, before the watcher saw it.
      vscode.workspace.onDidOpenTextDocument((document) => this.scheduleScan(document, 0, true)),
      vscode.workspace.onDidSaveTextDocument((document) => this.scheduleScan(document, 0, true)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        const settings = readSettings(event.document);
        if (settings.scanOnType) this.scheduleScan(event.document, settings.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.onClose(document)),
      // A notebook the workspace scan listed: its cells take over while it is open, the file after.
      vscode.workspace.onDidOpenNotebookDocument((notebook) => {
        if (this.fromWorkspaceScan.has(notebook.uri.toString())) void this.scanFileOnDisk(notebook.uri);
      }),
      vscode.workspace.onDidCloseNotebookDocument((notebook) => {
        if (!this.fromWorkspaceScan.has(notebook.uri.toString())) return;
        this.scanFileOnDisk(notebook.uri).catch(() => this.clear(notebook.uri));
      }),
    );
    this.rescanOpenDocuments();
  }

  stateOf(uri: vscode.Uri): FileState | undefined {
    return this.states.get(uri.toString());
  }

  rescanOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) this.scheduleScan(document, 0);
  }

  /**
   * After a policy change: open documents, and the closed files the workspace scan listed. Those
   * are read a few at a time, as files changed on disk are: after a scan of ten thousand files, one
   * setting changed must not start ten thousand reads at once.
   */
  rescanAll(): void {
    this.rescanOpenDocuments();
    const open = openDocumentKeys();
    for (const key of this.fromWorkspaceScan) if (!open.has(key)) this.readAgainLater(key);
  }

  /**
   * Scans an open document now; resolves when its diagnostics are up to date (or the result was
   * stale). `recheckPolicy` compares the folder's policy files on disk first, at the cost of a few stats.
   */
  async scanDocument(document: vscode.TextDocument, recheckPolicy = false): Promise<void> {
    if (!isScannable(document)) return;
    const key = document.uri.toString();
    this.cancelTimer(key);
    const generation = this.nextGeneration(key);
    const settings = readSettings(document);
    if (!settings.enable) {
      // Still listed, as in scanSavedFile: closing it after scanning is switched on again reads it.
      this.withoutEntries(document.uri);
      return;
    }
    const text = document.getText();
    const oversize = oversizeBytes(text, settings.maxFileSizeBytes);
    if (oversize !== undefined) {
      this.setSkipped(document.uri, oversizeReason(oversize, settings.maxFileSizeBytes / 1024), "size");
      return;
    }
    const excluded = excludedBySetting(document, settings.exclude);
    if (excluded) {
      this.setSkipped(document.uri, excluded, "excluded");
      return;
    }
    const version = document.version;
    const superseded = () => this.generations.get(key) !== generation || document.isClosed;
    // Edited while the policy was looked up or a worker scanned it: this text is gone, and so are
    // its findings' places. Scanning as you type, the edit has scheduled the next scan; without it
    // nothing would, and the open or save scan would be lost.
    const outdated = async () => {
      if (document.version === version) return false;
      if (!settings.scanOnType) await this.scanDocument(document, recheckPolicy);
      return true;
    };
    const target = await this.targetOf(document.uri, recheckPolicy);
    if (superseded() || (await outdated())) return;
    // (A file the workspace scan listed stays listed while open: closing it reads it from disk again.)
    if ("excluded" in target) {
      this.setSkipped(document.uri, target.excluded, "excluded");
      return;
    }
    let scanned: DocumentScanResult | undefined;
    try {
      scanned = await this.documentFindings(key, text, languageIdToScanWith(document), target, settings, superseded);
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith(WORKER_STOPPED)) || superseded()) throw error;
      // The worker died on this text (most likely out of memory): scanning it again as it is
      // edited would kill the next one, and the pool gives up on workers after a few.
      this.unscannable.add(key);
      this.setSkipped(document.uri, workerStoppedReason(error.message), "size");
      return;
    }
    if (!scanned || superseded() || (await outdated())) return;
    this.setFindings(document.uri, scanned.findings, settings);
    this.ignoreComments.set(document.uri, scanned.unknownIgnoredRules.map(unknownIgnoredRuleDiagnostic));
  }

  /**
   * An open document's findings: scanned here, or, for a large document or one whose scans here
   * are slow, on a worker thread, so that typing in it never waits for its scan. Undefined when a
   * newer scan of the document took over while this one waited for the last to end.
   */
  private async documentFindings(
    key: string,
    text: string,
    languageId: string | undefined,
    target: Exclude<ScanTarget, { excluded: string }>,
    settings: Settings,
    superseded: () => boolean,
  ): Promise<DocumentScanResult | undefined> {
    if (this.unscannable.has(key)) return undefined;
    if (text.length < BACKGROUND_SCAN_CHARS && !this.scannedInBackground.has(key)) {
      const started = performance.now();
      const findings = this.runEngine(text, languageId, target, settings, this.scannerFor(key));
      const elapsed = performance.now() - started;
      // Twice in a row: the first scan after the extension starts is slow for any file (the
      // engine's code is compiled on first use), and must not send the active editor away.
      const slowScans = elapsed >= SLOW_SCAN_MS ? (this.slowScans.get(key) ?? 0) + 1 : 0;
      this.slowScans.set(key, slowScans);
      if (slowScans >= 2) {
        this.scannedInBackground.add(key);
        this.scanners.delete(key);
        this.log.debug(`${target.filePath} took ${elapsed.toFixed(0)} ms to scan: it is scanned on a worker thread from now on`);
      }
      return { findings, unknownIgnoredRules: unknownIgnoredRules(text, target.options) };
    }
    // The worker remembers the document's lines from now on.
    this.scannedInBackground.add(key);
    this.scanners.delete(key);
    // One scan of a document at a time: a scan asked for meanwhile waits, and only the newest runs.
    for (let running = this.backgroundScans.get(key); running; running = this.backgroundScans.get(key)) {
      await running.catch(() => undefined);
      if (superseded()) return undefined;
    }
    const started = performance.now();
    const options = this.engineOptions(target, settings);
    const scan = this.workers.scanDocument(key, { content: text, filePath: target.filePath, ...(languageId !== undefined ? { languageId } : {}), ...(options ? { options } : {}) });
    this.backgroundScans.set(key, scan);
    try {
      const { findings, unknownIgnoredRules: unknown } = await scan;
      return { findings: this.afterEngine(findings, target, started, " in the background"), unknownIgnoredRules: unknown };
    } finally {
      if (this.backgroundScans.get(key) === scan) this.backgroundScans.delete(key);
    }
  }

  /**
   * The findings in a document's current text, scanned afresh under its folder's policy (the
   * baseline applied), without touching the diagnostics: what a quick fix acts on must match the
   * text it edits, not a result from a few keystrokes ago. With `text`: the findings of that
   * text instead, as this document's (a version Move All has planned but not yet applied),
   * scanned here, since the worker keeps the document's own lines.
   */
  async findingsFor(document: vscode.TextDocument, planned?: string): Promise<ScannedDocument | undefined> {
    if (excludedBySetting(document, readSettings(document).exclude)) return undefined;
    const text = planned ?? document.getText();
    const version = document.version;
    const target = await this.targetOf(document.uri, true);
    if ("excluded" in target) return undefined;
    const languageId = languageIdToScanWith(document);
    const input = { content: text, filePath: target.filePath, ...(languageId !== undefined ? { languageId } : {}), ...(target.options ? { options: target.options } : {}) };
    const all = planned === undefined ? await this.commandScan(document, input) : scanText(input);
    if (!all) return undefined;
    return { findings: filterBaselined(all, target.baseline), filePath: target.filePath, ...(languageId !== undefined ? { languageId } : {}), text, version };
  }

  /**
   * A command's scan of a document. One the worker scans as it is edited, or one large enough to
   * be (Move all opens files no editor showed), is scanned there: from the lines it remembers, and
   * without holding up the extension host for a large file's judgement. Undefined for a document
   * whose scan stopped a worker (most likely out of memory), now or before: scanning it here could
   * take the extension host down with it, so it stays skipped, with why, until it is reopened.
   * While the extension shuts down the scan runs here.
   */
  private async commandScan(document: vscode.TextDocument, input: ScanInput): Promise<Finding[] | undefined> {
    const key = document.uri.toString();
    if (this.unscannable.has(key)) return undefined;
    // (A document closed meanwhile keeps no lines on a worker.)
    if (document.isClosed || (!this.scannedInBackground.has(key) && input.content.length < BACKGROUND_SCAN_CHARS)) return scanText(input);
    this.scannedInBackground.add(key);
    this.scanners.delete(key);
    try {
      return (await this.workers.scanDocument(key, input)).findings;
    } catch (error) {
      if (error instanceof Error && error.message === SHUT_DOWN) return scanText(input);
      if (!(error instanceof Error && error.message.startsWith(WORKER_STOPPED))) throw error;
      this.unscannable.add(key);
      this.setSkipped(document.uri, workerStoppedReason(error.message), "size");
      return undefined;
    }
  }

  /**
   * Scans a file's saved content (workspace scan, or an editor closed on a scanned file). Open
   * documents are left to the editor path, whose text may be newer than the disk.
   */
  async scanFileOnDisk(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<FileState> {
    const key = uri.toString();
    const open = openDocumentOf(uri);
    if (open) {
      // Listed by the workspace scan (the only caller with a token): once closed, read from disk again.
      if (token) this.fromWorkspaceScan.add(key);
      await this.scanDocument(open);
      const state = this.states.get(key);
      return state ?? { kind: "scanned", count: 0 };
    }
    if (isOpenNotebook(uri)) {
      // Its cells are scanned in the editor: the file's own entries would list each finding twice.
      // Still listed as the workspace scan's, so closing the notebook brings them back from disk.
      // Its ignore-comment warnings go too: the cells warn about their own comments.
      this.nextGeneration(key);
      this.fromWorkspaceScan.add(key);
      this.withoutEntries(uri);
      return { kind: "scanned", count: 0 };
    }
    this.readingFromDisk.set(key, (this.readingFromDisk.get(key) ?? 0) + 1);
    try {
      return await this.scanSavedFile(uri, token);
    } finally {
      const left = (this.readingFromDisk.get(key) ?? 1) - 1;
      if (left > 0) this.readingFromDisk.set(key, left);
      else this.readingFromDisk.delete(key);
    }
  }

  /** {@link scanFileOnDisk} for a file no editor has open. */
  private async scanSavedFile(uri: vscode.Uri, token: vscode.CancellationToken | undefined): Promise<FileState> {
    const key = uri.toString();
    const generation = this.nextGeneration(key);
    const settings = readSettings(uri);
    if (!settings.enable) {
      // Still listed: scanning switched on again brings its entries back (see rescanAll).
      this.withoutEntries(uri);
      return { kind: "skipped", reason: "disabled", category: "disabled" };
    }
    const target = await this.targetOf(uri);
    // (A newer scan of the file, or its deletion, decides its entries: not this one.)
    const superseded = () => this.generations.get(key) !== generation;
    if ("excluded" in target) {
      if (!superseded()) this.setSkipped(uri, target.excluded, "excluded", false);
      return { kind: "skipped", reason: target.excluded, category: "excluded" };
    }
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > settings.maxFileSizeBytes) {
      const reason = oversizeReason(stat.size, settings.maxFileSizeBytes / 1024);
      if (!superseded()) this.setSkipped(uri, reason, "size", false);
      return { kind: "skipped", reason, category: "size" };
    }
    // Decoding and scanning happen on a worker thread: a workspace scan never blocks the editor.
    const started = performance.now();
    const scanned = await this.workers.scan(await vscode.workspace.fs.readFile(uri), target.filePath, this.engineOptions(target, settings));
    if ("skipReason" in scanned) {
      // A file that had findings and is now binary (re-saved in another encoding) must not keep them.
      if (!superseded()) {
        this.fromWorkspaceScan.delete(key);
        this.setSkipped(uri, scanned.skipReason, "binary", false);
      }
      return { kind: "skipped", reason: scanned.skipReason, category: "binary" };
    }
    const findings = this.afterEngine(scanned.findings, target, started);
    if (token?.isCancellationRequested || superseded()) return { kind: "scanned", count: 0 };
    this.fromWorkspaceScan.add(key);
    this.setFindings(uri, findings, settings);
    this.ignoreComments.set(uri, scanned.unknownIgnoredRules.map(unknownIgnoredRuleDiagnostic));
    return { kind: "scanned", count: findings.filter((finding) => finding.kind === "secret").length };
  }

  /**
   * After a whole workspace scan: the closed files an earlier scan listed that this one did not
   * find (deleted, renamed or git-ignored while no watcher saw it) lose their entries, which
   * would otherwise stay in the Problems panel, pointing at nothing.
   */
  forgetUnlisted(listed: ReadonlySet<string>): void {
    this.workspaceScanned = true;
    const open = openDocumentKeys();
    for (const key of [...this.fromWorkspaceScan]) {
      if (!listed.has(key) && !open.has(key)) this.forget(key);
    }
  }

  /**
   * A file or a folder was deleted, or a folder left the workspace: the closed files in it lose
   * their entries, and a scan of one still running is dropped when it ends. (An open editor keeps
   * its text, and its findings, until it closes.)
   * @param unlistOpen whether open files there stop being listed too, so closing one clears it.
   */
  private forgetUnder(gone: vscode.Uri, unlistOpen = false): void {
    const path = gone.toString();
    const under = (key: string) => key === path || key.startsWith(`${path}/`);
    const open = openDocumentKeys();
    for (const key of new Set([...this.fromWorkspaceScan, ...this.readingFromDisk.keys()])) {
      if (!under(key)) continue;
      if (!open.has(key)) this.forget(key);
      else if (unlistOpen) this.fromWorkspaceScan.delete(key);
    }
    // A notebook there that no editor shows: VS Code keeps its cells' documents for a while after
    // the last editor closed, and their entries would stay listed (and be offered to Move All)
    // for a file that is gone. (A notebook still shown keeps them, as an open editor does.)
    const cells: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (uri.scheme !== "vscode-notebook-cell") return;
      const notebook = fileUriOf(uri);
      if (notebook !== uri && under(notebook.toString()) && !isNotebookShown(notebook)) cells.push(uri);
    });
    for (const cell of cells) this.forget(cell.toString());
  }

  /** Drops a listed file's entries, and any scan of it still running. */
  private forget(key: string): void {
    this.nextGeneration(key);
    this.clear(vscode.Uri.parse(key));
  }

  /** Applies the current severity setting to every entry without rescanning. */
  refreshSeverities(): void {
    const updates: [vscode.Uri, vscode.Diagnostic[]][] = [];
    this.collection.forEach((uri, diagnostics) => {
      const settings = readSettings(uri);
      if (!settings.enable) {
        updates.push([uri, []]);
        return;
      }
      const { configSeverity } = settings;
      updates.push([
        uri,
        diagnostics
          .filter((diagnostic) => configSeverity !== undefined || !isConfigDiagnostic(diagnostic))
          .map((diagnostic) => {
            if (hasRuleSeverity(diagnostic)) return diagnostic;
            return Object.assign(diagnostic, { severity: isConfigDiagnostic(diagnostic) ? configSeverity : settings.severity });
          }),
      ]);
    });
    for (const [uri, diagnostics] of updates) this.collection.set(uri, diagnostics);
  }

  clearAll(): void {
    for (const key of this.debounceTimers.keys()) this.cancelTimer(key);
    for (const key of this.generations.keys()) this.nextGeneration(key);
    const uris: vscode.Uri[] = [];
    this.collection.forEach((uri) => void uris.push(uri));
    this.collection.clear();
    this.ignoreComments.clear();
    this.states.clear();
    this.fromWorkspaceScan.clear();
    for (const uri of uris) this.stateChanged.fire(uri);
  }

  /**
   * Reads a listed file again from disk, soon: changes come in bursts (a checkout touches
   * thousands of files, a log is written line by line), so they are gathered for a moment and then
   * read a few at a time, not all at once. A file an editor has open is scanned as it is edited.
   */
  private readAgainLater(key: string): void {
    this.changedOnDisk.add(key);
    // While readers are at work, files added join them (and more readers start, up to the limit).
    if (this.changedReaders > 0) this.startChangedReaders();
    else if (this.changedTimer === undefined) this.changedTimer = setTimeout(() => this.startChangedReaders(), CHANGED_ON_DISK_DELAY_MS);
  }

  private startChangedReaders(): void {
    this.changedTimer = undefined;
    while (this.changedReaders < CHANGED_ON_DISK_READERS && this.changedOnDisk.size > this.changedReaders) {
      this.changedReaders++;
      void this.readChanged().finally(() => this.changedReaders--);
    }
  }

  /** One reader: takes files off the queue until it is empty. */
  private async readChanged(): Promise<void> {
    for (let key = this.nextChanged(); key !== undefined; key = this.nextChanged()) {
      const uri = vscode.Uri.parse(key);
      if (!this.fromWorkspaceScan.has(key) || openDocumentOf(uri) || isOpenNotebook(uri)) continue;
      await this.scanFileOnDisk(uri).catch((error: unknown) => {
        this.log.warn(`Could not rescan ${vscode.workspace.asRelativePath(uri, false)}: ${describe(error)}`);
        this.clear(uri);
      });
    }
  }

  private nextChanged(): string | undefined {
    const [key] = this.changedOnDisk;
    if (key !== undefined) this.changedOnDisk.delete(key);
    return key;
  }

  dispose(): void {
    clearTimeout(this.changedTimer);
    this.changedOnDisk.clear();
    for (const key of this.debounceTimers.keys()) this.cancelTimer(key);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private scheduleScan(document: vscode.TextDocument, delayMs: number, recheckPolicy = false): void {
    if (!isScannable(document)) return;
    const key = document.uri.toString();
    this.cancelTimer(key);
    const run = () => {
      this.debounceTimers.delete(key);
      this.scanDocument(document, recheckPolicy).catch((error: unknown) => this.log.error(`Scan of ${document.uri.fsPath} failed: ${describe(error)}`));
    };
    if (delayMs === 0) run();
    else this.debounceTimers.set(key, setTimeout(run, delayMs));
  }

  private onClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancelTimer(key);
    this.scanners.delete(key);
    if (this.scannedInBackground.delete(key)) this.workers.forgetDocument(key);
    this.slowScans.delete(key);
    this.unscannable.delete(key);
    this.nextGeneration(key);
    this.ignoreComments.delete(document.uri);
    if (this.fromWorkspaceScan.has(key) && document.uri.scheme !== "untitled") {
      // The workspace scan listed this file: keep it listed, from what is on disk now.
      this.scanFileOnDisk(document.uri).catch(() => this.clear(document.uri));
      return;
    }
    this.clear(document.uri);
  }

  private scannerFor(key: string): DocumentScanner {
    let scanner = this.scanners.get(key);
    if (!scanner) this.scanners.set(key, (scanner = new DocumentScanner()));
    return scanner;
  }

  /**
   * The file's path and options from its workspace folder's policy, or why the policy leaves it
   * out. Files outside every folder (untitled editors among them) get the defaults, and a path
   * from their repository's root.
   */
  private async targetOf(uri: vscode.Uri, recheckPolicy = false): Promise<ScanTarget> {
    const scope = await this.policies.forUri(uri, recheckPolicy);
    if (!scope) return { filePath: await this.looseFilePaths.pathOf(fileUriOf(uri)) };
    const { policy, relativePath } = scope;
    if (relativePath === policy.baselinePath) return { excluded: "the baseline file: it lists fingerprints, not code" };
    if (policy.ignorePaths.matches(relativePath)) return { excluded: "excluded by ignorePaths in .secrethygiene.json" };
    // The folder-relative path is what the CLI uses too, run from the folder: same fingerprints.
    return { filePath: relativePath, options: policy.options, ...(policy.baseline ? { baseline: policy.baseline } : {}) };
  }

  /** The folder's options; configuration values switched off are not looked for at all. */
  private engineOptions(target: Exclude<ScanTarget, { excluded: string }>, settings: Settings): ScanOptions | undefined {
    return settings.configSeverity === undefined ? withoutConfigValues(target.options) : target.options;
  }

  private runEngine(text: string, languageId: string | undefined, target: Exclude<ScanTarget, { excluded: string }>, settings: Settings, scanner: DocumentScanner | undefined): Finding[] {
    const started = performance.now();
    const options = this.engineOptions(target, settings);
    const input = { content: text, filePath: target.filePath, ...(languageId !== undefined ? { languageId } : {}), ...(options ? { options } : {}) };
    return this.afterEngine(scanner ? scanner.scan(input) : scanText(input), target, started);
  }

  /**
   * Applies the baseline and logs what was found (redacted previews only).
   * @param where where the scan ran, when not here (for the log).
   */
  private afterEngine(all: Finding[], target: Exclude<ScanTarget, { excluded: string }>, started: number, where = ""): Finding[] {
    const findings = filterBaselined(all, target.baseline);
    const elapsed = (performance.now() - started).toFixed(1);
    // Only redacted previews reach the log, and only the first few of a long list.
    const listed = findings.slice(0, LOGGED_FINDINGS).map((finding) => `${finding.ruleId} ${finding.preview}`);
    if (findings.length > LOGGED_FINDINGS) listed.push(`${findings.length - LOGGED_FINDINGS} more`);
    const summary = listed.join(", ");
    const baselined = all.length - findings.length;
    this.log.debug(
      `Scanned ${target.filePath}${where} in ${elapsed} ms: ${findings.length} finding(s)${baselined > 0 ? ` (+${baselined} baselined)` : ""}${summary ? ` [${summary}]` : ""}`,
    );
    return findings;
  }

  private setFindings(uri: vscode.Uri, findings: readonly Finding[], settings: Settings): void {
    const { severity, configSeverity } = settings;
    // Configuration values are advice at Information or Hint level, or off (then the engine was
    // asked not to look for them: see engineOptions); the count is secrets.
    const { shown, omitted, firstOmitted } = limitConfigValues(findings, settings.maxConfigValuesPerFile);
    const diagnostics = shown.map((finding) => toDiagnostic(finding, severity, configSeverity));
    if (firstOmitted && configSeverity !== undefined) diagnostics.push(omittedConfigValuesDiagnostic(firstOmitted, omitted, settings.maxConfigValuesPerFile, configSeverity));
    this.collection.set(uri, diagnostics);
    this.states.set(uri.toString(), { kind: "scanned", count: findings.filter((finding) => finding.kind === "secret").length });
    this.stateChanged.fire(uri);
  }

  /** @param announce log it (the workspace scan lists its skipped files itself, in one block). */
  private setSkipped(uri: vscode.Uri, reason: string, category: SkipCategory, announce = true): void {
    const key = uri.toString();
    const previous = this.states.get(key);
    this.collection.delete(uri);
    this.ignoreComments.delete(uri);
    this.states.set(key, { kind: "skipped", reason, category });
    // Once per file and reason, not on every keystroke.
    if (announce && (previous?.kind !== "skipped" || previous.reason !== reason)) {
      this.log.info(`Skipped ${vscode.workspace.asRelativePath(uri, false)}: ${reason}`);
    }
    this.stateChanged.fire(uri);
  }

  private clear(uri: vscode.Uri): void {
    this.fromWorkspaceScan.delete(uri.toString());
    this.withoutEntries(uri);
  }

  /** Removes a file's entries (findings, ignore-comment warnings, state), listed or not. */
  private withoutEntries(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.ignoreComments.delete(uri);
    this.states.delete(uri.toString());
    this.stateChanged.fire(uri);
  }

  private nextGeneration(key: string): number {
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  private cancelTimer(key: string): void {
    const timer = this.debounceTimers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.debounceTimers.delete(key);
  }
}
