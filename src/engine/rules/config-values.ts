import { fileExtensionOf, isSettingsFile, isShellScript } from "../file-type";
import { isMediaFilePath, urlCarriesCredential } from "../url-credentials";
import { forgetWhenScansEnd } from "../scan-memo";
import { DomainSet } from "./domain-set";
import type { PatternRule, RuleContext } from "./types";
import { KEY_VAULT_REFERENCE, isInMarkdownString, isInNonEndpointSetting, isInsideUrl, isOutsideReadValue, isSkippedFile, readsAsSentence, isTestedAgainst, placeOfValue, sharesStringWithCredential, templatedUserinfoSchemeStart, textAfter, textBefore, valueStart } from "./config-value-place";
import type { Place } from "./config-value-place";
import { HOST_TLDS, INTERNAL_SUFFIXES, PACKAGE_ROOTS, hasInternalSuffix, isAzureResourceHost, isConfigurableHostName, topLevelLabel } from "./config-hosts";
import { ipv4Octets, isBroadcastAddress, isConfigurableIpLiteral, isNetworkAddress, isObjectIdentifier, isVersionOidOrSection } from "./config-addresses";

/**
 * Configuration values: IP addresses, host names and service URLs written into code. They are not
 * secrets (kind `config`): the fix is to read them from Azure App Configuration, so that each
 * environment can supply its own. Severity is lower than a secret's and the whole kind can be
 * switched off (ScanOptions.includeConfig).
 *
 * What counts, in one place for the three rules:
 * - Only values a program reads. Comments are skipped by all three rules: a comment is never read
 *   at run time, so "move it to App Configuration" has nothing to move, and comments are where
 *   example addresses and documentation links live. In code files the value must also sit inside
 *   a string literal (`threading.local`, `this.config.net` are expressions, not hosts). Prose
 *   documentation, translation catalogs, lock files, build manifests, package metadata, SVG
 *   images, tests with their data, and examples (`undeployed-paths.ts`: no deployment reads
 *   them) are skipped whole.
 * - Only endpoints. A URL needs evidence that it addresses a service rather than a page for people:
 *   an IP, a port, a private or single-label host, a named Azure resource, an environment or API
 *   in the name, an API path, a setting named for a service's address (`BaseAddress`, `API_URL`),
 *   or a non-web scheme. A bare host name needs to stand alone in its
 *   value, follow a server keyword or port, or carry the same evidence in its name.
 * - Not loopback, unspecified or broadcast addresses, not the documentation ranges and names of
 *   RFC 5737, RFC 3849 and RFC 2606/6761 (`192.0.2.x`, `2001:db8::`, `example.com`, `*.test`),
 *   not fixed well-known endpoints that are the same everywhere (Azure IMDS `169.254.169.254`,
 *   `host.docker.internal`, public documentation, schema and package-registry hosts, the
 *   resources Azure tokens are asked for such as `https://storage.azure.com/.default`).
 * - Not a credential: a URL with `user:pass@` or a connection string with a password or key is a
 *   secret, found by the secret rules and stored whole in Key Vault; reporting its host too would
 *   ask the user to split one value in two.
 *
 * Each rule's `value` group is the address, host or URL itself, without quotes.
 */

const DOCS = "https://learn.microsoft.com/azure/azure-app-configuration/overview";

// ---------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------

/** Schemes that name a network service. `file:`, `vscode:`, `chrome-extension:` and the like do not. */
const SERVICE_SCHEMES = new Set([
  "http", "https", "ws", "wss", "ftp", "ftps", "sftp", "ssh", "sb", "amqp", "amqps", "mqtt", "mqtts", "redis", "rediss",
  "mongodb", "mongodb+srv", "postgres", "postgresql", "mysql", "mariadb", "sqlserver", "tcp", "udp", "grpc", "grpcs",
  "ldap", "ldaps", "smb", "nfs", "kafka", "nats", "rtsp", "opc.tcp", "net.tcp", "memcached", "cassandra", "couchbase",
  "couchbases", "neo4j", "neo4j+s", "bolt", "dns",
  // Hadoop's file systems: Azure Data Lake and Blob storage (`abfss://container@account.dfs.core.windows.net/`), HDFS.
  "abfs", "abfss", "wasb", "wasbs", "adl", "hdfs",
  // Turso's libSQL databases.
  "libsql",
]);
/** Schemes whose user part names a storage container, not an account: `abfss://container@account…`. */
const HADOOP_STORAGE_SCHEMES = new Set(["abfs", "abfss", "wasb", "wasbs"]);
/** Web URLs address pages for people as often as services, so they need more evidence than `redis://`. */
const WEB_SCHEMES = new Set(["http", "https"]);

