// The CLI as users run it: the bundled dist/cli.js in a child process (scripts/test.mjs builds it first).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import * as path from "node:path";
import { after, test } from "node:test";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import type * as Sarif from "sarif";
import { knownRules } from "../../src/engine";
import { fixtureInput } from "./engine-fixture-input";

const projectRoot = path.join(__dirname, "..", "..");
const cli = path.join(projectRoot, "dist", "cli.js");
const fixtures = path.join(projectRoot, "test", "fixtures", "engine");
const scratch = mkdtempSync(path.join(tmpdir(), "shcli-"));
after(() => rmSync(scratch, { recursive: true, force: true }));
// The fixtures' expected.json files quote previews of config values (host names): scan the inputs only.
const inputsOnly = path.join(scratch, "inputs-only.json");
writeFileSync(inputsOnly, JSON.stringify({ ignorePaths: ["expected.json"] }));
/**
 * Scans the fixtures from their own folder: from the project's root their paths start with
 * `test/`, and configuration values in tests are not reported, nor passwords that read as words.
 */
const scanFixtures = (...args: string[]) => run(["scan", ".", ...args], fixtures);

function run(args: string[], cwd = projectRoot) {
  // (A report of every fixture passes spawnSync's default 1 MB of output: a larger buffer.)
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Ids of the rules that report configuration values: shown in full, because they are not secret. */
function configRuleIds(): Set<string> {
  return new Set(knownRules().filter((rule) => rule.kind === "config").map((rule) => rule.id));
}

/** Every secret value in the ng.* fixtures, as located by their expected.json. */
function fixtureSecrets(): string[] {
  const configRules = configRuleIds();
  const secrets: string[] = [];
  for (const name of readdirSync(fixtures).filter((n) => n.startsWith("ng."))) {
    const dir = path.join(fixtures, name);
    const input = readFileSync(path.join(dir, fixtureInput(dir)), "utf8");
    const lineStarts = [0];
    for (let at = input.indexOf("\n"); at !== -1; at = input.indexOf("\n", at + 1)) lineStarts.push(at + 1);
    // (The whole value, over several lines too: a key's armour line alone is no secret, and its preview shows it.)
    for (const want of JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as { ruleId: string; line: number; column: number; length?: number }[]) {
      const start = lineStarts[want.line - 1]! + want.column - 1;
      if (want.length && !configRules.has(want.ruleId)) secrets.push(input.slice(start, start + want.length));
    }
  }
  return secrets;
}

/**
 * How many findings the ng.* fixtures expect, and in how many files: all of them, or (as the CLI
 * reports by default) only those of `secret` rules.
 */
function expectedTotals(kinds: "all" | "secrets" = "all"): { findings: number; files: number } {
  const configRules = configRuleIds();
  let findings = 0;
  let files = 0;
  for (const name of readdirSync(fixtures).filter((n) => n.startsWith("ng."))) {
    const expected = JSON.parse(readFileSync(path.join(fixtures, name, "expected.json"), "utf8")) as { ruleId: string }[];
    const counted = kinds === "all" ? expected : expected.filter((want) => !configRules.has(want.ruleId));
    findings += counted.length;
    if (counted.length > 0) files++;
  }
  return { findings, files };
}

function assertNoSecrets(text: string): void {
  for (const secret of fixtureSecrets()) assert.ok(!text.includes(secret), `output leaks a fixture secret (${secret.length} chars)`);
}

test("exit 0 and a clean summary when nothing is found", () => {
  const result = run(["scan", path.join(fixtures, "ok.configuration-without-secrets")]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /No secrets found \(1 file scanned\)/);
});

test("exit 1 with stylish findings, redacted", () => {
  const result = scanFixtures();
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stdout, /^ng\.github-token-in-code\/input\.ts\n {2}3:44 +secret {2}GitHub token: ghp_…\(40\) {2}github\/token/m);
  const totals = expectedTotals("secrets");
  assert.match(result.stdout, new RegExp(`${totals.findings} findings in ${totals.files} files`));
  assertNoSecrets(result.stdout + result.stderr);
});

test("json format: 1-based positions, fingerprints, no values", () => {
  const result = scanFixtures("--format", "json", "--include-config", "--config", inputsOnly);
  assert.equal(result.code, 1);
  const report = JSON.parse(result.stdout);
  assert.equal(report.summary.findings, expectedTotals().findings);
  const github = report.findings.find((f: { file: string }) => f.file.endsWith("ng.github-token-in-code/input.ts"));
  assert.deepEqual(github.start, { line: 3, column: 44 });
  assert.deepEqual(github.end, { line: 3, column: 84 });
  assert.match(github.fingerprint, /^[0-9a-f]{32}$/);
  assertNoSecrets(result.stdout);
});

test("sarif format validates against the SARIF 2.1.0 schema", () => {
  const result = scanFixtures("--format", "sarif", "--include-config", "--config", inputsOnly);
  assert.equal(result.code, 1);
  const log = JSON.parse(result.stdout) as Sarif.Log;
  const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
  // The published schema's patterns are not valid under the `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
  // The validator does catch a broken log.
  assert.equal(validate({ ...log, runs: [{ ...log.runs[0], results: [{ level: "bogus" }] }] }), false);

  const [sarifRun] = log.runs;
  assert.equal(log.version, "2.1.0");
  assert.equal(sarifRun?.results?.length, expectedTotals().findings);
  for (const sarifResult of sarifRun.results) {
    assert.equal(sarifRun.tool.driver.rules![sarifResult.ruleIndex!]!.id, sarifResult.ruleId);
    assert.match(sarifResult.partialFingerprints!["secretHygiene/v1"]!, /^[0-9a-f]{32}$/);
    assert.equal(sarifResult.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId, "%SRCROOT%");
  }
  // Secrets are security alerts, ranked; configuration values are plain notes, not security alerts.
  for (const rule of sarifRun.tool.driver.rules!) {
    const tags = rule.properties?.tags ?? [];
    if (tags.includes("secret")) assert.ok(tags.includes("security") && rule.properties?.["security-severity"], rule.id);
    else assert.ok(!tags.includes("security") && rule.properties?.["security-severity"] === undefined, rule.id);
  }
  assertNoSecrets(result.stdout);
});

