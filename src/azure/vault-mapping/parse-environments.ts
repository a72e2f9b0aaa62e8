// The mapping file's `environments` (new environments, aliases, the production flag) applied to the
// built-in catalogue, and its `defaultEnvironment`. Both come before everything else in the file's
// meaning, whatever their order in the text: rules and apps name environments.
import { DEFAULT_ENVIRONMENT, ENVIRONMENT_WORD, type EnvironmentCatalogue } from "./environments";
import { guardDefaultEnvironment, guardProductionFlag, guardProductionLookalike, guardWordMove } from "./guards";
import { properties, shorten, stringValue, typeName, type JsonNode, type JsonText } from "./json-text";
import { ENVIRONMENT_DEFINITION_KEYS, VAULT_MAPPING_LIMITS, type TextRange } from "./types";

const WORD_RULE = "one word of letters and digits, with single hyphens inside (such as \"pre-prod\")";

/** The catalogue's environments as a list for messages: `development, test, staging, production`. */
export function environmentList(catalogue: EnvironmentCatalogue): string {
  return catalogue.names().join(", ");
}

/** A word of `environments` or an alias, lower-cased, or undefined (reported) when it is not one. */
function environmentWord(json: JsonText, node: JsonNode | undefined, word: string, path: string): string | undefined {
  const lower = word.toLowerCase();
  if (ENVIRONMENT_WORD.test(lower)) return lower;
  const suggestion = lower.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  json.report("schema", node, path, `'${shorten(word)}' is not ${WORD_RULE}${suggestion ? `: write "${shorten(suggestion)}"` : ""}`);
  return undefined;
}

/** The aliases of one definition: valid words not already an environment's own name. */
function aliasesOf(json: JsonText, node: JsonNode | undefined, path: string): { word: string; node: JsonNode; path: string }[] {
  if (node?.type !== "array") {
    json.report("schema", node, path, `must be an array of words, such as ["prod", "live"], not ${typeName(node)}`);
    return [];
  }
  const items = node.children ?? [];
  if (items.length > VAULT_MAPPING_LIMITS.aliases) {
    json.report("schema", items[VAULT_MAPPING_LIMITS.aliases], `${path}[${VAULT_MAPPING_LIMITS.aliases}]`, `at most ${VAULT_MAPPING_LIMITS.aliases} aliases per environment; the rest are ignored`);
  }
  return items.slice(0, VAULT_MAPPING_LIMITS.aliases).flatMap((item, index) => {
    const text = stringValue(item);
    if (text === undefined) {
      json.report("schema", item, `${path}[${index}]`, `must be a word in quotes, not ${typeName(item)}`);
      return [];
    }
    const word = environmentWord(json, item, text, `${path}[${index}]`);
    return word ? [{ word, node: item, path: `${path}[${index}]` }] : [];
  });
}

