/**
 * What the engine reads in a lockfile. A package manager writes it: package names, versions and
 * integrity hashes, full of look-alikes and never a secret. One thing in it a person typed: the
 * registry's URL, copied into every `resolved`, `url`, `source` or `remote` entry, credentials
 * and all when they were written into the URL (`https://user:password@registry/…`,
 * `…?token=…`). So only a URL's credentials are looked for there, by the rules that find them
 * anywhere else.
 */
import type { Rule } from "./rules/types";

/** A URL on a line, to the first blank, quote or angle bracket (`registry+https://…`, `git+ssh://…` too). */
const URL_ON_LINE = /[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/[^\s"'`<>]*/g;

/** One filtered list per rule list (the engine caches those): the line caches key on the list. */
const lockfileRuleSets = new WeakMap<readonly Rule[], readonly Rule[]>();

/**
 * The rules of `rules` that run on a lockfile: the secret rules, and `alsoKeep` (the engine's line
 * markers, which report nothing). What they find outside a URL's credentials is dropped (see
 * {@link inUrlCredentials}): `url/credentials` reads the user info, the generic rule a secret's name
 * in the query (`?token=…`), and the token rules a token standing as the user
 * (`git+https://ghp_…@github.com/…`). Not the configuration rules: every entry's URL names a host,
 * and they would cost the most here. A rule the user switched off stays off.
 */
export function lockfileRules(rules: readonly Rule[], alsoKeep: readonly Rule[]): readonly Rule[] {
  let kept = lockfileRuleSets.get(rules);
  if (!kept) {
    kept = rules.filter((rule) => rule.kind === "secret" || alsoKeep.includes(rule));
    lockfileRuleSets.set(rules, kept);
  }
  return kept;
}

/**
 * Whether `[start, end)` of `text` lies inside a URL, in its user info (`user:password@`) or its
 * query string (`?token=…`): where a lockfile holds credentials. A package name, a version or an
 * integrity hash is in neither.
 */
export function inUrlCredentials(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  for (const url of line.matchAll(URL_ON_LINE)) {
    const from = start - lineStart - url.index;
    if (from >= 0 && end - lineStart <= url.index + url[0].length) return inCredentialPart(url[0], from);
  }
  return false;
}

/** Whether the character at `offset` of `url` is in its user info or its query string. */
function inCredentialPart(url: string, offset: number): boolean {
  // User info runs from `://` to the last `@` before the path (a password may hold `@`, `?` or
  // `#`, never `/`); the query string from the first `?` after it, up to any `#`.
  const userInfoStart = url.indexOf("://") + 3;
  const slash = url.indexOf("/", userInfoStart);
  const at = url.slice(userInfoStart, slash === -1 ? undefined : slash).lastIndexOf("@");
  const hostStart = userInfoStart + at + 1;
  const inUserInfo = at !== -1 && offset >= userInfoStart && offset < hostStart - 1;
  const inQuery = offset > hostStart && /^[^#]*\?/.test(url.slice(hostStart, offset));
  return inUserInfo || inQuery;
}
