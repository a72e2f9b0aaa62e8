import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { ScanInput, ScanOptions } from "../engine";
import { DocumentScanners, type DocumentScanResult } from "./document-scanners";
import { scanFileBytes, type FileScanResult } from "./scan-file-bytes";
import type { ScanJobResult, ScanWorkerMessage } from "./scan-worker-protocol";

export type { FileScanResult } from "./scan-file-bytes";

interface Slot {
  readonly worker: Worker;
  inFlight: number;
}

/** What a job scans: kept until its answer, so a job queued on a worker that dies can go to another. */
type JobInput =
  | { readonly kind: "file"; readonly bytes: Uint8Array; readonly filePath: string; readonly options: ScanOptions | undefined }
  | { readonly kind: "document"; readonly key: string; readonly input: ScanInput };

/** A file job's answer, or a document job's. */
type JobAnswer = FileScanResult | DocumentScanResult;

interface Pending {
  readonly slot: Slot;
  readonly input: JobInput;
  /** Moved once already from a worker that died: a second death fails it. */
  readonly requeued: boolean;
  readonly resolve: (answer: JobAnswer) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Workers that die this many times in a row, with no job answered in between, are taken to be
 * broken (a mismatched bundle, a crash at load): the pool scans in-process from then on, rather
 * than start a thread per file only to fail the file.
 */
const MAX_CONSECUTIVE_DEATHS = 3;

export const SHUT_DOWN = "scan cancelled: the extension is shutting down";
/** How the error of a job whose worker died begins. */
export const WORKER_STOPPED = "scan worker stopped";

/**
 * A few worker threads that decode and scan files for the workspace scan, and scan large open
 * documents as they are edited. File jobs go to the worker with the fewest in flight; a document
 * goes to the same worker each time, which remembers its lines' results between edits. If workers
 * cannot start (a restricted host), or keep dying, everything is scanned on the calling thread
 * instead: slower to the UI, same results.
 */
export class ScanWorkerPool {
  private readonly workers: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private unavailable = false;
  /** Workers lost since a worker last answered a job. */
  private consecutiveDeaths = 0;
  private disposed = false;
  /** Documents scanned on the calling thread, when no worker can take them. */
  private readonly documentsHere = new DocumentScanners();

  constructor(
    private readonly workerScript: string,
    private readonly size = Math.max(1, Math.min(2, os.cpus().length - 1)),
  ) {}

  static forExtension(extensionPath: string): ScanWorkerPool {
    return new ScanWorkerPool(path.join(extensionPath, "dist", "scan-worker.js"));
  }

  scan(bytes: Uint8Array, filePath: string, options: ScanOptions | undefined): Promise<FileScanResult> {
    return this.run({ kind: "file", bytes, filePath, options }, false);
  }

  /**
   * Scans an open document's text as DocumentScanner would, on the worker that scanned it last
   * (`key` is the document's URI): after an edit, the rules run on the edited lines only.
   */
  scanDocument(key: string, input: ScanInput): Promise<DocumentScanResult> {
    return this.run({ kind: "document", key, input }, false) as Promise<DocumentScanResult>;
  }

  /** The document closed: every worker (and the calling thread) lets go of what it remembers of it. */
  forgetDocument(key: string): void {
    this.documentsHere.forget(key);
    const message: ScanWorkerMessage = { kind: "forget", key };
    for (const { worker } of this.workers) worker.postMessage(message);
  }

  dispose(): void {
    this.disposed = true;
    for (const { worker } of this.workers.splice(0)) void worker.terminate();
    for (const id of [...this.pending.keys()]) this.take(id)?.reject(new Error(SHUT_DOWN));
  }

  private run(input: JobInput, requeued: boolean): Promise<JobAnswer> {
    // (A scan that waited its turn past the extension's end must not start a thread again.)
    if (this.disposed) return Promise.reject(new Error(SHUT_DOWN));
    const slot = this.unavailable ? undefined : input.kind === "file" ? this.leastBusy() : this.slotOf(input.key);
    if (!slot) return this.scanHere(input);
    const id = this.nextId++;
    return new Promise<JobAnswer>((resolve, reject) => {
      slot.inFlight++;
      this.pending.set(id, { slot, input, requeued, resolve, reject });
      try {
        // Copied, not transferred: if the worker dies, the bytes are still here for another.
        slot.worker.postMessage(messageOf(id, input));
      } catch {
        // Options that cannot be cloned (a custom rule with a function): scan here.
        this.take(id);
        resolve(this.scanHere(input));
      }
    });
  }

