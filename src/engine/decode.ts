/**
 * Turns file bytes into text the engine can scan, or says why it cannot. Binary files are skipped
 * rather than scanned as garbage; UTF-16 files (common for Windows-made .config and .ps1) are
 * decoded by their byte-order mark.
 */
export type Decoded = { readonly text: string } | { readonly skipReason: string };

const SNIFF_BYTES = 8000;

export function decodeFileContent(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  }
  const sniffed = bytes.subarray(0, SNIFF_BYTES);
  if (sniffed.includes(0)) return { skipReason: "binary file" };
  // A non-fatal decoder keeps offsets meaningful for the valid parts of a mis-encoded file.
  return { text: new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes) };
}
