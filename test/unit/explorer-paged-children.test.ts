// The paged nodes' shared part: children built from a list loaded in batches, "Load more…", the
// empty line, the filter, load errors and retries, child nodes kept across repaints, local changes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { FILTER_SCAN_FACTOR, PagedChildren, type PagedHost, type PagedSource } from "../../src/extension/explorer/paged-children";

interface Item {
  name: string;
  rank?: number;
}

/** A node as the tests see it: what it is, and whether it was disposed. */
class Node {
  disposed = false;
  item: Item | undefined;
  index = -1;
  constructor(readonly text: string) {}
  dispose(): void {
    this.disposed = true;
  }
}

function host(state: { filter?: string; pageSize: number }): PagedHost<Node> {
  return {
    filter: () => state.filter,
    pageSize: () => state.pageSize,
    error: (error) => new Node(`error: ${error instanceof Error ? error.message : String(error)}`),
    loadMoreFailed: (error, loaded) => new Node(`load more failed (${loaded} loaded): ${error instanceof Error ? error.message : String(error)}`),
    loadMore: (loaded) => new Node(`load more (${loaded} loaded)`),
    empty: (text) => new Node(`empty: ${text}`),
  };
}

/** A listing of `count` items named item-000…, which can be told to fail; it counts what it serves. */
function listing(count: number) {
  const stats = { opened: 0, pulled: 0, aborted: 0, failAt: -1, clients: 0, refuseClient: false };
  const source: PagedSource<Item, Node, string> = {
    client: () => {
      if (stats.refuseClient) throw new Error("refused endpoint");
      stats.clients++;
      return "client";
    },
    list: (_client, signal) => {
      stats.opened++;
      signal.addEventListener("abort", () => stats.aborted++);
      return (async function* () {
        for (let index = 0; index < count; index++) {
          await Promise.resolve();
          if (index === stats.failAt) {
            stats.failAt = -1;
            throw new Error("listing failed");
          }
          stats.pulled++;
          yield { name: `item-${String(index).padStart(3, "0")}` };
        }
      })();
    },
    key: (item) => item.name.toLowerCase(),
    filterName: (item) => item.name,
    empty: (filter) => (filter ? `nothing matches "${filter}"` : "nothing"),
    createChild: (item) => new Node(item.name),
    updateChild: (node, item, index) => {
      node.item = item;
      node.index = index;
    },
  };
  return { source, stats };
}

const texts = (nodes: Node[]) => nodes.map((node) => node.text);

test("lists a batch, then Load more… continues the same listing until it ends", async () => {
  const { source, stats } = listing(5);
  const paged = new PagedChildren(host({ pageSize: 2 }), source);
  assert.deepEqual(paged.children(), [], "nothing before the first load");
  await paged.ensureLoaded();
  assert.deepEqual(texts(paged.children()), ["item-000", "item-001", "load more (2 loaded)"]);
  await paged.ensureLoaded();
  assert.equal(paged.list?.items.length, 2, "ensureLoaded does not load a second batch");
  await paged.loadMore();
  await paged.loadMore();
  assert.deepEqual(texts(paged.children()), ["item-000", "item-001", "item-002", "item-003", "item-004"]);
  assert.equal(paged.list?.done, true);
  assert.equal(stats.opened, 1);
  assert.equal(stats.clients, 1, "the client is made once per list");
});

test("an empty listing says so; without an empty text it shows nothing", async () => {
  const { source } = listing(0);
  const paged = new PagedChildren(host({ pageSize: 2 }), source);
  await paged.ensureLoaded();
  assert.deepEqual(texts(paged.children()), ["empty: nothing"]);
  const silent = new PagedChildren(host({ pageSize: 2 }), { ...listing(0).source, empty: undefined });
  await silent.ensureLoaded();
  assert.deepEqual(silent.children(), []);
});

test("a filter shows matching names only, and a batch reads on for matches up to the scan limit", async () => {
  const state: { filter?: string; pageSize: number } = { pageSize: 2, filter: "-01" };
  const { source, stats } = listing(300);
  const paged = new PagedChildren(host(state), source);
  await paged.ensureLoaded();
  assert.deepEqual(texts(paged.children()), ["item-010", "item-011", "load more (12 loaded)"]);
  state.filter = "zzz";
  await paged.loadMore();
  assert.equal(paged.list?.items.length, 12 + 2 * FILTER_SCAN_FACTOR, "stops after pageSize × FILTER_SCAN_FACTOR items");
  assert.deepEqual(texts(paged.children()), [`load more (${12 + 2 * FILTER_SCAN_FACTOR} loaded)`]);
  assert.ok(stats.pulled <= 12 + 2 * FILTER_SCAN_FACTOR + 1);
  // A list without a filter name ignores the filter.
  const unfiltered = new PagedChildren(host(state), { ...listing(3).source, filterName: undefined });
  await unfiltered.ensureLoaded();
  assert.deepEqual(texts(unfiltered.children()), ["item-000", "item-001", "load more (2 loaded)"]);
  // The empty line names the filter.
  state.filter = "nothing-like-this";
  const small = new PagedChildren(host(state), listing(3).source);
  await small.ensureLoaded();
  assert.deepEqual(texts(small.children()), ['empty: nothing matches "nothing-like-this"']);
});

