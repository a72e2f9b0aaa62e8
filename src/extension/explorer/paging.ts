// A list that loads lazily from an async iterable (a vault's secrets, a store's settings), a batch
// at a time, so a tree node with thousands of children costs only what the user has looked at.
// The iterator is kept between batches: "Load more…" continues where the last batch stopped, and
// the SDK fetches its next page only when asked. No `vscode`; unit-tested.

export interface LoadResult {
  /** Items added by this call. */
  readonly added: number;
  /** Items that matched the filter among them. */
  readonly matched: number;
}

export class PagedList<T> {
  private readonly loaded: T[] = [];
  private readonly byKey = new Map<string, T>();
  private iterator: AsyncIterator<T> | undefined;
  /** The item read ahead to learn whether the listing has more: the first of the next batch. */
  private ahead: IteratorResult<T> | undefined;
  private aheadError: { error: unknown } | undefined;
  private finished = false;
  /** After a restart: how many more items the new listing may repeat before its items count toward a batch. */
  private catchingUp = 0;
  private pending: Promise<LoadResult> | undefined;
  private readonly controller = new AbortController();

  /**
   * @param open starts the listing; it receives a signal that `dispose` aborts.
   * @param keyOf identifies an item, for `replace` and `remove`.
   */
  constructor(
    private readonly open: (signal: AbortSignal) => AsyncIterable<T>,
    private readonly keyOf: (item: T) => string,
  ) {}

  /** What has been loaded so far, in the order the service listed it. */
  get items(): readonly T[] {
    return this.loaded;
  }

  /** True once the listing has nothing more. */
  get done(): boolean {
    return this.finished;
  }

  /** True before the first batch. */
  get started(): boolean {
    return this.iterator !== undefined || this.finished;
  }

  /**
   * Loads until `count` more items match `filter` (every item without one), the listing ends, or
   * `scanLimit` items were read in this call, whichever comes first. Concurrent calls share one load.
   */
  loadMore(count: number, filter?: (item: T) => boolean, scanLimit = Number.POSITIVE_INFINITY): Promise<LoadResult> {
    if (!this.pending) {
      this.pending = this.load(count, filter, scanLimit).finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  private async load(count: number, filter: ((item: T) => boolean) | undefined, scanLimit: number): Promise<LoadResult> {
    if (this.finished) return { added: 0, matched: 0 };
    // The read ahead failed after the last batch (throttled, a dropped connection): the user asks
    // for more now, later, so list again now rather than report a failure that may be over.
    if (this.aheadError) this.restartAfterError();
    this.iterator ??= this.open(this.controller.signal)[Symbol.asyncIterator]();
    let added = 0;
    let matched = 0;
    while (matched < count && added < scanLimit) {
      let next: IteratorResult<T>;
      try {
        next = this.ahead ?? (await this.iterator.next());
      } catch (error) {
        this.restartAfterError();
        throw error;
      }
      this.ahead = undefined;
      if (next.done) {
        this.finished = true;
        break;
      }
      // A name can appear twice when the service's pages overlap after a change: keep the later one.
      const key = this.keyOf(next.value);
      const existing = this.byKey.get(key);
      this.byKey.set(key, next.value);
      // Seen before (overlapping pages, or listing again after an error): replaced in place. It
      // still counts toward the batch, so a listing that repeats itself cannot loop forever; only
      // when listing again after an error, as many repeats as items were loaded do not count.
      if (existing !== undefined) {
        this.loaded[this.loaded.indexOf(existing)] = next.value;
        if (this.catchingUp > 0) {
          this.catchingUp--;
          continue;
        }
      } else {
        this.loaded.push(next.value);
        added++;
      }
      if (!filter || filter(next.value)) matched++;
    }
    // Read one ahead, so "Load more…" is not offered when there is no more. The SDK fetches the next
    // page for it, which the next batch needs anyway; after the last page it costs nothing.
    if (!this.finished) {
      try {
        this.ahead = await this.iterator.next();
        if (this.ahead.done) this.finished = true;
      } catch (error) {
        // This batch is fine; the next one lists again (and reports a failure that lasts).
        this.aheadError = { error };
      }
    }
    return { added, matched };
  }

  /**
   * After a failed page the SDK's iterator is closed: a later call would read "done" and present a
   * partial list as complete. Drop it instead; the next load lists again from the start, and the
   * items already shown are matched by key, so none appears twice, and do not count toward its
   * batch, so trying again loads new items rather than the ones shown.
   */
  private restartAfterError(): void {
    this.catchingUp = this.loaded.length;
    this.iterator = undefined;
    this.ahead = undefined;
    this.aheadError = undefined;
    this.finished = false;
  }

  /** Replaces an item after a change made here (a new version, new tags), or adds it at the start. */
  upsert(item: T): void {
    const key = this.keyOf(item);
    const existing = this.byKey.get(key);
    if (existing !== undefined) this.loaded[this.loaded.indexOf(existing)] = item;
    else this.loaded.unshift(item);
    this.byKey.set(key, item);
  }

  /** Forgets an item that was deleted here; true when it was loaded. */
  remove(key: string): boolean {
    const existing = this.byKey.get(key);
    if (existing === undefined) return false;
    this.loaded.splice(this.loaded.indexOf(existing), 1);
    this.byKey.delete(key);
    return true;
  }

  find(key: string): T | undefined {
    return this.byKey.get(key);
  }

  /** Stops a listing in progress; the list is not used again. */
  dispose(): void {
    this.controller.abort();
    void this.iterator?.return?.().catch(() => undefined);
  }
}
