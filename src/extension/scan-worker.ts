// Runs in a worker thread (bundled to dist/scan-worker.js): decodes and scans files for the
// workspace scan, so thousands of files never block the extension host's main thread. Only the
// engine is loaded here; no `vscode`.
import { parentPort } from "node:worker_threads";
import { scanFileBytes } from "./scan-file-bytes";
import type { ScanJob, ScanJobResult } from "./scan-worker-protocol";

parentPort?.on("message", (job: ScanJob) => {
  let result: ScanJobResult;
  try {
    result = { id: job.id, ...scanFileBytes(job.bytes, job.filePath, job.options) };
  } catch (error) {
    // The message only: an engine error never quotes the scanned text.
    result = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
