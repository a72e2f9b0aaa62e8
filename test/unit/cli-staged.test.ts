// `secret-hygiene scan --staged`: what a commit would record, read from git's index, through the
// bundled CLI in a child process, in a throwaway repository.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { parseBatch, parseStagedRaw } from "../../src/cli/staged";

const cli = path.join(__dirname, "..", "..", "dist", "cli.js");
const scratch = mkdtempSync(path.join(tmpdir(), "shstaged-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

// A made-up token, assembled at run time.
const TOKEN = ["ghp", "Tq3Vw8Zr1Lm6Xc4Pb9Hs2Yd7Ja5Fe0Ug3KnB"].join("_");

function repository(name: string): string {
  const root = path.join(scratch, name);
  mkdirSync(root);
  git(root, "init", "-q");
  return root;
}

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "core.autocrlf=false", ...args], { cwd, stdio: "pipe" });
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("a secret staged and then edited away on disk is still found: the commit would hold it", () => {
  const root = repository("edited-away");
  writeFileSync(path.join(root, "app.ts"), `const token = "${TOKEN}";\n`);
  git(root, "add", "app.ts");
  writeFileSync(path.join(root, "app.ts"), "const token = process.env.GITHUB_TOKEN;\n");

  const staged = run(root, "scan", "--staged");
  assert.equal(staged.code, 1, staged.stderr);
  assert.match(staged.stdout, /^app\.ts\n {2}1:16 +secret {2}GitHub token: ghp_…\(40\) {2}github\/token/);
  assert.ok(!(staged.stdout + staged.stderr).includes(TOKEN), "the value is never printed");
  // The files on disk are clean: a hook that reads them would let the commit through.
  assert.equal(run(root, "scan", "app.ts").code, 0);
});

test("renamed files are scanned under their new name; deleted files, vendor folders and other paths are not", () => {
  const root = repository("renames");
  writeFileSync(path.join(root, "old.py"), `token = "${TOKEN}"\n`);
  writeFileSync(path.join(root, "gone.py"), `token = "${TOKEN}"\n`);
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "start");
  git(root, "mv", "old.py", "new.py");
  git(root, "rm", "-q", "gone.py");
  mkdirSync(path.join(root, "node_modules", "lib"), { recursive: true });
  writeFileSync(path.join(root, "node_modules", "lib", "index.js"), `module.exports = "${TOKEN}";\n`);
  mkdirSync(path.join(root, "vendor", "github.com", "acme"), { recursive: true });
  writeFileSync(path.join(root, "vendor", "github.com", "acme", "client.go"), `const token = "${TOKEN}"\n`);
  mkdirSync(path.join(root, "docs"));
  writeFileSync(path.join(root, "docs", "notes.md"), `token: ${TOKEN}\n`);
  git(root, "add", "-f", "node_modules/lib/index.js", "vendor/github.com/acme/client.go", "docs/notes.md");

  const all = run(root, "scan", "--staged", "--format", "json");
  assert.equal(all.code, 1, all.stderr);
  const report = JSON.parse(all.stdout) as { findings: { file: string }[]; skipped: { file: string; reason: string }[] };
  assert.deepEqual(report.findings.map((finding) => finding.file).sort(), ["docs/notes.md", "new.py"]);
  assert.deepEqual(report.skipped.map((entry) => entry.file).sort(), ["node_modules/lib/index.js", "vendor/github.com/acme/client.go"]);

  // Paths limit what is scanned: a folder's staged files.
  const limited = run(root, "scan", "--staged", "docs", "--format", "json");
  assert.deepEqual((JSON.parse(limited.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file), ["docs/notes.md"]);
});

