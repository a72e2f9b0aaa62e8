// The Vaults view: a TreeDataProvider over the nodes, the shared context they read, the name
// filter, refresh through an EventEmitter, and the context keys that pick the viewsWelcome content
// (signed out, nothing mapped, emulator off) when the tree is empty.
import * as vscode from "vscode";
import { sameEndpoint, type ParsedVaultMapping } from "../../azure";
import type { AzureAccess } from "../azure-access";
import { ContextKey, CommandId, VAULTS_VIEW_ID } from "../contributions";
import { isLocalEmulatorAvailable, isLocalEmulatorEnabled } from "../local-emulator";
import type { VaultMappings } from "../vault-mappings";
import { ExplorerActions, type ExplorerView } from "./actions";
import { TransientClipboard } from "./clipboard";
import { ArmLookup, SignInState, type ExplorerContext, type VaultNodeLike } from "./context";
import { affectsExplorer, readExplorerSettings } from "./explorer-settings";
import type { VaultUse } from "./health";
import { ChildCache, ExplorerNode, MessageNode } from "./nodes";
import { MappedFolderNode, SourceNode } from "./root-nodes";
import { VaultNode, type DeletedGroupNode } from "./vault-nodes";

export interface VaultExplorerDependencies {
  readonly access: AzureAccess;
  readonly mappings: VaultMappings;
  readonly log: vscode.LogOutputChannel;
  /** Running from a clone (ExtensionMode.Development): the emulator is offered (see ContextKey.emulatorAvailable). */
  readonly developmentMode: boolean;
}

