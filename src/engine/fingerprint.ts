import * as crypto from "node:crypto";

/** One-shot hashing (Node 20.12+) is about twice as fast; VS Code's older Node has only createHash. */
const sha256Hex: (data: string) => string =
  typeof crypto.hash === "function" ? (data) => crypto.hash("sha256", data, "hex") : (data) => crypto.createHash("sha256").update(data).digest("hex");

/** The blanks that start each line after the first. */
const LINE_INDENTATION = /\n[ \t]+/g;

/**
 * A fingerprint must survive unrelated edits (so no line or column) and tell apart two identical
 * secrets in one file (so the occurrence index is part of it). The value enters only through a
 * hash, truncated: that hides a random key, but a guessable password can be found by trying a
 * word list against it, so a baseline is as private as the code it covers (the README says so).
 */
export function fingerprint(ruleId: string, filePath: string, value: string, occurrence: number): string {
  const normalizedPath = filePath.replace(/\\/g, "/").replace(/^\.\//, "");
  // A value over several lines (a PEM key) has the line ends of the checkout: `core.autocrlf` gives
  // Windows CRLF and Linux CI LF, and a baseline must match on both.
  const sameOnEveryCheckout = value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
  // Its lines' indentation is the code's nesting, not the value (YAML's reader drops it from a block
  // scalar): a key block moved one level deeper keeps its fingerprint. A value on one line has none
  // (it is trimmed), so its fingerprint is what it always was.
  const sameAtAnyNesting = sameOnEveryCheckout.includes("\n") ? sameOnEveryCheckout.replace(LINE_INDENTATION, "\n") : sameOnEveryCheckout;
  return sha256Hex(`${ruleId}\u0000${normalizedPath}\u0000${sameAtAnyNesting}\u0000${occurrence}`).slice(0, 32);
}

/** Fingerprints by rule id (and part), then value, then occurrence: nothing to concatenate per finding. */
export type FingerprintTable = Map<string, Map<string, string[]>>;

/**
 * Counts the occurrences of each value in one scan and gives each its fingerprint. Given the table
 * of the same document's last scan, it reuses those hashes (a re-scan after an edit hashes only
 * the values that changed) and builds this scan's table for the next.
 */
export class FingerprintAssigner {
  private readonly occurrences = new Map<string, Map<string, number>>();
  /** This scan's fingerprints, when a previous table was given: the next scan's `previous`. */
  readonly table: FingerprintTable | undefined;

  constructor(
    private readonly filePath: string,
    private readonly previous?: FingerprintTable,
  ) {
    this.table = previous ? new Map() : undefined;
  }

  /**
   * @param part where repeats are counted apart, when a file has parts (a notebook's cells, numbered;
   * undefined for the rest of the file): the occurrence is the value's number within its part.
   */
  next(ruleId: string, value: string, part?: number): string {
    // Counts and hashes are kept per rule, and per part when there are parts.
    const key = part === undefined ? ruleId : `${ruleId}\u0000${part}`;
    let counts = this.occurrences.get(key);
    if (!counts) this.occurrences.set(key, (counts = new Map<string, number>()));
    const occurrence = counts.get(value) ?? 0;
    counts.set(value, occurrence + 1);
    const known = this.previous?.get(key)?.get(value)?.[occurrence] ?? fingerprint(ruleId, this.filePath, value, occurrence);
    if (this.table) {
      let byValue = this.table.get(key);
      if (!byValue) this.table.set(key, (byValue = new Map<string, string[]>()));
      let byOccurrence = byValue.get(value);
      if (!byOccurrence) byValue.set(value, (byOccurrence = []));
      byOccurrence[occurrence] = known;
    }
    return known;
  }
}
