// Runs in a worker thread (bundled to dist/scan-worker.js): decodes and scans files for the
// workspace scan, and scans large open documents as they are edited, so neither blocks the
// extension host's main thread. Only the engine is loaded here; no `vscode`.
import { parentPort } from "node:worker_threads";
import { DocumentScanners } from "./document-scanners";
import { scanFileBytes } from "./scan-file-bytes";
import type { ScanJobResult, ScanWorkerMessage } from "./scan-worker-protocol";

const documents = new DocumentScanners();

parentPort?.on("message", (message: ScanWorkerMessage) => {
  if (message.kind === "forget") {
    documents.forget(message.key);
    return;
  }
  let result: ScanJobResult;
  try {
    result =
      message.kind === "document"
        ? { id: message.id, document: documents.scan(message.key, message.input) }
        : { id: message.id, ...scanFileBytes(message.bytes, message.filePath, message.options) };
  } catch (error) {
    // The message only: an engine error never quotes the scanned text.
    result = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
