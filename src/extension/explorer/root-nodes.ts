// The tree's top levels: the workspace's mapped vaults (folder → application → one vault and one
// store per environment), the local emulator, and Azure (subscription → Key Vaults / App
// Configuration stores, through Resource Manager).
import * as vscode from "vscode";
import { isLoopbackEndpoint, subscriptionsToOffer, type AppMapping, type AzureSubscription, type ParsedVaultMapping, type VaultDirectory } from "../../azure";
import type { DirectorySource } from "../azure-access";
import { CommandId } from "../contributions";
import { endpointDisplayName, type ExplorerContext } from "./context";
import { ChildCache, errorNode, ExplorerNode, Flag, flags, MessageNode, signInNode } from "./nodes";
import { StoreNode } from "./store-nodes";
import { VaultNode } from "./vault-nodes";

export class MappedFolderNode extends ExplorerNode {
  readonly id: string;
  private readonly apps = new ChildCache<AppNode>();

  constructor(
    ctx: ExplorerContext,
    readonly folder: vscode.WorkspaceFolder,
    readonly mapping: ParsedVaultMapping,
  ) {
    super(undefined, ctx);
    this.id = `mapped:${folder.uri.toString()}`;
  }

  getTreeItem(): vscode.TreeItem {
    const item = this.item(this.folder.name, vscode.TreeItemCollapsibleState.Expanded);
    item.description = "mapped vaults";
    item.iconPath = new vscode.ThemeIcon("root-folder");
    item.tooltip = `Vaults mapped in ${this.ctx.mappings.mappingUri(this.folder).fsPath}`;
    item.contextValue = Flag.source;
    return item;
  }

  override getChildren(): ExplorerNode[] {
    const apps = this.mapping.mapping.apps.filter((app) => app.environments.size > 0);
    if (apps.length === 0) {
      return [new MessageNode(this, this.ctx, "no-apps", "No application is mapped to a vault yet", { icon: new vscode.ThemeIcon("key"), command: { command: CommandId.configureVaults, title: "Configure Vaults…" } })];
    }
    return apps.map((app) => {
      const node = this.apps.get(app.name, () => new AppNode(this, this.ctx, app));
      node.app = app;
      return node;
    });
  }

  override dispose(): void {
    this.apps.clear();
  }
}

export class AppNode extends ExplorerNode {
  readonly id: string;
  private readonly targets = new ChildCache<ExplorerNode>();

  constructor(
    readonly folderNode: MappedFolderNode,
    ctx: ExplorerContext,
    public app: AppMapping,
  ) {
    super(folderNode, ctx);
    this.id = `${folderNode.id}/app:${app.name}`;
  }

  getTreeItem(): vscode.TreeItem {
    const item = this.item(this.app.name, vscode.TreeItemCollapsibleState.Expanded);
    item.description = this.app.root ? `${this.app.root}/` : undefined;
    item.iconPath = new vscode.ThemeIcon("package");
    item.tooltip = `${this.app.name}: ${[...this.app.environments.keys()].join(", ")}`;
    return item;
  }

  override getChildren(): ExplorerNode[] {
    const catalogue = this.folderNode.mapping.mapping.environments;
    const order = catalogue.names();
    const environments = [...this.app.environments.values()].sort((a, b) => order.indexOf(a.environment) - order.indexOf(b.environment));
    const children: ExplorerNode[] = [];
    for (const target of environments) {
      const production = catalogue.isProduction(target.environment) ? " (production)" : "";
      if (target.keyVault) {
        const url = target.keyVault;
        children.push(
          this.targets.get(`vault:${target.environment}:${url}`, () => {
            const scope = this.folderNode.folder;
            return new VaultNode(this, this.ctx, {
              vaultUrl: url,
              name: endpointDisplayName(this.ctx, url, "keyVault"),
              description: `${target.environment}${production}`,
              scope,
              local: isLoopbackEndpoint(url),
              key: target.environment,
            });
          }),
        );
      }
      if (target.appConfiguration) {
        const { endpoint, label } = target.appConfiguration;
        children.push(
          this.targets.get(`store:${target.environment}:${endpoint}:${label ?? ""}`, () => {
            const description = `${target.environment}${production} · ${label === undefined ? "no label" : `label ${label}`}`;
            return new StoreNode(this, this.ctx, {
              endpoint,
              name: endpointDisplayName(this.ctx, endpoint, "appConfiguration"),
              description,
              mappedLabel: label,
              local: isLoopbackEndpoint(endpoint),
              key: target.environment,
            });
          }),
        );
      }
    }
    return children;
  }

  override dispose(): void {
    this.targets.clear();
  }
}

/** "Local emulator" or "Azure": a directory of subscriptions, vaults and stores. */
export class SourceNode extends ExplorerNode {
  readonly id: string;
  private readonly children = new ChildCache<ExplorerNode>();
  private subscriptions: Promise<AzureSubscription[]> | undefined;

  constructor(
    ctx: ExplorerContext,
    readonly kind: "emulator" | "azure",
  ) {
    super(undefined, ctx);
    this.id = kind;
  }

  private source(): DirectorySource | undefined {
    const sources = this.ctx.access.directorySources({ interactive: false });
    return sources.find((source) => (this.kind === "emulator" ? source.fixedSubscriptionId !== undefined : source.fixedSubscriptionId === undefined));
  }

