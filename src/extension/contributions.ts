/**
 * The one place that names what package.json contributes. A unit test checks that these lists and
 * the manifest agree, and the command table in commands.ts is typed so every id needs a handler.
 * No `vscode` import here, so plain-Node tests can read it.
 */

export const CommandId = {
  scanWorkspace: "secretHygiene.scanWorkspace",
  scanActiveFile: "secretHygiene.scanActiveFile",
  clearFindings: "secretHygiene.clearFindings",
  showLog: "secretHygiene.showLog",
  configureVaults: "secretHygiene.configureVaults",
  showVaultForFile: "secretHygiene.showVaultForFile",
  moveSecretToKeyVault: "secretHygiene.moveSecretToKeyVault",
  ignoreFinding: "secretHygiene.ignoreFinding",
  addToBaseline: "secretHygiene.addToBaseline",
  moveToAppConfiguration: "secretHygiene.moveToAppConfiguration",
  moveSecretViaAppConfiguration: "secretHygiene.moveSecretViaAppConfiguration",
  moveAllInFile: "secretHygiene.moveAllInFile",
  moveAllInWorkspace: "secretHygiene.moveAllInWorkspace",
  runWithSecrets: "secretHygiene.runWithSecrets",
} as const;
export type CommandId = (typeof CommandId)[keyof typeof CommandId];

export const SETTINGS_SECTION = "secretHygiene";

/** Setting keys below `secretHygiene.`; their types and defaults live in settings.ts and package.json. */
export const SettingKey = {
  enable: "enable",
  severity: "severity",
  scanOnType: "scanOnType",
  debounceMs: "debounceMs",
  maxFileSizeKB: "maxFileSizeKB",
  exclude: "exclude",
  configValuesSeverity: "configValues.severity",
  secretsRotationDays: "secrets.rotationDays",
  secretsSetExpiry: "secrets.setExpiry",
  /** Application scope: how to sign in to Azure is the user's choice, never a repository's. */
  azureCredential: "azure.credential",
  /** Application scope, read from user settings only: a workspace must not point us at its own server. */
  localEmulatorEnabled: "localEmulator.enabled",
  localEmulatorInfoFile: "localEmulator.infoFile",
} as const;
export type SettingKey = (typeof SettingKey)[keyof typeof SettingKey];

/** The task type of "Run with Secrets" tasks in tasks.json. */
export const RUN_WITH_SECRETS_TASK_TYPE = "secret-hygiene";

/** `diagnostic.source`: how our diagnostics (and, later, our code actions) find each other. */
export const DIAGNOSTIC_SOURCE = "secret-hygiene";
export const DIAGNOSTIC_COLLECTION = "secret-hygiene";
/** Problems in .secrethygiene.json and the baseline: apart, so a scan of those files cannot erase them. */
export const CONFIG_DIAGNOSTIC_COLLECTION = "secret-hygiene-config";
/** Problems in .secrethygiene-vaults.json (refused endpoints, shared vaults). */
export const VAULT_MAPPING_DIAGNOSTIC_COLLECTION = "secret-hygiene-vaults";

/**
 * Set by `npm start` and the integration tests to the emulator's info file: it enables the local
 * emulator like the user setting does. The extension host's environment is the user's (or their
 * launcher's), never a workspace file's.
 */
export const EMULATOR_INFO_ENV = "SECRET_HYGIENE_EMULATOR_INFO";
