import { AZURE_RULES } from "./azure";
import { secretlintRules } from "./secretlint";
import type { PatternRule, RuleInfo } from "./types";

/** Our own rules, in priority order: where two match the same text, the earlier one reports it. */
export const PATTERN_RULES: readonly PatternRule[] = [...AZURE_RULES];

/** Every rule the engine can report, for SARIF rule tables and documentation. */
export function knownRules(): RuleInfo[] {
  return [
    ...PATTERN_RULES.map(({ id, title, kind, docsUrl }) => ({ id, title, kind, docsUrl })),
    ...secretlintRules(),
  ];
}
