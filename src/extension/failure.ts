// One way to put a failure in front of the user: AzureError messages as they are (they name vaults,
// secrets, roles and status codes, never values), anything else only by its kind, because its
// message could hold request data. The kind also goes to the log, so "see Show Log" finds it, with
// the stack's frames (where it happened: functions and files, no data) but not its message.
import type * as vscode from "vscode";
import { isAzureError } from "../azure";
import { FixPlanError } from "../fixes";

export function describeFailure(error: unknown, log?: vscode.LogOutputChannel, where = "Secret Hygiene"): string {
  if (isAzureError(error) || error instanceof FixPlanError) return error.message;
  const kind = error instanceof Error ? error.name : typeof error;
  if (log) {
    const frames = stackFrames(error);
    log.error(`${where}: unexpected ${kind} (its message is not logged: it could hold request data)${frames.length ? `\n${frames.join("\n")}` : ""}`);
  }
  return `Unexpected ${kind}${log ? "; see Secret Hygiene: Show Log" : ""}.`;
}

/**
 * The `at …` lines of an error's stack. The stack begins with the name and the message, which may
 * run over several lines (a RestError's can quote a response body): that beginning is cut off
 * whole when the stack starts with it, and of the rest only lines that are frames are kept.
 */
export function stackFrames(error: unknown): string[] {
  if (!(error instanceof Error) || typeof error.stack !== "string") return [];
  let stack = error.stack;
  const header = error.message ? `${error.name}: ${error.message}` : error.name;
  if (stack.startsWith(header)) stack = stack.slice(header.length);
  else if (error.message && stack.includes(error.message)) stack = stack.slice(stack.lastIndexOf(error.message) + error.message.length);
  return stack.split("\n").filter((line) => /^\s+at \S/.test(line)).map((line) => line.trimEnd());
}