test("named paths are file names, not patterns; a path git does not know is an error, one with nothing staged is listed", () => {
  const root = repository("named-paths");
  mkdirSync(path.join(root, "sub"));
  writeFileSync(path.join(root, "steady.py"), "retries = 3\n");
  writeFileSync(path.join(root, "doomed.py"), "retries = 4\n");
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "start");
  // A name git would read as pathspec magic (`:` starts it), as a hook framework passes it.
  writeFileSync(path.join(root, ":colon.js"), `const token = "${TOKEN}";\n`);
  git(root, "add", "--", "./:colon.js");
  git(root, "rm", "-q", "doomed.py");

  const colon = run(root, "scan", "--staged", ":colon.js", "--format", "json");
  assert.equal(colon.code, 1, colon.stderr);
  assert.deepEqual((JSON.parse(colon.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file), [":colon.js"]);

  // Absolute paths, as lint-staged passes them.
  const absolute = run(path.join(root, "sub"), "scan", "--staged", path.join(root, ":colon.js"), path.join(root, "steady.py"));
  assert.equal(absolute.code, 1, absolute.stderr);

  const typo = run(root, "scan", "--staged", "colon.js");
  assert.equal(typo.code, 2, "a path no file in the index has is not a clean run");
  assert.match(typo.stderr, /cannot read 'colon\.js': no file in git's index has this path/);
  assert.doesNotMatch(typo.stdout, /No secrets found/);

  // A tracked file with nothing staged, and a file the commit deletes (a hook may pass both), from a subfolder.
  const quiet = run(path.join(root, "sub"), "scan", "--staged", "../steady.py", "../doomed.py", "--format", "json");
  assert.equal(quiet.code, 0, quiet.stderr);
  assert.deepEqual((JSON.parse(quiet.stdout) as { skipped: { file: string; reason: string }[] }).skipped, [{ file: "steady.py", reason: "nothing staged for it", error: false }]);
});

test("during a merge with conflicts, an unmerged file is listed as skipped, not passed over in silence", () => {
  const root = repository("conflict");
  writeFileSync(path.join(root, "settings.py"), "retries = 1\n");
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "start");
  git(root, "checkout", "-q", "-b", "theirs");
  writeFileSync(path.join(root, "settings.py"), "retries = 2\n");
  git(root, "commit", "-q", "-am", "theirs");
  git(root, "checkout", "-q", "-");
  writeFileSync(path.join(root, "settings.py"), "retries = 3\n");
  git(root, "commit", "-q", "-am", "ours");
  // Stops at the conflict (exit 1): run without the helper, which throws on failure.
  spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "merge", "theirs"], { cwd: root, stdio: "pipe" });
  const result = run(root, "scan", "--staged", "--format", "json");
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual((JSON.parse(result.stdout) as { skipped: { file: string; reason: string }[] }).skipped.map((entry) => [entry.file, entry.reason]), [
    ["settings.py", "unmerged: resolve the conflict and stage the file, then scan again"],
  ]);
});

test("a symbolic link replaced by a file holding a secret is scanned, from a subfolder too, whatever diff.relative says", () => {
  const root = repository("type-change");
  mkdirSync(path.join(root, "sub"));
  writeFileSync(path.join(root, "target.txt"), "nothing here\n");
  symlinkSync("target.txt", path.join(root, "settings.env"));
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "start");
  rmSync(path.join(root, "settings.env"));
  writeFileSync(path.join(root, "settings.env"), `GITHUB_TOKEN=${TOKEN}\n`);
  git(root, "add", "settings.env");
  git(root, "config", "diff.relative", "true");

  for (const cwd of [root, path.join(root, "sub")]) {
    const staged = run(cwd, "scan", "--staged", "--format", "json");
    assert.equal(staged.code, 1, staged.stderr);
    const files = (JSON.parse(staged.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file);
    // (Paths are the top folder's, as the hook shows them, wherever the run starts.)
    assert.deepEqual(files, ["settings.env"]);
  }
});

