// A single move's edit (src/extension/moves/planned-document.ts) when its document is closed during
// the move: a tab closed with the file as it was is still edited; a file renamed or changed is not,
// and the message says which happened. The stand-in `vscode` is planned-document-vscode-stub.ts.
import { fake, fakeDocument, type FakeDocument } from "./planned-document-vscode-stub";
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import type * as vscode from "vscode";
import { MoveStopped } from "../../src/extension/moves/move-stopped";
import { applyOrUndo, type PlannedOn } from "../../src/extension/moves/planned-document";

const URI = "file:///repo/src/db.ts";
const TEXT = 'export const dbPassword = "planned-document-test-value";\n';
const EDITS = [{ start: 26, end: 55, newText: "process.env.DB_PASSWORD" }];
const log = { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as vscode.LogOutputChannel;

/** A move's plan on the open document, and an undo that records it ran. */
function plannedMove(): { planned: PlannedOn; document: FakeDocument; undone: string[]; undos: (() => Promise<string>)[] } {
  const document = fakeDocument(URI, TEXT, 3);
  fake.textDocuments.push(document);
  const undone: string[] = [];
  const undos = [() => (undone.push("secret"), Promise.resolve(" The new secret 'db-password' was deleted again."))];
  return { planned: { document: document as unknown as vscode.TextDocument, version: 3, text: TEXT }, document, undone, undos };
}

async function failureOf(promise: Promise<unknown>): Promise<MoveStopped> {
  const failure = await promise.then(
    () => assert.fail("the edit must not be applied"),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof MoveStopped, `a MoveStopped (got ${failure instanceof Error ? failure.name : typeof failure})`);
  return failure;
}

beforeEach(() => {
  fake.textDocuments.length = 0;
  fake.files.clear();
  fake.applied.length = 0;
});

test("a tab closed during the move, the file as it was: the file opened again is edited and saved, and nothing is taken back", async () => {
  const { planned, document, undone, undos } = plannedMove();
  document.isClosed = true;
  fake.files.set(URI, TEXT);
  await applyOrUndo(planned, EDITS, undos, log);
  assert.deepEqual(fake.applied, [{ uri: URI, ...EDITS[0]! }]);
  assert.deepEqual(undone, [], "the secret the file now reads stays");
  const reopened = fake.textDocuments.find((open) => !open.isClosed);
  assert.equal(reopened?.saved, true, "no editor is left to save it from: saved, so the value leaves the disk");
});

test("a file renamed (or deleted) during the move: not edited, what was stored is taken back, and the message says the file was closed or renamed", async () => {
  const { planned, document, undone, undos } = plannedMove();
  document.isClosed = true;
  const failure = await failureOf(applyOrUndo(planned, EDITS, undos, log));
  assert.equal(failure.message, "The file was closed or renamed during the move, so it was not edited. The new secret 'db-password' was deleted again.");
  assert.deepEqual([fake.applied, undone], [[], ["secret"]]);
});

test("a document closed during the move whose file now holds other text: not edited, and the message says so", async () => {
  const { planned, document, undone, undos } = plannedMove();
  document.isClosed = true;
  fake.files.set(URI, `// pulled meanwhile\n${TEXT}`);
  const failure = await failureOf(applyOrUndo(planned, EDITS, undos, log));
  assert.match(failure.message, /^The file was closed during the move and its text changed meanwhile, so it was not edited\. /);
  assert.deepEqual([fake.applied, undone], [[], ["secret"]]);
});

test("an open document edited during the move: not edited, and the message says the file changed", async () => {
  const { planned, undone, undos } = plannedMove();
  const failure = await failureOf(applyOrUndo({ ...planned, version: 2 }, EDITS, undos, log));
  assert.match(failure.message, /^The file changed while the value was being stored\. The file is unchanged\. /);
  assert.deepEqual([fake.applied, undone], [[], ["secret"]]);
});

test("an open document as planned: edited, and not saved (the user saves it from the editor)", async () => {
  const { planned, document, undone, undos } = plannedMove();
  await applyOrUndo(planned, EDITS, undos, log);
  assert.deepEqual([fake.applied.length, undone, document.saved], [1, [], false]);
});
