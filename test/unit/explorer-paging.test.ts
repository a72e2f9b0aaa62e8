// The explorer's lazy list: batches, "Load more…" continuing the same listing, filters, local changes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { PagedList } from "../../src/extension/explorer/paging";

/** A listing that records how many items were pulled from it. */
function source(count: number) {
  const stats = { pulled: 0, opened: 0, aborted: false };
  const open = (signal: AbortSignal) => {
    stats.opened++;
    signal.addEventListener("abort", () => (stats.aborted = true));
    return (async function* () {
      for (let index = 0; index < count; index++) {
        await Promise.resolve();
        stats.pulled++;
        yield { name: `secret-${String(index).padStart(4, "0")}` };
      }
    })();
  };
  return { open, stats };
}

test("loads a batch at a time from one listing, and stops at the end", async () => {
  const { open, stats } = source(250);
  const list = new PagedList(open, (item) => item.name);
  assert.equal(list.started, false);
  assert.deepEqual(await list.loadMore(100), { added: 100, matched: 100 });
  assert.equal(list.items.length, 100);
  assert.equal(stats.pulled, 101, "one item is read ahead, to know whether there is more");
  assert.equal(list.done, false);
  await list.loadMore(100);
  assert.deepEqual(await list.loadMore(100), { added: 50, matched: 50 });
  assert.equal(list.done, true);
  assert.equal(list.items.length, 250);
  assert.equal(stats.opened, 1, "one listing, continued");
  assert.deepEqual(await list.loadMore(100), { added: 0, matched: 0 });
});

test("a listing that ends with a full batch is done at once: no empty Load more…", async () => {
  const { open } = source(200);
  const list = new PagedList(open, (item) => item.name);
  await list.loadMore(100);
  assert.equal(list.done, false);
  await list.loadMore(100);
  assert.equal(list.done, true);
});

test("a failure while reading ahead keeps the batch and is reported by the next one", async () => {
  const list = new PagedList(
    () =>
      (async function* () {
        await Promise.resolve();
        yield { name: "one" };
        yield { name: "two" };
        throw new Error("network");
      })(),
    (item) => item.name,
  );
  assert.deepEqual(await list.loadMore(2), { added: 2, matched: 2 });
  await assert.rejects(list.loadMore(2), /network/);
  assert.equal(list.items.length, 2);
});

test("with a filter, loads until enough items match or the scan limit is reached", async () => {
  const { open } = source(1000);
  const list = new PagedList(open, (item) => item.name);
  const endsInZero = (item: { name: string }) => item.name.endsWith("0");
  assert.deepEqual(await list.loadMore(5, endsInZero), { added: 41, matched: 5 });
  assert.deepEqual(await list.loadMore(100, endsInZero, 200), { added: 200, matched: 20 });
});

test("concurrent calls share one load", async () => {
  const { open } = source(30);
  const list = new PagedList(open, (item) => item.name);
  const [first, second] = await Promise.all([list.loadMore(10), list.loadMore(10)]);
  assert.deepEqual(first, second);
  assert.equal(list.items.length, 10);
});

test("upsert, remove and find by key; a repeated key from the service replaces the item", async () => {
  const list = new PagedList<{ name: string; v: number }>(
    () =>
      (async function* () {
        await Promise.resolve();
        yield { name: "a", v: 1 };
        yield { name: "b", v: 1 };
        yield { name: "a", v: 2 };
      })(),
    (item) => item.name,
  );
  await list.loadMore(10);
  assert.deepEqual(list.items, [{ name: "a", v: 2 }, { name: "b", v: 1 }]);
  list.upsert({ name: "c", v: 1 });
  list.upsert({ name: "b", v: 3 });
  assert.deepEqual(list.items.map((item) => `${item.name}${item.v}`), ["c1", "a2", "b3"]);
  assert.equal(list.remove("a"), true);
  assert.equal(list.remove("a"), false);
  assert.equal(list.find("b")?.v, 3);
  assert.equal(list.find("a"), undefined);
});

test("dispose aborts the listing", async () => {
  const { open, stats } = source(100);
  const list = new PagedList(open, (item) => item.name);
  await list.loadMore(1);
  list.dispose();
  assert.equal(stats.aborted, true);
});

test("an error from the listing reaches the caller, and a later call can retry", async () => {
  let fail = true;
  const list = new PagedList(
    () =>
      (async function* () {
        await Promise.resolve();
        yield { name: "first" };
        if (fail) throw new Error("network");
        yield { name: "second" };
      })(),
    (item) => item.name,
  );
  await assert.rejects(list.loadMore(10), /network/);
  assert.equal(list.items.length, 1);
  fail = false;
  assert.equal(list.done, false);
});

/**
 * A listing of `count` items named by `name` whose first pass drops the connection before item
 * `failAt`; every later pass lists them all. `opened()` says how many passes began.
 */
function listingThatFailsOnce(count: number, failAt: number, name: (index: number) => string) {
  let opened = 0;
  const open = () => {
    const failing = opened++ === 0;
    return (async function* () {
      for (let index = 0; index < count; index++) {
        if (failing && index === failAt) throw new Error("dropped connection");
        await Promise.resolve();
        yield { name: name(index) };
      }
    })();
  };
  return { open, opened: () => opened };
}

test("a failed page is not a complete list: the next load lists again and continues where it failed", async () => {
  const { open } = listingThatFailsOnce(10, 3, (index) => `s${index}`);
  const list = new PagedList(open, (item) => item.name);
  assert.deepEqual(await list.loadMore(2), { added: 2, matched: 2 });
  await assert.rejects(list.loadMore(5), /dropped connection/);
  assert.equal(list.done, false, "an error never marks the list complete");
  assert.deepEqual(await list.loadMore(100), { added: 7, matched: 7 }, "the items listed again before the failure are not part of the batch");
  assert.equal(list.done, true);
  assert.deepEqual(list.items.map((item) => item.name), ["s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"]);
});

test("after a failed batch, trying again loads the next batch, not the items loaded before the failure", async () => {
  const { open, opened } = listingThatFailsOnce(20, 5, (index) => `s${String(index).padStart(2, "0")}`);
  const list = new PagedList(open, (item) => item.name);
  await list.loadMore(4);
  await assert.rejects(list.loadMore(4), /dropped connection/);
  assert.equal(list.items.length, 5, "the batch keeps what it read before the failure");
  assert.deepEqual(await list.loadMore(4), { added: 4, matched: 4 });
  assert.deepEqual(list.items.map((item) => item.name), ["s00", "s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08"]);
  assert.equal(opened(), 2);
  // Past the catch-up, a repeated name counts again (overlapping pages cannot loop forever).
  assert.deepEqual(await list.loadMore(100), { added: 11, matched: 11 });
  assert.equal(list.done, true);
});

test("a read ahead that failed once is tried again by the next Load more…, not reported then", async () => {
  // The first pass drops the connection right after the first batch, on the item read ahead.
  const { open, opened } = listingThatFailsOnce(6, 3, (index) => `s${index}`);
  const list = new PagedList(open, (item) => item.name);
  assert.deepEqual(await list.loadMore(3), { added: 3, matched: 3 });
  assert.equal(list.done, false);
  assert.deepEqual(await list.loadMore(3), { added: 3, matched: 3 }, "listed again: the user sees the next batch, not the old failure");
  assert.equal(opened(), 2);
  assert.deepEqual(list.items.map((item) => item.name), ["s0", "s1", "s2", "s3", "s4", "s5"]);
});
