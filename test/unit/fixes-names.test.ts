// Names a moved value gets: Key Vault secret names, environment variables, App Configuration keys.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import {
  appConfigurationKeyFor,
  distinctEnvironmentVariable,
  environmentVariableFor,
  environmentVariableForKey,
  isValidEnvironmentVariable,
  isValidSecretName,
  planConfigMove,
  secretNameFor,
  settingNameFor,
  suggestedSecretName,
  uniqueSecretName,
} from "../../src/fixes";

const fallback = { filePath: "src/config.ts", ruleId: "github/token" };

const SECRET_NAMES: [string | undefined, string][] = [
  ["ConnectionStrings:Default", "ConnectionStrings--Default"],
  ["DB_PASSWORD", "DB-PASSWORD"],
  ["db.password", "db-password"],
  ["ConnectionStrings__Default", "ConnectionStrings--Default"],
  ["Logging:Providers:0:ApiKey", "Logging--Providers--0--ApiKey"],
  ["_leading_and_trailing_", "leading-and-trailing"],
  ["api key (prod)", "api-key-prod"],
  ["pässwort", "p-sswort"],
  ["$apiKey", "apiKey"],
  [":Token:", "Token"],
  ["a::b", "a--b"],
  ["--", "config-github-token"],
  [undefined, "config-github-token"],
  ["", "config-github-token"],
  ["日本", "config-github-token"],
];

for (const [keyName, expected] of SECRET_NAMES) {
  test(`secretNameFor(${JSON.stringify(keyName)}) = ${expected}`, () => {
    const name = secretNameFor(keyName, fallback);
    assert.equal(name, expected);
    assert.ok(isValidSecretName(name).valid);
  });
}

test("secretNameFor: the fallback uses the file's base name without extension, from either path separator", () => {
  assert.equal(secretNameFor(undefined, { filePath: "C:\\repo\\deploy\\release.ps1", ruleId: "azure/storage-account-key" }), "release-azure-storage-account-key");
  assert.equal(secretNameFor(undefined, { filePath: ".env", ruleId: "generic/named-secret" }), "env-generic-named-secret");
});

test("secretNameFor: truncated to 127 characters, never ending in '-'", () => {
  const long = `${"a".repeat(126)}:b`;
  const name = secretNameFor(long, fallback);
  assert.equal(name, "a".repeat(126));
  assert.equal(secretNameFor("x".repeat(300), fallback).length, 127);
  assert.ok(isValidSecretName(secretNameFor(`${"a".repeat(125)}__b`, fallback)).valid);
});

const NAME_CHECKS: [string, boolean, RegExp?][] = [
  ["ConnectionStrings--Default", true],
  ["a", true],
  ["-leading-is-legal-", true],
  ["", false, /Enter/],
  ["a".repeat(128), false, /127 characters; this one has 128/],
  ["ConnectionStrings:Default", false, /":" is not allowed/],
  ["db_password", false, /"_" is not allowed/],
  ["with space", false, /" " is not allowed/],
];

for (const [name, valid, reason] of NAME_CHECKS) {
  test(`isValidSecretName(${JSON.stringify(name.length > 20 ? `${name.slice(0, 10)}…` : name)}) is ${valid}`, () => {
    const check = isValidSecretName(name);
    assert.equal(check.valid, valid);
    if (!check.valid && reason) assert.match(check.reason, reason);
  });
}

test("uniqueSecretName: base, then base-2, base-3…", () => {
  const taken = new Set(["db-password", "db-password-2"]);
  assert.equal(uniqueSecretName("api-key", (name) => taken.has(name)), "api-key");
  assert.equal(uniqueSecretName("db-password", (name) => taken.has(name)), "db-password-3");
});

test("uniqueSecretName: shortens the base to keep the suffix within 127 characters", () => {
  const base = "a".repeat(127);
  const name = uniqueSecretName(base, (candidate) => candidate === base);
  assert.equal(name, `${"a".repeat(125)}-2`);
  assert.ok(isValidSecretName(name).valid);
});

