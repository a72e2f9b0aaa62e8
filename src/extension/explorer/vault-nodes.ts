// A Key Vault in the tree: its health warnings, its deleted secrets and its secrets (loaded a batch
// at a time), each secret with its versions, newest first. Lists keep what was loaded across
// repaints and filter changes; actions update them in place instead of listing again (the service
// is eventually consistent right after a delete or recover).
import * as vscode from "vscode";
import { secretUri, type DeletedSecretProperties, type SecretProperties, type SecretStore } from "../../azure";
import type { ArmVault, ExplorerContext } from "./context";
import { assessSecret, isoDay, NOT_CHECKED, rotationText, summarizeSecrets, vaultHealth, type HealthWarning, type SecretAssessment, type VaultUse } from "./health";
import { ChildCache, ExplorerNode, Flag, flags, formatDate, md, pagedHost, signInNode, type PagedNode } from "./nodes";
import { PagedChildren } from "./paged-children";
import { isCurrentVersion, newestFirst } from "./version-order";

const SEVERITY_ICONS = {
  error: () => new vscode.ThemeIcon("error", new vscode.ThemeColor("list.errorForeground")),
  warning: () => new vscode.ThemeIcon("warning", new vscode.ThemeColor("list.warningForeground")),
  info: () => new vscode.ThemeIcon("info", new vscode.ThemeColor("charts.blue")),
};

/** Versions are few; they are loaded at once (up to this many) so they can be sorted newest first; past it, see isCurrentVersion. */
const MAX_VERSIONS = 1000;
/** How far `locate` reads a listing looking for one name. */
const LOCATE_LIMIT = 20_000;

function nameKey(name: string): string {
  return name.toLowerCase();
}

/** Where the vault node came from: a mapping file, or a subscription / the emulator listing it. */
export interface VaultOrigin {
  readonly vaultUrl: string;
  readonly name: string;
  /** "development · Key Vault" for a mapped vault; the resource group for a listed one. */
  readonly description?: string;
  /** From the listing that found it, when it came from one. */
  readonly arm?: ArmVault;
  /** Where settings are read for (a mapped vault's folder). */
  readonly scope?: vscode.WorkspaceFolder;
  /** Loopback: no Azure sign-in needed. */
  readonly local: boolean;
  /** Tells apart two nodes of the same vault under one parent (one vault mapped for two environments). */
  readonly key?: string;
}

export class VaultNode extends ExplorerNode implements PagedNode {
  readonly id: string;
  private readonly secrets = new PagedChildren(pagedHost(this, this.ctx), {
    client: () => this.store(),
    list: (store, signal) => store.listSecrets({ signal }),
    key: (secret) => nameKey(secret.name),
    filterName: (secret) => secret.name,
    empty: (filter) => (filter ? `No secret matches "${filter}"` : "No secrets"),
    createChild: (secret) => new SecretNode(this, this.ctx, secret),
    updateChild: (node, secret) => (node.properties = secret),
  });
  private armLookup: Promise<ArmVault> | undefined;
  private armResult: ArmVault | undefined;
  private storeInstance: SecretStore | undefined;
  private warnings: HealthWarning[] | undefined;
  private readonly healthNodes = new ChildCache<HealthNode>();
  readonly deleted: DeletedGroupNode;

  constructor(
    parent: ExplorerNode,
    ctx: ExplorerContext,
    readonly origin: VaultOrigin,
  ) {
    super(parent, ctx);
    this.id = `${parent.id}/vault:${origin.key ?? ""}:${origin.vaultUrl}`;
    this.deleted = new DeletedGroupNode(this, ctx);
    this.armResult = origin.arm;

    ctx.vaultShown(this);
  }

  get vaultUrl(): string {
    return this.origin.vaultUrl;
  }

  get name(): string {
    return this.origin.name;
  }

  uses(): VaultUse[] {
    return this.ctx.vaultUses(this.vaultUrl);
  }

  /** The data-plane client; throws AzureError (refused endpoint, emulator not running). */
  store(): SecretStore {
    this.storeInstance ??= this.ctx.access.secretStore(this.vaultUrl, { interactive: false });
    return this.storeInstance;
  }

  /** Resource Manager's view of the vault (soft delete, purge protection…), cached until a refresh. */
  arm(): Promise<ArmVault> {
    if (this.armResult) return Promise.resolve(this.armResult);
    this.armLookup ??= this.ctx.arm.find(this.vaultUrl).then((result) => (this.armResult = result));
    return this.armLookup;
  }



