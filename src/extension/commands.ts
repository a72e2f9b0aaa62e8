import * as vscode from "vscode";
import type { AzureAccess } from "./azure-access";
import { configureVaults, type ConfigureVaultsRequest } from "./configure-vaults";
import { CommandId } from "./contributions";
import type { DiagnosticsController } from "./diagnostics-controller";
import { addToBaseline, ignoreFinding } from "./finding-actions";
import { moveSecretToKeyVault, type MoveSecretRequest } from "./move-secret";
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
}

/** Every contributed command and its handler. The type makes a missing handler a compile error. */
function handlers(context: CommandContext): Record<CommandId, (...args: unknown[]) => unknown> {
  return {
    [CommandId.scanWorkspace]: () => scanWorkspace(context),
    [CommandId.scanActiveFile]: async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage("Secret Hygiene: open a file to scan it.");
        return;
      }
      await context.controller.scanDocument(document);
    },
    [CommandId.clearFindings]: () => context.controller.clearAll(),
    [CommandId.showLog]: () => context.log.show(),
    [CommandId.configureVaults]: (request?: unknown) => configureVaults(context, request as ConfigureVaultsRequest | undefined),
    [CommandId.moveSecretToKeyVault]: (request?: unknown) => moveSecretToKeyVault(context, request as MoveSecretRequest),
    [CommandId.ignoreFinding]: (args?: unknown) => ignoreFinding(context, args as Parameters<typeof ignoreFinding>[1]),
    [CommandId.addToBaseline]: (args?: unknown) => addToBaseline(context, args as Parameters<typeof addToBaseline>[1]),
    // From the palette there is no argument (the active editor's file); from code, `{ uri, check, quiet }`.
    [CommandId.showVaultForFile]: (options?: unknown) =>
      showVaultForFile(context, options instanceof vscode.Uri ? { uri: options } : (options as Parameters<typeof showVaultForFile>[1])),
  };
}

export function registerCommands(context: CommandContext): vscode.Disposable[] {
  return Object.entries(handlers(context)).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
