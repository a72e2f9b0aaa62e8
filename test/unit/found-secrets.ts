import { scanText, type ScanOptions } from "../../src/engine";

/** The values of the secret findings in `content` (read as the file `filePath`), as its text spells them, in order. */
export function secretValuesIn(content: string, filePath: string, options?: ScanOptions): string[] {
  return scanText({ content, filePath, ...(options ? { options } : {}) })
    .filter((finding) => finding.kind === "secret")
    .map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));
}
