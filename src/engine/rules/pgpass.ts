import { SECRETS_GUIDE } from "./docs";
import { entryPasswords } from "./password-entries";
import type { RuleHit, ScannerRule } from "./types";

/**
 * PostgreSQL's password file: `~/.pgpass`, `%APPDATA%\postgresql\pgpass.conf` on Windows, or a
 * `pgpass` mounted as a container's secret. libpq reads one `hostname:port:database:username:password`
 * a line and logs in with the first that matches, so each line is a working password in the clear.
 * `*` in the first four fields matches anything; `\:` and `\\` escape a colon and a backslash; a
 * line that starts with `#` is a comment (a commented-out entry still holds its password).
 * Colon-separated lines are everywhere (`/etc/passwd`, logs, times of day): only a file named so is
 * read as one.
 */

const DOCS = SECRETS_GUIDE;

/** `.pgpass`, `pgpass.conf`, a bare `pgpass`, and `<name>.pgpass` (`prod.pgpass`). */
const PGPASS_FILE = /(?:^|[/\\])\.?pgpass(?:\.conf)?$|\.pgpass$/i;

/** Whether libpq reads this file as its password file (see PGPASS_FILE). */
export function isPgpassFile(filePath: string): boolean {
  return PGPASS_FILE.test(filePath);
}

/** One field: any character but a colon or a backslash, or an escaped one. */
const FIELD = String.raw`(?:[^:\\\r\n]|\\.){1,253}`;
/** A port is a number or the wildcard: what tells an entry from other colon-separated text. */
const PORT = String.raw`(?:\d{1,5}|\*)`;
/**
 * An entry, maybe commented out: host, port, database, user, then the password, which ends at the
 * next unescaped colon (libpq reads no further) or the line's end.
 */
const ENTRY = new RegExp(String.raw`^[ \t]*(?:#[ \t]*)?${FIELD}:${PORT}:${FIELD}:(?<user>${FIELD}):(?<value>${FIELD})`, "dgm");

/** A field as libpq reads it: each backslash escapes the character after it. */
function unescaped(field: string): string {
  return field.replace(/\\(.)/g, "$1");
}

/** Each entry's password in a whole password file (the rule runs once a file, on files named so). */
function findPgpassPasswords(text: string): RuleHit[] {
  return entryPasswords(
    text,
    ENTRY,
    (match) => {
      const user = unescaped(match.groups!.user!);
      return user === "*" ? "password" : user;
    },
    unescaped,
  );
}

export const PGPASS_RULES: readonly ScannerRule[] = [
  {
    id: "generic/pgpass-password",
    title: "Password in a PostgreSQL password file (.pgpass)",
    kind: "secret",
    // The field's place names the value, as a name beside it would: the preview shows no prefix.
    evidenceIsName: true,
    docsUrl: DOCS,
    // Colon-separated lines are everywhere: only a file named so wakes the rule (not every `:`).
    keywords: [],
    fileName: PGPASS_FILE,
    scope: "text",
    find: findPgpassPasswords,
  },
];