const ENVIRONMENT_VARIABLES: [string | undefined, string, string][] = [
  ["ConnectionStrings:Default", "ConnectionStrings--Default", "ConnectionStrings__Default"],
  ["password", "password", "PASSWORD"],
  ["dbPassword", "dbPassword", "DB_PASSWORD"],
  ["db.password", "db-password", "DB_PASSWORD"],
  ["db-password", "db-password", "DB_PASSWORD"],
  ["APIKey", "APIKey", "API_KEY"],
  ["githubToken2", "githubToken2", "GITHUB_TOKEN2"],
  ["DB_PASSWORD", "DB-PASSWORD", "DB_PASSWORD"],
  ["2fa-secret", "2fa-secret", "_2FA_SECRET"],
  [undefined, "config-github-token", "CONFIG_GITHUB_TOKEN"],
  [undefined, "ConnectionStrings--Default", "ConnectionStrings__Default"],
  ["$$$", "orders-api-key", "ORDERS_API_KEY"],
  // Names written with capitals inside are one word, as their tools' variables spell them.
  ["GitHubToken", "GitHubToken", "GITHUB_TOKEN"],
  ["gitHubToken", "gitHubToken", "GITHUB_TOKEN"],
  ["OAuthClientSecret", "OAuthClientSecret", "OAUTH_CLIENT_SECRET"],
  ["OpenAIApiKey", "OpenAIApiKey", "OPENAI_API_KEY"],
  ["SendGridApiKey", "SendGridApiKey", "SENDGRID_API_KEY"],
  ["MySQLPassword", "MySQLPassword", "MYSQL_PASSWORD"],
  ["azureDevOpsPat", "azureDevOpsPat", "AZURE_DEVOPS_PAT"],
  ["iOSKey", "iOSKey", "IOS_KEY"],
  // (Not where the word goes on, nor inside another or a run of capitals.)
  ["GitHubs", "GitHubs", "GIT_HUBS"],
  ["legitHubToken", "legitHubToken", "LEGIT_HUB_TOKEN"],
  ["IOSKEY", "IOSKEY", "IOSKEY"],
];

for (const [keyName, secretName, expected] of ENVIRONMENT_VARIABLES) {
  test(`environmentVariableFor(${JSON.stringify(keyName)}, ${secretName}) = ${expected}`, () => {
    const name = environmentVariableFor(keyName, secretName);
    assert.equal(name, expected);
    assert.ok(isValidEnvironmentVariable(name));
  });
}

const APP_CONFIGURATION_KEYS: [string | undefined, string][] = [
  ["Orders:ServiceUrl", "Orders:ServiceUrl"],
  ["ORDERS__SERVICEURL", "ORDERS:SERVICEURL"],
  ["orders.serviceUrl", "orders:serviceUrl"],
  ["serviceUrl", "serviceUrl"],
  ["Orders:Service Url", "Orders:Service-Url"],
  // (No name and no value to name it by: the file's, never the rule's.)
  [undefined, "client:Setting"],
];

for (const [keyName, expected] of APP_CONFIGURATION_KEYS) {
  test(`appConfigurationKeyFor(${JSON.stringify(keyName)}) = ${expected}`, () => {
    assert.equal(appConfigurationKeyFor(keyName, { filePath: "src/client.ts", ruleId: "config/internal-url" }), expected);
  });
}

test("appConfigurationKeyFor without a name: the value's host and what the value is of it", () => {
  const key = (value: string) => appConfigurationKeyFor(undefined, { filePath: "src/client.ts", ruleId: "config/internal-url", value });
  assert.equal(key("https://api.fabrikam-shipping.com/v3/rates"), "fabrikam-shipping:Url");
  assert.equal(key("https://orders-api.internal.fabrikam.com/"), "orders-api:BaseUrl");
  assert.equal(key("amqps://sb-orders-prod.servicebus.windows.net"), "sb-orders-prod:Url");
  assert.equal(key("smtp-relay.corp.fabrikam.com"), "smtp-relay:Host");
  assert.equal(key("erp01:8080"), "erp01:Address");
  assert.equal(key("dns:///routing.fulfilment.svc:50051"), "routing:Url");
  // An IP address names nothing: the file's name says where it is used.
  assert.equal(key("10.40.3.11"), "client:Address");
  assert.equal(key("http://[fd00:10:20::15]:8080/api"), "client:Url");
});

