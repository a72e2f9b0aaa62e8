import { isDocumentationPassword, isDocumentedPassword } from "../placeholder";
import { looksRandom } from "./secret-values";

/**
 * One character of a connection string, or the seam where code splits it into literals joined by
 * `&`, `+` or `.` (`"Server=db;" & "Password=…"`): the connection-string rules read past a seam as
 * if the string went on. A regex source fragment; give it a bound (`{0,600}?`).
 */
export const CONNECTION_STRING_CHARACTER = `(?:[^"'\\n]|["'][ \\t]{0,5}[&+.][ \\t]{0,5}["'])`;

/**
 * How a connection string quotes one of its values (ADO.NET's `Keyword='…'` or `"…"`), as the text
 * around may write those quotes: escaped (`\"`, `\'`, PowerShell's `` `" ``, `&quot;`, `&apos;`,
 * `&#34;`, `&#39;`) or doubled (`""` in a C# verbatim string, `''` in SQL), longest first. The
 * password's regex and the compound's span read the same list.
 */
export const VALUE_QUOTES: readonly string[] = ['\\"', "\\'", "`\"", "`'", "&quot;", "&apos;", "&#34;", "&#39;", "&#x22;", "&#x27;", "&#X22;", "&#X27;", '""', "''", '"', "'"];
/** …of which those written escaped, which an unquoted value cannot start with. */
const ESCAPED_VALUE_QUOTES = VALUE_QUOTES.filter((quote) => quote.startsWith("\\") || quote.startsWith("&"));

