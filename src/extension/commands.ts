import * as vscode from "vscode";
import type { AzureAccess } from "./azure-access";
import { configureVaults, type ConfigureVaultsRequest } from "./configure-vaults";
import { CommandId, type ExplorerCommandId } from "./contributions";
import type { DiagnosticsController } from "./diagnostics-controller";
import { explorerHandlers } from "./explorer/commands";
import type { VaultExplorer } from "./explorer/vault-explorer";
import { addToBaseline, ignoreFinding } from "./finding-actions";
import { moveAllSecrets, type MoveAllRequest, type MoveAllResult } from "./moves/move-all";
import { moveSecretToKeyVault, type MoveResult, type MoveSecretRequest } from "./moves/move-secret";
import { moveSettingToAppConfiguration, type MoveSettingRequest } from "./moves/move-setting";
import { runWithSecrets, type RunRequest } from "./run/run-with-secrets";
import { scanFeedback } from "./scan-feedback";
import { isScannable } from "./scannable";
import { readSettings } from "./settings";
import { showVaultForFile } from "./show-vault";
import type { VaultMappings } from "./vault-mappings";
import type { WorkspacePolicies } from "./workspace-policies";
import { scanWorkspace } from "./workspace-scan";

export interface CommandContext {
  readonly controller: DiagnosticsController;
  readonly policies: WorkspacePolicies;
  readonly log: vscode.LogOutputChannel;
  readonly access: AzureAccess;
  readonly mappings: VaultMappings;
  /** Per-workspace memory (the last "Run with Secrets" command line). */
  readonly state: vscode.Memento;
  readonly explorer: VaultExplorer;
}

type Handler = (...args: unknown[]) => unknown;

/** How long "Scan Current File"'s answer stays in the status bar. */
const SCAN_FEEDBACK_MS = 5000;

/** After a move: the Vaults view shows the secret it stored (it lists a vault once, then keeps it). */
function showMoved(context: CommandContext): (result: MoveResult) => MoveResult {
  return (result) => {
    if (result.outcome === "moved" && result.vaultUrl) context.explorer.vaultWritten(result.vaultUrl);
    return result;
  };
}

function showMovedAll(context: CommandContext): (result: MoveAllResult) => MoveAllResult {
  return (result) => {
    for (const vaultUrl of new Set(result.moved.map((moved) => moved.vaultUrl))) context.explorer.vaultWritten(vaultUrl);
    return result;
  };
}

/** Every contributed command but the vault explorer's (those are in explorer/commands.ts). */
function handlers(context: CommandContext): Record<Exclude<CommandId, ExplorerCommandId>, Handler> {
  return {
    [CommandId.scanWorkspace]: () => scanWorkspace(context),
    [CommandId.scanActiveFile]: async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage("Secret Hygiene: open a file to scan it.");
        return;
      }
      await context.controller.scanDocument(document, true);
      // Asked for, so answered: the count, or why the file was not scanned.
      const outcome = { scannable: isScannable(document), enabled: readSettings(document).enable, state: context.controller.stateOf(document.uri) };
      vscode.window.setStatusBarMessage(scanFeedback(outcome), SCAN_FEEDBACK_MS);
    },
    [CommandId.clearFindings]: () => context.controller.clearAll(),
    [CommandId.showLog]: () => context.log.show(),
    [CommandId.configureVaults]: (request?: unknown) => configureVaults(context, request as ConfigureVaultsRequest | undefined),
    [CommandId.moveSecretToKeyVault]: (request?: unknown) => moveSecretToKeyVault(context, request as MoveSecretRequest).then(showMoved(context)),
    [CommandId.moveSecretViaAppConfiguration]: (request?: unknown) => moveSecretToKeyVault(context, { ...(request as MoveSecretRequest), viaAppConfiguration: true }).then(showMoved(context)),
    [CommandId.moveToAppConfiguration]: (request?: unknown) => moveSettingToAppConfiguration(context, request as MoveSettingRequest),
    // From the palette or the Source Action menu: the active file; from code, `{ uri, … }`.
    [CommandId.moveAllInFile]: (request?: unknown) => {
      const uri = request instanceof vscode.Uri ? request : ((request as MoveAllRequest | undefined)?.uri ?? vscode.window.activeTextEditor?.document.uri);
      if (!uri) {
        // The palette offers it whenever an editor is open: the Settings UI or a preview is not a file.
        void vscode.window.showInformationMessage("Secret Hygiene: open a file to move its secrets.");
        return undefined;
      }
      return moveAllSecrets(context, { ...(request instanceof vscode.Uri ? {} : (request as MoveAllRequest | undefined)), uri }).then(showMovedAll(context));
    },
    // Scans the whole workspace first, so files never opened are included too.
    [CommandId.moveAllInWorkspace]: async (request?: unknown) => {
      const scan = await scanWorkspace(context, { quiet: true });
      if (scan.cancelled) return undefined;
      return moveAllSecrets(context, { ...(request as MoveAllRequest | undefined), uri: undefined }).then(showMovedAll(context));
    },
    [CommandId.runWithSecrets]: (request?: unknown) => runWithSecrets(context, request as RunRequest | undefined),
    [CommandId.ignoreFinding]: (args?: unknown) => ignoreFinding(context, args as Parameters<typeof ignoreFinding>[1]),
    [CommandId.addToBaseline]: (args?: unknown) => addToBaseline(context, args as Parameters<typeof addToBaseline>[1]),
    // From the palette there is no argument (the active editor's file); from code, `{ uri, check, quiet }`.
    [CommandId.showVaultForFile]: (options?: unknown) =>
      showVaultForFile(context, options instanceof vscode.Uri ? { uri: options } : (options as Parameters<typeof showVaultForFile>[1])),
  };
}

export function registerCommands(context: CommandContext): vscode.Disposable[] {
  // Both tables joined under one type: a contributed command without a handler does not compile.
  const all: Record<CommandId, Handler> = { ...handlers(context), ...explorerHandlers(context.explorer) };
  return Object.entries(all).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