  getTreeItem(): vscode.TreeItem {
    const emulator = this.kind === "emulator";
    const item = this.item(emulator ? "Local emulator" : "Azure", vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon(emulator ? "vm" : "azure");
    item.description = emulator ? "no Azure account needed" : "your subscriptions";
    item.contextValue = flags(Flag.source, Flag.refreshable);
    return item;
  }

  override async getChildren(): Promise<ExplorerNode[]> {
    if (this.kind === "azure" && !(await this.ctx.auth.signedIn())) return [signInNode(this, this.ctx)];
    let source: DirectorySource | undefined;
    try {
      source = this.source();
    } catch (error) {
      return [errorNode(this, this.ctx, error)];
    }
    if (!source) {
      // The emulator's own reason (no info file, its CA gone…), which says what to do.
      const problem = this.kind === "emulator" ? (this.ctx.access.emulatorProblem() ?? "The local emulator is not running.") : "Resource Manager is not available.";
      return [new MessageNode(this, this.ctx, "unavailable", problem, { icon: new vscode.ThemeIcon("debug-disconnect") })];
    }
    const directory = source.directory;
    if (source.fixedSubscriptionId) {
      const subscriptionId = source.fixedSubscriptionId;
      return [
        this.children.get("vaults", () => new ResourceGroupNode(this, this.ctx, "vaults", directory, subscriptionId, true)),
        this.children.get("stores", () => new ResourceGroupNode(this, this.ctx, "stores", directory, subscriptionId, true)),
      ];
    }
    this.subscriptions ??= directory.listSubscriptions();
    try {
      const subscriptions = subscriptionsToOffer(await this.subscriptions);
      if (subscriptions.length === 0) return [new MessageNode(this, this.ctx, "none", "Your account has no enabled subscriptions")];
      return subscriptions.map((subscription) => this.children.get(subscription.subscriptionId, () => new SubscriptionNode(this, this.ctx, subscription, directory)));
    } catch (error) {
      this.subscriptions = undefined;
      return [errorNode(this, this.ctx, error)];
    }
  }

  override reset(): void {
    this.subscriptions = undefined;
    this.children.clear();
  }
}

export class SubscriptionNode extends ExplorerNode {
  readonly id: string;
  private readonly groups = new ChildCache<ResourceGroupNode>();

  constructor(
    parent: SourceNode,
    ctx: ExplorerContext,
    readonly subscription: AzureSubscription,
    private readonly directory: VaultDirectory,
  ) {
    super(parent, ctx);
    this.id = `${parent.id}/subscription:${subscription.subscriptionId}`;
  }

  getTreeItem(): vscode.TreeItem {
    const item = this.item(this.subscription.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = this.subscription.subscriptionId;
    item.iconPath = new vscode.ThemeIcon("key");
    item.contextValue = flags(Flag.refreshable);
    return item;
  }

  override getChildren(): ExplorerNode[] {
    const { subscriptionId } = this.subscription;
    return [
      this.groups.get("vaults", () => new ResourceGroupNode(this, this.ctx, "vaults", this.directory, subscriptionId, false)),
      this.groups.get("stores", () => new ResourceGroupNode(this, this.ctx, "stores", this.directory, subscriptionId, false)),
    ];
  }

  override reset(): void {
    this.groups.clear();
  }
}

/** "Key Vaults" or "App Configuration stores" of one subscription. */
export class ResourceGroupNode extends ExplorerNode {
  readonly id: string;
  private listing: Promise<ExplorerNode[]> | undefined;
  private count: number | undefined;
  private readonly nodes = new ChildCache<ExplorerNode>();

  constructor(
    parent: ExplorerNode,
    ctx: ExplorerContext,
    readonly kind: "vaults" | "stores",
    private readonly directory: VaultDirectory,
    private readonly subscriptionId: string,
    private readonly local: boolean,
  ) {
    super(parent, ctx);
    this.id = `${parent.id}/${kind}`;
  }

  getTreeItem(): vscode.TreeItem {
    const item = this.item(this.kind === "vaults" ? "Key Vaults" : "App Configuration stores", vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon(this.kind === "vaults" ? "lock" : "settings");
    if (this.count !== undefined) item.description = String(this.count);
    item.contextValue = flags(Flag.refreshable);
    return item;
  }

  override getChildren(): Promise<ExplorerNode[]> {
    this.listing ??= this.list().catch((error: unknown) => {
      this.listing = undefined;
      return [errorNode(this, this.ctx, error)];
    });
    return this.listing;
  }

  private async list(): Promise<ExplorerNode[]> {
    if (this.kind === "vaults") {
      const vaults = (await this.directory.listKeyVaults(this.subscriptionId)).sort((a, b) => a.name.localeCompare(b.name));
      this.setCount(vaults.length);
      if (vaults.length === 0) return [new MessageNode(this, this.ctx, "empty", "No Key Vaults")];
      return vaults.map((info) =>
        this.nodes.get(info.vaultUrl, () => {
          const uses = this.ctx.vaultUses(info.vaultUrl).map((use) => use.environment);
          const description = [info.resourceGroup, uses.length > 0 ? `mapped: ${[...new Set(uses)].join(", ")}` : ""].filter(Boolean).join(" · ");
          return new VaultNode(this, this.ctx, { vaultUrl: info.vaultUrl, name: info.name, description, arm: { info, directory: this.directory }, local: this.local });
        }),
      );
    }
    const stores = (await this.directory.listAppConfigurationStores(this.subscriptionId)).sort((a, b) => a.name.localeCompare(b.name));
    this.setCount(stores.length);
    if (stores.length === 0) return [new MessageNode(this, this.ctx, "empty", "No App Configuration stores")];
    return stores.map((store) => this.nodes.get(store.endpoint, () => new StoreNode(this, this.ctx, { endpoint: store.endpoint, name: store.name, description: store.resourceGroup, local: this.local })));
  }

  private setCount(count: number): void {
    if (this.count === count) return;
    this.count = count;
    setTimeout(() => this.ctx.changed(this), 0);
  }

  override reset(): void {
    this.listing = undefined;
    this.count = undefined;
    this.nodes.clear();
  }
}
