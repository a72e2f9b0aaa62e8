/**
 * A name for a connection string that has none in the file (`new SqlConnection("…;Password=…")`,
 * `psycopg2.connect("host=… password=…")`): the engine then names it by the keyword before the
 * secret, `Password` or `AccountKey`, which says nothing of the whole string that is stored. The
 * string names itself better by its database, or else its server: `orders-connection-string`.
 */

/** Keywords the engine falls back to before a connection string's secret: no name of the string's own. */
const SECRET_KEYWORD = /^(?:password|pwd|passwd|pass|accountkey|sharedaccesskey|applicationkey|application key|appkey)$/i;

const DATABASE = /(?:^|[;\s])(?:Database|Initial Catalog|dbname|databaseName)[ \t]*=[ \t]*'?([A-Za-z0-9_][A-Za-z0-9_.-]{0,63})/i;
/** A server's or account's keyword, then its first DNS label (after `tcp:` or a scheme). */
const SERVER = /(?:^|[;\s])(?:Server|Data Source|Host|HostName|Address|Addr|Network Address|Endpoint|AccountEndpoint|AccountName)[ \t]*=[ \t]*'?(?:tcp:|[a-z][a-z0-9+.-]*:\/\/)?([A-Za-z0-9][A-Za-z0-9.-]{0,126})|^jdbc:[a-z]+:\/\/([A-Za-z0-9][A-Za-z0-9.-]{0,126})|^([A-Za-z0-9][A-Za-z0-9.-]{0,126}):\d{2,5},/i;
/** `scheme://user:password@host:port/database`, and the Go MySQL driver's `user:password@tcp(host:port)/database`. */
const URL = /^[a-z][a-z0-9+.-]*:\/\/[^@/\s]*@([A-Za-z0-9][A-Za-z0-9.-]{0,126})[^/\s?]*(?:\/([A-Za-z0-9_][A-Za-z0-9_.-]{0,63}))?/i;
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

/** Whether the engine's name for a compound finding is only the secret's keyword inside the string. */
export function namesOnlyTheSecret(keyName: string | undefined): boolean {
  return keyName === undefined || SECRET_KEYWORD.test(keyName);
}

/**
 * `<database>-<server>-connection-string` for the connection string `text` (the server left out
 * where it names the database already, `orders-sql` for `orders`, or says nothing, `db`), or
 * undefined: a primary and its replica share the database, not the server.
 */
export function connectionStringName(text: string): string | undefined {
  const url = URL.exec(text) ?? DSN.exec(text);
  const server = SERVER.exec(text);
  const database = distinctive(url ? url[2] : DATABASE.exec(text)?.[1]);
  // (The third form is StackExchange.Redis's `host:port,password=…`.)
  const host = distinctive(hostLabel(url ? url[1] : (server?.[1] ?? server?.[2] ?? server?.[3])));
  const parts = !host || GENERIC_HOST_LABEL.test(host) ? [database] : !database || host.toLowerCase().includes(database.toLowerCase()) ? [host] : [database, host];
  const label = parts.filter((part) => part !== undefined).join("-");
  return label ? `${label.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "")}-connection-string` : undefined;
}
