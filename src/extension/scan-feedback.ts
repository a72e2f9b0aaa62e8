// What "Scan Current File" says when it is done, in the status bar: how many secrets, or why the
// file was not scanned. No VS Code API, so the wording is unit-tested.
import type { FileState } from "./diagnostics-controller";

export interface ScanOutcome {
  /** Whether we scan this kind of editor at all (not a diff's old side, not an output pane). */
  readonly scannable: boolean;
  /** secretHygiene.enable for the file. */
  readonly enabled: boolean;
  /** The scan's result, as the status bar item reads it. */
  readonly state: FileState | undefined;
}

export function scanFeedback({ scannable, enabled, state }: ScanOutcome): string {
  if (!scannable) return "$(shield) Not scanned: this editor shows a copy (a diff, git or output view).";
  if (!enabled) return "$(shield) Not scanned: scanning is off for this file (secretHygiene.enable).";
  if (state?.kind === "skipped") return `$(shield) Not scanned: ${state.reason}.`;
  const count = state?.count ?? 0;
  return count === 0 ? "$(shield) Scanned: no hardcoded secrets in this file." : `$(shield) Scanned: ${count} hardcoded ${count === 1 ? "secret" : "secrets"} in this file.`;
}
