import { opensFlowCollection } from "./flow-collection";
import { EXPANSION_DEFAULT_OPENING } from "./lookups/expansion-default";
import { LIBPQ_KEYWORD, VALUE_QUOTES } from "./rules/connection-string-text";
import type { FileType } from "./rules/types";
import type { OffsetSpan } from "./types";

/**
 * A connection string carries a secret among other settings (endpoint, account, user). It is
 * stored whole, as one secret, so a finding records the span of the whole credential too. Rules
 * match only the secret part (linear and simple); this widens the span procedurally.
 */

const QUOTES = ['"', "'", "`"];
/** Unquoted, a connection string ends at its line's end, a quote or markup. */
const LINE_DELIMITERS = "\"'`\n\r<>";

/**
 * Just after the last of `delimiters` in `content` between `from` and `to`, or `from`. Each is looked
 * for with the engine's own search rather than a character at a time: a megabyte-long line of
 * connection strings asks this twice for each of its thousands of findings.
 */
function lastDelimiterEnd(content: string, from: number, to: number, delimiters: string): number {
  const stretch = content.slice(from, to);
  let last = -1;
  for (const delimiter of delimiters) last = Math.max(last, stretch.lastIndexOf(delimiter));
  return from + last + 1;
}

/** The first of `delimiters` in `content` between `from` and `to`, or `to`. */
function firstDelimiter(content: string, from: number, to: number, delimiters: string): number {
  const stretch = content.slice(from, to);
  let first = stretch.length;
  for (const delimiter of delimiters) {
    const at = stretch.indexOf(delimiter);
    if (at !== -1 && at < first) first = at;
  }
  return from + first;
}

/**
 * `NAME=Keyword=…`, `NAME=https://…`, `NAME=host:6380,…`, `NAME=jdbc:sqlserver://…;…` or
 * `NAME=?sv=…&sig=…` (an unquoted .env or .properties line): the credential starts after `NAME=`.
 * (Not `Endpoint=sb://…;SharedAccessKey=` nor Npgsql's `Host=db1:5432,db2:5432;…`: followed by
 * settings, it is the string's own first setting. A JDBC URL's settings follow its host, so it
 * may hold `;`s; a SAS token as the portal copies it starts with its query's `?`.)
 */
const ASSIGNED_PREFIX = /^[A-Za-z_][A-Za-z0-9_.:-]*=(?=[A-Za-z][A-Za-z ]*=|[a-z][a-z0-9+.-]*:\/\/[^;]*$|[\w.-]+:\d{2,5},[^;]*$|jdbc:[a-z]+:\/\/|\?[A-Za-z][\w-]*=)/;

/** `${NAME:-`, `NAME=${NAME:-`: where a default starts in the value that holds the expansion. */
const EXPANSION_DEFAULT_PREFIX = new RegExp(String.raw`^(?:[A-Za-z_][\w.]*=)?${EXPANSION_DEFAULT_OPENING}`);

/**
 * A JDBC URL's first piece, before its first `;`: `jdbc:sqlserver://host:1433`. It holds no `=`,
 * yet the settings after it are the URL's (`…:1433;database=orders;password=…`), so the string
 * starts there, not at its first setting.
 */
const JDBC_URL_HEAD = /^jdbc:[a-z]+:\/\/[^;=\s]*$/;

/**
 * How far from the secret a connection string may reach. Real ones are a few hundred characters;
 * the bound keeps a megabyte-long line with a credential every few characters (a log, a dump)
 * linear: each finding looks at most this far either way instead of to the line's ends.
 */
const MAX_REACH = 2048;

/** Whether the character at `at` follows an odd run of backslashes (`\"` in JSON and C-like strings). */
function isEscaped(content: string, at: number): boolean {
  let backslashes = 0;
  while (content[at - 1 - backslashes] === "\\") backslashes++;
  return backslashes % 2 === 1;
}

/**
 * The quote that opens the literal around `valueStart`, scanning left on its line: a run of like
 * quotes is read whole. A run of two is a doubled quote inside the literal (`""` in C#'s verbatim
 * strings, VB, SQL, YAML's `''`), a single one opens it, and three or more are a delimiter of
 * their own (Python's `"""`, C#'s raw strings). Returns where the content starts and the
 * delimiter's length.
 */
