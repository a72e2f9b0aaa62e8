// A message with the buttons that fix what it names (remedies.ts): picking one runs its command,
// so "You are not signed in" comes with Sign In, not with a hunt through the menus.
import * as vscode from "vscode";
import { remediesFor, type Remedy } from "./remedies";

export type MessageSeverity = "error" | "warning" | "information";

/** Shows `Secret Hygiene: <message>` with `remedies` (default: those the message itself calls for, such as Show Log). */
export async function showWithRemedies(severity: MessageSeverity, message: string, remedies: readonly Remedy[] = remediesFor(message)): Promise<void> {
  const text = `Secret Hygiene: ${message}`;
  const buttons = remedies.map((remedy) => remedy.title);
  // (Looked up at each call, not kept: tests replace these functions.)
  const picked =
    severity === "error"
      ? await vscode.window.showErrorMessage(text, ...buttons)
      : severity === "warning"
        ? await vscode.window.showWarningMessage(text, ...buttons)
        : await vscode.window.showInformationMessage(text, ...buttons);
  const remedy = remedies.find((candidate) => candidate.title === picked);
  if (remedy) await vscode.commands.executeCommand(remedy.command);
}

export function showErrorWithRemedies(message: string, remedies?: readonly Remedy[]): Promise<void> {
  return showWithRemedies("error", message, remedies);
}