  getTreeItem(): vscode.TreeItem {
    const item = this.item(this.name, vscode.TreeItemCollapsibleState.Collapsed);
    const worst = this.warnings?.find((warning) => !NOT_CHECKED.has(warning.code));
    const counts = this.warnings && this.warnings.filter((warning) => !NOT_CHECKED.has(warning.code)).length;
    item.description = [this.origin.description, counts ? `${counts} health ${counts === 1 ? "warning" : "warnings"}` : ""].filter(Boolean).join(" · ");
    const color = worst?.severity === "error" ? "list.errorForeground" : worst?.severity === "warning" ? "list.warningForeground" : undefined;
    item.iconPath = new vscode.ThemeIcon("lock", color ? new vscode.ThemeColor(color) : undefined);
    const info = this.armResult?.info;
    const tooltip = new vscode.MarkdownString(`**${md(this.name)}** · Key Vault\n\n${md(this.vaultUrl)}`);
    const uses = this.uses();
    if (uses.length > 0) tooltip.appendMarkdown(`\n\nMapped for: ${uses.map((use) => md(`${use.app} · ${use.environment}`)).join(", ")}`);
    if (info) {
      tooltip.appendMarkdown(
        `\n\nSoft delete: ${info.softDelete ? `on (${info.softDeleteRetentionDays ?? 90} days)` : "**off**"} · purge protection: ${info.purgeProtection ? "on" : "off"} · ${info.rbacAuthorization ? "Azure RBAC" : "access policies"} · public network access: ${md(info.publicNetworkAccess ?? "Enabled")}`,
      );
    }
    item.tooltip = tooltip;
    item.contextValue = flags(Flag.vault, Flag.refreshable, info && Flag.vaultKnown);
    return item;
  }

  override async getChildren(): Promise<ExplorerNode[]> {
    const signedOut = !this.origin.local && !(await this.ctx.auth.signedIn());
    const [arm] = await Promise.all([this.arm(), signedOut ? Promise.resolve() : this.secrets.ensureLoaded()]);
    const settings = this.ctx.settings(this.origin.scope);
    const badgeSettings = { now: new Date(), expiringSoonDays: settings.expiringSoonDays, rotationDays: settings.rotationDays };
    const list = this.secrets.list;
    const summary = list && !this.secrets.error ? summarizeSecrets(list.items, badgeSettings, list.done) : undefined;
    const previous = this.warnings?.length;
    this.warnings = vaultHealth({ vault: arm.info, propertiesProblem: arm.problem, uses: this.uses(), secrets: summary });
    const children: ExplorerNode[] = this.warnings.map((warning) => this.healthNodes.get(warning.code, () => new HealthNode(this, this.ctx, warning.code)));
    for (const node of this.healthNodes.values()) node.warning = this.warnings.find((warning) => warning.code === node.code);
    // Soft delete off: nothing is ever kept, so there is nothing to list.
    if (arm.info?.softDelete !== false) children.push(this.deleted);
    if (signedOut) children.push(signInNode(this, this.ctx, "Sign in to Azure to list its secrets…"));
    else children.push(...this.secrets.children());
    // The description shows the warning count, known only now.
    if (previous !== this.warnings.length) setTimeout(() => this.ctx.changed(this), 0);
    return children;
  }

  loadMore(): Promise<void> {
    return this.secrets.loadMore();
  }

  /** Loads batches until the secret is loaded (or the listing ends); for reveal. */
  locate(name: string): Promise<SecretNode | undefined> {
    return this.secrets.locate(nameKey(name), LOCATE_LIMIT);
  }

  secretNode(secret: SecretProperties): SecretNode {
    return this.secrets.child(secret);
  }

  /** After a change made here: the secret's new metadata, without listing again. */
  upsertSecret(secret: SecretProperties): SecretNode {
    // A version's properties carry its version id; the list's items do not.
    const listed: SecretProperties = { ...secret, version: undefined };
    this.secrets.upsert(listed);
    const node = this.secretNode(listed);
    node.resetVersions();
    return node;
  }

  removeSecret(name: string): void {
    this.secrets.remove(nameKey(name));
  }

  secretsChanged(): void {
    this.secrets.reset();
    this.warnings = undefined;
    this.healthNodes.clear();
    this.deleted.reset();
  }

  override reset(): void {
    this.secrets.reset();
    this.armLookup = undefined;
    this.armResult = undefined;
    this.storeInstance = undefined;
    this.warnings = undefined;
    this.healthNodes.clear();
    this.deleted.reset();
  }

  /** After a vault change through Resource Manager (a health fix). */
  setArm(arm: ArmVault): void {
    this.armResult = arm;
    this.armLookup = undefined;
  }
}