test("sarif: custom rules are described by their title and severity, every rule has help, files outside the root get file: URIs", () => {
  const dir = mkdtempSync(path.join(scratch, "sarif-rules-"));
  const project = path.join(dir, "project");
  mkdirSync(project);
  writeFileSync(
    path.join(project, ".secrethygiene.json"),
    JSON.stringify({ customRules: [{ id: "custom/acme-key", title: "Acme API key", pattern: "acme_[a-z0-9]{24}", keywords: ["acme_"], kind: "secret", severity: "warning" }] }),
  );
  writeFileSync(path.join(project, "app.js"), `const key = "acme_${"k3v9q2w8x7z1m4n6b5c0p8r2"}";\n`);
  writeFileSync(path.join(dir, "outside.py"), `password = "${["Yw5", "Gk2", "Ub8", "Ln4", "Fr7", "Sd1"].join("")}"\n`);
  const result = run(["scan", ".", "../outside.py", "-f", "sarif"], project);
  assert.equal(result.code, 1, result.stderr);
  const sarifRun = (JSON.parse(result.stdout) as Sarif.Log).runs[0]!;
  const acme = sarifRun.tool.driver.rules!.find((rule) => rule.id === "custom/acme-key");
  assert.equal(acme?.shortDescription?.text, "Acme API key");
  assert.equal(acme?.defaultConfiguration?.level, "warning");
  assert.ok(sarifRun.tool.driver.rules!.every((rule) => rule.help?.text && rule.help.markdown), "every rule has help");
  const uris = sarifRun.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!);
  assert.deepEqual(uris.find((where) => where.uri === "app.js"), { uri: "app.js", uriBaseId: "%SRCROOT%" });
  assert.ok(uris.some((where) => where.uri === pathToFileURL(path.join(dir, "outside.py")).href && where.uriBaseId === undefined), JSON.stringify(uris));
  assert.equal(sarifRun.invocations![0]!.exitCode, 1);
});

test("json: a custom rule's severity is in its findings; built-in rules' findings have none of their own", () => {
  const project = mkdtempSync(path.join(scratch, "json-severity-"));
  writeFileSync(
    path.join(project, ".secrethygiene.json"),
    JSON.stringify({ customRules: [{ id: "custom/acme-key", pattern: "acme_[a-z0-9]{24}", keywords: ["acme_"], kind: "secret", severity: "information" }] }),
  );
  writeFileSync(path.join(project, "app.js"), `const key = "acme_${"k3v9q2w8x7z1m4n6b5c0p8r2"}";\nconst token = "${["ghp", "Lm4Xq8Vw2Rt6Yz1Kb9Nc3Jd7Hf5Gs0Pa2QeU"].join("_")}";\n`);
  const result = run(["scan", "-f", "json"], project);
  assert.equal(result.code, 1, result.stderr);
  const findings = (JSON.parse(result.stdout) as { findings: { ruleId: string; severity?: string }[] }).findings;
  assert.deepEqual(
    findings.map((finding) => [finding.ruleId, finding.severity]),
    [
      ["custom/acme-key", "information"],
      ["github/token", undefined],
    ],
  );
});

test("--output writes the report to a file and prints only the outcome", () => {
  const out = path.join(scratch, "report.sarif");
  const result = run(["scan", "test/fixtures/engine", "-f", "sarif", "-o", out]);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /^\d+ secrets found in \d+ files \(\d+ files scanned\): report written to '[^'\n]+'\n$/);
  assert.equal(JSON.parse(readFileSync(out, "utf8")).version, "2.1.0");
});

test("exit 2 for usage errors, with a clear message", () => {
  for (const args of [[], ["lint"], ["scan", "--format", "xml"], ["scan", "--bogus"], ["scan", "--max-file-size=0"], ["scan", "--max-file-size=0x10"]]) {
    const result = run(args);
    assert.equal(result.code, 2, `args: ${args.join(" ")}`);
    // A bare command gets the whole usage; a mistake gets its message and where the options are.
    if (args.length === 0) assert.match(result.stderr, /^secret-hygiene: [\s\S]+\n\nUsage: secret-hygiene scan/);
    else assert.match(result.stderr, /^secret-hygiene: [^\n]+(?:\n[^\n]+)*\nRun 'secret-hygiene --help' for the options\.\n$/);
  }
});

test("a usage error of several lines (a missing option value) is printed as lines, not with its line breaks escaped", () => {
  const result = run(["scan", "--output", "--format", "json"]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /^secret-hygiene: Option '[^']*--output[^']*' argument is ambiguous\.\nDid you forget/);
  assert.ok(!result.stderr.includes("\\x0a"), result.stderr);
});

test("exit 2 for a path that does not exist, naming it", () => {
  const result = run(["scan", "no/such/folder"]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /cannot read 'no\/such\/folder': no such file or directory/);
});

test("run -e: an env file that cannot be read is exit 2 before the command starts", () => {
  // (`-e` rather than `--env-file`: Node 20 takes `--env-file` for itself, even after the script.)
  const result = run(["run", "-e", "no/such.env", "--", process.execPath, "-e", "process.stdout.write('started')"]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /cannot read 'no\/such\.env'/);
  assert.equal(result.stdout, "", "the command did not run");
});

test("run: a command that does not exist is 127, as a shell says it; an env file without references says nothing of vaults", () => {
  const env = path.join(mkdtempSync(path.join(scratch, "run-")), "plain.env");
  writeFileSync(env, "LOG_LEVEL=debug\n");
  const missing = run(["run", "-e", env, "--", "secret-hygiene-no-such-command"]);
  assert.equal(missing.code, 127);
  assert.match(missing.stderr, /cannot start 'secret-hygiene-no-such-command'/);
  const plain = run(["run", "-e", env, "--", process.execPath, "-e", "process.stdout.write(process.env.LOG_LEVEL)"]);
  assert.equal(plain.code, 0);
  assert.equal(plain.stdout, "debug");
  assert.doesNotMatch(plain.stderr, /secret\(s\) from/);
});