  /** Scans on the calling thread; an engine error rejects, as a worker's would. */
  private scanHere(input: JobInput): Promise<JobAnswer> {
    return new Promise((resolve) =>
      resolve(input.kind === "file" ? scanFileBytes(input.bytes, input.filePath, input.options) : this.documentsHere.scan(input.key, input.input)),
    );
  }

  /** Takes a job off the books (answered, or its worker gone). */
  private take(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    if (!pending) return undefined;
    pending.slot.inFlight--;
    this.pending.delete(id);
    return pending;
  }

  /** Starts the workers the pool lacks; false when they cannot start (then files are scanned here from now on). */
  private started(): boolean {
    try {
      while (this.workers.length < this.size) this.workers.push({ worker: this.start(), inFlight: 0 });
      return true;
    } catch {
      this.unavailable = true;
      return false;
    }
  }

  private leastBusy(): Slot | undefined {
    if (!this.started()) return undefined;
    return this.workers.reduce((best, slot) => (slot.inFlight < best.inFlight ? slot : best));
  }

  /** The worker a document's scans go to, chosen by its key: the same one while the pool is unchanged. */
  private slotOf(key: string): Slot | undefined {
    if (!this.started()) return undefined;
    let hash = 0;
    for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
    return this.workers[Math.abs(hash) % this.workers.length];
  }

  /** How many worker threads are running (for tests and the log). */
  get threadCount(): number {
    return this.workers.length;
  }

  private start(): Worker {
    // A missing bundle would only fail later, per job: check once and scan in-process instead.
    if (!fs.existsSync(this.workerScript)) throw new Error(`${this.workerScript} is missing`);
    const worker = new Worker(this.workerScript);
    worker.unref(); // an idle pool must not keep the extension host alive
    worker.on("message", (result: ScanJobResult) => {
      const pending = this.take(result.id);
      if (!pending) return;
      this.consecutiveDeaths = 0;
      if ("error" in result) pending.reject(new Error(result.error));
      else if ("document" in result) pending.resolve(result.document);
      else pending.resolve("skipReason" in result ? { skipReason: result.skipReason } : { findings: result.findings, unknownIgnoredRules: result.unknownIgnoredRules });
    });
    // A worker may crash, or end without an error (exited, terminated): its jobs would otherwise
    // wait forever, and the workspace scan with them. (Both events come for a crash: once is enough.)
    const lost = (reason: string) => {
      const index = this.workers.findIndex((slot) => slot.worker === worker);
      if (index < 0) return;
      this.workers.splice(index, 1);
      if (++this.consecutiveDeaths >= MAX_CONSECUTIVE_DEATHS) this.unavailable = true;
      this.failOrRequeue([...this.pending.keys()].filter((id) => this.pending.get(id)?.slot.worker === worker), reason);
    };
    worker.on("error", (error) => lost(error.message));
    worker.on("exit", (code) => lost(`it exited (code ${code})`));
    return worker;
  }

  /**
   * A dead worker's jobs. It takes them in order, so the first was running when it died, and may
   * be what killed it (a file too big for its memory): that one fails. The others only waited
   * behind it: they go to a fresh worker (or in-process, once the pool gave up on workers), once.
   */
  private failOrRequeue(ids: readonly number[], reason: string): void {
    const stopped = () => new Error(`${WORKER_STOPPED}: ${reason}`);
    const [running, ...waiting] = ids.map((id) => this.take(id)!);
    running?.reject(stopped());
    for (const job of waiting) {
      if (job.requeued) job.reject(stopped());
      else this.run(job.input, true).then(job.resolve, job.reject);
    }
  }
}

/** What the worker is sent for a job. */
function messageOf(id: number, input: JobInput): ScanWorkerMessage {
  if (input.kind === "document") return { kind: "document", id, key: input.key, input: input.input };
  const { bytes, filePath, options } = input;
  return { kind: "file", id, bytes, filePath, ...(options ? { options } : {}) };
}
