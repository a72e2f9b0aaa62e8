// The CLI's `settingName`: the setting a value is assigned to as the developer knows it, beside the
// engine's keyName (its place in the document), in JSON and SARIF. Runs the bundled dist/cli.js
// (scripts/test.mjs builds it first), as cli.test.ts does.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import type * as Sarif from "sarif";

const projectRoot = path.join(__dirname, "..", "..");
const cli = path.join(projectRoot, "dist", "cli.js");
const fixtures = path.join(projectRoot, "test", "fixtures", "engine");
const scratch = mkdtempSync(path.join(tmpdir(), "shsetting-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Invented values, split so that no line of this file reads as a secret.
const ACCOUNT_KEY = ["7sPMFs2g42Hv4w7DYOaXO9VbZkbWM5sriLQ9Ui9kAkx7P58H1", "RpMptKo7Xlt5QMwRr0To5DoQ1J76yAn6swwUw=="].join("");
const PASSWORD = ["Tq8#vLr2", "pXz!Wm4n"].join("");
const STORAGE = `DefaultEndpointsProtocol=https;AccountName=ordersfnstore;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`;
const SQL = `Server=tcp:orders-sql.database.windows.net,1433;Database=orders;User ID=ordersapp;Password=${PASSWORD};Encrypt=true`;

/** A project whose files name their settings otherwise than by their document path. */
function settingsProject(): string {
  const project = mkdtempSync(path.join(scratch, "project-"));
  writeFileSync(path.join(project, "local.settings.json"), `{\n  "IsEncrypted": false,\n  "Values": {\n    "AzureWebJobsStorage": "${STORAGE}"\n  }\n}\n`);
  mkdirSync(path.join(project, "infra"));
  writeFileSync(
    path.join(project, "infra", "main.bicep"),
    `param vaultName string\n\nresource ordersSql 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {\n  name: '\${vaultName}/orders-db-password'\n  properties: {\n    value: '${SQL}'\n  }\n}\n`,
  );
  writeFileSync(
    path.join(project, "azure-pipelines.yml"),
    `trigger:\n  - main\nsteps:\n  - script: curl -sf https://orders-api.internal.contoso.com/health\n`,
  );
  return project;
}

/** [file, rule id, keyName, settingName] of each finding expected in settingsProject(). */
const EXPECTED: readonly (readonly [string, string, string, string | undefined])[] = [
  ["azure-pipelines.yml", "config/internal-url", "steps:script", undefined],
  ["infra/main.bicep", "azure/sql-connection-string", "value", "orders-db-password"],
  ["local.settings.json", "azure/storage-connection-string", "Values:AzureWebJobsStorage", "AzureWebJobsStorage"],
];

test("json: each finding's settingName beside its keyName; none where the file names no setting", () => {
  const result = run(["scan", ".", "--format", "json", "--include-config"], settingsProject());
  assert.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout);
  const named = report.findings.map((finding: { file: string; ruleId: string; keyName?: string; settingName?: string }) => [finding.file, finding.ruleId, finding.keyName, finding.settingName]);
  assert.deepEqual(named, EXPECTED);
  assert.ok(!result.stdout.includes(PASSWORD) && !result.stdout.includes(ACCOUNT_KEY), "no secret in the report");
});

test("sarif: each result's properties carry settingName beside keyName", () => {
  const result = run(["scan", ".", "--format", "sarif", "--include-config"], settingsProject());
  assert.equal(result.code, 1, result.stderr);
  const log = JSON.parse(result.stdout) as Sarif.Log;
  const named = log.runs[0]!.results!.map((sarifResult): unknown[] => [
    sarifResult.locations![0]!.physicalLocation!.artifactLocation!.uri,
    sarifResult.ruleId,
    sarifResult.properties?.keyName,
    sarifResult.properties?.settingName,
  ]);
  assert.deepEqual(named, EXPECTED);
});

test("the baseline's fingerprints are what they were: the setting name is reported, not hashed", () => {
  // Fingerprints recorded before settingName existed (engine unchanged): a baseline written by an
  // older version still matches every finding.
  const project = mkdtempSync(path.join(scratch, "baseline-"));
  for (const name of ["ng.arm-key-vault-secret-resource", "ng.kubernetes-secret-data"]) cpSync(path.join(fixtures, name), path.join(project, name), { recursive: true });
  rmSync(path.join(project, "ng.arm-key-vault-secret-resource", "expected.json"));
  rmSync(path.join(project, "ng.kubernetes-secret-data", "expected.json"));
  const update = run(["scan", ".", "--update-baseline"], project);
  assert.equal(update.code, 0, update.stderr);
  const baseline = JSON.parse(readFileSync(path.join(project, ".secrethygiene-baseline.json"), "utf8"));
  const entries = baseline.findings.map((entry: Record<string, unknown>) => [entry.file, entry.ruleId, entry.fingerprint]);
  assert.deepEqual(entries.sort(), [
    ["ng.arm-key-vault-secret-resource/input.json", "azure/key-vault-secret-resource", "26bc48e4218b996f4164c7dfa1c61297"],
    ["ng.kubernetes-secret-data/input.yaml", "kubernetes/secret-data", "2c647ab8eb59bb4fba548008185a801a"],
    ["ng.kubernetes-secret-data/input.yaml", "kubernetes/secret-data", "968a49b1a82e2c2744698c9d44875587"],
    ["ng.kubernetes-secret-data/input.yaml", "kubernetes/secret-data", "c0e26152fe909d860f88d9ebbbf9fa1e"],
  ]);
  assert.ok(baseline.findings.every((entry: Record<string, unknown>) => Object.keys(entry).sort().join() === "file,fingerprint,ruleId"), "no name in a baseline entry");
  // The JSON report's fingerprints are the same, now beside the setting names.
  const report = JSON.parse(run(["scan", ".", "--format", "json", "--no-baseline"], project).stdout);
  const reported = report.findings.map((finding: { fingerprint: string; settingName?: string }) => [finding.fingerprint, finding.settingName]);
  assert.deepEqual(reported.sort(), [
    ["26bc48e4218b996f4164c7dfa1c61297", "partner-api-password"],
    ["2c647ab8eb59bb4fba548008185a801a", "password"],
    ["968a49b1a82e2c2744698c9d44875587", ".dockerconfigjson"],
    ["c0e26152fe909d860f88d9ebbbf9fa1e", "api-token"],
  ]);
});
