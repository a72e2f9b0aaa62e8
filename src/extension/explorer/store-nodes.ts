// An App Configuration store in the tree: its labels, and under each label its keys. Values are not
// shown (a setting may hold what should have been a secret); Key Vault references show the secret
// they point to and open it in the tree.
import * as vscode from "vscode";
import { parseSecretUri, type ConfigurationSetting, type ConfigurationStore } from "../../azure";
import { CommandId } from "../contributions";
import { endpointDisplayName, type ExplorerContext } from "./context";
import { ChildCache, errorNode, ExplorerNode, Flag, flags, formatDate, LoadMoreNode, md, MessageNode, signInNode, type PagedNode } from "./nodes";
import { PagedList } from "./paging";

const FILTER_SCAN_FACTOR = 20;
/** Placeholder key for "no label" in lists keyed by label. */
const NO_LABEL = "\u0000";

export interface StoreOrigin {
  readonly endpoint: string;
  readonly name: string;
  readonly description?: string;
  /** The label the mapping uses (listed first); undefined: none given. */
  readonly mappedLabel?: string;
  readonly local: boolean;
  /** Tells apart two nodes of the same store under one parent. */
  readonly key?: string;
}

export class StoreNode extends ExplorerNode implements PagedNode {
  readonly id: string;
  private labels: PagedList<string | undefined> | undefined;
  private loadError: unknown;
  private storeInstance: ConfigurationStore | undefined;
  private readonly labelNodes = new ChildCache<LabelNode>();

  constructor(
    parent: ExplorerNode,
    ctx: ExplorerContext,
    readonly origin: StoreOrigin,
  ) {
    super(parent, ctx);
    this.id = `${parent.id}/store:${origin.key ?? ""}:${origin.endpoint}`;
  }

  store(): ConfigurationStore {
    this.storeInstance ??= this.ctx.access.configurationStore(this.origin.endpoint, { interactive: false });
    return this.storeInstance;
  }

  getTreeItem(): vscode.TreeItem {
    const item = this.item(this.origin.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = this.origin.description ?? "App Configuration";
    item.iconPath = new vscode.ThemeIcon("settings");
    item.tooltip = new vscode.MarkdownString(`**${md(this.origin.name)}** · App Configuration store\n\n${md(this.origin.endpoint)}${this.origin.mappedLabel ? `\n\nMapped label: ${md(this.origin.mappedLabel)}` : ""}`);
    item.contextValue = flags(Flag.store, Flag.refreshable);
    return item;
  }

  override async getChildren(): Promise<ExplorerNode[]> {
    if (!this.origin.local && !(await this.ctx.auth.signedIn())) return [signInNode(this, this.ctx, "Sign in to Azure to list its keys…")];
    if (!this.labels || this.loadError !== undefined) await this.loadMore();
    if (this.loadError !== undefined) return [errorNode(this, this.ctx, this.loadError)];
    const list = this.labels!;
    const mapped = this.origin.mappedLabel;
    const labels = [...list.items].sort((a, b) => Number(b === mapped) - Number(a === mapped));
    const children: ExplorerNode[] = labels.map((label) => this.labelNodes.get(label ?? NO_LABEL, () => new LabelNode(this, this.ctx, label)));
    if (!list.done) children.push(new LoadMoreNode(this, this.ctx, list.items.length));
    else if (labels.length === 0) children.push(new MessageNode(this, this.ctx, "empty", "No keys"));
    return children;
  }

  async loadMore(): Promise<void> {
    try {
      this.loadError = undefined;
      if (!this.labels) {
        const store = this.store();
        this.labels = new PagedList((signal) => store.listLabels({ signal }), (label) => label ?? NO_LABEL);
      }
      await this.labels.loadMore(this.ctx.settings().pageSize);
    } catch (error) {
      this.loadError = error;
    }
  }

  override reset(): void {
    this.labels?.dispose();
    this.labels = undefined;
    this.loadError = undefined;
    this.storeInstance = undefined;
    this.labelNodes.clear();
  }
}

export class LabelNode extends ExplorerNode implements PagedNode {
  readonly id: string;
  private settings: PagedList<ConfigurationSetting> | undefined;
  private loadError: unknown;
  private readonly settingNodes = new ChildCache<SettingNode>();

  constructor(
    readonly store: StoreNode,
    ctx: ExplorerContext,
    readonly label: string | undefined,
  ) {
    super(store, ctx);
    this.id = `${store.id}/label:${label ?? NO_LABEL}`;
  }

