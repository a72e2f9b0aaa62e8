// Guards: the mistakes in a vault mapping that let a development file reach a production vault, or
// let two environments share one. A guard that is certain refuses (an error, and what it guards is
// left out); one that only sees a possibility warns and lets the entry apply.
//
// `production-vault-reachable`, exactly:
//  1. defaultEnvironment is a production environment: error; the default becomes the first
//     non-production environment, since every file without an environment in its path (scratch
//     files, a developer's local settings) would otherwise write to production.
//  2. The same Key Vault URL, or the same App Configuration endpoint with the same label, is mapped
//     for a production environment and for a non-production one (in any app): error on each
//     non-production use, and that endpoint is left out of the non-production entry.
//  3. An environment definition marks a production environment (the built-in `production`)
//     `"production": false`, or gives a word that means a production environment (`prod`) to a
//     non-production one: error, ignored. The opposite direction (`"development": {"production":
//     true}`, or `dev` as a production alias) is a warning: explicit, but every file named after it
//     then writes to production.
//  4. An environment rule whose `environment` is a production environment:
//     a. has `{env}` in its pattern: error, rule left out (`{env}` would match `dev` and the rule
//        would still say production);
//     b. matches, as written, a path that the built-in conventions put in a non-production
//        environment (`**/dev/**`, `.env.development`, `*.dev.tfvars`): error, rule left out. The
//        pattern is tried with each `*`/`?` as "example" and each `**` as no folder;
//     c. could match such a path: a `*` or `?` filled with a non-production word
//        (`deploy/*/values.yaml` → `deploy/dev/values.yaml`), or, for a pattern that applies in
//        every folder (no `/`, or a leading `**/`), the file inside a non-production folder
//        (`appsettings.json` → `dev/appsettings.json`): warning. A probe whose file name itself holds
//        a production word (`secrets.prod.json`) does not count: the file names its environment.
//        A `**` after a literal folder (`deploy/live/**`) is not filled: the folder anchors it;
//     d. is only wildcards (`*`, `**`, `**/*`): error, rule left out, like rule 1 but stronger.
//     Only the first 8 wildcards of a rule are tried, and at most 2,000 paths per file, so the
//     check stays quick; a rule beyond that gets a warning that it was not checked.
// `non-production-takes-production`, the other direction, where production secrets would land in a
// lower environment's vault:
//  5. An environment rule whose `environment` is not production matches a path the conventions put
//     in production: warning. Probed as rule 4 does, with each wildcard filled with a production
//     word as it stands, after a dot or after a hyphen (`**/appsettings*.json` →
//     appsettings.production.json, `.env.*` → .env.production), and `{env}` with a production word
//     (the rule's `environment` overrides it). A path an earlier rule takes is not this rule's.
//  6. A non-production environment whose name, or an alias the file gives it, holds a production
//     word (`prod-eu`, `production-west`), with no "production" flag in its definition: warning.
//     Its files, named as production, would get none of production's guards; `"production": false`
//     says it is meant.
// `shared-vault`: the same Key Vault URL, or App Configuration endpoint and label, for two different
// environments that are both production or both not: warning, once per environment that joins.
// The same vault for the same environment of two apps is fine.
import type { EnvironmentCatalogue } from "./environments";
import { applyRule, conventionEnvironment, ENV_PLACEHOLDER, type EnvironmentRule } from "./inference";
import { globMatches } from "./glob";
import { problemAt } from "./json-text";
import { productionWordIn } from "./name-words";
import type { MappingProblem, TextRange } from "./types";

export interface GuardVerdict {
  readonly severity: "error" | "warning";
  readonly message: string;
}

// ---------------------------------------------------------------------------------------------
// 1. The default environment

