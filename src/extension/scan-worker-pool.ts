import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { ScanOptions } from "../engine";
import { scanFileBytes, type FileScanResult } from "./scan-file-bytes";
import type { ScanJob, ScanJobResult } from "./scan-worker-protocol";

export type { FileScanResult } from "./scan-file-bytes";

interface Slot {
  readonly worker: Worker;
  inFlight: number;
}

interface Pending {
  readonly slot: Slot;
  readonly resolve: (result: FileScanResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A few worker threads that decode and scan files for the workspace scan. Jobs go to the worker
 * with the fewest in flight. If workers cannot start (a restricted host), files are scanned on
 * the calling thread instead: slower to the UI, same results.
 */
export class ScanWorkerPool {
  private readonly workers: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private unavailable = false;

  constructor(
    private readonly workerScript: string,
    private readonly size = Math.max(1, Math.min(2, os.cpus().length - 1)),
  ) {}

  static forExtension(extensionPath: string): ScanWorkerPool {
    return new ScanWorkerPool(path.join(extensionPath, "dist", "scan-worker.js"));
  }

  scan(bytes: Uint8Array, filePath: string, options: ScanOptions | undefined): Promise<FileScanResult> {
    const slot = this.unavailable ? undefined : this.leastBusy();
    if (!slot) return Promise.resolve(scanFileBytes(bytes, filePath, options));
    const id = this.nextId++;
    const job: ScanJob = { id, bytes, filePath, ...(options ? { options } : {}) };
    slot.inFlight++;
    return new Promise<FileScanResult>((resolve, reject) => {
      const settle = () => {
        slot.inFlight--;
        this.pending.delete(id);
      };
      this.pending.set(id, {
        slot,
        resolve: (result) => (settle(), resolve(result)),
        reject: (error) => (settle(), reject(error)),
      });
      try {
        // Transfer the buffer: the worker owns it from here, nothing is copied.
        slot.worker.postMessage(job, [bytes.buffer as ArrayBuffer]);
      } catch {
        // Options that cannot be cloned (a custom rule with a function): scan here.
        settle();
        resolve(scanFileBytes(bytes, filePath, options));
      }
    });
  }

  dispose(): void {
    for (const { worker } of this.workers.splice(0)) void worker.terminate();
    for (const pending of [...this.pending.values()]) pending.reject(new Error("scan cancelled: the extension is shutting down"));
  }

  private leastBusy(): Slot | undefined {
    try {
      while (this.workers.length < this.size) this.workers.push({ worker: this.start(), inFlight: 0 });
    } catch {
      this.unavailable = true;
      return undefined;
    }
    return this.workers.reduce((best, slot) => (slot.inFlight < best.inFlight ? slot : best));
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
      const pending = this.pending.get(result.id);
      if (!pending) return;
      if ("error" in result) pending.reject(new Error(result.error));
      else pending.resolve("skipReason" in result ? { skipReason: result.skipReason } : { findings: result.findings, unknownIgnoredRules: result.unknownIgnoredRules });
    });
    // A crashed worker fails its own jobs; the pool starts a fresh one on the next job. A worker
    // may also end without an error (exited, terminated): its jobs would otherwise wait forever,
    // and the workspace scan with them.
    const lost = (reason: string) => {
      const index = this.workers.findIndex((slot) => slot.worker === worker);
      if (index >= 0) this.workers.splice(index, 1);
      for (const pending of [...this.pending.values()]) {
        if (pending.slot.worker === worker) pending.reject(new Error(`scan worker stopped: ${reason}`));
      }
    };
    worker.on("error", (error) => lost(error.message));
    worker.on("exit", (code) => lost(`it exited (code ${code})`));
    return worker;
  }
}