test("environmentVariableForKey: App Configuration key to upper-case __ form", () => {
  assert.equal(environmentVariableForKey("Orders:ServiceUrl"), "ORDERS__SERVICEURL");
  assert.equal(environmentVariableForKey("orders.v2:url"), "ORDERS_V2__URL");
});

// Made-up values, assembled at run time so this file does not hold a detectable secret.
const TOKEN = "ghp_" + "T4kW9qZ2mX7vB3nR8cL1pY6sF0dH5jG2aE9u";
const PASSWORD = "Hq7Lz" + "R2vX9mK4pW";

const SETTING_NAMES: [string, string, string, string][] = [
  ["App Service settings array: the sibling name", "deploy/settings.json", `[\n  { "name": "GitHub__Token", "value": "${TOKEN}", "slotSetting": false }\n]\n`, "GitHub--Token"],
  ["local.settings.json: without Values", "local.settings.json", `{ "Values": { "DB_PASSWORD": "${PASSWORD}" } }\n`, "DB-PASSWORD"],
  ["local.settings.json: ConnectionStrings keep their section", "local.settings.json", `{ "ConnectionStrings": { "Orders": "Server=tcp:orders.database.windows.net;User ID=app;Password=${PASSWORD}" } }\n`, "ConnectionStrings--Orders"],
  ["appsettings.json: the configuration path", "appsettings.json", `{ "GitHub": { "Token": "${TOKEN}" } }\n`, "GitHub--Token"],
  ["compose list: NAME=value", "docker-compose.yml", `services:\n  api:\n    environment:\n      - GITHUB_TOKEN=${TOKEN}\n`, "GITHUB-TOKEN"],
  ["compose map: the last key, not the document path", "compose.yaml", `services:\n  api:\n    environment:\n      DB_PASSWORD: "${PASSWORD}"\n`, "DB-PASSWORD"],
  ["Kubernetes env: the sibling name", "k8s/app.yaml", `env:\n  - name: GITHUB_TOKEN\n    value: ${TOKEN}\n`, "GITHUB-TOKEN"],
  ["Bicep appSettings: the sibling name", "main.bicep", `var s = [\n  {\n    name: 'GITHUB_TOKEN'\n    value: '${TOKEN}'\n  }\n]\n`, "GITHUB-TOKEN"],
  ["web.config connection string", "web.config", `<connectionStrings>\n  <add name="Orders" connectionString="Server=tcp:orders.database.windows.net;User ID=app;Password=${PASSWORD}" />\n</connectionStrings>\n`, "ConnectionStrings--Orders"],
  ["code: the assigned name", "src/a.ts", `const githubToken = "${TOKEN}";\n`, "githubToken"],
  ["code: a field set through this., without the receiver", "src/a.ts", `class A {\n  constructor() {\n    this.githubToken = "${TOKEN}";\n  }\n}\n`, "githubToken"],
  ["code: a field set through self., without the receiver", "app/client.py", `class Client:\n    def __init__(self):\n        self.api_token = "${TOKEN}"\n`, "api-token"],
  ["code: Visual Basic's Me., without the receiver", "Client.vb", `Me.GitHubToken = "${TOKEN}"\n`, "GitHubToken"],
  ["code: a path through other objects keeps them", "app/settings.py", `config.github.token = "${TOKEN}"\n`, "config-github-token"],
  ["code: me. outside Visual Basic is a variable, kept", "src/a.js", `me.githubToken = "${TOKEN}";\n`, "me-githubToken"],
  ["command line: the NAME= right before the value, not the line's first", "deploy.sh", `az webapp config appsettings set -g rg -n orders --settings LOG_LEVEL=info GITHUB_TOKEN=${TOKEN}\n`, "GITHUB-TOKEN"],
  ["command line: an option's NAME=value pair", "apply.sh", `terraform apply -var="github_token=${TOKEN}"\n`, "github-token"],
  ["command line: a PowerShell parameter", "deploy.ps1", `Publish-Release -Environment prod -GitHubToken '${TOKEN}'\n`, "GitHubToken"],
  ["a pipeline's script in a block scalar: the script's NAME=", "azure-pipelines.yml", `steps:\n  - task: AzureCLI@2\n    inputs:\n      inlineScript: |\n        az webapp config appsettings set -g rg -n orders --settings GITHUB_TOKEN=${TOKEN}\n`, "GITHUB-TOKEN"],
  ["command line: curl's -u, the user's password", "ops.sh", `curl -u admin:${PASSWORD} https://jenkins.contoso.com/api/json\n`, "admin-password"],
];

