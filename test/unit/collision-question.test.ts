// The answers the collision question offers (src/extension/moves/collision-question.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { collisionQuestion } from "../../src/extension/moves/collision-question";

test("a name the app reads offers only a new version, and says why", () => {
  const question = collisionQuestion("kv-shop-prod", "Smtp--Password", "Smtp:Password");
  assert.deepEqual(question.buttons, ["Add a New Version"]);
  assert.equal(question.detail, "The app reads the value by the secret's name, as Smtp:Password: under another name it would not be read. A new version replaces the current value for everything that reads it.");
  assert.deepEqual(collisionQuestion("kv-shop-prod", "smtp-password").buttons, ["Use Another Name", "Add a New Version"]);
});
