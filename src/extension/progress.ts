// A cancellable progress notification whose Cancel button aborts the Azure calls inside it: the
// one shape every long operation here takes (moves, listings, checks, reads of secrets).
import * as vscode from "vscode";

export type ProgressReporter = vscode.Progress<{ message?: string; increment?: number }>;

export function withCancellableProgress<T>(title: string, run: (signal: AbortSignal, progress: ProgressReporter) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    const listener = token.onCancellationRequested(() => abort.abort());
    try {
      return await run(abort.signal, progress);
    } finally {
      listener.dispose();
    }
  });
}