test("run: an App Configuration reference is resolved, not passed on as text: to a non-Azure host or a misspelt one it is exit 2 before the command starts", () => {
  const folder = mkdtempSync(path.join(scratch, "run-"));
  const print = "process.stdout.write(String(process.env.ORDERS_URL))";
  for (const [reference, expected] of [
    ["@Microsoft.AppConfiguration(Endpoint=https://collector.example.com; Key=ordersUrl; Label=development)", /\.env:2 ORDERS_URL: collector\.example\.com is not a.* App Configuration host/],
    ["@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=ordersUrl; Lable=development)", /\.env:2 ORDERS_URL: not an App Configuration reference that can be read/],
  ] as const) {
    const env = path.join(folder, ".env");
    writeFileSync(env, `LOG_LEVEL=debug\nORDERS_URL=${reference}\n`);
    const result = run(["run", "-e", env, "--", process.execPath, "-e", print]);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, expected);
    assert.equal(result.stdout, "", "the command did not run");
  }
});

test("a folder with nothing to scan says so on stderr, whatever the format, and exits 2 (a CI step run in the wrong folder must not pass)", () => {
  const empty = mkdtempSync(path.join(scratch, "empty-"));
  for (const format of ["stylish", "sarif"]) {
    const result = run(["scan", "--format", format], empty);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /no files were scanned in '\.': check the path/);
    // Standard output must not read as a clean run either.
    if (format === "stylish") assert.equal(result.stdout, "Nothing scanned (0 files).\n");
    if (format !== "sarif") continue;
    // The log says what the process says: a code-scanning upload must not read it as a clean run.
    const [invocation] = (JSON.parse(result.stdout) as Sarif.Log).runs[0]!.invocations!;
    assert.equal(invocation!.exitCode, 2);
    assert.equal(invocation!.executionSuccessful, false);
  }
});

test("nothing scanned with -o: the one line says so, and the next run replaces that report", () => {
  const empty = mkdtempSync(path.join(scratch, "empty-output-"));
  const report = path.join(scratch, "empty-output-report.txt");
  for (const attempt of ["first", "again"]) {
    const result = run(["scan", "-o", report], empty);
    assert.equal(result.code, 2, `${attempt}: ${result.stderr}`);
    assert.match(result.stdout, /^nothing scanned \(0 files\): report written to '.*empty-output-report\.txt'\n$/, attempt);
    assert.doesNotMatch(result.stderr, /not a report of this tool/, attempt);
  }
  assert.equal(readFileSync(report, "utf8"), "Nothing scanned (0 files).\n");
});

test("every file skipped (binary, too large): exit 0, as for a hook's staged image, but the summary says nothing was scanned, not that no secrets were found", () => {
  const dir = mkdtempSync(path.join(scratch, "all-skipped-"));
  writeFileSync(path.join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  const result = run(["scan", "image.png"], dir);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^Nothing scanned \(0 files scanned, 1 skipped\)\.$/m);
  assert.doesNotMatch(result.stdout, /No secrets found/);
  const report = path.join(dir, "report.txt");
  for (const attempt of ["first", "again"]) {
    const written = run(["scan", "image.png", "-o", report], dir);
    assert.equal(written.code, 0, `${attempt}: ${written.stderr}`);
    assert.match(written.stdout, /^nothing scanned \(0 files scanned, 1 skipped\): report written to '.*report\.txt'\n$/, attempt);
  }
});

test("a baseline holding binary data is refused with what to do about it", () => {
  const dir = mkdtempSync(path.join(scratch, "binary-baseline-"));
  writeFileSync(path.join(dir, "app.txt"), "nothing here\n");
  writeFileSync(path.join(dir, ".secrethygiene-baseline.json"), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]));
  const result = run(["scan", "."], dir);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /cannot read '\.secrethygiene-baseline\.json': it holds binary data, not the JSON it should: remove it, or replace it/);
});

test("a report written to a file: one line says what was found and where the report is (on stdout: a clean run writes nothing to stderr)", () => {
  const report = path.join(scratch, "summary", "r.sarif");
  const result = run(["scan", path.join(fixtures, "ok.empty-file"), "-f", "sarif", "-o", report]);
  assert.equal(result.code, 0);
  assert.equal(result.stderr, "");
  assert.match(result.stdout, /^no secrets found \(1 file scanned\): report written to '.*r\.sarif'\n$/);
});

test("run: a reference to a vault on this machine, without the emulator's info file, says what allows it to the CLI", () => {
  const env = path.join(mkdtempSync(path.join(scratch, "run-loopback-")), "emu.env");
  writeFileSync(env, "DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://127.0.0.1:8443/secrets/db-password/)\n");
  const withoutEmulator = { ...process.env };
  delete withoutEmulator.SECRET_HYGIENE_EMULATOR_INFO;
  const result = spawnSync(process.execPath, [cli, "run", "-e", env, "--", process.execPath, "-v"], { encoding: "utf8", env: withoutEmulator });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /local address.*SECRET_HYGIENE_EMULATOR_INFO/);
  assert.doesNotMatch(result.stderr, /user settings/);
});

