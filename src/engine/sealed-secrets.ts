import type { OffsetSpan } from "./types";

/**
 * Bitnami SealedSecret manifests: the values under `encryptedData:` are encrypted with the
 * cluster's public key and made to be committed; only the controller in the cluster can open them.
 * A secret's name beside such a value (`password: AgB…`) is no evidence of a secret in the clear.
 */
const ENCRYPTED_DATA = /^([ \t]*)encryptedData:[ \t]*$/gm;

/** The `encryptedData:` blocks of a text that holds a SealedSecret; none otherwise. */
export function encryptedDataRegions(content: string): OffsetSpan[] {
  if (!content.includes("SealedSecret") || !content.includes("encryptedData")) return [];
  const regions: OffsetSpan[] = [];
  for (const match of content.matchAll(ENCRYPTED_DATA)) {
    const indent = match[1]!.length;
    const start = match.index + match[0].length;
    // The block ends at the first line that is not blank and not indented deeper.
    let end = start;
    for (let lineStart = content.indexOf("\n", start) + 1; lineStart > 0 && lineStart < content.length; ) {
      const lineEnd = content.indexOf("\n", lineStart);
      const line = content.slice(lineStart, lineEnd === -1 ? content.length : lineEnd);
      const deeper = /^[ \t]*/.exec(line)![0].length > indent;
      if (line.trim() !== "" && !deeper) break;
      end = lineEnd === -1 ? content.length : lineEnd;
      if (lineEnd === -1) break;
      lineStart = lineEnd + 1;
    }
    regions.push({ start, end });
  }
  return regions;
}
