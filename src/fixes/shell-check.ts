/**
 * A shell script's `${X:?X is not set}` stops the script only where the script itself expands it.
 * Inside `$(…)`, `(…)` or a pipeline's stage the expansion runs in a subshell, and its failure ends
 * only that subshell: `TOKEN=$(curl -u "admin:${X:?…}" …)` prints the message and the script goes
 * on with an empty TOKEN. So does a here-document's body read by a program (`cat > app.env <<EOF`),
 * which leaves the file half written. There the move reads `${X}` in place and puts the check on a
 * line of its own before the command, `: "${X:?X is not set}"`, which the script runs itself.
 */
import type { TextEdit } from "./types";
import { lineAt, lineBreakOf, lineTextAt, previousCodeLine } from "./lines";
import { shellReadingAt } from "./shell-quoting";
import { stoppingExpansion } from "./stopping-read";

/** A line whose command goes on to the next: a backslash, or a pipe or list operator at its end. */
const CONTINUED_LINE = /(?:\\|\||&&)[ \t]*\r?$/;
/**
 * A line before which no command may stand: a compound command's keyword or bracket that carries
 * on what an earlier line opened, or a `case` pattern (`start)`, `(start)`, `*)`), whose `)`
 * closes nothing.
 */
const NO_COMMAND_BEFORE = /^(?:(?:then|do|else|elif|fi|done|esac|in|;;|;&|;;&|[})])(?=\s|$)|[^\s"'`$]*\))/;

/**
 * A line after which the next begins a `case` pattern (`-h | --help)`, `(start)`), where the `|`
 * parts alternatives and no command may stand: `case … in`, or an arm's end (`;;`, `;&`, `;;&`).
 */
const BEFORE_CASE_PATTERN = /(?:(?:^|[\s;])in|;;&?|;&)[ \t]*(?:[ \t]#.*)?$/;

/**
 * What makes the rest of a command run only sometimes: `&&`, `||`, or a compound command's keyword
 * after which its body or a later branch begins. A check put before a guard would stop the script
 * where the guarded read never runs: `[ -n "$CI" ] && TOKEN=$(…)`, `if …; then TOKEN=$(…); fi` on
 * one line. (An `if`'s or a `while`'s condition runs whenever the line does.)
 */
const GUARD = /&&|\|\||(?<![\w-])(?:then|do|else|elif|case|select)(?![\w-])/g;

/**
 * `cd DIR &&`, `pushd DIR &&` right before a `&&`: a step the command needs, not a condition.
 * It fails only where the script is broken anyway, so the check may stand before it:
 * `(cd app && curl -u admin:… …)`.
 */
const SETUP_STEP = /(?:^|[;&|({]|\$\(|(?<![\w-])(?:then|do|else))[ \t]*(?:cd|pushd)(?:[ \t]+[^;&|(){}`\n]*)?$/;

/** Whether a guard stands before `offset` in the command from `start`, where the shell reads it (not in quotes). */
function isGuarded(text: string, start: number, offset: number): boolean {
  for (const guard of text.slice(start, offset).matchAll(GUARD)) {
    if (guard[0] === "&&" && SETUP_STEP.test(text.slice(start, start + guard.index).trimEnd())) continue;
    if (shellReadingAt(text, start + guard.index)?.quoting === "bare") return true;
  }
  return false;
}

/** The `: "${X:?…}"` line itself, as the move writes it and as it may stand already. */
function shellCheckLine(name: string): string {
  return `: "${stoppingExpansion(name)}"`;
}

/** What the move says of the check it put before the command. */
function shellCheckNote(name: string): string {
  return `The line ${shellCheckLine(name)} before the command stops the script where ${name} is unset or empty: inside $(…), (…), a pipeline or a here-document a program reads, the read itself would end only that process, and the script would go on without the value.`;
}

/** The text of the nearest line above `start` that holds code (not blank, not only a comment), or "". */
function codeLineAbove(text: string, start: number): string {
  const above = previousCodeLine(text, start, "#");
  return above ? text.slice(above.start, above.end).trim() : "";
}

/** How many lines back (or on) a command's start (or end) is looked for: a bound on the cost of each step's reading. */
const MOST_LINES_BACK = 50;

/**
 * The first line of the command that holds `offset`, going back over lines it continues from:
 * after a backslash, a pipe or a list operator, and inside a `$(`, a `(` or quotes opened on a
 * line above (`TOKEN=$(` over `  curl …`, a JSON body in `'…'` over lines).
 */
function commandStart(text: string, offset: number): number {
  let start = lineAt(text, offset).start;
  for (let lines = 0; start > 0 && lines < MOST_LINES_BACK; lines++) {
    const previous = lineAt(text, start - 1).start;
    const reading = shellReadingAt(text, start);
    if (reading === undefined || (!CONTINUED_LINE.test(text.slice(previous, start - 1)) && reading.quoting === "bare" && !reading.inSubshell)) break;
    start = previous;
  }
  return start;
}

/** The end of the command's last line, going on over the lines it continues to, as commandStart goes back. */
function commandEnd(text: string, offset: number): number {
  let end = text.indexOf("\n", offset);
  for (let lines = 0; end !== -1 && lines < MOST_LINES_BACK; lines++) {
    const next = shellReadingAt(text, end + 1);
    if (next === undefined || (!CONTINUED_LINE.test(text.slice(lineAt(text, end).start, end)) && next.quoting === "bare" && !next.inSubshell)) break;
    end = text.indexOf("\n", end + 1);
  }
  return end === -1 ? text.length : end;
}

/** Whether the command between `start` and `end` pipes one stage into another (`|` or `|&`, not `||`), as the shell reads it. */
function isPipeline(text: string, start: number, end: number): boolean {
  for (let at = text.indexOf("|", start); at !== -1 && at < end; at = text.indexOf("|", at + 2)) {
    if (text[at + 1] === "|") continue;
    const reading = shellReadingAt(text, at);
    if (reading?.quoting === "bare" && !reading.inSubshell) return true;
  }
  return false;
}

/**
 * Where the move reads `name` at `offset` of a shell script, in a subshell, a pipeline or a
 * here-document: the edit that puts the check before the command (none where the lines right
 * above hold it already). Undefined where the script expands the read itself, where no line can
 * stand before the command (it carries on a compound command or a `case` pattern), or where the
 * read runs only after a guard on the command's own lines: the read then keeps its own `${X:?…}`.
 */
function hoistedShellCheck(text: string, offset: number, name: string): { readonly edit: TextEdit | undefined } | undefined {
  const reading = shellReadingAt(text, offset);
  if (reading === undefined) return undefined;
  // A here-document's body is expanded where the command that reads it is run: a program's own
  // process (`cat > app.env <<EOF`), so the check goes before that command.
  const at = reading.heredocOpener ?? offset;
  const start = commandStart(text, at);
  const atStart = shellReadingAt(text, start);
  if (atStart?.quoting !== "bare" || atStart.inSubshell) return undefined;
  const line = lineTextAt(text, start);
  const indent = /^[ \t]*/.exec(line)![0];
  if (NO_COMMAND_BEFORE.test(line.slice(indent.length)) || BEFORE_CASE_PATTERN.test(codeLineAbove(text, start))) return undefined;
  if (reading.heredocOpener === undefined && !reading.inSubshell && !isPipeline(text, start, commandEnd(text, offset))) return undefined;
  if (isGuarded(text, start, at)) return undefined;
  // Checks the move wrote before this command already, for this variable or another.
  for (let above = start; above > 0; ) {
    above = lineAt(text, above - 1).start;
    const previous = lineTextAt(text, above).trim();
    if (previous === shellCheckLine(name)) return { edit: undefined };
    if (!/^: "\$\{\w+:\?[^}"]*\}"$/.test(previous)) break;
  }
  return { edit: { start, end: start, newText: `${indent}${shellCheckLine(name)}${lineBreakOf(text)}` } };
}

/**
 * `written`, the move's text at `offset` holding the read that stops (`${X:?…}`), made to read
 * `${X}` where hoistedShellCheck puts the check before the command, with that check's edit and the
 * note that says why; undefined where the read keeps its own check.
 */
export function withShellCheck(text: string, offset: number, name: string, written: string): { readonly written: string; readonly edits: TextEdit[]; readonly note: string } | undefined {
  const hoisted = written.includes(stoppingExpansion(name)) ? hoistedShellCheck(text, offset, name) : undefined;
  if (hoisted === undefined) return undefined;
  return { written: written.split(stoppingExpansion(name)).join(`\${${name}}`), edits: hoisted.edit ? [hoisted.edit] : [], note: shellCheckNote(name) };
}