test("run: a loopback vault the running emulator did not announce is refused with advice for the CLI, not an editor setting", () => {
  const folder = mkdtempSync(path.join(scratch, "run-unannounced-"));
  const env = path.join(folder, "emu.env");
  writeFileSync(env, "DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://127.0.0.1:1/secrets/db-password/)\n");
  // An info file as the emulator writes it (no connection is made: the endpoint is refused first).
  const caCertPath = path.join(folder, "ca.pem");
  writeFileSync(caCertPath, "not used before a connection\n");
  const info = path.join(folder, "emulator.json");
  writeFileSync(info, JSON.stringify({ vaults: { "kv-run": "https://127.0.0.1:2" }, appConfig: {}, arm: "https://127.0.0.1:3", caCertPath }));
  const result = spawnSync(process.execPath, [cli, "run", "-e", env, "--", process.execPath, "-v"], { encoding: "utf8", env: { ...process.env, SECRET_HYGIENE_EMULATOR_INFO: info } });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /does not serve https:\/\/127\.0\.0\.1:1: start it \(npm start\) or check SECRET_HYGIENE_EMULATOR_INFO\./);
  assert.doesNotMatch(result.stderr, /secretHygiene\./);
});

test("run: SECRET_HYGIENE_EMULATOR_INFO written with ~/ (quoted, so no shell expanded it) is the home folder's file", () => {
  const home = mkdtempSync(path.join(scratch, "run-home-"));
  mkdirSync(path.join(home, ".secret-hygiene"));
  const caCertPath = path.join(home, "ca.pem");
  writeFileSync(caCertPath, "not used before a connection\n");
  writeFileSync(path.join(home, ".secret-hygiene", "emulator.json"), JSON.stringify({ vaults: { "kv-run": "https://127.0.0.1:2" }, appConfig: {}, arm: "https://127.0.0.1:3", caCertPath }));
  const env = path.join(home, "plain.env");
  writeFileSync(env, "MODE=test\n");
  const result = spawnSync(process.execPath, [cli, "run", "-e", env, "--", process.execPath, "-e", "process.stdout.write(process.env.MODE)"], {
    encoding: "utf8",
    env: { ...process.env, HOME: home, USERPROFILE: home, SECRET_HYGIENE_EMULATOR_INFO: "~/.secret-hygiene/emulator.json" },
  });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, "test");
});

test("the report goes into a folder that does not exist yet", () => {
  const report = path.join(scratch, "missing-dir", "nested", "r.json");
  const result = run(["scan", path.join(fixtures, "ok.empty-file"), "-o", report]);
  assert.equal(result.code, 0);
  assert.ok(existsSync(report));
});

test("exit 2 when the report cannot be written", () => {
  const blocker = path.join(scratch, "a-file-not-a-folder");
  writeFileSync(blocker, "");
  const result = run(["scan", path.join(fixtures, "ok.empty-file"), "-o", path.join(blocker, "r.json")]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /cannot write the report/);
});

// Node 20's recursive mkdir never returned for a path below /proc: the CLI hung.
test("exit 2, not a hang, when the report's folder cannot be made", { skip: !existsSync("/proc/self") && "needs /proc" }, () => {
  const result = run(["scan", path.join(fixtures, "ok.empty-file"), "-o", "/proc/no-such-folder/r.json"]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /cannot write the report to '\/proc\/no-such-folder\/r\.json': no such file or directory/);
});

// A FIFO blocked the read forever, and a device (or a committed symlink to one) never ended.
test("exit 2, not a hang, when a configuration, a baseline, an env file or the report is a FIFO or a device", { skip: process.platform === "win32" && "no FIFOs" }, () => {
  const fifo = path.join(scratch, "a-fifo");
  spawnSync("mkfifo", [fifo]);
  const input = path.join(fixtures, "ok.empty-file");
  for (const [args, message] of [
    [["scan", input, "--config", fifo], /cannot read '.*a-fifo': not a regular file/],
    [["scan", input, "--baseline", fifo], /cannot read '.*a-fifo': not a regular file/],
    [["scan", input, "--config", "/dev/zero"], /cannot read '\/dev\/zero': not a regular file/],
    [["scan", input, "-o", fifo], /'.*a-fifo' is not a file/],
    [["run", "-e", fifo, "--", process.execPath, "-e", ""], /cannot read '.*a-fifo': not a regular file/],
  ] as const) {
    const result = run([...args]);
    assert.equal(result.code, 2, args.join(" "));
    assert.match(result.stderr, message);
  }
});

test("exit 2 when the baseline's folder cannot be made", () => {
  const blocker = path.join(scratch, "a-file-in-the-way");
  writeFileSync(blocker, "");
  const result = run(["scan", path.join(fixtures, "ok.empty-file"), "--update-baseline", "--baseline", path.join(blocker, "b.json")]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /cannot write the baseline '.*b\.json': a part of the path is a file, not a folder/);
});

test("binary and oversized files are skipped with a notice; a generated one is scanned", () => {
  const dir = mkdtempSync(path.join(scratch, "skip-"));
  writeFileSync(path.join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00]));
  writeFileSync(path.join(dir, "vendor.min.js"), "var a=1;");
  // Old Mac line ends: many short lines, not one long minified one.
  writeFileSync(path.join(dir, "classic.js"), Array.from({ length: 200 }, (_, i) => `function f${i}(a) { return a + ${i}; }`).join("\r"));
  writeFileSync(path.join(dir, "big.txt"), "x".repeat(12 * 1024));
  const result = run(["scan", ".", "--max-file-size", "10"], dir);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /skipped big\.txt: larger than the size budget \(12 KB > 10 KB\)/);
  assert.doesNotMatch(result.stdout, /skipped vendor\.min\.js/);
  assert.doesNotMatch(result.stdout, /skipped classic\.js/);
  assert.match(result.stdout, /skipped image\.png: binary file/);
  // …and the summary counts them: a long list scrolls away.
  assert.match(result.stdout, /\(2 files scanned, 2 skipped\)\.$/m);
});

