// Which environment a file belongs to, from its path: the mapping file's own rules first (in
// order), then the built-in file-name conventions, then the nearest folder named after an
// environment, then the default environment.
import { globMatches } from "./glob";
import type { EnvironmentCatalogue } from "./environments";

/** `{env}` in a pattern stands for any environment name or alias. */
export const ENV_PLACEHOLDER = "{env}";

export interface EnvironmentRule {
  /** A glob (see glob.ts), with at most one `{env}`. */
  readonly pattern: string;
  /** The environment every match belongs to; without it, `{env}` names it. */
  readonly environment?: string;
}

/** Conventions of the common stacks, each with the file name that carries the environment. */
export const BUILT_IN_RULES: readonly EnvironmentRule[] = [
  { pattern: "appsettings.{env}.json" }, // ASP.NET Core
  { pattern: ".env.{env}" }, // dotenv, Next.js, Vite
  { pattern: ".env.{env}.local" },
  { pattern: "values-{env}.yaml" }, // Helm
  { pattern: "values-{env}.yml" },
  { pattern: "values.{env}.yaml" },
  { pattern: "values.{env}.yml" },
  { pattern: "*.{env}.tfvars" }, // Terraform
  { pattern: "{env}.tfvars" },
  { pattern: "*.{env}.tfvars.json" },
  { pattern: "application-{env}.yml" }, // Spring Boot profiles
  { pattern: "application-{env}.yaml" },
  { pattern: "application-{env}.properties" },
  { pattern: "docker-compose.{env}.yml" },
  { pattern: "docker-compose.{env}.yaml" },
];

export interface InferredEnvironment {
  readonly environment: string;
  /** Why, for a hover or a message: "file name appsettings.{env}.json", "folder 'staging'". */
  readonly reason: string;
  /** Nothing in the path named it: the mapping's default. Such a file is every environment's. */
  readonly byDefault?: true;
}

/** The environment a rule gives `path`, or undefined when it does not match. */
export function applyRule(rule: EnvironmentRule, path: string, catalogue: EnvironmentCatalogue): string | undefined {
  if (!rule.pattern.includes(ENV_PLACEHOLDER)) {
    return globMatches(rule.pattern, path) ? catalogue.canonical(rule.environment ?? "") : undefined;
  }
  const lowerPath = path.toLowerCase();
  for (const word of catalogue.words()) {
    // A word that is not in the path cannot fill {env}: skipping it saves most glob matches.
    if (!lowerPath.includes(word)) continue;
    if (globMatches(rule.pattern.replace(ENV_PLACEHOLDER, word), path)) return rule.environment ? catalogue.canonical(rule.environment) : catalogue.canonical(word);
  }
  return undefined;
}

/** The deepest folder of `path` named after an environment (`config/staging/…`, `deploy/prod/…`). */
function environmentFolder(path: string, catalogue: EnvironmentCatalogue): { environment: string; folder: string } | undefined {
  const folders = path.replace(/\\/g, "/").split("/").slice(0, -1);
  for (let index = folders.length - 1; index >= 0; index--) {
    const environment = catalogue.canonical(folders[index]!);
    if (environment) return { environment, folder: folders[index]! };
  }
  return undefined;
}

/** What the built-in conventions alone say about `path`: file-name conventions, then folders. */
export function conventionEnvironment(path: string, catalogue: EnvironmentCatalogue): InferredEnvironment | undefined {
  for (const rule of BUILT_IN_RULES) {
    const environment = applyRule(rule, path, catalogue);
    if (environment) return { environment, reason: `file name ${rule.pattern}` };
  }
  const folder = environmentFolder(path, catalogue);
  return folder ? { environment: folder.environment, reason: `folder '${folder.folder}'` } : undefined;
}

export function inferEnvironment(path: string, catalogue: EnvironmentCatalogue, rules: readonly EnvironmentRule[], defaultEnvironment: string): InferredEnvironment {
  for (const rule of rules) {
    const environment = applyRule(rule, path, catalogue);
    if (environment) return { environment, reason: `rule "${rule.pattern}" in the mapping file` };
  }
  return conventionEnvironment(path, catalogue) ?? { environment: defaultEnvironment, reason: "no environment in the path: the default environment", byDefault: true };
}