function openingQuote(content: string, quote: string, valueStart: number, lineStart: number): { contentStart: number; length: number } | undefined {
  // (Each quote is found by the engine's own search within the line: see lastDelimiterEnd.)
  const stretch = content.slice(lineStart, valueStart);
  let at = valueStart - 1;
  while (at >= lineStart) {
    const found = stretch.lastIndexOf(quote, at - lineStart);
    if (found === -1) return undefined;
    at = lineStart + found;
    if (isEscaped(content, at)) {
      at--;
      continue;
    }
    let runStart = at;
    while (runStart > lineStart && content[runStart - 1] === quote) runStart--;
    const length = at - runStart + 1;
    if (length !== 2) return { contentStart: at + 1, length };
    at = runStart - 1;
  }
  return undefined;
}

/** Where the literal opened with `length` quotes closes, scanning right on its line (doubled quotes inside are text). */
function closingQuote(content: string, quote: string, length: number, valueEnd: number, lineEnd: number): number | undefined {
  if (length >= 3) {
    const close = content.slice(valueEnd, lineEnd).indexOf(quote.repeat(length));
    return close !== -1 ? valueEnd + close : undefined;
  }
  const stretch = content.slice(valueEnd, lineEnd);
  let at = valueEnd;
  while (at < lineEnd) {
    const found = stretch.indexOf(quote, at - valueEnd);
    if (found === -1) return undefined;
    at = valueEnd + found;
    if (isEscaped(content, at)) {
      at++;
      continue;
    }
    let runEnd = at;
    while (runEnd < lineEnd && content[runEnd] === quote) runEnd++;
    // An odd run ends with the closing quote (`""Orders API"""`: a doubled quote, then the close).
    if ((runEnd - at) % 2 === 1) return runEnd - 1;
    at = runEnd;
  }
  return undefined;
}

/** The innermost literal on the value's line (within reach) whose quotes enclose it. */
function enclosingQuotes(content: string, valueStart: number, valueEnd: number, quotes: readonly string[]): OffsetSpan | undefined {
  const from = Math.max(0, valueStart - MAX_REACH);
  const to = Math.min(content.length, valueEnd + MAX_REACH);
  const lineStart = lastDelimiterEnd(content, from, valueStart, "\n");
  const lineEnd = firstDelimiter(content, valueEnd, to, "\n");
  let best: OffsetSpan | undefined;
  for (const quote of quotes) {
    const open = openingQuote(content, quote, valueStart, lineStart);
    if (!open) continue;
    const close = closingQuote(content, quote, open.length, valueEnd, lineEnd);
    if (close === undefined) continue;
    if (!best || open.contentStart > best.start) best = { start: open.contentStart, end: close };
  }
  return best;
}

/**
 * A setting's keyword, after a `;`: up to four words with single blanks (`User ID`, `Multiple
 * Active Result Sets`); more is prose (`; then set the retry count to n=3`).
 */