/** Rule 1: the default environment, and what to use instead when it is production. */
export function guardDefaultEnvironment(name: string, catalogue: EnvironmentCatalogue): { verdict: GuardVerdict; fallback: string } | undefined {
  if (!catalogue.isProduction(name)) return undefined;
  const fallback = catalogue.list().find((environment) => !environment.production)?.name ?? name;
  return {
    fallback,
    verdict: {
      severity: "error",
      message:
        `the default environment is production: every file without an environment in its path, a developer's scratch files included, would write to production's vaults. ` +
        `Keep the default non-production ("${fallback}") and name production files (appsettings.Production.json, .env.production) or folders (deploy/production/); "${fallback}" is used until then`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Environment definitions

/** Rule 3, for a `"production": false|true` on an environment that already exists. */
export function guardProductionFlag(name: string, production: boolean, catalogue: EnvironmentCatalogue): GuardVerdict | undefined {
  if (!catalogue.has(name) || catalogue.isProduction(name) === production) return undefined;
  if (!production) {
    return {
      severity: "error",
      message: `${name} is a production environment and stays one, so its vaults stay out of development's reach: remove "production": false (define a new environment for a production-like test system)`,
    };
  }
  return {
    severity: "warning",
    message: `${name} is now a production environment: files named after it (${name}/ folders, .env.${name}) write to production vaults. If that is not meant, remove "production": true`,
  };
}

/** Rule 3, for one word (name or alias) that `target` takes from the environment that had it. */
export function guardWordMove(word: string, target: string, targetProduction: boolean, catalogue: EnvironmentCatalogue): GuardVerdict | undefined {
  const owner = catalogue.canonical(word);
  if (!owner || owner === target) return undefined;
  const ownerProduction = catalogue.isProduction(owner);
  if (ownerProduction && !targetProduction) {
    return {
      severity: "error",
      message: `'${word}' means ${owner}, a production environment; making it mean ${target} would send production files (.env.${word}, ${word}/ folders) to ${target}'s vaults and blur which is which. Ignored: use another word`,
    };
  }
  if (!ownerProduction && targetProduction) {
    return {
      severity: "warning",
      message: `'${word}' meant ${owner}; now ${target}, a production environment, so files named after it (.env.${word}, ${word}/ folders) write to production vaults. If that is not meant, remove it`,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 4. Environment rules that send paths to production

const MAX_PROBED_WILDCARDS = 8;
const PROBE_BUDGET = 2_000;
const FILLER = "example";

/** Counts the paths tried for one mapping file, so a file full of broad rules stays quick. */
export class ProbeBudget {
  private remaining = PROBE_BUDGET;
  take(count: number): boolean {
    if (count > this.remaining) return false;
    this.remaining -= count;
    return true;
  }
}

interface Probe {
  readonly path: string;
  /** A wildcard was filled with an environment word: the rule could match it, not must. */
  readonly filled: boolean;
}

/** A wildcard to fill: a `*`/`?` in segment `segment` at `index`, or the folder before a floating pattern. */
type Slot = { readonly segment: number; readonly index: number } | "folder";

function nonProductionWords(catalogue: EnvironmentCatalogue): string[] {
  return catalogue.words().filter((word) => !catalogue.isProduction(catalogue.canonical(word) ?? word));
}

/** Paths that the pattern matches: as written, and with one wildcard at a time filled with `words`. */
function probesOf(pattern: string, words: readonly string[]): { probes: Probe[]; slots: number } {
  const normalized = pattern.replace(/\\/g, "/");
  const segments = normalized.split("/").filter((segment) => segment !== "");
  const floating = !normalized.includes("/") || segments[0] === "**";
  const body = segments.filter((segment) => segment !== "**");
  if (body.length === 0 || segments[segments.length - 1] === "**") body.push(FILLER);
  const slots: Slot[] = [];
  body.forEach((segment, index) => {
    for (let position = 0; position < segment.length; position++) if (segment[position] === "*" || segment[position] === "?") slots.push({ segment: index, index: position });
  });
  // Last: a wildcard in the name makes the more telling example (.env.dev rather than dev/.env.x).
  if (floating) slots.push("folder");
  const fill = (slot: Slot | undefined, word: string): string => {
    const filled = body.map((segment, index) => {
      let text = "";
      for (let position = 0; position < segment.length; position++) {
        const char = segment[position]!;
        if (char !== "*" && char !== "?") text += char;
        else if (slot !== undefined && slot !== "folder" && slot.segment === index && slot.index === position) text += word;
        // Consecutive stars are one wildcard: fill the first only.
        else if (!(char === "*" && segment[position - 1] === "*")) text += FILLER;
      }
      return text;
    });
    return (slot === "folder" ? [word, ...filled] : filled).join("/");
  };
  const probes: Probe[] = [{ path: fill(undefined, ""), filled: false }];
  for (const slot of slots.slice(0, MAX_PROBED_WILDCARDS)) for (const word of words) probes.push({ path: fill(slot, word), filled: true });
  return { probes, slots: slots.length };
}

/** Whether the file name (last segment) holds a word of a production environment, whole or in a compound (as inference.ts reads it). */
function namesProduction(path: string, catalogue: EnvironmentCatalogue): boolean {
  return productionWordIn(path.slice(path.lastIndexOf("/") + 1), catalogue) !== undefined;
}

/** Rule 4, for a rule already known to send its matches to a production environment. */
export function guardProductionRule(rule: EnvironmentRule, catalogue: EnvironmentCatalogue, budget: ProbeBudget): GuardVerdict | undefined {
  const target = rule.environment ?? "production";
  const words = nonProductionWords(catalogue);
  if (words.length === 0) return undefined;
  if (rule.pattern.includes(ENV_PLACEHOLDER)) {
    const example = rule.pattern.replace(ENV_PLACEHOLDER, words[0]!);
    return {
      severity: "error",
      message: `"${ENV_PLACEHOLDER}" takes the environment from the path, but "environment": "${target}" overrides it, so ${example} would write to ${target}'s vaults. Left out: remove "environment" to let ${ENV_PLACEHOLDER} decide, or write the production file name without ${ENV_PLACEHOLDER}`,
    };
  }
  const segments = rule.pattern.replace(/\\/g, "/").split("/").filter((segment) => segment !== "");
  if (segments.every((segment) => /^\*+$/.test(segment))) {
    return {
      severity: "error",
      message: `matches every file, .env.development and developer scratch files included, and sends it to ${target}: worse than a production default. Left out: match production files only (deploy/prod/**)`,
    };
  }
  const { probes, slots } = probesOf(rule.pattern, words);
  if (!budget.take(probes.length)) {
    return { severity: "warning", message: `not checked for development files it could send to ${target} (the file has too many broad production rules): write fewer, narrower ones` };
  }
  for (const probe of probes) {
    if (!globMatches(rule.pattern, probe.path) || namesProduction(probe.path, catalogue)) continue;
    const convention = conventionEnvironment(probe.path, catalogue);
    if (!convention || catalogue.isProduction(convention.environment)) continue;
    const why = `which ${convention.reason} puts in ${convention.environment}`;
    if (!probe.filled) {
      return {
        severity: "error",
        message: `sends ${probe.path}, ${why}, to ${target}: a development file would write to a production vault. Left out: match production files only (deploy/prod/**), or give the rule a non-production "environment"`,
      };
    }
    return {
      severity: "warning",
      message: `also matches ${probe.path}, ${why}, and sends it to ${target}. Narrow the pattern to production files (a literal production folder, as in deploy/prod/**), or make the word that marks them an alias of ${target} and let the built-in conventions do it`,
    };
  }
  if (slots > MAX_PROBED_WILDCARDS) {
    return { severity: "warning", message: `has ${slots} wildcards; only the first ${MAX_PROBED_WILDCARDS} were checked for development files it could send to ${target}: write a narrower pattern` };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 5. Environment rules that send production files to a lower environment

function productionWords(catalogue: EnvironmentCatalogue): string[] {
  return catalogue.words().filter((word) => catalogue.isProduction(catalogue.canonical(word) ?? word));
}

/**
 * Rule 5, for a rule whose `environment` is not production: a production file (by the conventions)
 * that it would take, unless a rule before it (`earlier`) takes that file first.
 */
export function guardNonProductionRule(rule: EnvironmentRule, earlier: readonly EnvironmentRule[], catalogue: EnvironmentCatalogue, budget: ProbeBudget): GuardVerdict | undefined {
  const target = rule.environment;
  const words = productionWords(catalogue);
  if (!target || catalogue.isProduction(target) || words.length === 0) return undefined;
  const fillers = words.flatMap((word) => [word, `.${word}`, `-${word}`]);
  // `{env}` is filled with each production word: the rule's `environment` still says where it goes.
  const patterns = rule.pattern.includes(ENV_PLACEHOLDER) ? words.map((word) => rule.pattern.replace(ENV_PLACEHOLDER, word)) : [rule.pattern];
  for (const pattern of patterns) {
    const { probes } = probesOf(pattern, fillers);
    if (!budget.take(probes.length)) {
      return { severity: "warning", message: `not checked for production files it could send to ${target} (the file has too many broad rules): write fewer, narrower ones` };
    }
    for (const probe of probes) {
      if (!globMatches(pattern, probe.path) || earlier.some((before) => applyRule(before, probe.path, catalogue) !== undefined)) continue;
      const convention = conventionEnvironment(probe.path, catalogue);
      if (!convention || !catalogue.isProduction(convention.environment)) continue;
      const why = `which ${convention.reason} puts in ${convention.environment}`;
      const fix = `Narrow the pattern so production files fall outside it, or put a rule for them first`;
      return probe.filled || pattern !== rule.pattern
        ? { severity: "warning", message: `also matches ${probe.path}, ${why}, and sends it to ${target}: its production secrets would go to a ${target} vault. ${fix}` }
        : { severity: "warning", message: `sends ${probe.path}, ${why}, to ${target}: its production secrets would go to a ${target} vault. ${fix}; if ${target} is a production environment, mark it "production": true` };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 6. Environments named like production

/**
 * Rule 6, for an environment that stays non-production and whose definition sets no flag: `words`
 * are its new name (when it is new) and the aliases the file gives it, checked before it is defined.
 */
export function guardProductionLookalike(name: string, words: readonly string[], catalogue: EnvironmentCatalogue): GuardVerdict | undefined {
  for (const word of words) {
    const production = productionWordIn(word, catalogue);
    if (!production) continue;
    const holds = word === name ? `${name}` : `${name}'s alias '${word}'`;
    return {
      severity: "warning",
      message: `${holds} holds '${production.word}', a word of ${production.environment}, yet ${name} is not a production environment: files named after it (.env.${word}, ${word}/ folders) write to its vaults with none of production's guards. Add "production": true if it is production, or "production": false to say it is not`,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 2. and shared-vault: one endpoint for two environments

/** One use of an endpoint by one environment entry, as the guards see it. */
export interface EndpointUse {
  /** Canonical URL, plus `\n<label>` for App Configuration: equal keys are the same target. */
  readonly key: string;
  readonly service: "keyVault" | "appConfiguration";
  readonly environment: string;
  /** `apps[0].environments.prod.keyVault`. */
  readonly path: string;
  readonly range: TextRange;
  /** How messages name the target: the URL, and the label for App Configuration. */
  readonly display: string;
}

/**
 * Rule 2 and shared-vault. Returns the problems and the uses to leave out (the non-production uses
 * of a production target). O(uses): uses are grouped by key.
 */
export function guardSharedEndpoints(uses: readonly EndpointUse[], catalogue: EnvironmentCatalogue): { problems: MappingProblem[]; leftOut: Set<EndpointUse> } {
  const problems: MappingProblem[] = [];
  const leftOut = new Set<EndpointUse>();
  const groups = new Map<string, EndpointUse[]>();
  for (const use of uses) {
    const group = groups.get(use.key);
    if (group) group.push(use);
    else groups.set(use.key, [use]);
  }
  for (const group of groups.values()) {
    const production = group.find((use) => catalogue.isProduction(use.environment));
    if (production) {
      for (const use of group) {
        if (catalogue.isProduction(use.environment)) continue;
        leftOut.add(use);
        problems.push(
          problemAt(
            "production-vault-reachable",
            use.range,
            use.path,
            `${use.display} is ${production.environment}'s (${production.path}), a production environment; mapped for ${use.environment} as well, ${use.environment} files would write to it. Left out: give ${use.environment} its own ${use.service === "keyVault" ? "vault" : "store or label"}`,
            "error",
          ),
        );
      }
    }
    const kept = group.filter((use) => !leftOut.has(use));
    const seen = new Set<string>();
    const first = kept[0];
    for (const use of kept) {
      if (seen.has(use.environment)) continue;
      seen.add(use.environment);
      if (!first || use.environment === first.environment) continue;
      problems.push(
        problemAt(
          "shared-vault",
          use.range,
          use.path,
          `${use.display} is also ${first.environment}'s (${first.path}). One ${use.service === "keyVault" ? "vault" : "store and label"} per environment keeps one environment's runs from reading or overwriting another's ${use.service === "keyVault" ? "secrets" : "settings"}: give ${use.environment} its own`,
          "warning",
        ),
      );
    }
  }
  return { problems, leftOut };
}
