import type { Rule } from "./rules/types";

/**
 * The rules run on a generated file (a source map, a minified bundle, a chunk named by content
 * hash: see generatedFileReason): only those whose value carries its own evidence, a vendor's
 * prefix, a checksum, a PEM armour, an account key in a connection string. Generated code repeats
 * the names and values of its sources and libraries, so a secret's name beside a value is no
 * evidence there, and configuration values belong to the sources. A key a build inlined
 * (`process.env.STRIPE_SECRET_KEY` replaced by its value) is in the bundle and nowhere else.
 * `alsoKeep` is kept too (the engine's line markers: inline ignores, data URIs). Cached per rule set.
 */
const generatedFileRuleSets = new WeakMap<readonly Rule[], readonly Rule[]>();

export function generatedFileRules(rules: readonly Rule[], alsoKeep: readonly Rule[]): readonly Rule[] {
  let kept = generatedFileRuleSets.get(rules);
  if (!kept) {
    kept = rules.filter((rule) => alsoKeep.includes(rule) || (rule.kind === "secret" && !rule.evidenceIsName && !rule.noPublicPrefix));
    generatedFileRuleSets.set(rules, kept);
  }
  return kept;
}