/** One entry of `environments`, applied to the catalogue unless a guard refuses it. */
function defineEnvironment(json: JsonText, catalogue: EnvironmentCatalogue, name: string, keyNode: JsonNode, value: JsonNode | undefined, path: string, claimed: Map<string, string>): void {
  let production: boolean | undefined;
  let aliases: { word: string; node: JsonNode; path: string }[] = [];
  if (value?.type === "object") {
    const known = json.knownProperties(value, path, ENVIRONMENT_DEFINITION_KEYS);
    const flag = known.get("production");
    if (flag) {
      if (flag.value?.type === "boolean") production = flag.value.value === true;
      else json.report("schema", flag.value, `${path}.production`, `must be true or false, not ${typeName(flag.value)}`);
    }
    const aliasNodes = known.get("aliases");
    if (aliasNodes) aliases = aliasesOf(json, aliasNodes.value, `${path}.aliases`);
    if (production !== undefined) {
      const verdict = guardProductionFlag(name, production, catalogue);
      if (verdict) json.report("production-vault-reachable", flag?.value, `${path}.production`, verdict.message, verdict.severity);
      if (verdict?.severity === "error") production = undefined;
    }
  } else if (value?.type !== "null") {
    json.report("schema", value ?? keyNode, path, `must be an object such as { "aliases": ["qa2"], "production": false }, not ${typeName(value)}`);
    return;
  }
  const isProduction = production ?? (catalogue.has(name) ? catalogue.isProduction(name) : false);
  const nameVerdict = guardWordMove(name, name, isProduction, catalogue);
  if (nameVerdict) json.report("production-vault-reachable", keyNode, path, nameVerdict.message, nameVerdict.severity);
  if (nameVerdict?.severity === "error") return;

  const accepted: string[] = [];
  for (const { word, node, path: aliasPath } of aliases) {
    if (word === name) continue;
    if (catalogue.has(word)) {
      json.report("schema", node, aliasPath, `'${word}' is an environment of its own, so it cannot also mean ${name}: remove it, or define ${name} under that name`);
      continue;
    }
    const earlier = claimed.get(word);
    if (earlier !== undefined && earlier !== name) {
      json.report("schema", node, aliasPath, `'${word}' is already an alias of ${earlier} in this file: a word means one environment, so remove one of the two`);
      continue;
    }
    const verdict = guardWordMove(word, name, isProduction, catalogue);
    if (verdict) json.report("production-vault-reachable", node, aliasPath, verdict.message, verdict.severity);
    if (verdict?.severity === "error") continue;
    claimed.set(word, name);
    accepted.push(word);
  }
  if (production === undefined && !isProduction) {
    const lookalike = guardProductionLookalike(name, [...(catalogue.has(name) ? [] : [name]), ...accepted], catalogue);
    if (lookalike) json.report("non-production-takes-production", keyNode, path, lookalike.message, lookalike.severity);
  }
  catalogue.define(name, accepted, production);
}

/** Applies `environments` to `catalogue`. */
export function parseEnvironments(json: JsonText, node: JsonNode | undefined, catalogue: EnvironmentCatalogue): void {
  if (node?.type !== "object") {
    json.report("schema", node, "environments", `must be an object of environment names, such as { "qa": { "aliases": ["quality"] } }, not ${typeName(node)}`);
    return;
  }
  const seen = new Set<string>();
  const claimed = new Map<string, string>();
  let count = 0;
  for (const [keyNode, value, key] of properties(node)) {
    const path = `environments.${key}`;
    const name = environmentWord(json, keyNode, key, path);
    if (!name) continue;
    if (seen.has(name)) {
      json.report("schema", keyNode, path, `${name} is defined twice; only the first is read: merge the two`);
      continue;
    }
    seen.add(name);
    if (++count > VAULT_MAPPING_LIMITS.environments) {
      json.report("schema", keyNode, path, `at most ${VAULT_MAPPING_LIMITS.environments} environments can be defined; this one and the rest are ignored`);
      return;
    }
    defineEnvironment(json, catalogue, name, keyNode, value, path, claimed);
  }
}

/** `defaultEnvironment`, canonical; a production default is refused (guards rule 1). */
export function parseDefaultEnvironment(json: JsonText, node: JsonNode | undefined, catalogue: EnvironmentCatalogue): { name: string; range?: TextRange } {
  let name = DEFAULT_ENVIRONMENT;
  if (node) {
    const text = stringValue(node);
    const canonical = text === undefined ? undefined : catalogue.canonical(text);
    if (canonical) name = canonical;
    else json.report("schema", node, "defaultEnvironment", `must be the name of an environment (${environmentList(catalogue)}), not ${text === undefined ? typeName(node) : `'${shorten(text)}'`}; "${DEFAULT_ENVIRONMENT}" is used`);
  }
  const guard = guardDefaultEnvironment(name, catalogue);
  if (guard) {
    json.report("production-vault-reachable", node, "defaultEnvironment", guard.verdict.message, guard.verdict.severity);
    name = guard.fallback;
  }
  return node ? { name, range: json.rangeOf(node) } : { name };
}
