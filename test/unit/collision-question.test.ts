// Whose a taken secret name is, as the collision question says it (src/extension/moves/collision-question.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { collisionQuestion, existingOwner } from "../../src/extension/moves/collision-question";

const ours = { app: "orders", source: "apps/orders/appsettings.Production.json" };

test("another app's secret is named with its source; the same app's from another file names the file", () => {
  assert.equal(existingOwner({ app: "billing", source: "apps/billing/appsettings.Production.json" }, ours), " It belongs to app 'billing' (from apps/billing/appsettings.Production.json).");
  assert.equal(existingOwner({ app: "billing" }, ours), " It belongs to app 'billing'.");
  assert.equal(existingOwner({ app: "orders", source: "apps/orders/secrets.json" }, ours), " It was stored from apps/orders/secrets.json.");
  assert.equal(existingOwner({ source: "apps/orders/secrets.json" }, ours), " It was stored from apps/orders/secrets.json.");
});

test("tags that match this move's, or say nothing, add nothing", () => {
  assert.equal(existingOwner(ours, ours), "");
  assert.equal(existingOwner(undefined, ours), "");
  assert.equal(existingOwner({ "created-by": "someone" }, ours), "");
});

test("a name the app reads offers only a new version, and says why", () => {
  const question = collisionQuestion("kv-shop-prod", "Smtp--Password", { app: "billing" }, ours, "Smtp:Password");
  assert.deepEqual(question.buttons, ["Add a New Version"]);
  assert.equal(question.detail, "The app reads the value by the secret's name, as Smtp:Password: under another name it would not be read. A new version replaces the current value for everything that reads it, app 'billing' included.");
  assert.deepEqual(collisionQuestion("kv-shop-prod", "smtp-password", undefined, ours).buttons, ["Use Another Name", "Add a New Version"]);
});