for (const [title, filePath, text, expected] of SETTING_NAMES) {
  test(`suggestedSecretName: ${title}`, () => {
    const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "secret");
    assert.ok(finding, "detected");
    assert.equal(suggestedSecretName(text, filePath, finding), expected);
    assert.ok(settingNameFor(text, filePath, finding));
  });
}

test("a connection string with no name of its own is named by its database or server, not by the keyword before its secret", () => {
  const password = ["Vq8r", "T2mZx9Lp"].join("");
  const named = (content: string, filePath: string): string[] =>
    scanText({ content, filePath })
      .filter((finding) => finding.kind === "secret")
      .map((finding) => `${suggestedSecretName(content, filePath, finding)} ${environmentVariableFor(settingNameFor(content, filePath, finding), "x")}`);
  assert.deepEqual(named(`options.UseSqlServer("Server=tcp:orders-sql.contoso.net,1433;Database=Orders;User Id=app;Password=${password};");\n`, "Startup.cs"), ["orders-sql-connection-string ORDERS_SQL_CONNECTION_STRING"]);
  assert.deepEqual(named(`conn = psycopg2.connect("host=billing-db.contoso.internal password=${password} user=app")\n`, "db.py"), ["billing-db-connection-string BILLING_DB_CONNECTION_STRING"]);
  assert.deepEqual(named(`db, err := sql.Open("mysql", "app:${password}@tcp(reports-db.contoso.internal:3306)/reports")\n`, "main.go"), ["reports-db-connection-string REPORTS_DB_CONNECTION_STRING"]);
  assert.deepEqual(named(`engine = create_engine("postgresql://app:${password}@localhost:5432/audit_log")\n`, "db.py"), ["audit-log-connection-string AUDIT_LOG_CONNECTION_STRING"]);
  assert.deepEqual(named(`conn = DriverManager.getConnection("jdbc:sqlserver://sql1.contoso.net:1433;databaseName=billing;user=sa;password=${password};");\n`, "Db.java"), ["billing-sql1-connection-string BILLING_SQL1_CONNECTION_STRING"]);
  // A database every server has (master, admin, postgres) tells a primary from a replica no better than nothing: the server does.
  assert.deepEqual(named(`Open("Server=sql-west.contoso.net;Database=master;User Id=sa;Password=${password};");\n`, "Repo.cs"), ["sql-west-connection-string SQL_WEST_CONNECTION_STRING"]);
  // A primary and its replica share the database, not the server.
  assert.deepEqual(
    named(`primary = psycopg2.connect("host=pg-primary.corp.local user=app password=${password} dbname=orders")\nreplica = psycopg2.connect("host=pg-replica.corp.local user=ro password=${password}x dbname=orders")\n`, "db.py"),
    ["orders-pg-primary-connection-string ORDERS_PG_PRIMARY_CONNECTION_STRING", "orders-pg-replica-connection-string ORDERS_PG_REPLICA_CONNECTION_STRING"],
  );
  // A name the file gives the string wins; so does the keyword where the string says nothing distinctive.
  assert.deepEqual(named(`var ordersDb = "Server=tcp:orders-sql.contoso.net;Database=Orders;User Id=app;Password=${password};";\n`, "Repo.cs"), ["ordersDb ORDERS_DB"]);
  assert.deepEqual(named(`Open("Server=127.0.0.1;User Id=app;Password=${password};");\n`, "Repo.cs"), ["Password PASSWORD"]);
});

