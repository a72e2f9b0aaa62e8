import { SECRETS_GUIDE } from "./docs";
import type { PatternRule } from "./types";
import { isTestPath } from "../undeployed-paths";

/**
 * Password hashes in crypt formats (/etc/shadow, whose default is now yescrypt's `$y$`, htpasswd, application user tables, Kerberos
 * AS-REP captures). Not content hashes: these are salted hashes of passwords, and offline cracking
 * turns a leaked one into the password. The formats are self-describing (`$id$salt$hash`).
 * Also Apache's MD5 (`$apr1$`, htpasswd's default) and the `{SHA}` and `{SSHA}` schemes of htpasswd
 * and LDAP's `userPassword` (SHA-1 of the password, unsalted or salted: cracked as quickly). These
 * count where htpasswd and LDIF put them: after `user:` (an htpasswd line, or its text as a YAML or
 * `users=` value) or after `userPassword:`. Elsewhere (`b'user3:{SHA}…'`, `("helloworld",
 * "{SSHA}…")`) they are a hashing library's test vectors.
 * So are the other formats outside a password file's line in a test (passlib's
 * `("test", "$5$rounds=…")` rows): a hash is no password to log in with, and a test that checks
 * one holds the password it hashes, so cracking it tells nothing the file does not. A shadow or
 * htpasswd line in a test's fixtures (`alice:$6$…:19000:…`) may be a copy of a real file, and is
 * reported.
 */
const HTPASSWD_OR_LDIF_BEFORE = /(?:(?:^|[\s=,"])[\w.@-]{1,64}:|\buserPassword::?[ \t]*)$/i;

/** The 80 characters before a match on its line (a line's start stays one: `^` matches only there). */
function textBefore(match: RegExpExecArray): string {
  const from = Math.max(0, match.index - 80);
  return (from > 0 ? "\u0000" : "") + match.input.slice(from, match.index);
}

/**
 * What password-hashing code stores for a password and tests compare with: a hex digest of a
 * common size (64 to 512 bits: MySQL 3's `OLD_PASSWORD`, MD5, NTLM, SHA-1, SHA-2), MySQL 4.1's
 * `*` and 40 hex digits, LDAP's `{SCHEME}` and base64, and the `$`-separated formats, modular
 * crypt's `$id$…` and Django's `algorithm$…$digest`.
 */
const PASSWORD_HASH_FORMAT = /^(?:[0-9a-f]{16}|[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{48}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128}|\*[0-9A-F]{40}|\{[A-Z][A-Z0-9.-]{1,30}\}[A-Za-z0-9+/.]{16,}={0,2}|(?:\$[\w-]{1,10}|[a-z][a-z0-9_-]{1,30})(?:\$[^\s$]{0,40}){1,3}\$[./A-Za-z0-9+=]{16,})$/i;

/** Whether a value has the format of a password's stored hash (see PASSWORD_HASH_FORMAT). */
export function hasPasswordHashFormat(value: string): boolean {
  return PASSWORD_HASH_FORMAT.test(value);
}

/**
 * MySQL 4.1's stored password hash, `*` and 40 upper-case hex digits (`IDENTIFIED BY PASSWORD '*…'`,
 * `SHOW GRANTS` output, a `mysql.user` row): its format says it is a hash under any name.
 */
const MYSQL_PASSWORD_HASH = /^\*[0-9A-F]{40}$/;
/**
 * The SQL that takes a password's hash, not the password: MySQL's `IDENTIFIED BY PASSWORD '…'` and
 * `SET PASSWORD FOR … = '…'` (a literal there is the hash; `= PASSWORD('…')` hashes a password).
 * A hex digest there (`OLD_PASSWORD`'s 16 digits) is a hash; elsewhere the same hex may be a
 * generated password.
 */
const PASSWORD_HASH_IN_SQL = /(?:\bBY[ \t]+PASSWORD|\bSET[ \t]+PASSWORD\b[^=\n]{0,150}=)[ \t]*["']$/i;
/**
 * Whether a value is a password's stored hash by its own format (MySQL's) or by the SQL that takes
 * it (`textBefore`: the text before the value, read only for a value of a hash's format).
 */
export function isStoredPasswordHash(value: string, textBefore: () => string): boolean {
  return MYSQL_PASSWORD_HASH.test(value) || (PASSWORD_HASH_FORMAT.test(value) && PASSWORD_HASH_IN_SQL.test(textBefore()));
}

/**
 * `if 'test'.crypt('$1$1') != '$1$1$Bp8…'`: the hash compared with the platform's `crypt()` of a
 * word under the same salt, on the same line (Puppet stdlib's `pw_hash` checks so that the system
 * supports the scheme). As in a test, the line holds the password it hashes: a self-test's vector.
 */
function isCryptSelfTest(value: string, match: RegExpExecArray): boolean {
  const salt = /^\$[\w-]{1,10}\$(?:rounds=\d{1,7}\$)?[./A-Za-z0-9]{1,16}(?=\$)/.exec(value)?.[0];
  if (salt === undefined) return false;
  const before = textBefore(match);
  return /crypt\(/.test(before) && (before.includes(`'${salt}'`) || before.includes(`"${salt}"`));
}

const DOCS = SECRETS_GUIDE;

export const PASSWORD_HASH_RULES: readonly PatternRule[] = [
  {
    id: "password-hash/crypt",
    title: "Password hash (crypt format)",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    reject: (value, match, context) => ((/^(?:\{S?SHA\}|\$apr1\$)/.test(value) || isTestPath(context.filePath)) && !HTPASSWD_OR_LDIF_BEFORE.test(textBefore(match))) || isCryptSelfTest(value, match),
    keywords: ["$1$", "$5$", "$6$", "$7$", "$apr1$", "$2a$", "$2b$", "$2y$", "$2x$", "$8$", "$krb5asrep$", "$krb5tgs$", "{sha}", "{ssha}", "$y$", "$gy$"],
    // md5crypt / sha256crypt / sha512crypt (optional rounds), bcrypt, Cisco type 8, Kerberos roasting;
    // Mosquitto's password file, `$6$<salt>$<SHA-512>` and `$7$<iterations>$<salt>$<PBKDF2-SHA512>`
    // in standard base64.
    pattern:
      /(?<![\w$])(?<value>\{SHA\}[A-Za-z0-9+/]{27}=|\{SSHA\}[A-Za-z0-9+/]{30,120}={0,2}|\$[67]\$(?:\d{1,7}\$)?[A-Za-z0-9+/]{12,24}={0,2}\$[A-Za-z0-9+/]{86}==|\$(?:(?:[156]|apr1)\$(?:rounds=\d{1,7}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}|2[abxy]\$\d{2}\$[./A-Za-z0-9]{53}|8\$[./A-Za-z0-9]{14}\$[./A-Za-z0-9]{43}|g?y\$[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}|krb5(?:asrep|tgs)\$\d{1,2}\$[^\s$]{1,200}\$[0-9a-f]{32,}(?:\$[0-9a-f]{32,})?))(?![./A-Za-z0-9])/dg,
  },
];
