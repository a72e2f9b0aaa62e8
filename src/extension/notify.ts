// A message with the buttons that fix what it names (remedies.ts): picking one runs its command,
// so "You are not signed in" comes with Sign In, not with a hunt through the menus.
import * as vscode from "vscode";
import { remediesFor, type Remedy } from "./remedies";

export type MessageSeverity = "error" | "warning" | "information";

/** A button of the message's own, beside its remedies (Store in the Other Environments' Vaults Too). */
export interface MessageAction {
  readonly title: string;
  readonly run: () => Promise<void>;
}

/** Shows `Secret Hygiene: <message>` with `actions` and `remedies` (default: those the message itself calls for, such as Show Log). */
export async function showWithRemedies(severity: MessageSeverity, message: string, remedies: readonly Remedy[] = remediesFor(message), actions: readonly MessageAction[] = []): Promise<void> {
  const text = `Secret Hygiene: ${message}`;
  const buttons = [...actions.map((action) => action.title), ...remedies.map((remedy) => remedy.title)];
  // (Looked up at each call, not kept: tests replace these functions.)
  const picked =
    severity === "error"
      ? await vscode.window.showErrorMessage(text, ...buttons)
      : severity === "warning"
        ? await vscode.window.showWarningMessage(text, ...buttons)
        : await vscode.window.showInformationMessage(text, ...buttons);
  const action = actions.find((candidate) => candidate.title === picked);
  if (action) await action.run();
  const remedy = remedies.find((candidate) => candidate.title === picked);
  if (remedy) await vscode.commands.executeCommand(remedy.command);
}

export function showErrorWithRemedies(message: string, remedies?: readonly Remedy[]): Promise<void> {
  return showWithRemedies("error", message, remedies);
}