test("a dependency folder .gitignore does not leave out is listed as skipped; an ignored one, and .git, are not", () => {
  const dir = mkdtempSync(path.join(scratch, "dependency-"));
  spawnSync("git", ["init", "-q"], { cwd: dir });
  for (const folder of ["app/vendor", "node_modules/left-pad", "build/venv", "mobile/.expo/web/cache"]) mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, "app", "vendor", "billing.py"), "RETRIES = 3\n");
  writeFileSync(path.join(dir, "mobile", ".expo", "web", "cache", "babel.json"), "{}\n");
  writeFileSync(path.join(dir, "node_modules", "left-pad", "index.js"), "module.exports = 1;\n");
  writeFileSync(path.join(dir, "build", "venv", "a.py"), "x = 1\n");
  writeFileSync(path.join(dir, ".gitignore"), "node_modules/\nbuild/\n");
  const result = run(["scan", "."], dir);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /skipped app\/vendor: a dependency or tool folder, not scanned: name it to scan its files/);
  assert.match(result.stdout, /skipped mobile\/\.expo: a dependency or tool folder/);
  assert.doesNotMatch(result.stdout, /skipped (?:node_modules|build|\.git)/);
  // Named, it is scanned.
  assert.match(run(["scan", "app/vendor"], dir).stdout, /\(1 file scanned\)/);
});

test("a lockfile is scanned, not skipped: its URLs' credentials are found, its hashes are not", () => {
  const dir = mkdtempSync(path.join(scratch, "lockfile-"));
  // A password made up for this test, built at run time.
  const password = ["Hv4", "Qs9", "Lx2", "Wd7", "Rk5"].join("");
  const resolved = `https://ci:${password}@npm.northwind-build.net/left-pad/-/left-pad-1.3.0.tgz`;
  const integrity = "sha512-Wq3Zx8Lk2Vb9Tn4Pd7Sf1Hy6Jc0Ga5Ke3Rm8Qt2Nw7Xp4Bv9Cy6Dz1Ej5Fu0Gs3Hr8Io2Kl7Mn4Op9Qr6St1Uv3Wx5Yz8Ab2Cd==";
  writeFileSync(path.join(dir, "package-lock.json"), `{\n  "packages": {\n    "node_modules/left-pad": {\n      "resolved": "${resolved}",\n      "integrity": "${integrity}"\n    }\n  }\n}\n`);
  writeFileSync(path.join(dir, "yarn.lock"), `left-pad@^1.3.0:\n  version "1.3.0"\n  integrity ${integrity}\n`);
  const result = run(["scan", ".", "-f", "json"], dir);
  assert.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout) as { summary: { filesScanned: number }; findings: { file: string; ruleId: string; start: { line: number } }[]; skipped: { file: string }[] };
  assert.equal(report.summary.filesScanned, 2);
  assert.deepEqual(report.skipped, []);
  assert.deepEqual(report.findings.map(({ file, ruleId, start }) => ({ file, ruleId, line: start.line })), [{ file: "package-lock.json", ruleId: "url/credentials", line: 4 }]);
  assert.ok(!result.stdout.includes(password), "the report shows the password redacted only");
});

test("json and sarif: each finding's key name and, for a connection string, the whole credential the fix stores", () => {
  const dir = mkdtempSync(path.join(scratch, "key-name-"));
  // A key made up for this test, built at run time.
  const key = `${"Qm7Vt2Xw9Lp4Rk8Zs3Hd6Jf1Nb5Cg0Ty8Ue2".repeat(3).slice(0, 86)}==`;
  const connection = `DefaultEndpointsProtocol=https;AccountName=ordersdata;AccountKey=${key};EndpointSuffix=core.windows.net`;
  writeFileSync(path.join(dir, ".env"), `ORDERS_STORAGE=${connection}\nAPI_TOKEN=Zr4Kv8Tq2Mw6Hn3Bx9Lc5\n`);
  const json = run(["scan", ".env", "-f", "json"], dir);
  type Located = { line: number; column: number };
  const report = JSON.parse(json.stdout) as { findings: { keyName?: string; start: Located; compound?: { start: Located; end: Located } }[] };
  assert.deepEqual(
    report.findings.map(({ keyName, compound }) => ({ keyName, compound })),
    [
      { keyName: "ORDERS_STORAGE", compound: { start: { line: 1, column: 16 }, end: { line: 1, column: 16 + connection.length } } },
      { keyName: "API_TOKEN", compound: undefined },
    ],
  );
  const sarif = JSON.parse(run(["scan", ".env", "-f", "sarif"], dir).stdout) as Sarif.Log;
  assert.deepEqual(
    sarif.runs[0]!.results!.map((result) => result.properties),
    [
      // (In a .env file the setting is the key: settingName repeats it.)
      { kind: "secret", keyName: "ORDERS_STORAGE", settingName: "ORDERS_STORAGE", compoundRegion: { startLine: 1, startColumn: 16, endLine: 1, endColumn: 16 + connection.length } },
      { kind: "secret", keyName: "API_TOKEN", settingName: "API_TOKEN" },
    ],
  );
  assert.ok(![key, "Zr4Kv8Tq2Mw6Hn3Bx9Lc5"].some((value) => json.stdout.includes(value)));
});

test("an ignore comment naming no rule: a warning on stderr and in the JSON report; the finding stays", () => {
  const dir = mkdtempSync(path.join(scratch, "unknown-rule-"));
  const password = ["Zr4", "Kv8", "Tq2", "Mw6", "Hn3", "Bx9"].join("");
  writeFileSync(path.join(dir, "app.py"), `# secret-hygiene-ignore-next-line generic/named-secrte -- fixture\npassword = "${password}"\n`);
  const result = run(["scan", "app.py", "-f", "json"], dir);
  assert.equal(result.code, 1, "the misspelt id silences nothing");
  assert.match(result.stderr, /^app\.py:1:35: warning: No rule is named 'generic\/named-secrte': this comment silences nothing by that name\. Did you mean 'generic\/named-secret'\?$/m);
  const report = JSON.parse(result.stdout) as { findings: unknown[]; configProblems: { file: string; line: number; column: number; severity: string }[] };
  assert.equal(report.findings.length, 1);
  assert.deepEqual(report.configProblems.map(({ file, line, column, severity }) => [file, line, column, severity]), [["app.py", 1, 35, "warning"]]);
  assert.ok(!result.stderr.includes(password) && !result.stdout.includes(password));
});

