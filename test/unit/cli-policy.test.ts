// The CLI with a repository's own policy: .secrethygiene.json, .secretlintrc.json allows, nested
// .gitignore files (but .env always scanned), inline ignores, config findings on request, and the
// baseline flags. Runs the bundled dist/cli.js on a copy of test/fixtures/cli-project.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, beforeEach, test } from "node:test";

const projectRoot = path.join(__dirname, "..", "..");
const cli = path.join(projectRoot, "dist", "cli.js");
const fixture = path.join(projectRoot, "test", "fixtures", "cli-project");
const scratch = mkdtempSync(path.join(tmpdir(), "shpolicy-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh copy of the fixture repository, with its `_gitignore` files named `.gitignore`. */
let repo = "";
beforeEach(() => {
  repo = mkdtempSync(path.join(scratch, "repo-"));
  cpSync(fixture, repo, { recursive: true });
  const rename = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) rename(full);
      else if (name === "_gitignore") renameSync(full, path.join(dir, ".gitignore"));
    }
  };
  rename(repo);
});

function run(args: string[], cwd = repo) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  assertNoFixtureSecrets(result.stdout + result.stderr);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `file ruleId` for each finding of a JSON report. */
interface JsonReport {
  summary: { baselined: number; filesScanned: number };
  findings: { file: string; ruleId: string; start: { line: number } }[];
}

function reported(args: string[]): { code: number | null; findings: string[]; report: JsonReport } {
  const result = run(["scan", "--format", "json", ...args]);
  const report = JSON.parse(result.stdout) as JsonReport;
  return { code: result.code, findings: report.findings.map((f) => `${f.file} ${f.ruleId}`), report };
}

/** Every made-up token in the fixture, found by its shape: none may reach any output. */
function assertNoFixtureSecrets(output: string): void {
  const tokens = new Set<string>();
  const collect = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) collect(full);
      else for (const match of readFileSync(full, "utf8").matchAll(/ghp_[A-Za-z0-9]{36}|acme_live_[0-9a-f]{24}/g)) tokens.add(match[0]);
    }
  };
  collect(fixture);
  for (const token of tokens) assert.ok(!output.includes(token) && !output.includes(token.slice(4, 20)), `output leaks a fixture value (${token.length} chars)`);
}

const DEFAULT_FINDINGS = [".env github/token", "deploy/.env.production github/token", "src/app.ts github/token", "src/app.ts custom/acme-key"];

test("the repository's policy applies: custom rule, allows from both files, inline ignore, .gitignore but not for .env", () => {
  const { code, findings } = reported([]);
  assert.equal(code, 1);
  // Not reported: the allowed tokens (.secrethygiene.json and .secretlintrc.json), the inline-ignored
  // one, git-ignored files (*.local.ts, deploy/, nested notes.txt), ignorePaths (vendor-copy/), and the
  // config finding. Reported: .env files even where git ignores them.
  assert.deepEqual(findings, DEFAULT_FINDINGS);
});

test(".secretlintrc.json is read as secretlint reads it (JSON5); one it cannot read either is a warning that does not fail the run", () => {
  const secretlintrc = path.join(repo, ".secretlintrc.json");
  // The fixture's file as JSON5: its allow still applies.
  writeFileSync(secretlintrc, "{ // JSON5\n  rules: [ { id: '@secretlint/secretlint-rule-preset-recommend',\n    rules: [ { id: '@secretlint/secretlint-rule-github', options: { allows: ['/^ghp_DKw3OaWDyy/'], }, }, ], }, ], }\n");
  const json5 = run(["scan", "--format", "json"]);
  assert.equal(json5.stderr, "");
  assert.deepEqual((JSON.parse(json5.stdout) as JsonReport).findings.map((f) => `${f.file} ${f.ruleId}`), DEFAULT_FINDINGS);

  writeFileSync(secretlintrc, "{ rules: [ { id: 'x' oops } ] }\n");
  rmSync(path.join(repo, ".env"));
  rmSync(path.join(repo, "deploy", ".env.production"));
  writeFileSync(path.join(repo, "src", "app.ts"), "export const retries = 3;\n");
  const unreadable = run(["scan"]);
  assert.equal(unreadable.code, 0, "clean, whatever another tool's file holds");
  assert.match(unreadable.stderr, /^\.secretlintrc\.json:1:\d+: warning: not valid JSON5, as secretlint reads it \(invalid character 'o'\): its allows do not apply$/m);
});