const NEXT_KEYWORD = /^[ \t]*[A-Za-z][\w.]*(?: [\w.]+){0,3}=/;
/** A blank that ends a value rather than sits in it: before a comment, the end, or another `NAME=`. */
const BLANK_ENDING_VALUE = /[ \t](?=#|$|[A-Za-z_][\w.-]*=)/;

/**
 * Whether a piece between two `;`s is one whole `Keyword=value` setting. Values may hold blanks
 * there (`Initial Catalog=Orders Db`), as the `;`s bound them, but not a blank before a comment or
 * another `NAME=` (`A=…;Password=x B=…` starts a second string). Tested without regex
 * backtracking over blanks: a line of blanks costs its length, not its square.
 */
function isWholeSetting(piece: string): boolean {
  const keyword = NEXT_KEYWORD.exec(piece);
  if (!keyword) return false;
  const value = piece.slice(keyword[0].length);
  return !/[;"'`<>\n\r]/.test(value) && !BLANK_ENDING_VALUE.test(value);
}

/**
 * The start of an unquoted connection string in the text before its first `;`: nothing bounds it
 * on the left, so it starts after a blank, or at a keyword of several words that connection
 * strings use (`conn: User ID=…`, `Data Source=…`; not the prose before `Use Server=…`).
 */
const FIRST_SETTING = /(?:(?:Data|Initial|User|Persist|Integrated|Application|Network|Attach|Extended|Trust|Multiple|Connect|Connection|Provider|Host|Server|Ssl|SSL)[ ](?:[A-Z][A-Za-z]*[ ]){0,3}(?=[^;\s"'`<>=]*=))?(?![[{(,])[^;\s"'`<>]*$/;
/** The last setting of a string in prose or code, whose value ends at a blank: its keyword may hold blanks. */
const LAST_SETTING = /^[ \t]*[A-Za-z][\w.]*(?: [\w.]+){0,3}=[^\s]*/;
/** The text before a value that starts it: indentation, a list's `- `, a key and its `:` or `=`. */
const VALUE_START = /^[ \t]*(?:-[ \t]+)?(?:[^\s:=#]+[ \t]*[:=][ \t]*)?$/;

/** Where a setting's value ends in a configuration file: at its line's end, less a ` #` comment and trailing blanks. */
function lineValueLength(piece: string): number {
  const comment = piece.search(/[ \t]#/);
  return (comment === -1 ? piece : piece.slice(0, comment)).trimEnd().length;
}

/**
 * The unquoted connection string around a value: whole `;`-separated settings either side of
 * the one holding it, blanks included where `;`s bound them (`…;User ID=app;Password=…`). The
 * last setting's value ends at a blank, except in a configuration file, where a value runs to
 * the end of its line (`Initial Catalog=Orders Db` in YAML, .env, .properties).
 */
function unquotedConnectionString(content: string, valueStart: number, valueEnd: number, fileType: FileType | undefined): OffsetSpan {
  const lowest = Math.max(0, valueStart - MAX_REACH);
  const highest = Math.min(content.length, valueEnd + MAX_REACH);
  const lineStart = lastDelimiterEnd(content, lowest, valueStart, LINE_DELIMITERS);
  const lineEnd = firstDelimiter(content, valueEnd, highest, LINE_DELIMITERS);

  // ODBC quotes a value in braces (`Driver={ODBC Driver 18 for SQL Server}`, `Pwd={a;b}`): blanks
  // and `;`s inside are the value's, so the settings are read with the braces' insides masked.
  // (A `}` inside is doubled: `Pwd={a}}b}`.)
  const masked = content.slice(lineStart, lineEnd).replace(/=\{(?:[^{}\n]|\}\})*\}(?!\})/g, (braced) => `={${"x".repeat(braced.length - 3)}}`);

  // Leftwards: whole settings after each `;`, then where the first one starts.
  const before = masked.slice(0, valueStart - lineStart).split(";");
  let start = valueStart;
  let pieceEnd = valueStart;
  for (let i = before.length - 1; i >= 0; i--) {
    const piece = before[i]!;
    const pieceStart = pieceEnd - piece.length;
    if (i > 0 && isWholeSetting(piece)) {
      start = pieceStart + piece.length - piece.trimStart().length;
      pieceEnd = pieceStart - 1;
      continue;
    }
    // (A setting before the value's own holds `=`: a word before a `;` is prose or a path,
    // `yesterday; Server=…`. The value's own piece may be no setting: Oracle's `user/password@db`.
    // Nor may a JDBC URL's head, `jdbc:sqlserver://host:1433`, which the settings after it belong to.)
    const first = FIRST_SETTING.exec(piece)!;
    if (i === before.length - 1 || first[0].includes("=") || JDBC_URL_HEAD.test(first[0])) start = Math.min(start, pieceStart + first.index);
    break;
  }

  // Rightwards: the rest of the value's setting, then whole settings after each `;`. Where the
  // rule ended the value at a blank (before a comment or another `NAME=`), the string ends there.
  const after = masked.slice(valueEnd - lineStart).split(";");
  let end = valueEnd;
  let pieceStart = valueEnd;
  for (let i = 0; i < after.length; i++) {
    const piece = after[i]!;
    if (i > 0 && !NEXT_KEYWORD.test(piece)) break;
    const next = after[i + 1];
    const whole = i === 0 ? !/\s/.test(piece) : isWholeSetting(piece);
    if (next !== undefined && NEXT_KEYWORD.test(next) && whole) {
      end = pieceStart + piece.length;
      pieceStart = end + 1;
      continue;
    }
    // The last setting: in a configuration file to the end of its line, else to a blank after its
    // keyword (the rest of the value's own setting: to a blank).
    // (Inside a flow collection, `[a, b]` or `{k: v}`, the value ends at its `,`, `]` or `}`.)
    const inFlow = opensFlowCollection(masked.slice(0, start - lineStart));
    // (Only where the string is the whole value: in `args: --conn Server=…;Password=… --verbose`
    // the value holds more than the string.)
    const wholeValue = VALUE_START.test(masked.slice(0, start - lineStart));
    if (fileType === "config" && next === undefined && !inFlow && wholeValue) end = pieceStart + lineValueLength(piece);
    else {
      const setting = i > 0 ? LAST_SETTING.exec(piece)![0] : /^\S*/.exec(piece)![0];
      end = pieceStart + (inFlow ? /^[^,\]}]*/.exec(setting)![0].length : setting.length);
    }
    break;
  }
  const prefix = ASSIGNED_PREFIX.exec(content.slice(start, valueStart));
  return { start: prefix ? start + prefix[0].length : start, end: Math.max(end, valueEnd) };
}

/** libpq's settings before a password, separated by blanks (`host=db user=app password=`), the first a libpq keyword. */
const LIBPQ_BEFORE_PASSWORD = new RegExp(String.raw`(?:^|[ \t:=])(${LIBPQ_KEYWORD}=[^\s;"'${"`"}]*(?:[ \t]+[a-z_]{2,30}=[^\s;"'${"`"}]*){0,10}[ \t]+)password=$`);
/** …and after it, to the next blank that no `key=` follows. */
const LIBPQ_AFTER_PASSWORD = /^(?:[ \t]+[a-z_]{2,30}=[^\s;"'`#]*){0,10}/;

/**
 * An unquoted libpq string around a password (`dsn: host=db user=app password=… dbname=orders`):
 * its settings are separated by blanks, not `;`, so it is read apart from keyword strings.
 */
function libpqString(content: string, valueStart: number, valueEnd: number): OffsetSpan | undefined {
  if (!content.startsWith("password=", valueStart - "password=".length)) return undefined;
  const lineStart = lastDelimiterEnd(content, Math.max(0, valueStart - MAX_REACH), valueStart, "\n");
  const before = LIBPQ_BEFORE_PASSWORD.exec(content.slice(lineStart, valueStart));
  if (!before) return undefined;
  const lineEnd = firstDelimiter(content, valueEnd, Math.min(content.length, valueEnd + MAX_REACH), "\n");
  const after = LIBPQ_AFTER_PASSWORD.exec(content.slice(valueEnd, lineEnd))![0];
  return { start: lineStart + before.index + before[0].length - before[1]!.length - "password=".length, end: valueEnd + after.length };
}

/**
 * The length of a `NAME=` that a quoted string starts with before its connection string
 * (`"NAME=Server=…;…"`, a compose list item's or `docker run -e`'s), or 0. Not libpq's
 * `"host=db password=…"`, whose first setting that is: the string after it has a `;`, is a URL
 * or is a query (`?sv=…&sig=…`, a SAS token).
 */
function quotedAssignmentLength(content: string, start: number, valueStart: number): number {
  const assigned = ASSIGNED_PREFIX.exec(content.slice(start, valueStart));
  return assigned && /;|^[a-z][a-z0-9+.-]*:\/\/|^\?[A-Za-z]/.test(content.slice(start + assigned[0].length, valueStart)) ? assigned[0].length : 0;
}

/** How a connection string quotes the value (see VALUE_QUOTES), or undefined where it does not. */
function valueQuote(content: string, valueStart: number, valueEnd: number): string | undefined {
  return VALUE_QUOTES.find(
    (quote) =>
      content.startsWith(quote, valueStart - quote.length) &&
      content.startsWith(quote, valueEnd) &&
      /=[ \t]*$/.test(content.slice(Math.max(0, valueStart - quote.length - 20), valueStart - quote.length)),
  );
}

/**
 * The whole connection string around a secret value: inside the quotes around it, or unquoted
 * (see unquotedConnectionString). `fileType` says whether an unquoted value runs to its line's end.
 */
export function expandToConnectionString(content: string, valueStart: number, valueEnd: number, fileType?: FileType): OffsetSpan {
  // A value the string quotes itself (`Password='a;b'`) is read with its quotes, which are not the
  // literal's around the string: a raw `'` or `"` there cannot also delimit that literal.
  const quote = valueQuote(content, valueStart, valueEnd);
  if (quote) {
    valueStart -= quote.length;
    valueEnd += quote.length;
  }
  const literalQuotes = quote === "'" || quote === '"' ? QUOTES.filter((candidate) => candidate !== quote) : QUOTES;
  const quoted = enclosingQuotes(content, valueStart, valueEnd, literalQuotes);
  // (A quoted `"NAME=Server=…;…"`, a compose list item's or `docker run -e`'s: the string starts
  // after `NAME=`. Not libpq's `"host=db password=…"`, whose first setting that is.)
  const assigned = quoted ? quotedAssignmentLength(content, quoted.start, valueStart) : 0;
  const span = (quoted && { start: quoted.start + assigned, end: quoted.end }) ?? libpqString(content, valueStart, valueEnd) ?? unquotedConnectionString(content, valueStart, valueEnd, fileType);
  let { start, end } = span;
  // The default of an expansion (`${REDIS_URL:-redis://:…@cache:6379}`) is the string; the
  // expansion around it is the file's read of the variable.
  const expansion = EXPANSION_DEFAULT_PREFIX.exec(content.slice(start, valueStart));
  if (expansion && end > valueEnd && content[end - 1] === "}") {
    start += expansion[0].length;
    end--;
  }
  // A trailing `;` belongs to the syntax around the string, not to it.
  while (end > valueEnd && (content[end - 1] === ";" || content[end - 1] === ",")) end--;
  return { start: sharedAccessSignatureStart(content, start, valueStart), end };
}

/** A header's name before a SAS token in the same literal: `"Authorization: SharedAccessSignature sr=…"`. */
const HEADER_NAME_BEFORE_SAS = /^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]*(?=SharedAccessSignature[ \t])/;
/** The token's scheme word right before its first parameter, which an unquoted string starts at after the blank. */
const SAS_SCHEME_BEFORE = /SharedAccessSignature[ \t]{1,4}$/;

/**
 * Service Bus, Event Hubs and IoT Hub take a SAS token as `SharedAccessSignature sr=…&sig=…&se=…`,
 * the scheme word included (the `Authorization` header's whole value, the SDKs' token string).
 * Where a string starts at its first parameter (unquoted, after the blank), it starts at the word;
 * where it starts at a header's name (`-H "Authorization: SharedAccessSignature …"`), after the name.
 */
function sharedAccessSignatureStart(content: string, start: number, valueStart: number): number {
  const header = HEADER_NAME_BEFORE_SAS.exec(content.slice(start, Math.min(valueStart, start + 100)));
  if (header) return start + header[0].length;
  const scheme = SAS_SCHEME_BEFORE.exec(content.slice(Math.max(0, start - 30), start));
  return scheme ? start - scheme[0].length : start;
}

/**
 * `"clientSecret": "` right before a value, its quotes maybe escaped (`\"clientSecret\": \"`, JSON
 * inside a string), or `"password": "` as `az ad sp create-for-rbac` prints it beside `"appId"`.
 */
const CLIENT_SECRET_MEMBER_BEFORE = /\\?"(?<member>clientSecret|password)\\?"[ \t]*:[ \t]*\\?"$/;
const CLIENT_ID_MEMBER = { clientSecret: /\\?"clientId\\?"[ \t]*:/, password: /\\?"appId\\?"[ \t]*:.*\\?"tenant\\?"[ \t]*:|\\?"tenant\\?"[ \t]*:.*\\?"appId\\?"[ \t]*:/ } as const;

/**
 * A service principal's credentials as one JSON object on one line, `{"clientId": "…",
 * "clientSecret": "…", "subscriptionId": "…", "tenantId": "…"}`: what `az ad sp create-for-rbac
 * --sdk-auth` prints and azure/login's `creds` input takes, often inside a YAML or shell string
 * (or `{"appId": "…", "password": "…", "tenant": "…"}`, as the command prints it without the flag).
 * The client secret is found alone; the credential is the object, stored as one JSON secret (the
 * `AZURE_CREDENTIALS` of the azure/login docs). Only an object that is a whole value written as
 * text: a quoted literal's content, or a `NAME={…}` line's value in a configuration file (.env,
 * .properties). (An object literal in code, a dict, is code: its secret is moved alone; a shell or
 * a Dockerfile strips the quotes of an unquoted one.) Undefined for anything else (a nested object too).
 */
export function servicePrincipalJson(content: string, valueStart: number, valueEnd: number, fileType: FileType): OffsetSpan | undefined {
  const member = CLIENT_SECRET_MEMBER_BEFORE.exec(content.slice(Math.max(0, valueStart - 40), valueStart))?.groups?.member as keyof typeof CLIENT_ID_MEMBER | undefined;
  if (member === undefined) return undefined;
  const from = Math.max(0, valueStart - MAX_REACH);
  const to = Math.min(content.length, valueEnd + MAX_REACH);
  const lineStart = lastDelimiterEnd(content, from, valueStart, "\n");
  const lineEnd = firstDelimiter(content, valueEnd, to, "\n");
  const open = lastDelimiterEnd(content, lineStart, valueStart, "{") - 1;
  const close = firstDelimiter(content, valueEnd, lineEnd, "}");
  if (open < lineStart || close === lineEnd) return undefined;
  const object = content.slice(open, close + 1);
  if (object.indexOf("{", 1) !== -1 || !CLIENT_ID_MEMBER[member].test(object)) return undefined;
  const before = content[open - 1];
  const after = content[close + 1];
  const quoted = (before === "'" || before === '"' || before === "`") && after === before;
  const assigned = before === "=" && fileType === "config" && (after === undefined || after === "\n" || after === "\r");
  return quoted || assigned ? { start: open, end: close + 1 } : undefined;
}