  getTreeItem(): vscode.TreeItem {
    const item = this.item(this.label ?? "(no label)", vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon("tag");
    item.description = this.label !== undefined && this.label === this.store.origin.mappedLabel ? "mapped" : undefined;
    item.contextValue = flags(Flag.label, Flag.refreshable);
    return item;
  }

  override async getChildren(): Promise<ExplorerNode[]> {
    if (!this.settings || this.loadError !== undefined) await this.loadMore();
    if (this.loadError !== undefined) return [errorNode(this, this.ctx, this.loadError)];
    const list = this.settings!;
    const filter = this.ctx.filter();
    const visible = list.items.filter((setting) => !filter || setting.key.toLowerCase().includes(filter));
    const children: ExplorerNode[] = visible.map((setting) => {
      const node = this.settingNodes.get(setting.key, () => new SettingNode(this, this.ctx, setting));
      node.setting = setting;
      return node;
    });
    if (!list.done) children.push(new LoadMoreNode(this, this.ctx, list.items.length));
    else if (visible.length === 0) children.push(new MessageNode(this, this.ctx, "empty", filter ? `No key matches "${filter}"` : "No keys"));
    return children;
  }

  async loadMore(): Promise<void> {
    try {
      this.loadError = undefined;
      if (!this.settings) {
        const store = this.store.store();
        // `null` asks for the settings without a label.
        const label = this.label ?? null;
        this.settings = new PagedList((signal) => store.listSettings({ label: label === null ? null : escapeFilter(label) }, { signal }), (setting) => setting.key);
      }
      const { pageSize } = this.ctx.settings();
      const filter = this.ctx.filter();
      await this.settings.loadMore(pageSize, filter ? (setting) => setting.key.toLowerCase().includes(filter) : undefined, filter ? pageSize * FILTER_SCAN_FACTOR : undefined);
    } catch (error) {
      this.loadError = error;
    }
  }

  override reset(): void {
    this.settings?.dispose();
    this.settings = undefined;
    this.loadError = undefined;
    this.settingNodes.clear();
  }
}

/** A label as an exact filter: `*`, `,` and `\` are filter syntax. */
function escapeFilter(label: string): string {
  return label.replace(/[\\*,]/g, "\\$&");
}

/** Where a Key Vault reference points, for the description: `db-password (orders-dev)`. */
function describeReference(ctx: ExplorerContext, uri: string): string {
  try {
    const parsed = parseSecretUri(uri, ctx.access.endpointPolicy());
    return `${parsed.name} (${endpointDisplayName(ctx, parsed.vaultUrl, "keyVault")})${parsed.version ? ` @${parsed.version.slice(0, 8)}` : ""}`;
  } catch {
    return "a vault outside Azure (refused)";
  }
}

export class SettingNode extends ExplorerNode {
  readonly id: string;

  constructor(
    readonly labelNode: LabelNode,
    ctx: ExplorerContext,
    public setting: ConfigurationSetting,
  ) {
    super(labelNode, ctx);
    this.id = `${labelNode.id}/key:${setting.key}`;
  }

  getTreeItem(): vscode.TreeItem {
    const { setting } = this;
    const item = this.item(setting.key);
    const reference = setting.keyVaultSecretUri;
    if (reference) {
      item.description = `→ ${describeReference(this.ctx, reference)}`;
      item.iconPath = new vscode.ThemeIcon("link");
      item.command = { command: CommandId.openReferencedSecret, title: "Show the Secret", arguments: [this] };
    } else {
      item.description = [setting.contentType, setting.readOnly ? "locked" : ""].filter(Boolean).join(" · ") || undefined;
      item.iconPath = new vscode.ThemeIcon(setting.readOnly ? "lock-small" : "symbol-key");
    }
    item.tooltip = new vscode.MarkdownString(
      [
        `**${md(setting.key)}** · label ${setting.label === undefined ? "(none)" : md(setting.label)}`,
        "",
        reference ? `Key Vault reference to ${md(reference)}\n\nClick to show the secret in the tree.` : `Content type: ${setting.contentType ? md(setting.contentType) : "—"}`,
        "",
        `Last modified: ${formatDate(setting.lastModified)}${setting.readOnly ? " · read-only (locked)" : ""}`,
      ].join("\n"),
    );
    item.contextValue = flags(Flag.setting, reference && Flag.keyVaultReference);
    return item;
  }
}