test("a file outside the current folder is judged by its path in its repository, not by the folders above it", () => {
  const dir = mkdtempSync(path.join(scratch, "place-"));
  const source = `password = "${["hello", "world"].join("")}"\n`;
  for (const folder of ["bench/app", "repo/tests", "elsewhere"]) mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, "bench", "app", "settings.py"), source);
  writeFileSync(path.join(dir, "repo", "tests", "test_login.py"), source);
  spawnSync("git", ["init", "-q"], { cwd: path.join(dir, "repo") });
  const count = (args: string[], cwd: string) => (JSON.parse(run([...args, "-f", "json"], cwd).stdout) as { findings: unknown[] }).findings.length;
  // Run from beside them: "bench" is a folder above the project, tests/ one of the repository's.
  assert.equal(count(["scan", "../bench/app/settings.py"], path.join(dir, "elsewhere")), 1, "application code, whatever folder holds the project");
  assert.equal(count(["scan", "../repo/tests/test_login.py"], path.join(dir, "elsewhere")), 0, "a test's own password, read from the repository's top");
  // Run from inside, the path shown is the one read.
  assert.equal(count(["scan", "tests/test_login.py"], path.join(dir, "repo")), 0);
  assert.equal(count(["scan", "app/settings.py"], path.join(dir, "bench")), 1);
});

test("a folder outside the current one and in no repository is read from the folder named: its tests/ are tests", () => {
  const dir = mkdtempSync(path.join(scratch, "named-"));
  const source = `password = "${["hello", "world"].join("")}"\n`;
  for (const folder of ["tests/tarball/tests", "tests/tarball/src", "elsewhere"]) mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, "tests", "tarball", "tests", "login.py"), source);
  writeFileSync(path.join(dir, "tests", "tarball", "src", "settings.py"), source);
  const files = (args: string[]) => (JSON.parse(run([...args, "-f", "json"], path.join(dir, "elsewhere")).stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file);
  // The tarball's own tests/ are tests; the `tests` folder above the one named says nothing.
  assert.deepEqual(files(["scan", "../tests/tarball"]), ["../tests/tarball/src/settings.py"]);
  // A file named by itself is judged by its name alone.
  assert.deepEqual(files(["scan", "../tests/tarball/tests/login.py"]), ["../tests/tarball/tests/login.py"]);
  assert.deepEqual(files(["scan", "../tests/tarball/src/settings.py"]), ["../tests/tarball/src/settings.py"]);
});

test("findings are reported in reading order, whatever rule found them", () => {
  const dir = mkdtempSync(path.join(scratch, "order-"));
  const github = "ghp_" + "Q7w2Zr9Xk4Lm8Tn3Vb6Pd1Sf5Hy0Jc2Ga7Ke";
  writeFileSync(path.join(dir, "settings.py"), `password = "${["Zr4", "Kv8", "Tq2", "Mw6", "Hn3"].join("")}"; token = "${github}"\n`);
  const report = JSON.parse(run(["scan", ".", "-f", "json"], dir).stdout) as { findings: { ruleId: string; start: { column: number } }[] };
  assert.deepEqual(report.findings.map((finding) => finding.ruleId), ["generic/named-secret", "github/token"]);
  assert.ok(report.findings[0]!.start.column < report.findings[1]!.start.column);
});

test("a file named twice is scanned once; the report cannot overwrite a scanned file", () => {
  const dir = mkdtempSync(path.join(scratch, "twice-"));
  const source = path.join(dir, "app.py");
  const text = `password = "${["Zr4", "Kv8", "Tq2", "Mw6", "Hn3", "Bx9"].join("")}"\n`;
  writeFileSync(source, text);
  const twice = JSON.parse(run(["scan", ".", "app.py", "./app.py", "-f", "json"], dir).stdout) as { summary: { filesScanned: number }; findings: unknown[] };
  assert.equal(twice.summary.filesScanned, 1);
  assert.equal(twice.findings.length, 1);
  const overwrite = run(["scan", "app.py", "-o", "app.py"], dir);
  assert.equal(overwrite.code, 2);
  assert.match(overwrite.stderr, /is not a report of this tool/);
  assert.equal(readFileSync(source, "utf8"), text);
});

test("a report written into the scanned folder is left out of the next run, which replaces it", () => {
  const dir = mkdtempSync(path.join(scratch, "rerun-"));
  writeFileSync(path.join(dir, "app.py"), `password = "${["Qe7", "Lr2", "Vd9", "Xk4", "Jm1", "Cs8"].join("")}"\n`);
  for (const round of [1, 2]) {
    const result = run(["scan", ".", "-f", "sarif", "-o", "out.sarif"], dir);
    assert.equal(result.code, 1, `round ${round}: ${result.stderr}`);
    const report = JSON.parse(readFileSync(path.join(dir, "out.sarif"), "utf8")) as Sarif.Log;
    assert.deepEqual(report.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri), ["app.py"]);
  }
});

test("a report written outside the current folder, into a folder being scanned, is left out of the next run too", () => {
  const dir = mkdtempSync(path.join(scratch, "rerun-outside-"));
  mkdirSync(path.join(dir, "sub"));
  writeFileSync(path.join(dir, "app.py"), `password = "${["Ue4", "Wn8", "Kc1", "Rp6", "Dz3", "Hs9"].join("")}"\n`);
  for (const round of [1, 2]) {
    const result = run(["scan", "..", "-f", "json", "-o", "../report.json"], path.join(dir, "sub"));
    assert.equal(result.code, 1, `round ${round}: ${result.stderr}`);
  }
});

