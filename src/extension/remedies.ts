// The buttons an error message offers: each one the command that fixes what the message names
// (signing in, mapping a vault, trusting the workspace, reading the log). No VS Code API here, so
// which failure gets which button is unit-tested; notify.ts shows them.
import { isAzureError } from "../azure";
import { CommandId } from "./contributions";

export interface Remedy {
  /** The button's text. */
  readonly title: string;
  readonly command: string;
}

export const Remedies = {
  signIn: { title: "Sign In", command: CommandId.signIn },
  configureVaults: { title: "Configure Vaults…", command: CommandId.configureVaults },
  /** VS Code's own Workspace Trust editor. */
  manageWorkspaceTrust: { title: "Manage Workspace Trust", command: "workbench.trust.manage" },
  showLog: { title: "Show Log", command: CommandId.showLog },
} as const satisfies Record<string, Remedy>;

/** Signed out, or the sign-in expired: only signing in helps, not trying again. */
export function needsSignIn(error: unknown): boolean {
  return isAzureError(error, "signedOut") || isAzureError(error, "expiredSignIn");
}

/**
 * A message that sends the user to the log ("see Secret Hygiene: Show Log", "(3 left: see Show
 * Log)") gets the button that opens it.
 */
export function pointsToLog(message: string): boolean {
  return /\bShow Log\b/.test(message);
}

/**
 * The buttons for a failure: `known` first (what the caller knows helps, such as Configure
 * Vaults… for a file without a vault), then Sign In when the error is a sign-in's, then Show Log
 * when the message points to it. Each once.
 */
export function remediesFor(message: string, error?: unknown, known: readonly Remedy[] = []): Remedy[] {
  const remedies = [...known];
  if (needsSignIn(error)) remedies.push(Remedies.signIn);
  if (pointsToLog(message)) remedies.push(Remedies.showLog);
  return remedies.filter((remedy, index) => remedies.findIndex((other) => other.command === remedy.command) === index);
}

/** The buttons for a failed result that may name its own remedy (a move's). */
export function remediesOfResult(result: { readonly message: string; readonly remedy?: Remedy }): Remedy[] {
  return remediesFor(result.message, undefined, result.remedy ? [result.remedy] : []);
}
