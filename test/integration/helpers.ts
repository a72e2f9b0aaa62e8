import * as path from "node:path";
import * as vscode from "vscode";

export const EXTENSION_ID = "secret-hygiene.secret-hygiene";

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error("the integration tests need the fixture workspace open");
  return vscode.Uri.file(path.join(folder.uri.fsPath, relative));
}

/**
 * Polls until `read` returns a value `done` accepts; diagnostics arrive asynchronously. On a
 * timeout the error says what was read last, by shape only (a count, a type): values read from
 * documents may hold the fixtures' fake secrets, and test output must not.
 */
export async function waitFor<T>(read: () => T, done: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last read: ${shapeOf(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} item(s)`;
  return value === null ? "null" : typeof value;
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === "secret-hygiene");
}

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  await extension.activate();
}

/**
 * A Jupyter notebook file (nbformat 4, Python) as Jupyter writes it, one code cell per source:
 * what VS Code's notebook editor opens from disk.
 */
export function pythonNotebookFile(...cellSources: string[]): Uint8Array {
  const cells = cellSources.map((source) => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: source.split(/(?<=\n)/) }));
  const notebook = { cells, metadata: { language_info: { name: "python" } }, nbformat: 4, nbformat_minor: 5 };
  return new TextEncoder().encode(JSON.stringify(notebook, null, 1));
}

/** Records the messages reported to each progress whose title matches `title`, until `restore`. */
export function recordProgressMessages(title: RegExp): { messages: string[]; restore: () => void } {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window.withProgress as typeof vscode.window.withProgress;
  const messages: string[] = [];
  window.withProgress = (options: vscode.ProgressOptions, task: (progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken) => Thenable<unknown>) => {
    if (!title.test(options.title ?? "")) return original.call(vscode.window, options, task);
    return original.call(vscode.window, options, (reporter, token) =>
      task(
        {
          report: (value) => {
            if (value.message !== undefined) messages.push(value.message);
            reporter.report(value);
          },
        },
        token,
      ),
    );
  };
  return { messages, restore: () => (window.withProgress = original) };
}

/**
 * Makes the progress notification whose title matches `title` cancel itself, as a user pressing
 * its Cancel would, once `ready()` holds (polled); every other notification is the real one.
 * Returns the options of every notification shown, and a function that puts withProgress back.
 */
export function cancelProgressWhen(title: RegExp, ready: () => Promise<boolean>): { shown: vscode.ProgressOptions[]; restore: () => void } {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window.withProgress as typeof vscode.window.withProgress;
  const shown: vscode.ProgressOptions[] = [];
  window.withProgress = (options: vscode.ProgressOptions, task: (progress: unknown, token: vscode.CancellationToken) => Thenable<unknown>) => {
    shown.push(options);
    if (!title.test(options.title ?? "")) return original.call(vscode.window, options, task);
    return original.call(vscode.window, options, (reporter, token) => {
      const cancel = new vscode.CancellationTokenSource();
      token.onCancellationRequested(() => cancel.cancel());
      void (async () => {
        while (!cancel.token.isCancellationRequested) {
          if (await ready().catch(() => false)) cancel.cancel();
          else await new Promise((resolve) => setTimeout(resolve, 25));
        }
      })();
      return task(reporter, cancel.token);
    });
  };
  return { shown, restore: () => (window.withProgress = original) };
}
