/**
 * Several names given several values in one statement: Python's and Ruby's
 * `speech_key, service_region = "…", "westus"`, Go's `user, password := "…", "…"`, Lua's
 * `local user, pass = …`, Perl's `my ($user, $pass) = (…)`, JavaScript's and PHP's
 * `[user, password] = […]`. Microsoft's Speech quickstarts set their key this way. Each name takes
 * the value at its own position, so the value after `=` is not every name's.
 */

/** One name of the left side and the value at its position on the right. */
export interface TupleMember {
  readonly name: string;
  readonly nameStart: number;
  /** The value's text without its quotes, for a literal; undefined for an expression. */
  readonly valueStart?: number;
  readonly valueEnd?: number;
}

/**
 * The statement, anchored at the line's start (one try a line): two to ten names, then `=` or
 * `:=`. The right side is read by readValues.
 */
// (Each run of blanks follows a character it needs, so a line of blanks is read once, not tried in
// every split.)
const TUPLE_TARGETS =
  /^[ \t]*(?:(?:let|var|const|local|my|our|val)[ \t]+)?(?<open>[([][ \t]*)?(?<names>[$@]?[A-Za-z_]\w{0,80}(?:[ \t]*,[ \t]*[$@]?[A-Za-z_]\w{0,80}){1,9})[ \t]*(?:[)\]][ \t]*)?:?=(?![=>~])[ \t]*/d;
const NAME = /[$@]?[A-Za-z_]\w*/g;
/**
 * A literal (with Python's and C#'s prefixes) or an expression without commas, quotes, brackets or
 * `=` (a keyword argument's, `port=5432`, is no value of a tuple).
 */
const VALUE_AT = /(?:[rbuf]{0,2}|@)(?<q>["'])(?<value>[^"'\\\n]{0,300})\k<q>|(?<expression>[^,"'()[\]{}\n;#=]{1,300})/dy;
const SEPARATOR_AT = /[ \t]*,[ \t]*/y;
/** What may end the statement: a closing bracket (when one opened), `;`, a comment. */
const STATEMENT_END = /^[ \t]*(?<close>[)\]][ \t]*)?(?:;[ \t]*)?(?:(?:#|\/\/|--).*)?\r?$/;

/** The tuple assignment `line` holds, each name with the value at its position; undefined for any other line. */
export function tupleAssignmentOf(line: string): TupleMember[] | undefined {
  if (!line.includes(",")) return undefined;
  const targets = TUPLE_TARGETS.exec(line);
  if (!targets) return undefined;
  const [namesStart] = targets.indices!.groups!.names!;
  const names = [...targets.groups!.names!.matchAll(NAME)];
  let at = targets[0].length;
  // `= (…)` and `= […]` hold the values the same way as bare ones.
  const valuesOpen = line[at] === "(" || line[at] === "[";
  if (valuesOpen) at++;
  const values: { start?: number; end?: number }[] = [];
  while (values.length < names.length) {
    if (values.length > 0) {
      SEPARATOR_AT.lastIndex = at;
      if (!SEPARATOR_AT.test(line)) return undefined;
      at = SEPARATOR_AT.lastIndex;
    }
    VALUE_AT.lastIndex = at;
    const value = VALUE_AT.exec(line);
    if (!value) return undefined;
    const literal = value.indices!.groups!.value;
    values.push(literal ? { start: literal[0], end: literal[1] } : {});
    at = VALUE_AT.lastIndex;
  }
  // As many values as names, and nothing after them: `a, b = f(x), "…"` or `a, b = "…"` is another
  // shape. A closing bracket must close one that opened here: `    user, password="…")` is the
  // last line of a call's arguments.
  const end = STATEMENT_END.exec(line.slice(at));
  if (!end || (end.groups!.close !== undefined && !valuesOpen && targets.groups!.open === undefined)) return undefined;
  return names.map((name, i) => ({ name: name[0], nameStart: namesStart + name.index, valueStart: values[i]!.start, valueEnd: values[i]!.end }));
}
