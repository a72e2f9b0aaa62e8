import * as vscode from "vscode";

/**
 * The extension's log (Output → Secret Hygiene). Callers pass only redacted previews; the log
 * level is the user's choice through VS Code's "Set Log Level" command.
 */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel("Secret Hygiene", { log: true });
}
