// The CLI's baseline update (src/cli/baseline-file.ts): what it keeps of the previous baseline.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { baselineReplacementRefusal, writeBaseline } from "../../src/cli/baseline-file";
import { baselineFilePath, baselineRoot } from "../../src/cli/baseline-root";
import type { ScanReport } from "../../src/cli/report";
import { createBaseline, parseBaseline } from "../../src/engine";

const scratch = mkdtempSync(path.join(tmpdir(), "shbaseline-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

test("a folder the run could not read keeps the entries of every file in it", async () => {
  const finding = (fingerprint: string) => ({ fingerprint, ruleId: "generic/named-secret" });
  const previous = parseBaseline(createBaseline([["locked/deep/a.py", [finding("a".repeat(32))]], ["locked-out.py", [finding("b".repeat(32))]], ["open.py", [finding("c".repeat(32))]]]));
  const report: ScanReport = {
    rootDirectory: scratch,
    files: [],
    skipped: [{ displayPath: "locked", reason: "permission denied", isError: true }],
    filesScanned: 2,
    baselined: 0,
    configNotices: [],
  };
  const update = await writeBaseline(scratch, "baseline.json", report, previous, ["."]);
  assert.equal(update.kept, 1);
  const files = parseBaseline(readFileSync(path.join(scratch, "baseline.json"), "utf8")).entries.map((entry) => entry.file);
  assert.deepEqual(files, ["locked/deep/a.py"], "a file named like the folder is not inside it");
});

test("--update-baseline replaces a damaged or older baseline, never another tool's JSON that has a 'version'", async () => {
  const file = (name: string, text: string) => {
    writeFileSync(path.join(scratch, name), text);
    return name;
  };
  const mayReplace = async (name: string) => (await baselineReplacementRefusal(scratch, name)) === undefined;
  // A manifest or detect-secrets' baseline named by mistake: their "version" is a string, not ours.
  assert.equal(await mayReplace(file("package.json", '{ "name": "app", "version": "1.2.3", "scripts": {} }')), false);
  assert.equal(await mayReplace(file(".secrets.baseline", '{ "version": "1.5.0", "plugins_used": [], "results": {} }')), false);
  // Nor one whose "version" is a number, as ours is: its other keys tell it apart.
  assert.equal(await baselineReplacementRefusal(scratch, file("vercel.json", '{\n  "version": 2,\n  "builds": [{ "src": "index.js", "use": "@vercel/node" }]\n}\n')), "a JSON object with keys a baseline does not have");
  assert.equal(await mayReplace(file("conflicted-vercel.json", '{\n<<<<<<< HEAD\n  "version": 2,\n  "builds": []\n')), false);
  // Ours, of another version or shape, or damaged by a merge conflict, may be written anew.
  assert.equal(await mayReplace(file("v2.json", '{ "version": 2, "findings": [] }')), true);
  assert.equal(await mayReplace(file("shape.json", '{ "version": 1, "findings": {} }')), true);
  assert.equal(await mayReplace(file("no-version.json", '{ "findings": [] }')), true);
  assert.equal(await mayReplace(file("annotated.json", '{ "version": 3, "generatedBy": "a later release", "findings": [] }')), true);
  assert.equal(await mayReplace(file("conflict.json", '{\n<<<<<<< HEAD\n  "version": 1,\n')), true);
  assert.equal(await mayReplace(file("conflict-in-findings.json", '{\n  "version": 1,\n  "findings": [\n<<<<<<< HEAD\n    { "fingerprint": "0123", "ruleId": "github/token", "file": "a:b.py" },\n')), true);
  assert.equal(await mayReplace(file("empty.json", "")), true);
  assert.equal(await mayReplace("missing.json"), true);
  // JSON that does not parse but is no baseline: a tsconfig with comments, a file cut short.
  assert.equal(await mayReplace(file("tsconfig.json", '{\n  // strict for new code\n  "compilerOptions": {}\n}\n')), false);
  assert.equal(await mayReplace(file("truncated.json", '{ "name": "x" ')), false);
  assert.equal(await mayReplace(file("list.json", "[]")), false);
});

test("a baseline's paths are its folder's only when that folder holds the current one; otherwise the current folder's, as before", () => {
  const top = path.join(scratch, "repo");
  const sub = path.join(top, "services", "api");
  assert.equal(baselineRoot(top, ".secrethygiene-baseline.json"), top, "the default: the current folder, paths unchanged");
  assert.equal(baselineRoot(top, "ci/accepted.json"), top, "the configuration's baseline lies in a folder below");
  assert.equal(baselineRoot(sub, "../../.secrethygiene-baseline.json"), top);
  assert.equal(baselineRoot(sub, path.join(top, "b.json")), top, "an absolute path too");
  assert.equal(baselineRoot(sub, "../../other/b.json"), sub, "a folder beside: no root to tell");
  assert.equal(baselineRoot(path.join(top, "..data"), "../b.json"), top, "a subfolder whose name starts with two dots is below all the same");
  assert.equal(baselineFilePath(top, top, "src/app.ts"), "src/app.ts");
  assert.equal(baselineFilePath(top, sub, "app.py"), "services/api/app.py");
  assert.equal(baselineFilePath(top, sub, "../web/app.py"), "services/web/app.py");
});

test("a baseline above the current folder written from it by an earlier release keeps the current folder's paths", () => {
  const top = mkdtempSync(path.join(scratch, "upgrade-"));
  const app = path.join(top, "app");
  mkdirSync(app);
  writeFileSync(path.join(app, "settings.py"), "RETRIES = 3\n");
  // Written from app/ before paths were the baseline's folder's: `settings.py`, found from app/ only.
  assert.equal(baselineRoot(app, "../b.json", ["settings.py"]), app);
  // Written from the top, or by this release from app/: `app/settings.py`.
  assert.equal(baselineRoot(app, "../b.json", ["app/settings.py"]), top);
  assert.equal(baselineRoot(app, "../b.json", []), top, "an empty baseline: the baseline's folder");
  assert.equal(baselineRoot(app, "../b.json", ["gone.py"]), top, "files found nowhere say nothing");
});
