/**
 * Move All plans every secret of a file against the text as scanned, then applies all the plans'
 * edits at once. Two plans may add the same thing: an `import os` both need, or, in Terraform, the
 * `data "azurerm_key_vault_secret"` block for a secret two arguments read (each plan puts it after
 * its own block, so the two inserts sit at different offsets). Either is added once. And in Go,
 * two lines of one `const ( … )` block that each leave it as a var (go-const-block.ts) would leave
 * an empty `const ( )` between them: the halves that open and close it go.
 */
import { closedBlockBefore, reopenedBlock } from "./go-const-block";
import type { TextEdit } from "./types";

/** The label of the Terraform data source an edit declares, if it inserts one. */
function declaredDataSource(edit: TextEdit): string | undefined {
  if (edit.start !== edit.end) return undefined;
  return /^\s*data "azurerm_key_vault_secret" "([A-Za-z_][\w-]*)" \{/.exec(edit.newText)?.[1];
}

/**
 * Adds `edits` (one plan's) to `taken` unless they overlap edits already taken, and returns
 * whether it did. Identical edits count once; a data block declared again with the same text is
 * left out (the references to it read the one already added), and with other text under the same
 * label is a conflict, as an overlap is.
 */
export function mergePlanEdits(taken: TextEdit[], edits: readonly TextEdit[]): boolean {
  const fresh: TextEdit[] = [];
  for (const edit of edits) {
    if (taken.some((other) => other.start === edit.start && other.end === edit.end && other.newText === edit.newText)) continue;
    const label = declaredDataSource(edit);
    if (label !== undefined) {
      const same = taken.find((other) => declaredDataSource(other) === label);
      if (same && same.newText.trim() === edit.newText.trim()) continue;
      if (same) return false;
    }
    fresh.push(edit);
  }
  const overlaps = fresh.some((edit) => taken.some((other) => edit.start < other.end && other.start < edit.end && !(edit.start === edit.end && other.start === other.end && edit.start === other.start)));
  if (overlaps) return false;
  taken.push(...fresh);
  withoutEmptyGoConstBlocks(taken);
  return true;
}

/**
 * A Go const block's line moved out opens the block again after it (an insert of `const (`); the
 * next line moved out closes it before itself (a replacement that starts with `)`). At one offset
 * the two would make an empty block: the insert goes, and the replacement keeps only the blank line
 * that parts the two vars.
 */
function withoutEmptyGoConstBlocks(taken: TextEdit[]): void {
  for (let index = taken.length - 1; index >= 0; index--) {
    const reopening = taken[index]!;
    const lineBreak = ["\n", "\r\n"].find((candidate) => reopening.newText === reopenedBlock(candidate));
    if (reopening.start !== reopening.end || lineBreak === undefined) continue;
    const closing = taken.findIndex((other) => other.start === reopening.start && other.end > other.start && other.newText.startsWith(closedBlockBefore(lineBreak)));
    if (closing === -1) continue;
    const edit = taken[closing]!;
    taken[closing] = { ...edit, newText: lineBreak + edit.newText.slice(closedBlockBefore(lineBreak).length) };
    taken.splice(index, 1);
  }
}
