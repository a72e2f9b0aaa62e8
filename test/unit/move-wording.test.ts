// A move's message reads right whether the plan replaced the value or removed the setting.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { planConfigMove } from "../../src/fixes";
import { fileAfterMove, fileAfterPlannedMove } from "../../src/extension/moves/move-wording";

test("a replacement is what the file now uses; a removal is what the move does", () => {
  assert.equal(fileAfterMove("process.env.ORDERS_URL"), "the file now uses process.env.ORDERS_URL");
  assert.equal(fileAfterMove("removes Orders:ServiceUrl from the file"), "the move removes Orders:ServiceUrl from the file");
  assert.equal(fileAfterPlannedMove("process.env.ORDERS_URL"), "the file would use process.env.ORDERS_URL");
  assert.equal(fileAfterPlannedMove("removes the line from the file"), "the move removes the line from the file");
});

test("an appsettings.json move's message has no 'uses removes'", () => {
  const text = `{\n  "Orders": { "ServiceUrl": "https://orders.internal.contoso.com/api" }\n}\n`;
  const finding = scanText({ content: text, filePath: "appsettings.json" }).find((candidate) => candidate.kind === "config");
  assert.ok(finding);
  const plan = planConfigMove({ text, filePath: "appsettings.json", finding, key: "Orders:ServiceUrl" });
  assert.equal(`Setting stored in App Configuration 'Orders:ServiceUrl'; ${fileAfterMove(plan.replacementDescription)}.`, "Setting stored in App Configuration 'Orders:ServiceUrl'; the move removes Orders:ServiceUrl from the file.");
});
