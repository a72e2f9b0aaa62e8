/**
 * Whether text sits inside a string that fills `{name}` fields in when the program runs: Python's
 * f-strings (`f"…"`, `rf'…'`) and C#'s interpolated strings (`$"…"`, `$@"…"`). There `{user}` is
 * the code's value, where elsewhere it is a slot a reader fills in.
 */

/** An interpolating literal's opening, then its text up to the place asked about, on one line. */
const INTERPOLATING_OPENING = /(?:^|[^\w"'])(?:[rR]?[fF]|[fF][rR]|\$@?|@\$)(["'])(?:(?!\1)[^\n]){0,200}$/;

/** Whether `at` is inside a Python f-string or a C# interpolated string opened on its line (200 characters back at most). */
export function inInterpolatingString(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  return INTERPOLATING_OPENING.test(text.slice(Math.max(lineStart, at - 200), at));
}

const FIELD = String.raw`\{[A-Za-z_][\w.]*(?:![rsa])?(?::[^{}\n]{0,20})?\}`;
/** A `{name}` field of such a string (`{user}`, `{cfg.host}`, `{port!s}`), anywhere in `text`. */
export const INTERPOLATION_FIELD = new RegExp(FIELD);
/** A text that is one such field and nothing else (a URL's user `{user}`). */
export const WHOLE_INTERPOLATION_FIELD = new RegExp(`^${FIELD}$`);
/** A text that starts with such a field (a bare value read up to a blank: `{self.passed} FAIL=…`). */
export const LEADING_INTERPOLATION_FIELD = new RegExp(`^${FIELD}`);
