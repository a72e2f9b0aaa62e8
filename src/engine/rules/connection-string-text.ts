import { isDocumentationPassword } from "../placeholder";
import { looksRandom } from "./secret-values";

/**
 * One character of a connection string, or the seam where code splits it into literals joined by
 * `&`, `+` or `.` (`"Server=db;" & "Password=…"`): the connection-string rules read past a seam as
 * if the string went on. A regex source fragment; give it a bound (`{0,600}?`).
 */
export const CONNECTION_STRING_CHARACTER = `(?:[^"'\\n]|["'][ \\t]{0,5}[&+.][ \\t]{0,5}["'])`;

/**
 * A keyword connection string's password (after `Password=`): ODBC's `{…}` (a `}` inside doubled;
 * not a template's `{{ … }}`), or up to the next `;`. A blank inside stays only where the value goes on: not
 * before a ` # comment` of YAML or .env, a line's end, the next `NAME=` of a command line
 * (`A=…;Password=x B=…`) or `key:` of a YAML flow map, an option (`--verbose`), a path (`./run`), a
 * table's `|`, or a lower-case word (`… then restart`: prose). A backtick ends it, and so do `</`, and a
 * `,`, `]` or `}` before a blank or the end: a template literal's, an element's, a flow collection's.
 * (A run of blanks is taken whole, through a look-ahead's capture: the regex does not try each
 * shorter run.) ADO.NET also quotes a value that holds a `;` (`Password='a;b'`, `Password="a;b"`, a
 * quote inside doubled), which the code or markup around may escape (`\"`, `\'`, `&quot;`, `&apos;`,
 * a verbatim string's `""`): `value` is then inside the quotes, which are read whole (`'` and `"`
 * inside must be doubled). A quoted value does not start with a blank or `+`, `&`, `.`, nor end with
 * a blank, `+` or `&`: that is code joining a variable in (`Password=" + pw + "`), not a password.
 * A regex source fragment, with the groups `quote`, `value` and `blanks`.
 */
export const CONNECTION_STRING_PASSWORD = String.raw`(?<quote>\\["']|&quot;|&apos;|""|''|["'])?(?<value>(?<=[=\s])(?!\\["']|&(?:quot|apos);)(?:\{(?:[^{}\n]|\}\}){1,128}\}(?!\})|[^;"'\s{${"`"}<,\]}](?:[^;"'\s${"`"}<,\]}]|<(?!\/)|[,\]}](?![ \t,\]}]|$)|(?=(?<blanks>[ \t]+))\k<blanks>(?![#\r|]|$|[A-Za-z_][\w.-]*[=:]|--?[A-Za-z]|\.{0,2}\/|[a-z]{2,}(?!\w))){0,127})|(?![+&.\s])(?:\k<quote>\k<quote>|(?!\k<quote>)[^\n"'${"`"}]){1,128}(?<![+&\s])(?=\k<quote>(?!\k<quote>)[ \t]*(?:[;"'${"`"}<&\\]|$)))`;

/**
 * A slot a template or a format fills in: `${…}`, `$(…)`, `#{…}`, `{{ … }}`, `%s`, `%(pw)s`,
 * `%DB_PASSWORD%`, `<password>`, `[password]`, and XML's `&lt;password&gt;` (cut at its `;`).
 */
const SLOT = /^(?:\$\{|\$\(|#\{|\{\{|%[sdv]$|%\([\w.]+\)[sd]$|%[A-Za-z_]\w*%$|<[^<>]*>$|\[[^\]]*\]$|&lt\b)/;

/**
 * A connection string's password that is no password yet: a template's or a format's slot, a
 * variable that a language interpolates (`$pw`, `$DB_PASSWORD`; not a random `$Qx7vLm2p…`, which
 * is a password that starts with `$`), or shorter than three characters (`echo username=a; echo
 * password=b` in a credential helper's test). With `documentation`, also the words documentation
 * writes there (`password`, `myPassword`, `your_password`).
 */
export function isUnfilledPassword(value: string, documentation: boolean): boolean {
  const password = value.replace(/^\{|\}$/g, "");
  if (password.length < 3 || SLOT.test(password)) return true;
  if (/^\$[A-Za-z_]\w*$/.test(password) && !looksRandom(password.slice(1))) return true;
  return documentation && isDocumentationPassword(password);
}
