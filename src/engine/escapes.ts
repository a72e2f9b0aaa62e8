/** A `\uXXXX` escape, or a run of `\xNN` escapes (a byte string's, often UTF-8's bytes of one character). */
const CHARACTER_ESCAPE = /\\u([0-9A-Fa-f]{4})|(?:\\x[0-9A-Fa-f]{2})+/g;
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A string literal's character escapes, as a program reads them: `\u00FC` is `ü`, and a run of
 * `\xNN` (a byte string's) is the UTF-8 text it encodes, `\xc3\xbc` `ü` too. A run that is not
 * UTF-8 stays as written, as does anything else.
 */
export function decodeEscapes(value: string): string {
  if (!value.includes("\\")) return value;
  return value.replace(CHARACTER_ESCAPE, (escape, codeUnit: string | undefined) => {
    if (codeUnit !== undefined) return String.fromCharCode(parseInt(codeUnit, 16));
    const bytes = Uint8Array.from(escape.split("\\x").slice(1), (hex) => parseInt(hex, 16));
    try {
      return UTF8.decode(bytes);
    } catch {
      return escape;
    }
  });
}
