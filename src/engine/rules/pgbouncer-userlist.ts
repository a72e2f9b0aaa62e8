import { SECRETS_GUIDE } from "./docs";
import { entryPasswords } from "./password-entries";
import type { RuleHit, ScannerRule } from "./types";

/**
 * PgBouncer's authentication file (`auth_file`, `userlist.txt` by default): `"user" "password"`
 * a line, the password in the clear, as `md5` and an MD5 digest, or as a SCRAM secret. Each is a
 * login: PgBouncer accepts the MD5 digest for md5 authentication as the password itself, and logs
 * in to the database with the SCRAM secret. Such lines look like any two quoted words: only a file
 * named so is read as one.
 */

const DOCS = SECRETS_GUIDE;

/** `userlist.txt`, and the copies people keep beside it (`userlist.txt.example` is an example). */
const USERLIST_FILE = /(?:^|[/\\])(?:pgbouncer[\w.-]{0,40}userlist|userlist)\.txt(?:\.(?:orig|bak|old|prod|dev))?$/i;

/** Whether PgBouncer reads this file as its authentication file (see USERLIST_FILE). */
export function isPgBouncerUserList(filePath: string): boolean {
  return USERLIST_FILE.test(filePath);
}

/** `"user" "password"`, `""` inside either standing for one `"`; `;` starts a comment line. */
const ENTRY = /^[ \t]*"(?<user>(?:[^"\n]|""){1,200})"[ \t]+"(?<value>(?:[^"\n]|""){1,400})"/dgm;

function findUserListPasswords(text: string): RuleHit[] {
  return entryPasswords(
    text,
    ENTRY,
    (match) => match.groups!.user!.replace(/""/g, '"'),
    (field) => field.replace(/""/g, '"'),
  );
}

export const PGBOUNCER_USERLIST_RULES: readonly ScannerRule[] = [
  {
    id: "generic/pgbouncer-userlist-password",
    title: "Password in PgBouncer's authentication file (userlist.txt)",
    kind: "secret",
    // The field's place names the value, as a name beside it would: the preview shows no prefix.
    evidenceIsName: true,
    docsUrl: DOCS,
    keywords: [],
    fileName: USERLIST_FILE,
    scope: "text",
    find: findUserListPasswords,
  },
];
