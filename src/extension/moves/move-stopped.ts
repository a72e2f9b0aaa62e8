// How a move ends early, and how it takes back what it wrote: shared by the Key Vault and App
// Configuration steps. No VS Code API here, so the steps built on it can be unit-tested.
import type * as vscode from "vscode";
import { describeFailure } from "../failure";

/**
 * A failure or a cancel with a message for the user; the outcome says which. `cause` keeps the
 * Azure error it words (never a value: AzureError holds none), for a caller that decides by its
 * kind, as Move all does whether a vault can take any more writes.
 */
export class MoveStopped extends Error {
  constructor(
    readonly outcome: "cancelled" | "failed",
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The Azure error behind a failure, whether it came as it is or worded in a MoveStopped. */
export function azureCauseOf(error: unknown): unknown {
  return error instanceof MoveStopped ? error.cause : error;
}

/**
 * What a move says when the user stopped it before anything reached a vault (an input box or a
 * dialog dismissed). Any other cancelled move is reported: a cancel during or after a write says
 * what the vault holds now (taken back, deleted again, or unknown).
 */
export const CANCELLED_BEFORE_STORING = "Cancelled; nothing was stored.";
export const NOTHING_STORED = "Nothing was stored.";
export const ALREADY_MOVING = "This secret is being moved already.";
/** A move refused because another one runs in the same file (see asMoveAllIn): said, since the user may not know of the other. */
export function moveRunningIn(file: string): string {
  return `A move is already running in ${file}: wait for it to finish.`;
}
const PLAIN_CANCELS = new Set([CANCELLED_BEFORE_STORING, NOTHING_STORED, ALREADY_MOVING]);

export function isPlainCancel(message: string): boolean {
  return PLAIN_CANCELS.has(message);
}

/** MoveStopped messages are ours; everything else as describeFailure words it (and logs its kind to `log`). */
export function describeError(error: unknown, log?: vscode.LogOutputChannel, where?: string): string {
  return error instanceof MoveStopped ? error.message : describeFailure(error, log, where);
}

/** Takes back one change a move made; resolves to a sentence for the user (with a leading space). */
export type Undo = () => Promise<string>;

/** Where undo failures are logged: the extension's log channel, or a test's recorder. */
export type UndoLog = Pick<vscode.LogOutputChannel, "warn">;

/** Runs undos newest first, one after the other (each restores what the one before it changed), and says what happened. */
export async function runUndos(undos: readonly Undo[], log: UndoLog): Promise<string> {
  let said = "";
  for (const undo of [...undos].reverse()) said += await runUndo(undo, log);
  return said;
}

/**
 * Runs an undo and says what happened, including when the undo itself failed.
 * @param leftBehind what the user should look at when the undo fails (`'db-password' in kv-shop-dev`),
 *   where the error alone does not name it: a name the quick fix chose is one the user never typed.
 */
export async function runUndo(undo: Undo, log: UndoLog, leftBehind?: string): Promise<string> {
  try {
    return await undo();
  } catch (error) {
    log.warn(`Undo failed: ${describeError(error)}`);
    // The error names the vault or App Configuration store.
    return ` Undoing the change failed (${describeError(error)}): check ${leftBehind ?? "what it holds now"}.`;
  }
}