test("from a subfolder, the top folder's configuration and baseline apply, and named paths are the subfolder's", () => {
  const root = repository("subfolder-policy");
  mkdirSync(path.join(root, "services", "api"), { recursive: true });
  writeFileSync(
    path.join(root, ".secrethygiene.json"),
    JSON.stringify({ customRules: [{ id: "custom/orders-key", pattern: "(?<value>ordk_[0-9a-f]{24})", keywords: ["ordk_"], kind: "secret" }] }),
  );
  writeFileSync(path.join(root, "services", "api", "settings.txt"), "key = ordk_9f3a1c7e5b2d4f608a1e3c5b\n");
  writeFileSync(path.join(root, "services", "other.txt"), "key = ordk_7c0e94b2d81f5a36e9c4b7d0\n");
  git(root, "add", ".");

  const sub = path.join(root, "services", "api");
  const all = run(sub, "scan", "--staged", "--format", "json");
  assert.equal(all.code, 1, all.stderr);
  const found = (JSON.parse(all.stdout) as { findings: { file: string; ruleId: string }[] }).findings.map((finding) => `${finding.file} ${finding.ruleId}`);
  assert.deepEqual(found.sort(), ["services/api/settings.txt custom/orders-key", "services/other.txt custom/orders-key"]);

  const named = run(sub, "scan", "--staged", "settings.txt", "--format", "json");
  assert.deepEqual((JSON.parse(named.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file), ["services/api/settings.txt"]);
});

test("from a subfolder that names the top's baseline, its entries match: fingerprints use the baseline's folder's paths, as a folder scan's do", () => {
  const root = repository("subfolder-named-baseline");
  const sub = path.join(root, "services", "api");
  mkdirSync(sub, { recursive: true });
  writeFileSync(path.join(sub, "app.py"), `token = "${TOKEN}"\n`);
  assert.equal(run(root, "scan", "--update-baseline").code, 0);
  git(root, "add", "services");
  const named = run(sub, "scan", "--staged", "--baseline", "../../.secrethygiene-baseline.json");
  assert.equal(named.code, 0, named.stdout);
});

test("from a subfolder with a configuration of its own, or through a link, the run stays right", () => {
  const root = repository("subfolder-own-policy");
  const pkg = path.join(root, "packages", "web");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(root, "top.txt"), `token = "${TOKEN}"\n`);
  writeFileSync(path.join(pkg, "app.py"), `token = "${TOKEN}"\n`);
  // The package's own (empty) configuration: its hook runs there, and its own settings apply.
  writeFileSync(path.join(pkg, ".secrethygiene.json"), "{}\n");
  git(root, "add", ".");
  const own = run(pkg, "scan", "--staged", "--format", "json");
  assert.equal(own.code, 1, own.stderr);
  assert.ok((JSON.parse(own.stdout) as { findings: { file: string }[] }).findings.some((finding) => finding.file === "app.py"), "paths stay the package's");

  // An absolute path through a link to the repository still names a staged file.
  const link = path.join(scratch, "subfolder-link");
  symlinkSync(root, link);
  rmSync(path.join(pkg, ".secrethygiene.json"));
  git(root, "add", "-A");
  const linked = run(path.join(link, "packages", "web"), "scan", "--staged", path.join(link, "packages", "web", "app.py"), "--format", "json");
  assert.equal(linked.code, 1, linked.stderr);
});

test("outside a git repository, or combined with --update-baseline, it is an error (exit 2)", () => {
  const plain = path.join(scratch, "not-a-repository");
  mkdirSync(plain);
  const outside = run(plain, "scan", "--staged");
  assert.equal(outside.code, 2);
  assert.match(outside.stderr, /cannot read the staged files: not a git repository/);
  const root = repository("usage");
  const combined = run(root, "scan", "--staged", "--update-baseline");
  assert.equal(combined.code, 2);
  assert.match(combined.stderr, /--staged .* cannot be combined with --update-baseline/);
});

test("the index's raw listing: new paths of renames, no submodules or symbolic links", () => {
  const blob = "a".repeat(40);
  const none = "0".repeat(40);
  const raw = [
    `:000000 100644 ${none} ${blob} A`, "src/new file.ts",
    `:100644 100644 ${blob} ${"b".repeat(40)} R087`, "old/name.ts", "new/name.ts",
    `:000000 160000 ${none} ${"c".repeat(40)} A`, "vendor/submodule",
    `:000000 120000 ${none} ${"d".repeat(40)} A`, "link-to-secrets",
    "",
  ].join("\0");
  assert.deepEqual(parseStagedRaw(raw), [
    { path: "src/new file.ts", blob },
    { path: "new/name.ts", blob: "b".repeat(40) },
  ]);
});

test("git cat-file --batch output splits into blobs by size, whatever bytes they hold", () => {
  const first = Buffer.from("line one\nline two\n");
  const second = Buffer.from([0, 10, 255, 10]);
  const output = Buffer.concat([
    Buffer.from(`${"1".repeat(40)} blob ${first.length}\n`), first, Buffer.from("\n"),
    Buffer.from(`${"2".repeat(40)} missing\n`),
    Buffer.from(`${"3".repeat(40)} blob ${second.length}\n`), second, Buffer.from("\n"),
  ]);
  const blobs = parseBatch(output);
  assert.deepEqual([...blobs.keys()], ["1".repeat(40), "3".repeat(40)]);
  assert.deepEqual(blobs.get("1".repeat(40)), first);
  assert.deepEqual(blobs.get("3".repeat(40)), second);
});

test("a folder scan reads files git tracks even where .gitignore matches them: every clone has them", () => {
  const root = repository("tracked-but-ignored");
  mkdirSync(path.join(root, "config"));
  writeFileSync(path.join(root, "config", "app.json"), `{ "token": "${TOKEN}" }\n`);
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "config");
  // The rule came later: git still tracks the file, and so does every clone.
  writeFileSync(path.join(root, ".gitignore"), "config/*.json\nbuild/\n");
  // An untracked file the rule leaves out stays out.
  mkdirSync(path.join(root, "build"));
  writeFileSync(path.join(root, "build", "out.js"), `const token = "${TOKEN}";\n`);
  const result = run(root, "scan", ".");
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stdout, /^config\/app\.json\n/m);
  assert.doesNotMatch(result.stdout, /build\/out\.js/);
  assert.ok(!(result.stdout + result.stderr).includes(TOKEN), "the value is never printed");
  // Outside a repository (or without git) the .gitignore rules apply as before.
  rmSync(path.join(root, ".git"), { recursive: true, force: true });
  assert.equal(run(root, "scan", ".").code, 0);
});

