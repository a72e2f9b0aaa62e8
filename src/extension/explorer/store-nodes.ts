// An App Configuration store in the tree: its labels, and under each label its keys. Values are not
// shown (a setting may hold what should have been a secret); Key Vault references show the secret
// they point to and open it in the tree.
import * as vscode from "vscode";
import { parseSecretUri, type ConfigurationSetting, type ConfigurationStore } from "../../azure";
import { CommandId } from "../contributions";
import { endpointDisplayName, type ExplorerContext } from "./context";
import { ExplorerNode, Flag, flags, formatDate, md, pagedHost, signInNode, type PagedNode } from "./nodes";
import { PagedChildren } from "./paged-children";

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
  private readonly labels = new PagedChildren(pagedHost(this, this.ctx), {
    client: () => this.store(),
    list: (store, signal) => store.listLabels({ signal }),
    key: (label: string | undefined) => label ?? NO_LABEL,
    // The mapped label first.
    order: (labels) => labels.sort((a, b) => Number(b === this.origin.mappedLabel) - Number(a === this.origin.mappedLabel)),
    empty: () => "No keys",
    createChild: (label) => new LabelNode(this, this.ctx, label),
  });
  private storeInstance: ConfigurationStore | undefined;

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
    await this.labels.ensureLoaded();
    return this.labels.children();
  }

  loadMore(): Promise<void> {
    return this.labels.loadMore();
  }

  override reset(): void {
    this.labels.reset();
    this.storeInstance = undefined;
  }
}

export class LabelNode extends ExplorerNode implements PagedNode {
  readonly id: string;
  private readonly settings = new PagedChildren(pagedHost(this, this.ctx), {
    client: () => this.store.store(),
    // `null` asks for the settings without a label.
    list: (store, signal) => store.listSettings({ label: this.label === undefined ? null : escapeFilter(this.label) }, { signal }),
    key: (setting: ConfigurationSetting) => setting.key,
    filterName: (setting) => setting.key,
    empty: (filter) => (filter ? `No key matches "${filter}"` : "No keys"),
    createChild: (setting) => new SettingNode(this, this.ctx, setting),
    updateChild: (node, setting) => (node.setting = setting),
  });

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
    await this.settings.ensureLoaded();
    return this.settings.children();
  }

  loadMore(): Promise<void> {
    return this.settings.loadMore();
  }

  override reset(): void {
    this.settings.reset();
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