test("--include-config also reports configuration values", () => {
  const { findings } = reported(["--include-config"]);
  assert.deepEqual(findings, [...DEFAULT_FINDINGS.slice(0, 1), "config/app.yaml custom/internal-host", ...DEFAULT_FINDINGS.slice(1)]);
});

test("--no-gitignore scans what .gitignore files leave out, but ignorePaths still applies", () => {
  const { findings } = reported(["--no-gitignore"]);
  assert.deepEqual(findings, [
    ".env github/token",
    "deploy/.env.production github/token",
    "deploy/out.js github/token",
    "nested/notes.txt github/token",
    "src/app.ts github/token",
    "src/app.ts custom/acme-key",
    "src/notes.local.ts github/token",
  ]);
});

test("a file named on the command line: .gitignore does not apply, ignorePaths does (pre-commit hooks)", () => {
  assert.deepEqual(reported(["src/notes.local.ts"]).findings, ["src/notes.local.ts github/token"]);
  const result = run(["scan", "vendor-copy/lib.ts"]);
  assert.equal(result.code, 0);
  assert.match(result.stdout, /skipped vendor-copy\/lib\.ts: excluded by ignorePaths in the configuration/);
});

test("a folder named on the command line that .gitignore leaves out: its secret files (.env…) only, and a notice says why", () => {
  const { findings } = reported(["deploy"]);
  assert.deepEqual(findings, ["deploy/.env.production github/token"]);
  const result = run(["scan", "deploy"]);
  assert.match(result.stdout, /skipped deploy: left out by \.gitignore: only its secret files \(\.env, local\.settings\.json, \*\.tfvars…\) and the files git tracks were scanned \(--no-gitignore scans everything\)/);
  assert.deepEqual(reported(["deploy", "--no-gitignore"]).findings, ["deploy/.env.production github/token", "deploy/out.js github/token"]);
});

