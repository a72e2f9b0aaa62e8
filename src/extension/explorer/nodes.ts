// The tree's building blocks: each node builds its own TreeItem and children, keeps its parent (for
// reveal) and a stable id, and states what it is in composable contextValue flags that the menus
// match with `viewItem =~ /\bflag\b/`. No node ever holds a secret's value.
import * as vscode from "vscode";
import { describeFailure } from "../failure";
import { isAzureError, type AzureError } from "../../azure";
import { CommandId } from "../contributions";
import { needsSignIn } from "../remedies";
import type { ExplorerContext } from "./context";
import type { PagedHost } from "./paged-children";

export { ChildCache } from "./paged-children";

/** contextValue flags. */
export const Flag = {
  vault: "shVault",
  vaultKnown: "shArmKnown",
  secret: "shSecret",
  version: "shVersion",
  enabled: "shEnabled",
  disabled: "shDisabled",
  hasExpiry: "shHasExpiry",
  managed: "shManaged",
  current: "shCurrent",
  deletedGroup: "shDeletedGroup",
  deletedSecret: "shDeletedSecret",
  health: "shHealth",
  fixable: "shFixable",
  store: "shStore",
  label: "shLabel",
  setting: "shSetting",
  keyVaultReference: "shKeyVaultRef",
  loadMore: "shLoadMore",
  message: "shMessage",
  source: "shSource",
  refreshable: "shRefreshable",
} as const;

export function flags(...values: (string | false | undefined)[]): string {
  return values.filter(Boolean).join(" ");
}

export abstract class ExplorerNode {
  abstract readonly id: string;

  constructor(
    readonly parent: ExplorerNode | undefined,
    protected readonly ctx: ExplorerContext,
  ) {}

  abstract getTreeItem(): vscode.TreeItem;

  getChildren(): ExplorerNode[] | Promise<ExplorerNode[]> {
    return [];
  }

  /** Forgets what was loaded, so the next expansion loads again. */
  reset(): void {}

  /** Stops listings in progress; the node is not used again. */
  dispose(): void {
    this.reset();
  }

  protected item(label: string | vscode.TreeItemLabel, collapsible = vscode.TreeItemCollapsibleState.None): vscode.TreeItem {
    const item = new vscode.TreeItem(label, collapsible);
    item.id = this.id;
    return item;
  }
}

/** A node whose list loads in batches: "Load more…" calls `loadMore` on it. */
export interface PagedNode extends ExplorerNode {
  loadMore(): Promise<void>;
}

/** A line of text: an empty state, an error, or an action (sign in, configure). */
export class MessageNode extends ExplorerNode {
  readonly id: string;

  constructor(
    parent: ExplorerNode | undefined,
    ctx: ExplorerContext,
    key: string,
    private readonly text: string,
    private readonly options: { icon?: vscode.ThemeIcon; tooltip?: string; command?: vscode.Command; description?: string } = {},
  ) {
    super(parent, ctx);
    this.id = `${parent?.id ?? ""}/message:${key}`;
  }

  getTreeItem(): vscode.TreeItem {
    const item = this.item(this.text);
    item.iconPath = this.options.icon ?? new vscode.ThemeIcon("info");
    item.tooltip = this.options.tooltip ?? this.text;
    item.description = this.options.description;
    item.command = this.options.command;
    item.contextValue = Flag.message;
    return item;
  }
}

const ERROR_ICON = new vscode.ThemeIcon("error", new vscode.ThemeColor("list.errorForeground"));

/** "Load more…"; after a failed one, its error, which tries again (the items loaded stay above it). */
export class LoadMoreNode extends ExplorerNode {
  readonly id: string;

  constructor(
    readonly owner: PagedNode,
    ctx: ExplorerContext,
    private readonly loaded: number,
    private readonly failure?: string,
  ) {
    super(owner, ctx);
    this.id = `${owner.id}/load-more`;
  }

  getTreeItem(): vscode.TreeItem {
    const item = this.item(this.failure ?? "Load more…");
    item.description = this.failure ? `${this.loaded} loaded · try again` : `${this.loaded} loaded`;
    item.iconPath = this.failure ? ERROR_ICON : new vscode.ThemeIcon("ellipsis");
    if (this.failure) item.tooltip = `Loading more failed: ${this.failure}\n\nClick to try again.`;
    item.command = { command: CommandId.loadMore, title: this.failure ? "Try Again" : "Load More", arguments: [this] };
    item.contextValue = Flag.loadMore;
    return item;
  }
}

/**
 * A failed load, as a node that says what to do. Only AzureError messages are shown: they name
 * vaults, roles and status codes, never values. Anything else is named by its kind.
 */
export function errorNode(parent: ExplorerNode, ctx: ExplorerContext, error: unknown, key = "error"): MessageNode {
  const azure: AzureError | undefined = isAzureError(error) ? error : undefined;
  const text = describeFailure(error, azure ? undefined : ctx.log, `Vault explorer: ${parent.id}`);
  const command: vscode.Command | undefined = needsSignIn(error)
    ? { command: CommandId.signIn, title: "Sign In to Azure" }
    : { command: CommandId.refreshNode, title: "Retry", arguments: [parent] };
  return new MessageNode(parent, ctx, key, text, { icon: ERROR_ICON, tooltip: `${text}\n\nClick to ${needsSignIn(error) ? "sign in" : "retry"}.`, command });
}

/** What a paged list under `owner` needs from the view: the filter, the page size, its error, "Load more…" and empty nodes. */
export function pagedHost(owner: PagedNode, ctx: ExplorerContext): PagedHost<ExplorerNode> {
  return {
    filter: () => ctx.filter(),
    pageSize: () => ctx.settings().pageSize,
    error: (error) => errorNode(owner, ctx, error),
    // Signed out, trying again cannot help: the error node offers the sign-in.
    loadMoreFailed: (error, loaded) =>
      needsSignIn(error) ? errorNode(owner, ctx, error, "load-more-error") : new LoadMoreNode(owner, ctx, loaded, describeFailure(error, isAzureError(error) ? undefined : ctx.log, `Vault explorer: ${owner.id}`)),
    loadMore: (loaded) => new LoadMoreNode(owner, ctx, loaded),
    empty: (text) => new MessageNode(owner, ctx, "empty", text),
  };
}

export function signInNode(parent: ExplorerNode, ctx: ExplorerContext, text = "Sign in to Azure…"): MessageNode {
  return new MessageNode(parent, ctx, "sign-in", text, { icon: new vscode.ThemeIcon("sign-in"), command: { command: CommandId.signIn, title: "Sign In to Azure" } });
}

/** "2026-03-01 14:05 UTC". */
export function formatDate(date: Date | undefined): string {
  return date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—";
}

/** Markdown-safe text for tooltips (names and tag values come from the vault). */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>-]/g, "\\$&");
}
