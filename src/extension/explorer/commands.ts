// The vault explorer's command handlers: one typed table, so every ExplorerCommandId needs one.
// commands.ts joins it with the other commands' table. From a menu, a handler gets the tree node
// (and, for some views, the selection); from code or a test, the node and a preset options object.
import type * as vscode from "vscode";
import { ExplorerCommandId } from "../contributions";
import { optionsOf } from "./actions";
import { exportHealthReport } from "./report";
import type { VaultExplorer } from "./vault-explorer";

type Handler = (...args: unknown[]) => unknown;

export function explorerHandlers(explorer: VaultExplorer): Record<ExplorerCommandId, Handler> {
  const { actions } = explorer;
  return {
    [ExplorerCommandId.refresh]: () => explorer.refresh(),
    [ExplorerCommandId.refreshNode]: (node?: unknown) => explorer.refreshNode(node),
    [ExplorerCommandId.filter]: (text?: unknown) => (typeof text === "string" ? explorer.setFilter(text) : explorer.promptFilter()),
    [ExplorerCommandId.clearFilter]: () => explorer.setFilter(undefined),
    [ExplorerCommandId.exportHealthReport]: (options?: unknown) => exportHealthReport(explorer.ctx, optionsOf<{ show: boolean }>(options)),
    [ExplorerCommandId.signIn]: () => actions.signIn(),
    [ExplorerCommandId.enableLocalEmulator]: () => actions.enableLocalEmulator(),
    [ExplorerCommandId.loadMore]: (node?: unknown) => actions.loadMore(node),
    [ExplorerCommandId.copySecretUri]: (node?: unknown) => actions.copy(node, "secretUri"),
    [ExplorerCommandId.copyKeyVaultReference]: (node?: unknown) => actions.copy(node, "keyVaultReference"),
    [ExplorerCommandId.copyAppConfigurationReference]: (node?: unknown) => actions.copy(node, "appConfigurationReference"),
    [ExplorerCommandId.insertReference]: (node?: unknown, options?: unknown) => actions.insertReference(node, optionsOf(options)),
    [ExplorerCommandId.revealValue]: (node?: unknown) => actions.revealValue(node),
    [ExplorerCommandId.rotateSecret]: (node?: unknown, options?: unknown) => actions.rotate(node, optionsOf(options)),
    [ExplorerCommandId.setExpiry]: (node?: unknown, options?: unknown) => actions.setExpiry(node, optionsOf(options)),
    [ExplorerCommandId.clearExpiry]: (node?: unknown) => actions.clearExpiry(node),
    [ExplorerCommandId.editTags]: (node?: unknown, options?: unknown) => actions.editTags(node, optionsOf(options)),
    [ExplorerCommandId.enableSecret]: (node?: unknown) => actions.setEnabled(node, true),
    [ExplorerCommandId.disableSecret]: (node?: unknown) => actions.setEnabled(node, false),
    [ExplorerCommandId.deleteSecret]: (node?: unknown, options?: unknown) => actions.deleteSecret(node, optionsOf<{ backupUri: vscode.Uri }>(options)),
    [ExplorerCommandId.recoverSecret]: (node?: unknown) => actions.recoverSecret(node),
    [ExplorerCommandId.purgeSecret]: (node?: unknown) => actions.purgeSecret(node),
    [ExplorerCommandId.backupSecret]: (node?: unknown, options?: unknown) => actions.backup(node, optionsOf<{ uri: vscode.Uri }>(options)),
    [ExplorerCommandId.restoreSecret]: (node?: unknown, options?: unknown) => actions.restore(node, optionsOf<{ uri: vscode.Uri }>(options)),
    [ExplorerCommandId.openGuidance]: (node?: unknown) => actions.openGuidance(node),
    [ExplorerCommandId.applyHealthFix]: (node?: unknown) => actions.applyHealthFix(node),
    [ExplorerCommandId.openReferencedSecret]: (node?: unknown) => actions.openReferencedSecret(node),
  };
}
