// What the workspace scan does with one file's bytes, on a worker thread or (without workers) on
// the main one: the same function in both places. No `vscode` here: the worker loads the engine only.
import { decodeFileContent, scanText, unknownIgnoredRules } from "../engine";
import type { Finding, ScanOptions, UnknownIgnoredRule } from "../engine";

export type FileScanResult = { readonly findings: Finding[]; readonly unknownIgnoredRules: UnknownIgnoredRule[] } | { readonly skipReason: string };

/** Decodes the bytes (binary and unknown encodings are skipped) and scans the text. */
export function scanFileBytes(bytes: Uint8Array, filePath: string, options: ScanOptions | undefined): FileScanResult {
  const decoded = decodeFileContent(bytes);
  if ("skipReason" in decoded) return { skipReason: decoded.skipReason };
  return {
    findings: scanText({ content: decoded.text, filePath, ...(options ? { options } : {}) }),
    unknownIgnoredRules: unknownIgnoredRules(decoded.text, options, filePath),
  };
}