test("a folder scan from a subfolder applies the .gitignore files above it, and git's exclude file in a linked worktree", () => {
  const root = repository("gitignore-above");
  writeFileSync(path.join(root, ".gitignore"), "dist/\n");
  mkdirSync(path.join(root, "app", "dist"), { recursive: true });
  writeFileSync(path.join(root, "app", "main.ts"), "export const ok = 1;\n");
  writeFileSync(path.join(root, "app", "dist", "bundle.js"), `const token = "${TOKEN}";\n`);
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "start");
  // As git does: the root's dist/ rule leaves app/dist out, whichever folder the scan starts in.
  for (const [cwd, args] of [[root, ["app"]], [path.join(root, "app"), ["."]], [path.join(root, "app", "dist"), ["."]]] as const) {
    const result = run(cwd, "scan", "--format", "json", ...args);
    assert.equal(result.code, 0, `${cwd}: ${result.stdout}`);
  }
  // Started inside the ignored folder, the notice names the current folder as ".", not by a name
  // that would point below it (SARIF's location is relative to that folder).
  const inside = run(path.join(root, "app", "dist"), "scan", ".");
  assert.match(inside.stdout, /^skipped \.: left out by \.gitignore/m);
  const sarif = JSON.parse(run(path.join(root, "app", "dist"), "scan", ".", "--format", "sarif").stdout) as {
    runs: { invocations: { toolExecutionNotifications: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[];
  };
  assert.equal(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.locations[0]!.physicalLocation.artifactLocation.uri, ".");
  // A linked worktree's .git is a file: its exclude file is the main repository's.
  writeFileSync(path.join(root, ".git", "info", "exclude"), "notes.txt\n");
  const linked = path.join(scratch, "gitignore-above-linked");
  git(root, "worktree", "add", "-q", linked);
  writeFileSync(path.join(linked, "notes.txt"), `token = "${TOKEN}"\n`);
  const worktree = run(linked, "scan", ".");
  assert.equal(worktree.code, 0, worktree.stdout);
});

test("a folder scan in a repository git cannot read fails (exit 2) naming git's error: the files it tracks would go unscanned", { skip: process.platform === "win32" }, () => {
  const root = repository("git-fails");
  writeFileSync(path.join(root, "legacy.cfg"), `token = "${TOKEN}"\n`);
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "legacy");
  writeFileSync(path.join(root, ".gitignore"), "*.cfg\n");
  assert.equal(run(root, "scan", ".").code, 1, "with git, the tracked file is found");
  // No git on PATH (a node:alpine image), and a git that refuses the repository, as it does a
  // checkout owned by another user in a container job.
  const noGit = path.join(scratch, "no-git");
  const refusingGit = path.join(scratch, "refusing-git");
  mkdirSync(noGit);
  mkdirSync(refusingGit);
  writeFileSync(path.join(refusingGit, "git"), `#!/bin/sh\necho "fatal: detected dubious ownership in repository at '$PWD'" >&2\necho "To add an exception for this directory, call:" >&2\nexit 128\n`, { mode: 0o755 });
  for (const [bin, cause] of [[noGit, /git is not installed or not on PATH/], [refusingGit, /detected dubious ownership in repository at/]] as const) {
    const result = runWithPath(bin, root, "scan", ".");
    assert.equal(result.code, 2, `${bin}: ${result.stdout}`);
    assert.match(result.stderr, new RegExp(`^secret-hygiene: git cannot read the repository in '${root.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}' \\(${cause.source}.*\\), so the files it tracks that \\.gitignore matches cannot be told from the rest`, "m"));
    assert.match(result.stderr, /--no-gitignore/);
    // The advice fits the cause: installing git does not help a git that refuses the checkout.
    const [fits, doesNotFit] = bin === noGit ? [/install git/, /safe\.directory/] : [/safe\.directory/, /install git/];
    assert.match(result.stderr, fits);
    assert.doesNotMatch(result.stderr, doesNotFit);
    assert.doesNotMatch(result.stdout, /No secrets found/);
    // --no-gitignore asks git nothing, and reads every file.
    assert.equal(runWithPath(bin, root, "scan", ".", "--no-gitignore").code, 1);
  }
  // Outside a repository, no git is no matter: .gitignore alone decides.
  rmSync(path.join(root, ".git"), { recursive: true, force: true });
  assert.equal(runWithPath(noGit, root, "scan", ".").code, 0);
});

