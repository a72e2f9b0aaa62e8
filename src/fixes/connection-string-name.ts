/**
 * A name for a connection string that has none in the file (`new SqlConnection("…;Password=…")`,
 * `psycopg2.connect("host=… password=…")`): the engine then names it by the keyword before the
 * secret, `Password` or `AccountKey`, which says nothing of the whole string that is stored. The
 * string names itself better by its database, or else its server: `orders-connection-string`.
 */

/**
 * Keywords the engine falls back to before a connection string's secret: no name of the string's
 * own. (Web PubSub's and SignalR's `AccessKey`, Communication Services' `accesskey`, App
 * Configuration's `Secret`; a URL's `code` (Azure Functions) and a shared access signature's `sig`,
 * or the `Authorization` header it is sent in, which every such header in a file would share.)
 */
const SECRET_KEYWORD = /^(?:password|pwd|passwd|pass|accountkey|sharedaccesskey|applicationkey|application key|appkey|accesskey|secret|sig|code|authorization)$/i;
/**
 * Arguments through which a client takes its connection string or key, whatever it is: Python's
 * `from_connection_string(conn_str=…)`, `CosmosClient(url, credential=…)`, the Speech SDK's
 * `SpeechConfig(subscription=…)`. Two clients in one file would both be `conn-str`, and each
 * program would read the other's.
 */
const NAMELESS_ARGUMENT = /^(?:conn[_-]?str|conn[_-]?string|connection[_-]?string|credentials?|subscription)$/i;

const DATABASE = /(?:^|[;\s])(?:Database|Initial Catalog|dbname|databaseName)[ \t]*=[ \t]*'?([A-Za-z0-9_][A-Za-z0-9_.-]{0,63})/i;
/** A server's or account's keyword, then its first DNS label (after `tcp:` or a scheme). */
const SERVER = /(?:^|[;\s])(?:Server|Data Source|Host|HostName|Address|Addr|Network Address|Endpoint|AccountEndpoint|AccountName)[ \t]*=[ \t]*'?(?:tcp:|[a-z][a-z0-9+.-]*:\/\/)?([A-Za-z0-9][A-Za-z0-9.-]{0,126})|^jdbc:[a-z]+:\/\/([A-Za-z0-9][A-Za-z0-9.-]{0,126})|^([A-Za-z0-9][A-Za-z0-9.-]{0,126}):\d{2,5},/i;
/**
 * `scheme://user:password@host:port/database`, and the Go MySQL driver's `user:password@tcp(host:port)/database`.
 * The host follows the authority's last `@`: a password written with an `@` in it (`p4ss@word`)
 * would otherwise give its end as the host, and a piece of the secret to its name.
 */
const URL = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*@([A-Za-z0-9][A-Za-z0-9.-]{0,126})[^/\s?]*(?:\/([A-Za-z0-9_][A-Za-z0-9_.-]{0,63}))?/i;
const DSN = /@[a-z0-9]+\(([A-Za-z0-9][A-Za-z0-9.-]{0,126})[^)]*\)(?:\/([A-Za-z0-9_][A-Za-z0-9_.-]{0,63}))?/i;
/** A host's first DNS label that names no one server (`db.eu.…`, `sql.…`): the next label is taken too. */
const GENERIC_HOST_LABEL = /^(?:db|database|sql|server|mysql|postgres|pg|mongo|mongodb|redis|data|primary|main)$/i;

/** The part of a host name that tells it apart: its first DNS label, or two where the first is generic (`db-eu`). */
function hostLabel(host: string | undefined): string | undefined {
  if (!host || /^\d+(?:\.\d+){3}$/.test(host)) return undefined;
  const labels = host.split(".");
  return GENERIC_HOST_LABEL.test(labels[0]!) && labels.length > 2 ? `${labels[0]}-${labels[1]}` : labels[0];
}

/**
 * A label that tells one string from another: not a loopback or a number, nor a database every
 * server of its kind has (`master`, `postgres`, MongoDB's `admin`), which a primary and a replica
 * would share.
 */
function distinctive(label: string | undefined): string | undefined {
  return label && !/^(?:localhost|127|\d+|master|postgres|template[01]|mysql|admin|defaultdb|default|test)$/i.test(label) ? label : undefined;
}

/**
 * Whether the engine's name for a compound finding is only the secret's keyword inside the string,
 * or a client's argument that takes any connection string (`argument`: the name is a call's named
 * argument, not a variable the file declares).
 */
export function namesOnlyTheSecret(keyName: string | undefined, argument = false): boolean {
  return keyName === undefined || SECRET_KEYWORD.test(keyName) || (argument && NAMELESS_ARGUMENT.test(keyName));
}

