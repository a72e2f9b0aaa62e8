/**
 * A value the editor could not decode. VS Code opens a file as UTF-8 unless told otherwise, so a
 * Latin-1 or Windows-1252 file (Java .properties, which Properties.load reads as ISO-8859-1; older
 * Windows .config and .ps1 files) shows each non-ASCII byte as U+FFFD. Stored, the vault would hold
 * a value that is not the real one, its read-back check would pass (it compares with the same
 * wrong text), and the file would lose the real one.
 */
import { FixPlanError } from "./errors";
import type { Span } from "./replacement-common";

/** What the editor shows for bytes that are not valid UTF-8. */
const REPLACEMENT_CHARACTER = "\uFFFD";

/** Throws FixPlanError when the text the move would store (`span` of `text`) holds an undecodable character. */
export function refuseMisdecoded(text: string, span: Span): void {
  // The text as written, not the decoded value: an escape (`"\uFFFD"`) is the character the program means.
  if (!text.slice(span.start, span.end).includes(REPLACEMENT_CHARACTER)) return;
  throw new FixPlanError(
    "brokenFile",
    "The value holds characters the editor could not decode (U+FFFD), so the file is probably not UTF-8 and the value read here is not the real one: reopen the file with its real encoding (Reopen with Encoding), then move it.",
  );
}
