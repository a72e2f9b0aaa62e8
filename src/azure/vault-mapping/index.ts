// The vault mapping file's public surface: parse it, ask it where a file's secrets go, and edit it.
export { setEnvironmentTarget } from "./edit";
export type { AppToSet, TargetToSet } from "./edit";
export { BUILT_IN_ENVIRONMENTS, DEFAULT_ENVIRONMENT, EnvironmentCatalogue } from "./environments";
export type { EnvironmentDefinition } from "./environments";
export { BUILT_IN_RULES, inferEnvironment } from "./inference";
export type { EnvironmentRule, InferredEnvironment } from "./inference";
export { parseVaultMapping } from "./parse";
export { describeTarget, resolveTarget } from "./resolve";
export type { ResolvedTarget } from "./resolve";
export { VAULT_MAPPING_TEMPLATE } from "./template";
export {
  APP_CONFIGURATION_KEYS,
  APP_KEYS,
  APP_NAME,
  ENVIRONMENT_DEFINITION_KEYS,
  ENVIRONMENT_RULE_KEYS,
  ENVIRONMENT_TARGET_KEYS,
  VAULT_MAPPING_FILE,
  VAULT_MAPPING_KEYS,
  VAULT_MAPPING_LIMITS,
} from "./types";
export type { AppConfigurationTarget, AppMapping, EnvironmentTarget, MappingProblem, MappingProblemCode, ParsedVaultMapping, TextRange, VaultMapping } from "./types";
