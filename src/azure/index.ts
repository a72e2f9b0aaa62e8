// The Azure layer's public surface: interfaces, SDK-backed implementations, fakes for tests,
// endpoint safety, errors, credentials and the vault mapping file. No `vscode` here (lint enforces
// it), so the CLI and plain-Node tests use the same code as the extension.
export { AppConfigurationStore } from "./app-configuration-store";
export { ArmVaultDirectory } from "./arm-vault-directory";
export { describeSetting, isKeyVaultReferenceContentType, KEY_VAULT_REFERENCE_CONTENT_TYPE } from "./configuration-store";
export type { ConfigurationSetting, ConfigurationStore, DeleteOptions, SettingFilter, ReferenceWriteOptions, SettingInput, WriteOptions } from "./configuration-store";
export { DEFAULT_RETRY, LOCAL_EMULATOR_CREDENTIAL } from "./connection";
export type { AzureConnection, LocalEmulatorTrust, RetrySettings } from "./connection";
export { azureCliCredential, CREDENTIAL_CHOICES, defaultAzureCredential, nodeCredential } from "./credentials";
export type { CredentialChoice } from "./credentials";
export { ARM_ENDPOINTS, checkArmEndpoint, checkEndpoint, DATA_PLANE_DOMAINS, isLoopbackEndpoint, requireEndpoint, sameEndpoint } from "./endpoints";
export type { AcceptedEndpoint, AzureCloud, DataPlaneService, EndpointPolicy, EndpointVerdict } from "./endpoints";
export { AzureError, expiredSignInError, isAzureError, isNetworkCode, REQUIRED_ROLES, signedOutError, signInUnreachableError, toAzureError } from "./errors";
export type { AccessNeeded, AzureErrorKind, AzureOperation, AzureService } from "./errors";
export { KeyVaultSecretStore } from "./keyvault-secret-store";
export { MemoryConfigurationStore } from "./memory/memory-configuration-store";
export { MemorySecretStore } from "./memory/memory-secret-store";
export { MemoryVaultDirectory } from "./memory/memory-vault-directory";
export type { MemoryDirectoryContents } from "./memory/memory-vault-directory";
export { SimulatedConditions } from "./memory/simulated-conditions";
export type { SimulatedAccess } from "./memory/simulated-conditions";
export { currentIfWrittenSince, describeSecret, VAULT_CLOCK_SKEW_MS } from "./secret-store";
export type { Cancellable, DeletedSecretProperties, Secret, SecretProperties, SecretPropertiesPatch, SecretStore, SetSecretOptions } from "./secret-store";
export { parseSecretUri, sameSecretUri, secretUri } from "./secret-uri";
export type { SecretUri } from "./secret-uri";
export { isEnabledSubscription, keyVaultResourceId, subscriptionsToOffer } from "./vault-directory";
export type { AppConfigurationStoreInfo, AzureSubscription, KeyVaultInfo, KeyVaultNetworkRules, KeyVaultProtectionChange, KeyVaultRef, VaultDirectory } from "./vault-directory";
export * from "./vault-mapping";
export { appConfigurationReferenceIn, keyVaultReferenceIn } from "./app-service-references";
export type { AppConfigurationReference, KeyVaultReference } from "./app-service-references";
export { describeResolved, parseEnvFile, resolveEnvFile } from "./env-file";
export type { EnvEntry, ResolvedEnvironment, ResolveOptions } from "./env-file";
export { spawnFailure } from "./spawn-failure";
export { defaultEmulatorInfoFile, EMULATOR_INFO_ENV, emulatorInfoFilePath, readEmulatorInfo } from "./emulator-info";
export type { EmulatorEndpoints } from "./emulator-info";