test("control characters in file names and previews reach the terminal escaped, not as instructions", { skip: process.platform === "win32" }, () => {
  const dir = mkdtempSync(path.join(scratch, "escape-"));
  // A name that moves the cursor up and clears the screen, one that returns to the line's start.
  writeFileSync(path.join(dir, "z\u001b[5A\u001b[J"), Buffer.from([0, 1, 2]));
  writeFileSync(path.join(dir, "b\rNo secrets found.py"), `password = "\u001b[8m${["Nw3", "Pz8", "Kq5", "Hd1", "Yt6", "Ra2"].join("")}"\n`);
  const result = run(["scan", "."], dir);
  assert.equal(result.code, 1, result.stderr);
  // eslint-disable-next-line no-control-regex -- the point of the test
  assert.doesNotMatch(result.stdout, /[\u0000-\u0008\u000b-\u001f\u007f]/, "no control character but line feeds");
  assert.match(result.stdout, /b\\x0dNo secrets found\.py\n/);
  assert.match(result.stdout, /skipped z\\x1b\[5A\\x1b\[J: binary file/);
  assert.match(result.stdout, /Hardcoded secret: \\x1b\[…/);
});

test("json and sarif write direction overrides and C1 controls as \\u escapes: the same JSON, harmless on a terminal", { skip: process.platform === "win32" }, () => {
  const dir = mkdtempSync(path.join(scratch, "json-escape-"));
  writeFileSync(path.join(dir, "a\u202eyp.py"), `password = "${["Fx2", "Tq7", "Lw4", "Nz8", "Jc1", "Pv5"].join("")}"\n`);
  for (const format of ["json", "sarif"]) {
    const result = run(["scan", ".", "-f", format], dir);
    assert.equal(result.code, 1, result.stderr);
    assert.ok(!result.stdout.includes("\u202e"), `${format}: no raw override`);
    if (format === "json") assert.ok(result.stdout.includes("\\u202e"), "json: the escape instead"); // SARIF percent-encodes its URIs
    JSON.parse(result.stdout);
  }
});

test("a run that could not read a path does not end with 'No secrets found'", () => {
  const result = run(["scan", "no/such/file.py"]);
  assert.equal(result.code, 2);
  assert.doesNotMatch(result.stdout, /No secrets found/);
  assert.match(result.stdout, /Scan incomplete: no secrets found in what could be read \(0 files scanned, 1 path could not be read\)/);
});

test("a symbolic link in a folder is listed as skipped, and scanned when named", { skip: process.platform === "win32" }, () => {
  const dir = mkdtempSync(path.join(scratch, "link-"));
  mkdirSync(path.join(dir, "real"));
  mkdirSync(path.join(dir, "repo"));
  writeFileSync(path.join(dir, "real", ".env"), `DB_PASSWORD=${["Zr4", "Kv8", "Tq2", "Mw6", "Hn3", "Bx9"].join("")}\n`);
  symlinkSync(path.join("..", "real", ".env"), path.join(dir, "repo", ".env"));
  const folder = run(["scan", "."], path.join(dir, "repo"));
  assert.equal(folder.code, 0);
  assert.match(folder.stdout, /skipped \.env: a symbolic link, not followed/);
  assert.equal(run(["scan", ".env"], path.join(dir, "repo")).code, 1);
  // Named beside its folder, in either order: scanned (it was dropped as a link seen first).
  for (const paths of [[".", ".env"], [".env", "."]]) {
    const both = run(["scan", ...paths], path.join(dir, "repo"));
    assert.equal(both.code, 1, paths.join(" "));
    assert.doesNotMatch(both.stdout, /symbolic link/);
  }
});

test("files whose names are not UTF-8 are read by their bytes, in folders so named too", { skip: process.platform === "win32" || process.platform === "darwin" }, () => {
  // (Linux file names are bytes: a Latin-1 name from an old archive is no UTF-8. Windows and macOS refuse such names.)
  const dir = mkdtempSync(path.join(scratch, "bytes-"));
  const latin1 = (name: string) => Buffer.from(name, "latin1");
  const line = `DB_PASSWORD=${["Wx5", "Kr9", "Tz2", "Mq7", "Hv4", "Bn8"].join("")}\n`;
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1("n\u00e4me.env")]), line);
  // Two names that show alike (each with one byte that does not decode) are two files.
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1("\u00e4.env")]), line);
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1("\u00e5.env")]), line);
  mkdirSync(Buffer.concat([Buffer.from(`${dir}/`), latin1("d\u00e9p")]));
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1("d\u00e9p"), Buffer.from("/inner.env")]), line);
  const result = run(["scan", "."], dir);
  assert.equal(result.code, 1, result.stderr);
  assert.equal(result.stderr, "");
  assert.match(result.stdout, /4 findings in 4 files \(4 files scanned\)/);
  assert.match(result.stdout, /d\uFFFDp\/inner\.env/);
});

test("-o replaces only its own earlier report: never a .env, the baseline or the configuration", () => {
  const dir = mkdtempSync(path.join(scratch, "output-"));
  const env = `DB_PASSWORD=${["Qw4", "Zt8", "Lk2", "Vn6", "Rx3", "Mp9"].join("")}\n`;
  writeFileSync(path.join(dir, ".env"), env);
  writeFileSync(path.join(dir, "app.ts"), "export const ok = 1;\n");
  const refused = run(["scan", ".", "-o", ".env"], dir);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /'\.env' exists and is not a report of this tool/);
  assert.equal(readFileSync(path.join(dir, ".env"), "utf8"), env, "the .env is left as it was");
  for (const own of [".secrethygiene.json", ".secrethygiene-baseline.json"]) {
    const result = run(["scan", ".", "-o", own], dir);
    assert.equal(result.code, 2, own);
    assert.match(result.stderr, /write the report elsewhere/);
    assert.ok(!existsSync(path.join(dir, own)), `${own} was not written`);
  }
  // A report written by an earlier run, in each format, is replaced by the next one.
  for (const [file, format] of [["report.sarif", "sarif"], ["report.json", "json"], ["report.txt", "stylish"]] as const) {
    assert.equal(run(["scan", ".", "-f", format, "-o", file], dir).code, 1, file);
    const again = run(["scan", ".", "-f", format, "-o", file], dir);
    assert.equal(again.code, 1, `${file}: ${again.stderr}`);
  }
  // An empty file (made by a CI step beforehand) may be written too.
  writeFileSync(path.join(dir, "empty.sarif"), "");
  assert.equal(run(["scan", ".", "-f", "sarif", "-o", "empty.sarif"], dir).code, 1);
});

