import { SECRETS_GUIDE } from "./docs";
import { isSecretUnderName } from "./secret-values";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

/**
 * RubyGems' credentials file, `~/.gem/credentials` (YAML, written by `gem signin` and by hand):
 * every entry's value is an API key. `:rubygems_api_key:` is rubygems.org's, a named key
 * (`:github:`) is chosen with `gem push --key NAME`, and a host's own key (`:https://gems.example.com/:`,
 * GitHub Packages' `https://rubygems.pkg.github.com/OWNER: Bearer …`) is sent to that host. Hosts
 * and key names say nothing of a secret, so the file's name wakes the rule.
 */

const DOCS = SECRETS_GUIDE;

/** `.gem/credentials` under any home folder. */
const GEM_CREDENTIALS_FILE = /(?:^|[/\\])\.gem[/\\]credentials$/;

/** Whether a path is RubyGems' credentials file (the quick fix refuses to move from it). */
export function isGemCredentialsFile(filePath: string): boolean {
  return GEM_CREDENTIALS_FILE.test(filePath);
}

/**
 * An entry: a key (a symbol's leading colon, maybe quoted), `: `, and its value, maybe after
 * `Bearer ` and in quotes. The key ends at the colon a blank follows, so a host's `:8443` stays in it.
 */
const ENTRY = /^[ \t]*(?<q>["']?):?(?<name>[^\s"']{1,300}?)\k<q>:[ \t]+(?<vq>["']?)(?:Bearer[ \t]+)?(?<value>[^\s"']{1,300})\k<vq>[ \t]*\r?$/dgm;

function findGemCredentials(text: string, _context: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  ENTRY.lastIndex = 0;
  for (let match = ENTRY.exec(text); match; match = ENTRY.exec(text)) {
    const [start, end] = match.indices!.groups!.value!;
    // Judged as a key under a name: `<%= ENV[…] %>`, `${TOKEN}`, `GITHUB_TOKEN` are not one.
    if (isSecretUnderName("api_key", text.slice(start, end), "config")) hits.push({ start, end, keyName: match.groups!.name! });
  }
  return hits;
}

export const GEM_CREDENTIAL_RULES: readonly ScannerRule[] = [
  {
    id: "generic/gem-credentials",
    title: "API key in a RubyGems credentials file (~/.gem/credentials)",
    kind: "secret",
    // The file names the value, as a name beside it would: the preview shows no prefix.
    evidenceIsName: true,
    docsUrl: DOCS,
    keywords: [],
    fileName: GEM_CREDENTIALS_FILE,
    scope: "text",
    find: findGemCredentials,
  },
];
