// What every paged node of the Vaults view shares (a vault's secrets and deleted secrets, a secret's
// versions, a store's labels, a label's settings): the list loaded a batch at a time (paging.ts),
// the error of its last load, one child node per item kept across repaints, and the children built
// from them: the items the name filter lets through, then "Load more…" while the listing has more
// (after a failed "Load more…", its error, which tries again), or a line saying there is nothing
// to show. A node says only what it lists, how it filters and how an item becomes a child node.
// No `vscode` (the nodes it shows besides the items come from a `PagedHost`); unit-tested.
import { PagedList } from "./paging";

/** How many items one batch reads at most, per item asked for, while a filter hides most of them. */
export const FILTER_SCAN_FACTOR = 20;

interface Disposable {
  dispose(): void;
}

/** Reuses child nodes by id, so a repaint keeps their loaded state and reveal finds the same objects. */
export class ChildCache<T extends Disposable> {
  private readonly nodes = new Map<string, T>();

  get(key: string, create: () => T): T {
    let node = this.nodes.get(key);
    if (!node) {
      node = create();
      this.nodes.set(key, node);
    }
    return node;
  }

  peek(key: string): T | undefined {
    return this.nodes.get(key);
  }

  delete(key: string): void {
    this.nodes.get(key)?.dispose();
    this.nodes.delete(key);
  }

  values(): T[] {
    return [...this.nodes.values()];
  }

  clear(): void {
    for (const node of this.nodes.values()) node.dispose();
    this.nodes.clear();
  }
}

/** What a paged list needs from the view it is shown in (nodes.ts `pagedHost`). */
export interface PagedHost<E> {
  /** The lower-cased name filter, or undefined. */
  filter: () => string | undefined;
  /** How many items a batch loads, unless the list says otherwise. */
  pageSize: () => number;
  /** A failed first load, as a node that says what to do. */
  error: (error: unknown) => E;
  /** A failed "Load more…", shown after the items already loaded: the error, and a way to try again. */
  loadMoreFailed: (error: unknown, loaded: number) => E;
  /** "Load more…", with how many items are loaded. */
  loadMore: (loaded: number) => E;
  /** A line shown when the listing is done and nothing is shown. */
  empty: (text: string) => E;
}

/** What a node lists, how it filters, and how an item becomes a child node. */
export interface PagedSource<T, N, C> {
  /** The client to list with, made on the first load; it may throw (a refused endpoint), which is the load error. */
  client: () => C;
  /** Starts the listing; `signal` is aborted when the list is reset. */
  list: (client: C, signal: AbortSignal) => AsyncIterable<T>;
  /** Identifies an item: a later item with the same key replaces it. */
  key: (item: T) => string;
  /** How many items a batch loads; the host's page size by default. */
  batchSize?: () => number;
  /** The name the view's filter looks for (case-insensitive); without it the filter does not apply. */
  filterName?: (item: T) => string;
  /** The order of the shown items; as listed by default. */
  order?: (items: T[]) => T[];
  /** What to say when the listing is done and nothing is shown (`filter`: the filter in force); nothing by default. */
  empty?: (filter: string | undefined) => string;
  /** The child node's key, by the item and its place among the shown ones; `key` by default. */
  childKey?: (item: T, index: number) => string;
  createChild: (item: T) => N;
  /** Brings a reused child node up to date with its item. */
  updateChild?: (node: N, item: T, index: number) => void;
}

export class PagedChildren<T, N extends E, E extends Disposable, C> {
  private loaded: PagedList<T> | undefined;
  private failure: unknown;
  private readonly nodes = new ChildCache<N>();

  constructor(
    private readonly host: PagedHost<E>,
    private readonly source: PagedSource<T, N, C>,
  ) {}

  /** The list, once a load has made its client; undefined before and after a reset. */
  get list(): PagedList<T> | undefined {
    return this.loaded;
  }

