import { SECRETS_GUIDE } from "./docs";
import { isDocumentationPassword } from "../placeholder";
import { CONNECTION_STRING_CHARACTER, CONNECTION_STRING_PASSWORD, isUnfilledPassword } from "./connection-string-text";
import { rejectServiceUrl, serviceUrlPattern } from "./config-values";
import type { PatternRule } from "./types";
import { isMediaFileUrl, urlCarriesCredential } from "../url-credentials";
import { inInterpolatingString, WHOLE_INTERPOLATION_FIELD } from "../interpolating-string";
import { GUID, looksRandom } from "./secret-values";
import { hasUrlTokenRun } from "./runs";
import { isGeneratedBase64, readsAsWords } from "./value-shapes";

/**
 * Credentials inside URLs and keyword connection strings. The quick fix stores the whole URL or
 * connection string as one secret (it is a compound credential), so these rules are `compound`.
 */

const DOCS = `${SECRETS_GUIDE}#store-credentials-as-one-secret`;

/** A URL's password as the server reads it (`p%40ssword` is `p@ssword`); as written if it is not valid percent-encoding. */
export function percentDecoded(value: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A slot's name in capitals, no digit: `USERNAME`, `APP-PASSWORD`, `ACCESS_TOKEN`. */
const ALL_CAPS_NAME = /^[A-Z]{2,}(?:[-_][A-Z]{2,}){0,3}$/;

/** An e-mail address, or its user and `@` (`-wget@`), as anonymous FTP's password is by convention. */
const E_MAIL_ADDRESS = /^-?[\w.+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.)*(?:[A-Za-z]{2,24})?$/;

/** The user's slot named as documentation names it (`login`, `user`, `username`). */
const URL_USER_SLOT = /^(?:user(?:_?name)?|login)$/i;
/** The password's slot named as documentation names it. */
const DOC_PASSWORD_SLOT = /^(?:pass(?:word|code|wd)?|pwd|secret)$/i;
/** The names of a URL's parts, as a template names its slots: `owner:repo@rev`, `org:bucket@branch`. */
const URL_PART_NAME = /^(?:org|organi[sz]ation|owner|user|account|repo|repository|project|bucket|container|branch|ref|rev|revision|sha|commit|tag)$/i;

/**
 * `stomp://login1:passcode1@…,stomp://login2:passcode2@…`, `userN:passN`: both slots named, and
 * numbered alike (`N` standing for any number), as documentation lists several servers. (A number
 * on the password alone may be a real one's.)
 */
function isNumberedSlotPair(user: string, password: string): boolean {
  const number = /(?:\d{1,2}|N)$/.exec(password)?.[0];
  return number !== undefined && user.endsWith(number) && URL_USER_SLOT.test(user.slice(0, -number.length)) && DOC_PASSWORD_SLOT.test(password.slice(0, -number.length));
}

/** Where an authority in a list ends: `@` and a host, maybe a port or its slot's name (`@1.1.1.1:5672`, `@host:port[`). */
const LISTED_HOST_END = /@[A-Za-z0-9.-]{1,100}(?::\w{1,10})?\[?$/;

/**
 * A URL credential's value that ran over a list of authorities (`pass@host:port,user2:pass2`):
 * each user and password, the first user given. Undefined when the value is no such list.
 */
function authorityPairs(user: string, value: string): (readonly [string, string])[] | undefined {
  const parts = value.split(",");
  if (parts.length < 2) return undefined;
  const pairs: (readonly [string, string])[] = [];
  let pairUser = user;
  for (let index = 0; index < parts.length; index++) {
    let part = parts[index]!;
    if (index > 0) {
      const colon = part.indexOf(":");
      if (colon < 1) return undefined;
      pairUser = part.slice(0, colon);
      part = part.slice(colon + 1);
    }
    if (index < parts.length - 1) {
      const host = LISTED_HOST_END.exec(part);
      if (host === null) return undefined;
      part = part.slice(0, host.index);
    }
    pairs.push([pairUser, part]);
  }
  return pairs;
}

/** A field of a format string: `{}`, `{0}`, `{user}`. */
const FORMAT_FIELD = /^\{(?:\d{1,2}|[A-Za-z_]\w{0,60})?\}$/;
/** What follows a literal that Python's `str.format` fills in: `.format(`. */
const FORMAT_CALL_AFTER = /^\.format\(/;

/** Whether the literal around `at` (opened before it on its line) is the receiver of `.format(`. */
function isFormatReceiver(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const before = text.slice(Math.max(lineStart, at - 200), at);
  const quote = /["'](?=[^"']*$)/.exec(before)?.[0];
  if (quote === undefined) return false;
  const close = text.indexOf(quote, at);
  const lineEnd = text.indexOf("\n", at);
  return close !== -1 && (lineEnd === -1 || close < lineEnd) && FORMAT_CALL_AFTER.test(text.slice(close + 1, close + 9));
}

export const URL_RULES: readonly PatternRule[] = [
  {
    id: "url/credentials",
    title: "Password in a URL",
    kind: "secret",
    evidenceIsName: true,
    docsUrl: DOCS,
    compound: true,
    keywords: ["://"],
    // scheme://user:password@host — the password may itself contain `@` (the last one before the
    // host ends it). Bounded runs keep it linear.
    // A scheme right after `?` is a mangled one (`?ostgres://`), not a URL; after `-` it is a longer
    // scheme's end, except after the shell's and compose's `:-` (`${DATABASE_URL:-postgres://…}`).
    // A `/` ends the authority, except in a base64 key pasted unencoded (`rediss://:Kh…L/ps…=@cache…`,
    // an Azure Cache for Redis or Cosmos DB key): such a value must look generated (see reject).
    // The host may be filled in where the URL is built: `…@{HOST}:5432`, `…@${host}`, `…@%s`, `…@" + host`;
    // so may the user (`"postgres://" + user + ":…@`, Lua's `"postgres://" .. user .. ":…@`).
    // It may be absent where the scheme implies it: Airflow's connections, `snowflake://u:p@/db?account=…`,
    // `wasb://account:key@` (then the value must look generated: see reject).
    pattern: /(?<![A-Za-z0-9+.?]|(?<!:)-)[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/(?:[^\s:/@'"`<>]{0,100}|(?<q>["'`])[ \t]*(?:\+|\.\.)[ \t]*[A-Za-z_][\w.]{0,60}[ \t]*(?:\+|\.\.)[ \t]*\k<q>):(?<value>[^\s/'"`<>]{1,200}|[A-Za-z0-9+/]{20,200}={0,2})@(?=[A-Za-z0-9[%_-]|\$?\{[A-Za-z_]|["'`][ \t]*[+.]|[/?'"`\s]|$)/dg,
    mayMatch: (line) => line.includes("@"),
    reject: (written, match) => {
      // `mysql://user:pass\@host/db`: a `\` before the `@` escapes it, as a doc comment writes an `@`
      // that starts no tag (JSDoc's, TSDoc's `\@`) and a Perl string one that starts no array. A
      // URL's user info holds no bare `\` (RFC 3986 percent-encodes it, `%5C`), so the password is
      // what comes before it, and is judged so.
      const value = written.endsWith("\\") ? written.slice(0, -1) : written;
      // `guest:guest`, `postgres:postgres`: a password that repeats the user is a product's default.
      const user = /:\/\/([^\s:/@'"`<>]*):/.exec(match[0])?.[1];
      if (user !== undefined && user.toLowerCase() === value.toLowerCase()) return true;
      const host = /^[^/:?#\s'"`]*/.exec(match.input.slice(match.index + match[0].length))?.[0].toLowerCase() ?? "";
      // RFC 2606 documentation hosts (example.com, *.example) carry example credentials.
      const documentationHost = /(?:^|\.)example\.(?:com|org|net)$|\.example$/.test(host);
      // CVSROOT `:pserver:user@host`: the access method, not a password.
      const cvsRoot = match[0].includes("://:") && /^(?:pserver|gserver|kserver|server|ext|extssh|ssh|fork|local):/i.test(value);
      // `socks://your-name%40gmail.com:…@`, `https://<user>:…@`: the user's slot is a placeholder,
      // so the whole pair is an example to fill in.
      // `gmail+smtp://USERNAME:APP-PASSWORD@default`, `linkedin://ACCESS_TOKEN:USER_ID@default`: both
      // slots named in capitals, as a README writes what to put there.
      // (In a Python f-string or a C# `$"…"`, `{user}` is the user the code fills in, not a slot; so
      // are `{}`, `{0}` and `{user}` in a literal that Python's `.format(` fills in.)
      const placeholderUser =
        user !== undefined &&
        ((/^(?:your[-_]|<|\{|\[|%3C|%7B)/i.test(user) && !(WHOLE_INTERPOLATION_FIELD.test(user) && inInterpolatingString(match.input, match.index)) && !(FORMAT_FIELD.test(user) && isFormatReceiver(match.input, match.index))) ||
          (ALL_CAPS_NAME.test(user) && ALL_CAPS_NAME.test(value) && readsAsWords(value.toLowerCase().split(/[-_]/), true)));
      // `http://localhost:8080/api/v1/packages/lodash@4.17.21`: a port and a path, not a password.
      if (value.includes("/") && !isGeneratedBase64(value)) return true;
      // `http://localhost:8545@7310452`: Ganache's `--fork` URL pinned at a block, a host, its port
      // and the block's number. No host is digits alone, so the `@` starts no host and the number
      // before it is the port.
      if (/^\d{1,5}$/.test(value) && /^\d+$/.test(host)) return true;
      // `jdbc:sqlserver://srv.database.windows.net:1433;database=app;user=app@srv;password=…`: a port
      // and the driver's properties, up to Azure SQL's `user@server` login (its password is the
      // connection string rule's finding).
      if (/^\d{1,5};[A-Za-z][\w ]{0,40}=/.test(value)) return true;
      const decoded = percentDecoded(value);
      // No host after the `@` (nor one filled in as the URL is built): only a generated value says
      // this is a credential, not prose, a path or a pattern (`re.sub(r"(postgres://\w+:)[^@]+@", …)`).
      const hostless = !/^(?:[A-Za-z0-9[%_-]|\$?\{[A-Za-z_]|["'`][ \t]*[+.])/.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 40));
      const generated = () => looksRandom(decoded) || isGeneratedBase64(decoded);
      if (hostless && !generated()) return true;
      // Anonymous FTP (RFC 1635): the user `anonymous` or `ftp` gives an e-mail address, or any word,
      // as the password. Only a generated one is a credential.
      if (user !== undefined && /^(?:anonymous|ftp)$/i.test(user) && (E_MAIL_ADDRESS.test(decoded) || !generated())) return true;
      // `hub://owner:repo@rev/…`, `github://org:repo@sha/…`: a URL form whose slots are named for
      // the parts that go there, as documentation writes one.
      if (user !== undefined && URL_PART_NAME.test(user) && URL_PART_NAME.test(value)) return true;
      if (user !== undefined && isNumberedSlotPair(user, value)) return true;
      // `transport://user:pass@host:port[,userN:passN@hostN:portN]/…`: a URL's grammar, more servers'
      // authorities in `[,…]` as documentation writes what may repeat (oslo.messaging's transport
      // URL), which the value ran over up to its last `@`. Each pair is judged alone: where every one
      // is documentation's, so is the grammar. (One generated password among them keeps the finding.
      // A plain list, `user:password@h1,user:password@h2`, is left to be reported: the labelled
      // corpus counts it as a credential, as the scanners it is drawn from do.)
      const pairs = user === undefined || !value.includes("[,") ? undefined : authorityPairs(user, value);
      if (pairs?.every(([pairUser, password]) => pairUser.toLowerCase() === password.toLowerCase() || isDocumentationPassword(password) || isNumberedSlotPair(pairUser, password))) return true;
      return value.length < 3 || documentationHost || cvsRoot || placeholderUser || isDocumentationPassword(value) || (decoded !== value && isDocumentationPassword(decoded)) || value.includes("://");
    },
  },
  {
    id: "url/token-as-user",
    title: "Token as a URL's user",
    kind: "secret",
    docsUrl: DOCS,
    compound: true,
    keywords: ["://"],
    // A token given as the user, with no password or an empty one, as package feeds and git hosts
    // take it: `https://<token>@pypi.fury.io/team/`, `git+https://<token>@github.com/org/repo.git`,
    // Bundler's `https://<token>:@repo.fury.io/team/`. Only a generated value is one: a user name
    // is no secret.
    pattern: /(?<![A-Za-z0-9+.?]|(?<!:)-)[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/(?<value>[A-Za-z0-9_-]{20,200}):?@(?=[A-Za-z0-9-])/dg,
    mayMatch: (line) => line.includes("@"),
    // (A GUID there is an app's or a tenant's id: `onesignal://<app id>@onesignal.com`. A Sentry DSN's
    // key, 32 hex digits before a numeric project, is published with every app that reports to it;
    // CodeCommit's SSH user is the key's public id, APKA….)
    reject: (value, match) => {
      if (!(looksRandom(value) && /\d/.test(value) && /[A-Za-z]/.test(value)) || GUID.test(value) || isDocumentationPassword(value)) return true;
      if (value.startsWith("APKA")) return true;
      // Ethereum's `enode://<node id>@host:30303`: the user part is the node's public key, which
      // peers are given to dial it (bootnode lists, `admin_addPeer`), not a credential.
      if (/^enode:/i.test(match[0])) return true;
      const rest = match.input.slice(match.index + match[0].length, match.index + match[0].length + 300);
      return /^[0-9a-f]{32}$/.test(value) && /^https?:/i.test(match[0]) && /^[^\s/'"`]*(?:sentry|ingest)[^\s/'"`]*\/\d+(?:[\s'"`]|$)/i.test(rest);
    },
  },
  {
    id: "connection-string/redis-password",
    title: "Redis connection string with a password",
    kind: "secret",
    evidenceIsName: true,
    docsUrl: DOCS,
    compound: true,
    keywords: ["password="],
    // StackExchange.Redis's configuration string: `host:port` first, then options separated by
    // commas, one of them `password=…` (an Azure Cache for Redis access key is found by the Azure
    // rule first). Bounded runs keep it linear.
    // The host may be filled in where the string is built: `string.Format("{0}:6380,password=…", host)`, `%s`, `${host}`.
    pattern: /(?<![\w.-])(?:[A-Za-z0-9][A-Za-z0-9.-]{0,253}|\{[\w.]{0,30}\}|%s|\$\{[\w.]{1,30}\}):\d{2,5}(?:,[A-Za-z]{2,30}=[^,;"'`\s]{0,100}){0,10},password=(?<value>[^,;"'`\s]{1,200})/dgi,
    reject: (value) => value.length < 3 || isDocumentationPassword(value),
  },
  {
    id: "connection-string/oracle-user-password",
    title: "Oracle connect string with a password",
    kind: "secret",
    evidenceIsName: true,
    docsUrl: DOCS,
    compound: true,
    keywords: ["jdbc:oracle:", "sqlplus", "sqlldr", "expdp", "impdp", "userid="],
    // Oracle's user/password@database form, in a JDBC URL (jdbc:oracle:thin:user/password@host…),
    // on the command line of SQL*Plus, SQL*Loader and Data Pump (sqlplus user/password@service)
    // and in their parameter files (userid=user/password@service).
    pattern: /(?:jdbc:oracle:(?:thin|oci8?|kprb):|\b(?:sqlplus|sqlldr|expdp|impdp)(?:\.exe)?[ \t]+(?:-[A-Za-z]{1,10}[ \t]+){0,3}(?:userid=)?|\buserid=)(?<user>[A-Za-z][\w$#]{0,127})\/(?<value>[^\s@/"'`;]{1,128})@/dgi,
    reject: (value) => isDocumentationPassword(value),
  },
  {
    id: "connection-string/password",
    title: "Connection string with a password",
    kind: "secret",
    evidenceIsName: true,
    docsUrl: DOCS,
    compound: true,
    keywords: ["password", "pwd", "application key", "appkey"],
    // Keyword connection strings (ADO.NET, ODBC, OLE DB, libpq): Password= next to a user or
    // server keyword in the same string (which code may split into literals joined by `&`, `+` or
    // `.`). SQL Server strings are reported by the Azure rule first. Azure Data Explorer's (Kusto)
    // strings name an application's client secret `Application Key` (or `AppKey`).
    // (Not after `$` or `@`: Perl's and PHP's `$user = shift; $password = shift;` are variables.)
    pattern: new RegExp(String.raw`(?<![$@])(?:User ?Id|Uid|User(?:name)?|Server|Host|Data Source|Provider|Database|Initial Catalog)\s*=[^;"'\n]{0,200};${CONNECTION_STRING_CHARACTER}{0,400}?(?<![$@])\b(?:Password|Pwd|Application Key|AppKey)\s*=\s*${CONNECTION_STRING_PASSWORD}`, "dgim"),
    reject: (value) => isUnfilledPassword(value, true),
  },
];

const CREDENTIAL_PARAMETER_HINT = /=[^&#;\s"'`]{16}|[?&;](?:sig|signature|password|passwd|pwd|bindpw)=/i;
const CREDENTIAL_RUN = 20;
/**
 * What a URL needs before the capability rule judges it (most hold none): a run as long as a token
 * (urlCarriesCredential asks 20 characters of one), a parameter value as long as a random
 * credential parameter's (16), or a parameter that is one whatever it holds.
 * (The run is looked for by hasUrlTokenRun, which skips ahead instead of trying 20 characters at
 * every offset, as the regex `[A-Za-z0-9_+%-]{20}` did; the rest stays a regex, which starts only
 * at the `=` or the separator it needs.)
 */
function hasCredentialHint(url: string): boolean {
  return hasUrlTokenRun(url, CREDENTIAL_RUN) || CREDENTIAL_PARAMETER_HINT.test(url);
}

/** What a URL goes on with after a match that stopped short of its end: up to a quote, a blank or a bracket of markup. */
const URL_TEXT_AFTER = /^[^\s"'`<>]*/;

/**
 * A service URL whose path or query carries a credential: a webhook's token
 * (`https://hooks.contoso.internal/notify/<token>`), `?bindpw=…`, a random `?token=…`. Whoever
 * reads the URL can use it, so the whole URL is the secret, stored in Key Vault as one value (not
 * a setting for App Configuration, where the internal-url rule would put it). Found where that
 * rule finds service URLs, and after every other secret rule: a vendor's webhook or a token a name
 * announces stays its own rule's finding.
 */
export const CAPABILITY_URL_RULES: readonly PatternRule[] = [
  {
    id: "url/capability",
    title: "URL carrying a credential",
    kind: "secret",
    docsUrl: SECRETS_GUIDE,
    urlPreview: true,
    skipsComments: true,
    keywords: ["://"],
    pattern: serviceUrlPattern(),
    // (A URL without a credential's hint is settled at once; then the service-URL judgement, which
    // the internal-url rule asks for the same URL and is remembered; the token analysis last.)
    // (A media file's URL is judged as written to its end: the match stops at a bracket, and
    // thumbor's `…/filters:quality(70)/a.jpg` goes on after one.)
    reject: (value, match, context) =>
      !hasCredentialHint(value) || rejectServiceUrl(value, match, context) || !urlCarriesCredential(value) || isMediaFileUrl(value + URL_TEXT_AFTER.exec(match.input.slice(match.index + match[0].length))![0]),
  },
];
