import type { ScanInput, ScanOptions } from "../engine";
import type { DocumentScanResult } from "./document-scanners";
import type { FileScanResult } from "./scan-file-bytes";

/** A file for the scan worker: its raw bytes (copied: the pool keeps its own, for another worker if this one dies) and how to scan them. */
export interface FileScanJob {
  readonly kind: "file";
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly filePath: string;
  readonly options?: ScanOptions;
}

/** An open document's text, scanned with the worker's memory of that document (`key`, its URI). */
export interface DocumentScanJob {
  readonly kind: "document";
  readonly id: number;
  readonly key: string;
  readonly input: ScanInput;
}

/** The document closed: the worker lets go of its memory. No answer. */
export interface ForgetDocumentMessage {
  readonly kind: "forget";
  readonly key: string;
}

export type ScanWorkerMessage = FileScanJob | DocumentScanJob | ForgetDocumentMessage;

export type ScanJobResult =
  | ({ readonly id: number } & FileScanResult)
  | { readonly id: number; readonly document: DocumentScanResult }
  | { readonly id: number; readonly error: string };