  /** The last load's error, or undefined. */
  get error(): unknown {
    return this.failure;
  }

  /**
   * Loads the first batch, or again after a failed first load. After a failed "Load more…" the
   * items stay with the error until the user tries again (loadMore): a repaint does not retry.
   */
  async ensureLoaded(): Promise<void> {
    if (this.failure === undefined ? this.loaded?.started : this.loadedCount() > 0) return;
    await this.loadMore();
  }

  /** Loads the next batch (with the filter: until a batch of matches, or FILTER_SCAN_FACTOR times as many read); a failure is kept as `error`. */
  async loadMore(): Promise<void> {
    try {
      this.failure = undefined;
      if (!this.loaded) {
        const client = this.source.client();
        this.loaded = new PagedList(
          (signal) => this.source.list(client, signal),
          (item) => this.source.key(item),
        );
      }
      const count = this.source.batchSize?.() ?? this.host.pageSize();
      const match = this.matcher();
      await this.loaded.loadMore(count, match, match ? count * FILTER_SCAN_FACTOR : undefined);
    } catch (error) {
      this.failure = error;
    }
  }

  /**
   * Loads batches, without the filter, until the item with this key is loaded, the listing ends or
   * `limit` items are loaded; for reveal. A failure after the first batch is thrown.
   */
  async locate(key: string, limit: number): Promise<N | undefined> {
    if (!this.loaded?.find(key)) {
      if (!this.loaded) await this.loadMore();
      while (this.loaded && !this.loaded.find(key) && !this.loaded.done && this.loaded.items.length < limit && this.failure === undefined) {
        await this.loaded.loadMore(this.source.batchSize?.() ?? this.host.pageSize());
      }
    }
    const found = this.loaded?.find(key);
    return found && this.child(found);
  }

  /**
   * The children: the error node after a failed first load; otherwise a node per item the filter
   * lets through, then the error of a failed "Load more…" (which tries again), or "Load more…"
   * while the listing has more, or the `empty` line when none is shown.
   */
  children(): E[] {
    const list = this.loaded;
    if (this.failure !== undefined && this.loadedCount() === 0) return [this.host.error(this.failure)];
    if (!list) return [];
    const match = this.matcher();
    const visible = match ? list.items.filter(match) : [...list.items];
    const shown = this.source.order ? this.source.order(visible) : visible;
    const children: E[] = shown.map((item, index) => this.child(item, index));
    if (this.failure !== undefined) children.push(this.host.loadMoreFailed(this.failure, list.items.length));
    else if (!list.done) children.push(this.host.loadMore(list.items.length));
    else if (shown.length === 0 && this.source.empty) children.push(this.host.empty(this.source.empty(this.host.filter())));
    return children;
  }

  /** The child node of an item, made once and kept up to date. */
  child(item: T, index = 0): N {
    const key = this.source.childKey ? this.source.childKey(item, index) : this.source.key(item);
    const node = this.nodes.get(key, () => this.source.createChild(item));
    this.source.updateChild?.(node, item, index);
    return node;
  }

  /** After a change made here: replaces the item, or adds it at the start; only once the list was loaded. */
  upsert(item: T): void {
    this.loaded?.upsert(item);
  }

  /** After a delete made here: forgets the item and its node. */
  remove(key: string): void {
    this.loaded?.remove(key);
    this.nodes.delete(key);
  }

  /** Stops the listing and forgets what was loaded, so the next expansion lists again. */
  reset(): void {
    this.loaded?.dispose();
    this.loaded = undefined;
    this.failure = undefined;
    this.nodes.clear();
  }

  private loadedCount(): number {
    return this.loaded?.items.length ?? 0;
  }

  private matcher(): ((item: T) => boolean) | undefined {
    const filter = this.host.filter();
    const { filterName } = this.source;
    return filter && filterName ? (item) => filterName(item).toLowerCase().includes(filter) : undefined;
  }
}