test("run reads a UTF-16 env file as Windows PowerShell writes it, and says why it cannot read one", () => {
  const dir = mkdtempSync(path.join(scratch, "run-utf16-"));
  const envFile = path.join(dir, "ps.env");
  writeFileSync(envFile, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("MODE=staging\r\nREGION=westeurope\r\n", "utf16le")]));
  const result = spawnSync(process.execPath, [cli, "run", "-e", envFile, "--", process.execPath, "-e", "process.stdout.write(`${process.env.MODE}/${process.env.REGION}`)"], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, "staging/westeurope");
  const missing = spawnSync(process.execPath, [cli, "run", "-e", path.join(dir, "none.env"), "--", process.execPath, "-v"], { encoding: "utf8" });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read '.*none\.env': no such file or directory/);
});

test("a report that cannot be written (a full disk) ends with exit 2 and one line, not a stack trace and exit 1", { skip: process.platform !== "linux" }, () => {
  const full = openSync("/dev/full", "w");
  try {
    for (const args of [["scan", "no-secrets-here.md"], ["--help"]]) {
      const dir = mkdtempSync(path.join(scratch, "full-"));
      writeFileSync(path.join(dir, "no-secrets-here.md"), "# Notes\n");
      const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      assert.equal(result.status, 2, args.join(" "));
      assert.equal(result.stderr, "secret-hygiene: cannot write to standard output: ENOSPC\n");
    }
  } finally {
    closeSync(full);
  }
});

// Root reads every folder: the unreadable one is made by running the CLI as `nobody` (util-linux's setpriv).
const canDropToNobody = process.platform === "linux" && process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0;

test("a git-ignored folder the scan cannot read is a notice, not a failed run; a folder it must scan is an error", { skip: !canDropToNobody }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "shcli-unreadable-"));
  try {
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, "app.ts"), "export const ok = 1;\n", { mode: 0o644 });
    writeFileSync(path.join(dir, ".gitignore"), "pgdata/\n", { mode: 0o644 });
    mkdirSync(path.join(dir, "pgdata"), { mode: 0o700 });
    const asNobody = (...args: string[]) => spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, cli, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const ignored = asNobody("scan", ".");
    assert.equal(ignored.status, 0, ignored.stderr);
    assert.match(ignored.stdout, /skipped pgdata: left out by \.gitignore, and not readable \(permission denied\)/);
    mkdirSync(path.join(dir, "src"), { mode: 0o700 });
    const unreadable = asNobody("scan", ".");
    assert.equal(unreadable.status, 2);
    assert.match(unreadable.stderr, /cannot read 'src': permission denied/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("run's options end where the command starts: the command's own -v and -e are the command's", () => {
  const dir = mkdtempSync(path.join(scratch, "run-args-"));
  writeFileSync(path.join(dir, ".env"), "MODE=staging\n");
  const version = spawnSync(process.execPath, [cli, "run", process.execPath, "-v"], { cwd: dir, encoding: "utf8" });
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout.trim(), process.version, "node printed its version, not ours");
  const evaluated = spawnSync(process.execPath, [cli, "run", "--env-file=.env", process.execPath, "-e", "process.stdout.write(process.env.MODE)"], { cwd: dir, encoding: "utf8" });
  assert.equal(evaluated.stdout, "staging", evaluated.stderr);
  // Scan's options are not run's: refused, not silently ignored.
  const scanOption = spawnSync(process.execPath, [cli, "run", "--format", "json", "--", process.execPath, "-v"], { cwd: dir, encoding: "utf8" });
  assert.equal(scanOption.status, 2);
  assert.match(scanOption.stderr, /Unknown option '--format' \(run takes --env-file and --credential, then the command\)/);
});

test("a named path that is a pipe or device is an error, not a clean scan", { skip: process.platform === "win32" }, () => {
  const result = run(["scan", "/dev/null"]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /not a regular file or folder/);
});

test("a scan does not load the Azure SDK: `run` is its own bundle", () => {
  // A pre-commit hook pays for every byte dist/cli.js holds; the SDK is 1.3 MB and only `run` needs it.
  // A class name that appears in the SDK's own messages survives minification.
  assert.ok(!readFileSync(cli, "utf8").includes("ManagedIdentityCredential"), "dist/cli.js holds the Azure SDK");
  assert.ok(readFileSync(path.join(projectRoot, "dist", "cli-run.js"), "utf8").includes("ManagedIdentityCredential"), "dist/cli-run.js holds it");
  assert.match(readFileSync(path.join(projectRoot, ".vscodeignore"), "utf8"), /^!dist\/cli-run\.js$/m, "the package ships it");
});

test("--help and --version exit 0", () => {
  const help = run(["--help"]).stdout.replace(/\s+/g, " ");
  assert.match(help, /Exit codes: 0 no secrets found, 1 secrets found, 2 any of:/);
  // Every cause of exit 2 the README's table lists.
  for (const cause of ["a usage error", "a path or output file that could not be read or written", "a baseline that cannot be used", "a custom rule that cannot be loaded", "an error in the configuration", "nothing scanned at all (outside --staged)"]) {
    assert.ok(help.includes(cause), cause);
  }
  const version = run(["--version"]);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")).version);
});

test("configuration values alone are reported with --include-config but do not fail the run", () => {
  const dir = mkdtempSync(path.join(scratch, "config-only-"));
  writeFileSync(path.join(dir, ".env"), "ORDERS_API_HOST=orders.contoso-internal.net\n");
  const result = run(["scan", "--include-config", "--format", "json"], dir);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /"kind": ?"config"/);
});
