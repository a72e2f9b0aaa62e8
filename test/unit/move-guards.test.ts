// The guards that keep two moves in one window apart (src/extension/moves/move-guards.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { oncePerFinding, withKeyLock } from "../../src/extension/moves/move-guards";

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
