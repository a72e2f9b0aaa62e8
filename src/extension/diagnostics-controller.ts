import * as vscode from "vscode";
import { decodeFileContent, oversizeReason, scan } from "../engine";
import type { Finding } from "../engine";
import { DIAGNOSTIC_COLLECTION } from "./contributions";
import { isScannable } from "./scannable";
import { readSettings } from "./settings";
import { toDiagnostic } from "./to-diagnostic";

/** The outcome of a file's last scan: what the status bar shows and the workspace scan counts. */
export type FileState = { readonly kind: "scanned"; readonly count: number } | { readonly kind: "skipped"; readonly reason: string };

/**
 * The single owner of our diagnostics. Open documents are scanned on open and save and, debounced,
 * while typing; a closed document's entries go away unless the workspace scan put them there (then
 * the saved file is scanned again). Every scan carries a generation number: a result that arrives
 * after a newer scan started, or after the document changed or closed, is dropped.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_COLLECTION);
  private readonly debounceTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly states = new Map<string, FileState>();
  /** Files whose entries came from the workspace scan: they stay listed after their editor closes. */
  private readonly fromWorkspaceScan = new Set<string>();
  private readonly stateChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Fires after a document's findings (or skip state) changed. */
  readonly onDidChangeState = this.stateChanged.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  start(): void {
    this.subscriptions.push(
      this.collection,
      this.stateChanged,
      vscode.workspace.onDidOpenTextDocument((document) => this.scheduleScan(document, 0)),
      vscode.workspace.onDidSaveTextDocument((document) => this.scheduleScan(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        const settings = readSettings(event.document);
        if (settings.scanOnType) this.scheduleScan(event.document, settings.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.onClose(document)),
    );
    this.rescanOpenDocuments();
  }

  stateOf(uri: vscode.Uri): FileState | undefined {
    return this.states.get(uri.toString());
  }

  rescanOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) this.scheduleScan(document, 0);
  }

  /** Scans an open document now; resolves when its diagnostics are up to date (or the result was stale). */
  async scanDocument(document: vscode.TextDocument): Promise<void> {
    if (!isScannable(document)) return;
    const key = document.uri.toString();
    this.cancelTimer(key);
    const generation = this.nextGeneration(key);
    const settings = readSettings(document);
    if (!settings.enable) {
      this.clear(document.uri);
      return;
    }
    const text = document.getText();
    if (text.length > settings.maxFileSizeBytes) {
      this.setSkipped(document.uri, oversizeReason(text.length, settings.maxFileSizeBytes / 1024));
      return;
    }
    const version = document.version;
    const findings = await this.runEngine(text, document.uri);
    if (this.generations.get(key) !== generation || document.isClosed || document.version !== version) return;
    this.fromWorkspaceScan.delete(key);
    this.setFindings(document.uri, findings, settings.severity);
  }

  /**
   * Scans a file's saved content (workspace scan, or an editor closed on a scanned file). Open
   * documents are left to the editor path, whose text may be newer than the disk.
   */
  async scanFileOnDisk(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<FileState> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    if (open) {
      await this.scanDocument(open);
      const state = this.states.get(key);
      return state ?? { kind: "scanned", count: 0 };
    }
    const generation = this.nextGeneration(key);
    const settings = readSettings(uri);
    if (!settings.enable) return { kind: "skipped", reason: "disabled" };
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > settings.maxFileSizeBytes) {
      const reason = oversizeReason(stat.size, settings.maxFileSizeBytes / 1024);
      this.setSkipped(uri, reason);
      return { kind: "skipped", reason };
    }
    const decoded = decodeFileContent(await vscode.workspace.fs.readFile(uri));
    if ("skipReason" in decoded) return { kind: "skipped", reason: decoded.skipReason };
    const findings = await this.runEngine(decoded.text, uri);
    if (token?.isCancellationRequested || this.generations.get(key) !== generation) return { kind: "scanned", count: 0 };
    this.fromWorkspaceScan.add(key);
    this.setFindings(uri, findings, settings.severity);
    return { kind: "scanned", count: findings.length };
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
      updates.push([uri, diagnostics.map((diagnostic) => Object.assign(diagnostic, { severity: settings.severity }))]);
    });
    for (const [uri, diagnostics] of updates) this.collection.set(uri, diagnostics);
  }

  clearAll(): void {
    for (const key of this.debounceTimers.keys()) this.cancelTimer(key);
    for (const key of this.generations.keys()) this.nextGeneration(key);
    const uris: vscode.Uri[] = [];
    this.collection.forEach((uri) => void uris.push(uri));
    this.collection.clear();
    this.states.clear();
    this.fromWorkspaceScan.clear();
    for (const uri of uris) this.stateChanged.fire(uri);
  }

  dispose(): void {
    for (const key of this.debounceTimers.keys()) this.cancelTimer(key);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private scheduleScan(document: vscode.TextDocument, delayMs: number): void {
    if (!isScannable(document)) return;
    const key = document.uri.toString();
    this.cancelTimer(key);
    const run = () => {
      this.debounceTimers.delete(key);
      this.scanDocument(document).catch((error: unknown) => this.log.error(`Scan of ${document.uri.fsPath} failed: ${describe(error)}`));
    };
    if (delayMs === 0) run();
    else this.debounceTimers.set(key, setTimeout(run, delayMs));
  }

  private onClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancelTimer(key);
    this.nextGeneration(key);
    if (this.fromWorkspaceScan.has(key) && document.uri.scheme !== "untitled") {
      // The workspace scan listed this file: keep it listed, from what is on disk now.
      this.scanFileOnDisk(document.uri).catch(() => this.clear(document.uri));
      return;
    }
    this.clear(document.uri);
  }

  private async runEngine(text: string, uri: vscode.Uri): Promise<Finding[]> {
    const started = performance.now();
    const filePath = uri.scheme === "untitled" ? uri.path : vscode.workspace.asRelativePath(uri, false);
    const findings = await scan({ content: text, filePath });
    const elapsed = (performance.now() - started).toFixed(1);
    // Only redacted previews reach the log.
    const summary = findings.map((finding) => `${finding.ruleId} ${finding.preview}`).join(", ");
    this.log.debug(`Scanned ${filePath} in ${elapsed} ms: ${findings.length} finding(s)${summary ? ` [${summary}]` : ""}`);
    return findings;
  }

  private setFindings(uri: vscode.Uri, findings: readonly Finding[], severity: vscode.DiagnosticSeverity): void {
    this.collection.set(uri, findings.map((finding) => toDiagnostic(finding, severity)));
    this.states.set(uri.toString(), { kind: "scanned", count: findings.length });
    this.stateChanged.fire(uri);
  }

  private setSkipped(uri: vscode.Uri, reason: string): void {
    this.collection.delete(uri);
    this.states.set(uri.toString(), { kind: "skipped", reason });
    this.log.info(`Skipped ${vscode.workspace.asRelativePath(uri, false)}: ${reason}`);
    this.stateChanged.fire(uri);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.collection.delete(uri);
    this.states.delete(key);
    this.fromWorkspaceScan.delete(key);
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

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
