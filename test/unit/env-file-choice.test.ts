// Which .env file Run with Secrets reads when none is named (src/extension/run/env-file-choice.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { envFileChoice } from "../../src/extension/run/env-file-choice";

test("the folder's own .env is used without asking when it is the only candidate; templates and .envrc are no candidates", () => {
  assert.deepEqual(envFileChoice([".env"]), { use: ".env" });
  assert.deepEqual(envFileChoice([".env", ".env.example", ".envrc", "api/.env.sample", ".env.local.template"]), { use: ".env" });
  assert.deepEqual(envFileChoice([]), { use: ".env" });
});

test("a lone template or .envrc is never used; any other lone file, or several, is offered to pick", () => {
  assert.deepEqual(envFileChoice([".env.example"]), { use: ".env" }, "then reported as not found, not run with placeholders");
  assert.deepEqual(envFileChoice([".envrc"]), { use: ".env" });
  assert.deepEqual(envFileChoice([".env.production"]), { pick: [".env.production"] });
  assert.deepEqual(envFileChoice(["api/.env"]), { pick: ["api/.env"] }, "a subfolder's, while the command runs at the folder's root");
  assert.deepEqual(envFileChoice([".env.local", ".env", ".env.SAMPLE"]), { pick: [".env", ".env.local"] });
});
