// The diagnostics controller's bookkeeping, outside VS Code: a stand-in `vscode` (see
// diagnostics-vscode-stub.ts) gives it collections, settings and files, and the engine is the real
// one. What is pinned here: which entries a path clears, and how the size budget is measured.
import { fake, Uri, type FakeDiagnosticCollection } from "./diagnostics-vscode-stub";
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { DIAGNOSTIC_COLLECTION, IGNORE_COMMENT_DIAGNOSTIC_COLLECTION, SettingKey } from "../../src/extension/contributions";
import { DiagnosticsController } from "../../src/extension/diagnostics-controller";
import { scanFileBytes } from "../../src/extension/scan-file-bytes";
import { WORKER_STOPPED, type ScanWorkerPool } from "../../src/extension/scan-worker-pool";
import type { WorkspacePolicies } from "../../src/extension/workspace-policies";

const quiet = { info() {}, debug() {}, warn() {}, error() {} };
const notCancelled = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };

function controller(relativePath: string): DiagnosticsController {
  const policy = { options: {}, ignorePaths: { matches: () => false }, baselinePath: ".secrethygiene-baseline.json", baseline: undefined };
  const policies = { forUri: () => Promise.resolve({ folder: { uri: Uri.parse("file:///repo"), name: "repo", index: 0 }, policy, relativePath }) };
  // Scanned in-process, as the pool does when its worker cannot start.
  const workers = { scan: (bytes: Uint8Array, filePath: string, options: undefined) => Promise.resolve(scanFileBytes(bytes, filePath, options)) };
  return new DiagnosticsController(quiet as never, policies as unknown as WorkspacePolicies, workers as unknown as ScanWorkerPool);
}

const collection = (name: string): FakeDiagnosticCollection => fake.collections.get(name)!;

afterEach(() => {
  fake.settings.clear();
  fake.textDocuments.length = 0;
  fake.notebookDocuments.length = 0;
  fake.files.clear();
});

test("a notebook the workspace scan listed, once opened, loses its file's ignore-comment warnings with its findings (its cells have their own)", async () => {
  const uri = Uri.parse("file:///repo/analysis.ipynb");
  const cell = { cell_type: "code", source: ["# secret-hygiene-ignore-next-line github/tokn\n", "print(1)\n"] };
  fake.files.set(uri.toString(), new TextEncoder().encode(JSON.stringify({ cells: [cell], metadata: {}, nbformat: 4, nbformat_minor: 5 })));
  const diagnostics = controller("analysis.ipynb");
  await diagnostics.scanFileOnDisk(uri as never, notCancelled);
  assert.equal(collection(IGNORE_COMMENT_DIAGNOSTIC_COLLECTION).get(uri)?.length, 1, "the workspace scan warned about the unknown rule id");

  fake.notebookDocuments.push({ uri });
  await diagnostics.scanFileOnDisk(uri as never); // what opening the notebook does
  assert.equal(collection(IGNORE_COMMENT_DIAGNOSTIC_COLLECTION).get(uri), undefined);
  assert.equal(collection(DIAGNOSTIC_COLLECTION).get(uri), undefined);
  assert.equal(diagnostics.stateOf(uri as never), undefined);
});

function openDocument(uri: Uri, text: string) {
  const document = { uri, getText: () => text, version: 1, isClosed: false, isUntitled: false, languageId: "markdown" };
  fake.textDocuments.push(document);
  return document;
}

