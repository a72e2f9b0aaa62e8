import { redact } from "./redact";
import { BUILT_IN_RULES } from "./rules";

/** Built-in rules that find a value by its format: what such a value starts with is public. */
const FORMAT_RULE_IDS = new Set(BUILT_IN_RULES.filter((rule) => !rule.evidenceIsName).map((rule) => rule.id));

/**
 * A secret finding's preview: its redacted form, with a vendor prefix (`ghp_…(40)`) only when
 * the rule found the value by a format that starts so. The scan and the fix planner (which
 * checks a finding is not stale by its preview) both use this.
 */
export function secretPreview(ruleId: string, value: string): string {
  return redact(value, FORMAT_RULE_IDS.has(ruleId));
}
