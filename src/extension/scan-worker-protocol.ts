import type { Finding, ScanOptions } from "../engine";

/** A file for the scan worker: its raw bytes (transferred, not copied) and how to scan them. */
export interface ScanJob {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly filePath: string;
  readonly options?: ScanOptions;
}

export type ScanJobResult =
  | { readonly id: number; readonly findings: Finding[] }
  | { readonly id: number; readonly skipReason: string }
  | { readonly id: number; readonly error: string };
