// The setting a finding's value is assigned to, as a developer knows it (settingNameFor), in the
// files whose engine keyName is a document path instead: Functions' local.settings.json, a
// Kubernetes Secret, a pipeline step's command line, compose, Spring's application.yml, and Key
// Vault secret resources in ARM templates and Bicep. The CLI reports it as `settingName`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { settingNameFor } from "../../src/fixes/setting-name";
import { withSettingNames } from "../../src/cli/setting-names";

// Invented values, split so that no line of this file reads as a secret.
const ACCOUNT_KEY = ["7sPMFs2g42Hv4w7DYOaXO9VbZkbWM5sriLQ9Ui9kAkx7P58H1", "RpMptKo7Xlt5QMwRr0To5DoQ1J76yAn6swwUw=="].join("");
const API_KEY = ["diZ+DKJ/kT8oPiRtECnzvPin", "yrH/xPxNrW5St6fFd2I="].join("");
const PASSWORD = ["Tq8#vLr2", "pXz!Wm4n"].join("");
const COSMOS_KEY = ["Xk3pQ9vLm2Rt7Yw4Zn8Bc6Df1Gh5Jk0Lp3Qr7St9Uv2Wx4", "Yz6Ab8Cd0Ef2Gh4Ij6Kl8Mn0Op2Qr4St6Uv8Wx0Yz=="].join("");
const OPENAI_KEY_BASE64 = Buffer.from(["e1f4a9c2b7d3408f", "96a1c5d8e2b37f40"].join("")).toString("base64");
const STORAGE = `DefaultEndpointsProtocol=https;AccountName=ordersfnstore;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`;
const SQL = `Server=tcp:orders-sql.database.windows.net,1433;Database=orders;User ID=ordersapp;Password=${PASSWORD};Encrypt=true`;

const ARM_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

/** [title, file path, content, rule id of the finding, its engine keyName (as before), the setting name]. */
type Case = readonly [string, string, string, string, string | undefined, string | undefined];

