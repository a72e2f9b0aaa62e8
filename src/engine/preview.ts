import { redact } from "./redact";
import { BUILT_IN_RULES } from "./rules";
import { configPreview } from "./url-credentials";

/**
 * Per built-in rule that finds a value by its format, its keywords: most are what such a value
 * starts with (`ghp_`, `sk-ant-`), which is public. (Others name its surroundings, `azfu` in a
 * Functions key's middle or a URL's path, and a value does not start with them.)
 */
const PUBLIC_PREFIXES = new Map(BUILT_IN_RULES.filter((rule) => !rule.evidenceIsName && !rule.noPublicPrefix).map((rule) => [rule.id, rule.keywords]));
/** Rules whose value is a URL shown with its tokens hidden (see RuleBase.urlPreview). */
const URL_PREVIEW_RULES = new Set(BUILT_IN_RULES.filter((rule) => rule.urlPreview).map((rule) => rule.id));

/**
 * A secret finding's preview: its redacted form, with a vendor prefix (`ghp_…(40)`) only when
 * the rule found the value by a format that starts so. The scan and the fix planner (which
 * checks a finding is not stale by its preview) both use this.
 */
export function secretPreview(ruleId: string, value: string): string {
  if (URL_PREVIEW_RULES.has(ruleId)) return configPreview(value);
  return redact(value, PUBLIC_PREFIXES.get(ruleId));
}

export { configPreview, urlCarriesCredential } from "./url-credentials";
