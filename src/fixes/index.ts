/**
 * The fix planner: the pure half of "Move to Key Vault" (and "Move to App Configuration").
 * Text, path and one engine Finding in; plain data out. No `vscode`, no Azure SDK, no I/O.
 *
 * API
 * - secretNameFor(keyName, { filePath, ruleId }): string — a legal Key Vault name ([0-9a-zA-Z-]{1,127}):
 *   `:` and `__` → `--`, other illegal runs → `-`; without a key name `<file base>-<rule>`.
 * - isValidSecretName(name): { valid: true } | { valid: false; reason }.
 * - uniqueSecretName(base, taken): string.
 * - environmentVariableFor(keyName, secretName): string — `ConnectionStrings__Default`, `PASSWORD`.
 * - appConfigurationKeyFor(keyName, { filePath, ruleId }): string — `Orders:ServiceUrl`.
 * - secretMetadata(SecretMetadataInput): { tags, contentType, expiresOn }.
 */
export { FixPlanError } from "./errors";
export type { FixPlanErrorCode } from "./errors";
export {
  appConfigurationKeyFor,
  environmentVariableFor,
  environmentVariableForKey,
  isValidEnvironmentVariable,
  isValidSecretName,
  MAX_SECRET_NAME_LENGTH,
  secretNameFor,
  uniqueSecretName,
} from "./names";
export type { NameCheck } from "./names";
export { MAX_TAG_VALUE_LENGTH, MAX_TAGS, secretMetadata } from "./metadata";
export type { SecretMetadata, SecretMetadataInput } from "./metadata";