const CASES: readonly Case[] = [
  [
    "Functions local.settings.json: the setting, without Values",
    "local.settings.json",
    `{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "node",\n    "AzureWebJobsStorage": "${STORAGE}"\n  }\n}\n`,
    "azure/storage-connection-string",
    "Values:AzureWebJobsStorage",
    "AzureWebJobsStorage",
  ],
  [
    "Kubernetes Secret stringData: the key",
    "k8s/orders-secret.yaml",
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-secrets\ntype: Opaque\nstringData:\n  azurestorageaccountkey: "${ACCOUNT_KEY}"\n`,
    "azure/named-account-key",
    "stringData:azurestorageaccountkey",
    "azurestorageaccountkey",
  ],
  [
    "Kubernetes Secret data: the key",
    "k8s/openai-secret.yaml",
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: openai\ntype: Opaque\ndata:\n  AzureOpenAI__Key: ${OPENAI_KEY_BASE64}\n`,
    "kubernetes/secret-data",
    "data:AzureOpenAI__Key",
    "AzureOpenAI__Key",
  ],
  [
    "GitHub Actions run: named by the option on the command line and the account it opens",
    ".github/workflows/deploy.yml",
    `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: az storage blob upload --account-name ordersweb --account-key "${ACCOUNT_KEY}" -f index.html\n`,
    "azure/account-key-shape",
    "jobs:deploy:steps:run",
    "ordersweb-account-key",
  ],
  [
    "Azure Pipelines script: a URL on the command line names no setting",
    "azure-pipelines.yml",
    `trigger:\n  - main\nsteps:\n  - script: curl -sf https://orders-api.internal.contoso.com/health\n`,
    "config/internal-url",
    "steps:script",
    undefined,
  ],
  [
    "compose environment: the variable, not the service's path",
    "docker-compose.yml",
    `services:\n  api:\n    image: orders-api:latest\n    environment:\n      ConnectionStrings__Default: "${SQL}"\n`,
    "azure/sql-connection-string",
    "services:api:environment:ConnectionStrings__Default",
    "ConnectionStrings__Default",
  ],
  [
    "Spring application.yml: the dotted property",
    "src/main/resources/application.yml",
    `spring:\n  cloud:\n    azure:\n      cosmos:\n        endpoint: https://orders-cosmos.documents.azure.com:443/\n        key: "${COSMOS_KEY}"\n`,
    "generic/named-secret",
    "spring:cloud:azure:cosmos:key",
    "spring.cloud.azure.cosmos.key",
  ],
  [
    "ARM: a Key Vault secret resource named by concat(vault, '/secret')",
    "infra/azuredeploy.json",
    `{\n  "$schema": "${ARM_SCHEMA}",\n  "contentVersion": "1.0.0.0",\n  "parameters": { "vaultName": { "type": "string" } },\n  "resources": [\n    {\n      "type": "Microsoft.KeyVault/vaults/secrets",\n      "apiVersion": "2023-07-01",\n      "name": "[concat(parameters('vaultName'), '/orders-api-key')]",\n      "properties": { "value": "${API_KEY}" }\n    }\n  ]\n}\n`,
    "azure/key-vault-secret-resource",
    "resources:properties:value",
    "orders-api-key",
  ],
  [
    "ARM: a connection string in a Key Vault secret resource named by format('{0}/{1}', vault, 'secret')",
    "infra/azuredeploy.json",
    `{\n  "$schema": "${ARM_SCHEMA}",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "name": "[format('{0}/{1}', parameters('vaultName'), 'orders-storage')]",\n      "properties": {\n        "contentType": "text/plain",\n        "value": "${STORAGE}"\n      },\n      "type": "Microsoft.KeyVault/vaults/secrets",\n      "apiVersion": "2023-07-01"\n    }\n  ]\n}\n`,
    "azure/storage-connection-string",
    "resources:properties:value",
    "orders-storage",
  ],
  [
    "ARM: a vault's child secrets resource, named plainly",
    "infra/vault.json",
    `{\n  "$schema": "${ARM_SCHEMA}",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.KeyVault/vaults",\n      "apiVersion": "2023-07-01",\n      "name": "[parameters('vaultName')]",\n      "resources": [\n        {\n          "type": "secrets",\n          "apiVersion": "2023-07-01",\n          "name": "orders-sql",\n          "properties": { "value": "${SQL}" }\n        }\n      ]\n    }\n  ]\n}\n`,
    "azure/sql-connection-string",
    "resources:resources:properties:value",
    "orders-sql",
  ],
  [
    "Bicep: a connection string in a Key Vault secret resource named '${vault}/secret'",
    "infra/main.bicep",
    `param vaultName string\n\nresource ordersSql 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {\n  name: '\${vaultName}/orders-db-password'\n  properties: {\n    contentType: 'text/plain'\n    value: '${SQL}'\n  }\n}\n`,
    "azure/sql-connection-string",
    "value",
    "orders-db-password",
  ],
  [
    "Bicep: a parent's child secret with properties on one line",
    "infra/vault.bicep",
    `resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: 'kv-orders'\n\n  resource storage 'secrets' = {\n    name: 'orders-storage'\n    properties: { contentType: 'text/plain', value: '${STORAGE}' }\n  }\n}\n`,
    "azure/storage-connection-string",
    "value",
    "orders-storage",
  ],
];

for (const [title, filePath, content, ruleId, keyName, settingName] of CASES) {
  test(`settingNameFor: ${title}`, () => {
    const finding = scanText({ content, filePath, options: { includeConfig: true } }).find((candidate) => candidate.ruleId === ruleId);
    assert.ok(finding, `${ruleId} detected`);
    // The engine's keyName is left as it was: only the name reported beside it changes.
    assert.equal(finding.keyName, keyName);
    assert.equal(settingNameFor(content, filePath, finding), settingName);
  });
}