test("problems in the configuration go to stderr with their position; the rest of the file applies, and the run fails", () => {
  const result = run(["scan", "--config", "broken-config.json"]);
  // The report is out, and the run ends with 2: a clean run on a configuration that does not say
  // what its author meant would mean nothing.
  assert.equal(result.code, 2);
  assert.match(result.stdout, /finding/);
  assert.match(result.stderr, /'broken-config\.json' has errors \(see above\)/);
  assert.match(result.stderr, /^broken-config\.json:2:3: error: alow: unknown key/m);
  assert.match(result.stderr, /^broken-config\.json:3:13: error: allow\[0\]: the pattern repeats '\(a\+\)'/m);
  assert.doesNotMatch(result.stdout, /vendor-copy/, "ignorePaths from the same file still applies");

  const sarif = JSON.parse(run(["scan", "--config", "broken-config.json", "--format", "sarif"]).stdout);
  const notifications = sarif.runs[0].invocations[0].toolConfigurationNotifications;
  const lines = notifications.map((n: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => n.locations[0]?.physicalLocation.region.startLine);
  assert.deepEqual(lines, [2, 3]);
  assert.equal(JSON.parse(run(["scan", "--config", "broken-config.json", "-f", "json"]).stdout).configProblems.length, 2);
});

test("--config in another folder: its ignorePaths and baseline are relative to the current folder, the scan's root", () => {
  mkdirSync(path.join(repo, "ci"));
  writeFileSync(path.join(repo, "ci", "empty.json"), "{}");
  writeFileSync(path.join(repo, "ci", "policy.json"), JSON.stringify({ ignorePaths: ["vendor-copy/"], baseline: "ci/accepted.json" }));
  assert.ok(reported(["--config", "ci/empty.json"]).findings.some((finding) => finding.startsWith("vendor-copy/")), "the fixture has a finding there");
  assert.ok(!reported(["--config", "ci/policy.json"]).findings.some((finding) => finding.startsWith("vendor-copy/")));
  assert.equal(run(["scan", "--config", "ci/policy.json", "--update-baseline"]).code, 0);
  assert.ok(statSync(path.join(repo, "ci", "accepted.json")).isFile(), "written where the root-relative path points");
  assert.deepEqual(reported(["--config", "ci/policy.json"]).findings, []);
});

test("--config naming a missing file is an error", () => {
  const result = run(["scan", "--config", "nope.json"]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /cannot read 'nope\.json': no such file/);
});

test("baseline round trip: update, rescan clean, only a new secret reported, same bytes every time", () => {
  const update = run(["scan", "--update-baseline"]);
  assert.equal(update.code, 0, update.stderr);
  // Config findings are recorded too, so the baseline also holds with --include-config and in the editor.
  assert.equal(update.stdout, "Baseline .secrethygiene-baseline.json: recorded 5 findings in 4 files.\n");
  const baselineFile = path.join(repo, ".secrethygiene-baseline.json");
  const first = readFileSync(baselineFile, "utf8");
  const entries = JSON.parse(first).findings;
  assert.deepEqual(
    entries.map((e: { file: string; ruleId: string }) => `${e.file} ${e.ruleId}`).sort(),
    [...DEFAULT_FINDINGS, "config/app.yaml custom/internal-host"].sort(),
  );
  assertNoFixtureSecrets(first);

  const clean = run(["scan"]);
  assert.equal(clean.code, 0);
  assert.match(clean.stdout, /^No secrets found \(11 files scanned, 4 baselined findings not shown\)\.$/m);
  assert.equal(run(["scan", "--include-config"]).code, 0);
  assert.equal(reported([]).report.summary.baselined, 4);

  run(["scan", "--update-baseline"]);
  assert.equal(readFileSync(baselineFile, "utf8"), first, "updating again writes the same bytes");

  // A new secret, and the old ones moved down two lines: only the new one is reported.
  const app = path.join(repo, "src", "app.ts");
  const newToken = ["ghp", "bQTh4DPcT850bhhhpwdmnu4LEqCI9jsl6OUm"].join("_");
  writeFileSync(app, `// moved\n\n${readFileSync(app, "utf8")}export const added = "${newToken}";\n`);
  const after = reported([]);
  assert.equal(after.code, 1);
  assert.deepEqual(after.findings, ["src/app.ts github/token"]);
  assert.equal(after.report.findings[0]?.start.line, 10);
  assert.equal(reported(["--no-baseline"]).findings.length, 5);
});

test("updating the baseline for some paths keeps the entries of the others", () => {
  run(["scan", "--update-baseline"]);
  const app = path.join(repo, "src", "app.ts");
  appendFileSync(app, `export const added = "${["ghp", "bXzY3eXwYD9bG56ToaA2iiI4QQHGJIyU65YK"].join("_")}";\n`);
  const update = run(["scan", "src/app.ts", "--update-baseline"]);
  assert.equal(update.stdout, "Baseline .secrethygiene-baseline.json: recorded 3 findings in 1 file. Kept 3 entries for paths this run did not scan.\n");
  assert.equal(run(["scan", "--include-config"]).code, 0);
});

test("--baseline names another file; a missing or malformed one is an error that says why", () => {
  assert.equal(run(["scan", "--update-baseline", "--baseline", "security/accepted.json"]).code, 0);
  assert.equal(run(["scan", "--baseline", "security/accepted.json"]).code, 0);
  assert.equal(run(["scan"]).code, 1, "the default baseline does not exist");

  const missing = run(["scan", "--baseline", "missing.json"]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read the baseline 'missing\.json': no such file/);

  writeFileSync(path.join(repo, "broken.json"), '{"version": 1, "findings": [{"ruleId": "github/token"}]}');
  const broken = run(["scan", "--baseline", "broken.json"]);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /cannot use the baseline 'broken\.json': findings\[0\]: 'fingerprint' must be 32 lower-case hex digits\. Fix it, or write it anew with --update-baseline \(which replaces only an empty or damaged baseline: remove any other file first\)/);

  const usage = run(["scan", "--no-baseline", "--update-baseline"]);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /--no-baseline cannot be combined/);

  // A report file would be left unwritten: said, not silently ignored.
  const withOutput = run(["scan", "--update-baseline", "--output", "report.json"]);
  assert.equal(withOutput.code, 2);
  assert.match(withOutput.stderr, /--update-baseline writes the baseline, not a report: it cannot be combined with --output/);
  assert.equal(existsSync(path.join(repo, "report.json")), false);
});

