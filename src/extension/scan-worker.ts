// Runs in a worker thread (bundled to dist/scan-worker.js): decodes and scans files for the
// workspace scan, so thousands of files never block the extension host's main thread. Only the
// engine is loaded here; no `vscode`.
import { parentPort } from "node:worker_threads";
import { decodeFileContent, scanText } from "../engine";
import type { ScanJob, ScanJobResult } from "./scan-worker-protocol";

parentPort?.on("message", (job: ScanJob) => {
  let result: ScanJobResult;
  try {
    const decoded = decodeFileContent(job.bytes);
    result =
      "skipReason" in decoded
        ? { id: job.id, skipReason: decoded.skipReason }
        : { id: job.id, findings: scanText({ content: decoded.text, filePath: job.filePath, ...(job.options ? { options: job.options } : {}) }) };
  } catch (error) {
    // The message only: an engine error never quotes the scanned text.
    result = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