export class SecretNode extends ExplorerNode implements PagedNode {
  readonly id: string;
  private readonly versions = new PagedChildren(pagedHost(this, this.ctx), {
    client: () => ({ store: this.vault.store(), name: this.name }),
    list: ({ store, name }, signal) => store.listVersions(name, { signal }),
    key: (version) => version.version ?? "",
    batchSize: () => MAX_VERSIONS,
    // Newest first: the first is the current version, once it is loaded.
    order: (versions) => newestFirst(versions, this.properties),
    childKey: (version, index) => version.version ?? String(index),
    createChild: (version) => new VersionNode(this, this.ctx, version),
    updateChild: (node, version, index) => {
      node.properties = version;
      node.current = index === 0 && isCurrentVersion(version, this.properties, this.versions.list?.done ?? false);
    },
  });

  constructor(
    readonly vault: VaultNode,
    ctx: ExplorerContext,
    public properties: SecretProperties,
  ) {
    super(vault, ctx);
    this.id = `${vault.id}/secret:${nameKey(properties.name)}`;
  }

  get name(): string {
    return this.properties.name;
  }

  /** The URI of the latest version (trailing slash), as references use it. */
  uri(): string {
    return secretUri(this.vault.vaultUrl, this.name);
  }

  assessment(): SecretAssessment {
    const settings = this.ctx.settings(this.vault.origin.scope);
    return assessSecret(this.properties, { now: new Date(), expiringSoonDays: settings.expiringSoonDays, rotationDays: settings.rotationDays });
  }