/** A call's argument name that says only that a credential goes there (`credential=`, `conn_str=`). */
export function isNamelessArgument(name: string): boolean {
  return NAMELESS_ARGUMENT.test(name);
}

/** A URL with a query, without a user before its host: `https://func-x.azurewebsites.net/api/Health?code=…`. */
const QUERY_URL = /^[a-z][a-z0-9+.-]*:\/\/([A-Za-z0-9][A-Za-z0-9.-]{0,252})(?::\d{1,5})?((?:\/[^/?#\s@]*)*)\?/i;
/** A shared access signature's resource: `SharedAccessSignature sr=iot-x.azure-devices.net%2Fdevices%2Fsensor-01&sig=…`. */
const SAS_RESOURCE = /SharedAccessSignature\s+(?:[^&\s"']*&){0,8}?sr=([^&\s"']{1,500})/i;
/** Path segments that say nothing of what a URL reaches: Functions' `api`, a version. */
const UNNAMING_SEGMENT = /^(?:api|v\d+(?:\.\d+)*|events|messages|index|default)$/i;

/**
 * Whether a word read near a secret (a path's segment, a user, an account) reads as a name, not
 * as a key, token or id that would put one value into another secret's name: at most 40
 * characters, not a long run with several digits, not a long hex run.
 */
export function readsAsName(word: string): boolean {
  const digits = word.replace(/\D+/g, "").length;
  return word.length <= 40 && !(word.length >= 16 && digits >= 3) && !/^[0-9a-f]{12,}$/i.test(word);
}

function readableName(label: string | undefined): string | undefined {
  return label !== undefined && readsAsName(label) ? label : undefined;
}

/**
 * What a URL reaches, for its name: its host's label and its path's last segment that names
 * something (`func-orders-prod-Health` for `https://func-orders-prod.azurewebsites.net/api/Health`),
 * or undefined when the host tells nothing.
 */
export function urlLabel(host: string, path: string): string | undefined {
  const label = distinctive(hostLabel(host));
  if (!label || !readsAsName(label)) return undefined;
  const segment = path
    .split("/")
    .filter((part) => /^[A-Za-z][\w.-]{0,62}$/.test(part) && !UNNAMING_SEGMENT.test(part) && readsAsName(part))
    .pop();
  return segment ? `${label}-${segment}` : label;
}

/**
 * A URL whose query holds the secret (`?code=`, `?sig=`), stored whole: `<host>-<what>-url`; a
 * shared access signature by its resource: `<host>-<what>-sas-token`.
 */
function credentialUrlName(text: string): string | undefined {
  const url = QUERY_URL.exec(text);
  if (url) {
    const label = urlLabel(url[1]!, url[2] ?? "");
    return label ? `${label}-url` : undefined;
  }
  const resource = SAS_RESOURCE.exec(text)?.[1];
  if (resource === undefined) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(resource);
  } catch {
    return undefined;
  }
  const parts = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([A-Za-z0-9][A-Za-z0-9.-]{0,252})(?::\d{1,5})?((?:\/[^/?#\s]*)*)/i.exec(decoded);
  const label = parts ? urlLabel(parts[1]!, parts[2] ?? "") : undefined;
  return label ? `${label}-sas-token` : undefined;
}

/**
 * `<database>-<server>-connection-string` for the connection string `text` (the server left out
 * where it names the database already, `orders-sql` for `orders`, or says nothing, `db`), or
 * undefined: a primary and its replica share the database, not the server.
 */
export function connectionStringName(text: string): string | undefined {
  const credentialUrl = credentialUrlName(text);
  if (credentialUrl !== undefined) return tidy(credentialUrl);
  const url = URL.exec(text) ?? DSN.exec(text);
  const server = SERVER.exec(text);
  // (A label that does not read as a name, a generated host's, would put a random run into the secret's name.)
  const database = readableName(distinctive(url ? url[2] : DATABASE.exec(text)?.[1]));
  // (The third form is StackExchange.Redis's `host:port,password=…`.)
  const host = readableName(distinctive(hostLabel(url ? url[1] : (server?.[1] ?? server?.[2] ?? server?.[3]))));
  const parts = !host || GENERIC_HOST_LABEL.test(host) ? [database] : !database || host.toLowerCase().includes(database.toLowerCase()) ? [host] : [database, host];
  const label = parts.filter((part) => part !== undefined).join("-");
  return label ? `${tidy(label)}-connection-string` : undefined;
}

/** Runs of characters other than letters and digits become one `-`, none at either end. */
function tidy(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
