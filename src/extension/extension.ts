import * as vscode from "vscode";
import { AzureAccess } from "./azure-access";
import { registerCommands } from "./commands";
import { DiagnosticsController } from "./diagnostics-controller";
import { VaultExplorer } from "./explorer/vault-explorer";
import { createLog } from "./log";
import { ScanWorkerPool } from "./scan-worker-pool";
import { SETTINGS_SECTION, SettingKey } from "./contributions";
import { affectsOurSettings } from "./settings";
import { scanWorkspace } from "./workspace-scan";
import { registerRunWithSecretsTasks } from "./run/run-with-secrets";
import { SecretCodeActions } from "./secret-code-actions";
import { FindingsStatusBar } from "./status-bar";
import { VaultMappings } from "./vault-mappings";
import { WorkspacePolicies } from "./workspace-policies";

/**
 * What activate returns, to the integration tests only (extension mode Test): where the extension
 * logs, so tests can check no secret value reaches the log, and the Vaults view's data provider,
 * so tests can walk the tree and pass its nodes to the explorer's commands. Other extensions get
 * nothing: the nodes can read values through this extension's sign-in.
 */
export interface SecretHygieneApi {
  readonly logUri: vscode.Uri;
  readonly vaultExplorer: vscode.TreeDataProvider<unknown>;
}

/** Activated on startup-finished (or by one of our commands): nothing here blocks VS Code's start. */
/** Work that must finish before VS Code unloads the extension (clearing a revealed value). */
let beforeUnload: (() => Promise<unknown>) | undefined;

/** How long settings must stay unchanged before the workspace's files are listed again (typing in settings.json). */
const RELIST_DELAY_MS = 1500;

/** Settings that change which files a workspace scan reads. */
const SCANNED_FILES_SETTINGS = [SettingKey.exclude, SettingKey.maxFileSizeKB];
/** Settings that change what a scan reports (not only how it is shown or when it runs). */
const FINDINGS_SETTINGS = [...SCANNED_FILES_SETTINGS, SettingKey.enable, SettingKey.configValuesSeverity, SettingKey.configValuesMaxPerFile];

function affectsAny(event: vscode.ConfigurationChangeEvent, keys: readonly SettingKey[]): boolean {
  return keys.some((key) => event.affectsConfiguration(`${SETTINGS_SECTION}.${key}`));
}

export function activate(context: vscode.ExtensionContext): SecretHygieneApi | undefined {
  const log = createLog();
  let relist: ReturnType<typeof setTimeout> | undefined;
  const policies = new WorkspacePolicies(log);
  const workers = ScanWorkerPool.forExtension(context.extensionPath);
  const controller = new DiagnosticsController(log, policies, workers);
  const statusBar = new FindingsStatusBar(controller);
  const access = new AzureAccess();
  const mappings = new VaultMappings(access, log);
  const explorer = new VaultExplorer({ access, mappings, log, developmentMode: context.extensionMode === vscode.ExtensionMode.Development });
  context.subscriptions.push(
    log,
    policies,
    { dispose: () => workers.dispose() },
    controller,
    statusBar,
    mappings,
    explorer,
    ...registerCommands({ controller, policies, log, access, mappings, state: context.workspaceState, explorer }),
    registerRunWithSecretsTasks({ access, log, state: context.workspaceState }),
    vscode.languages.registerCodeActionsProvider({ scheme: "*" }, new SecretCodeActions(mappings, access), {
      providedCodeActionKinds: SecretCodeActions.providedCodeActionKinds,
    }),
    // .secrethygiene.json, .secretlintrc.json or the baseline changed: every result may differ.
    policies.onDidChange(() => controller.rescanAll()),
    // Our settings changed: severities at once, then, if what is found may differ (enable, size
    // budget, configuration values' limit), every listed file again, closed ones from disk.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affectsOurSettings(event)) return;
      controller.refreshSeverities();
      // Which files a workspace scan reads changed (its excludes, its size budget): list them
      // again once the edits settle, so newly excluded files lose their entries and files skipped
      // for their size are read. Only after a workspace scan: none was asked for otherwise. That
      // scan reads every listed file, so only open documents are scanned now.
      if (controller.workspaceScanned && affectsAny(event, SCANNED_FILES_SETTINGS)) {
        controller.rescanOpenDocuments();
        clearTimeout(relist);
        relist = setTimeout(() => void scanWorkspace({ controller, policies, log }, { quiet: true }), RELIST_DELAY_MS);
      } else if (affectsAny(event, FINDINGS_SETTINGS)) controller.rescanAll();
    }),
    { dispose: () => clearTimeout(relist) },
  );
  policies.start();
  mappings.start();
  controller.start();
  const { version } = context.extension.packageJSON as { version: string };
  log.info(`Secret Hygiene ${version} active in VS Code ${vscode.version}`);
  beforeUnload = () => explorer.clipboard.clearNow();
  return context.extensionMode === vscode.ExtensionMode.Test ? { logUri: context.logUri, vaultExplorer: explorer } : undefined;
}

/** Everything else is disposed through context.subscriptions; VS Code waits for this promise. */
export async function deactivate(): Promise<void> {
  await beforeUnload?.();
}
