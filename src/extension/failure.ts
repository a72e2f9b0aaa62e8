// One way to put a failure in front of the user: AzureError messages as they are (they name vaults,
// secrets, roles and status codes, never values), anything else only by its kind, because its
// message could hold request data. The kind also goes to the log, so "see Show Log" finds it.
import type * as vscode from "vscode";
import { isAzureError } from "../azure";
import { FixPlanError } from "../fixes";

export function describeFailure(error: unknown, log?: vscode.LogOutputChannel, where = "Secret Hygiene"): string {
  if (isAzureError(error) || error instanceof FixPlanError) return error.message;
  const kind = error instanceof Error ? error.name : typeof error;
  log?.error(`${where}: unexpected ${kind} (its message is not logged: it could hold request data)`);
  return `Unexpected ${kind}${log ? "; see Secret Hygiene: Show Log" : ""}.`;
}
