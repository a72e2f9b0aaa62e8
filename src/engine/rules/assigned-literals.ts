import { allMatches } from "../regex-matches";
import { tupleAssignmentOf } from "./tuple-assignments";

/**
 * A value passed to a call by a variable: the literal its last assignment before the call gives
 * it, on the call's line or up to LOOK_BACK_LINES before (`key = "…"` then `AzureKeyCredential(key)`,
 * `byte[] k = …` then `new HMACSHA256(k)`). Code that sets a key and uses it at once keeps the two
 * together; a variable set further away, or in another function, is not followed.
 */

/**
 * How far before a call its variable's literal is looked for: the lines of a method's first
 * statements, as the samples write them (`var key = Encoding.ASCII.GetBytes("…");` and the call on
 * the next line, or six lines on inside the `SecurityTokenDescriptor` that the much-copied JWT
 * tutorials build; `key = "…"` above `AzureKeyCredential(key)`). A field declared at the top of a
 * class is out of reach.
 */
const LOOK_BACK_LINES = 10;
const LOOK_BACK_CHARACTERS = 2000;
/**
 * A type annotation between a variable and its `=`: TypeScript's `key: string`, Kotlin's and
 * Swift's `key: String`, Rust's `key: &str`, Python's `key: str`. (Not Go's `:=`, whose `:` has no
 * type after it. A lifetime only after `&`, as in TYPE_ANNOTATION.)
 */
export const OPTIONAL_TYPE_ANNOTATION = String.raw`(?:[ \t]*:[ \t]*(?:&(?:'[A-Za-z_]\w*[ \t]+)?)?[A-Za-z_][\w.<>[\]|?]{0,60})?`;
/** Any assignment to a variable (`key = …`, Go's `key := …`, `key: string = …`; not `key == …` or `key => …`): the last one before the call is the value it has. */
const VARIABLE_ASSIGNMENT = new RegExp(String.raw`(?<![\w$.])(?<name>[A-Za-z_]\w{0,80})${OPTIONAL_TYPE_ANNOTATION}[ \t]*:?=(?![=>])`, "g");

/**
 * Where the literal assigned to `variable` last before `callAt` is, as `literalAt` (a sticky
 * regex with a `value` group, tried where the assignment starts) reads it; undefined when the
 * last assignment is not a literal or there is none nearby.
 */
export function literalAssignedBefore(text: string, callAt: number, variable: string, literalAt: RegExp): [number, number] | undefined {
  // Lines are looked for within the last LOOK_BACK_CHARACTERS only: on a long line (a minified
  // file's) a search back to its start, for every call on it, would be quadratic.
  const window = text.slice(Math.max(0, callAt - LOOK_BACK_CHARACTERS), callAt);
  let from = window.lastIndexOf("\n") + 1;
  for (let i = 0; i < LOOK_BACK_LINES && from > 0; i++) from = window.lastIndexOf("\n", from - 2) + 1;
  const before = window.slice(from);
  let last = -1;
  for (const assignment of allMatches(VARIABLE_ASSIGNMENT, before)) if (assignment.groups!.name === variable) last = assignment.index;
  const offset = callAt - before.length;
  const fromTuple = tupleLiteralBefore(before, variable, last, literalAt);
  if (fromTuple !== undefined) return fromTuple ? [offset + fromTuple[0], offset + fromTuple[1]] : undefined;
  if (last === -1) return undefined;
  literalAt.lastIndex = last;
  const literal = literalAt.exec(before);
  if (!literal) return undefined;
  const [start, end] = literal.indices!.groups!.value!;
  return [offset + start, offset + end];
}

/**
 * The literal that a tuple assignment (`speech_key, region = "…", "westus"`) at or after `after`
 * gives `variable`, judged by `literalAt` as `variable = "…"` would be: its span in `before`, null
 * when the last such assignment gives it no literal, undefined when there is none.
 */
function tupleLiteralBefore(before: string, variable: string, after: number, literalAt: RegExp): [number, number] | null | undefined {
  let found: [number, number] | null | undefined;
  for (let lineStart = 0; lineStart < before.length; ) {
    const newline = before.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? before.length : newline;
    const line = lineEnd > after ? before.slice(lineStart, lineEnd) : "";
    const member = line.includes(variable) ? tupleAssignmentOf(line)?.find((m) => m.name === variable) : undefined;
    if (member && lineStart + member.nameStart >= after) {
      found = null;
      if (member.valueStart !== undefined) {
        // The literal with its quotes, put after `variable = ` for literalAt to read.
        const quoteAt = lineStart + member.valueStart - 1;
        const assignment = `${variable} = `;
        literalAt.lastIndex = 0;
        const span = literalAt.exec(assignment + before.slice(quoteAt, lineStart + member.valueEnd! + 1))?.indices?.groups?.value;
        if (span) found = [quoteAt - assignment.length + span[0], quoteAt - assignment.length + span[1]];
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}