test("a client that cannot be made is the load error, and the next expansion tries again", async () => {
  const { source, stats } = listing(3);
  stats.refuseClient = true;
  const paged = new PagedChildren(host({ pageSize: 5 }), source);
  await paged.ensureLoaded();
  assert.deepEqual(texts(paged.children()), ["error: refused endpoint"]);
  assert.equal(paged.list, undefined, "no list is made without its client");
  stats.refuseClient = false;
  await paged.ensureLoaded();
  assert.equal(paged.error, undefined);
  assert.deepEqual(texts(paged.children()), ["item-000", "item-001", "item-002"]);
});

test("a failed Load more… keeps the items loaded and shows the error after them; trying again loads the next batch, each item once", async () => {
  const { source, stats } = listing(6);
  const paged = new PagedChildren(host({ pageSize: 2 }), source);
  await paged.ensureLoaded();
  stats.failAt = 3;
  await paged.loadMore();
  const failed = ["item-000", "item-001", "item-002", "load more failed (3 loaded): listing failed"];
  assert.deepEqual(texts(paged.children()), failed);
  // A repaint (another node changed, the view scrolled) shows the same: only the user tries again.
  await paged.ensureLoaded();
  assert.deepEqual(texts(paged.children()), failed);
  assert.equal(stats.opened, 1, "a repaint does not list again");
  await paged.loadMore();
  assert.equal(paged.error, undefined);
  assert.deepEqual(texts(paged.children()), ["item-000", "item-001", "item-002", "item-003", "item-004", "load more (5 loaded)"], "the next batch, not the items shown already");
  await paged.loadMore();
  assert.deepEqual(texts(paged.children()), ["item-000", "item-001", "item-002", "item-003", "item-004", "item-005"]);
});

test("a failed Load more… under a filter: the matching items stay, then the error", async () => {
  const { source, stats } = listing(30);
  const paged = new PagedChildren(host({ pageSize: 1, filter: "2" }), source);
  await paged.ensureLoaded();
  assert.deepEqual(texts(paged.children()), ["item-002", "load more (3 loaded)"]);
  stats.failAt = 8;
  await paged.loadMore();
  assert.deepEqual(texts(paged.children()), ["item-002", "load more failed (8 loaded): listing failed"]);
  await paged.loadMore();
  assert.deepEqual(texts(paged.children()), ["item-002", "item-012", "load more (13 loaded)"]);
});

test("child nodes are kept across repaints, in the given order, with their index; local changes and reset", async () => {
  const { source, stats } = listing(3);
  const paged = new PagedChildren(host({ pageSize: 10 }), { ...source, order: (items) => items.reverse(), childKey: (item) => `node:${item.name.toLowerCase()}` });
  await paged.ensureLoaded();
  const first = paged.children();
  assert.deepEqual(texts(first), ["item-002", "item-001", "item-000"]);
  assert.deepEqual(
    first.map((node) => node.index),
    [0, 1, 2],
  );
  const second = paged.children();
  assert.ok(first.every((node, index) => node === second[index]), "the same nodes");
  paged.upsert({ name: "item-new" });
  assert.deepEqual(texts(paged.children()), ["item-002", "item-001", "item-000", "item-new"]);
  paged.upsert({ name: "ITEM-001", rank: 1 });
  const replaced = paged.children();
  assert.equal(replaced[1], first[1], "replaced in place: the same node…");
  assert.equal(replaced[1]?.item?.rank, 1, "…brought up to date");
  paged.remove("item-000");
  assert.equal(paged.list?.items.length, 3);
  paged.remove("node:item-000");
  assert.equal(first[2]?.disposed, true, "removing by the node's key disposes the node");
  paged.reset();
  assert.ok(first.every((node) => node.disposed));
  assert.equal(stats.aborted, 1, "reset stops the listing");
  assert.equal(paged.list, undefined);
  await paged.ensureLoaded();
  assert.equal(stats.opened, 2, "the next expansion lists again");
});

test("locate loads on, without the filter, until it finds the item or reaches the limit", async () => {
  const state: { filter?: string; pageSize: number } = { pageSize: 10 };
  const { source } = listing(200);
  const paged = new PagedChildren(host(state), source);
  const node = await paged.locate("item-042", 1000);
  assert.equal(node?.text, "item-042");
  assert.equal(paged.list?.items.length, 50);
  assert.equal(await paged.locate("item-199", 100), undefined, "stops at the limit");
  assert.equal(paged.list?.items.length, 100);
  const loaded = await paged.locate("item-010", 100);
  assert.equal(loaded, paged.children()[10], "an item already loaded: its node");
  assert.equal(paged.list?.items.length, 100);
});
