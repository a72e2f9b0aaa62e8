// The vault mapping file, `.secrethygiene-vaults.json`, committed at the root of a workspace folder:
// which Key Vault and App Configuration store (and label) each application uses in each environment.
import type { EnvironmentCatalogue } from "./environments";
import type { EnvironmentRule } from "./inference";

export const VAULT_MAPPING_FILE = ".secrethygiene-vaults.json";

/** Every top-level key, in the order the documentation lists them. */
export const VAULT_MAPPING_KEYS = ["$schema", "defaultEnvironment", "environments", "environmentRules", "apps"] as const;
/** Keys of one entry of `environments`. */
export const ENVIRONMENT_DEFINITION_KEYS = ["aliases", "production"] as const;
/** Keys of one entry of `environmentRules`. */
export const ENVIRONMENT_RULE_KEYS = ["pattern", "environment"] as const;
/** Keys of one entry of `apps`. */
export const APP_KEYS = ["name", "root", "environments"] as const;
/** Keys of `apps[i].environments.<environment>`. */
export const ENVIRONMENT_TARGET_KEYS = ["keyVault", "appConfiguration"] as const;
/** Keys of the object form of `appConfiguration`. */
export const APP_CONFIGURATION_KEYS = ["endpoint", "label"] as const;

/** An application's name: what messages and the UI show, and how the editor finds the entry again. */
export const APP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/**
 * Bounds that keep parsing, the production guard and every later lookup quick whatever the file
 * holds (the schema states the same numbers, so the editor says it first).
 */
export const VAULT_MAPPING_LIMITS = {
  /** Characters; a larger file is one syntax problem and nothing else is read. */
  fileLength: 1_000_000,
  /** Checked against every path of every scan, so kept short. */
  environmentRules: 50,
  patternLength: 200,
  environments: 32,
  aliases: 16,
} as const;

/** Zero-based, as editors count. */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

export interface TextRange {
  readonly start: TextPosition;
  readonly end: TextPosition;
}

export type MappingProblemCode =
  /** Not valid JSON. */
  | "syntax"
  /** A key or value the format does not allow; that entry is left out. */
  | "schema"
  /** A URL that is not a Key Vault / App Configuration host (or loopback without the user's emulator setting). */
  | "endpoint-refused"
  /** One vault (or store and label) for two environments. */
  | "shared-vault"
  /** A production vault that a development path can reach. */
  | "production-vault-reachable"
  /** Files that name production, or an environment named like production, sent to a non-production environment's vaults. */
  | "non-production-takes-production";

export interface MappingProblem {
  readonly code: MappingProblemCode;
  readonly message: string;
  /** `error`: refused or left out. `warning`: applies, but probably not as meant. */
  readonly severity: "error" | "warning";
  readonly range: TextRange;
  /** Where in the document, such as `apps[0].environments.production.keyVault`. */
  readonly path: string;
}

export interface AppConfigurationTarget {
  /** Canonical endpoint (https://name.azconfig.io). */
  readonly endpoint: string;
  /** Undefined: key-values without a label. */
  readonly label?: string;
}

export interface EnvironmentTarget {
  /** Canonical environment name. */
  readonly environment: string;
  /** Where the entry is, as written (`apps[0].environments.prod`): what messages tell the user to edit. */
  readonly path: string;
  /** Canonical vault URL; only endpoints that passed the safety check are ever here. */
  readonly keyVault?: string;
  readonly appConfiguration?: AppConfigurationTarget;
  /** Where this entry and its values are in the file, for diagnostics. */
  readonly ranges: { readonly entry: TextRange; readonly keyVault?: TextRange; readonly appConfiguration?: TextRange };
}

export interface AppMapping {
  readonly name: string;
  /** Folder relative to the mapping file, `/`-separated, no trailing slash; "" is the whole folder. */
  readonly root: string;
  /** Keyed by canonical environment name. */
  readonly environments: ReadonlyMap<string, EnvironmentTarget>;
  /** `apps[2]`: the index in the file, which can differ from the index in VaultMapping.apps. */
  readonly path: string;
  /**
   * Environments whose `keyVault` is in the file but was left out (refused, or a production vault
   * mapped for a non-production environment), with the problem's message: so "no vault for staging"
   * can say why instead of asking to add what is already there.
   */
  readonly refused: ReadonlyMap<string, string>;
  readonly range: TextRange;
}

export interface LocatedRule extends EnvironmentRule {
  readonly range: TextRange;
}

export interface VaultMapping {
  readonly defaultEnvironment: string;
  readonly defaultEnvironmentRange?: TextRange;
  readonly environments: EnvironmentCatalogue;
  readonly rules: readonly LocatedRule[];
  readonly apps: readonly AppMapping[];
}

export interface ParsedVaultMapping {
  readonly mapping: VaultMapping;
  readonly problems: readonly MappingProblem[];
}
