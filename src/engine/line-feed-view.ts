import { countBelow } from "./sorted-offsets";

/**
 * A text with Windows line breaks (`\r\n`), read with `\n` alone. The rules are written against
 * `\n`: a line's pattern anchored at its end, a neighbour's line read up to its `\n`, would see the
 * `\r` as the line's last character, miss what they match in the same file checked out with LF
 * (as Git for Windows does by default), and report a value with the `\r` in it. Scanning the view
 * and mapping offsets back keeps every rule free of that care, and a finding the same on both.
 * (A lone `\r`, an old Mac line break, is left as it is: the text index counts it as a break.)
 */
export interface LineFeedView {
  /** The text with each `\r\n` replaced by `\n`; the text itself when it has none. */
  readonly content: string;
  /** An offset in the view, as an offset in the original text. */
  toRaw(offset: number): number;
}

export function lineFeedView(raw: string): LineFeedView {
  if (!raw.includes("\r\n")) return { content: raw, toRaw: (offset) => offset };
  let breaks: number[] | undefined;
  return {
    content: raw.replaceAll("\r\n", "\n"),
    toRaw(offset) {
      // Where each `\n` that had a `\r` before it sits in the view: the k-th at raw `\r` offset − k.
      // Built on the first finding's mapping only: most scans of a document find nothing.
      breaks ??= crlfNewlinesInView(raw);
      return offset + countBelow(breaks, offset);
    },
  };
}

function crlfNewlinesInView(raw: string): number[] {
  const breaks: number[] = [];
  for (let at = raw.indexOf("\r\n"); at !== -1; at = raw.indexOf("\r\n", at + 2)) breaks.push(at - breaks.length);
  return breaks;
}
