import { redact } from "./redact";
import { BUILT_IN_RULES } from "./rules";
import { looksRandom } from "./rules/secret-values";

/**
 * Per built-in rule that finds a value by its format, its keywords: most are what such a value
 * starts with (`ghp_`, `sk-ant-`), which is public. (Others name its surroundings, `azfu` in a
 * Functions key's middle or a URL's path, and a value does not start with them.)
 */
const PUBLIC_PREFIXES = new Map(BUILT_IN_RULES.filter((rule) => !rule.evidenceIsName && !rule.noPublicPrefix).map((rule) => [rule.id, rule.keywords]));

/**
 * A secret finding's preview: its redacted form, with a vendor prefix (`ghp_…(40)`) only when
 * the rule found the value by a format that starts so. The scan and the fix planner (which
 * checks a finding is not stale by its preview) both use this.
 */
export function secretPreview(ruleId: string, value: string): string {
  return redact(value, PUBLIC_PREFIXES.get(ruleId));
}

/** How much of a configuration value its preview shows. */
const CONFIG_PREVIEW_LENGTH = 60;

/**
 * A configuration value's preview: the value itself (a host, an address, a URL is no secret), except
 * random runs in a URL's path or query, where a capability URL keeps its token
 * (`https://hooks.contoso.com/notify/<token>`): those show their first two characters.
 */
export function configPreview(value: string): string {
  const authority = value.indexOf("://");
  // Where the host and port end: a path, a query or a fragment (`https://hooks.local?hook=<token>`).
  const rest = authority === -1 ? -1 : value.slice(authority + 3).search(/[/?#]/);
  const pathStart = rest === -1 ? -1 : authority + 3 + rest;
  const shown =
    pathStart === -1
      ? value
      : value.slice(0, pathStart) + value.slice(pathStart).replace(/[A-Za-z0-9_+.=%-]{16,}/g, (run) => {
          const characters = run.replace(/[.=%-]/g, "");
          return characters.length >= 16 && looksRandom(characters) ? `${run.slice(0, 2)}…` : run;
        });
  return shown.length > CONFIG_PREVIEW_LENGTH ? `${shown.slice(0, CONFIG_PREVIEW_LENGTH - 3)}…` : shown;
}
