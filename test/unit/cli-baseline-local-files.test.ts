// `scan --update-baseline` in a throwaway repository: a git-ignored, untracked secret file (a
// developer's .env.local) is reported by a scan but never recorded in the baseline, which is
// committed, and whose fingerprints anyone with the repository could test password guesses against.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";

const cli = path.join(__dirname, "..", "..", "dist", "cli.js");
const scratch = mkdtempSync(path.join(tmpdir(), "shlocal-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

// Made-up values, assembled at run time.
const TOKEN = ["ghp", "Wd4Rt8Ky2Nb6Jm1Qs5Xv9Lc3Hp7Fz0Ge2TaU"].join("_");
const PASSWORD = ["Qx7", "mLp2", "Vw9z", "Rk4!"].join("");

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", ...args], { cwd, stdio: "pipe" });
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  assert.ok(!(result.stdout + result.stderr).includes(PASSWORD), "the password is never printed");
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A repository that ignores `.env*`, with a committed app.ts holding a token and a local .env.local holding a password. */
function repository(name: string): string {
  const root = path.join(scratch, name);
  mkdirSync(root);
  git(root, "init", "-q");
  writeFileSync(path.join(root, ".gitignore"), ".env*\n");
  writeFileSync(path.join(root, "app.ts"), `export const token = "${TOKEN}";\n`);
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "start");
  writeFileSync(path.join(root, ".env.local"), `DB_PASSWORD=${PASSWORD}\n`);
  return root;
}

function baselineFiles(root: string): string[] {
  const baseline = JSON.parse(readFileSync(path.join(root, ".secrethygiene-baseline.json"), "utf8")) as { findings: { file: string }[] };
  return baseline.findings.map((entry) => entry.file);
}

test("a git-ignored, untracked .env.local is left out of the baseline, says so, and is still reported", () => {
  const root = repository("untracked");
  const update = run(root, "scan", "--update-baseline");
  assert.equal(update.code, 0, update.stderr);
  assert.equal(update.stdout, "Baseline .secrethygiene-baseline.json: recorded 1 finding in 1 file.\nNot recorded: 1 finding in .env.local (git-ignored, not committed).\n");
  assert.deepEqual(baselineFiles(root), ["app.ts"]);
  const scan = run(root, "scan", "--format", "json");
  assert.equal(scan.code, 1);
  assert.deepEqual(
    (JSON.parse(scan.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file),
    [".env.local"],
    "the committed token is baselined; the local password is reported",
  );
  // --no-gitignore reads what .gitignore leaves out, but the baseline is committed all the same.
  assert.deepEqual((run(root, "scan", "--update-baseline", "--no-gitignore"), baselineFiles(root)), ["app.ts"]);
});

test("a git-ignored file that git tracks all the same is in every clone: it is recorded", () => {
  const root = repository("tracked");
  git(root, "add", "-f", ".env.local");
  const update = run(root, "scan", "--update-baseline");
  assert.equal(update.code, 0, update.stderr);
  assert.equal(update.stdout, "Baseline .secrethygiene-baseline.json: recorded 2 findings in 2 files.\n");
  assert.deepEqual(baselineFiles(root).sort(), [".env.local", "app.ts"]);
  assert.equal(run(root, "scan").code, 0);
});

test("an entry an earlier release recorded for a local file is dropped on the next update", () => {
  const root = repository("earlier");
  git(root, "add", "-f", ".env.local");
  run(root, "scan", "--update-baseline");
  assert.ok(baselineFiles(root).includes(".env.local"));
  git(root, "rm", "-q", "--cached", ".env.local");
  run(root, "scan", "--update-baseline");
  assert.deepEqual(baselineFiles(root), ["app.ts"]);
});
