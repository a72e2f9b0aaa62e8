// A move's edits go only to the text they were planned on. The document may change while the
// value is stored, or be closed: a tab closed, a file renamed, or a document an extension opened
// without showing it (VS Code closes those past 50 of them, or after a few minutes). A closed
// document is opened again and its text compared, so a move is not taken back for nothing.
import * as vscode from "vscode";
import type { TextEdit } from "../../fixes";
import { openDocumentOf } from "../open-documents";
import { describeError, MoveStopped, runUndos, type Undo } from "./move-stopped";
import type { PreparedDocument } from "./prepare";

/** What a plan was made on: the document, its version then, and its text then. */
export type PlannedOn = Pick<PreparedDocument, "document" | "version" | "text">;

/**
 * The document to edit for a plan: the planned one while it is open; once VS Code closed it, the
 * file as open now, opened again if need be (what it holds now: a pull or another editor may have
 * changed it). Undefined when it cannot be opened: renamed or deleted.
 */
export async function reopenIfClosed({ document }: PlannedOn): Promise<vscode.TextDocument | undefined> {
  if (!document.isClosed) return document;
  return (
    openDocumentOf(document.uri) ??
    (await vscode.workspace.openTextDocument(document.uri).then(
      (opened) => opened,
      () => undefined,
    ))
  );
}

/**
 * Whether a file is as its plan found it: its document at the same version, or, when that
 * document was closed, the same text in the file as open now (`reopened`, from reopenIfClosed: a
 * closed document keeps the text it had, whatever happened to the file since). Synchronous: no
 * await may come between it and the edit, or a change made meanwhile would be missed.
 */
export function isAsPlanned(planned: PlannedOn, reopened: vscode.TextDocument | undefined): boolean {
  if (!planned.document.isClosed) return planned.document.version === planned.version;
  // (A reopened document may be closed again by the time this runs, past 50 of them: it keeps the
  // text it was opened with, read from the disk a moment ago.)
  const now = openDocumentOf(planned.document.uri) ?? reopened;
  return now !== undefined && now.getText() === planned.text;
}

/** Adds a plan's offset-based edits of `document` to `edit`. */
export function addPlannedEdits(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, edits: readonly TextEdit[], metadata?: vscode.WorkspaceEditEntryMetadata): void {
  for (const change of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText, metadata);
}

/**
 * Applies planned edits to the document only if it is still what the plans were made on (a
 * closed document: its file, opened again, holds the same text); otherwise, or if VS Code refuses
 * the edit, undoes `undos` (newest first) and throws, saying which happened. A file opened again
 * for the edit is saved: nobody has an editor on it to save it from, and the value would stay on
 * the disk.
 */
export async function applyOrUndo(planned: PlannedOn, edits: readonly TextEdit[], undos: readonly Undo[], log: vscode.LogOutputChannel): Promise<void> {
  const undoAll = () => runUndos(undos, log);
  const reopened = await reopenIfClosed(planned);
  // (No await from here to the edit: a change made now would be missed.)
  if (!isAsPlanned(planned, reopened)) {
    const why = !planned.document.isClosed
      ? "The file changed while the value was being stored. The file is unchanged."
      : reopened === undefined
        ? "The file was closed or renamed during the move, so it was not edited."
        : "The file was closed during the move and its text changed meanwhile, so it was not edited.";
    throw new MoveStopped("failed", `${why}${await undoAll()}`);
  }
  const target = reopened!;
  const saveAfter = planned.document.isClosed && !target.isDirty;
  let applied: boolean;
  try {
    const edit = new vscode.WorkspaceEdit();
    addPlannedEdits(edit, target, edits);
    applied = await vscode.workspace.applyEdit(edit);
  } catch (error) {
    // (Thrown rather than refused: what was stored is taken back all the same.)
    throw new MoveStopped("failed", `The edit was not applied: ${describeError(error, log)} The file is unchanged.${await undoAll()}`);
  }
  if (!applied) throw new MoveStopped("failed", `The edit was not applied. The file is unchanged.${await undoAll()}`);
  if (saveAfter && !(await target.save().then((saved) => saved, () => false))) log.warn(`${target.uri.toString()} was edited after its editor was closed, but could not be saved: save it.`);
}