/** [title, file path, content]: secret resources whose name is computed, or given by another resource. */
const UNNAMED: readonly (readonly [string, string, string])[] = [
  [
    "ARM: the secret's name is a parameter",
    "infra/azuredeploy.json",
    `{\n  "$schema": "${ARM_SCHEMA}",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.KeyVault/vaults/secrets",\n      "apiVersion": "2023-07-01",\n      "name": "[concat(parameters('vaultName'), '/', parameters('secretName'))]",\n      "properties": { "value": "${STORAGE}" }\n    }\n  ]\n}\n`,
  ],
  [
    "ARM: a literal followed by more of the expression names only a part",
    "infra/azuredeploy.json",
    `{\n  "$schema": "${ARM_SCHEMA}",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.KeyVault/vaults/secrets",\n      "apiVersion": "2023-07-01",\n      "name": "[concat(parameters('vaultName'), '/orders-storage-', parameters('environment'))]",\n      "properties": { "value": "${STORAGE}" }\n    }\n  ]\n}\n`,
  ],
  [
    "Bicep: the secret's name is interpolated",
    "infra/main.bicep",
    `param vaultName string\nparam environment string\n\nresource storage 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {\n  name: '\${vaultName}/orders-\${environment}-storage'\n  properties: {\n    value: '${STORAGE}'\n  }\n}\n`,
  ],
  [
    "ARM: a value under another resource type's properties",
    "infra/azuredeploy.json",
    `{\n  "$schema": "${ARM_SCHEMA}",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.Web/sites/config",\n      "apiVersion": "2023-01-01",\n      "name": "orders-web/connectionstrings",\n      "properties": { "value": "${STORAGE}" }\n    }\n  ]\n}\n`,
  ],
];

for (const [title, filePath, content] of UNNAMED) {
  test(`settingNameFor: no secret resource name to take: ${title}`, () => {
    const finding = scanText({ content, filePath }).find((candidate) => candidate.ruleId === "azure/storage-connection-string");
    assert.ok(finding, "detected");
    // (The engine's keyName, or its last segment, as before: never a part of an expression.)
    assert.equal(settingNameFor(content, filePath, finding), "value");
  });
}

test("settingNameFor: a URL's password with an @ in it gives none of itself to the name", () => {
  // (The host follows the last @; the first would make the password's end the host.)
  const password = ["Kx7q", "@pass135!"].join("");
  const content = `Connect with mongodb+srv://ordersapp:${password}@orders-cluster.mongodb.net/orders\n`;
  const finding = scanText({ content, filePath: "notes.txt" }).find((candidate) => candidate.kind === "secret");
  assert.ok(finding, "detected");
  assert.equal(content.slice(finding.range.startOffset, finding.range.endOffset), password);
  const name = settingNameFor(content, "notes.txt", finding);
  assert.ok(!name?.includes("pass135"), `named ${name}`);
});

test("withSettingNames (the CLI's): a name with a piece of the value in it is left out of the report", () => {
  // A user's name in their own password: the option names the value `<user>-password`.
  const password = ["ordersadmin", "Zq8!x7Lw"].join("");
  const content = `curl -u ordersadmin:${password} https://jenkins.contoso.com/api/json\ncurl -u ops:${PASSWORD} https://jenkins.contoso.com/api/json\n`;
  // (Two rules find each password; one names it.)
  const findings = scanText({ content, filePath: "ops.sh" });
  assert.deepEqual(
    findings.map((finding) => settingNameFor(content, "ops.sh", finding)),
    ["ordersadmin_password", undefined, "ops_password", undefined],
  );
  assert.deepEqual(
    withSettingNames(content, "ops.sh", findings).map((finding) => finding.settingName),
    [undefined, undefined, "ops_password", undefined],
  );
});

test("withSettingNames: a configuration value keeps a name that shares a word with it (the report shows the value whole)", () => {
  const content = `spring:\n  data:\n    redis:\n      host: redis-orders-prod.fabrikam-int.net\n`;
  const findings = scanText({ content, filePath: "src/main/resources/application.yml" });
  assert.deepEqual(
    withSettingNames(content, "src/main/resources/application.yml", findings).map((finding) => [finding.kind, finding.settingName]),
    [["config", "spring.data.redis.host"]],
  );
});