test("a repository git cannot read deep in a scanned folder is judged by the one around it and listed; only the scanned folder's own repository fails the run", () => {
  const root = repository("stray-git-file");
  // What a linked worktree leaves behind when its main repository moves, or a copied submodule folder.
  const stray = path.join(root, "app", "vendored");
  mkdirSync(stray, { recursive: true });
  writeFileSync(path.join(stray, ".git"), `gitdir: ${path.join(scratch, "nowhere", ".git", "worktrees", "vendored")}\n`);
  writeFileSync(path.join(stray, "settings.py"), `token = "${TOKEN}"\n`);
  writeFileSync(path.join(stray, "debug.log"), `token = "${TOKEN}"\n`);
  writeFileSync(path.join(root, ".gitignore"), "*.log\n");
  const result = run(root, "scan", ".", "--format", "json");
  assert.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout) as { findings: { file: string }[]; skipped: { file: string; reason: string; error: boolean }[] };
  assert.deepEqual(report.findings.map((finding) => finding.file), ["app/vendored/settings.py"], "the outer .gitignore leaves debug.log out");
  assert.deepEqual(report.skipped.map((skipped) => [skipped.file, skipped.error]), [["app/vendored", false]]);
  assert.match(report.skipped[0]!.reason, /^git cannot read the repository here \(.*nowhere.*\)/);
  // Named, the folder is in that repository: the run fails, and the advice is not about installing git.
  const named = run(root, "scan", "app/vendored");
  assert.equal(named.code, 2, named.stdout);
  assert.match(named.stderr, /git cannot read the repository in '.*vendored'/);
  assert.doesNotMatch(named.stderr, /install git|safe\.directory/);
});

test("a git directory, a folder inside one, and a bare repository have no work tree: scanned without git's rules, not a failed run", () => {
  const root = repository("git-directory");
  writeFileSync(path.join(root, "app.py"), "print('hello')\n");
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "first");
  // A credential in the remote's URL: what auditing .git/config is for.
  git(root, "remote", "add", "origin", `https://x-access-token:${TOKEN}@github.com/example/app.git`);
  git(root, "init", "-q", "--bare", "mirror.git");
  for (const [cwd, args, code] of [
    [root, [".git"], 1],
    [path.join(root, ".git"), [], 1],
    [root, [".git/hooks"], 0],
    [root, ["mirror.git"], 0],
  ] as const) {
    const result = run(cwd, "scan", ...args);
    assert.equal(result.code, code, `${cwd} ${args.join(" ")}: ${result.stderr}`);
    assert.doesNotMatch(result.stderr, /git cannot read/);
  }
});

function runWithPath(bin: string, cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, PATH: bin, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("a folder scan judges each path by its own repository, whichever folder it runs from", () => {
  // A CI job's layout: the checkout beside the tool's own repository, in a folder that is none.
  const workspace = path.join(scratch, "workspace");
  mkdirSync(workspace);
  const checkout = repository(path.join("workspace", "checkout"));
  const tool = repository(path.join("workspace", "tool"));
  writeFileSync(path.join(checkout, "legacy.cfg"), `token = "${TOKEN}"\n`);
  git(checkout, "add", ".");
  git(checkout, "commit", "-q", "-m", "legacy");
  // The rule came later: legacy.cfg is tracked all the same. build/ is left out, in the checkout only.
  writeFileSync(path.join(checkout, ".gitignore"), "*.cfg\nbuild/\n");
  mkdirSync(path.join(checkout, "build"));
  writeFileSync(path.join(checkout, "build", "out.js"), `const token = "${TOKEN}";\n`);
  const files = (cwd: string, ...args: string[]) => {
    const result = run(cwd, "scan", "--format", "json", ...args);
    assert.notEqual(result.code, 2, result.stderr);
    return (JSON.parse(result.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file);
  };
  assert.deepEqual(files(checkout, "."), ["legacy.cfg"], "from the checkout");
  assert.deepEqual(files(workspace, "checkout"), ["checkout/legacy.cfg"], "named from a folder in no repository");
  assert.deepEqual(files(tool, "../checkout"), ["../checkout/legacy.cfg"], "named from another repository");
  assert.deepEqual(files(workspace, "."), ["checkout/legacy.cfg"], "met inside a walked folder");
});