/** Alternatives of a regex source matching each of `literals`. */
function alternatives(literals: readonly string[]): string {
  return literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/**
 * libpq's connection keywords (`host=db user=app password=… dbname=orders`): the first setting of
 * a string that the libpq readings take for one. A regex source fragment.
 */
export const LIBPQ_KEYWORD = "(?:host|hostaddr|port|user|dbname|sslmode|connect_timeout|application_name|service|passfile|options|target_session_attrs|sslrootcert|sslcert|sslkey)";

/**
 * A keyword connection string's password (after `Password=`): ODBC's `{…}` (a `}` inside doubled;
 * not a template's `{{ … }}`), or up to the next `;`. A blank inside stays only where the value goes on: not
 * before a ` # comment` of YAML or .env, a line's end, the next `NAME=` of a command line
 * (`A=…;Password=x B=…`) or `key:` of a YAML flow map, an option (`--verbose`), a path (`./run`), a
 * table's `|`, or a lower-case word (`… then restart`: prose). A backtick ends it, and so do `</`, and a
 * `,`, `]` or `}` before a blank or the end: a template literal's, an element's, a flow collection's.
 * (A run of blanks is taken whole, through a look-ahead's capture: the regex does not try each
 * shorter run.) ADO.NET also quotes a value that holds a `;` (`Password='a;b'`, `Password="a;b"`, a
 * quote inside doubled), which the code or markup around may escape (`\"`, `\'`, PowerShell's `` `" ``, `&quot;`, `&apos;`, `&#34;`, `&#39;`,
 * a verbatim string's `""`): `value` is then inside the quotes, which are read whole (`'` and `"`
 * inside must be doubled). A quoted value does not start with a blank, a quote or `+`, `&`, `.`, nor
 * end with a blank, a quote, `+` or `&`: that is code joining a variable in (`Password=" + pw + "`,
 * VB's `Password=""" & pw & """`, T-SQL's `Password=''' + @pw + '''`), not a password.
 * A regex source fragment, with the groups `quote`, `value` and `blanks`.
 */
export const CONNECTION_STRING_PASSWORD = String.raw`(?<quote>${alternatives(VALUE_QUOTES)})?(?<value>(?<=[=\s])(?!${alternatives(ESCAPED_VALUE_QUOTES)})(?:\{(?:[^{}\n]|\}\}){1,128}\}(?!\})|[^;"'\s{${"`"}<,\]}](?:[^;"'\s${"`"}<,\]}]|<(?!\/)|[,\]}](?![ \t,\]}]|$)|(?=(?<blanks>[ \t]+))\k<blanks>(?![#\r|]|$|[A-Za-z_][\w.-]*[=:]|--?[A-Za-z]|\.{0,2}\/|[a-z]{2,}(?!\w))){0,127})|(?![+&.\s"'])(?:\k<quote>\k<quote>|(?!\k<quote>)[^\n"'${"`"}]){1,128}(?<![+&\s"'])(?=\k<quote>(?!\k<quote>)(?:[ \t]*(?:[;"'${"`"}<&\\]|$)|[ \t]+#)))`;

/**
 * A slot a template or a format fills in: `${…}`, `$(…)`, `#{…}`, `{{ … }}`, `%s`, `%(pw)s`,
 * `%DB_PASSWORD%`, `<password>`, `[password]`, and XML's `&lt;password&gt;` (cut at its `;`).
 */
const SLOT = /^(?:\$\{|\$\(|#\{|\{\{|%[sdv]$|%\([\w.]+\)[sd]$|%[A-Za-z_]\w*%$|<[^<>]*>$|\[[^\]]*\]$|&lt\b)/;

/**
 * A variable a language interpolates, and what it reads from it: `$pw`, PowerShell's `$env:DB_PASSWORD`,
 * Perl's `$ENV{DB_PASSWORD}` and `$self->{password}`, PHP's `$cfg[db_password]` and `$this->password`.
 * Its group is the variable's name.
 */
const VARIABLE_READ = /^\$([A-Za-z_]\w*)(?:(?::|->)[A-Za-z_]\w*|->\{[^{}\n]*\}|\{[^{}\n]*\}|\[[^\]\n]*\])*$/;

const MEMBER_PATH = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;
const PASSWORD_NAME_IN_BRACES = /^[A-Za-z_]*(?:pass|pwd|secret|token)[A-Za-z_]*$/i;

/**
 * A field of connectionstrings.com's template (`Server=myServerAddress;Database=myDataBase;User
 * Id=myUsername;Password=myPassword;`), which samples and answers copy into code and settings: its
 * password's words are no password in any file, not only in documentation.
 */
const TEMPLATE_FIELD = /=[ \t]*(?:tcp:)?my(?:ServerAddress|ServerName|DataBase|DBName|Username|Login|InstanceName)\b/i;

/** Whether a connection string's text is connectionstrings.com's template: see TEMPLATE_FIELD. */
export function isConnectionStringTemplate(text: string): boolean {
  return TEMPLATE_FIELD.test(text);
}

/**
 * A connection string's password that is no password yet: a template's or a format's slot, a
 * variable that a language interpolates (`$pw`, `$DB_PASSWORD`; not a random `$Qx7vLm2p…`, which
 * is a password that starts with `$`), or shorter than three characters (`echo username=a; echo
 * password=b` in a credential helper's test). With `documentation`, also the words documentation
 * writes there (`password`, `myPassword`, `your_password`): pass it for a documentation file, and for
 * a connection string that isConnectionStringTemplate.
 */
export function isUnfilledPassword(value: string, documentation: boolean): boolean {
  // (ODBC's braces around the password: `{…}`, both ends.)
  const password = value.startsWith("{") && value.endsWith("}") ? value.slice(1, -1) : value;
  if (password.length < 3 || SLOT.test(password)) return true;
  // The scan asks isPlaceholder of the value as the rule reports it, braces and all: the password
  // inside is judged against the same documented passwords here (`Pwd={YourStrong@Passw0rd}`).
  if (isDocumentedPassword(password)) return true;
  // An interpolated string's hole (C#'s and VB's `$"…{Settings.DbPassword}…"`): a member's path or a
  // password's name in braces, not ODBC's quoting of a password.
  if (password !== value && (MEMBER_PATH.test(password) || PASSWORD_NAME_IN_BRACES.test(password))) return true;
  const variable = VARIABLE_READ.exec(password);
  if (variable && !looksRandom(variable[1]!)) return true;
  return documentation && isDocumentationPassword(password);
}
