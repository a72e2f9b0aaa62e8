// describeFailure: an unexpected error is shown by its kind, and logged with where it happened
// (the stack's frames) but never with its message, which could quote a request or a response.
import { createHttpHeaders, createPipelineRequest, RestError } from "@azure/core-rest-pipeline";
import assert from "node:assert/strict";
import { test } from "node:test";
import type * as vscode from "vscode";
import { AzureError } from "../../src/azure";
import { describeFailure, stackFrames } from "../../src/extension/failure";
import { describeError, MoveStopped } from "../../src/extension/moves/move-stopped";
import { FixPlanError } from "../../src/fixes";

// A made-up value, assembled at run time.
const VALUE = "Qz7" + "Lm2Rv9" + "Xk4Wp";

function recordingLog(): { log: vscode.LogOutputChannel; lines: string[] } {
  const lines: string[] = [];
  const record = (message: string) => void lines.push(message);
  return { log: { error: record, warn: record, info: record, debug: record, trace: record } as unknown as vscode.LogOutputChannel, lines };
}

function thrownTypeError(): TypeError {
  try {
    (undefined as unknown as { value: string }).value.trim();
  } catch (error) {
    return error as TypeError;
  }
  throw new Error("expected a TypeError");
}

test("an unexpected TypeError: the user is told to see the log, and the log has where and the frames, not the message", () => {
  const { log, lines } = recordingLog();
  const error = thrownTypeError();
  assert.equal(describeFailure(error, log, "Move to App Configuration"), "Unexpected TypeError; see Secret Hygiene: Show Log.");
  assert.equal(lines.length, 1);
  const [logged] = lines as [string];
  assert.match(logged, /^Move to App Configuration: unexpected TypeError \(its message is not logged/);
  assert.match(logged, /\n\s+at thrownTypeError \(.*failure\.test\.ts:\d+:\d+\)/);
  assert.ok(!logged.includes(error.message), "the message is not logged");
});

test("a RestError (its message can quote the body) logs only frames; AzureError and FixPlanError log nothing", () => {
  const { log, lines } = recordingLog();
  const request = createPipelineRequest({ url: "https://orders-kv.vault.azure.net/secrets/db-password", method: "PUT", body: JSON.stringify({ value: VALUE }) });
  const rest = new RestError(`Bad request\n{"value":"${VALUE}"}\n    at body line`, { statusCode: 400, request, response: { request, status: 400, headers: createHttpHeaders() } });
  describeFailure(rest, log, "Move to Key Vault");
  assert.equal(lines.length, 1);
  assert.ok(!lines[0]!.includes(VALUE) && !lines[0]!.includes("Bad request") && !lines[0]!.includes("body line"), lines[0]);
  assert.match(lines[0]!, /\n\s+at /);

  lines.length = 0;
  assert.equal(describeFailure(new AzureError("other", "Key Vault 'orders-kv' answered 500."), log), "Key Vault 'orders-kv' answered 500.");
  assert.equal(describeFailure(new FixPlanError("unsupported", "Move it by hand."), log), "Move it by hand.");
  assert.deepEqual(lines, []);
});

test("describeError passes the log on; a MoveStopped is our own sentence and is not logged", () => {
  const { log, lines } = recordingLog();
  assert.equal(describeError(new MoveStopped("failed", "Nothing was stored."), log, "Move"), "Nothing was stored.");
  assert.deepEqual(lines, []);
  assert.equal(describeError(thrownTypeError(), log, "Move"), "Unexpected TypeError; see Secret Hygiene: Show Log.");
  assert.equal(lines.length, 1);
});

test("stackFrames: a stack that does not start with the message still loses it; non-errors have none", () => {
  const error = new Error(`line one\n    at ${VALUE}`);
  error.stack = `Wrapped: line one\n    at ${VALUE}\n    at real (file.ts:1:2)`;
  assert.deepEqual(stackFrames(error), ["    at real (file.ts:1:2)"]);
  assert.deepEqual(stackFrames("a string"), []);
  assert.deepEqual(stackFrames({ stack: "    at x" }), []);
});