  getTreeItem(): vscode.TreeItem {
    const { properties } = this;
    const assessment = this.assessment();
    const item = this.item(this.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = assessment.summary || (properties.updatedOn ? `updated ${isoDay(properties.updatedOn)}` : undefined);
    const worst = assessment.badges[0];
    item.iconPath =
      worst === "expired"
        ? SEVERITY_ICONS.error()
        : worst === "disabled"
          ? new vscode.ThemeIcon("circle-slash", new vscode.ThemeColor("list.warningForeground"))
          : worst === "stale" || worst === "expiringSoon"
            ? SEVERITY_ICONS.warning()
            : new vscode.ThemeIcon("key");
    item.tooltip = secretTooltip(this.name, this.vault.name, properties, assessment);
    item.contextValue = flags(Flag.secret, properties.enabled ? Flag.enabled : Flag.disabled, properties.expiresOn && Flag.hasExpiry, properties.managed && Flag.managed);
    return item;
  }

  override async getChildren(): Promise<ExplorerNode[]> {
    await this.versions.ensureLoaded();
    return this.versions.children();
  }

  loadMore(): Promise<void> {
    return this.versions.loadMore();
  }

  resetVersions(): void {
    this.versions.reset();
  }

  override reset(): void {
    this.resetVersions();
  }
}

function secretTooltip(name: string, vault: string, properties: SecretProperties, assessment: SecretAssessment): vscode.MarkdownString {
  const lines = [
    `**${md(name)}** · ${md(vault)}${properties.version ? ` · version ${md(properties.version)}` : ""}`,
    "",
    assessment.summary ? `Status: ${md(assessment.summary)}` : "Status: OK",
    "",
    `Enabled: ${properties.enabled ? "yes" : "**no**"}${properties.managed ? " · backed by a certificate (managed by Key Vault)" : ""}`,
    "",
    `Content type: ${properties.contentType ? md(properties.contentType) : "—"}`,
    "",
    `Created: ${formatDate(properties.createdOn)} · updated: ${formatDate(properties.updatedOn)}`,
    "",
    `Expires: ${formatDate(properties.expiresOn)}${properties.notBefore ? ` · valid from ${formatDate(properties.notBefore)}` : ""}`,
    "",
    rotationText(assessment),
  ];
  const tags = Object.entries(properties.tags);
  if (tags.length > 0) lines.push("", `Tags: ${tags.map(([key, value]) => `\`${key.replace(/`/g, "'")}\`: ${md(value)}`).join(" · ")}`);
  return new vscode.MarkdownString(lines.join("\n"));
}

export class VersionNode extends ExplorerNode {
  readonly id: string;
  current = false;

  constructor(
    readonly secret: SecretNode,
    ctx: ExplorerContext,
    public properties: SecretProperties,
  ) {
    super(secret, ctx);
    this.id = `${secret.id}/version:${properties.version ?? ""}`;
  }

  get version(): string | undefined {
    return this.properties.version;
  }

  uri(): string {
    return secretUri(this.secret.vault.vaultUrl, this.secret.name, this.version);
  }

  getTreeItem(): vscode.TreeItem {
    const { properties } = this;
    const item = this.item(formatDate(properties.createdOn).replace(" UTC", ""));
    const state = [this.current ? "current" : "", properties.enabled ? "" : "disabled", properties.expiresOn ? `expires ${isoDay(properties.expiresOn)}` : ""].filter(Boolean);
    item.description = [properties.version?.slice(0, 8), ...state].join(" · ");
    item.iconPath = new vscode.ThemeIcon(properties.enabled ? (this.current ? "circle-filled" : "circle-outline") : "circle-slash");
    const settings = this.ctx.settings(this.secret.vault.origin.scope);
    item.tooltip = secretTooltip(this.secret.name, this.secret.vault.name, properties, assessSecret(properties, { now: new Date(), ...settings }));
    item.contextValue = flags(Flag.version, properties.enabled ? Flag.enabled : Flag.disabled, this.current && Flag.current, properties.expiresOn && Flag.hasExpiry, properties.managed && Flag.managed);
    return item;
  }
}

export class DeletedGroupNode extends ExplorerNode implements PagedNode {
  readonly id: string;
  private readonly deleted = new PagedChildren(pagedHost(this, this.ctx), {
    client: () => this.vault.store(),
    list: (store, signal) => store.listDeletedSecrets({ signal }),
    key: (secret: DeletedSecretProperties) => nameKey(secret.name),
    filterName: (secret) => secret.name,
    empty: () => "No deleted secrets",
    createChild: (secret) => new DeletedSecretNode(this, this.ctx, secret),
    updateChild: (node, secret) => (node.properties = secret),
  });

  constructor(
    readonly vault: VaultNode,
    ctx: ExplorerContext,
  ) {
    super(vault, ctx);
    this.id = `${vault.id}/deleted`;
  }

  getTreeItem(): vscode.TreeItem {
    const item = this.item("Deleted secrets", vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon("trash");
    const list = this.deleted.list;
    if (list) item.description = `${list.items.length}${list.done ? "" : "+"}`;
    item.tooltip = "Secrets kept by soft delete: recover them, or purge them for good.";
    item.contextValue = flags(Flag.deletedGroup, Flag.refreshable);
    return item;
  }

  override async getChildren(): Promise<ExplorerNode[]> {
    const before = this.deleted.list?.items.length;
    await this.deleted.ensureLoaded();
    const children = this.deleted.children();
    // The description shows the count.
    if (this.deleted.error === undefined && before !== this.deleted.list?.items.length) setTimeout(() => this.ctx.changed(this), 0);
    return children;
  }

  loadMore(): Promise<void> {
    return this.deleted.loadMore();
  }

  /** Only when the list was loaded: otherwise it will list the new one when expanded. */
  add(secret: DeletedSecretProperties): void {
    this.deleted.upsert(secret);
  }

  remove(name: string): void {
    this.deleted.remove(nameKey(name));
  }

  override reset(): void {
    this.deleted.reset();
  }
}

export class DeletedSecretNode extends ExplorerNode {
  readonly id: string;

  constructor(
    readonly group: DeletedGroupNode,
    ctx: ExplorerContext,
    public properties: DeletedSecretProperties,
  ) {
    super(group, ctx);
    this.id = `${group.id}/secret:${nameKey(properties.name)}`;
  }

  get name(): string {
    return this.properties.name;
  }

  get vault(): VaultNode {
    return this.group.vault;
  }

  getTreeItem(): vscode.TreeItem {
    const { properties } = this;
    const item = this.item(this.name);
    item.description = [properties.deletedOn ? `deleted ${isoDay(properties.deletedOn)}` : "", properties.scheduledPurgeDate ? `purged ${isoDay(properties.scheduledPurgeDate)}` : ""].filter(Boolean).join(" · ");
    item.iconPath = new vscode.ThemeIcon("history");
    item.tooltip = new vscode.MarkdownString(
      `**${md(this.name)}** · deleted from ${md(this.vault.name)}\n\nDeleted: ${formatDate(properties.deletedOn)}\n\nPurged automatically: ${formatDate(properties.scheduledPurgeDate)}\n\nRecover it to use it again; purge it to free the name for good.`,
    );
    item.contextValue = Flag.deletedSecret;
    return item;
  }
}

export class HealthNode extends ExplorerNode {
  readonly id: string;
  warning: HealthWarning | undefined;

  constructor(
    readonly vault: VaultNode,
    ctx: ExplorerContext,
    readonly code: HealthWarning["code"],
  ) {
    super(vault, ctx);
    this.id = `${vault.id}/health:${code}`;
  }

  getTreeItem(): vscode.TreeItem {
    const warning = this.warning;
    const item = this.item(warning?.title ?? this.code);
    if (!warning) return item;
    item.iconPath = SEVERITY_ICONS[warning.severity]();
    item.description = warning.fix ? "fix available" : undefined;
    // No click command: selecting a row (or moving through the tree with the keyboard) must not open
    // the browser. Open Guidance is the row's inline action.
    item.tooltip = new vscode.MarkdownString(`**${md(warning.title)}**\n\n${md(warning.detail)}\n\n**Open Guidance** shows Microsoft's guidance.`);
    item.contextValue = flags(Flag.health, warning.fix && Flag.fixable);
    return item;
  }
}
