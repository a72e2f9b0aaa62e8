import { SECRETS_GUIDE } from "./docs";
import { entryPasswords } from "./password-entries";
import type { RuleHit, ScannerRule } from "./types";

/**
 * Redis 6's access lists: `user alice on >password ~orders:* +@read` in `redis.conf` or an ACL file
 * (`users.acl`), and `ACL SETUSER alice on >password …` anywhere (redis-cli, a client's call). `>`
 * adds a password in the clear (`#` adds a SHA-256 of one, `<` removes one); the rules are words
 * in any order. A `user` line elsewhere is prose as often as not: only those files are read for
 * it, and `ACL SETUSER` by its words.
 */

const DOCS = SECRETS_GUIDE;

/** `redis.conf`, `redis-6380.conf`, and ACL files (`users.acl`). */
const REDIS_ACL_FILE = /(?:^|[/\\])(?:redis[\w.-]{0,40}\.conf|[\w.-]{1,60}\.acl)$/i;

/** Whether Redis reads this file itself: its configuration or an ACL file (see REDIS_ACL_FILE). */
export function isRedisConfigFile(filePath: string): boolean {
  return REDIS_ACL_FILE.test(filePath);
}

/**
 * A user's rules, up to a `>password` word (quoted on a command line: `">…"`). Each word is
 * bounded, and none holds a blank, so the words split one way.
 */
const ACL_PASSWORD = /(?:^[ \t]*user|\bACL[ \t]+SETUSER)[ \t]+[^\s>]{1,100}(?:[ \t]+[^\s>]{1,200}){0,40}?[ \t]+["']?>(?<value>[^\s"']{1,300})/dgim;

function findAclPasswords(text: string): RuleHit[] {
  return entryPasswords(text, ACL_PASSWORD, () => "redis-password");
}

export const REDIS_ACL_RULES: readonly ScannerRule[] = [
  {
    id: "generic/redis-acl-password",
    title: "Password in a Redis access list (ACL)",
    kind: "secret",
    // The `>` names the value, as a name beside it would: the preview shows no prefix.
    evidenceIsName: true,
    docsUrl: DOCS,
    keywords: ["setuser"],
    fileName: REDIS_ACL_FILE,
    scope: "text",
    find: findAclPasswords,
  },
];