export class VaultExplorer implements vscode.TreeDataProvider<ExplorerNode>, ExplorerView, vscode.Disposable {
  readonly ctx: ExplorerContext;
  readonly clipboard = new TransientClipboard();
  readonly treeView: vscode.TreeView<ExplorerNode>;
  readonly actions: ExplorerActions;
  private readonly emitter = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly rootNodes = new ChildCache<ExplorerNode>();
  /** The vault nodes made since the last full refresh, the latest of each id (a vault shows under every place that maps or lists it). */
  private readonly vaultNodes = new Map<string, VaultNodeLike>();
  private readonly folderMappings = new Map<string, ParsedVaultMapping | undefined>();
  private filterText: string | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly deps: VaultExplorerDependencies) {
    const auth = new SignInState(deps.access);
    const arm = new ArmLookup(deps.access, auth, deps.log);
    this.ctx = {
      access: deps.access,
      mappings: deps.mappings,
      log: deps.log,
      settings: (scope) => readExplorerSettings(scope),
      filter: () => this.filterText?.toLowerCase(),
      arm,
      auth,
      vaultUses: (url) => this.vaultUses(url),
      allMappedVaults: () => this.allMappedVaults(),
      loadMappings: () => this.loadMappings(),
      changed: (node) => this.emitter.fire(node as ExplorerNode | undefined),
      vaultShown: (node) => this.vaultNodes.set(node.id, node),
    };
    this.treeView = vscode.window.createTreeView(VAULTS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.actions = new ExplorerActions(this);
    this.subscriptions.push(
      this.treeView,
      this.emitter,
      this.clipboard,
      // A reparsed mapping: roots() rebuilds that folder's subtree; the listings, the sign-in state
      // and Resource Manager's answers stay (a full refresh after each pause in typing would
      // list every subscription again).
      deps.mappings.onDidChange(() => this.emitter.fire(undefined)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsExplorer(event)) this.refresh();
      }),
      vscode.authentication.onDidChangeSessions((event) => {
        if (event.provider.id === "microsoft") this.refresh();
      }),
    );
    void this.setContext(ContextKey.filtered, false);
    // Now, not only when the view first loads: the palette's "Enable the Local Emulator" reads it.
    void this.setContext(ContextKey.emulatorAvailable, isLocalEmulatorAvailable(deps.developmentMode));
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return node.getTreeItem();
  }

  getChildren(node?: ExplorerNode): vscode.ProviderResult<ExplorerNode[]> {
    return node ? node.getChildren() : this.roots();
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return node.parent;
  }

  /** Repaints a node; without one, drops every cache (listings, sign-in state, Resource Manager) and reloads. */
  refresh(node?: ExplorerNode): void {
    if (!node) {
      this.ctx.auth.reset();
      this.ctx.arm.reset();
      this.rootNodes.clear();
      this.vaultNodes.clear();
    }
    this.emitter.fire(node);
  }

  /**
   * Repaints `node` after an action changed its vault through it (a rotation, a delete, a recovery,
   * purge protection): the vault's other nodes, under another environment that maps it or under
   * its subscription, load everything again, the vault's record included.
   */
  changedVault(node: VaultNode | DeletedGroupNode): void {
    const vault = node instanceof VaultNode ? node : node.vault;
    const others = this.resetVaultNodes(vault.vaultUrl, (other) => other.reset(), vault);
    this.emitter.fire(others ? undefined : node);
  }

  /**
   * Secrets were stored in the vault at `vaultUrl` outside the view (a move): every node of that
   * vault loads its secrets and health again, wherever it shows (under each environment that maps
   * it, under its subscription).
   */
  vaultWritten(vaultUrl: string): void {
    if (this.resetVaultNodes(vaultUrl, (node) => node.secretsChanged())) this.emitter.fire(undefined);
  }

  /**
   * Runs `reset` on each node made of the vault at `vaultUrl` but `except`; whether there was one.
   * Then the whole tree repaints: a node made before a mapping changed may no longer be in it.
   */
  private resetVaultNodes(vaultUrl: string, reset: (node: VaultNodeLike) => void, except?: VaultNodeLike): boolean {
    let any = false;
    for (const node of this.vaultNodes.values()) {
      if (node === except || !sameEndpoint(node.vaultUrl, vaultUrl)) continue;
      reset(node);
      any = true;
    }
    return any;
  }

  /** Reloads one node's children. */
  refreshNode(node?: unknown): void {
    if (!(node instanceof ExplorerNode)) return this.refresh();
    node.reset();
    if (node instanceof VaultNode) this.ctx.arm.reset();
    this.emitter.fire(node);
  }

  /** Shows only secrets, deleted secrets and keys whose names contain `text` (case-insensitive); empty clears. */
  async setFilter(text: string | undefined): Promise<void> {
    this.filterText = text?.trim() ? text.trim() : undefined;
    this.treeView.description = this.filterText ? `names containing "${this.filterText}"` : undefined;
    await this.setContext(ContextKey.filtered, this.filterText !== undefined);
    this.emitter.fire(undefined);
  }

  async promptFilter(): Promise<void> {
    const text = await vscode.window.showInputBox({
      title: "Filter the Vaults view",
      prompt: "Show secrets and keys whose names contain this text (empty: show all). Large vaults load more as you ask for it.",
      value: this.filterText ?? "",
    });
    if (text !== undefined) await this.setFilter(text);
  }

  private async loadMappings(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const parsed = await Promise.all(folders.map((folder) => this.deps.mappings.load(folder)));
    this.folderMappings.clear();
    folders.forEach((folder, index) => this.folderMappings.set(folder.uri.toString(), parsed[index]));
  }

  private *mappedTargets(): Generator<{ folder: vscode.WorkspaceFolder; mapping: ParsedVaultMapping; app: string; environment: string; keyVault?: string }> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const mapping = this.folderMappings.get(folder.uri.toString());
      if (!mapping) continue;
      for (const app of mapping.mapping.apps) {
        for (const target of app.environments.values()) yield { folder, mapping, app: app.name, environment: target.environment, keyVault: target.keyVault };
      }
    }
  }

  private vaultUses(vaultUrl: string): VaultUse[] {
    const uses: VaultUse[] = [];
    for (const target of this.mappedTargets()) {
      if (target.keyVault && sameEndpoint(target.keyVault, vaultUrl)) {
        uses.push({ folder: target.folder.name, folderUri: target.folder.uri.toString(), app: target.app, environment: target.environment, production: target.mapping.mapping.environments.isProduction(target.environment) });
      }
    }
    return uses;
  }

  private allMappedVaults(): string[] {
    return [...this.mappedTargets()].flatMap((target) => (target.keyVault ? [target.keyVault] : []));
  }

  /** The top level: mapped folders, the local emulator, Azure; empty (the welcome content) when there is nothing at all. */
  async roots(): Promise<ExplorerNode[]> {
    await this.loadMappings();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const mappedFolders = folders.filter((folder) => this.folderMappings.get(folder.uri.toString())?.mapping.apps.some((app) => app.environments.size > 0));
    const emulatorEnabled = isLocalEmulatorEnabled();
    const signedIn = await this.ctx.auth.signedIn();
    await Promise.all([
      this.setContext(ContextKey.mapped, mappedFolders.length > 0),
      this.setContext(ContextKey.emulatorEnabled, emulatorEnabled),
      this.setContext(ContextKey.emulatorAvailable, isLocalEmulatorAvailable(this.deps.developmentMode)),
      this.setContext(ContextKey.signedIn, signedIn),
    ]);
    const roots: ExplorerNode[] = [];
    for (const folder of mappedFolders) {
      const mapping = this.folderMappings.get(folder.uri.toString())!;
      const key = `mapped:${folder.uri.toString()}`;
      // A changed mapping file is a new parse: rebuild that folder's subtree.
      if ((this.rootNodes.peek(key) as MappedFolderNode | undefined)?.mapping !== mapping) this.rootNodes.delete(key);
      roots.push(this.rootNodes.get(key, () => new MappedFolderNode(this.ctx, folder, mapping)));
    }
    if (emulatorEnabled) roots.push(this.rootNodes.get("emulator", () => new SourceNode(this.ctx, "emulator")));
    if (roots.length === 0 && !signedIn) return [];
    roots.push(this.rootNodes.get("azure", () => new SourceNode(this.ctx, "azure")));
    if (mappedFolders.length === 0 && folders.length > 0) {
      roots.unshift(
        new MessageNode(undefined, this.ctx, "configure", "Map this workspace's applications to vaults…", {
          icon: new vscode.ThemeIcon("key"),
          tooltip: "One Key Vault per application and environment, written to .secrethygiene-vaults.json",
          command: { command: CommandId.configureVaults, title: "Configure Vaults…" },
        }),
      );
    }
    return roots;
  }

  private setContext(key: ContextKey, value: boolean): Thenable<unknown> {
    return vscode.commands.executeCommand("setContext", key, value);
  }

  dispose(): void {
    this.rootNodes.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
