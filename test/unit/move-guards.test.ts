// The guards that keep two moves in one window apart (src/extension/moves/move-guards.ts), and the
// holds that keep one move's undo from taking back a write another move's file reads.
import assert from "node:assert/strict";
import { test } from "node:test";
import { asMoveAllIn, asSingleMoveIn, holdWritten, join, lookMark, oncePerFinding, valuePlace, withKeyLock } from "../../src/extension/moves/move-guards";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test("runs under one key take turns; other keys and failures do not hold them up", async () => {
  const order: string[] = [];
  const step = (name: string, fail = false) => async () => {
    order.push(`${name} starts`);
    await tick();
    order.push(`${name} ends`);
    if (fail) throw new Error(`${name} failed`);
    return name;
  };
  const results = await Promise.allSettled([withKeyLock("a", step("a1", true)), withKeyLock("a", step("a2")), withKeyLock("b", step("b1"))]);
  assert.deepEqual(
    results.map((result) => result.status),
    ["rejected", "fulfilled", "fulfilled"],
  );
  assert.ok(order.indexOf("a2 starts") > order.indexOf("a1 ends"), order.join(", "));
  assert.ok(order.indexOf("b1 starts") < order.indexOf("a1 ends"), "another key runs at once");
});

test("a finding being moved answers a second move at once, and can be moved again afterwards", async () => {
  const uri = "file:///work/app.ts";
  const position = { line: 3, character: 14 };
  const slow = oncePerFinding(uri, position, async () => (await tick(), "moved"), () => "busy");
  assert.equal(await oncePerFinding(uri, position, () => Promise.resolve("moved"), () => "busy"), "busy");
  assert.equal(await oncePerFinding(uri, { line: 4, character: 0 }, () => Promise.resolve("moved"), () => "busy"), "moved", "another finding is not held up");
  assert.equal(await slow, "moved");
  assert.equal(await oncePerFinding(uri, position, () => Promise.resolve("again"), () => "busy"), "again");
});

test("a Move All holds its files whole: a single move there, or a second Move All over one of them, is refused at once and names the file", async () => {
  const file = "file:///work/orders/.env";
  let finish!: () => void;
  const running = asMoveAllIn([file, "file:///work/orders/db.ts"], () => new Promise<string>((resolve) => (finish = () => resolve("moved all"))), () => "busy");
  assert.equal(await asSingleMoveIn(file, () => Promise.resolve("moved one"), () => "busy"), "busy");
  assert.equal(await asMoveAllIn(["file:///work/orders/api.ts", file], () => Promise.resolve("moved all"), (busy) => `busy in ${busy}`), `busy in ${file}`);
  assert.equal(await asSingleMoveIn("file:///work/orders/api.ts", () => Promise.resolve("moved one"), () => "busy"), "moved one", "a file outside the run is not held up");
  finish();
  assert.equal(await running, "moved all");
  assert.equal(await asSingleMoveIn(file, () => Promise.resolve("moved one"), () => "busy"), "moved one", "free again once the run ends");
});

test("single moves in a file keep a Move All out until the last of them ends, even one that fails; they do not keep each other out", async () => {
  const file = "file:///work/orders/settings.py";
  let finishFirst!: () => void;
  const first = asSingleMoveIn(file, () => new Promise<string>((resolve) => (finishFirst = () => resolve("first"))), () => "busy");
  const second = asSingleMoveIn(file, () => Promise.reject(new Error("the vault refused")), () => "busy");
  await assert.rejects(second, /the vault refused/);
  assert.equal(await asMoveAllIn([file], () => Promise.resolve("moved all"), () => "busy"), "busy", "the first single move still runs");
  finishFirst();
  assert.equal(await first, "first");
  assert.equal(await asMoveAllIn([file], () => Promise.resolve("moved all"), () => "busy"), "moved all");
});

const scopeOf = (name: string) => `https://orders-dev.vault.azure.net|${name}`;

test("a write another move settled on is never taken back; one nobody uses is, by the last to let go", async () => {
  const scope = scopeOf("settled-on");
  const place = valuePlace(scope, "value-one");
  let takenBack = 0;
  const writer = holdWritten(scope, place, () => Promise.resolve(` taken back (${++takenBack})`));
  const finder = await join(scope, place, lookMark(scope));
  assert.ok(finder);
  finder.settle();
  assert.equal(await writer.release(() => Promise.resolve(" own"), " kept"), " kept");
  assert.equal(takenBack, 0);

  const other = scopeOf("unused");
  const otherPlace = valuePlace(other, "value-two");
  const lone = holdWritten(other, otherPlace, () => Promise.resolve(` taken back (${++takenBack})`));
  const joined = await join(other, otherPlace, lookMark(other));
  assert.equal(await lone.release(() => Promise.resolve(" own"), " kept"), " kept", "the other move still holds it");
  assert.equal(await joined!.release(() => Promise.resolve(" own"), " kept"), " taken back (1)", "the last to let go runs the writer's undo");
});

test("a secret recovered from soft delete and reused is held as a write: another move's file keeps it", async () => {
  const scope = scopeOf("recovered");
  const place = valuePlace(scope, "value-three");
  let deleted = false;
  const recoverer = holdWritten(scope, place, () => {
    deleted = true;
    return Promise.resolve(" deleted again");
  });
  const finder = await join(scope, place, lookMark(scope));
  finder!.settle();
  await recoverer.release(() => Promise.resolve(""), " kept");
  assert.equal(deleted, false);
});

test("a look that began before a write was taken back is not good: the move waits and looks again", async () => {
  const scope = scopeOf("withdrawn");
  const place = valuePlace(scope, "value-four");
  const writer = holdWritten(scope, place, () => Promise.resolve(" taken back"));
  const mark = lookMark(scope);
  await writer.release(() => Promise.resolve(""), " kept");
  assert.equal(await join(scope, place, mark), undefined, "the look saw a value that is gone");
  assert.ok(await join(scope, place, lookMark(scope)), "a new look may hold");
  // Ending twice says nothing more and takes nothing back twice.
  assert.equal(await writer.release(() => Promise.resolve(" again"), " kept"), "");
});
