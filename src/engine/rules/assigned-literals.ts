import { allMatches } from "../regex-matches";

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
/** Any assignment to a variable (`key = …`, Go's `key := …`; not `key == …` or `key => …`): the last one before the call is the value it has. */
const VARIABLE_ASSIGNMENT = /(?<![\w$.])(?<name>[A-Za-z_]\w{0,80})[ \t]*:?=(?![=>])/g;

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
  if (last === -1) return undefined;
  literalAt.lastIndex = last;
  const literal = literalAt.exec(before);
  if (!literal) return undefined;
  const [start, end] = literal.indices!.groups!.value!;
  const offset = callAt - before.length;
  return [offset + start, offset + end];
}
