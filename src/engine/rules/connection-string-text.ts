import { isDocumentationPassword, isFilledInLater } from "../placeholder";

/**
 * One character of a connection string, or the seam where code splits it into literals joined by
 * `&`, `+` or `.` (`"Server=db;" & "Password=…"`): the connection-string rules read past a seam as
 * if the string went on. A regex source fragment; give it a bound (`{0,600}?`).
 */
export const CONNECTION_STRING_CHARACTER = `(?:[^"'\\n]|["'][ \\t]{0,5}[&+.][ \\t]{0,5}["'])`;

/**
 * A keyword connection string's password (after `Password=`): ODBC's `{…}` (not a template's
 * `{{ … }}`), or up to the next `;`. A blank inside stays only where the value goes on: not
 * before a ` # comment` of YAML or .env, a line's end, or the next `NAME=` of a command line
 * (`A=…;Password=x B=…`). A backtick or `<` ends it too: a template literal's or an element's end.
 * (A run of blanks is taken whole, through a look-ahead's capture: the regex does not try each
 * shorter run.) A regex source fragment, with the groups `value` and `blanks`.
 */
export const CONNECTION_STRING_PASSWORD = String.raw`(?<value>\{[^{}\n]{1,128}\}(?!\})|[^;"'\s{${"`"}<](?:[^;"'\s${"`"}<]|(?=(?<blanks>[ \t]+))\k<blanks>(?![#\r]|$|[A-Za-z_][\w.-]*=)){0,127})`;

/**
 * A connection string's password that is no password yet: a template's or a format's slot
 * (`%s`, `$pw`, `#{pw}`, `{{ … }}`, `&lt;password&gt;`), or shorter than three characters (`echo
 * username=a; echo password=b` in a credential helper's test). With `documentation`, also the
 * words documentation writes there (`password`, `myPassword`, `your_password`).
 */
export function isUnfilledPassword(value: string, documentation: boolean): boolean {
  const password = value.replace(/^\{|\}$/g, "");
  return password.length < 3 || isFilledInLater(password) || /^&lt;/.test(password) || (documentation && isDocumentationPassword(password));
}