test("a variable the system sets for every process (PWD, PATH, HOME) is not proposed: _SECRET goes after it", () => {
  assert.equal(environmentVariableFor("PWD", "x"), "PWD_SECRET");
  assert.equal(environmentVariableFor("path", "x"), "PATH_SECRET");
  assert.equal(environmentVariableFor(undefined, "home"), "HOME_SECRET");
  assert.equal(environmentVariableFor("DB_PWD", "x"), "DB_PWD");
  // zsh sets HOST, bash HOSTTYPE.
  assert.equal(environmentVariableFor("host", "x"), "HOST_SECRET");
  assert.equal(environmentVariableFor("HOSTTYPE", "x"), "HOSTTYPE_SECRET");
});

test("a configuration value is not read from a variable the system sets either: _SETTING goes after it", () => {
  assert.equal(environmentVariableForKey("path"), "PATH_SETTING");
  assert.equal(environmentVariableForKey("home"), "HOME_SETTING");
  assert.equal(environmentVariableForKey("host"), "HOST_SETTING");
  assert.equal(environmentVariableForKey("HOSTTYPE"), "HOSTTYPE_SETTING");
  assert.equal(environmentVariableForKey("db:host"), "DB__HOST");
  assert.equal(environmentVariableForKey("hostUrl"), "HOSTURL");
});

test("a configuration value in code is rewritten to read a variable no shell sets", () => {
  const text = `const cfg = { home: "https://orders.internal.contoso.com/api" };\n`;
  const finding = scanText({ content: text, filePath: "src/app.ts" }).find((candidate) => candidate.kind === "config");
  assert.ok(finding);
  const key = appConfigurationKeyFor(settingNameFor(text, "src/app.ts", finding), { filePath: "src/app.ts", ruleId: finding.ruleId });
  const plan = planConfigMove({ text, filePath: "src/app.ts", finding, key });
  assert.deepEqual(plan.edits.map((edit) => edit.newText), ["process.env.HOME_SETTING!"]);
});

test("a bare key is named with its section, so two services' keys are two variables", () => {
  const content = `openai:\n  key: ${["Qm7vXk2L", "pR9tWz3N", "bY8cFd6H"].join("")}\nsendgrid:\n  key: ${["Pq4rTz8w", "Nb2mKy6V", "cXk9qWm2"].join("")}\n`;
  const names = scanText({ content, filePath: "config.yaml" }).map((finding) => [suggestedSecretName(content, "config.yaml", finding), environmentVariableFor(settingNameFor(content, "config.yaml", finding), "x")]);
  assert.deepEqual(names, [["openai-key", "OPENAI_KEY"], ["sendgrid-key", "SENDGRID_KEY"]]);
});

test("YAML: a generic leaf is named with its section; a variables section's names and a step's command key are not", () => {
  const value = (seed: string) => `${seed}q7Xv2LmR9tKp4WzN`;
  const named = (content: string, filePath: string) =>
    scanText({ content, filePath })
      .filter((finding) => finding.kind === "secret")
      .map((finding) => `${suggestedSecretName(content, filePath, finding)} ${environmentVariableFor(settingNameFor(content, filePath, finding), suggestedSecretName(content, filePath, finding))}`);
  assert.deepEqual(named(`database:\n  password: ${value("Aa1")}\nredis:\n  password: ${value("Bb2")}\n`, "config/app.yaml"), ["database-password DATABASE_PASSWORD", "redis-password REDIS_PASSWORD"]);
  assert.deepEqual(named(`env:\n  TOKEN: ${value("Cc3")}\n`, "deploy.yaml"), ["TOKEN TOKEN"]);
  // A chart's `auth:` holds its owner's credentials: two charts' auth.password are two variables.
  assert.deepEqual(named(`postgresql:\n  auth:\n    password: ${value("Ee5")}\nredis:\n  auth:\n    password: ${value("Ff6")}\n`, "chart/values.yaml"), ["postgresql-password POSTGRESQL_PASSWORD", "redis-password REDIS_PASSWORD"]);
  const token = ["ghp_", "V8mQ2xL7kR4wZ9tN3bC6pJ1sH5dF0gY2aU7e"].join("");
  assert.deepEqual(named(`jobs:\n  build:\n    steps:\n      - run: curl -H "Authorization: Bearer ${token}" https://api.github.com\n`, ".github/workflows/ci.yml"), ["ci-github-token CI_GITHUB_TOKEN"]);
  // An action's input is named by the action, not by `with`.
  assert.deepEqual(named(`jobs:\n  build:\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          username: ci\n          password: ${value("Dd4")}\n`, ".github/workflows/ci.yml"), ["docker-login-password DOCKER_LOGIN_PASSWORD"]);
  // (A `run: |` block's lines are the script's: `curl -H "Authorization` before its `: ` is no key.)
  assert.deepEqual(named(`jobs:\n  build:\n    steps:\n      - run: |\n          curl -fsS -H "Authorization: Bearer ${token}" https://api.github.com\n`, ".github/workflows/ci.yml"), ["ci-github-token CI_GITHUB_TOKEN"]);
});