/** Host labels (split at `.` and `-`) that name an environment or a private network. */
const ENVIRONMENT_WORDS = new Set([
  "dev", "develop", "development", "test", "testing", "qa", "uat", "stage", "staging", "stg", "preprod", "prod", "production",
  "prd", "nonprod", "sandbox", "sbx", "int", "integration", "internal", "intranet", "corp", "local", "lab", "perf", "canary",
]);
/** Host labels that say the host is an API, and first labels that say it is a site for people. */
const API_WORDS = new Set(["api", "apis", "gateway", "graphql", "grpc"]);
const SITE_FIRST_LABELS = new Set(["www", "docs", "doc", "learn", "help", "support", "blog", "wiki", "status"]);
/** `/api/`, `/api.php`, `/graphql`, `/v2/`, `/v1.0/`; not a file such as `/v0.js`. */
const API_PATH = /^\/(?:(?:api|graphql|odata|rpc)(?:[/?#.]|$)|v[0-9]+(?:[/?#]|\.[0-9]|$))/i;
/**
 * A page about an API rather than the API: `/api/reference`, `/docs/api/orders`, `/api/guide`,
 * `/api/orders.html`. Documentation links, for people; so is a licence's page (`/licenses/`).
 */
const DOCUMENTATION_PAGE_PATH = /\/(?:docs?|documentation|reference|guides?|manual|tutorials?|wiki|help|licen[cs]es?)(?:[/?#]|$)|\.(?:html?|md|pdf)(?:[?#]|$)/i;

/**
 * Single-label names that stand for "some host" in examples and tests (`http://a/b/c`,
 * `http://foo/bar`, `https://server:8080`), not a machine anyone named.
 */
const PLACEHOLDER_HOST_LABELS = new Set([
  "foo", "bar", "baz", "qux", "host", "hostname", "server", "servername", "domain", "example", "remote", "myhost", "myserver",
  // A URL's or address's own name for itself (`https://url:8000`).
  "url", "uri", "address",
  "yourhost", "yourserver", "your-host", "your-server", "my-host", "my-server",
  // Django's test client calls every server this.
  "testserver",
  // The base a relative path is parsed against (`new URL(\`http://dummy${req.url}\`)`): no server's name.
  "dummy", "placeholder",
  // What a probe reports until it learns the server (`dburl = "jdbc:mysql://unknown"`).
  "unknown",
]);

function isPlaceholderHostLabel(label: string): boolean {
  return label.length === 1 || PLACEHOLDER_HOST_LABELS.has(label);
}

/** A single-label host that stands for one: PLACEHOLDER_HOST_LABELS's, or a resource's (`your-endpoint`, `some-endpoint`: a help text's). */
function isPlaceholderSingleLabelHost(host: string): boolean {
  return isPlaceholderHostLabel(host) || PLACEHOLDER_FIRST_LABEL.test(host);
}

/**
 * First labels that documentation and help texts use for "your resource here": `myregistry.azurecr.io`,
 * `mykeyvault.vault.azure.net`, `your-app.azurewebsites.net`, `xxx.eastus.azure.confluent.cloud`,
 * a proxy option's `myproxy.com:3128`, a CLI's help text's `http://some-endpoint/hooks`.
 * No deployment names its resource so; a name that only starts with the letters (`myriad`,
 * `mysql-orders`) is not one. (The first label only: `mysql` further on is Azure's zone.)
 */
const PLACEHOLDER_FIRST_LABEL =
  /^(?:x{3,}|your(?:[-_].*)?|(?:my|your|some(?=-))-?(?:registry|acr|key-?vault|vault|storage(?:-?account)?|account|namespace|service-?bus|event-?hubs?|web-?app|function-?app|app|func|cache|redis|search|service|cosmos(?:-?db)?|db|database|sql-?server|sql|instance|resource|cluster|workspace|iot-?hub|hub|app-?config|config|store|domain|tenant|site|api|bot|endpoint|proxy|server|host)\d{0,3})$/;
/**
 * Labels that stand for "your organisation here" wherever they are in the name, with a region or
 * an environment after them if need be: `api.yourcompany.com`, `mycompany-east-us.openai.azure.com`,
 * `orders.your-domain.io`, `xxx.fabrikam.com`; and the metasyntactic `foo` of tests' servers
 * (`imap.foo.com`), as PLACEHOLDER_HOST_LABELS has it for a single label.
 */
const PLACEHOLDER_ORGANISATION_LABEL = /^(?:x{3,}|foo(?:bar)?|your(?:[-_].*)?|(?:my|your)-?(?:company|org|organi[sz]ation|corp|business|team|project|domain|tenant)(?:[-_][a-z0-9-]*)?)$/;

/** A placeholder's label in a dotted name: the first label's resource, or an organisation's anywhere but the top-level domain. */
function hasPlaceholderLabel(host: string): boolean {
  const labels = host.split(".");
  if (labels.length < 2) return false;
  return PLACEHOLDER_FIRST_LABEL.test(labels[0]!) || labels.slice(0, -1).some((label) => PLACEHOLDER_ORGANISATION_LABEL.test(label));
}

interface ParsedUrl {
  readonly scheme: string;
  readonly host: string;
  readonly hasPort: boolean;
  readonly path: string;
}

function parseUrl(value: string): ParsedUrl | undefined {
  const separator = value.indexOf("://");
  // (jTDS names its driver before the database's scheme: `jdbc:jtds:sqlserver://`.)
  const scheme = value.slice(0, separator).toLowerCase().replace(/^jdbc:(?:jtds:)?/, "");
  // gRPC's `dns:///orders.internal:50051` leaves the authority (a DNS server) out: the host
  // follows the third slash.
  const rest = scheme === "dns" && value.startsWith("/", separator + 3) ? value.slice(separator + 4) : value.slice(separator + 3);
  // (`;` ends it too: SQL Server's JDBC properties, `…:1433;database=orders`.)
  const authorityEnd = rest.search(/[/?#;]/);
  const written = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const path = authorityEnd === -1 ? "" : rest.slice(authorityEnd);
  // `user:pass@host` is a credential (the secret rules' finding); `*` is a pattern, not a host. So is
  // a user alone, as often as not (`https://<token>@git.contoso.com/…`), except in Hadoop's storage
  // URLs, where it names a container: `abfss://container@account.dfs.core.windows.net/`.
  const at = written.lastIndexOf("@");
  if (at !== -1 && !(HADOOP_STORAGE_SCHEMES.has(scheme) && /^[a-z0-9][a-z0-9-]{1,62}$/.test(written.slice(0, at)))) return undefined;
  const authority = written.slice(at + 1);
  if (authority.length === 0 || authority.includes("*")) return undefined;
  let host = authority;
  let port = "";
  if (authority.startsWith("[")) {
    const close = authority.indexOf("]");
    if (close === -1) return undefined;
    host = authority.slice(1, close);
    port = authority.slice(close + 1).replace(/^:/, "");
  } else if (authority.includes(":")) {
    host = authority.slice(0, authority.lastIndexOf(":"));
    port = authority.slice(authority.lastIndexOf(":") + 1);
  }
  if (port !== "" && !/^[0-9]{1,5}$/.test(port)) return undefined;
  return { scheme, host: host.toLowerCase().replace(/\.$/, ""), hasPort: port !== "", path };
}

/**
 * What the host name alone says: a private-network suffix, a named Azure resource, an environment
 * (`orders-staging`, `db01.corp`), or an API (`api.fabrikam.com`, told apart: its pages about
 * itself are documentation). A site for people (`www.`, `docs.`) says nothing, even if it has
 * the word "api" further on.
 */
function hostNameSignal(host: string): "endpoint" | "developerSite" | "api" | "site" | "none" {
  if (hasInternalSuffix(host) || isAzureResourceHost(host)) return "endpoint";
  // The top-level domain is not a word of the name: `react.dev` is not a development host.
  const words = host.slice(0, Math.max(0, host.lastIndexOf("."))).split(/[.-]/);
  // `dev.mysql.com`, `dev.example.org`: a vendor's site for developers as often as a dev server.
  if (words.length === 2 && words[0] === "dev" && !ENVIRONMENT_WORDS.has(words[1]!)) return "developerSite";
  // `dev.to`, `stage.com`: the word is a registered domain's own name, not an environment's label under one.
  if (words.length > 1 && words.some((word) => ENVIRONMENT_WORDS.has(word))) return "endpoint";
  if (SITE_FIRST_LABELS.has(words[0] ?? "")) return "site";
  return words.some((word) => API_WORDS.has(word)) ? "api" : "none";
}

/**
 * Setting names that say the value is a service's address: `BaseAddress`, `baseUrl`, `Endpoint`,
 * `ORDERS_API_URL`, `PAYMENT_SERVICE_URL`, Retrofit's `.baseUrl("…")`. The name must end right
 * before the value, so `docsUrl`, `homepage` or an `endpoint` mentioned earlier on the line do not
 * count; a bare `url` or `link` says nothing either way.
 */
const ENDPOINT_SETTING_BEFORE =
  /(?:base_?(?:url|uri|address)|endpoint|api_?(?:url|uri|base|root)|(?:service|server|backend)_?(?:url|uri))["'`]?\s*(?:[:=(]|=>)\s*(?:new\s+uri\(\s*)?@?["'`]?$/i;

/**
 * In a settings file (see isSettingsFile), a setting named for an address: its name ends in
 * URL, URI, ENDPOINT, ORIGIN, AUTHORITY, ISSUER, HOST or SERVER, maybe plural or indexed
 * (`SEARCH_URL=`, `"Authority": "`, `FRONTEND_ORIGIN:`, `"AllowedOrigins": [ "`,
 * `Cors__AllowedOrigins__0=`). What such a file holds is what the program reads, so the name is
 * evidence enough; settings for people's links (`DOCS_URL`, `homepage`) are left out by
 * LINK_SETTING all the same.
 */
/** The last words of a setting's name that say it holds an address (`SEARCH_URL`, `Jwt:Authority`, `REDIS_HOST`). */
export const ADDRESS_SETTING_WORDS = ["url", "uri", "endpoint", "origin", "authority", "issuer", "host", "server"];
const ADDRESS_NAME_BEFORE = new RegExp(`(?:${ADDRESS_SETTING_WORDS.join("|")})s?(?:__\\d{1,3})?["']?[ \\t]*[:=][ \\t]*\\[?[ \\t]*["']?$`, "i");
/** A later member of a list: a comma, maybe a quote, right before the value. */
const LIST_MEMBER_BEFORE = /,[ \t]*["']?$/;

/**
 * A settings file's setting named for an address, right before the value at `offset` of `line`,
 * or before the list the value is a member of: a JSON array's `[`, or the whole value's start
 * (`CORS_ORIGINS=https://a…,https://b…`).
 */
function isAddressSetting(line: string, offset: number, context: RuleContext): boolean {
  if (!isSettingsFile(context.filePath)) return false;
  const before = line.slice(Math.max(0, offset - 300), offset);
  if (ADDRESS_NAME_BEFORE.test(before)) return true;
  if (!LIST_MEMBER_BEFORE.test(before)) return false;
  const bracket = before.lastIndexOf("[");
  const opening = bracket !== -1 && !before.includes("]", bracket) ? bracket + 1 : (/^[^:=]*[:=]/.exec(before)?.[0].length ?? 0);
  return opening > 0 && ADDRESS_NAME_BEFORE.test(before.slice(0, opening));
}

/**
 * A URL is reported when it points at a service whose address differs between environments:
 * an IP address, a single-label or private-network host, an explicit port, a named Azure resource,
 * an environment or API in the host name, an API path, a setting whose name says endpoint (in a
 * settings file, any address's name), or a non-web service protocol. A plain link to a public site (`https://www.contoso.com/privacy`) is
 * left alone, and so is a site for people (`www.`, `docs.`) under any name.
 */
function isConfigurableUrl(url: ParsedUrl, namedEndpoint: () => boolean, addressSetting: () => boolean): boolean {
  if (!SERVICE_SCHEMES.has(url.scheme) && !/^jdbc:/.test(url.scheme)) return false;
  if (ipv4Octets(url.host) || url.host.includes(":")) return isConfigurableIpLiteral(url.host);
  if (!/^[a-z0-9.-]+$/.test(url.host) || !isConfigurableHostName(url.host)) return false;
  if (!url.host.includes(".") ? isPlaceholderSingleLabelHost(url.host) : hasPlaceholderLabel(url.host)) return false;
  if (addressSetting()) return true;
  if (!WEB_SCHEMES.has(url.scheme) || url.hasPort || !url.host.includes(".")) return true;
  const signal = hostNameSignal(url.host);
  // An API's host or path, unless the path is a page about it (`https://api.fabrikam.com/docs`);
  // so a `dev.` host's (`https://dev.mysql.com/doc/refman/…` is a manual, not a dev server).
  if (signal === "api" || signal === "developerSite") return !DOCUMENTATION_PAGE_PATH.test(url.path) || namedEndpoint();
  if (signal !== "none") return signal === "endpoint";
  // (A versioned path to an image or a video, `/v4.0.0/images/logo.png` on a CDN, is an asset every
  // visitor's browser fetches, not an API's.)
  return (API_PATH.test(url.path) && !DOCUMENTATION_PAGE_PATH.test(url.path) && !isMediaFilePath(url.path)) || namedEndpoint();
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

/**
 * Prose that gives an example just before the value: a command's help text (`help="Gateway's
 * public IP address (e.g. 10.1.1.1)"`, `such as 'myregistry.azurecr.io/app'`, `in the following
 * format: http://10.1.1.1`). The example shows a format; nothing connects to it. Not past a `)` or `;`, where the prose has ended and
 * code goes on (`help="… (e.g. 10.1.1.1)"); default="10.1.1.2"`).
 */
const EXAMPLE_BEFORE = /\b(?:e\.g\.|eg\.|for example|for instance|such as|examples?:|in the (?:following )?format\b)[^;)]*$/i;

/**
 * A subscript's key: `$links['https://api.w.org/featuredmedia']`, `routes["10.20.30.40"]`, with
 * blanks inside the brackets as Ruby writes them too (`maven[ 'maven.repo.local' ]`). The value
 * looks an entry up (a link relation, a host's settings, a property). An array literal
 * (`["db01.corp.contoso.com"]`) has no name or bracket right before its `[`.
 */
function isSubscriptKey(value: string, match: RegExpExecArray): boolean {
  return /[\w$\])]\[[ \t]{0,4}["']$/.test(textBefore(match, 7)) && /^["'][ \t]{0,4}\]/.test(textAfter(match, value, 6));
}

/** Checks every rule shares: the file, the place on the line, the setting, a credential nearby. */
function isNotAConfigurationValue(value: string, match: RegExpExecArray, context: RuleContext, place: Place): boolean {
  return (
    isSkippedFile(context.filePath) ||
    isOutsideReadValue(place, context) ||
    EXAMPLE_BEFORE.test(textBefore(match, 60)) ||
    isSubscriptKey(value, match) ||
    KEY_VAULT_REFERENCE.test(textBefore(match, 300)) ||
    isInNonEndpointSetting(value, match) ||
    readsAsSentence(value, match, place) ||
    isInMarkdownString(value, match, place) ||
    sharesStringWithCredential(match, value) ||
    isTestedAgainst(match, value)
  );
}

const OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
/**
 * Four octets, not part of a longer dotted run (OIDs, `1.2.3.4.5`) or of a word (`v1.2.3.4`), nor
 * opened by a percent escape's hex digits: in an SVG kept percent-encoded in a CSS `data:` URI
 * (`…%200%201.27.4.4%200…`), `%20` is the blank between path numbers, and the address it seems
 * to start (`201.27.4.4`) is the escape's digits run into path data.
 */
const IPV4 = `(?<![A-Za-z0-9_./%-])${OCTET}(?:\\.${OCTET}){3}(?![A-Za-z0-9_-]|\\.[A-Za-z0-9_-])`;
/**
 * A global-unicast or unique-local IPv6 address: a four-digit first group (2xxx, 3xxx, fcxx,
 * fdxx), then hex digits and colons; `ipv6Groups` checks the grammar. One bounded run, no nesting.
 */
const IPV6 = "(?<![A-Za-z0-9_.:/-])(?:[23][0-9A-Fa-f]{3}|[Ff][CcDd][0-9A-Fa-f]{2}):[0-9A-Fa-f:]{1,34}(?![A-Za-z0-9_.:-])";

/**
 * Host name labels. `(?:\.LABEL){0,8}` cannot backtrack badly: a label never contains a dot, so
 * there is one way to split a name into labels.
 */
const LABEL = "[A-Za-z0-9][A-Za-z0-9-]{0,62}";
/**
 * Not after a character that would make the name part of something larger: a word, a longer dotted
 * name or wildcard (`*.contoso.com`), an e-mail address (`@`), a path or URL (`/`), a template
 * (`$`, `%`). Not before a call, index or assignment (`threading.local(`, `x.net = `), a longer
 * name or a file extension (`contoso.com.au` is matched whole; `db.corp.com.json` is not a host),
 * nor before a dot other than a full stop (`"dp.pt."` is a prefix).
 */
const HOST_BEFORE_NAME = "(?<![A-Za-z0-9_.@$%*/\\\\-])";
/**
 * Two places where a host follows a backslash, `@` or `/` all the same: a UNC path's server at the
 * start of a value (`\\fs01.corp.contoso.com\share`, in C-like strings `\\\\fs01…`) and Oracle's
 * thin JDBC URLs (`jdbc:oracle:thin:@//db01.contoso.com:1521/ORDERS`, `thin:@db01…:1521:ORCL`).
 */
const UNC_OR_ORACLE_HOST_BEFORE = String.raw`(?:^|[\s"'=>(,])(?:\\\\){1,2}|thin:@(?:\/\/)?`;
/**
 * A host after the `@` of a credential URL whose password is a template's
 * (`postgres://orders:$DB_PASSWORD@pg.fabrikam.net`, `"amqp://orders:" + pw + "@rabbit…"`): the `@`
 * follows a template's last character. rejectHostName reads the whole user part (see
 * templatedUserinfoSchemeStart); an e-mail address's `@` follows a letter and is never matched.
 */
const TEMPLATED_USERINFO_AT = String.raw`(?:[})>"'\`]|\$[A-Za-z_][A-Za-z0-9_]{0,63}|%[sv])@`;
const HOST_BEFORE = `(?:(?<=${UNC_OR_ORACLE_HOST_BEFORE})|(?<=${TEMPLATED_USERINFO_AT})|${HOST_BEFORE_NAME})`;
const UNC_OR_ORACLE_BEFORE = new RegExp(`(?:${UNC_OR_ORACLE_HOST_BEFORE})$`);
const HOST_AFTER = "(?![A-Za-z0-9_@$(\\[=-]|\\.(?!\\s|$))";

/**
 * The IP address rule's keyword end test: a digit and a dot wake it only before another digit,
 * as in every IPv4 address (`10.0.0.5`); `es2015.promise`, `v1.` at a sentence's end do not.
 * `::` wakes it wherever it is.
 */
function digitFollowsDot(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 46) return true;
  const next = text.charCodeAt(end);
  return next >= 48 && next <= 57;
}

/**
 * A single-label host (`sqlprod01`, `redis-orders`) right after a setting named for a host or
 * server: `DB_SERVER=`, `"Server": "`, `REDIS_HOST: `. Only settings files report one (see
 * rejectSingleLabelHost); everywhere else a single word after `host:` is as often a name as a machine.
 */
const SINGLE_LABEL_HOST_SETTING = String.raw`(?:host|hostname|server)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?`;

/**
 * Lower-case `.tld` keywords: every reported dotted host name ends with one of them; and the
 * setting names a single-label host follows.
 */
const HOST_SETTING_KEYWORDS = ["host", "hostname", "server"];
const HOST_KEYWORDS = [...HOST_TLDS.map((tld) => `.${tld}`), ...HOST_SETTING_KEYWORDS];

/** The keyword pass for `host` and `server`: they end a setting's name, and a value follows. */
function settingValueFollows(text: string, end: number): boolean {
  let i = end;
  if (text[i] === '"' || text[i] === "'") i++;
  while (text[i] === " " || text[i] === "\t") i++;
  return text[i] === ":" || text[i] === "=";
}
/**
 * HOST_AFTER, for the keyword pass: a `.tld` followed by a name character (`.default`,
 * `.escapedText`) cannot end a host name, so it does not wake the rule.
 */
function hostCanEndBefore(text: string, end: number): boolean {
  if (end < text.length) {
    const next = text[end]!;
    if (next === "." ? end + 1 < text.length && !/\s/.test(text[end + 1]!) : /[A-Za-z0-9_@$([=-]/.test(next)) return false;
  }
  // Nor does one in a URL, which the URL rule reads (rejectHostName leaves hosts inside a URL to it):
  // `https://www.apache.org/licenses/` is in every licence header.
  return !followsScheme(text, end);
}

/** `://` before `end` with no whitespace, quote or angle bracket between: isInsideUrl, from the keyword's end. */
function followsScheme(text: string, end: number): boolean {
  for (let i = end - 1, limit = Math.max(2, end - 2048); i >= limit; i--) {
    const ch = text.charCodeAt(i);
    // whitespace, `"`, `'`, `` ` ``, `<`, `>`
    if (ch <= 32 || ch === 34 || ch === 39 || ch === 96 || ch === 60 || ch === 62) return false;
    // `@` after a templated user part: the host that follows is the URL's value.
    if (ch === 64 && templatedUserinfoSchemeStart(text, i) !== -1) return false;
    if (ch === 47 && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58) return true;
  }
  return false;
}

/**
 * `"name.tld": …` is a key (package.json dependencies such as `"socket.io": "^4"`), and so is
 * `"name.tld" => …` in Ruby's hashes and PHP's arrays (a table of domains, the Public Suffix
 * List compiled into code); `host/path:` is a Kubernetes label or annotation key
 * (`cert-manager.io/cluster-issuer: …`).
 */
function isKeyPosition(after: string): boolean {
  // (`<name>fs.azure.account.key.orders.dfs.core.windows.net</name>`: a Hadoop property's name, with the account's host in it.)
  return /^["']\s*(?::(?!\/\/)|=>)/.test(after) || /^\/[A-Za-z0-9_./-]*["']?\s*:(?:\s|$)/.test(after) || after.startsWith("</name>");
}

/**
 * A bundle's member chain, `t.f.rpc.internal` (a minifier's one-letter module and export, then
 * the members), inlined where the line rules cannot tell code (a page's `<script>`): no host's
 * name opens with two one-letter labels.
 */
const MINIFIED_MEMBER_CHAIN = /^[a-z]\.[a-z]\./;
/** An assignment after the name, with spaces around its `=` (HOST_AFTER stops a `=` right after it). */
const ASSIGNMENT_AFTER = /^[ \t]+=(?![=>~])/;
/** A method's receiver as JavaScript and Python name it. */
const RECEIVER_LABELS = new Set(["this", "self"]);
/** A condition's first operand: `(transaction.local && …`, `(x.internal || …`. */
const LOGICAL_OPERATOR_AFTER = /^[ \t]*(?:&&|\|\|)/;

/**
 * Code kept as text (a coverage report's `sourcesContent`, a test's source in a string): a dotted
 * name assigned to (`transaction.local = false`), read off a receiver (`this.local`), negated
 * (`!transaction.local`) or tested in a condition (`(transaction.local && …`) is an object's
 * member, never a host; a host is what a setting is assigned.
 */
function isObjectMember(firstLabel: string, before: string, after: string): boolean {
  if (RECEIVER_LABELS.has(firstLabel) || ASSIGNMENT_AFTER.test(after)) return true;
  return before === "!" || (before === "(" && LOGICAL_OPERATOR_AFTER.test(after));
}

/** A host in a connection string's server keyword: `Server=tcp:host,1433`, `Host=host;Port=5432`. */
const SERVER_KEYWORD_BEFORE = /(?:server|data source|address|addr|network address|host|hostname|endpoint)\s*=\s*(?:tcp:)?$/i;
/** `host:5432`, `host,1433`: a port follows. */
const PORT_AFTER = /^[:,][0-9]{2,5}(?![0-9])/;
/**
 * A whole value made of hosts: `host`, `host:port`, or a list of `host[:port]` separated by commas
 * or semicolons. Each repetition starts with a separator, so the repetition cannot overlap itself.
 * `host/path` without a scheme is not here: it is as often a reference (`crbug.com/1234`, a Go
 * module) as an image or share, so it needs a name that says endpoint.
 */
const HOSTS_ONLY = /^\s*[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\s*[,;]\s*[A-Za-z0-9.-]+(?::[0-9]{1,5})?)*\s*(?:[,;]\s*)?$/;

/**
 * The whole value the host sits in: the string literal around it, or for an unquoted value in a
 * configuration file, what follows the last `=`, `: `, `>` or `- ` up to a comment or markup.
 * Bounded windows on both sides.
 */
function enclosingValue(match: RegExpExecArray, value: string, place: Place): string {
  const start = valueStart(match);
  const line = match.input;
  const after = textAfter(match, value, 512);
  if (place.kind === "string" && place.quote !== undefined && start - place.stringStart <= 512) {
    const close = after.indexOf(place.quote);
    return line.slice(place.stringStart + 1, start) + value + (close === -1 ? after : after.slice(0, close));
  }
  const before = textBefore(match, 512);
  const opened = Math.max(before.lastIndexOf("="), before.lastIndexOf(">"), before.lastIndexOf(": "), before.lastIndexOf("- "));
  const ends = after.search(/<|\s#|\s\/\/|$/);
  return before.slice(opened + 1).replace(/^\s*-?\s*/, "") + value + after.slice(0, ends);
}

/**
 * A bare host name is reported when something says it is an endpoint: it is the whole value (a
 * string or setting holding only host names), it follows a connection-string server keyword or
 * has a port, or its name says so (see `hostNameSignal`). A host name mentioned inside a sentence
 * (`"see crbug.com/1234"`, `"Powered by Fly.io"`) is prose.
 */
function isEndpointHostName(value: string, match: RegExpExecArray, place: Place): boolean {
  const signal = hostNameSignal(value.toLowerCase());
  if (signal === "endpoint" || signal === "developerSite" || signal === "api") return true;
  if (SERVER_KEYWORD_BEFORE.test(textBefore(match, 40)) || PORT_AFTER.test(textAfter(match, value, 8))) return true;
  // A UNC path's first name is a file server's; after `thin:@` is the database server.
  if (UNC_OR_ORACLE_BEFORE.test(textBefore(match, 12))) return true;
  return HOSTS_ONLY.test(enclosingValue(match, value, place));
}

/**
 * A setting named for a host or server right before the value: `"Host": "…"`, `DB_HOST=`,
 * `ldap.server=`, `SmtpServer = "…"`, `<Server>`. The name must end right before the value.
 */
const HOST_SETTING_BEFORE = /(?:host|hostname|host_name|server|servername|server_name|address|addr|endpoint|fqdn)(?:["'`]?\s*(?:[:=]|=>)\s*@?["'`]?|>)$/i;

/**
 * HOST_SETTING_BEFORE or SERVER_KEYWORD_BEFORE. Both end in `=`, `:`, `>`, `@` or a quote, the
 * one character looked at first: most names in capitals are code (`Locale.US`, `System.IO`),
 * with none of these before them, and are not read further.
 */
function hasHostSettingBefore(match: RegExpExecArray): boolean {
  let i = valueStart(match) - 1;
  const line = match.input;
  while (i >= 0 && (line[i] === " " || line[i] === "\t")) i--;
  if (i < 0 || !"=:>@\"'`".includes(line[i]!)) return false;
  const before = textBefore(match, 60);
  return HOST_SETTING_BEFORE.test(before) || SERVER_KEYWORD_BEFORE.test(before);
}

/** Whether a setting before a name or a port after it says the name is a host's. */
function saysHost(value: string, match: RegExpExecArray): boolean {
  return hasHostSettingBefore(match) || PORT_AFTER.test(textAfter(match, value, 8));
}

/**
 * A name not written in lower case. Machine names are often written in capitals
 * (`Server=SQLPROD01.CORP.FABRIKAM.COM`, `DB_HOST=DB01.CONTOSO.LOCAL`), while dotted names in
 * capitals or mixed case are far more often code: Java constants (`LOGGER.INFO`, `Locale.US`),
 * .NET namespaces (`Contoso.Orders.Com`, `System.IO`), DOS file names (`COMMAND.COM`). A name in
 * capitals throughout counts with three labels or more; a shorter one, or one in mixed case
 * (`APP-SRV.Fabrikam.Org`), only where the setting or a port says host. (Lower-case names are
 * judged as before: `BRAND_NAME` below.)
 */
function rejectCapitalisedHostName(value: string, match: RegExpExecArray): boolean {
  // A label in camelCase (`accessClassInPackage.sun.net`, a Java permission's name) is an
  // identifier: a DNS name is written in one case, label by label.
  if (/[a-z][A-Z]/.test(value) && !saysHost(value, match)) return true;
  if (!/[A-Z]/.test(value.slice(value.lastIndexOf(".") + 1))) return BRAND_NAME.test(value) || (ACRONYM_BRAND_NAME.test(value) && !saysHost(value, match));
  if (saysHost(value, match)) return false;
  if (/[a-z]/.test(value) || value.split(".").length < 3) return true;
  // Capitals throughout, without a setting that says host: a machine's name has a number or a
  // hyphen in it (`SQLPROD01`, `APP-SRV`) or a private suffix; `APP.SETTINGS.IO` is a key.
  return !/[0-9-]/.test(value) && !hasInternalSuffix(value.toLowerCase());
}

/** Formats a web server or a data reader keeps precompressed with Brotli, as `<name>.<format>.br`. */
const BROTLI_COMPRESSED_FORMATS = new Set(["json", "jsonl", "ndjson", "js", "mjs", "css", "html", "htm", "svg", "wasm", "txt", "xml", "csv", "map", "data"]);

/**
 * A URI scheme that is not a network address (`tag:yaml.org,2002:str`, `urn:`) before the name,
 * or a URN's namespace after it (`urn:fdc:peppol.eu:2017:…`, an e-invoice's specification id).
 */
const NAMING_SCHEME_BEFORE = /(?:^|[^A-Za-z0-9+.-])(?:tag|urn(?::[A-Za-z0-9][A-Za-z0-9-]{0,31})?|doi|oid):$/i;
// (…and a group's constant or keyword argument in code: `VMSERVICE_GROUP = "vmoperator.example.com"`,
// `group="ray.io"` when a client lists a custom resource.)
const API_GROUP_BEFORE = /(?:^|[\s{,"'(])(?:group|apiGroup|apiVersion|[A-Z][A-Z0-9]*_GROUP)["']?[ \t]*[:=][ \t]*["']?$/;
/**
 * `Fly.io`, `Booking.com`, `AndroidDevice.info`: a two-label name whose first label is capitalised
 * and mixed-case is a brand in a sentence or a member name, not a host (machine names in upper
 * case, `SQLPROD01.corp.contoso.com`, stay).
 */
const BRAND_NAME = /^[A-Z][A-Za-z0-9-]*[a-z][A-Za-z0-9-]*\.[a-z]+$/;
/**
 * `{ name: "JSR.io", url }`: an acronym and a lower-case top-level domain is a brand as well, where no
 * setting or port says host (a machine's name in capitals has a digit or a hyphen: `SQLPROD01.local`).
 */
const ACRONYM_BRAND_NAME = /^[A-Z]{2,}\.[a-z]{2,}$/;

/**
 * A registrable domain with no host under it: `fabrikam.com`, or `fabrikam.co.uk` under a
 * country's second level.
 */
function isBareDomain(labels: readonly string[]): boolean {
  if (labels.length === 2) return true;
  return labels.length === 3 && labels[2]!.length === 2 && BARE_DOMAIN_SECOND_LEVELS.has(labels[1]!);
}
const BARE_DOMAIN_SECOND_LEVELS = new Set(["co", "com", "net", "org", "ac", "gov", "edu"]);

/**
 * A quoted bare domain, and a run of them separated by commas: a list's members, or the members of
 * a list of lists (`[["fabrikam.com", "fbkm.co"], ["contoso.com"]]`, each site with its short links).
 */
const QUOTED_BARE_DOMAIN = "[\"'`][A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\\.(?:co|com|net|org|ac|gov|edu))?\\.[A-Za-z]{2,24}[\"'`]";
const BARE_DOMAIN_RUN = new RegExp(`(?:${QUOTED_BARE_DOMAIN}\\s*(?:\\]\\s*)?,\\s*(?:\\[\\s*)?)+${QUOTED_BARE_DOMAIN}`, "g");

/**
 * A list of domains, not hosts: a bare domain quoted among two or more others on its line
 * (`["fabrikam.com", "contoso.com", "northwind.com"]`, a mail provider or blocked-sender list),
 * or alone on its line in a text file (one domain a line, as such lists are kept). Code matches
 * addresses against them; it does not connect to them. A domain with a private suffix
 * (`corp.local`) stays, and so does a host under a domain (`smtp.fabrikam.com`).
 */
function isDomainListMember(labels: readonly string[], value: string, match: RegExpExecArray, context: RuleContext): boolean {
  if (!isBareDomain(labels) || hasInternalSuffix(value.toLowerCase())) return false;
  if (context.fileType === "text" && match.input.trim() === value) return true;
  const before = textBefore(match, 200);
  if (!/["'`]$/.test(before)) return false;
  const around = before + value + textAfter(match, value, 200);
  const at = before.length;
  for (const run of around.matchAll(BARE_DOMAIN_RUN)) {
    if (run.index <= at && at < run.index + run[0].length) return run[0].split(",").length >= 3;
  }
  return false;
}

const TYPESCRIPT_EXTENSIONS = new Set(["ts", "tsx", "mts", "cts"]);
/** A quoted string with a union's bar before or after it: `| "fabrikam.com" |` (not `||`, a default). */
const UNION_BAR_BEFORE = /(?<!\|)\|[ \t]*["'`]$/;
const UNION_BAR_AFTER = /^["'`][ \t]*\|(?!\|)/;
/** A type literal's member named by its own quoted value: `"fabrikam.com": "fabrikam.com";`. */
const SELF_NAMED_MEMBER_BEFORE = /(["'])(?<name>[^"'\n]{1,253})\1[ \t]*:[ \t]*["']$/;

/**
 * A string literal type in TypeScript: a member of a union of names (`'github' | 'fabrikam.com' |
 * 'mastodon'`, a site's icon names), or of an object type mapping each name to itself, as a
 * declaration file spells an enum of names. A type holds no address to connect to.
 */
function isStringLiteralType(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  if (!TYPESCRIPT_EXTENSIONS.has(fileExtensionOf(context.filePath))) return false;
  const before = textBefore(match, 260);
  if (UNION_BAR_BEFORE.test(before) || UNION_BAR_AFTER.test(textAfter(match, value, 4))) return true;
  return SELF_NAMED_MEMBER_BEFORE.exec(before)?.groups!.name === value;
}

/** How far from a domain its wildcard may be written in the same list: a few members over a few lines. */
const WILDCARD_SIBLING_REACH = 200;
/** Quoted strings and the commas and blanks between them: nothing but other members of one list. */
const LIST_MEMBERS_BETWEEN = /^(?:\s|,|["'`][^"'`\n]{0,253}["'`])*$/;

/**
 * A domain listed beside its own wildcard (`"fabrikam.com",` above `"*.fabrikam.com"`, on one
 * line or one member a line): the pair means the domain and every host under it, a pattern that
 * code matches addresses against (which service a request went to, which sites are allowed), as
 * the wildcard itself is. Nothing connects to it. A domain with a private suffix stays, as in
 * isDomainListMember. Asked by the scan, which sees the lines a line-scoped rule does not.
 */
export function isDomainBesideItsWildcard(content: string, start: number, end: number): boolean {
  const domain = content.slice(start, end);
  const value = domain.toLowerCase();
  if (!isBareDomain(value.split(".")) || hasInternalSuffix(value)) return false;
  const quote = content[start - 1];
  if (quote === undefined || !"\"'`".includes(quote) || content[end] !== quote) return false;
  const wildcard = `${quote}*.${domain}${quote}`;
  // (Searched within the reach only: a file of many hosts costs each host its reach, not the file.)
  const following = content.slice(end + 1, end + 1 + WILDCARD_SIBLING_REACH + wildcard.length);
  const after = following.indexOf(wildcard);
  if (after !== -1 && LIST_MEMBERS_BETWEEN.test(following.slice(0, after))) return true;
  const precedingStart = Math.max(0, start - 1 - WILDCARD_SIBLING_REACH - wildcard.length);
  const preceding = content.slice(precedingStart, start - 1);
  const before = preceding.lastIndexOf(wildcard);
  return before !== -1 && LIST_MEMBERS_BETWEEN.test(preceding.slice(before + wildcard.length));
}

/**
 * TextMate scope names (`keyword.control.io`, `comment.block.io` in a grammar for the Io language):
 * dotted words under a scope's root, never a host's first label.
 */
const TEXTMATE_SCOPE_ROOTS = new Set(["keyword", "punctuation", "comment", "variable", "markup", "invalid", "entity", "constant"]);

/** Where a shell line's command stands: its start, or after a pipe, `;`, `&&`, `(`, `$(`, or a prefix command. */
const COMMAND_PLACE_BEFORE = /(?:^|[|;&(]|\$\(|(?:^|\s)(?:sudo|exec|time|nohup|xargs|command))[ \t]*$/;

/**
 * In a shell script, a dotted name in a command's place and followed by a flag is the program
 * run (`kadmin.local -q "addprinc …"`, `| kadmin.local -p admin`), not a host. A host alone at a
 * line's start (a heredoc writing a hosts list or an inventory) has no flag after it.
 */
function isCommandWithFlags(value: string, match: RegExpExecArray): boolean {
  return /^[ \t]+-/.test(textAfter(match, value, 8)) && COMMAND_PLACE_BEFORE.test(textBefore(match, 1000));
}

/**
 * Where a container image is named: an `image:` or `image =` setting (compose, Kubernetes,
 * Terraform, Bicep, JSON task definitions), a Dockerfile's `FROM`, a build's `-t`/`--tag`,
 * `--image`, and `docker push`/`pull`/`tag` (podman's, nerdctl's, buildah's alike).
 */
const IMAGE_REFERENCE_BEFORE =
  /(?:(?:^|[\s"'{,-])[Ii]mage["']?[ \t]*[:=][ \t]*["']?|(?:^|\s)FROM[ \t]+(?:--platform=\S+[ \t]+)?|(?:^|\s)(?:-t|--tag|--image)(?:[ \t]+|=)|\b(?:docker|podman|nerdctl|buildah)[ \t]+(?:image[ \t]+)?(?:push|pull|tag[ \t]+\S+)[ \t]+(?:-[\w-]+(?:=\S+)?[ \t]+)*)$/;
/** A repository's path after the registry (and its port): `/orders-api:1.4.2`, `/base/dotnet@sha256:…`. */
const IMAGE_PATH_AFTER = /^(?::[0-9]{1,5})?\/[a-z0-9]/;

/**
 * `fabrikam.azurecr.io/orders-api:1.4.2` under `image:` or after `FROM`: a container image's
 * reference, which the build and the orchestrator read, not the running program; the registry is
 * part of the image's name, whatever registry it is.
 */
function isImageReference(value: string, match: RegExpExecArray): boolean {
  return IMAGE_PATH_AFTER.test(textAfter(match, value, 8)) && IMAGE_REFERENCE_BEFORE.test(textBefore(match, 120));
}

/** An HTML link's opening tag right before the value, and its closing tag right after it. */
const LINK_OPENING_BEFORE = /<a\s[^<>]{0,300}>$/i;
const LINK_CLOSING_AFTER = /^<\/a>/i;

/**
 * `<a href="http://fabrikam.com">www.fabrikam.com</a>`: a host as the whole text of a link, a
 * page's credit or contact line. It names the site for a reader; where the link goes is its href.
 */
function isLinkLabel(value: string, match: RegExpExecArray): boolean {
  return LINK_CLOSING_AFTER.test(textAfter(match, value, 4)) && LINK_OPENING_BEFORE.test(textBefore(match, 300));
}

/**
 * A directive that reads another file, at the start of its line: FreeRADIUS's and BIND's
 * `$INCLUDE`, `include` in nginx, Apache (`Include`), make and many daemons' configuration. What
 * follows is a file's name (`dictionary.acme.internal`), never a host.
 */
const INCLUDE_DIRECTIVE_BEFORE = /^[ \t]*\$?include(?:optional)?[ \t]+["']?$/i;

/**
 * A Gradle script's `group = '…'`: a project's Maven group or a task's group in the task list
 * (`group = 'posthog.com'`), a name in DNS form, never a host.
 */
const GRADLE_SCRIPT = /\.gradle(?:\.kts)?$/i;
const GRADLE_GROUP_BEFORE = /(?:^|\s)group[ \t]*=[ \t]*["']$/;

/**
 * DOS's program files end in `.com` as well as `.exe`: `"cmd.exe" : "command.com"` in libtool's
 * wrapper (ltmain.sh, in most autotools projects), `["cmd.exe", "command.com"]`. A two-label
 * `.com` name offered beside a Windows program, as the other choice or the next member, is a file.
 */
const WINDOWS_PROGRAM_BEFORE = /\.(?:exe|bat|cmd)["'`][ \t]*[:?,|][ \t]*["'`]$/i;
const WINDOWS_PROGRAM_AFTER = /^["'`][ \t]*[:?,|][ \t]*["'`][\w-]{1,60}\.(?:exe|bat|cmd)["'`]/i;

function isBesideWindowsProgram(value: string, match: RegExpExecArray): boolean {
  return WINDOWS_PROGRAM_BEFORE.test(textBefore(match, 40)) || WINDOWS_PROGRAM_AFTER.test(textAfter(match, value, 80));
}

/** The settings `poetry config` keeps per repository, named `<setting>.<repository>`. */
const POETRY_SETTING_ROOTS = new Set(["http-basic", "pypi-token", "repositories", "certificates"]);

function rejectHostName(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  if (!value.includes(".")) return rejectSingleLabelHost(value, match, context);
  // (Oracle's `thin:@host` is the other place a host follows an `@`.)
  if (match.input[valueStart(match) - 1] === "@" && !UNC_OR_ORACLE_BEFORE.test(textBefore(match, 12))) return rejectHostAfterTemplatedUserinfo(value, match, context);
  const host = value.toLowerCase();
  const labels = host.split(".");
  const firstLabel = labels[0]!;
  if (TEXTMATE_SCOPE_ROOTS.has(firstLabel) && labels.length >= 3) return true;
  if (!isConfigurableHostName(host) || INTERNAL_SUFFIXES.includes(host) || hasPlaceholderLabel(host)) return true;
  if (PACKAGE_ROOTS.has(firstLabel)) return true;
  // IANA's vendor tree of media types: `vnd.sealed.net`, `vnd.dtg.local`, subtypes a union or a
  // table lists apart from their `application/`. No host's first label is `vnd`.
  if (firstLabel === "vnd") return true;
  // Poetry's settings name a repository after a dot: `poetry config http-basic.internal …`.
  if (POETRY_SETTING_ROOTS.has(firstLabel)) return true;
  // Hadoop's Azure settings end in the account's host: `fs.azure.account.key.<account>.dfs.core.windows.net`.
  if (/^(?:spark\.hadoop\.)?fs\.azure\./.test(host)) return true;
  if (rejectCapitalisedHostName(value, match)) return true;
  // Two short labels under a country code (`dp.pt`, `my.de`) are abbreviations far more often than hosts.
  if (labels.length === 2 && topLevelLabel(host).length === 2 && (labels[0]?.length ?? 0) < 3) return true;
  // `model.pt`, `checkpoint.pt`, `step3.pt`: PyTorch's saved tensors, one name and `.pt`, unless
  // a setting named for a host or a port says it is one (Portugal's sites come as URLs).
  if (labels.length === 2 && labels[1] === "pt" && !saysHost(value, match)) return true;
  // `json.br`, `wasm.br`: a file format's extension and Brotli's, the suffix of a precompressed
  // file (a server's or a reader's list of them), not a host in Brazil; and so is the whole file's
  // name, `builder-graph.json.br`, `app.wasm.br`.
  if (labels.length >= 2 && labels[labels.length - 1] === "br" && BROTLI_COMPRESSED_FORMATS.has(labels[labels.length - 2]!)) return true;
  if (isDomainListMember(labels, value, match, context)) return true;
  if (isStringLiteralType(value, match, context)) return true;
  const after = textAfter(match, value);
  if (isKeyPosition(after) || NAMING_SCHEME_BEFORE.test(textBefore(match, 40))) return true;
  if (isObjectMember(firstLabel, textBefore(match, 1), after)) return true;
  if (MINIFIED_MEMBER_CHAIN.test(host)) return true;
  if (KEY_NAME.test(settingNameBefore(match))) return true;
  // A Kubernetes API group (`group: crd.projectcalico.org`, `apiGroup:`, `apiVersion:
  // cert-manager.io/v1`): a name in DNS form, never a host to connect to.
  if (API_GROUP_BEFORE.test(textBefore(match, 40))) return true;
  if (GRADLE_SCRIPT.test(context.filePath) && GRADLE_GROUP_BEFORE.test(textBefore(match, 40))) return true;
  if (topLevelLabel(host) === "com" && labels.length === 2 && isBesideWindowsProgram(value, match)) return true;
  if (isShellScript(context.filePath) && isCommandWithFlags(value, match)) return true;
  // A shell redirection's file: `echo "$lt_nl" >> conftest.nl` (in every configure script).
  if (/(?:^|[\s\d&])(?:>>?|<)[ \t]*$/.test(textBefore(match, 8))) return true;
  // An include directive's file: `$INCLUDE dictionary.acme.internal`, `include conf.d/app.local`.
  if (INCLUDE_DIRECTIVE_BEFORE.test(textBefore(match, 200))) return true;
  // Go import paths (`"go.uber.org/zap"`) are module names; Go code writes endpoints as URLs.
  if (fileExtensionOf(context.filePath) === "go" && after.startsWith("/")) return true;
  if (isImageReference(value, match) || isLinkLabel(value, match)) return true;
  if (isInsideUrl(match)) return true;
  const place = placeOfValue(match, context);
  return isNotAConfigurationValue(value, match, context, place) || !isEndpointHostName(value, match, place);
}

/** A URL's port and path after its host: what is left of the URL once the host is read. */
const URL_TAIL_AFTER_HOST = /^(?::[0-9]{1,5})?(?:[/?#][^\s"'`<>(){}\\|^$,;]{0,2047})?/;

/**
 * The host of a credential URL written with a template for its password
 * (`postgres://orders:$DB_PASSWORD@pg.fabrikam.net/orders`): judged as the URL rule judges the same
 * URL without its user part, and only there; any other host after an `@` is an e-mail address's.
 */
function rejectHostAfterTemplatedUserinfo(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  const line = match.input;
  const schemeStart = templatedUserinfoSchemeStart(line, valueStart(match) - 1);
  if (schemeStart === -1) return true;
  const scheme = line.slice(schemeStart, line.indexOf("://", schemeStart));
  const tail = URL_TAIL_AFTER_HOST.exec(textAfter(match, value, 2048))![0];
  const url = parseUrl(`${scheme}://${value}${tail}`);
  const namedEndpoint = () => ENDPOINT_SETTING_BEFORE.test(line.slice(Math.max(0, schemeStart - 80), schemeStart));
  if (!url || !isConfigurableUrl(url, namedEndpoint, () => isAddressSetting(line, schemeStart, context))) return true;
  return isNotAConfigurationValue(value, match, context, placeOfValue(match, context));
}

/**
 * `LOCAL_KEY`, `cacheKey`, `storage_key`: a name whose last word is key. A dotted name held under
 * it (`const LOCAL_KEY = 'git.local'`, a local storage entry's name; `cacheKey: "orders.internal"`)
 * is the key something is stored under, never a host.
 */
const KEY_NAME = /(?:_KEY|_key|[a-z0-9]Key|^key)$/;

/** A setting's whole name right before its value: `DB_SERVER=`, `"Server": "`, `- REDIS_HOST: ` (not `mssql/server:`, a path). */
const SETTING_NAME_BEFORE = /(?:^|[\s"'{,])([A-Za-z_][\w.-]{0,80})["']?[ \t]*[:=][ \t]*["']?$/;

/** The name of the setting the value is assigned to (SETTING_NAME_BEFORE), or "" where none is. */
function settingNameBefore(match: RegExpExecArray): string {
  return SETTING_NAME_BEFORE.exec(textBefore(match, 100))?.[1] ?? "";
}
/**
 * `DB_SERVER`, `REDIS_HOST`, `SmtpHost`, `Server`, `DB_HOSTNAME`: a name whose last word is host
 * or server (not `localhost` or `ghost`; not a bare `hostname`, which in a compose file names the
 * container itself).
 */
const HOST_OR_SERVER_NAME = /(?:^|[^A-Za-z0-9])(?:[Hh]ost|HOST|[Ss]erver|SERVER)$|[a-z0-9](?:Host|Server)$|_(?:HOSTNAME|hostname)$|[a-z0-9]Host[Nn]ame$/;
/** The value ends with the name: a port at most, then its closing quote, a comment or the line's end. */
const ENDS_SETTING_VALUE = /^(?::[0-9]{1,5})?(?:["']|[ \t]*(?:#.*)?$)/;
/** Words a host or server setting takes that name no machine: switches, modes, environments. */
const NOT_A_MACHINE = new Set([
  "true", "false", "yes", "no", "on", "off", "none", "null", "nil", "undefined", "empty", "default", "auto", "any", "all",
  "enabled", "disabled", "local", "remote", "self", "same", "tcp", "udp", "http", "https",
  // Log levels: a logger named for a server takes one (Spring's `logging.level.org.springframework.web.server=DEBUG`).
  "trace", "debug", "info", "notice", "warn", "warning", "error", "severe", "critical", "fatal", "verbose",
]);

/**
 * A single-label host (`DB_SERVER=sqlprod01`, `"Server": "sqlprod01"`, `REDIS_HOST: redis-orders`)
 * is reported in a settings file only, under a setting whose name says host or server, as the
 * whole value: a machine's or a container's name that each environment sets.
 */
function rejectSingleLabelHost(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  if (!isSettingsFile(context.filePath) || !HOST_OR_SERVER_NAME.test(settingNameBefore(match))) return true;
  if (!ENDS_SETTING_VALUE.test(textAfter(match, value))) return true;
  const host = value.toLowerCase();
  if (/^[0-9]+$/.test(host) || NOT_A_MACHINE.has(host) || ENVIRONMENT_WORDS.has(host)) return true;
  if (isPlaceholderSingleLabelHost(host) || !isConfigurableHostName(host)) return true;
  return isNotAConfigurationValue(value, match, context, placeOfValue(match, context));
}

/**
 * Vector path data inline in markup or components: an SVG `<path d="M9 2.25.75.75…">` in JSX or
 * HTML, `points="…"`, `viewBox="…"`, a XAML `<Path Data="F1 M 10.5,2.25…">`. The numbers run
 * together with dots (`2.25.75.75`), which reads as an address. A path starts with a move (`M`),
 * or XAML's fill rule (`F0`, `F1`).
 */
const VECTOR_PATH_ATTRIBUTE_BEFORE = /(?:^|[\s<{(])(?:(?:d|Data)=\{?["'`]\s*[MmFf]|(?:points|viewBox)=\{?["'`])[^"'`]*$/;
/**
 * The same path data as a script's object member (`path: 'M33.21,85.65a7.31,7.31,…'`, an icon
 * table's glyphs; `d: "M0 0…"`): a string that opens with a move to a number. Path data runs
 * long (an icon's outline is hundreds of numbers), in an attribute as in a member, so both are
 * looked for further back than a setting's name.
 */
const VECTOR_PATH_MEMBER_BEFORE = /(?:^|[\s{,])(?:path|d)["']?[ \t]*:[ \t]*["'`][ \t]*[Mm][ \t]*-?[0-9.][^"'`]*$/;
const VECTOR_PATH_WINDOW = 1000;

/**
 * …and path data however long or however quoted: a component's `d: "M516.37,806a47.26…"` thousands
 * of characters before the value, an icon's markup kept in a script's string with its quotes
 * escaped (`'<path d=\"M10 18a8 8…\"/>'`). Walked back from the value over the characters of path
 * data (numbers, separators, commands) to the quote that opens the path: a move to a number.
 */
const PATH_DATA_CHARACTER = /[\d.,\s+eE-]|[MmLlHhVvCcSsQqTtAaZz]/;
const LONGEST_PATH_DATA = 100_000;

/** A stretch of path-data characters on a line, and whether it is a quoted path. */
interface PathDataRun {
  readonly line: string;
  readonly start: number;
  readonly end: number;
  readonly isPath: boolean;
}
/**
 * The stretch last walked: the next dotted number in it has the same answer. Without it, each of a
 * long path's numbers walked back to the path's start, and a line of thousands of addresses
 * (`allowed: 10.0.0.1 10.0.0.2 …`, all path-data characters) took time quadratic in its length.
 */
let lastPathDataRun: PathDataRun | undefined;
forgetWhenScansEnd(() => {
  lastPathDataRun = undefined;
});

function isInsideVectorPath(match: RegExpExecArray, value: string): boolean {
  const line = match.input;
  const at = valueStart(match);
  const known = lastPathDataRun;
  if (known !== undefined && known.line === line && known.start <= at && at + value.length <= known.end) return known.isPath;
  let start = at;
  const lowest = Math.max(0, start - LONGEST_PATH_DATA);
  while (start > lowest && PATH_DATA_CHARACTER.test(line[start - 1]!)) start--;
  let end = at + value.length;
  const highest = Math.min(line.length, end + LONGEST_PATH_DATA);
  while (end < highest && PATH_DATA_CHARACTER.test(line[end]!)) end++;
  // Opened by a quote and a move to a number, and closed by a quote: `"M 10.20.30.40 is down"` is a sentence.
  const isPath = /["'`]/.test(line[start - 1] ?? "") && /^[ \t]*[Mm][ \t]*-?[0-9.]/.test(line.slice(start, start + 20)) && /["'`\\]/.test(line[end] ?? "");
  lastPathDataRun = { line, start, end, isPath };
  return isPath;
}

/**
 * An address with a prefix length after it (`10.0.1.0/24`, kubeadm's `10.244.0.0/16`, WireGuard's
 * `Address = 10.8.0.2/24`, `2603:1000::/24`) is network layout: a virtual network's or a
 * subnet's address space, a route, an allow-list's range, an interface's address in its subnet.
 * Networking tools read it (Terraform, Kubernetes, a firewall, `wg-quick`), not the application
 * from App Configuration, and it is planned once for the address space, the same whichever
 * environment reads the file, as `10.0.0.0/16` always was.
 */
const PREFIX_LENGTH_AFTER = /^\/[0-9]/;

/**
 * A RADIUS dictionary's attribute (`ATTRIBUTE WiMAX-Source-IPAddress 26.11.5.1 ipaddr`, as
 * FreeRADIUS and radcli ship them): the dotted number is the attribute's place in a tree of
 * TLVs, vendor by vendor, like an object identifier. The file defines a protocol; it addresses
 * no machine.
 */
const RADIUS_ATTRIBUTE_BEFORE = /^\s*ATTRIBUTE\s+[\w.-]{1,100}\s+$/;

/**
 * A protocol's magic number written as four octets (DHCP's magic cookie, which opens every
 * packet's options): a setting or constant named `magic` holds bytes a parser checks, the same in
 * every network, not an address anything connects to.
 */
const MAGIC_NUMBER_NAME_BEFORE = /magic[\w-]{0,40}["']?[ \t]*[:=][ \t]*[bu]?["']$/i;

/**
 * A package URL's version (`pkg:pypi/opencv-python@4.10.0.84`, `pkg:maven/org.acme/core@2.1.0.7`),
 * as software bills of materials and vulnerability reports name each component: four numbers
 * after the package's name and an `@`, not a host after a user.
 */
const PACKAGE_URL_BEFORE = /pkg:[a-z][a-z0-9.+-]{0,30}\/[^\s"'`@]{1,200}@$/i;

/**
 * A numbered heading in a comment, `// 6.1.3.2 Tuple creation functions.` (a standard's section),
 * in a file whose comment syntax the line rules do not know (an autoconf `config.h.in` template;
 * the languages they know skip comments already): the number opens the comment and words of a
 * title follow, a capitalised one first.
 */
const NUMBERED_HEADING_BEFORE = /^[ \t]*(?:\/\/+|#+|\*|;+|--)[ \t]*$/;
const NUMBERED_HEADING_AFTER = /^[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]*){1,12}[.:]?[ \t]*$/;

/**
 * A Solidity compiler's source map (`"sourceMap": "26:1497:16:-;;;2625::16;:27;…"`, in every
 * contract's build artifact): `start:length:file:jump` entries separated by `;`, a field left empty
 * where it repeats the last entry's, so `2625::16` is an entry and no IPv6 address. The string
 * holds digits, `:`, `;`, `-` and the jump kinds `i` and `o` only, from its opening quote on.
 */
const SOURCE_MAP_BEFORE = /(?:sourceMap|srcmap(?:-runtime)?)["']?[ \t]*:[ \t]*["'][0-9:;io-]*$/i;

function isInsideSourceMap(match: RegExpExecArray): boolean {
  const line = match.input;
  const at = valueStart(match);
  const opening = Math.max(line.lastIndexOf('"', at), line.lastIndexOf("'", at));
  return opening !== -1 && SOURCE_MAP_BEFORE.test(line.slice(Math.max(0, opening - 40), at));
}

function rejectIpAddress(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  if (!isConfigurableIpLiteral(value) || PREFIX_LENGTH_AFTER.test(textAfter(match, value, 4))) return true;
  const octets = ipv4Octets(value);
  if (octets) {
    if (isObjectIdentifier(value) || isVersionOidOrSection(textBefore(match))) return true;
    if (VECTOR_PATH_ATTRIBUTE_BEFORE.test(textBefore(match, VECTOR_PATH_WINDOW)) || RADIUS_ATTRIBUTE_BEFORE.test(textBefore(match))) return true;
    if (MAGIC_NUMBER_NAME_BEFORE.test(textBefore(match, 60))) return true;
    if (PACKAGE_URL_BEFORE.test(textBefore(match, 240))) return true;
    if (VECTOR_PATH_MEMBER_BEFORE.test(textBefore(match, VECTOR_PATH_WINDOW))) return true;
    if (isInsideVectorPath(match, value)) return true;
    if (NUMBERED_HEADING_BEFORE.test(textBefore(match)) && NUMBERED_HEADING_AFTER.test(textAfter(match, value))) return true;
    if (isNetworkAddress(octets) || isBroadcastAddress(octets)) return true;
  } else if (value.endsWith("::")) {
    // `2603:1000::` names a network, like `10.1.2.0`.
    return true;
  } else if (isInsideSourceMap(match)) {
    return true;
  }
  return isInsideUrl(match) || isNotAConfigurationValue(value, match, context, placeOfValue(match, context));
}

/**
 * nginx's `proxy_pass http://backend;`: a single name without a port after a `*_pass` directive
 * names an `upstream` block in the same configuration, not a host. The block's `server` lines
 * hold the addresses, and those are reported.
 */
const NGINX_PASS_BEFORE = /(?:^|\s)(?:proxy|grpc|uwsgi|scgi)_pass\s+$/;

function isNginxUpstreamName(url: ParsedUrl, match: RegExpExecArray): boolean {
  return !url.host.includes(".") && !url.hasPort && NGINX_PASS_BEFORE.test(textBefore(match, 40));
}

/** A `${…}` template and then more of a host name: a label's `-eu`, or a dot and the next label. */
const HOST_GOES_ON_AFTER_TEMPLATE = /^\$\{[^{}\n]{1,120}\}[.-][A-Za-z0-9]/;

/**
 * The URL stopped short of its host: `"https://www." + domain`, `"https://oauth.{0}/token"` (a
 * prefix the program completes, so the single label before the dot is not a host), or a regular
 * expression's escaped dot, `^https://www\\.contoso\\.com/.*$` (a pattern, not an address).
 * Also a host that a template fills in: `https://api.ecr.{Region}.{dnsSuffix}`, `https://sts.#{region}.amazonaws.com`,
 * or whose one label goes on after a template (`https://dashboard${region === "eu" ? "-eu" : ""}.fabrikam.ai`:
 * the label is the start of a longer name, not a host; `https://openlibrary.org${key}.json` is a host, then a path).
 */
function isCutBeforeHost(url: ParsedUrl, value: string, match: RegExpExecArray): boolean {
  if (url.path === "" && endsBeforeTemplatedPassword(value, match)) return true;
  const after = textAfter(match, value, 8);
  // (Only after a dot: `https://orders.contoso.com${path}` is a whole host, then a path.)
  if (url.path === "" && !url.hasPort && /^\.[$#%]?\{/.test(after)) return true;
  if (url.path === "" && !url.hasPort && !url.host.includes(".") && HOST_GOES_ON_AFTER_TEMPLATE.test(textAfter(match, value, 160))) return true;
  // (`#` and `%` are a URL's characters: the match took them, and the brace is what follows.)
  if (after.startsWith("{") && /\.[#%]$/.test(value)) return true;
  return /^\\+\./.test(after) || (url.path === "" && !url.host.includes(".") && after.startsWith("."));
}

/**
 * `postgres://orders` of `postgres://orders:$DB_PASSWORD@pg.fabrikam.net`: the URL stopped at a
 * template in its user part, and what reads as its host is the user. The host after the `@` is
 * the hostname rule's (rejectHostAfterTemplatedUserinfo).
 */
function endsBeforeTemplatedPassword(value: string, match: RegExpExecArray): boolean {
  const after = textAfter(match, value, 300);
  if (!after.startsWith(":")) return false;
  const at = after.indexOf("@");
  return at !== -1 && templatedUserinfoSchemeStart(value + after, value.length + at) !== -1;
}

/** Key Vault's zones in each cloud: a secret's identifier is `https://<vault>.<zone>/secrets/<name>`. */
const KEY_VAULT_ZONES = new DomainSet(["vault.azure.net", "vault.azure.cn", "vault.usgovcloudapi.net", "vault.microsoftazure.de"]);
/** The `uri` member of a Key Vault reference's JSON, possibly escaped inside a JSON string: `{"uri":"`, `{\"uri\":\"`. */
const REFERENCE_URI_MEMBER_BEFORE = /["']uri\\?["']\s*:\s*\\?["']$/;

/**
 * An App Configuration Key Vault reference: a setting whose content type is
 * `application/vnd.microsoft.appconfig.keyvaultref+json` and whose value is
 * `{"uri":"https://<vault>.vault.azure.net/secrets/<name>"}`, as exports and imports write it.
 * The value already lives in Key Vault, and App Configuration holds the reference: nothing to
 * move. Known by the secret's identifier in the `uri` member, or by the content type on its line.
 */
function isAppConfigurationKeyVaultReference(url: ParsedUrl, match: RegExpExecArray): boolean {
  if (!KEY_VAULT_ZONES.isParentOf(url.host) || !/^\/secrets\//i.test(url.path)) return false;
  return REFERENCE_URI_MEMBER_BEFORE.test(textBefore(match, 12)) || match.input.includes("keyvaultref+json");
}

/**
 * judgeServiceUrl's answers for the line last asked about, by the URL's index: the capability-url
 * and internal-url rules match the same URLs of a line one after the other, and the judgement
 * (where the value sits, what names it) is most of their cost.
 */
let judgedLine: string | undefined;
let judgedContext: RuleContext | undefined;
const judgedAt = new Map<number, boolean>();

/** Whether a URL the internal-url rule would report is no configuration value: see rejectUrl. */
export function rejectServiceUrl(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  if (value.includes("\\")) {
    const decoded = propertiesUrl(value, context);
    return decoded === undefined || rejectServiceUrl(decoded, withValueAsRead(match, value, decoded), context);
  }
  if (match.input !== judgedLine || context !== judgedContext) {
    judgedLine = match.input;
    judgedContext = context;
    judgedAt.clear();
  }
  let rejected = judgedAt.get(match.index);
  if (rejected === undefined) {
    rejected = judgeServiceUrl(value, match, context);
    judgedAt.set(match.index, rejected);
  }
  return rejected;
}

/**
 * A single-label host in camelCase that ends in Url or Uri (`http://macVmlSchemaUri`, a namespace's
 * stand-in in a table of XML namespaces; `http://serviceUrl`): a variable's name for a URL, as
 * PLACEHOLDER_HOST_LABELS's `url` and `uri` are. A DNS name is written in one case, and no
 * machine is named for the URL it serves.
 */
const NAMED_FOR_A_URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*(?:Url|Uri|URL|URI)(?:[/?#]|$)/;
/**
 * `see https://…`, `(see https://…)`, `visit http://…`, `Learn more about it here: https://…`,
 * `use the builder notation instead: https://…`: a link a message gives its reader, not an
 * endpoint. (`here` and `instead` after a word of the sentence: no setting is named so.)
 */
const SEE_REFERENCE_BEFORE = /(?:^|[\s(])(?:see|visit)[ \t]+$|[A-Za-z][ \t]+(?:here|instead):?[ \t]+$/i;

/**
 * A JSON Schema's own identifier as drafts up to 4 name it, `"id": "http://swagger.io/v2/schema.json#"`
 * (later drafts say `$id`, a code name already): a URL with an empty fragment names a document,
 * and nothing connects to it.
 */
const SCHEMA_ID_BEFORE = /["']id["'][ \t]*:[ \t]*["']$/;

/**
 * The Unix-socket form of request's and got's URLs, `http://unix:/var/run/app.sock:/status` or
 * `http://unix:${socketFile}:/`: `unix` names no host, and the socket's path follows its colon.
 */
const UNIX_SOCKET_URL = /^https?:\/\/unix:(?:\/|\$\{)/i;

/**
 * ElementTree's and lxml's Clark notation, `{http://www.w3.org/1999/xhtml}body`: an XML
 * namespace in braces before an element's or an attribute's local name (or `*`, any). A namespace
 * is a name, never fetched.
 */
const CLARK_NOTATION_AFTER = /^\}[A-Za-z_*]/;

function judgeServiceUrl(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  const url = parseUrl(value);
  const namedEndpoint = () => ENDPOINT_SETTING_BEFORE.test(textBefore(match, 80));
  const addressSetting = () => isAddressSetting(match.input, valueStart(match), context);
  if (!url || !isConfigurableUrl(url, namedEndpoint, addressSetting) || isNginxUpstreamName(url, match) || isCutBeforeHost(url, value, match)) return true;
  if (isAppConfigurationKeyVaultReference(url, match)) return true;
  if (NAMED_FOR_A_URL_HOST.test(value) || SEE_REFERENCE_BEFORE.test(textBefore(match, 12))) return true;
  if (url.host === "unix" && UNIX_SOCKET_URL.test(value + textAfter(match, value, 3))) return true;
  if (value.endsWith("#") && SCHEMA_ID_BEFORE.test(textBefore(match, 12))) return true;
  if (textBefore(match, 1) === "{" && CLARK_NOTATION_AFTER.test(textAfter(match, value, 2))) return true;
  return isNotAConfigurationValue(value, match, context, placeOfValue(match, context));
}

/**
 * A URL in a Java `.properties` file as Properties.load reads it: Properties.store writes `:`, `=`,
 * `#` and `!` with a backslash before them (`https\://orders…\:8443/api?a\=b`), which is no part
 * of the value. Undefined for a backslash anywhere else: the value keeps it there (YAML, code's
 * raw strings), and `https\://` is no URL.
 */
export function propertiesUrl(value: string, context: RuleContext): string | undefined {
  if (!value.includes("\\")) return value;
  return fileExtensionOf(context.filePath) === "properties" ? value.replace(/\\([:=#!])/g, "$1") : undefined;
}

/**
 * The match as the rules around a value read it, with the value as read in place of its escaped
 * text (on a copy of the line): the judgements look at the value and at what stands around it.
 */
function withValueAsRead(match: RegExpExecArray, written: string, read: string): RegExpExecArray {
  const start = valueStart(match);
  const input = match.input.slice(0, start) + read + match.input.slice(start + written.length);
  const end = match.index + match[0].length - written.length + read.length;
  const indices = Object.assign([[match.index, end]], { groups: { value: [start, start + read.length] } });
  return Object.assign([input.slice(match.index, end)], { index: match.index, input, groups: { value: read }, indices }) as unknown as RegExpExecArray;
}

/**
 * A service URL that carries a credential (a webhook's token in its path, `?bindpw=…`) is the
 * capability-url rule's secret, not a setting: App Configuration would show it to every reader.
 */
function rejectUrl(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  return rejectServiceUrl(value, match, context) || urlCarriesCredential(propertiesUrl(value, context) ?? value);
}

/** Characters a URL runs over; it ends at whitespace, quotes, markup, templates and separators. */
const URL_CHAR = "[^\\s\"'`<>(){}\\\\|^$,;]";
/**
 * A URL does not end in sentence punctuation (`see https://orders.corp.contoso.com.`), nor in a
 * `]` that closes a list around it (a YAML flow list's last item, `[https://a…, https://b…]`),
 * unless the `]` closes its IPv6 host (`http://[fd00::12]`).
 */
const URL_LAST_CHAR = "(?:[^\\s\"'`<>(){}\\\\|^$,;.:!?*\\]]|(?<=\\[[0-9A-Za-z:.%]{2,60})\\])";

/**
 * SQL Server's JDBC URLs (Microsoft's driver and jTDS) write their properties after `;`:
 * `jdbc:sqlserver://host:1433;database=orders;encrypt=true`, `jdbc:jtds:sqlserver://host/orders;ssl=require`.
 * The `;`s are the URL's, so the value runs on to the end of the quoted or unquoted value; cut at
 * the first one, a move would leave the database and its options in the file. (URL_CHAR with `;`.)
 */
const URL_OR_PROPERTY_CHAR = "[^\\s\"'`<>(){}\\\\|^$,]";
const SQL_SERVER_JDBC_URL = `jdbc:(?:jtds:)?sqlserver://${URL_OR_PROPERTY_CHAR}{0,2047}${URL_LAST_CHAR}`;
/**
 * A URL as Java's Properties.store writes it, its `:`, `=`, `#` and `!` after a backslash
 * (`https\://orders…`): the scheme's `\://` marks it, so no other URL's match changes. Only a
 * `.properties` file's is kept (propertiesUrl). (URL_CHAR has no `\`: the two are disjoint.)
 */
const PROPERTIES_ESCAPED_URL = `(?:jdbc\\\\?:)?[A-Za-z][A-Za-z0-9+.-]{0,30}\\\\://(?:${URL_CHAR}|\\\\[:=#!]){0,2047}${URL_LAST_CHAR}`;

/**
 * A URL with its scheme (`jdbc:` prefix allowed), `://`, then one bounded run; a new RegExp for
 * each rule (they keep lastIndex). Two alternatives, each one bounded run: no nested repetition.
 */
export function serviceUrlPattern(): RegExp {
  return new RegExp(`(?<![A-Za-z0-9+.-])(?<value>${SQL_SERVER_JDBC_URL}|(?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]{0,30}://${URL_CHAR}{0,2047}${URL_LAST_CHAR}|${PROPERTIES_ESCAPED_URL})`, "dg");
}

/** A host written alone, maybe with its port: `search.fabrikam.com`, `redis-orders:6380`. */
const BARE_HOST = /^(?<host>[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)(?::[0-9]{1,5})?$/;

/**
 * A value under a setting whose name says it is an address (`SEARCH_URL`, `REDIS_HOST`; see
 * config-env-lists.ts), read where the name and the value stand apart: what the URL and host rules
 * accept under such a name in a settings file. A single-label host only under a host or server
 * name; IP addresses are the IP rule's, wherever they are.
 */
export function isNamedAddress(value: string, name: string): boolean {
  if (value.includes("://")) {
    const url = parseUrl(value);
    return url !== undefined && isConfigurableUrl(url, () => true, () => true);
  }
  const host = BARE_HOST.exec(value.toLowerCase())?.groups?.host;
  if (host === undefined || ipv4Octets(host)) return false;
  if (!host.includes(".")) return HOST_OR_SERVER_NAME.test(name) && !isPlaceholderHostLabel(host) && isConfigurableHostName(host);
  return HOST_TLDS.includes(topLevelLabel(host)) && isConfigurableHostName(host) && !hasPlaceholderLabel(host);
}

/**
 * The host a configuration value addresses, lower-cased: a URL's (`redis://redis:6379` is
 * `redis`), or a host written alone, maybe with its port (`db`, `redis-orders:6380`). Undefined
 * for anything else, an IP address among them.
 */
export function hostOfAddress(value: string): string | undefined {
  const host = value.includes("://") ? parseUrl(value)?.host : BARE_HOST.exec(value.toLowerCase())?.groups?.host;
  return host === undefined || ipv4Octets(host) || host.includes(":") ? undefined : host;
}

export const CONFIG_VALUE_RULES: readonly PatternRule[] = [
  {
    id: "config/internal-url",
    title: "Service URL",
    kind: "config",
    docsUrl: DOCS,
    skipsComments: true,
    keywords: ["://"],
    // URLs come first so that
    // the host and IP rules can leave anything inside a URL to this one.
    pattern: serviceUrlPattern(),
    reject: rejectUrl,
  },
  {
    id: "config/hostname",
    title: "Host name",
    kind: "config",
    docsUrl: DOCS,
    skipsComments: true,
    keywords: HOST_KEYWORDS,
    keywordEnd: hostCanEndBefore,
    keywordEnds: new Map(HOST_SETTING_KEYWORDS.map((keyword) => [keyword, settingValueFollows])),
    // Any case: machine names are often written in capitals (see rejectCapitalisedHostName).
    pattern: new RegExp(`${HOST_BEFORE}(?<value>${LABEL}(?:\\.${LABEL}){0,8}\\.(?:${HOST_TLDS.join("|")})|(?<=${SINGLE_LABEL_HOST_SETTING})${LABEL})${HOST_AFTER}`, "dgi"),
    reject: rejectHostName,
  },
  {
    id: "config/ip-address",
    title: "IP address",
    kind: "config",
    docsUrl: DOCS,
    skipsComments: true,
    // Every IPv4 address contains a digit followed by a dot; the IPv6 addresses found are those
    // written with `::` (addresses written out in full are found only on lines woken otherwise).
    keywords: ["0.", "1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "::"],
    keywordEnd: digitFollowsDot,
    pattern: new RegExp(`(?<value>${IPV4}|${IPV6})`, "dg"),
    reject: rejectIpAddress,
  },
];
