// Which environment a file belongs to, from its path: the mapping file's own rules first (in
// order), then the built-in file-name conventions, then the nearest folder named after an
// environment, then an environment word that is a whole part of the file name (`secrets.prod.env`),
// then the default environment. A production file never goes to another environment on a guess:
// where the path names production and the answer is not production, the answer is marked `doubt`.
import { globMatches } from "./glob";
import type { EnvironmentCatalogue } from "./environments";
import { environmentWordsIn, productionWordIn } from "./name-words";

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
  /**
   * The path names production (`secrets.prod.env` in a `dev/` folder, `deploy/prod-eus/`), yet no
   * rule made this non-production environment its answer: why the answer is in doubt. A move asks
   * rather than store a production secret in this environment's vault.
   */
  readonly doubt?: string;
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

function fileNameOf(path: string): string {
  const normalized = path.replace(/\\/g, "/");
  return normalized.slice(normalized.lastIndexOf("/") + 1);
}

/** Source code, where `.test.` or a file named `test` marks a test suite (`auth.test.ts`, `test.py`), not the test environment. */
const SOURCE_CODE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|cs|fs|vb|java|kt|groovy|scala|php|rs|swift|dart|ex|exs|pl|ps1|sh)$/i;
const TEST_SUITE_WORDS = new Set(["test", "tests"]);

/**
 * The environment a whole dot-separated part of the file name names (`config.prod.json`,
 * `application.production.yml`), when the name names exactly one; a name that names two says nothing.
 */
function fileNameWordEnvironment(path: string, catalogue: EnvironmentCatalogue): InferredEnvironment | undefined {
  const fileName = fileNameOf(path);
  const testSuite = SOURCE_CODE_FILE.test(fileName);
  const named = environmentWordsIn(fileName, catalogue).filter((word) => word.whole && !(testSuite && TEST_SUITE_WORDS.has(word.word)));
  const environments = new Set(named.map((word) => word.environment));
  if (environments.size !== 1) return undefined;
  return { environment: named[0]!.environment, reason: `'${named[0]!.word}' in the file name ${fileName}` };
}

/**
 * What the built-in conventions alone say about `path`: file-name conventions, then folders, then
 * a word of the file name. (Folders before the word: `prod/notes.dev.json` stays production.)
 */
export function conventionEnvironment(path: string, catalogue: EnvironmentCatalogue): InferredEnvironment | undefined {
  for (const rule of BUILT_IN_RULES) {
    const environment = applyRule(rule, path, catalogue);
    if (environment) return { environment, reason: `file name ${rule.pattern}` };
  }
  const folder = environmentFolder(path, catalogue);
  if (folder) return { environment: folder.environment, reason: `folder '${folder.folder}'` };
  return fileNameWordEnvironment(path, catalogue);
}

/**
 * Why a non-production answer is in doubt, or undefined: the file name names production, or nothing
 * placed the file and one of its folders does (`deploy/prod-eus/values.yaml`). A production folder
 * above a nearer non-production one (`deploy/prod/eu/dev/`) is the nearer one's: no doubt.
 */
function productionDoubt(path: string, inferred: InferredEnvironment, catalogue: EnvironmentCatalogue): string | undefined {
  if (catalogue.isProduction(inferred.environment)) return undefined;
  const segments = path.replace(/\\/g, "/").split("/").filter((segment) => segment !== "");
  const candidates = inferred.byDefault ? segments.reverse() : segments.slice(-1);
  for (const name of candidates) {
    const word = productionWordIn(name, catalogue);
    if (!word) continue;
    const names = `${name} names ${word.environment}${word.word === name.toLowerCase() ? "" : ` ('${word.word}')`}`;
    return inferred.byDefault
      ? `${names}, but no convention places the file, so it would go to the default environment, ${inferred.environment}`
      : `${names}, but ${inferred.reason} puts the file in ${inferred.environment}`;
  }
  return undefined;
}

export function inferEnvironment(path: string, catalogue: EnvironmentCatalogue, rules: readonly EnvironmentRule[], defaultEnvironment: string): InferredEnvironment {
  for (const rule of rules) {
    const environment = applyRule(rule, path, catalogue);
    // (The file's own rule is the user's word: no doubt. guards.ts warns where one takes production files.)
    if (environment) return { environment, reason: `rule "${rule.pattern}" in the mapping file` };
  }
  const inferred: InferredEnvironment = conventionEnvironment(path, catalogue) ?? { environment: defaultEnvironment, reason: "no environment in the path: the default environment", byDefault: true };
  const doubt = productionDoubt(path, inferred, catalogue);
  return doubt ? { ...inferred, doubt } : inferred;
}
