// The scan worker's memory of the open documents it scans (see ScanWorkerPool.scanDocument): one
// DocumentScanner each, so an edit re-runs the rules on the edited lines only, as on the main
// thread. No `vscode` here: the worker loads the engine only.
import { DocumentScanner, type Finding, type ScanInput } from "../engine";

/**
 * A few documents' scanners, the least recently scanned forgotten first. Only large or slow
 * documents come here, and a scanner holds its document's line results: a handful is plenty.
 */
export class DocumentScanners {
  /** In order of last use, oldest first (a Map keeps insertion order). */
  private readonly scanners = new Map<string, DocumentScanner>();

  constructor(private readonly capacity = 4) {}

  scan(key: string, input: ScanInput): Finding[] {
    const scanner = this.scanners.get(key) ?? new DocumentScanner();
    this.scanners.delete(key);
    this.scanners.set(key, scanner);
    for (const oldest of this.scanners.keys()) {
      if (this.scanners.size <= this.capacity) break;
      this.scanners.delete(oldest);
    }
    return scanner.scan(input);
  }

  forget(key: string): void {
    this.scanners.delete(key);
  }

  /** The documents remembered, oldest first (for tests). */
  get keys(): string[] {
    return [...this.scanners.keys()];
  }
}
