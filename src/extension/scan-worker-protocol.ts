import type { ScanOptions } from "../engine";
import type { FileScanResult } from "./scan-file-bytes";

/** A file for the scan worker: its raw bytes (copied: the pool keeps its own, for another worker if this one dies) and how to scan them. */
export interface ScanJob {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly filePath: string;
  readonly options?: ScanOptions;
}

export type ScanJobResult = ({ readonly id: number } & FileScanResult) | { readonly id: number; readonly error: string };
