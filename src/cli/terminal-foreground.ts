// Whether a Ctrl+C typed in a terminal reached the command that `secret-hygiene run` started as
// well as us: the terminal sends SIGINT to its whole foreground process group, and the command
// (spawned without `detached`) is in ours. Then we must not send a second one.
import { closeSync, openSync, readFileSync } from "node:fs";

/**
 * Linux's answer from `/proc/self/stat`: our process group (field 5) is the terminal's foreground
 * group (field 8, tpgid; -1 without a controlling terminal). Undefined where the file does not
 * read as that (another system).
 */
export function foregroundFromProcStat(stat: string): boolean | undefined {
  // (The command name, in brackets, may hold spaces and brackets itself: the fields start after the last `)`.)
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const processGroup = Number(fields[2]);
  const terminalGroup = Number(fields[5]);
  if (!Number.isInteger(processGroup) || !Number.isInteger(terminalGroup) || processGroup <= 0) return undefined;
  return terminalGroup > 0 && terminalGroup === processGroup;
}

/**
 * Elsewhere (macOS, the BSDs) Node cannot ask for the foreground group: a standard stream that is a
 * terminal, or a controlling terminal we can open, says we run in one. (stdin alone is not enough:
 * `… run -- server < /dev/null` typed in a terminal still shares its foreground group.)
 */
function inTerminalElsewhere(): boolean {
  if (process.stdin.isTTY || process.stdout.isTTY || process.stderr.isTTY) return true;
  if (process.platform === "win32") return false;
  try {
    closeSync(openSync("/dev/tty", "r"));
    return true;
  } catch {
    return false;
  }
}

/** Asked when the signal comes: job control (`fg`, `bg`) moves us in and out of the foreground. */
export function sharesTerminalForeground(): boolean {
  let stat: string | undefined;
  try {
    stat = readFileSync("/proc/self/stat", "utf8");
  } catch {
    stat = undefined;
  }
  return (stat === undefined ? undefined : foregroundFromProcStat(stat)) ?? inTerminalElsewhere();
}
