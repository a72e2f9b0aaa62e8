// The scan worker's memory of the open documents it scans (see ScanWorkerPool.scanDocument): one
// DocumentScanner each, so an edit re-runs the rules on the edited lines only, as on the main
// thread. No `vscode` here: the worker loads the engine only.
import { DocumentScanner, unknownIgnoredRules, type Finding, type ScanInput, type ScanOptions, type UnknownIgnoredRule } from "../engine";

export interface DocumentScanResult {
  readonly findings: Finding[];
  /** Ignore comments naming no rule: found here too, so a large document's are not looked for on the caller's thread. */
  readonly unknownIgnoredRules: UnknownIgnoredRule[];
}

interface Remembered {
  readonly scanner: DocumentScanner;
  /** The options of the last scan, and their text (see optionsText). */
  readonly options: ScanOptions | undefined;
  readonly optionsText: string;
}

/**
 * Options as text, to tell options that arrived as a copy (every message to a worker is one) from
 * options that changed. The engine keeps a document's line results for one options object: a new
 * object each scan would throw them away every time.
 */
function optionsText(options: ScanOptions | undefined): string {
  return JSON.stringify(options ?? null, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value));
}

/**
 * A few documents' scanners, the least recently scanned forgotten first. Only large or slow
 * documents come here, and a scanner holds its document's line results: a handful is plenty.
 */
export class DocumentScanners {
  /** In order of last use, oldest first (a Map keeps insertion order). */
  private readonly documents = new Map<string, Remembered>();

  constructor(private readonly capacity = 4) {}

  scan(key: string, input: ScanInput): DocumentScanResult {
    const previous = this.documents.get(key);
    const text = optionsText(input.options);
    // The same options as last time, as a copy: the object the scanner's memory was made with.
    const options = previous && previous.optionsText === text ? previous.options : input.options;
    const remembered: Remembered = { scanner: previous?.scanner ?? new DocumentScanner(), options, optionsText: text };
    this.documents.delete(key);
    this.documents.set(key, remembered);
    for (const oldest of this.documents.keys()) {
      if (this.documents.size <= this.capacity) break;
      this.documents.delete(oldest);
    }
    const scanned = { ...input, ...(options ? { options } : {}) };
    return { findings: remembered.scanner.scan(scanned), unknownIgnoredRules: unknownIgnoredRules(input.content, options) };
  }

  forget(key: string): void {
    this.documents.delete(key);
  }

  /** The options object a document's memory was made with (for tests). */
  optionsOf(key: string): ScanOptions | undefined {
    return this.documents.get(key)?.options;
  }

  /** The documents remembered, oldest first (for tests). */
  get keys(): string[] {
    return [...this.documents.keys()];
  }
}
