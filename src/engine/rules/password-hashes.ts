import type { PatternRule } from "./types";

/**
 * Password hashes in crypt formats (/etc/shadow, htpasswd, application user tables, Kerberos
 * AS-REP captures). Not content hashes: these are salted hashes of passwords, and offline cracking
 * turns a leaked one into the password. The formats are self-describing (`$id$salt$hash`).
 */

const DOCS = "https://learn.microsoft.com/azure/key-vault/secrets/secrets-best-practices";

export const PASSWORD_HASH_RULES: readonly PatternRule[] = [
  {
    id: "password-hash/crypt",
    title: "Password hash (crypt format)",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    keywords: ["$1$", "$5$", "$6$", "$2a$", "$2b$", "$2y$", "$2x$", "$8$", "$krb5asrep$", "$krb5tgs$"],
    // md5crypt / sha256crypt / sha512crypt (optional rounds), bcrypt, Cisco type 8, Kerberos roasting.
    pattern:
      /(?<![\w$])(?<value>\$(?:[156]\$(?:rounds=\d{1,7}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}|2[abxy]\$\d{2}\$[./A-Za-z0-9]{53}|8\$[./A-Za-z0-9]{14}\$[./A-Za-z0-9]{43}|krb5(?:asrep|tgs)\$\d{1,2}\$[^\s$]{1,200}\$[0-9a-f]{32,}(?:\$[0-9a-f]{32,})?))(?![./A-Za-z0-9])/dg,
  },
];
