import { countBelow } from "./sorted-offsets";

/**
 * A text read with `\n` alone as its line break. The rules are written against `\n`: a line's
 * pattern anchored at its end, a neighbour's line read up to its `\n`, would see a Windows file's
 * `\r` as the line's last character, miss what they match in the same file checked out with LF (as
 * Git for Windows does by default), and report a value with the `\r` in it; an old Mac file, whose
 * lines end in a `\r` alone, would read to them as one line. Scanning the view and mapping offsets
 * back keeps every rule free of that care, and a finding the same whatever the line breaks.
 */
export interface LineFeedView {
  /** The text with each `\r\n`, and each `\r` alone, replaced by `\n`; the text itself when it has no `\r`. */
  readonly content: string;
  /** An offset in the view, as an offset in the original text. */
  toRaw(offset: number): number;
}

export function lineFeedView(raw: string): LineFeedView {
  if (!raw.includes("\r")) return { content: raw, toRaw: (offset) => offset };
  const withoutPairs = raw.replaceAll("\r\n", "\n");
  // (A `\r` alone becomes a `\n` in its place: one character for one, so offsets need no mapping.)
  const content = withoutPairs.includes("\r") ? withoutPairs.replaceAll("\r", "\n") : withoutPairs;
  if (withoutPairs.length === raw.length) return { content, toRaw: (offset) => offset };
  let breaks: number[] | undefined;
  return {
    content,
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
