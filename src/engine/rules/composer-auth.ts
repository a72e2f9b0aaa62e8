import { lineStartsOf } from "../line-starts";
import { isSecretUnderName } from "./secret-values";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

/**
 * Composer's credentials (`auth.json` beside composer.json, `~/.composer/auth.json`, the
 * `COMPOSER_AUTH` variable's JSON): tokens kept per host under the kind of token,
 * `"bearer": { "satis.example.com": "…" }`, `"gitlab-token": { "gitlab.example.com": "…" }`. A host
 * says nothing of a secret, so the container names it. (`http-basic`'s `password` names itself.)
 */

const DOCS = "https://learn.microsoft.com/azure/key-vault/secrets/secrets-best-practices";

const CONTAINER = /"(?:bearer|github-oauth|gitlab-token|gitlab-oauth)"[ \t]*:[ \t]*\{/g;
const MEMBER = /\s*"(?<host>[^"\\\n]{1,253})"[ \t]*:[ \t]*"(?<value>[^"\\\n]{0,500})"[ \t]*,?/dy;
/** At most this many hosts are read per container: a developer's file lists a few. */
const MOST_MEMBERS = 100;

function findComposerTokens(text: string, _context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  let readUntil = 0;
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    const newline = text.indexOf("\n", lineStart);
    // The container on this line only; its hosts may follow on the next lines.
    for (const container of text.slice(lineStart, newline === -1 ? text.length : newline).matchAll(CONTAINER)) {
      const membersFrom = lineStart + container.index + container[0].length;
      if (membersFrom < readUntil) continue;
      MEMBER.lastIndex = membersFrom;
      for (let n = 0; n < MOST_MEMBERS; n++) {
        const member = MEMBER.exec(text);
        if (!member) break;
        const [start, end] = member.indices!.groups!.value!;
        // Judged as a key under a name: `${GITLAB_TOKEN}`, `<token>` and words are none.
        if (isSecretUnderName("token", text.slice(start, end), "config")) hits.push({ start, end, keyName: member.groups!.host! });
      }
      readUntil = Math.max(readUntil, MEMBER.lastIndex);
    }
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
