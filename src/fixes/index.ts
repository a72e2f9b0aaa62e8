/**
 * The fix planner: the pure half of "Move to Key Vault" (and "Move to App Configuration").
 * Text, path and one engine Finding in; plain data out. No `vscode`, no Azure SDK, no I/O: the
 * extension stores the value, applies the edits and shows the notes.
 *
 * Typical use by the code action:
 *   const name = suggestedSecretName(text, path, finding);          // the input box's proposal
 *   isValidSecretName(typed)                                         // { valid } | { valid: false, reason }
 *   const free = uniqueSecretName(typed, (n) => existing.has(n));     // base, base-2, base-3…
 *   const plan = planMove({ text, filePath: path, finding, secretName: free, vaultUrl });
 *   await store.setSecret(free, plan.value, secretMetadata({ …, compound: plan.compound, ruleId: finding.ruleId }));
 *   apply plan.edits (sorted, non-overlapping offsets into `text`), show plan.notes.
 * planMove throws FixPlanError (with a `code`) when it cannot replace the value safely; nothing
 * has been stored or changed at that point, so plan before storing.
 *
 * API
 * - secretNameFor(keyName, { filePath, ruleId }): string — a legal Key Vault name ([0-9a-zA-Z-]{1,127}):
 *   `:` and `__` → `--`, other illegal runs → `-`; without a key name `<file base>-<rule>`.
 * - settingNameFor(text, filePath, finding) — the setting's own name (the `name` of an App Service
 *   `{name, value}` pair, not `…:appSettings:value`); suggestedSecretName(...) = secretNameFor of it.
 * - isValidSecretName(name): { valid: true } | { valid: false; reason }.
 * - uniqueSecretName(base, taken): string.
 * - environmentVariableFor(keyName, secretName): string — `ConnectionStrings__Default`, `PASSWORD`;
 *   distinctEnvironmentVariable(variable, taken) — `API_KEY_2` where another secret reads `API_KEY`
 *   (planMove asks MoveInput.variablesInUse and the text; MovePlan.environmentVariable says which it chose).
 * - appConfigurationKeyFor(keyName, { filePath, ruleId, value? }): string — `Orders:ServiceUrl`; without a name
 *   from the value's host (`fabrikam-shipping:Url`);
 *   suggestedConfigurationKey(text, path, finding) — an appsettings.json member's exact path, else that;
 *   appConfigurationKeyProblem(key): string | undefined — why a key cannot be used;
 *   numberedConfigurationKey(base, n) — `host`, `host-2`…: another key where `host` holds another place's value;
 *   readsKeyVariable({ text, filePath, languageId, start?, end? }, key) — the file reads that key's variable already
 *   (not counting the read the value at start..end is the default of).
 * - planMove(MoveInput): MovePlan; planConfigMove(ConfigMoveInput): MovePlan.
 * - configMoveRefusal({ text, filePath, languageId, start, end }): string | undefined — why no
 *   configuration move can rewrite that place (the planner's refusal), for the light bulb.
 * - springDocumentProfile(text, path, offset) — the Spring profile the `---` document holding the
 *   offset is for (`on-profile: prod`), which the move takes as the value's environment.
 * - secretMetadata(SecretMetadataInput): { tags, contentType, expiresOn }.
 * - mergePlanEdits(taken, edits): boolean — Move All's merge of several plans' edits of one file.
 * - addAzureKeyVaultProvider(programText) and keyVaultUriEdits(appsettingsText, path, vaultUri) — the
 *   Program.cs offer's edits; the second throws FixPlanError where the file cannot take KeyVault:Uri.
 * The replacement for each file type is the table at the top of replacement.ts.
 */
export { addAzureKeyVaultProvider, KEY_VAULT_URI_SETTING } from "./aspnet-provider";
export { environmentAppSettings, keyVaultUriEdits, keyVaultUriFileFor } from "./key-vault-uri-setting";
export type { KeyVaultUriFile } from "./key-vault-uri-setting";
export type { ProviderEdit } from "./aspnet-provider";
export { FixPlanError } from "./errors";
export type { FixPlanErrorCode } from "./errors";
export {
  appConfigurationKeyFor,
  appConfigurationKeyProblem,
  environmentVariableFor,
  distinctEnvironmentVariable,
  environmentVariableForKey,
  isValidEnvironmentVariable,
  isValidSecretName,
  MAX_SECRET_NAME_LENGTH,
  numberedConfigurationKey,
  secretNameFor,
  uniqueSecretName,
} from "./names";
export type { NameCheck } from "./names";
export { settingNameFor, suggestedConfigurationKey, suggestedSecretName } from "./setting-name";
export { configMoveRefusal, planConfigMove, planMove } from "./plan";
export { withLfLineBreaks } from "./lines";
export { mergePlanEdits } from "./merge-edits";
export { applyTextEdits, composeEdits, MOST_MOVE_ROUNDS, roundValueKey } from "./compose-edits";
export { readsConfigurationKeys } from "./file-kind";
export { readsKeyVariable } from "./variable-reads";
export { constantUseElsewhere, constantUseRefusal } from "./constant-uses";
export type { ConstantReach, OtherProgramFile } from "./constant-uses";
export { springDocumentProfile } from "./spring-property";
export type { SpringDocumentProfile } from "./spring-property";
export { moveRefusal, toolReadFileRefusal } from "./tool-files";
export { shellQuotingAt, type ShellQuoting } from "./shell-quoting";
export { appConfigurationReference, keyVaultReference } from "./references";
export { MAX_TAG_VALUE_LENGTH, MAX_TAGS, secretMetadata } from "./metadata";
export type { SecretMetadata, SecretMetadataInput } from "./metadata";
export type { ConfigMoveInput, ConstantMadeVariable, MoveInput, MovePlan, ReplacementStyle, TextEdit } from "./types";