test("an open document is held to the size budget in UTF-8 bytes, as the same file closed is on disk", async () => {
  fake.settings.set(SettingKey.maxFileSizeKB, 1);
  const diagnostics = controller("notes.md");
  // 500 characters, 1,500 bytes: over a 1 KB budget open as on disk.
  const wide = Uri.parse("file:///repo/wide.md");
  await diagnostics.scanDocument(openDocument(wide, "密".repeat(500)) as never);
  assert.deepEqual(diagnostics.stateOf(wide as never), { kind: "skipped", reason: "larger than the size budget (2 KB > 1 KB)", category: "size" });
  // Exactly 1,024 bytes in 512 characters: within it.
  const accented = Uri.parse("file:///repo/accented.md");
  await diagnostics.scanDocument(openDocument(accented, "é".repeat(512)) as never);
  assert.deepEqual(diagnostics.stateOf(accented as never), { kind: "scanned", count: 0 });
  // ASCII: characters and bytes agree.
  const ascii = Uri.parse("file:///repo/ascii.md");
  await diagnostics.scanDocument(openDocument(ascii, "a".repeat(1025)) as never);
  assert.equal(diagnostics.stateOf(ascii as never)?.kind, "skipped");
});

test("scanning on open and save only: an edit that lands while the open scan looks up the policy does not lose the scan", async () => {
  fake.settings.set(SettingKey.scanOnType, false);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const policy = { options: {}, ignorePaths: { matches: () => false }, baselinePath: ".secrethygiene-baseline.json", baseline: undefined };
  const policies = {
    forUri: async () => {
      await gate;
      return { folder: { uri: Uri.parse("file:///repo"), name: "repo", index: 0 }, policy, relativePath: ".env" };
    },
  };
  const diagnostics = new DiagnosticsController(quiet as never, policies as unknown as WorkspacePolicies, {} as unknown as ScanWorkerPool);
  const uri = Uri.parse("file:///repo/.env");
  // Made up at run time.
  const document = { uri, getText: () => `DB_PASSWORD=${["Wq7!rZ2m", "Lp9xT"].join("@")}\n`, version: 1, isClosed: false, isUntitled: false, languageId: "dotenv" };
  fake.textDocuments.push(document);
  const scanning = diagnostics.scanDocument(document as never, true);
  document.version = 2; // a keystroke while the policy files are compared
  release();
  await scanning;
  assert.equal(collection(DIAGNOSTIC_COLLECTION).get(uri)?.length, 1);
});

/** A controller whose scan worker stops on every document scan, as one that ran out of memory does. */
function controllerWithStoppingWorker(relativePath: string, documentScans: string[]): DiagnosticsController {
  const policy = { options: {}, ignorePaths: { matches: () => false }, baselinePath: ".secrethygiene-baseline.json", baseline: undefined };
  const policies = { forUri: () => Promise.resolve({ folder: { uri: Uri.parse("file:///repo"), name: "repo", index: 0 }, policy, relativePath }) };
  const workers = {
    scanDocument: (key: string) => {
      documentScans.push(key);
      return Promise.reject(new Error(`${WORKER_STOPPED}: exit code 1`));
    },
  };
  return new DiagnosticsController(quiet as never, policies as unknown as WorkspacePolicies, workers as unknown as ScanWorkerPool);
}

test("a command's scan of a large document goes to the worker; one that stops it is skipped, not scanned again on this thread", async () => {
  const uri = Uri.parse("file:///repo/settings.env");
  // Made up at run time; past the size that sends a document to the worker (256 KB).
  const secretLine = `DB_PASSWORD=${["Hv4$kQ9t", "Zm2wR"].join("%")}\n`;
  const document = { uri, getText: () => `${"LOG_LEVEL=info\n".repeat(20_000)}${secretLine}`, version: 1, isClosed: false, isUntitled: false, languageId: "dotenv" };
  fake.textDocuments.push(document);
  const documentScans: string[] = [];
  const diagnostics = controllerWithStoppingWorker("settings.env", documentScans);
  assert.equal(await diagnostics.findingsFor(document as never), undefined);
  assert.deepEqual(documentScans, [uri.toString()], "sent to the worker");
  const state = diagnostics.stateOf(uri as never);
  assert.equal(state?.kind === "skipped" && state.category, "size");
  assert.match(state?.kind === "skipped" ? state.reason : "", /stopped the scan worker/);
  // The next command does not send it to another worker.
  assert.equal(await diagnostics.findingsFor(document as never), undefined);
  assert.equal(documentScans.length, 1);
});
