// Environments: a canonical name, the words that mean it in file and folder names, and whether it
// is production. Built-in ones cover the usual names; the mapping file's "environments" adds
// aliases, new environments, or marks one as production. A word belongs to one environment.

export interface EnvironmentDefinition {
  /** Lower-case canonical name, what the mapping and every message use. */
  readonly name: string;
  /** Other lower-case words for it in paths (`prod` for production). */
  readonly aliases: readonly string[];
  /** Production secrets: never reachable from a development path. */
  readonly production: boolean;
}

/** Environment names and aliases: one word of letters and digits, hyphens inside (`pre-prod`). */
export const ENVIRONMENT_WORD = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const BUILT_IN_ENVIRONMENTS: readonly EnvironmentDefinition[] = [
  { name: "development", aliases: ["dev", "develop", "local"], production: false },
  { name: "test", aliases: ["testing", "qa"], production: false },
  { name: "staging", aliases: ["stage", "stg", "preprod", "uat"], production: false },
  { name: "production", aliases: ["prod", "prd"], production: true },
];

export const DEFAULT_ENVIRONMENT = "development";

/** The environments of one mapping file: lookups by any word, in declaration order. */
export class EnvironmentCatalogue {
  private readonly definitions = new Map<string, { aliases: Set<string>; production: boolean }>();
  private readonly byWord = new Map<string, string>();

  constructor(definitions: readonly EnvironmentDefinition[] = BUILT_IN_ENVIRONMENTS) {
    for (const definition of definitions) this.define(definition.name, definition.aliases, definition.production);
  }

  /**
   * Adds or extends an environment. An alias that belonged to another environment moves here (the
   * file's declarations override the built-ins); another environment's name never does. Returns the
   * words that were taken away from other environments.
   */
  define(name: string, aliases: readonly string[] = [], production?: boolean): string[] {
    const key = name.toLowerCase();
    const existing = this.definitions.get(key) ?? { aliases: new Set<string>(), production: false };
    if (production !== undefined) existing.production = production;
    const moved: string[] = [];
    // The name itself may have been another environment's alias ("qa" is test's until the file
    // defines a "qa" environment): it stops meaning that environment.
    const previousOwner = this.byWord.get(key);
    if (previousOwner && previousOwner !== key) {
      this.definitions.get(previousOwner)?.aliases.delete(key);
      moved.push(key);
    }
    this.definitions.set(key, existing);
    this.byWord.set(key, key);
    for (const alias of aliases.map((word) => word.toLowerCase())) {
      if (alias === key) continue;
      const owner = this.byWord.get(alias);
      if (owner && owner !== key) {
        // An environment's own name stays its own: it cannot become another's alias.
        if (this.definitions.has(alias)) continue;
        this.definitions.get(owner)?.aliases.delete(alias);
        moved.push(alias);
      }
      existing.aliases.add(alias);
      this.byWord.set(alias, key);
    }
    return moved;
  }

  /** The canonical name a word stands for (case-insensitive), or undefined. */
  canonical(word: string): string | undefined {
    return this.byWord.get(word.toLowerCase());
  }

  /** Whether `name` has its own definition (not only an alias of another). */
  has(name: string): boolean {
    return this.definitions.has(name.toLowerCase());
  }

  isProduction(name: string): boolean {
    return this.definitions.get(name.toLowerCase())?.production ?? false;
  }

  /** Every word that names an environment: names and aliases. */
  words(): string[] {
    return [...this.byWord.keys()];
  }

  names(): string[] {
    return [...this.definitions.keys()];
  }

  list(): EnvironmentDefinition[] {
    return [...this.definitions].map(([name, { aliases, production }]) => ({ name, aliases: [...aliases], production }));
  }
}
