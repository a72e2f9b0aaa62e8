import { SECRETS_GUIDE } from "./docs";
import { lineEndOf, lineStartsOf } from "../line-starts";
import { readContainerMembers } from "./json-containers";
import { isSecretUnderName } from "./secret-values";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

/**
 * Composer's credentials (`auth.json` beside composer.json, `~/.composer/auth.json`, the
 * `COMPOSER_AUTH` variable's JSON): tokens kept per host under the kind of token,
 * `"bearer": { "satis.example.com": "…" }`, `"gitlab-token": { "gitlab.example.com": "…" }`. A host
 * says nothing of a secret, so the container names it. (`http-basic`'s `password` names itself.)
 */

const DOCS = SECRETS_GUIDE;

/** The containers of tokens kept per host, and a host's member, read by readContainerMembers. */
const CONTAINERS = {
  container: /"(?:bearer|github-oauth|gitlab-token|gitlab-oauth)"[ \t]*:[ \t]*\{/g,
  member: /\s*"(?<name>[^"\\\n]{1,253})"[ \t]*:[ \t]*"(?<value>[^"\\\n]{0,500})"[ \t]*,?/dy,
  // At most this many hosts are read per container: a developer's file lists a few.
  most: 100,
};

function findComposerTokens(text: string, _context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  let readUntil = 0;
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    readUntil = readContainerMembers(text, lineStart, lineEndOf(text, lineStart), CONTAINERS, readUntil, ({ name, value, valueStart }) => {
      // Judged as a key under a name: `${GITLAB_TOKEN}`, `<token>` and words are none.
      if (isSecretUnderName("token", value, "config")) hits.push({ start: valueStart, end: valueStart + value.length, keyName: name });
    });
  }
  return hits;
}

export const COMPOSER_AUTH_RULES: readonly ScannerRule[] = [
  {
    id: "generic/composer-auth-token",
    title: "Token in Composer's auth.json",
    kind: "secret",
    // The container names the value, as a name beside it would: the preview shows no prefix.
    evidenceIsName: true,
    docsUrl: DOCS,
    keywords: ['"bearer"', '"github-oauth"', '"gitlab-token"', '"gitlab-oauth"'],
    scope: "text",
    find: findComposerTokens,
  },
];