test("a file that is not a baseline is neither quoted in the error nor replaced by --update-baseline", () => {
  // A .env named as the baseline by mistake: JSON.parse's own message would quote its first characters.
  const dotenv = path.join(repo, "pasted.env");
  const secretLine = `GITHUB_TOKEN=${["ghp", "Xc4Pb9Hs2Yd7Ja5Fe0Ug3KnBTq3Vw8Zr1Lm6"].join("_")}\n`;
  writeFileSync(dotenv, secretLine);
  const read = run(["scan", "--baseline", "pasted.env"]);
  assert.equal(read.code, 2);
  assert.match(read.stderr, /cannot use the baseline 'pasted\.env': not valid JSON \(.* at line 1, column 1\)/);
  assert.ok(!read.stderr.includes("GITHUB"), "no part of the file is quoted");
  const update = run(["scan", "--baseline", "pasted.env", "--update-baseline"]);
  assert.equal(update.code, 2);
  assert.match(update.stderr, /'pasted\.env' is not a baseline .* left as it is/);
  assert.equal(readFileSync(dotenv, "utf8"), secretLine);
  // Another tool's JSON whose "version" is a number, as ours is: its other keys say it is not ours.
  const vercel = path.join(repo, "vercel.json");
  const vercelText = '{\n  "version": 2,\n  "builds": [{ "src": "index.js", "use": "@vercel/node" }]\n}\n';
  writeFileSync(vercel, vercelText);
  const overVercel = run(["scan", "--baseline", "vercel.json", "--update-baseline"]);
  assert.equal(overVercel.code, 2);
  assert.match(overVercel.stderr, /'vercel\.json' is not a baseline \(a JSON object with keys a baseline does not have\), so it is left as it is/);
  assert.equal(readFileSync(vercel, "utf8"), vercelText);
  rmSync(vercel);
  // The configuration named as the baseline: never replaced, whatever it holds.
  const config = readFileSync(path.join(repo, ".secrethygiene.json"), "utf8");
  const overConfig = run(["scan", "--baseline", ".secrethygiene.json", "--update-baseline"]);
  assert.equal(overConfig.code, 2);
  assert.match(overConfig.stderr, /'\.secrethygiene\.json' is the configuration, not a baseline/);
  assert.equal(readFileSync(path.join(repo, ".secrethygiene.json"), "utf8"), config);

  // A damaged baseline (a merge conflict's markers inside) is written anew, though the run left
  // out a binary file: files skipped on purpose have no entries to lose.
  writeFileSync(path.join(repo, "damaged.json"), '{\n<<<<<<< HEAD\n  "version": 1,\n');
  writeFileSync(path.join(repo, "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00]));
  try {
    const rebuilt = run(["scan", "--baseline", "damaged.json", "--update-baseline"]);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.equal(run(["scan", "--baseline", "damaged.json"]).code, 0);
  } finally {
    rmSync(path.join(repo, "logo.png"));
  }
});

test("a baseline saved with a byte-order mark is read; a damaged one is not rebuilt from a run on some paths", () => {
  assert.equal(run(["scan", "--update-baseline"]).code, 0);
  const baselineFile = path.join(repo, ".secrethygiene-baseline.json");
  const written = readFileSync(baselineFile, "utf8");
  writeFileSync(baselineFile, `\uFEFF${written}`);
  assert.equal(run(["scan"]).code, 0, "the mark is not a stray character");

  // Damaged (a merge conflict's markers): a run on one folder must not throw away the other folders' entries.
  const damaged = written.replace(/\n/, "\n<<<<<<< HEAD\n");
  writeFileSync(baselineFile, damaged);
  const [folder] = readdirSync(repo).filter((name) => !name.startsWith(".") && statSync(path.join(repo, name)).isDirectory());
  const partial = run(["scan", folder!, "--update-baseline"]);
  assert.equal(partial.code, 2);
  assert.match(partial.stderr, /did not scan everything, so writing it anew would drop the other entries/);
  assert.equal(readFileSync(baselineFile, "utf8"), damaged, "left as it was");
});

test("a baseline named above the current folder reads paths from its own folder: a run from a subfolder matches it, and updates only that folder's entries", () => {
  const pkg = path.join(repo, "pkg");
  mkdirSync(pkg);
  writeFileSync(path.join(pkg, "settings.py"), `GITHUB_TOKEN = "${["ghp", "Nw7Tq2Lx9Vb4Kd8Hs3Jf6Pz1Rc5Ym0Ge2Ua7"].join("_")}"\n`);
  assert.equal(run(["scan", "--update-baseline"]).code, 0);
  const baselineFile = path.join(repo, ".secrethygiene-baseline.json");
  const files = () => (JSON.parse(readFileSync(baselineFile, "utf8")) as { findings: { file: string }[] }).findings.map((entry) => entry.file);
  const fromTop = files();
  assert.ok(fromTop.includes("pkg/settings.py"));

  const rootBaseline = ["--baseline", "../.secrethygiene-baseline.json"];
  const plain = run(["scan", ...rootBaseline], pkg);
  assert.equal(plain.code, 0, `the top's entries cover the subfolder's finding: ${plain.stdout}`);

  appendFileSync(path.join(pkg, "settings.py"), `DEPLOY_TOKEN = "${["ghp", "Bq5Wm8Xe3Rt6Yu1Io4Pa7Sd0Fg9Hj2Kl5Zx8"].join("_")}"\n`);
  const update = run(["scan", "--update-baseline", ...rootBaseline], pkg);
  assert.equal(update.code, 0, update.stderr);
  assert.equal(update.stdout, `Baseline ../.secrethygiene-baseline.json: recorded 2 findings in 1 file. Kept ${fromTop.length - 1} entries for paths this run did not scan.\n`);
  assert.deepEqual(files(), [...fromTop, "pkg/settings.py"].sort(), "the other files' entries stay; the new one is under the top's path");
  assert.equal(run(["scan", "--include-config"]).code, 0, "the top's run matches what the subfolder recorded");
});

test("--update-baseline keeps the entries of files it skipped", () => {
  run(["scan", "--update-baseline"]);
  // Every file is over a one-byte budget in this run: their findings are not known, so their entries stay.
  const update = run(["scan", "--update-baseline", "--max-file-size", "0.001"]);
  assert.match(update.stdout, /Kept \d+ entr(?:y|ies)/);
  assert.equal(run(["scan"]).code, 0);
});

test("the baseline file named in .secrethygiene.json is used, and not scanned itself", () => {
  const configFile = path.join(repo, ".secrethygiene.json");
  writeFileSync(configFile, readFileSync(configFile, "utf8").replace('"ignorePaths"', '"baseline": "ci/secrets-baseline.json",\n  "ignorePaths"'));
  assert.match(run(["scan", "--update-baseline"]).stdout, /^Baseline ci\/secrets-baseline\.json: recorded 5 findings/);
  const clean = run(["scan", "--format", "json"]);
  assert.equal(clean.code, 0);
  const report = JSON.parse(clean.stdout);
  assert.equal(report.summary.baselined, 4);
  assert.equal(report.summary.filesScanned, 11, "the baseline file is not among the scanned files");
});

test("--help lists the new flags", () => {
  const help = run(["--help"]).stdout;
  for (const flag of ["--include-config", "--config <file>", "--baseline <file>", "--update-baseline", "--no-baseline", "--no-gitignore"]) {
    assert.ok(help.includes(flag), flag);
  }
});

test("--help says which git-ignored files are scanned, and that git failing exits 2", () => {
  const help = run(["--help"]).stdout.replace(/\s+/g, " ");
  assert.doesNotMatch(help, /except \.env and \.env\.\* files/);
  assert.match(help, /files named for the secrets they hold \(\.env\*, \*\.env, local\.settings\.json, \*\.tfvars/);
  assert.match(help, /2 any of: .*git unable to read the repository a named folder is in/);
});

test("every file under a git-ignored .envs/ folder is scanned, as cookiecutter-django keeps its environments", () => {
  mkdirSync(path.join(repo, ".envs", ".production"), { recursive: true });
  appendFileSync(path.join(repo, ".gitignore"), "\n.envs/*\n");
  writeFileSync(path.join(repo, ".envs", ".production", ".django"), `GITHUB_TOKEN=${["ghp", "Tq4nWz8LkR2vXc6YpB1mHs9dJf3Ga7UeQo5i"].join("_")}\n`);
  const { findings } = reported([]);
  assert.ok(findings.includes(".envs/.production/.django github/token"), findings.join(", "));
});

test("git-ignored files named for the secrets they hold are scanned as .env files are: local.settings.json, *.env, *.tfvars…", () => {
  // The names each tool's template git-ignores; one made-up token each, built at run time.
  const names = ["local.settings.json", "deploy/prod.env", "infra/terraform.tfvars", "infra/dev.auto.tfvars.json", "secrets.json", "worker/.dev.vars", "api/appsettings.Development.local.json"];
  appendFileSync(path.join(repo, ".gitignore"), "\nlocal.settings.json\n*.env\n*.tfvars\n*.tfvars.json\nsecrets.json\n.dev.vars\nappsettings.*.local.json\nnotes.txt\n");
  names.forEach((name, index) => {
    mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    const token = ["ghp", `Tq4nWz8LkR2vXc6YpB1mHs9dJf3Ga7UeQo${index}${index}`].join("_");
    writeFileSync(path.join(repo, name), name.endsWith(".json") ? `{ "Values": { "GITHUB_TOKEN": "${token}" } }\n` : `GITHUB_TOKEN="${token}"\n`);
  });
  // Any other git-ignored file stays out.
  writeFileSync(path.join(repo, "notes.txt"), `GITHUB_TOKEN=${["ghp", "Tq4nWz8LkR2vXc6YpB1mHs9dJf3Ga7UeQo99"].join("_")}\n`);
  const { findings } = reported([]);
  for (const name of names) assert.ok(findings.includes(`${name} github/token`), `${name}: ${findings.join(", ")}`);
  assert.ok(!findings.some((finding) => finding.startsWith("notes.txt")), findings.join(", "));
});

test("git-ignored files the engine's rules are woken by their name for are scanned too: Rails' master.key, Compose's secrets/*", () => {
  appendFileSync(path.join(repo, ".gitignore"), "\n/config/master.key\nsecrets/\n");
  mkdirSync(path.join(repo, "secrets"));
  // Made-up values, built at run time: 32 hex digits, and a password-like token.
  writeFileSync(path.join(repo, "config", "master.key"), `${"9f3a7c1e5b2d4f6a".split("").reverse().join("")}${"0c8e2a4b6d1f3e5a"}\n`);
  writeFileSync(path.join(repo, "secrets", "db_password.txt"), `${["Zq9x", "Lm4T", "vR8w", "Kp2N", "hY6c"].join("")}\n`);
  const { findings } = reported([]);
  assert.ok(findings.includes("config/master.key rails/master-key"), findings.join(", "));
  assert.ok(findings.includes("secrets/db_password.txt generic/secret-file"), findings.join(", "));
});

test("a secret file in git-ignored build output is the build's copy, not scanned: the source's is the one to fix", () => {
  // An Azure Functions project: the build copies local.settings.json into bin/; Terragrunt copies *.tfvars into its cache.
  appendFileSync(path.join(repo, ".gitignore"), "\nbin/\nobj/\nlocal.settings.json\n");
  const settings = `{ "Values": { "GITHUB_TOKEN": "${["ghp", "Tq4nWz8LkR2vXc6YpB1mHs9dJf3Ga7UeQo77"].join("_")}" } }\n`;
  for (const name of ["local.settings.json", "bin/Debug/net8.0/local.settings.json", "obj/Debug/appsettings.Development.local.json", "infra/.terragrunt-cache/x1/terraform.tfvars"]) {
    mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    writeFileSync(path.join(repo, name), settings);
  }
  const { findings } = reported([]);
  assert.deepEqual(findings.filter((finding) => finding.includes("settings") || finding.includes("tfvars")), ["local.settings.json github/token"]);
  // Named, build output is scanned as asked.
  assert.deepEqual(reported(["bin"]).findings, ["bin/Debug/net8.0/local.settings.json github/token"]);
});

test("a custom rule that cannot be loaded fails the run (exit 2): without it a clean run would not mean clean", () => {
  const configPath = path.join(repo, ".secrethygiene.json");
  writeFileSync(configPath, readFileSync(configPath, "utf8").replace('"(?<value>acme_live_[0-9a-f]{24})"', '"(?<value>acme_live_[0-9a-f]{24}"'));
  const result = run(["scan"]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /customRules\[0\]\.pattern: not a valid regular expression/);
  assert.match(result.stderr, /a custom rule in '\.secrethygiene\.json' could not be loaded/);
  assert.equal(result.stdout, "");
});

test("a custom rule that loads despite a mistake beside it (an unknown key) runs, and the mistake fails the run after the report", () => {
  const configPath = path.join(repo, ".secrethygiene.json");
  writeFileSync(configPath, readFileSync(configPath, "utf8").replace('"keywords": ["acme_live_"],', '"keywords": ["acme_live_"],\n      "descripton": "typo",'));
  const result = run(["scan"]);
  assert.equal(result.code, 2);
  assert.match(result.stdout, /custom\/acme/);
  assert.match(result.stderr, /descripton/);
  assert.doesNotMatch(result.stderr, /could not be loaded/);
});

test("--update-baseline with an error in the configuration writes the baseline and exits 2", () => {
  const result = run(["scan", "--config", "broken-config.json", "--update-baseline", "--baseline", "broken-baseline.json"]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /the baseline is written, but fix them/);
  assert.ok(statSync(path.join(repo, "broken-baseline.json")).isFile());
});

test("a misspelled top-level key fails the run: its rules would be left out in silence", () => {
  const configPath = path.join(repo, ".secrethygiene.json");
  const original = readFileSync(configPath, "utf8");
  writeFileSync(configPath, original.replace('"customRules"', '"customrules"'));
  try {
    const result = run(["scan"]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /customrules: unknown key/);
    // The SARIF log records the run's exit code, not its findings' alone.
    const sarif = run(["scan", "--format", "sarif"]);
    assert.equal(sarif.code, 2);
    const [invocation] = (JSON.parse(sarif.stdout) as { runs: { invocations: { exitCode: number; executionSuccessful: boolean }[] }[] }).runs[0]!.invocations;
    assert.deepEqual({ exitCode: invocation!.exitCode, executionSuccessful: invocation!.executionSuccessful }, { exitCode: 2, executionSuccessful: false });
  } finally {
    writeFileSync(configPath, original);
  }
});