test("names: a YAML list's credentials by their item, Cosmos DB by its account endpoint, Redis by its host", () => {
  const named = (content: string, filePath: string) =>
    scanText({ content, filePath })
      .filter((finding) => finding.kind === "secret")
      .map((finding) => suggestedSecretName(content, filePath, finding));
  assert.deepEqual(named(`apis:\n  - name: orders\n    key: ${["Mn4bVc7X", "zL1kJhG6", "qW2eR8tY"].join("")}\n  - name: billing\n    key: ${["Pq9wEr2T", "yU5iOp8A", "sD3fG7hJ"].join("")}\n`, "config/app.yaml"), ["orders-key", "billing-key"]);
  const redisKey = ["Rt5yHb8N", "cQ2wEzM3", "kP7sQ1aZ", "4xC6vB8n"].join("") + "=";
  assert.deepEqual(named(`var redis = ConnectionMultiplexer.Connect("orders-cache.redis.cache.windows.net:6380,password=${redisKey},ssl=True,abortConnect=False");\n`, "Startup.cs"), ["orders-cache-connection-string"]);
});

test("distinctEnvironmentVariable: the variable, or the first numbered one no other replacement reads", () => {
  assert.equal(distinctEnvironmentVariable("API_KEY", () => false), "API_KEY");
  assert.equal(distinctEnvironmentVariable("API_KEY", (name) => name === "API_KEY"), "API_KEY_2");
  assert.equal(distinctEnvironmentVariable("API_KEY", (name) => name === "API_KEY" || name === "API_KEY_2"), "API_KEY_3");
});

test("a generic name in a list's item that names itself takes the item's name: code's object literals, JSON's arrays", () => {
  const names = (content: string, filePath: string) => scanText({ content, filePath }).map((finding) => suggestedSecretName(content, filePath, finding));
  const first = ["Xk9vQ2mL", "p7RzT4wB8nC1"].join("");
  const second = ["Hq3vR8mK", "p2LzT6wN9bD4"].join("");
  assert.deepEqual(names(`const providers = [\n  { name: "orders", apiKey: "${first}" },\n  { name: "billing", apiKey: "${second}" },\n];\n`, "providers.ts"), ["orders-apiKey", "billing-apiKey"]);
  assert.deepEqual(names(`PROVIDERS = [\n    {"name": "orders", "api_key": "${first}"},\n    {"name": "billing",\n     "api_key": "${second}"},\n]\n`, "providers.py"), ["orders-api-key", "billing-api-key"]);
  assert.deepEqual(names(`{"providers": [{"name": "orders", "apiKey": "${first}"}, {"name": "billing", "apiKey": "${second}"}]}`, "providers.json"), ["providers--orders--apiKey", "providers--billing--apiKey"]);
  // Not a nested object's name, nor a name that is no setting's: the key's own, in its object's.
  assert.deepEqual(names(`const db = { owner: { name: "ops" }, password: "${first}" };\n`, "db.ts"), ["db-password"]);
  assert.deepEqual(names(`const db = { name: "orders db", password: "${first}" };\n`, "db.ts"), ["db-password"]);
});
