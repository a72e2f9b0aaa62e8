import type { Position, TextSpan } from "./types";

/**
 * Converts offsets to line/character positions with a binary search over line starts, so a file
 * with many findings costs O(lines + findings · log lines) instead of rescanning from the top.
 */
export class TextIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    if (!text.includes("\r")) {
      // The common case: native newline search, an order of magnitude faster than a character loop.
      for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.lineStarts.push(at + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) this.lineStarts.push(i + 1);
      else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  positionAt(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.lineStarts[low]! };
  }

  /** Where a zero-based line starts; undefined past the last line. */
  lineStart(line: number): number | undefined {
    return this.lineStarts[line];
  }

  span(startOffset: number, endOffset: number): TextSpan {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset), startOffset, endOffset };
  }
}
