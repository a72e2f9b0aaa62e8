/**
 * Turns file bytes into text the engine can scan, or says why it cannot. Binary files are skipped
 * rather than scanned as garbage; UTF-16 files (common for Windows-made .config and .ps1) are
 * decoded by their byte-order mark or, without one, by their pattern of zero bytes; UTF-32 by its mark.
 */
export type Decoded = { readonly text: string } | { readonly skipReason: string };

const SNIFF_BYTES = 8000;

/**
 * A configuration or baseline file's text, decoded as scanned files are: without the byte-order
 * mark Windows editors save (JSON.parse takes it for a stray character), UTF-16 too (Windows
 * PowerShell 5's `>` writes it). Undefined for a binary file. The CLI and the editor both read
 * `.secrethygiene.json` and baselines so.
 */
export function policyFileText(bytes: Uint8Array): string | undefined {
  const decoded = decodeFileContent(bytes);
  return "text" in decoded ? decoded.text : undefined;
}

export function decodeFileContent(bytes: Uint8Array): Decoded {
  // UTF-32's marks first: UTF-32LE's starts with UTF-16LE's.
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return decodeUtf32(bytes.subarray(4), true);
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return decodeUtf32(bytes.subarray(4), false);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  }
  const sniffed = bytes.subarray(0, SNIFF_BYTES);
  if (sniffed.includes(0)) {
    const utf16 = unmarkedUtf16(sniffed);
    return utf16 ? { text: new TextDecoder(utf16).decode(bytes) } : { skipReason: "binary file" };
  }
  if (isControlHeavy(sniffed)) return { skipReason: "binary file" };
  // A non-fatal decoder keeps offsets meaningful for the valid parts of a mis-encoded file.
  return { text: new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes) };
}

/**
 * Binary data with no zero byte in its first bytes (compressed audio such as G.722, packed images,
 * disk images): control characters are one byte in ten of random data, and text has next to none.
 * (Tab, line feed, vertical tab, form feed, carriage return and escape are text's own; backspace too,
 * which a formatted manual page overstrikes with. One in 32 leaves text with a stray control well clear.)
 */
function isControlHeavy(sniffed: Uint8Array): boolean {
  let controls = 0;
  const kinds = new Set<number>();
  for (const byte of sniffed) {
    if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f) {
      controls++;
      kinds.add(byte);
    }
  }
  // (Text that separates its fields with one control, a FIX log's SOH or a unit separator, holds
  // one or two kinds; binary data holds most of the 26.)
  return controls >= MIN_BINARY_CONTROLS && controls * 32 >= sniffed.length && kinds.size >= MIN_BINARY_CONTROL_KINDS;
}
/** C0 controls that text holds: backspace, tab, line feed, vertical tab, form feed, carriage return, escape. */
const TEXT_CONTROLS = new Set([0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);
/** Fewer controls than this in a short file are a few stray bytes, not binary data. */
const MIN_BINARY_CONTROLS = 16;
/** Fewer kinds of control than this are a format's separators (see isControlHeavy). */
const MIN_BINARY_CONTROL_KINDS = 4;

/**
 * UTF-16 without a byte-order mark, as some Windows tools write it (VS Code opens it as text): in
 * text that is mostly ASCII, every other byte is zero, on one side only. Binary files have zeros
 * scattered on both sides.
 */
function unmarkedUtf16(sniffed: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = sniffed.length >> 1;
  if (pairs < 8) return undefined;
  let zeroLow = 0;
  let zeroHigh = 0;
  for (let i = 0; i + 1 < sniffed.length; i += 2) {
    if (sniffed[i] === 0) zeroLow++;
    if (sniffed[i + 1] === 0) zeroHigh++;
  }
  if (zeroHigh >= pairs * 0.9 && zeroLow <= pairs * 0.05) return "utf-16le";
  if (zeroLow >= pairs * 0.9 && zeroHigh <= pairs * 0.05) return "utf-16be";
  return undefined;
}

/** UTF-32, which TextDecoder does not know. A value that is no code point reads as U+FFFD, as other decoders do. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let at = 0; at + 3 < bytes.length; at += 4) {
    const code = view.getUint32(at, littleEndian);
    chunk.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return { text: parts.join("") };
}
