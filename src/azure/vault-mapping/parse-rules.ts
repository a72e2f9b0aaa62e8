// `environmentRules`: the file's own path patterns, checked in order before the built-in
// conventions. A rule that sends development files to production is refused or flagged, and one
// that sends production files to a lower environment is flagged (guards.ts).
import type { EnvironmentCatalogue } from "./environments";
import { guardNonProductionRule, guardProductionRule, ProbeBudget } from "./guards";
import { ENV_PLACEHOLDER } from "./inference";
import { shorten, stringValue, typeName, type JsonNode, type JsonText } from "./json-text";
import { environmentList } from "./parse-environments";
import { ENVIRONMENT_RULE_KEYS, VAULT_MAPPING_LIMITS, type LocatedRule } from "./types";

/** Why a pattern cannot be used, or undefined. */
function patternProblem(pattern: string): string | undefined {
  if (pattern.trim() === "") return `must be a path pattern such as "deploy/live/**" or "settings.${ENV_PLACEHOLDER}.ini", not an empty string`;
  if (pattern.length > VAULT_MAPPING_LIMITS.patternLength) return `is ${pattern.length} characters long; a pattern has at most ${VAULT_MAPPING_LIMITS.patternLength}`;
  const first = pattern.indexOf(ENV_PLACEHOLDER);
  if (first !== -1 && pattern.indexOf(ENV_PLACEHOLDER, first + 1) !== -1) return `has "${ENV_PLACEHOLDER}" more than once; a path names its environment once, so keep one`;
  if (pattern.replace(/\\/g, "/").split("/").includes("..")) return "is relative to the folder of the mapping file and cannot reach outside it: remove '..'";
  return undefined;
}

/** The probe budgets of one file's rules: each direction has its own, so neither starves the other. */
interface Budgets {
  readonly toProduction: ProbeBudget;
  readonly fromProduction: ProbeBudget;
}

function parseRule(json: JsonText, node: JsonNode, path: string, catalogue: EnvironmentCatalogue, budgets: Budgets, earlier: readonly LocatedRule[]): LocatedRule | undefined {
  if (node.type !== "object") {
    json.report("schema", node, path, `must be an object such as { "pattern": "deploy/live/**", "environment": "production" }, not ${typeName(node)}`);
    return undefined;
  }
  const known = json.knownProperties(node, path, ENVIRONMENT_RULE_KEYS);
  const patternEntry = known.get("pattern");
  if (!patternEntry) {
    json.report("schema", node, path, `"pattern" is missing: add the path pattern this rule applies to, such as "deploy/live/**"`);
    return undefined;
  }
  const pattern = stringValue(patternEntry.value);
  const patternError = pattern === undefined ? `must be a path pattern in quotes, not ${typeName(patternEntry.value)}` : patternProblem(pattern);
  if (pattern === undefined || patternError) {
    json.report("schema", patternEntry.value, `${path}.pattern`, patternError ?? "");
    return undefined;
  }
  const environmentEntry = known.get("environment");
  let environment: string | undefined;
  if (environmentEntry) {
    const text = stringValue(environmentEntry.value);
    environment = text === undefined ? undefined : catalogue.canonical(text);
    if (!environment) {
      const written = text === undefined ? typeName(environmentEntry.value) : `'${shorten(text)}'`;
      json.report("schema", environmentEntry.value, `${path}.environment`, `must name an environment (${environmentList(catalogue)}), not ${written}; the rule is ignored`);
      return undefined;
    }
  } else if (!pattern.includes(ENV_PLACEHOLDER)) {
    json.report("schema", node, path, `a pattern without "${ENV_PLACEHOLDER}" needs "environment": add "environment": "<name>", or put ${ENV_PLACEHOLDER} where the path names it`);
    return undefined;
  }
  const rule: LocatedRule = { pattern, ...(environment ? { environment } : {}), range: json.rangeOf(node) };
  if (environment && catalogue.isProduction(environment)) {
    const verdict = guardProductionRule(rule, catalogue, budgets.toProduction);
    if (verdict) json.report("production-vault-reachable", patternEntry.value, `${path}.pattern`, verdict.message, verdict.severity);
    if (verdict?.severity === "error") return undefined;
  } else if (environment) {
    const verdict = guardNonProductionRule(rule, earlier, catalogue, budgets.fromProduction);
    if (verdict) json.report("non-production-takes-production", patternEntry.value, `${path}.pattern`, verdict.message, verdict.severity);
  }
  return rule;
}

export function parseRules(json: JsonText, node: JsonNode | undefined, catalogue: EnvironmentCatalogue): LocatedRule[] {
  if (node?.type !== "array") {
    json.report("schema", node, "environmentRules", `must be an array of rules, such as [{ "pattern": "deploy/live/**", "environment": "production" }], not ${typeName(node)}`);
    return [];
  }
  const items = node.children ?? [];
  const limit = VAULT_MAPPING_LIMITS.environmentRules;
  if (items.length > limit) {
    json.report("schema", items[limit], `environmentRules[${limit}]`, `at most ${limit} rules are read (each is tried on every path); this one and the rest are ignored`);
  }
  const budgets: Budgets = { toProduction: new ProbeBudget(), fromProduction: new ProbeBudget() };
  const rules: LocatedRule[] = [];
  items.slice(0, limit).forEach((item, index) => {
    const rule = parseRule(json, item, `environmentRules[${index}]`, catalogue, budgets, rules);
    if (rule) rules.push(rule);
  });
  return rules;
}
