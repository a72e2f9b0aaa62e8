/**
 * The one place that names what package.json contributes. A unit test checks that these lists and
 * the manifest agree, and the command table in commands.ts is typed so every id needs a handler.
 * No `vscode` import here, so plain-Node tests can read it.
 */

/**
 * The vault explorer's commands (src/extension/explorer). Their handlers are a typed table of their
 * own (explorer/commands.ts); commands.ts joins both tables, so a missing one still fails to compile.
 */
export const ExplorerCommandId = {
  refresh: "secretHygiene.explorer.refresh",
  filter: "secretHygiene.explorer.filter",
  clearFilter: "secretHygiene.explorer.clearFilter",
  exportHealthReport: "secretHygiene.explorer.exportHealthReport",
  signIn: "secretHygiene.explorer.signIn",
  enableLocalEmulator: "secretHygiene.explorer.enableLocalEmulator",
  refreshNode: "secretHygiene.explorer.refreshNode",
  loadMore: "secretHygiene.explorer.loadMore",
  copySecretUri: "secretHygiene.explorer.copySecretUri",
  copyKeyVaultReference: "secretHygiene.explorer.copyKeyVaultReference",
  copyAppConfigurationReference: "secretHygiene.explorer.copyAppConfigurationReference",
  insertReference: "secretHygiene.explorer.insertReference",
  revealValue: "secretHygiene.explorer.revealValue",
  rotateSecret: "secretHygiene.explorer.rotateSecret",
  setExpiry: "secretHygiene.explorer.setExpiry",
  clearExpiry: "secretHygiene.explorer.clearExpiry",
  editTags: "secretHygiene.explorer.editTags",
  enableSecret: "secretHygiene.explorer.enableSecret",
  disableSecret: "secretHygiene.explorer.disableSecret",
  deleteSecret: "secretHygiene.explorer.deleteSecret",
  recoverSecret: "secretHygiene.explorer.recoverSecret",
  purgeSecret: "secretHygiene.explorer.purgeSecret",
  backupSecret: "secretHygiene.explorer.backupSecret",
  restoreSecret: "secretHygiene.explorer.restoreSecret",
  openGuidance: "secretHygiene.explorer.openGuidance",
  applyHealthFix: "secretHygiene.explorer.applyHealthFix",
  openReferencedSecret: "secretHygiene.explorer.openReferencedSecret",
} as const;
export type ExplorerCommandId = (typeof ExplorerCommandId)[keyof typeof ExplorerCommandId];

export const CommandId = {
  ...ExplorerCommandId,
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
  /** A service-tags or routing file holds tens of thousands of addresses: list the first ones only. */
  configValuesMaxPerFile: "configValues.maxPerFile",
  secretsRotationDays: "secrets.rotationDays",
  secretsSetExpiry: "secrets.setExpiry",
  /** Application scope: how to sign in to Azure is the user's choice, never a repository's. */
  azureCredential: "azure.credential",
  /** Application scope, read from user settings only: a workspace must not point us at its own server. */
  localEmulatorEnabled: "localEmulator.enabled",
  localEmulatorInfoFile: "localEmulator.infoFile",
  /** Window scope: an expiry this many days away shows as "expires in N d" in the vault explorer. */
  explorerExpiringSoonDays: "explorer.expiringSoonDays",
  /** Window scope: how many secrets or settings a vault or store node loads at a time. */
  explorerPageSize: "explorer.pageSize",
  /** Application scope: a workspace must not keep a revealed value on the clipboard longer. */
  explorerClipboardClearSeconds: "explorer.clipboardClearSeconds",
} as const;
export type SettingKey = (typeof SettingKey)[keyof typeof SettingKey];

/** The vault explorer's activity-bar container and its tree. */
export const VIEW_CONTAINER_ID = "secretHygiene";
export const VAULTS_VIEW_ID = "secretHygiene.vaults";

/** Context keys the explorer sets for `when` clauses (viewsWelcome, menus). */
export const ContextKey = {
  /** Signed in to Azure (for the VS Code sign-in: a Microsoft session exists; other sign-ins count as signed in). */
  signedIn: "secretHygiene.explorer.signedIn",
  /** Some workspace folder maps an application to a vault or store. */
  mapped: "secretHygiene.explorer.mapped",
  /** The local emulator is enabled (user setting or SECRET_HYGIENE_EMULATOR_INFO). */
  emulatorEnabled: "secretHygiene.explorer.emulatorEnabled",
  /**
   * The local emulator can be used here: a development build (it is not in the installed package),
   * or the user has set it up (SECRET_HYGIENE_EMULATOR_INFO, or its user settings). Only then are
   * "Enable the Local Emulator" and the welcome text about it shown.
   */
  emulatorAvailable: "secretHygiene.explorer.emulatorAvailable",
  /** A name filter is active. */
  filtered: "secretHygiene.explorer.filtered",
} as const;
export type ContextKey = (typeof ContextKey)[keyof typeof ContextKey];

/** The task type of "Run with Secrets" tasks in tasks.json. */
export const RUN_WITH_SECRETS_TASK_TYPE = "secret-hygiene";

/** `diagnostic.source`: how our diagnostics (and, later, our code actions) find each other. */
export const DIAGNOSTIC_SOURCE = "secret-hygiene";
export const DIAGNOSTIC_COLLECTION = "secret-hygiene";
/** Problems in .secrethygiene.json and the baseline: apart, so a scan of those files cannot erase them. */
export const CONFIG_DIAGNOSTIC_COLLECTION = "secret-hygiene-config";
/** Ignore comments that name no rule: apart from the findings, so nothing treats them as one. */
export const IGNORE_COMMENT_DIAGNOSTIC_COLLECTION = "secret-hygiene-ignore-comments";
/** Problems in .secrethygiene-vaults.json (refused endpoints, shared vaults). */
export const VAULT_MAPPING_DIAGNOSTIC_COLLECTION = "secret-hygiene-vaults";

