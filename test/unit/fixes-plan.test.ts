// planMove / planConfigMove beyond the golden files: refusals, style overrides, literal splitting,
// imports, configuration values, and the promise that the secret shows up only in `value`.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import type { Finding } from "../../src/engine";
import { FixPlanError, moveRefusal, planConfigMove, planMove, suggestedSecretName, toolReadFileRefusal } from "../../src/fixes";
import type { MovePlan, ReplacementStyle } from "../../src/fixes";
import { yamlPathAt } from "../../src/fixes/yaml";

// Made-up values, assembled at run time so this file does not hold a detectable secret.
const TOKEN = "ghp_" + "V8mQ2xL7kR4wZ9tN3bC6pJ1sH5dF0gY2aU7e";
const PASSWORD = "Jw4Qz" + "T8nX2vL6pR";
const VAULT = "https://contoso-orders-kv.vault.azure.net";

function secretIn(text: string, filePath: string, languageId?: string): Finding {
  const finding = scanText({ content: text, filePath, languageId }).find((candidate) => candidate.kind === "secret");
  assert.ok(finding, `the engine detects the secret in ${filePath}`);
  return finding;
}

function apply(text: string, plan: MovePlan): string {
  let out = text;
  for (const edit of [...plan.edits].reverse()) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** Plans the first secret and checks the invariants every plan keeps; returns the rewritten text. */
function move(text: string, filePath: string, options: { style?: ReplacementStyle; secretName?: string; languageId?: string } = {}): { plan: MovePlan; after: string } {
  const { languageId } = options;
  const finding = secretIn(text, filePath, languageId);
  const secret = text.slice(finding.range.startOffset, finding.range.endOffset);
  const secretName = options.secretName ?? suggestedSecretName(text, filePath, finding, languageId);
  const plan = planMove({ text, filePath, languageId, finding, secretName, vaultUrl: VAULT, ...(options.style ? { style: options.style } : {}) });
  const withoutValue = JSON.stringify(plan, (key, field: unknown) => (key === "value" ? undefined : field));
  assert.ok(!withoutValue.includes(secret), "only `value` holds the secret");
  const after = apply(text, plan);
  assert.ok(!after.includes(secret), "the secret left the file");
  return { plan, after };
}

function refusal(code: string, secret: string = TOKEN) {
  return (error: unknown) => error instanceof FixPlanError && error.code === code && !error.message.includes(secret);
}

test("refuses a finding whose text changed since the scan", () => {
  const text = `const token = "${TOKEN}";\n`;
  const finding = secretIn(text, "src/a.ts");
  const edited = text.replace(TOKEN, TOKEN.slice(0, -1) + "Z");
  assert.throws(() => planMove({ text: edited, filePath: "src/a.ts", finding, secretName: "token", vaultUrl: VAULT }), refusal("stale"));
  assert.throws(() => planMove({ text: text.slice(0, 20), filePath: "src/a.ts", finding, secretName: "token", vaultUrl: VAULT }), refusal("stale"));
  // The fingerprint includes the path: planning under another path than the scan's is refused too.
  assert.throws(() => planMove({ text, filePath: "src/b.ts", finding, secretName: "token", vaultUrl: VAULT }), refusal("stale"));
});

test("a second identical value is recognised by its occurrence index", () => {
  const text = `const a = "${TOKEN}";\nconst b = "${TOKEN}";\n`;
  const second = scanText({ content: text, filePath: "src/a.ts" })[1]!;
  const plan = planMove({ text, filePath: "src/a.ts", finding: second, secretName: "b", vaultUrl: VAULT });
  assert.equal(apply(text, plan), `const a = "${TOKEN}";\nconst b = process.env.B!;\n`);
});

test("refuses an invalid secret name or vault URL", () => {
  const text = `const token = "${TOKEN}";\n`;
  const finding = secretIn(text, "src/a.ts");
  for (const [secretName, vaultUrl] of [
    ["db_password", VAULT],
    ["token", "http://contoso.vault.azure.net"],
    ["token", "https://contoso.vault.azure.net/secrets/x"],
    ["token", "https://user:pw@contoso.vault.azure.net"],
    ["token", "not a url"],
  ] as const) {
    assert.throws(() => planMove({ text, filePath: "src/a.ts", finding, secretName, vaultUrl }), refusal("invalidInput"), `${secretName} ${vaultUrl}`);
  }
});

test("the reference joins the vault URL and the name with one slash, whatever the URL ends with", () => {
  const text = `DB_PASSWORD=${PASSWORD}\n`;
  const finding = secretIn(text, ".env");
  for (const vaultUrl of ["https://contoso.vault.azure.net", "https://contoso.vault.azure.net/", "https://127.0.0.1:8443/"]) {
    const plan = planMove({ text, filePath: ".env", finding, secretName: "DB-PASSWORD", vaultUrl });
    assert.match(plan.replacementDescription, /^@Microsoft\.KeyVault\(SecretUri=https:\/\/[^/]+\/secrets\/DB-PASSWORD\/\)$/);
  }
});

test("planMove takes secrets only, planConfigMove configuration values only", () => {
  const config = `const serviceUrl = "http://10.20.30.40:8080/api";\n`;
  const configFinding = scanText({ content: config, filePath: "src/a.ts" })[0]!;
  assert.equal(configFinding.kind, "config");
  assert.throws(() => planMove({ text: config, filePath: "src/a.ts", finding: configFinding, secretName: "x", vaultUrl: VAULT }), refusal("unsupported"));
  const secret = `const token = "${TOKEN}";\n`;
  assert.throws(() => planConfigMove({ text: secret, filePath: "src/a.ts", finding: secretIn(secret, "src/a.ts"), key: "Token" }), refusal("unsupported"));
});

test("style keyVaultReference in code: the literal's content becomes the reference, quotes kept", () => {
  const { plan, after } = move(`const token = '${TOKEN}';\n`, "src/a.ts", { style: "keyVaultReference", secretName: "gh-token" });
  assert.equal(after, `const token = '@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/gh-token/)';\n`);
  assert.equal(plan.style, "keyVaultReference");
});

test("style removeValue in .env deletes the line; in code it is refused", () => {
  const { after } = move(`A=1\nDB_PASSWORD=${PASSWORD}\nB=2\n`, ".env", { style: "removeValue" });
  assert.equal(after, "A=1\nB=2\n");
  const text = `const token = "${TOKEN}";\n`;
  const finding = secretIn(text, "src/a.ts");
  assert.throws(() => planMove({ text, filePath: "src/a.ts", finding, secretName: "t", vaultUrl: VAULT, style: "removeValue" }), refusal("unsupported"));
});

test("style keyVaultReference in appsettings.json keeps the member; in a plain YAML scalar it adds quotes", () => {
  assert.equal(move(`{ "GitHub": { "Token": "${TOKEN}" } }\n`, "appsettings.json", { style: "keyVaultReference" }).after, `{ "GitHub": { "Token": "@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/GitHub--Token/)" } }\n`);
  assert.equal(move(`env:\n  TOKEN: ${TOKEN}\n`, "k8s/app.yaml", { style: "keyVaultReference" }).after, `env:\n  TOKEN: "@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/TOKEN/)"\n`);
});

test("appsettings.json: removing a member that shares its line", () => {
  assert.equal(move(`{ "GitHub": { "Org": "contoso", "Token": "${TOKEN}" } }\n`, "appsettings.json").after, `{ "GitHub": { "Org": "contoso" } }\n`);
  assert.equal(move(`{ "GitHub": { "Token": "${TOKEN}", "Org": "contoso" } }\n`, "appsettings.json").after, `{ "GitHub": { "Org": "contoso" } }\n`);
});

test("appsettings.json: a secret renamed away from its key gets a note on how the provider maps it", () => {
  const { plan } = move(`{ "GitHub": { "Token": "${TOKEN}" } }\n`, "appsettings.json", { secretName: "github-token" });
  assert.ok(plan.notes.some((note) => note.includes("reads the secret github-token as github-token, not GitHub:Token")));
});

test("a literal holding more than the value is split around it, with parentheses where precedence needs them", () => {
  assert.equal(move(`const h = "Bearer ${TOKEN}".trim();\n`, "src/a.ts").after, `const h = ("Bearer " + process.env.H).trim();\n`);
  assert.equal(move(`f(token="${TOKEN} (ci)")\n`, "job.py").after, `import os\n\nf(token=os.environ["TOKEN"] + " (ci)")\n`);
  assert.equal(move(`$h = @{ Authorization = "Bearer ${TOKEN}" }\n`, "a.ps1").after, `$h = @{ Authorization = "Bearer \${env:AUTHORIZATION}" }\n`);
  assert.equal(move(`$h = @{ Authorization = 'Bearer ${TOKEN}' }\n`, "a.ps1").after, `$h = @{ Authorization = ('Bearer ' + $env:AUTHORIZATION) }\n`);
  assert.equal(move(`export TOKEN=${TOKEN}\n`, "env.sh").after, `export TOKEN="\${TOKEN:?TOKEN is not set}"\n`);
  assert.equal(move(`curl -H 'Authorization: token ${TOKEN}' x\n`, "a.sh").after, `curl -H 'Authorization: token '"\${AUTHORIZATION:?AUTHORIZATION is not set}"'' x\n`);
});

test("blanks around the value stay in the code where the literal can be split, so the vault holds the value itself", () => {
  for (const [text, filePath, expected] of [
    [`const token = " ${TOKEN}";\n`, "src/a.ts", `const token = " " + process.env.TOKEN;\n`],
    [`token = "${TOKEN}\t"\n`, "job.py", `import os\n\ntoken = os.environ["TOKEN"] + "\t"\n`],
    [`$token = " ${TOKEN} "\n`, "a.ps1", `$token = " \${env:TOKEN} "\n`],
  ] as const) {
    const { plan, after } = move(text, filePath);
    assert.equal(after, expected);
    assert.ok(plan.value === TOKEN, "the vault gets the value without its blanks");
  }
  // Rust's strings are not split (no operator joins a &str), so the string moves whole, blank and all.
  const { plan, after } = move(`fn main() {\n    let token = " ${TOKEN}";\n}\n`, "src/main.rs");
  assert.match(after, /let token = &\*std::env::var\("TOKEN"\)/);
  assert.ok(plan.value === ` ${TOKEN}`, "the vault gets the whole string");
});

test("interpolating literals: split outside their holes, refused when the value's own text interpolates", () => {
  assert.equal(move("const h = `Bearer ${user} " + TOKEN + "`;\n", "src/a.ts").after, "const h = `Bearer ${user} ${process.env.H}`;\n");
  assert.equal(move(`h = f"{user}:${TOKEN}"\n`, "a.py").after, `import os\n\nh = f"{user}:" + os.environ["H"]\n`);
  assert.equal(move(`token = b"${TOKEN}"\n`, "a.py").after, `import os\n\ntoken = os.environ["TOKEN"].encode()\n`);
});

test("the lexer: comments, other strings and template holes before the value do not mislead it", () => {
  const text = `// don't "quote" me\n/* it's */ const a = 'x"y';\nconst t = \`\${call("${TOKEN}")}\`;\n`;
  assert.equal(move(text, "src/a.ts").after, `// don't "quote" me\n/* it's */ const a = 'x"y';\nconst t = \`\${call(process.env.A_GITHUB_TOKEN!)}\`;\n`);
  assert.equal(move(`const re = /["'\`]/g, half = n / 2; const t = "${TOKEN}";\n`, "src/a.js").after, `const re = /["'\`]/g, half = n / 2; const t = process.env.T;\n`);
  const python = `"""A docstring that's "quoted"."""\nx = '''\nit's\n'''\ntoken = "${TOKEN}"\n`;
  assert.equal(move(python, "a.py").after, `"""A docstring that's "quoted"."""\nimport os\n\nx = '''\nit's\n'''\ntoken = os.environ["TOKEN"]\n`);
});

test("C#: a connection string an interpolated string builds has its password moved alone; a top-level const is a local, which loses its const", () => {
  const text = `var s = $"Password={PASSWORD};Server=tcp:x.database.windows.net;User ID=app;Password=${PASSWORD}";\n`;
  const built = move(text, "a.cs", { secretName: "s" });
  assert.equal(built.plan.value, PASSWORD);
  assert.equal(built.after, `var s = $"Password={PASSWORD};Server=tcp:x.database.windows.net;User ID=app;Password=" + (Environment.GetEnvironmentVariable("PASSWORD") ?? throw new InvalidOperationException("PASSWORD is not set"));\n`);
  const { plan, after } = move(`const string token = "${TOKEN}";\n`, "a.cs");
  assert.equal(after, `string token = Environment.GetEnvironmentVariable("TOKEN") ?? throw new InvalidOperationException("TOKEN is not set");\n`);
  assert.ok(!plan.notes.some((note) => note.includes("static readonly")));
});

test("Python import os: kept when os is bound, added when only an alias is", () => {
  assert.equal(move(`import os.path\ntoken = "${TOKEN}"\n`, "a.py").after, `import os.path\ntoken = os.environ["TOKEN"]\n`);
  assert.equal(move(`import sys, os\ntoken = "${TOKEN}"\n`, "a.py").after, `import sys, os\ntoken = os.environ["TOKEN"]\n`);
  assert.equal(move(`import os as o\ntoken = "${TOKEN}"\n`, "a.py").after, `import os\nimport os as o\ntoken = os.environ["TOKEN"]\n`);
});

test("Go: os added after single imports, not twice", () => {
  assert.equal(move(`package main\n\nimport "fmt"\n\nvar token = "${TOKEN}"\n`, "a.go").after, `package main\n\nimport "fmt"\nimport "os"\n\nvar token = os.Getenv("TOKEN")\n`);
  assert.equal(move(`package main\n\nimport (\n\t"os"\n)\n\nvar token = "${TOKEN}"\n`, "a.go").after, `package main\n\nimport (\n\t"os"\n)\n\nvar token = os.Getenv("TOKEN")\n`);
});

test("ARM templates: refused outside appSettings unless the reference style is asked for", () => {
  const text = `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "variables": { "githubToken": "${TOKEN}" }\n}\n`;
  const finding = secretIn(text, "azuredeploy.json");
  assert.throws(() => planMove({ text, filePath: "azuredeploy.json", finding, secretName: "t", vaultUrl: VAULT }), refusal("unsupported"));
  assert.equal(planMove({ text, filePath: "azuredeploy.json", finding, secretName: "t", vaultUrl: VAULT, style: "keyVaultReference" }).style, "keyVaultReference");
});

test("ARM parameters files: a parameter written inline stays inline; the vault id is checked; other places are refused", () => {
  const schema = `"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"`;
  const id = "/subscriptions/6f1c2d3e/resourceGroups/orders-prod/providers/Microsoft.KeyVault/vaults/contoso-orders-kv";
  const inline = `{\n\t${schema},\n\t"parameters": { "adminPassword": { "value": "${PASSWORD}" } }\n}\n`;
  const finding = secretIn(inline, "main.parameters.json");
  const base = { text: inline, filePath: "main.parameters.json", finding, secretName: "adminPassword", vaultUrl: VAULT };
  assert.equal(
    apply(inline, planMove({ ...base, vaultResourceId: id })),
    `{\n\t${schema},\n\t"parameters": { "adminPassword": { "reference": { "keyVault": { "id": "${id}" }, "secretName": "adminPassword" } } }\n}\n`,
  );
  assert.throws(() => planMove(base), refusal("needsVaultResource", PASSWORD));
  for (const bad of ["/subscriptions/x/resourceGroups/y/providers/Microsoft.Storage/storageAccounts/z", `${id}/secrets/a`, "contoso-orders-kv"]) {
    assert.throws(() => planMove({ ...base, vaultResourceId: bad }), refusal("invalidInput", PASSWORD));
  }
  const nested = `{\n  ${schema},\n  "parameters": { "settings": { "value": { "adminPassword": "${PASSWORD}" } } }\n}\n`;
  const nestedFinding = secretIn(nested, "main.parameters.json");
  assert.throws(() => planMove({ ...base, text: nested, finding: nestedFinding, vaultResourceId: id }), refusal("unsupported", PASSWORD));
});

test("Bicep parameter defaults: an existing @secure() is kept; CRLF files get CRLF", () => {
  const secured = `@secure()\n@description('Orders database')\nparam dbPassword string = '${PASSWORD}'\n`;
  assert.equal(move(secured, "main.bicep").after, `@secure()\n@description('Orders database')\nparam dbPassword string\n`);
  const crlf = `param dbPassword string = '${PASSWORD}'\r\nparam location string = 'westeurope'\r\n`;
  assert.equal(move(crlf, "main.bicep").after, `@secure()\r\nparam dbPassword string\r\nparam location string = 'westeurope'\r\n`);
});

test("Terraform: a variable already sensitive only loses its default; sensitive = false gets a note", () => {
  const already = `variable "db_password" {\n  sensitive = true\n  default   = "${PASSWORD}"\n}\n`;
  assert.equal(move(already, "variables.tf").after, `variable "db_password" {\n  sensitive = true\n}\n`);
  const shown = `variable "db_password" {\n  sensitive = false\n  default   = "${PASSWORD}"\n}\n`;
  const { plan, after } = move(shown, "variables.tf");
  assert.equal(after, `variable "db_password" {\n  sensitive = false\n}\n`);
  assert.ok(plan.notes.some((note) => note.includes("Set sensitive = true on db_password")));
  assert.equal(move(already, "variables.tf", { style: "keyVaultReference", secretName: "p" }).plan.style, "keyVaultReference");
});

test("languages without a known environment read are refused unless the reference style is asked for", () => {
  const text = `token = "${TOKEN}"\n`;
  const finding = secretIn(text, "src/client.jl");
  assert.throws(() => planMove({ text, filePath: "src/client.jl", finding, secretName: "t", vaultUrl: VAULT }), refusal("unsupported"));
  assert.equal(move(text, "src/client.jl", { style: "keyVaultReference", secretName: "t" }).after, `token = "@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/t/)"\n`);
});

test("Dart: a Flutter app is refused, for it has no environment when it runs; a server reads Platform.environment, and a const becomes final", () => {
  const flutter = `import 'package:flutter/material.dart';\n\nfinal token = "${TOKEN}";\n`;
  assert.throws(() => planMove({ text: flutter, filePath: "lib/main.dart", finding: secretIn(flutter, "lib/main.dart"), secretName: "t", vaultUrl: VAULT }), refusal("unsupported"));
  const server = `import 'package:shelf/shelf.dart';\n\nconst token = "${TOKEN}";\n`;
  const { after } = move(server, "bin/server.dart", { secretName: "t" });
  assert.equal(after, `import 'dart:io';\nimport 'package:shelf/shelf.dart';\n\nfinal token = Platform.environment['TOKEN']!;\n`);
});

test("JavaScript that surely runs in the browser ('use client', a VITE_ or NEXT_PUBLIC_ read) is refused: a bundler builds what it reads into the page", () => {
  for (const [filePath, text] of [
    ["app/checkout/page.tsx", `// The payment form.\n"use client";\n\nconst token = "${TOKEN}";\n`],
    ["src/lib/api.ts", `export const base = import.meta.env.VITE_API_URL;\nconst token = "${TOKEN}";\n`],
    ["pages/index.jsx", `const site = process.env.NEXT_PUBLIC_SITE;\nconst token = "${TOKEN}";\n`],
  ] as const) {
    assert.throws(
      () => planMove({ text, filePath, finding: secretIn(text, filePath), secretName: "t", vaultUrl: VAULT }),
      (error: unknown) => refusal("unsupported")(error) && /runs in the browser.*server/.test((error as Error).message),
      filePath,
    );
  }
  // Server code, and a file that only mentions the directive or reads a server variable, move as before.
  for (const [filePath, text] of [
    ["app/api/pay/route.ts", `import { NextResponse } from "next/server";\nconst token = "${TOKEN}";\n`],
    ["src/server.ts", `const mode = import.meta.env.MODE; // not "use client"\nconst token = "${TOKEN}";\n`],
  ] as const) assert.match(move(text, filePath, { secretName: "t" }).after, /const token = process\.env\.TOKEN!;/, filePath);
});

test("the same value elsewhere in the file is pointed out", () => {
  const text = `const a = "${TOKEN}";\nconst b = "${TOKEN}";\n`;
  const plan = planMove({ text, filePath: "src/a.ts", finding: secretIn(text, "src/a.ts"), secretName: "a", vaultUrl: VAULT });
  assert.ok(plan.notes.some((note) => note.includes("appears 1 more time")));
  assert.equal(apply(text, plan), `const a = process.env.A!;\nconst b = "${TOKEN}";\n`);
});

test("XML: the stored value is decoded from entities", () => {
  const text = `<add name="Orders" connectionString="Server=tcp:x.database.windows.net;User ID=a&amp;b;Password=${PASSWORD}" />\n`;
  const finding = secretIn(text, "web.config");
  const plan = planMove({ text, filePath: "web.config", finding, secretName: "ConnectionStrings--Orders", vaultUrl: VAULT });
  assert.equal(plan.value, `Server=tcp:x.database.windows.net;User ID=a&b;Password=${PASSWORD}`);
  assert.equal(apply(text, plan), `<add name="Orders" connectionString="\${ConnectionStrings--Orders}" />\n`);
});

test("configuration values: C# reads configuration, TypeScript the environment, appsettings.json loses the member", () => {
  const url = "http://10.20.30.40:8080/api";
  const run = (text: string, filePath: string, endpoint?: string) => {
    const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "config");
    assert.ok(finding);
    const plan = planConfigMove({ text, filePath, finding, key: "Orders:ServiceUrl", ...(endpoint ? { endpoint } : {}) });
    assert.equal(plan.value, url);
    return { plan, after: apply(text, plan) };
  };
  assert.equal(run(`var serviceUrl = "${url}";\n`, "Client.cs").after, `var serviceUrl = configuration["Orders:ServiceUrl"];\n`);
  assert.equal(run(`const serviceUrl = "${url}";\n`, "client.ts").after, `const serviceUrl = process.env.ORDERS__SERVICEURL!;\n`);
  const appsettings = run(`{\n  "Orders": {\n    "ServiceUrl": "${url}",\n    "Retries": 3\n  }\n}\n`, "appsettings.json");
  assert.equal(appsettings.after, `{\n  "Orders": {\n    "Retries": 3\n  }\n}\n`);
  assert.ok(appsettings.plan.notes.some((note) => note.includes("AddAzureAppConfiguration")));
  const settings = `{ "Values": { "ORDERS_URL": "${url}" } }\n`;
  assert.equal(run(settings, "local.settings.json", "https://contoso-config.azconfig.io").after, `{ "Values": { "ORDERS_URL": "@Microsoft.AppConfiguration(Endpoint=https://contoso-config.azconfig.io; Key=Orders:ServiceUrl)" } }\n`);
  const finding = scanText({ content: settings, filePath: "local.settings.json" })[0]!;
  assert.throws(() => planConfigMove({ text: settings, filePath: "local.settings.json", finding, key: "Orders:ServiceUrl" }), refusal("invalidInput"));
  assert.throws(() => planConfigMove({ text: settings, filePath: "local.settings.json", finding, key: "Orders;Key=x" }), refusal("invalidInput"));
});

test("planning stays fast on a large file (the lexer is one linear pass)", () => {
  const filler = `const s${"x"} = "a 'quoted' \\" string"; // comment with "quotes"\n`.repeat(50_000);
  const text = `${filler}const token = "${TOKEN}";\n`;
  const finding = secretIn(text, "src/big.ts");
  const started = performance.now();
  planMove({ text, filePath: "src/big.ts", finding, secretName: "token", vaultUrl: VAULT });
  const elapsed = performance.now() - started;
  // A generous bound: one pass over 3 MB takes a few hundred milliseconds even on a busy machine
  // (1.9 s once, under a load of 8 on two cores); anything quadratic would take minutes.
  assert.ok(elapsed < 15_000, `${Math.round(elapsed)} ms for ${text.length} characters`);
});

/** A made-up RSA key body: 64-character base64 lines from a fixed pseudo-random sequence. */
function madeUpPem(eol: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let seed = 7;
  const line = () => Array.from({ length: 64 }, () => alphabet[((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % 64]).join("");
  return ["-----BEGIN RSA PRIVATE KEY-----", "MIIEpAIBAAKCAQEA" + line().slice(16), line(), line(), line(), "-----END RSA PRIVATE KEY-----"].join(eol);
}

test("a key over several lines of a CRLF file is stored with the line breaks the program reads", () => {
  const pem = madeUpPem("\r\n");
  // JavaScript template literals (and Python, Go raw strings, Java text blocks, YAML, XML, dotenv) read CRLF as LF.
  const js = move(`const signingKey = \`${pem}\`;\r\n`, "src/sign.ts");
  assert.equal(js.plan.value, madeUpPem("\n"));
  // A C# verbatim string keeps the file's line breaks.
  const cs = move(`var signingKey = @"${pem}";\r\n`, "Sign.cs");
  assert.equal(cs.plan.value, pem);
});

test("a notebook's file is refused with the way to move it; a cell's code (the notebook's path, the cell's language) is planned as that code", () => {
  const file = JSON.stringify({ cells: [{ cell_type: "code", metadata: {}, outputs: [], source: [`token = "${TOKEN}"\n`] }], metadata: {}, nbformat: 4 }, null, 1);
  const finding = secretIn(file, "analysis.ipynb");
  assert.throws(() => planMove({ text: file, filePath: "analysis.ipynb", finding, secretName: "token", vaultUrl: VAULT }), (error: unknown) => refusal("unsupported")(error) && /notebook editor/.test((error as Error).message));
  // Without its language, a Python cell would get a Key Vault reference inside its string literal.
  assert.equal(move(`import os\ntoken = "${TOKEN}"\n`, "analysis.ipynb", { languageId: "python" }).after, 'import os\ntoken = os.environ["TOKEN"]\n');
  assert.equal(move(`const token = "${TOKEN}";\n`, "analysis.ipynb", { languageId: "typescript" }).after, "const token = process.env.TOKEN!;\n");
});

test("a SQL notebook cell or untitled SQL editor is refused as a .sql file is, in the planner and in the light bulb: a database would take the reference for the password", () => {
  const text = `CREATE LOGIN orders_app WITH PASSWORD = '${PASSWORD}';\n`;
  for (const [filePath, languageId] of [["nb/analysis.ipynb", "sql"], ["Untitled-1", "sql"], ["nb/analysis.ipynb", "pgsql"]] as const) {
    const finding = secretIn(text, filePath, languageId);
    const { startOffset, endOffset } = finding.range;
    assert.throws(
      () => planMove({ text, filePath, languageId, finding, secretName: "orders-db-password", vaultUrl: VAULT }),
      (error: unknown) => refusal("unsupported", PASSWORD)(error) && /A database runs this script/.test((error as Error).message),
      `${filePath} [${languageId}]`,
    );
    assert.match(moveRefusal(filePath, finding.ruleId, text, startOffset, endOffset, languageId) ?? "", /A database runs this script/);
    assert.match(toolReadFileRefusal(filePath, languageId) ?? "", /A database runs this script/);
  }
  // A Python cell of the same notebook is no database's script.
  assert.equal(toolReadFileRefusal("nb/analysis.ipynb", "python"), undefined);
});

test("a YAML flow pair's value is named by the pair, not by its first key", () => {
  const { after } = move(`env:\n  - { name: REDIS_PASSWORD, value: "${PASSWORD}" }\n`, "deploy/worker.yaml");
  assert.equal(after, `env:\n  - { name: REDIS_PASSWORD, value: "\${REDIS_PASSWORD}" }\n`);
});

test("files a tool reads by itself are refused, with what works for that tool: the tool would take a reference for the password", () => {
  const cases: [string, string, RegExp][] = [
    [".pgpass", `db.orders.internal:5432:orders:app:${PASSWORD}\n`, /PGPASSWORD/],
    ["deploy/pgpass.conf", `*:5432:*:app:${PASSWORD}\n`, /libpq/],
    ["deploy/pgbouncer/userlist.txt", `"orders_app" "${PASSWORD}"\n`, /auth_query/],
    ["etc/postfix/sasl_passwd", `[smtp.northwind-mail.net]:587 relay@northwind.example:${PASSWORD}\n`, /postmap/],
    ["deploy/redis.conf", `port 6379\nrequirepass ${PASSWORD}\n`, /Redis reads this file/],
    ["deploy/users.acl", `user orders on >${PASSWORD} ~orders:* +@all\n`, /--requirepass/],
    ["conf/.htpasswd", `admin:$apr1$Hq7vN2x1$${PASSWORD}abcdefghijkl\n`, /web server/],
    ["etc/mysql/my.cnf", `[client]\nuser=app\npassword=${PASSWORD}\n`, /mysql_config_editor/],
    [".pypirc", `[distutils]\nindex-servers = private\n\n[private]\nrepository = https://pkgs.northwind-build.net/simple\nusername = ci\npassword = ${PASSWORD}\n`, /TWINE_PASSWORD/],
    [".docker/config.json", `{ "auths": { "registry.northwind-build.net": { "password": "${PASSWORD}" } } }\n`, /credsStore/],
    [".gem/credentials", `---\n:rubygems_api_key: ${PASSWORD}\n`, /GEM_HOST_API_KEY/],
    ["db/seed.sql", `CREATE LOGIN orders_app WITH PASSWORD = '${PASSWORD}';\n`, /\$\(Password\)/],
    ["infra/terraform.tfstate", `{\n  "resources": [\n    {\n      "type": "random_password",\n      "instances": [ { "attributes": { "result": "${PASSWORD}" } } ]\n    }\n  ]\n}\n`, /remote backend/],
    ["cfn/stack.yaml", `AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: "${PASSWORD}"\n`, /delete the Default/],
    ["cfn/stack.json", `{ "Parameters": { "DbPassword": { "Type": "String", "NoEcho": true, "Default": "${PASSWORD}" } } }\n`, /delete the Default/],
    ["images/agent/Dockerfile", `FROM ubuntu:22.04\nRUN echo 'dev:${PASSWORD}' | chpasswd\n`, /build secret/],
    ["cloud-init/user-data", `#cloud-config\nchpasswd:\n  list: |\n    root:${PASSWORD}\n`, /SSH key/],
    ["manifests/site.pp", `postgresql::server::db { 'orders':\n  password => postgresql::postgresql_password('orders', '${PASSWORD}'),\n}\n`, /Hiera/],
    ["infra/Pulumi.yaml", `name: edge\nruntime: yaml\nresources:\n  db:\n    type: aws:rds:Instance\n    properties:\n      password: ${PASSWORD}\n`, /pulumi config set --secret/],
    ["etc/ipsec.secrets", `: PSK "${PASSWORD}"\n`, /strongSwan/],
    ["etc/ppp/chap-secrets", `dana * ${PASSWORD} *\n`, /pppd/],
    ["home/dana/.mbsyncrc", `IMAPAccount work\nUser dana\nPass ${PASSWORD}\n`, /PassCmd/],
    [".yarnrc", `"//npm.northwind-build.net/:_authToken" "${PASSWORD}"\n`, /\.npmrc/],
    ["deploy/secrets/db_password.txt", `${PASSWORD}\n`, /write it at deployment/],
    ["vpn/client.ovpn", `client\n<auth-user-pass>\ndana\n${PASSWORD}\n</auth-user-pass>\n`, /OpenVPN/],
    ["package-lock.json", `{\n  "packages": {\n    "node_modules/a": {\n      "resolved": "https://ci:${PASSWORD}@npm.northwind-build.net/a/-/a-1.0.0.tgz"\n    }\n  }\n}\n`, /\.npmrc/],
  ];
  for (const [filePath, text, advice] of cases) {
    const finding = secretIn(text, filePath);
    assert.throws(
      () => planMove({ text, filePath, finding, secretName: "orders-db-password", vaultUrl: VAULT }),
      (error: unknown) => refusal("unsupported", PASSWORD)(error) && advice.test((error as Error).message),
      filePath,
    );
  }
  // Rails' master key file is the key itself, and only Rails reads it.
  const railsKey = "9c41e07b3fd85a26c7e1b04d93f8a2e5";
  const keyFile = `${railsKey}\n`;
  assert.throws(
    () => planMove({ text: keyFile, filePath: "config/master.key", finding: secretIn(keyFile, "config/master.key"), secretName: "shop-rails-master-key", vaultUrl: VAULT }),
    (error: unknown) => refusal("unsupported", railsKey)(error) && /RAILS_MASTER_KEY/.test((error as Error).message),
  );
  // The same setting in a file the application reads is planned as before.
  assert.equal(move(`password=${PASSWORD}\n`, "app.ini").plan.style, "keyVaultReference");
});

test("an account's password in a shell script becomes a variable, also in single quotes inside a command substitution", () => {
  // (Inside $(…), a pipeline or a here-document cat reads, ${X:?…} would end only that process: the
  // check stands before the command, unless a guard such as && before the read decides whether it runs.)
  const check = (name: string) => `: "\${${name}:?${name} is not set}"`;
  assert.equal(move(`echo 'dev:${PASSWORD}' | chpasswd\n`, "provision.sh").after, `${check("DEV_PASSWORD")}\necho 'dev:'"\${DEV_PASSWORD}"'' | chpasswd\n`);
  // In "$(…)" the single quotes are quotes again: `${PASSWORD}` written inside them would stay text.
  assert.equal(move(`useradd -p "$(openssl passwd -6 '${PASSWORD}')" ops\n`, "provision.sh").after, `${check("PASSWORD")}\nuseradd -p "$(openssl passwd -6 ''"\${PASSWORD}"'')" ops\n`);
  // …also after a quoted word inside the substitution; inside backticks the move is refused.
  assert.equal(move(`useradd -p "$(echo "x" && openssl passwd -1 '${PASSWORD}')" ops\n`, "provision.sh").after, `useradd -p "$(echo "x" && openssl passwd -1 ''"\${PASSWORD:?PASSWORD is not set}"'')" ops\n`);
  // The quoting is read from the script's start as the shell reads it: arithmetic and subshells
  // inside $(…), an ANSI-C string and a comment with an apostrophe before, a JSON body over lines,
  // a here-document's body (quotes are text there; a quoted delimiter expands nothing).
  assert.equal(move(`useradd -p "$(test $((1+1)) -eq 2 && openssl passwd -6 '${PASSWORD}')" ops\n`, "provision.sh").after, `useradd -p "$(test $((1+1)) -eq 2 && openssl passwd -6 ''"\${PASSWORD:?PASSWORD is not set}"'')" ops\n`);
  assert.equal(move(`echo $'it\\'s' && echo 'dev:${PASSWORD}' | chpasswd\n`, "provision.sh").after, `echo $'it\\'s' && echo 'dev:'"\${DEV_PASSWORD:?DEV_PASSWORD is not set}"'' | chpasswd\n`);
  assert.equal(move(`# it's the deploy user\nexport DB_PASSWORD='${PASSWORD}'\n`, "provision.sh").after, `# it's the deploy user\nexport DB_PASSWORD="\${DB_PASSWORD:?DB_PASSWORD is not set}"\n`);
  assert.equal(move(`curl -d '{\n  "password": "${PASSWORD}"\n}' https://api.internal/x\n`, "call.sh").after, `curl -d '{\n  "password": "'"\${PASSWORD:?PASSWORD is not set}"'"\n}' https://api.internal/x\n`);
  assert.equal(move(`cat > app.env <<EOF\nDB_PASSWORD="${PASSWORD}"\nEOF\n`, "provision.sh").after, `${check("DB_PASSWORD")}\ncat > app.env <<EOF\nDB_PASSWORD="\${DB_PASSWORD}"\nEOF\n`);
  const quotedHeredoc = `cat > app.env <<'EOF'\nDB_PASSWORD="${PASSWORD}"\nEOF\n`;
  assert.throws(() => planMove({ text: quotedHeredoc, filePath: "provision.sh", finding: secretIn(quotedHeredoc, "provision.sh"), secretName: "pw", vaultUrl: VAULT }), refusal("unsupported", PASSWORD));
  const backticks = `useradd -p "\`openssl passwd -6 '${PASSWORD}'\`" ops\n`;
  assert.throws(() => planMove({ text: backticks, filePath: "provision.sh", finding: secretIn(backticks, "provision.sh"), secretName: "pw", vaultUrl: VAULT }), refusal("unsupported", PASSWORD));
});

test("a finding whose place stores the secret itself is refused, with what works instead: a reference there would be stored or read as the value", () => {
  const key = "Qm7vT2xK9pL4wR8zN3cB6hJ1sD5fG0yA2uE8iO4aX7c=";
  const cases: [string, string, RegExp][] = [
    [
      "infra/main.bicep",
      `resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: 'shop-dev-kv'\n}\n\nresource dbPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {\n  parent: vault\n  name: 'db-password'\n  properties: {\n    value: '${key}'\n  }\n}\n`,
      /@secure\(\) parameter/,
    ],
    [
      "azure-webjobs-secrets/shop-func/host.json",
      `{\n  "masterKey": {\n    "name": "master",\n    "value": "${key}",\n    "encrypted": false\n  }\n}\n`,
      /AzureWebJobsSecretStorageType/,
    ],
    // ARM: a secret resource nested in its vault's `resources`, and one whose members come before `"type"`.
    [
      "infra/vault.json",
      `{\n  "resources": [\n    {\n      "type": "Microsoft.KeyVault/vaults",\n      "name": "shop-dev-kv",\n      "resources": [\n        {\n          "type": "secrets",\n          "name": "db-password",\n          "properties": {\n            "value": "${key}"\n          }\n        }\n      ]\n    }\n  ]\n}\n`,
      /@secure\(\) parameter/,
    ],
    [
      "infra/secret.json",
      `{\n  "resources": [\n    {\n      "name": "shop-dev-kv/db-password",\n      "properties": {\n        "value": "${key}"\n      },\n      "type": "Microsoft.KeyVault/vaults/secrets"\n    }\n  ]\n}\n`,
      /@secure\(\) parameter/,
    ],
    // Pulumi YAML, in a program file not named Pulumi.yaml: a config secret instead.
    [
      "infra/Main.yaml",
      `resources:\n  dbSecret:\n    type: azure-native:keyvault:Secret\n    properties:\n      vaultName: shop-dev-kv\n      secretName: db-password\n      properties:\n        value: ${key}\n`,
      /pulumi config set --secret/,
    ],
  ];
  for (const [filePath, text, advice] of cases) {
    const finding = secretIn(text, filePath);
    assert.throws(
      () => planMove({ text, filePath, finding, secretName: "shop-secret", vaultUrl: VAULT }),
      (error: unknown) => refusal("unsupported", key)(error) && advice.test((error as Error).message),
      filePath,
    );
  }
});

test("name/value/encrypted objects outside a Functions secrets file are not taken for one: the move is planned", () => {
  // Exported pipeline variables have the shape of a Functions key without its `keys` or `masterKey`.
  const stripeKey = "sk_live_" + "51Hx9QmZ2vK7pLw4RtY8nB3cQm7vT2xK9pL4wR8zN3cB6hJ1sD5fG0yA2uE8iO4a";
  const text = `{\n  "variables": [\n    {\n      "name": "stripe",\n      "value": "${stripeKey}",\n      "encrypted": false\n    }\n  ]\n}\n`;
  const { plan } = move(text, "pipeline/variables.json");
  assert.equal(plan.style, "keyVaultReference");
});

test("a value another rule found where such a place stores it is refused too: an identifiable Functions key in a secrets file, a vendor's token in a Key Vault secret resource", () => {
  // An identifiable Functions key (`…AzFu…==`) is azure/functions-key's finding; a Stripe key in an
  // ARM resource stripe/secret-key's. The place stores either as written, reference or not.
  const functionsKey = "Xk9vQ2mL7pR4tW8zN3bY6cF1hT5qLw9zPm2vRxG4jKa3" + "AzFu" + "Q7bZx" + "g==";
  const stripeKey = "sk_live_" + "51Hx9QmZ2vK7pLw4RtY8nB3c";
  const cases: [string, string, string, string, RegExp][] = [
    [
      "azure-webjobs-secrets/shop-func/host.json",
      `{\n  "masterKey": {\n    "name": "master",\n    "value": "${functionsKey}",\n    "encrypted": false\n  }\n}\n`,
      functionsKey,
      "azure/functions-key",
      /AzureWebJobsSecretStorageType/,
    ],
    [
      "infra/secrets.json",
      `{\n  "resources": [\n    {\n      "type": "Microsoft.KeyVault/vaults/secrets",\n      "apiVersion": "2023-07-01",\n      "name": "shop-kv/stripe-key",\n      "properties": {\n        "value": "${stripeKey}"\n      }\n    }\n  ]\n}\n`,
      stripeKey,
      "stripe/secret-key",
      /@secure\(\) parameter/,
    ],
  ];
  for (const [filePath, text, secret, ruleId, advice] of cases) {
    const finding = secretIn(text, filePath);
    assert.equal(finding.ruleId, ruleId, filePath);
    assert.throws(
      () => planMove({ text, filePath, finding, secretName: "shop-secret", vaultUrl: VAULT }),
      (error: unknown) => refusal("unsupported", secret)(error) && advice.test((error as Error).message),
      filePath,
    );
  }
  // The same key in a settings file the application reads is planned as before.
  const settings = `{\n  "Stripe": {\n    "SecretKey": "${stripeKey}"\n  }\n}\n`;
  assert.doesNotThrow(() => planMove({ text: settings, filePath: "appsettings.json", finding: secretIn(settings, "appsettings.json"), secretName: "shop-secret", vaultUrl: VAULT }));
});

test(".npmrc: the token becomes ${NPM_TOKEN}, which npm expands; a Key Vault reference would be sent to the registry as the token", () => {
  const npmToken = "npm_" + "Xk4mQ8vR2tL6wZ9pN3bC7jH1sD5fG0yA2uE8";
  const { plan, after } = move(`registry=https://npm.pkg.northwind-build.net/\n//npm.pkg.northwind-build.net/:_authToken=${npmToken}\n`, "web/.npmrc");
  assert.equal(after, "registry=https://npm.pkg.northwind-build.net/\n//npm.pkg.northwind-build.net/:_authToken=${NPM_TOKEN}\n");
  assert.equal(plan.style, "environmentVariable");
  assert.match(plan.notes.join(" "), /NPM_TOKEN.*Run with secrets/);
  assert.equal(move(`//npm.pkg.northwind-build.net/:_password=${PASSWORD}\n`, ".npmrc").after, "//npm.pkg.northwind-build.net/:_password=${NPM_PASSWORD}\n");
  const text = `//npm.pkg.northwind-build.net/:_authToken=${npmToken}\n`;
  assert.throws(() => planMove({ text, filePath: ".npmrc", finding: secretIn(text, ".npmrc"), secretName: "npm-token", vaultUrl: VAULT, style: "keyVaultReference" }), refusal("unsupported", npmToken));
});

test("a Dockerfile's secret is refused with BuildKit secrets and run-time variables: Docker resolves no reference, and ENV and ARG values stay in the image", () => {
  const refusedWith = (text: string, filePath: string, advice: readonly RegExp[]) => {
    const finding = secretIn(text, filePath);
    assert.equal(moveRefusal(filePath, finding.ruleId, text, finding.range.startOffset, finding.range.endOffset, undefined) !== undefined, true, `the light bulb offers only the reason in ${filePath}`);
    assert.throws(
      () => planMove({ text, filePath, finding, secretName: "github-token", vaultUrl: VAULT }),
      (error: unknown) => refusal("unsupported")(error) && advice.every((pattern) => pattern.test((error as Error).message)),
      `${filePath}: ${text.split("\n")[1]}`,
    );
  };
  const runTime = /docker run -e GITHUB_TOKEN.*env_file/;
  const buildSecret = /RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN .*docker build --secret id=github_token,env=GITHUB_TOKEN/;
  refusedWith(`FROM node:20\nENV GITHUB_TOKEN=${TOKEN}\n`, "Dockerfile", [/ENV value in the image/, runTime, buildSecret]);
  refusedWith(`FROM node:20\nENV GITHUB_TOKEN="${TOKEN}"\n`, "api.dockerfile", [/ENV value/, runTime]);
  refusedWith(`FROM node:20\nENV GITHUB_TOKEN ${TOKEN}\n`, "images/Containerfile", [/ENV value/, runTime]);
  // A value on a continued line belongs to the instruction the first line opened; comments inside it do not end it.
  refusedWith(`FROM node:20\nENV NODE_ENV=production \\\n    # the registry's\n    GITHUB_TOKEN=${TOKEN}\n`, "Dockerfile.prod", [/ENV value/, runTime]);
  refusedWith(`# escape=\`\nFROM mcr.microsoft.com/windows/servercore\nENV NODE_ENV=production \`\n    GITHUB_TOKEN=${TOKEN}\n`, "Dockerfile", [/ENV value/]);
  refusedWith(`FROM node:20\nARG GITHUB_TOKEN=${TOKEN}\nRUN npm ci\n`, "Dockerfile", [/build argument's value in the image's history/, buildSecret]);
  refusedWith(`FROM python:3.12\nRUN pip install --extra-index-url https://build:${TOKEN}@pypi.contoso.com/simple orders-lib\n`, "worker/Dockerfile", [/each build step's command/, /RUN --mount=type=secret/]);
});

/** Plans the first secret in `text` and expects a refusal with `code`. */
function refused(text: string, filePath: string, code: string): void {
  const finding = secretIn(text, filePath);
  assert.throws(() => planMove({ text, filePath, finding, secretName: "s", vaultUrl: VAULT }), refusal(code));
}

test("a plain file's value is replaced only when the secret is the whole value: a command, a header or a URL is refused", () => {
  refused(`pip install --extra-index-url https://build:${TOKEN}@pypi.contoso.com/simple orders-lib && rm -rf /root/.cache\n`, "worker/install.txt", "noBounds");
  refused(`proxy_set_header Authorization "Bearer ${TOKEN}";\n`, "deploy/nginx.conf", "noBounds");
  assert.equal(move(`[deploy]\ntoken = ${TOKEN};\n`, "deploy.conf", { style: "keyVaultReference" }).after, `[deploy]\ntoken = @Microsoft.KeyVault(SecretUri=${VAULT}/secrets/deploy--token/);\n`);
});

test("Python: import os goes before the first import only when that is above the read, never into a string", () => {
  const usage = `USAGE = """Sync orders.\nReads orders\nfrom the source system\n"""\n\ntoken = "${TOKEN}"\n`;
  assert.equal(move(usage, "sync.py").after, `import os\n\nUSAGE = """Sync orders.\nReads orders\nfrom the source system\n"""\n\ntoken = os.environ["TOKEN"]\n`);
  assert.equal(move(`token = "${TOKEN}"\n\nimport requests\n`, "late.py").after, `import os\n\ntoken = os.environ["TOKEN"]\n\nimport requests\n`);
  // Literals side by side are one string: the value may run on into the next piece.
  refused(`HEADER = ("Authorization: Bearer "\n          "${TOKEN}")\n`, "client.py", "unsupported");
});

test("JavaScript and TypeScript: a JSX attribute gets braces, `as const` goes, a tagged template and an enum member are refused", () => {
  assert.equal(move(`export const Map = () => <MapView apiKey="${TOKEN}" zoom={3} />;\n`, "src/Map.tsx").after, `export const Map = () => <MapView apiKey={process.env.API_KEY!} zoom={3} />;\n`);
  assert.equal(move(`<Widget\n  title="Orders"\n  token="${TOKEN}"\n/>\n`, "src/Widget.jsx").after, `<Widget\n  title="Orders"\n  token={process.env.TOKEN}\n/>\n`);
  assert.equal(move(`export const token = "${TOKEN}" as const;\n`, "src/a.ts").after, `export const token = process.env.TOKEN!;\n`);
  refused(`const token = String.raw\`${TOKEN}\`;\n`, "src/a.ts", "unsupported");
  refused(`enum Keys {\n  GitHub = "${TOKEN}",\n}\n`, "src/keys.ts", "unsupported");
});

test("Deno and Bun: a read's default goes and the read stays, typed as the default made it; a Deno program's literal is read with Deno.env.get", () => {
  assert.equal(move(`const token = Deno.env.get("GITHUB_TOKEN") ?? "${TOKEN}";\n`, "main.ts").after, `const token = Deno.env.get("GITHUB_TOKEN")!;\n`);
  assert.equal(move(`const token = Deno.env.get('GITHUB_TOKEN') || "${TOKEN}";\n`, "main.js").after, `const token = Deno.env.get('GITHUB_TOKEN');\n`);
  assert.equal(move(`const token = Bun.env.GITHUB_TOKEN ?? "${TOKEN}";\n`, "server.ts").after, `const token = Bun.env.GITHUB_TOKEN!;\n`);
  const deno = `const port = Number(Deno.env.get("PORT") ?? "8000");\nconst dbPassword = "${PASSWORD}";\n`;
  assert.equal(move(deno, "main.ts").after, `const port = Number(Deno.env.get("PORT") ?? "8000");\nconst dbPassword = Deno.env.get("DB_PASSWORD")!;\n`);
  // (A file that reads Node's process.env too runs where `process` is a global: Node's read, as anywhere.)
  assert.equal(move(`const a = Deno.env.get("A");\nconst b = process.env.B;\nconst dbPassword = "${PASSWORD}";\n`, "main.js").after, `const a = Deno.env.get("A");\nconst b = process.env.B;\nconst dbPassword = process.env.DB_PASSWORD;\n`);
});

test("an Azure Pipelines variable of the secret's own name goes whole: $(name) would read itself and hide the variable group's", () => {
  const steps = `steps:\n  - script: sonar-scanner -Dsonar.login=$(sonarToken)\n`;
  // The mapping form, beside another entry, and alone (then variables: goes too).
  assert.equal(move(`variables:\n  buildConfiguration: Release\n  sonarToken: ${TOKEN}\n${steps}`, "azure-pipelines.yml", { secretName: "sonarToken" }).after, `variables:\n  buildConfiguration: Release\n${steps}`);
  const { plan, after } = move(`variables:\n  sonarToken: ${TOKEN}\n\n${steps}`, "azure-pipelines.yml", { secretName: "sonarToken" });
  assert.equal(after, `\n${steps}`);
  assert.ok(plan.notes[0]!.startsWith("The pipeline variable sonarToken is removed: the variable group linked to the vault gives $(sonarToken)"));
  // The list form: the item goes, the group's reference stays.
  assert.equal(
    move(`variables:\n  - group: orders-kv\n  - name: sonarToken\n    value: '${TOKEN}'\n${steps}`, "azure-pipelines.yml", { secretName: "sonarToken" }).after,
    `variables:\n  - group: orders-kv\n${steps}`,
  );
  assert.equal(
    move(`variables:\n- name: sonarToken\n  value: ${TOKEN}\n- group: orders-kv\n${steps}`, "azure-pipelines.yml", { secretName: "sonarToken" }).after,
    `variables:\n- group: orders-kv\n${steps}`,
  );
  // Under another name the entry reads the group's secret.
  assert.equal(move(`variables:\n  sonarToken: ${TOKEN}\n${steps}`, "azure-pipelines.yml", { secretName: "sonar-token" }).after, `variables:\n  sonarToken: $(sonar-token)\n${steps}`);
});

test("places that take only a constant: rewritten where the language has an equivalent, refused elsewhere", () => {
  assert.equal(move(`using System;\nclass A {\n    private const string Token = "${TOKEN}";\n}\n`, "A.cs").after, `using System;\nclass A {\n    private static readonly string Token = Environment.GetEnvironmentVariable("TOKEN") ?? throw new InvalidOperationException("TOKEN is not set");\n}\n`);
  assert.equal(move(`object Keys {\n    private const val TOKEN = "${TOKEN}"\n}\n`, "Keys.kt").after, `object Keys {\n    private val TOKEN = System.getenv("TOKEN") ?: error("TOKEN is not set")\n}\n`);
  refused(`class A {\n    [Token("${TOKEN}")]\n    public void F() { }\n}\n`, "A.cs", "unsupported");
  refused(`class A {\n    public A(string token = "${TOKEN}") { }\n}\n`, "A.cs", "unsupported");
  refused(`@Token("${TOKEN}")\nclass A { }\n`, "A.java", "unsupported");
  refused(`switch (t) {\n    case "${TOKEN}": return true;\n}\n`, "A.java", "unsupported");
  refused(`<?php\nclass A {\n    public const TOKEN = '${TOKEN}';\n}\n`, "a.php", "unsupported");
  refused(`<?php\nclass A {\n    private string $token = '${TOKEN}';\n}\n`, "a.php", "unsupported");
  // (A const block's line leaves it as a var; where it cannot, it is refused: fixes-compiled-code.test.ts.)
  assert.equal(move(`package a\n\nconst (\n\ttoken = "${TOKEN}"\n)\n`, "a.go").after, `package a\n\nimport "os"\n\nvar token = os.Getenv("TOKEN")\n`);
  refused(`const char *token = "${TOKEN}";\n`, "a.c", "unsupported");
});

test("C#: Environment by its full name where System is not imported", () => {
  assert.equal(move(`namespace Orders.Lib\n{\n    static class Keys { public static readonly string Token = "${TOKEN}"; }\n}\n`, "Keys.cs").after, `namespace Orders.Lib\n{\n    static class Keys { public static readonly string Token = System.Environment.GetEnvironmentVariable("TOKEN") ?? throw new System.InvalidOperationException("TOKEN is not set"); }\n}\n`);
});

test("YAML flow collections: a plain value that is part of an item is refused, a quoted value moves inside its quotes; a Terraform default's comment stays", () => {
  refused(`services:\n  db:\n    environment: [POSTGRES_USER=orders, POSTGRES_PASSWORD=${PASSWORD}]\n`, "docker-compose.yml", "noBounds");
  // JSON-style, keys and values quoted, several to a line: the value's own quotes bound it, and the pair names it.
  assert.equal(move(`env:\n  - {"name": "API_TOKEN", "value": "${TOKEN}"}\n`, "deploy.yaml").after, `env:\n  - {"name": "API_TOKEN", "value": "\${API_TOKEN}"}\n`);
  assert.equal(move(`env: [{'name': 'API_TOKEN', 'value': '${TOKEN}'}]\n`, "deploy.yaml").after, `env: [{'name': 'API_TOKEN', 'value': '\${API_TOKEN}'}]\n`);
  assert.equal(move(`services:\n  db:\n    environment: ["POSTGRES_USER=orders", "POSTGRES_PASSWORD=${PASSWORD}"]\n`, "docker-compose.yml").after, `services:\n  db:\n    environment: ["POSTGRES_USER=orders", "POSTGRES_PASSWORD=\${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is not set}"]\n`);
  // A plain value of a flow mapping's pair is written quoted: the placeholder's braces would be the mapping's.
  assert.equal(move(`env:\n  - { name: API_TOKEN, value: ${TOKEN} }\n`, "deploy.yaml").after, `env:\n  - { name: API_TOKEN, value: "\${API_TOKEN}" }\n`);
  assert.equal(move(`env:\n  - { name: API_TOKEN, value: "${TOKEN}" }\n`, "deploy.yaml").after, `env:\n  - { name: API_TOKEN, value: "\${API_TOKEN}" }\n`);
  assert.equal(move(`variable "token" {\n  type    = string\n  default = "${TOKEN}" # rotate by May\n}\n`, "variables.tf").after, `variable "token" {\n  type    = string\n  sensitive = true # rotate by May\n}\n`);
});

test("a block scalar's JSON is text, not a flow collection: a Secret's stringData file takes the placeholder", () => {
  const manifest = `kind: Secret\nstringData:\n  appsettings.secrets.json: |\n    {\n      "Smtp": { "Password": "${PASSWORD}" }\n    }\n`;
  assert.equal(move(manifest, "k8s/secret.yaml").after, `kind: Secret\nstringData:\n  appsettings.secrets.json: |\n    {\n      "Smtp": { "Password": "\${SMTP_PASSWORD}" }\n    }\n`);
});

test("XML files of tools with their own environment reads: NuGet's %NAME%, Maven's ${env.NAME}, MSBuild's $(NAME)", () => {
  const nuget = `<configuration>\n  <packageSourceCredentials>\n    <contoso>\n      <add key="Username" value="ci" />\n      <add key="ClearTextPassword" value="${TOKEN}" />\n    </contoso>\n  </packageSourceCredentials>\n</configuration>\n`;
  assert.ok(move(nuget, "NuGet.config").after.includes(`<add key="ClearTextPassword" value="%CLEAR_TEXT_PASSWORD%" />`));
  const maven = `<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <password>${PASSWORD}</password>\n    </server>\n  </servers>\n</settings>\n`;
  assert.ok(move(maven, ".mvn/settings.xml").after.includes("<password>${env.NEXUS_PASSWORD}</password>"));
  const project = `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <DeployPassword>${PASSWORD}</DeployPassword>\n  </PropertyGroup>\n</Project>\n`;
  assert.ok(move(project, "src/Api/Api.csproj").after.includes("<DeployPassword>$(DEPLOY_PASSWORD)</DeployPassword>"));
  assert.ok(move(maven, "ci_settings.xml").after.includes("<password>${env.NEXUS_PASSWORD}</password>"));
  assert.ok(move(maven, ".mvn/settings-ci.xml").after.includes("<password>${env.NEXUS_PASSWORD}</password>"));
  const log4j = `<Configuration>\n  <Appenders>\n    <Http name="Hec" url="https://hec.contoso.com:8088/services/collector">\n      <Property name="Authorization" value="Splunk 5f0c7e3a-9b21-4d6e-8a4f-2c1b7d9e6a30"/>\n    </Http>\n  </Appenders>\n</Configuration>\n`;
  assert.ok(move(log4j, "src/main/resources/log4j2.xml").after.includes('value="Splunk ${env:AUTHORIZATION}"'));
  // An Android app's res/values/settings.xml is no Maven file.
  const android = `<resources>\n  <string name="api_token">${TOKEN}</string>\n</resources>\n`;
  assert.ok(!move(android, "app/src/main/res/values/settings.xml").after.includes("${env."));
});

test("XML that is no .NET *.config file gets the Key Vault reference, as a .properties file does: a configuration builder's ${token} would stay literal there", () => {
  const reference = `@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/db-password/)`;
  const android = `<resources>\n  <string name="db_password">${PASSWORD}</string>\n</resources>\n`;
  const moved = move(android, "app/src/main/res/values/secrets.xml");
  assert.equal(moved.after, `<resources>\n  <string name="db_password">${reference}</string>\n</resources>\n`);
  assert.deepEqual(moved.plan.notes.filter((note) => /configBuilders|Token/.test(note)), []);
  assert.match(moved.plan.notes.join(" "), /Nothing resolves a Key Vault reference in this file by itself/);
  const hibernate = `<hibernate-configuration>\n  <session-factory>\n    <property name="hibernate.connection.password">${PASSWORD}</property>\n  </session-factory>\n</hibernate-configuration>\n`;
  assert.ok(move(hibernate, "src/main/resources/hibernate.cfg.xml").after.includes(`<property name="hibernate.connection.password">@Microsoft.KeyVault(SecretUri=`));
  // The builders' styles are refused there, and offered only the reference.
  for (const style of ["configuration", "environmentVariable"] as const) {
    assert.throws(() => move(android, "app/src/main/res/values/secrets.xml", { style }), (error: unknown) => error instanceof FixPlanError && error.code === "unsupported" && /other than \.NET's \*\.config files\. Choose keyVaultReference\.$/.test(error.message));
  }
  // A .config file keeps the builder's token.
  const web = `<configuration>\n  <appSettings>\n    <add key="DbPassword" value="${PASSWORD}" />\n  </appSettings>\n</configuration>\n`;
  assert.ok(move(web, "Web.config").after.includes('value="${DbPassword}"'));
});

test("from a review of the planner changes: JSX after an arrow, a late import os, C# classes without a namespace, case labels and docstrings", () => {
  assert.equal(move(`<MapView onReady={() => setReady(true)} apiKey="${TOKEN}" />;\n`, "src/Map.jsx").after, `<MapView onReady={() => setReady(true)} apiKey={process.env.API_KEY} />;\n`);
  assert.equal(move(`if (a > b) x = "${TOKEN}";\n`, "src/a.js").after, `if (a > b) x = process.env.X;\n`);
  assert.equal(move(`GITHUB_TOKEN = "${TOKEN}"\nimport os\n`, "settings.py").after, `import os\n\nGITHUB_TOKEN = os.environ["GITHUB_TOKEN"]\nimport os\n`);
  assert.ok(move(`using UnityEngine;\npublic class Orders : MonoBehaviour {\n    private string token = "${TOKEN}";\n}\n`, "Assets/Orders.cs").after.includes(`System.Environment.GetEnvironmentVariable("TOKEN")`));
  assert.equal(move(`switch (key) {\n  case "${TOKEN}": return true;\n}\n`, "src/a.js").after, `switch (key) {\n  case process.env.A_GITHUB_TOKEN: return true;\n}\n`);
  assert.equal(move(`TOKEN = "${TOKEN}"\n"""The service's token."""\n`, "config.py").after, `import os\n\nTOKEN = os.environ["TOKEN"]\n"""The service's token."""\n`);
});

test("multi-line forms whose value is not the text written (first line break, indentation) are refused; on one line they are exact", () => {
  const refusedBlock = (text: string, filePath: string, words: RegExp) => {
    const finding = secretIn(text, filePath);
    assert.throws(
      () => planMove({ text, filePath, finding, secretName: "s", vaultUrl: VAULT }),
      (error: unknown) => refusal("notLiteral")(error) && words.test((error as Error).message),
      filePath,
    );
  };
  refusedBlock(`class A {\n  String password = """\n      ${TOKEN}\n      """;\n}\n`, "A.java", /Java text block/);
  // Over more than one line, or indented apart from the closing line, the value is not the line written.
  refusedBlock(`class A {\n  string password = """\n      ${TOKEN}\n      next\n      """;\n}\n`, "A.cs", /C# raw string/);
  refusedBlock(`let password = """\n    ${TOKEN}\n  """\n`, "a.swift", /Swift multi-line/);
  refusedBlock(`let password = """\n    ${TOKEN} \n    """\n`, "a.swift", /Swift multi-line/);
  refusedBlock(`$password = @"\n  ${TOKEN}\n"@\n`, "a.ps1", /here-string/);
  refusedBlock(`$password = @'\n${TOKEN}\n\n'@\n`, "a.ps1", /here-string/);
  refusedBlock(`password = """\n  ${TOKEN}\n  """\n`, "a.ex", /Elixir heredoc/);
  refusedBlock(`final password = '''\n${TOKEN}''';\n`, "a.dart", /Dart multi-line/);
  refusedBlock(`local password = [[\n${TOKEN}]]\n`, "a.lua", /Lua long string/);
  refusedBlock(`param adminPassword string = '''\n${TOKEN}'''\n`, "main.bicep", /Bicep multi-line/);
  refusedBlock(`val password = """\n    ${TOKEN}\n    """.trimIndent()\n`, "a.kt", /trimIndent/);
  refusedBlock(`val password = """\n      |${TOKEN}\n      |""".stripMargin\n`, "a.scala", /stripMargin/);
  refusedBlock(`password = textwrap.dedent("""\n    ${TOKEN}\n    """)\n`, "a.py", /dedent/);
  // Python's and JavaScript's multi-line strings are their text; the one-line forms above are exact.
  assert.equal(move(`password = """\n${TOKEN}\n"""\n`, "a.py").plan.value, `\n${TOKEN}\n`);
  assert.equal(move(`class A { string password = """${TOKEN}"""; }\n`, "A.cs").plan.value, TOKEN);
  assert.equal(move(`local password = [[${TOKEN}]]\n`, "a.lua").plan.value, TOKEN);
  assert.equal(move(`final password = '''${TOKEN}''';\n`, "a.dart").plan.value, TOKEN);
  // Swift's, C#'s raw and PowerShell's block of one line is that line less the closing line's
  // indentation: the literal is replaced whole (a C# const becomes static readonly).
  const swift = move(`enum Keys {\n    static let password = """\n        ${TOKEN}\n        """\n}\n`, "Keys.swift");
  assert.equal(swift.plan.value, TOKEN);
  assert.equal(swift.after, `import Foundation\n\nenum Keys {\n    static let password = ProcessInfo.processInfo.environment["PASSWORD"]!\n}\n`);
  const csharp = move(`class A {\n  public const string Password = """\n      ${TOKEN}\n      """;\n}\n`, "A.cs");
  assert.equal(csharp.plan.value, TOKEN);
  assert.equal(csharp.after, `class A {\n  public static readonly string Password = System.Environment.GetEnvironmentVariable("PASSWORD") ?? throw new System.InvalidOperationException("PASSWORD is not set");\n}\n`);
  assert.equal(move(`$password = @"\n${TOKEN}\n"@\n`, "a.ps1").after, `$password = $env:PASSWORD\n`);
  // Swift's raw strings with more than one #: the lexer reads one, so the fix refuses rather than write `#…#` around the read.
  refusedBlock(`let password = ##"""\n    ${TOKEN}\n    """##\n`, "a.swift", /more than one #/);
  refusedBlock(`let password = ##"${TOKEN}"##\n`, "a.swift", /more than one #/);
  assert.equal(move(`$password = @'\r\n${TOKEN}\r\n'@\r\n`, "a.ps1").plan.value, TOKEN);
});

test("raw strings with their own delimiters: the value is the content, a suffix or an unknown prefix is refused", () => {
  // The engine's span may include the delimiter's fourth quote or R's parentheses: only the content is stored.
  const csharp = move(`class A { string password = """"${PASSWORD}""""; }\n`, "A.cs");
  assert.equal(csharp.plan.value, PASSWORD);
  assert.equal(csharp.after, `class A { string password = System.Environment.GetEnvironmentVariable("PASSWORD") ?? throw new System.InvalidOperationException("PASSWORD is not set"); }\n`);
  const r = move(`password <- r"(${PASSWORD})"\n`, "a.R");
  assert.equal(r.plan.value, PASSWORD);
  assert.equal(r.after, `password <- Sys.getenv("PASSWORD")\n`);
  const cpp = move(`const char* password = R"xy(${PASSWORD})xy";\n`, "a.cpp", { style: "keyVaultReference", secretName: "p" });
  assert.equal(cpp.plan.value, PASSWORD);
  assert.equal(cpp.after, `const char* password = R"xy(@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/p/))xy";\n`);
  assert.equal(move(`const char* password = R"xy(${PASSWORD})xy";\n`, "a.cpp").after, `#include <cstdlib>\n\nconst char* password = std::getenv("PASSWORD");\n`);
  // A suffix makes the literal another type: C#'s u8 bytes, C++'s std::string.
  refused(`using System;\nclass A { static ReadOnlySpan<byte> Token => "${TOKEN}"u8; }\n`, "A.cs", "unsupported");
  refused(`auto token = "${TOKEN}"s;\n`, "a.cpp", "unsupported");
  // A word right before the quote: an Elixir sigil, a Lua call without parentheses.
  refused(`token = ~s"${TOKEN}"\n`, "a.ex", "notLiteral");
  refused(`login"${TOKEN}"\n`, "a.lua", "notLiteral");
  refused(`class A { string t = """"a"${TOKEN}""""; }\n`, "A.cs", "unsupported");
});

test("shell: quotes in a here-document are text, so $ and \\ in them are refused; bare words that expand are refused", () => {
  refused(`cat > app.ini <<EOF\npassword = '${PASSWORD}$3x'\nEOF\n`, "a.sh", "notLiteral");
  refused(`cat > app.ini <<EOF\npassword = '${PASSWORD}\\\\x'\nEOF\n`, "a.sh", "notLiteral");
  assert.equal(move(`cat > app.ini <<EOF\npassword = '${PASSWORD}'\nEOF\n`, "a.sh").after, `: "\${PASSWORD:?PASSWORD is not set}"\ncat > app.ini <<EOF\npassword = '\${PASSWORD}'\nEOF\n`);
  refused(`mysql --password=${PASSWORD}{4,5}\n`, "a.sh", "notLiteral");
  refused(`mysql --password=${PASSWORD}*\n`, "a.sh", "notLiteral");
  refused(`export DB_PASSWORD=${PASSWORD}{4,5}\n`, "a.sh", "notLiteral");
  // A plain assignment is neither brace-expanded nor globbed.
  assert.equal(move(`DB_PASSWORD=${PASSWORD}{4,5}\n`, "a.sh").plan.value, `${PASSWORD}{4,5}`);
});

test("Elixir: a module attribute's read gets a note that it happens when the module compiles", () => {
  const moved = move(`defmodule Orders.Client do\n  @api_token "${TOKEN}"\nend\n`, "lib/orders/client.ex");
  assert.match(moved.after, /^defmodule Orders\.Client do\n {2}@api_token System\.fetch_env!\("\w+"\)\nend\n$/);
  assert.ok(moved.plan.notes.some((note) => note.includes("module attribute is evaluated when the module compiles")), moved.plan.notes.join("\n"));
  assert.ok(!move(`def token, do: "${TOKEN}"\n`, "lib/a.ex").plan.notes.some((note) => note.includes("module attribute")));
});

test("a connection string split into literals joined by an operator is refused: only one piece would move", () => {
  refused(`var cs = "Server=db1.corp.local;Database=Orders;" + "User Id=app;Password=${PASSWORD}";\n`, "Db.cs", "unsupported");
  refused(`Dim cs As String = "Server=db1.corp.local;Database=Orders;" & "User Id=app;Password=${PASSWORD}"\n`, "Db.vb", "unsupported");
  refused(`var cs = "Server=db1.corp.local;User Id=app;Password=${PASSWORD};" + "Encrypt=True";\n`, "Db.cs", "unsupported");
  assert.equal(move(`var cs = "Server=db1.corp.local;User Id=app;Password=${PASSWORD};Encrypt=True";\n`, "Db.cs").plan.value, `Server=db1.corp.local;User Id=app;Password=${PASSWORD};Encrypt=True`);
  // A piece that holds no setting is joined code, not part of the string.
  assert.equal(move(`const a = "x" +\n"Server=db;User ID=app;Password=${PASSWORD}";\n`, "a.js").plan.value, `Server=db;User ID=app;Password=${PASSWORD}`);
});

test("shell: a value the shell joins with the quoted or bare text touching it is refused, in every style", () => {
  for (const style of ["environmentVariable", "keyVaultReference"] as const) {
    for (const script of [`DB_PASSWORD=${PASSWORD}"x9Qw7z"\n`, `export DB_PASSWORD=${PASSWORD}'x9Qw7z'\n`, `DB_PASSWORD="${PASSWORD}"x9Qw7z\n`, `curl -u admin:${PASSWORD}"x9Qw7z" https://orders.contoso.com\n`]) {
      const finding = secretIn(script, "a.sh");
      assert.throws(() => planMove({ text: script, filePath: "a.sh", finding, secretName: "s", vaultUrl: VAULT, style }), refusal("unsupported"), script);
    }
  }
  // A word that ends where the value does is still moved; so is a value inside another string
  // (a libpq DSN, which goes whole: a compound credential).
  assert.equal(move(`DB_PASSWORD="${PASSWORD}" ./run.sh\n`, "a.sh").after, `DB_PASSWORD="\${DB_PASSWORD:?DB_PASSWORD is not set}" ./run.sh\n`);
  assert.equal(move(`psql "host=db password=${PASSWORD} user=app"\n`, "a.sh").plan.value, `host=db password=${PASSWORD} user=app`);
  assert.equal(move(`psql "host=db password='${PASSWORD}' user=app"\n`, "a.sh").plan.value, `host=db password='${PASSWORD}' user=app`);
  // A backslash before the line's end continues the command: the word ends at the quote.
  assert.equal(move(`docker run -e API_TOKEN="${PASSWORD}"\\\n  app\n`, "a.sh").plan.value, PASSWORD);
});

test("Ruby: #$global and #@ivar interpolate in a double-quoted string", () => {
  refused(`password = "${PASSWORD}#$x"\n`, "a.rb", "notLiteral");
  refused(`password = "${PASSWORD}#@x"\n`, "a.rb", "notLiteral");
  assert.equal(move(`password = '${PASSWORD}#$x'\n`, "a.rb").plan.value, `${PASSWORD}#$x`);
});

test("Ruby: #{…} in a double-quoted string is code, whose own string literal is the one replaced; a value that is code there is refused", () => {
  assert.equal(move(`message = "Logged in: #{client.login("${TOKEN}")}"\n`, "a.rb").after, 'message = "Logged in: #{client.login(ENV.fetch("A_GITHUB_TOKEN"))}"\n');
  assert.equal(move(`message = %Q[as #{client.login("${TOKEN}").name}]\n`, "a.rb").after, 'message = %Q[as #{client.login(ENV.fetch("A_GITHUB_TOKEN")).name}]\n');
  refused(`label = "key: #{keys[:${TOKEN}]}"\n`, "a.rb", "noBounds");
});

test("a value written twice in one string is refused for that, not with the planner's internal error", () => {
  const cases: [string, string][] = [
    [`message = "first ${TOKEN}, then ${TOKEN} again"\n`, "a.py"],
    [`const message = 'first ${TOKEN}, then ${TOKEN} again';\n`, "src/a.js"],
  ];
  for (const [text, filePath] of cases) {
    const finding = secretIn(text, filePath);
    assert.throws(
      () => planMove({ text, filePath, finding, secretName: "s", vaultUrl: VAULT }),
      (error: unknown) => error instanceof FixPlanError && error.code === "unsupported" && /written again in the string/.test(error.message),
      filePath,
    );
  }
});

test("Ruby's and PHP's '…' keep a backslash before a letter as text: the value moves with it; \\\\ still reads as an escape", () => {
  const withBackslash = "Jw4Qz" + "\\d8nX2vL6pR";
  const php = move(`<?php\n$password = '${withBackslash}';\n`, "a.php");
  assert.equal(php.after, "<?php\n$password = getenv('PASSWORD');\n");
  assert.equal(php.plan.value, withBackslash);
  const ruby = move(`password = '${withBackslash}'\n`, "a.rb");
  assert.equal(ruby.after, 'password = ENV.fetch("PASSWORD")\n');
  assert.equal(ruby.plan.value, withBackslash);
  refused(`<?php\n$password = '${withBackslash.replace("\\", "\\\\")}';\n`, "a.php", "notLiteral");
});

test("Perl's q{…} and qq(…) and Ruby's %q(…), %Q[…] and %(…) are replaced whole by the read", () => {
  assert.equal(move(`my $password = q{${PASSWORD}};\n`, "a.pl").after, 'my $password = $ENV{PASSWORD} // die("PASSWORD is not set");\n');
  assert.equal(move(`my $api_token = qq(${PASSWORD});\n`, "a.pl").after, 'my $api_token = $ENV{API_TOKEN} // die("API_TOKEN is not set");\n');
  assert.equal(move(`my $password = q!${PASSWORD}!;\n`, "a.pl").after, 'my $password = $ENV{PASSWORD} // die("PASSWORD is not set");\n');
  assert.equal(move(`password = %q(${PASSWORD})\n`, "a.rb").after, 'password = ENV.fetch("PASSWORD")\n');
  assert.equal(move(`api_token = %Q[${PASSWORD}]\n`, "a.rb").after, 'api_token = ENV.fetch("API_TOKEN")\n');
  assert.equal(move(`password = %(${PASSWORD})\n`, "a.rb").after, 'password = ENV.fetch("PASSWORD")\n');
});

test("Kotlin: a property's getter that returns the literal, on its line or the next, returns the read", () => {
  assert.equal(move(`object S {\n    val password: String get() = "${PASSWORD}"\n}\n`, "S.kt").after, `object S {\n    val password: String get() = System.getenv("PASSWORD") ?: error("PASSWORD is not set")\n}\n`);
  assert.equal(move(`object S {\n    val dbPassword: String\n        get() = "${PASSWORD}"\n}\n`, "S.kt").after, `object S {\n    val dbPassword: String\n        get() = System.getenv("DB_PASSWORD") ?: error("DB_PASSWORD is not set")\n}\n`);
  assert.equal(move(`object S {\n    val apiToken get() = "${PASSWORD}"\n}\n`, "S.kt").after, `object S {\n    val apiToken get() = System.getenv("API_TOKEN") ?: error("API_TOKEN is not set")\n}\n`);
});

test("C#: a plain variable's ?? fallback and a Basic credential joined to its scheme literal are replaced by the read", () => {
  assert.equal(move(`string password = configured ?? "${PASSWORD}";\n`, "A.cs").after, 'string password = configured ?? (Environment.GetEnvironmentVariable("PASSWORD") ?? throw new InvalidOperationException("PASSWORD is not set"));\n');
  const pair = Buffer.from(`orders-api:${PASSWORD}`).toString("base64");
  assert.equal(move(`static string Header() => "Basic " + "${pair}";\n`, "A.cs").after, 'static string Header() => "Basic " + (Environment.GetEnvironmentVariable("AUTHORIZATION") ?? throw new InvalidOperationException("AUTHORIZATION is not set"));\n');
});

test("a URL whose user is filled in by .format keeps that code and is stored whole; one whose user is joined in moves its password alone", () => {
  const python = move(`ORDERS_URL = "postgresql://{}:${PASSWORD}@orders-db.internal:5432/orders".format(DB_USER)\n`, "a.py");
  assert.equal(python.plan.value, `postgresql://{}:${PASSWORD}@orders-db.internal:5432/orders`);
  assert.equal(python.after, 'import os\n\nORDERS_URL = os.environ["ORDERS_URL"].format(DB_USER)\n');
  const lua = move(`local url = "postgres://" .. user .. ":${PASSWORD}@orders-db.internal/orders"\n`, "a.lua");
  assert.equal(lua.plan.value, PASSWORD);
  assert.equal(lua.after, 'local url = "postgres://" .. user .. (":" .. (os.getenv("URL_PASSWORD") or error("URL_PASSWORD is not set")) .. "@orders-db.internal/orders")\n');
  const javascript = move(`const url = "postgres://" + user + ":${PASSWORD}@orders-db.internal/orders";\n`, "a.js");
  assert.equal(javascript.plan.value, PASSWORD);
  assert.equal(javascript.after, 'const url = "postgres://" + user + ":" + process.env.URL_PASSWORD + "@orders-db.internal/orders";\n');
});

test("a URL's password moved alone with nothing to name it is named by the URL's user, as curl's -u admin: is", () => {
  const shell = move(`psql "postgresql://orders:${PASSWORD}@db-$ENV_NAME.fabrikam.com/orders" -c 'select 1'\n`, "deploy.sh");
  assert.equal(shell.plan.value, PASSWORD);
  assert.equal(shell.after, `psql "postgresql://orders:\${ORDERS_PASSWORD:?ORDERS_PASSWORD is not set}@db-$ENV_NAME.fabrikam.com/orders" -c 'select 1'\n`);
  // A user that is not written out names nothing: the file's name and the rule's do, as before.
  assert.match(move(`psql "postgresql://$DB_USER:${PASSWORD}@db-$ENV_NAME.fabrikam.com/orders"\n`, "deploy.sh").after, /\$\{DEPLOY_URL_CREDENTIALS:\?/);
});

test("places that take only a string literal or a constant, wherever they stand on the line, are refused", () => {
  refused(`const allow = { "${TOKEN}": true };\n`, "src/a.js", "unsupported");
  refused(`type Tok = "${TOKEN}";\n`, "src/a.ts", "unsupported");
  refused(`type Tok =\n  | "a"\n  | "${TOKEN}";\n`, "src/a.ts", "unsupported");
  refused(`interface I { t: "${TOKEN}"; }\n`, "src/a.ts", "unsupported");
  refused(`let t: "${TOKEN}" = x;\n`, "src/a.ts", "unsupported");
  refused(`enum T { A = "${TOKEN}" }\n`, "src/a.ts", "unsupported");
  refused(`import x from "${TOKEN}";\n`, "src/a.js", "unsupported");
  refused(`export * from "${TOKEN}";\n`, "src/a.js", "unsupported");
  refused("package main\n\ntype T struct {\n\tA string `json:\"" + TOKEN + "\"`\n}\n", "a.go", "unsupported");
  refused(`using System;\nclass A { int F(string s) => s switch { "${TOKEN}" => 1, _ => 0 }; }\n`, "A.cs", "unsupported");
  refused(`using System;\nclass A { bool F(string s) => s is "${TOKEN}"; }\n`, "A.cs", "unsupported");
  refused(`using System;\nclass A { [Token("${TOKEN}")] public void F() { } }\n`, "A.cs", "unsupported");
  refused(`class A { int f(String s) { return switch (s) { case "a", "${TOKEN}" -> 1; default -> 0; }; } }\n`, "A.java", "unsupported");
  // Values in the same kinds of code still move: an object's value, a ternary's branch, a call's argument, a struct literal.
  assert.equal(move(`const o = { a: "${TOKEN}" };\n`, "src/a.ts").after, `const o = { a: process.env.A! };\n`);
  assert.equal(move(`const t = x ? "a" : "${TOKEN}";\n`, "src/a.ts").after, `const t = x ? "a" : process.env.A!;\n`);
  assert.equal(move(`f(a, "${TOKEN}");\n`, "src/a.ts").after, `f(a, process.env.A_GITHUB_TOKEN!);\n`);
  assert.equal(move(`using System;\nclass A { void F() { var x = d[Key("${TOKEN}")]; } }\n`, "A.cs").after, `using System;\nclass A { void F() { var x = d[Key(Environment.GetEnvironmentVariable("A_GITHUB_TOKEN") ?? throw new InvalidOperationException("A_GITHUB_TOKEN is not set"))]; } }\n`);
  // Kotlin's const val loses its const wherever it stands.
  assert.equal(move(`object C { const val TOKEN = "${TOKEN}" }\n`, "C.kt").after, `object C { val TOKEN = System.getenv("TOKEN") ?: error("TOKEN is not set") }\n`);
});

test("Python: a value that is the module's docstring gets import os above it; above a __future__ import it is refused", () => {
  assert.equal(move(`"""${TOKEN}"""\nimport sys\n`, "a.py").after, `import os\nos.environ["A_GITHUB_TOKEN"]\nimport sys\n`);
  assert.equal(move(`#!/usr/bin/env python\n"""${TOKEN}"""\n\nx = 1\n`, "a.py").after, `#!/usr/bin/env python\nimport os\nos.environ["A_GITHUB_TOKEN"]\n\nx = 1\n`);
  refused(`"""${TOKEN}"""\nfrom __future__ import annotations\n`, "a.py", "unsupported");
});

test("Python: a value inside a docstring's text is refused for what it is; a string assigned in a class body still moves", () => {
  const inDocstring = (text: string) => {
    const finding = secretIn(text, "tool.py");
    assert.throws(() => planMove({ text, filePath: "tool.py", finding, secretName: "s", vaultUrl: VAULT }), (error: unknown) => error instanceof FixPlanError && error.code === "unsupported" && /part of a docstring/.test(error.message));
  };
  inDocstring(`"""Orders tool.\n\n  orders login --token ${TOKEN} --verbose\n"""\nimport sys\n`);
  inDocstring(`import sys\n\n\nasync def login(\n    user,\n) -> None:  # the service's login\n    """Logs in.\n\n    orders login --token ${TOKEN}\n    """\n    return None\n`);
  inDocstring(`from orders.i18n import _\n__doc__ = _("""\nAdd a user:\n   orders user-add --token ${TOKEN}\n""")\n`);
  assert.equal(
    move(`class Client:\n    retries = 3\n    help = """\n  orders login --token ${TOKEN}\n"""\n`, "client.py").after,
    `import os\n\nclass Client:\n    retries = 3\n    help = """\n  orders login --token """ + os.environ["TOKEN"] + """\n"""\n`,
  );
});

test("a connection string that quotes its password moves whole, its escaped quotes stored as the program reads them", () => {
  const settings = "Server=tcp:orders-sql.example.net;Database=orders;User Id=orders_app;";
  const quoted = `${settings}Password="${PASSWORD};x";Encrypt=True`;
  const cases: [string, string, string][] = [
    [`var cs = "${quoted.replace(/"/g, '\\"')}";\n`, "a.cs", `var cs = Environment.GetEnvironmentVariable("CS") ?? throw new InvalidOperationException("CS is not set");\n`],
    [`var cs = @"${quoted.replace(/"/g, '""')}";\n`, "a.cs", `var cs = Environment.GetEnvironmentVariable("CS") ?? throw new InvalidOperationException("CS is not set");\n`],
    [`Dim cs = "${quoted.replace(/"/g, '""')}"\n`, "a.vb", `Dim cs = Environment.GetEnvironmentVariable("CS")\n`],
    [`String cs = "${quoted.replace(/"/g, '\\"')}";\n`, "A.java", `import java.util.Objects;\n\nString cs = Objects.requireNonNull(System.getenv("CS"), "CS is not set");\n`],
    [`const cs = '${quoted.replace(/"/g, "'").replace(/'/g, "\\'")}';\n`, "src/a.js", `const cs = process.env.CS;\n`],
  ];
  for (const [text, filePath, after] of cases) {
    const moved = move(text, filePath);
    assert.equal(moved.plan.compound, true, filePath);
    assert.equal(moved.plan.value, filePath === "src/a.js" ? quoted.replace(/"/g, "'") : quoted, text);
    assert.equal(moved.after, after);
  }
  // Other escapes leave what the program reads uncertain: refused, as before.
  refused(`var cs = "${quoted.replace(/"/g, '\\"')}\\n";\n`, "a.cs", "notLiteral");
  refused(`var cs = "Server=tcp:orders-sql.example.net;Database=orders;User Id=orders_app;Password='${PASSWORD}\\t';";\n`, "a.cs", "notLiteral");
  // A backslash kept in the value may escape the next character for the string's own reader
  // (libpq's `'a\'b'`: the finding stops at that quote), and a JSX attribute keeps its backslashes.
  refused(`conn = psycopg2.connect("host=db1 dbname=orders user=app password='${PASSWORD}\\\\'x9Qw' sslmode=require")\n`, "a.py", "notLiteral");
  refused(`export const App = () => <Db conn="${settings}Password=${PASSWORD}\\\\x;" />;\n`, "src/app.tsx", "notLiteral");
  // Rust's C strings (`c"…"`, raw `cr#"…"#`) are no &str; a raw one's backslashes are text.
  refused(`fn main() { let cs = cr#"${quoted.replace(/"/g, '\\"')}"#; }\n`, "src/main.rs", "unsupported");
});

test("an XML attribute's &quot; around a connection string's password: the whole string is stored, decoded", () => {
  const text = `<connectionStrings>\n  <add name="Orders" connectionString="Server=orders-sql.example.net;Database=orders;User Id=orders_app;Password=&quot;${PASSWORD};x&quot;;" />\n</connectionStrings>\n`;
  const finding = secretIn(text, "web.config");
  assert.equal(text.slice(finding.range.startOffset, finding.range.endOffset), `${PASSWORD};x`);
  const { plan } = move(text, "web.config");
  assert.equal(plan.value, `Server=orders-sql.example.net;Database=orders;User Id=orders_app;Password="${PASSWORD};x"`);
});

test("JSX: quotes in an element's text are text, refused; an attribute's value gets braces", () => {
  refused(`export const Help = () => <pre>sqlcmd -U app -P "${PASSWORD}"</pre>;\n`, "src/Help.jsx", "unsupported");
  refused(`export function Setup() {\n  return (\n    <pre>docker run -e DB_PASSWORD="${PASSWORD}" orders</pre>\n  );\n}\n`, "src/Setup.tsx", "unsupported");
  // JSX allows blanks around an attribute's `=`.
  assert.equal(move(`export const M = () => (\n  <MapView\n    apiKey = "${TOKEN}"\n  />\n);\n`, "src/M.tsx").after, `export const M = () => (\n  <MapView\n    apiKey = {process.env.API_KEY!}\n  />\n);\n`);
  assert.equal(move(`export const App = () => <MapView apiKey="${TOKEN}" />;\n`, "src/App.jsx").after, `export const App = () => <MapView apiKey={process.env.API_KEY} />;\n`);
  // An arrow's `>` and a comparison's are code, not a tag's end.
  assert.match(move(`const token = (a: Array<string>) => "${TOKEN}";\n`, "src/a.tsx").after, /=> process\.env\.\w+!;/);
});

test("two secrets under one setting name read two variables; the same secret, or a name taken elsewhere in the vault, one", () => {
  const other = ["ghp_", "Q3nW8xK2mR6tZ9vL4bC7pJ1sH5dF0gY2aU7e"].join("");
  const text = `class Orders:\n    api_key = "${TOKEN}"\n\n\nclass Billing:\n    api_key = "${other}"\n`;
  const [first, second] = scanText({ content: text, filePath: "providers.py" });
  assert.equal(suggestedSecretName(text, "providers.py", second!), "api-key", "both settings suggest one name");
  const reads = (plan: MovePlan) => /os\.environ\["(\w+)"\]/.exec(plan.edits.map((edit) => edit.newText).join(""))?.[1];
  const plan = (finding: Finding, secretName: string, options: { text?: string; variablesInUse?: Map<string, string>; storedAsNew?: boolean } = {}) =>
    planMove({
      text: options.text ?? text,
      filePath: "providers.py",
      finding,
      secretName,
      vaultUrl: VAULT,
      ...(options.variablesInUse ? { variablesInUse: options.variablesInUse } : {}),
      ...(options.storedAsNew !== undefined ? { storedAsNew: options.storedAsNew } : {}),
    });
  const firstPlan = plan(first!, "api-key");
  assert.equal(firstPlan.environmentVariable, "API_KEY");
  // Move all: the first plan's variable is in use by another secret.
  const inUse = new Map([["API_KEY", "api-key"]]);
  assert.equal(reads(plan(second!, "api-key-2", { variablesInUse: inUse })), "API_KEY_2");
  assert.equal(reads(plan(second!, "api-key", { variablesInUse: inUse })), "API_KEY", "the same secret reads the same variable");
  // One move after the other: the code reads API_KEY already.
  const moved = apply(text, firstPlan);
  const [secondAfter] = scanText({ content: moved, filePath: "providers.py" });
  assert.equal(reads(plan(secondAfter!, "api-key-2", { text: moved })), "API_KEY_2");
  assert.equal(reads(plan(secondAfter!, "billing-api-key", { text: moved })), "API_KEY_2", "a typed name too");
  assert.equal(reads(plan(secondAfter!, "api-key", { text: moved })), "API_KEY", "under the proposed name: the same value, moved again");
  // Another variable that starts with the same name is not this one.
  const [onlySecond] = scanText({ content: `const other = process.env.API_KEY_2;\nconst apiKey = "${other}";\n`, filePath: "keys.ts" });
  const text2 = `const other = process.env.API_KEY_2;\nconst apiKey = "${other}";\n`;
  assert.equal(planMove({ text: text2, filePath: "keys.ts", finding: onlySecond!, secretName: "api-key-3", vaultUrl: VAULT }).environmentVariable, "API_KEY");
  // A name taken by another value elsewhere in the vault: the code reads no variable of that name.
  assert.equal(reads(plan(first!, "api-key-2")), "API_KEY");
  // Once stored, the move knows: a new secret is not the one the file reads already, whatever its
  // name (the first moved under a typed name, this one under the proposed); a value found in the vault may be.
  assert.equal(reads(plan(secondAfter!, "api-key", { text: moved, storedAsNew: true })), "API_KEY_2");
  assert.equal(reads(plan(secondAfter!, "api-key-2", { text: moved, storedAsNew: false })), "API_KEY");
});

test("a configuration file's reads count too: a second .npmrc token or compose value under a variable in use gets another", () => {
  const other = ["ghp_", "Q3nW8xK2mR6tZ9vL4bC7pJ1sH5dF0gY2aU7e"].join("");
  const text = `services:\n  api:\n    environment:\n      GITHUB_TOKEN: \${GITHUB_TOKEN}\n  worker:\n    environment:\n      GITHUB_TOKEN: ${other}\n`;
  const finding = secretIn(text, "docker-compose.yml");
  const plan = planMove({ text, filePath: "docker-compose.yml", finding, secretName: "github-token", vaultUrl: VAULT, storedAsNew: true });
  assert.deepEqual(plan.edits.map((edit) => edit.newText), ["${GITHUB_TOKEN_2:?GITHUB_TOKEN_2 is not set}"]);
});

test("Jsonnet reads an external variable, which jsonnet's --ext-str takes from the environment; a ||| text block is refused", () => {
  const { plan, after } = move(`{\n  github:: { token: '${TOKEN}' },\n}\n`, "deploy/ci.libsonnet");
  assert.equal(after, `{\n  github:: { token: std.extVar("TOKEN") },\n}\n`);
  assert.ok(plan.notes.some((note) => note.includes("--ext-str TOKEN")), "the note says how jsonnet is given the variable");
  const block = `{\n  script: |||\n    gh auth login --with-token ${TOKEN}\n  |||,\n}\n`;
  const finding = secretIn(block, "deploy/ci.jsonnet");
  assert.throws(() => planMove({ text: block, filePath: "deploy/ci.jsonnet", finding, secretName: "token", vaultUrl: VAULT }), refusal("notLiteral"));
});

test(".npmrc: a second registry's token, under a variable in use, is read as NPM_TOKEN_2", () => {
  const other = ["npm_", "H3v8Rk2Lm7Tz4Wn9Qb6Pc1Sd5Jy0Xf2Ga7M"].join("");
  const firstToken = ["npm_", "Q7w2Zr9Xk4Lm8Tn3Vb6Pd1Sf5Hy0Jc2Ga7K"].join("");
  const text = `//registry.npmjs.org/:_authToken=${firstToken}\n//npm.pkg.github.com/:_authToken=${other}\n`;
  const [first, second] = scanText({ content: text, filePath: ".npmrc" });
  const name = suggestedSecretName(text, ".npmrc", second!);
  const firstPlan = planMove({ text, filePath: ".npmrc", finding: first!, secretName: name, vaultUrl: VAULT });
  const variablesInUse = new Map([[firstPlan.environmentVariable!, name]]);
  const plan = planMove({ text, filePath: ".npmrc", finding: second!, secretName: `${name}-2`, vaultUrl: VAULT, variablesInUse });
  assert.deepEqual(plan.edits.map((edit) => edit.newText), ["${NPM_TOKEN_2}"]);
});

test("a line that set the environment variable it now reads says it can go", () => {
  const setsItself = "This line now sets TOKEN to its own value: once the environment provides it, the line can go.";
  assert.ok(move(`import os\nos.environ["TOKEN"] = "${TOKEN}"\n`, "env.py").plan.notes.includes(setsItself));
  assert.ok(move(`process.env.TOKEN = "${TOKEN}";\n`, "env.ts").plan.notes.includes(setsItself));
  assert.ok(!move(`TOKEN = "${TOKEN}"\n`, "env.py").plan.notes.includes(setsItself), "a constant named like the variable is no write of it");
  // A read with the literal as its default still needs its line.
  assert.ok(!move(`import os\ntoken = os.environ.get("TOKEN", "${TOKEN}")\n`, "env.py").plan.notes.includes(setsItself));
  assert.ok(!move(`const token = process.env.TOKEN || "${TOKEN}";\n`, "env.ts").plan.notes.includes(setsItself));
});

test("Jsonnet: a ||| inside a text block's line is its text; field names and import paths are refused", () => {
  const block = `{\n  script: |||\n    # steps ||| separated\n    gh auth login --with-token ${TOKEN}\n  |||,\n}\n`;
  assert.throws(() => planMove({ text: block, filePath: "ci.jsonnet", finding: secretIn(block, "ci.jsonnet"), secretName: "token", vaultUrl: VAULT }), refusal("notLiteral"));
  const blankFirst = `{\n  script: |||\n\n    curl -H "Authorization: ${TOKEN}" https://api.github.test\n  |||,\n}\n`;
  assert.throws(() => planMove({ text: blankFirst, filePath: "ci.jsonnet", finding: secretIn(blankFirst, "ci.jsonnet"), secretName: "token", vaultUrl: VAULT }), refusal("notLiteral"));
  const field = `{\n  "${TOKEN}": true,\n}\n`;
  assert.throws(() => planMove({ text: field, filePath: "ci.jsonnet", finding: secretIn(field, "ci.jsonnet"), secretName: "token", vaultUrl: VAULT }), refusal("unsupported"));
  const imported = `{\n  creds: importstr "creds/${TOKEN}.txt",\n}\n`;
  assert.throws(() => planMove({ text: imported, filePath: "ci.jsonnet", finding: secretIn(imported, "ci.jsonnet"), secretName: "token", vaultUrl: VAULT }), refusal("unsupported"));
});

test("C and C++: a wide or Unicode string is refused, since getenv gives a char string", () => {
  for (const prefix of ["L", "u", "U", "u8"]) {
    const text = `const auto token = ${prefix}"${TOKEN}";\n`;
    assert.throws(() => planMove({ text, filePath: "client.cpp", finding: secretIn(text, "client.cpp"), secretName: "token", vaultUrl: VAULT }), refusal("unsupported"), prefix);
  }
  assert.equal(move(`const char *token = "${TOKEN}";\n`, "client.cpp").after, `#include <cstdlib>\n\nconst char *token = std::getenv("TOKEN");\n`);
});

test("variables are compared as the file writes them: GITHUB_TOKEN and GH_TOKEN are one Actions secret", () => {
  const text = `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      GH_TOKEN: \${{ secrets.GH_TOKEN }}\n      GITHUB_TOKEN: ${TOKEN}\n    steps:\n      - run: gh release list\n`;
  const finding = secretIn(text, ".github/workflows/release.yml");
  const plan = planMove({ text, filePath: ".github/workflows/release.yml", finding, secretName: "github-token", vaultUrl: VAULT, storedAsNew: true });
  assert.equal(plan.environmentVariable, "GH_TOKEN_2");
  assert.ok(plan.edits.some((edit) => edit.newText.includes("secrets.GH_TOKEN_2")));
});

test("CMake reads $ENV{…}, quoted so that it stays one argument; a bracket argument over lines and a comment are refused", () => {
  const unquoted = move(`set(DEPLOY_TOKEN ${TOKEN})\n`, "firmware/CMakeLists.txt");
  assert.equal(unquoted.after, `set(DEPLOY_TOKEN "$ENV{DEPLOY_TOKEN}")\n`);
  assert.ok(unquoted.plan.notes.some((note) => note.includes("when it configures the build")), "the note says CMake reads it when it configures");
  assert.equal(move(`set(DEPLOY_TOKEN "${TOKEN}" CACHE STRING "token")\n`, "cmake/deploy.cmake").after, `set(DEPLOY_TOKEN "$ENV{DEPLOY_TOKEN}" CACHE STRING "token")\n`);
  // Inside a quoted argument the read is spliced in; CMake expands it there.
  assert.equal(move(`set(AUTH_HEADER "Bearer ${TOKEN}")\n`, "CMakeLists.txt", { secretName: "deploy-token" }).after, `set(AUTH_HEADER "Bearer $ENV{DEPLOY_TOKEN}")\n`);
  const setsItself = move(`set(ENV{DEPLOY_TOKEN} "${TOKEN}")\n`, "CMakeLists.txt");
  assert.equal(setsItself.after, `set(ENV{DEPLOY_TOKEN} "$ENV{DEPLOY_TOKEN}")\n`);
  assert.ok(setsItself.plan.notes.some((note) => note.includes("now sets DEPLOY_TOKEN to its own value")));
  const block = `set(DEPLOY_TOKEN [=[\n${TOKEN}]=])\n`;
  assert.throws(() => planMove({ text: block, filePath: "CMakeLists.txt", finding: secretIn(block, "CMakeLists.txt"), secretName: "deploy-token", vaultUrl: VAULT }), refusal("notLiteral"));
  const comment = `# set(DEPLOY_TOKEN ${TOKEN})\n`;
  assert.throws(() => planMove({ text: comment, filePath: "CMakeLists.txt", finding: secretIn(comment, "CMakeLists.txt"), secretName: "deploy-token", vaultUrl: VAULT }), refusal("noBounds"));
});

test("Lua: a long string with or without = between its brackets is read whole", () => {
  assert.equal(move(`local token = [==[${TOKEN}]==]\n`, "notify.lua").after, `local token = os.getenv("TOKEN") or error("TOKEN is not set")\n`);
  assert.equal(move(`local t = { [[x]], token = [[${TOKEN}]] }\n`, "notify.lua").after, `local t = { [[x]], token = os.getenv("TOKEN") or error("TOKEN is not set") }\n`);
});

test("CMake: an escaped quote outside strings opens none, and bracket comments of any level are comments", () => {
  const escaped = `add_definitions(-DAPP_VERSION=\\"1.0\\")\n`;
  assert.equal(move(`${escaped}set(DEPLOY_TOKEN [=[${TOKEN}]=])\n`, "CMakeLists.txt").after, `${escaped}set(DEPLOY_TOKEN "$ENV{DEPLOY_TOKEN}")\n`);
  assert.equal(move(`${escaped}set(DB_PASSWORD "${PASSWORD}")\n`, "CMakeLists.txt").after, `${escaped}set(DB_PASSWORD "$ENV{DB_PASSWORD}")\n`);
  const documented = `#[=[\nPass -DDB_HOST="db.local to cmake.\n]=]\n`;
  assert.equal(move(`${documented}set(DB_PASSWORD "${PASSWORD}")\n`, "CMakeLists.txt").after, `${documented}set(DB_PASSWORD "$ENV{DB_PASSWORD}")\n`);
  for (const example of [`#[==[\nset(DB_PASSWORD "${PASSWORD}")\n]==]\n`, `#[[\nset(DB_PASSWORD ${PASSWORD})\n]]\n`]) {
    assert.throws(() => planMove({ text: example, filePath: "CMakeLists.txt", finding: secretIn(example, "CMakeLists.txt"), secretName: "db-password", vaultUrl: VAULT }), refusal("noBounds", PASSWORD), example);
  }
});

test("Lua: comments of any level are comments, and a long string is not split right after a ]", () => {
  const comment = "--[==[ see [[notes]] ]==]\n";
  assert.equal(move(`${comment}local password = "${PASSWORD}"\n`, "db.lua").after, `${comment}local password = os.getenv("PASSWORD") or error("PASSWORD is not set")\n`);
  const example = `--[==[\nlocal password = "${PASSWORD}"\n]==]\n`;
  assert.throws(() => planMove({ text: example, filePath: "db.lua", finding: secretIn(example, "db.lua"), secretName: "password", vaultUrl: VAULT }), refusal("noBounds", PASSWORD));
  const header = `local header = [[[auth]${TOKEN}]]\n`;
  assert.throws(() => planMove({ text: header, filePath: "h.lua", finding: secretIn(header, "h.lua"), secretName: "token", vaultUrl: VAULT }), refusal("unsupported"));
});

test("azure/login's creds: the service principal's JSON is stored whole as AZURE_CREDENTIALS, with a note on OpenID Connect", () => {
  const secret = ["Pk5", "8Q~", "Wv2Xq7Lz4Rm9Tn3Hb6Jc1Kd8Fs5Yg0Ua3V"].join("");
  const json = `{"clientId":"0f6c2b1e-7a4d-4c3b-9e8f-1a2b3c4d5e6f","clientSecret":"${secret}","subscriptionId":"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b","tenantId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"}`;
  const workflow = `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/login@v2\n        with:\n          creds: '${json}'\n`;
  const filePath = ".github/workflows/deploy.yml";
  const finding = secretIn(workflow, filePath);
  assert.equal(suggestedSecretName(workflow, filePath, finding), "AZURE-CREDENTIALS");
  const plan = planMove({ text: workflow, filePath, finding, secretName: "AZURE-CREDENTIALS", vaultUrl: VAULT });
  assert.equal(plan.value, json);
  assert.ok(plan.compound);
  assert.equal(apply(workflow, plan), workflow.replace(`'${json}'`, "'${{ secrets.AZURE_CREDENTIALS }}'"));
  assert.ok(plan.notes.some((note) => note.includes("OpenID Connect")), "the note offers a sign-in that keeps no secret");
  assert.ok(!plan.notes.some((note) => note.includes("az keyvault secret show")), "azure/login cannot read its own credentials from a vault");
  assert.ok(plan.notes.some((note) => note.startsWith("The whole JSON credential")));
});

test("review: a Lua long string of level n is not split right after ]=…=; a # comment's #[[ opens no bracket comment", () => {
  const levelOne = `local h = [=[[auth]=${TOKEN}]=]\n`;
  assert.throws(() => planMove({ text: levelOne, filePath: "h.lua", finding: secretIn(levelOne, "h.lua"), secretName: "token", vaultUrl: VAULT }), refusal("unsupported"));
  assert.equal(move(`local h = [=[[auth]${TOKEN} b]=]\n`, "h.lua", { secretName: "token" }).after, `local h = [=[[auth]]=] .. (os.getenv("H") or error("H is not set")) .. [=[ b]=]\n`);
  assert.equal(move(`# see #[[ docs\nset(DEPLOY_TOKEN ${TOKEN})\n`, "CMakeLists.txt").after, `# see #[[ docs\nset(DEPLOY_TOKEN "$ENV{DEPLOY_TOKEN}")\n`);
});

test("review: Move all's second place of a secret reads the variable its first place got", () => {
  const text = `import os\nRECEIVER = os.environ["WEBHOOK_TOKEN"]\nWEBHOOK_TOKEN = "${TOKEN}"\ndef f():\n    WEBHOOK_TOKEN = "${TOKEN}"\n`;
  const [first, second] = scanText({ content: text, filePath: "hook.py" }).filter((finding) => finding.kind === "secret");
  const variablesInUse = new Map<string, string>();
  const firstPlan = planMove({ text, filePath: "hook.py", finding: first!, secretName: "WEBHOOK-TOKEN", vaultUrl: VAULT, variablesInUse, storedAsNew: true });
  assert.equal(firstPlan.environmentVariable, "WEBHOOK_TOKEN_2");
  variablesInUse.set(firstPlan.environmentVariable, "WEBHOOK-TOKEN");
  // The value index finds it stored already: no new secret, the same variable.
  const secondPlan = planMove({ text, filePath: "hook.py", finding: second!, secretName: "WEBHOOK-TOKEN", vaultUrl: VAULT, variablesInUse });
  assert.equal(secondPlan.environmentVariable, "WEBHOOK_TOKEN_2");
});

test("review: the azure/login note stays in its step, and reads Azure/login in any case", () => {
  const later = `    steps:\n      - uses: azure/login@v2\n        with:\n          client-id: x\n      - run: gh release create\n        env:\n          GH_TOKEN: ${TOKEN}\n`;
  assert.ok(move(later, ".github/workflows/release.yml").plan.notes.some((note) => note.includes("or read it from the vault")), "a later step's secret gets the usual note");
  const secret = ["Pk5", "8Q~", "Wv2Xq7Lz4Rm9Tn3Hb6Jc1Kd8Fs5Yg0Ua3V"].join("");
  const capital = `    steps:\n      - uses: Azure/login@v2\n        with:\n          creds: '{"clientId":"0f6c2b1e-7a4d-4c3b-9e8f-1a2b3c4d5e6f","clientSecret":"${secret}","tenantId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"}'\n`;
  const finding = secretIn(capital, ".github/workflows/deploy.yml");
  const plan = planMove({ text: capital, filePath: ".github/workflows/deploy.yml", finding, secretName: "AZURE-CREDENTIALS", vaultUrl: VAULT });
  assert.ok(plan.notes.some((note) => note.includes("OpenID Connect")));
  // In a settings file read by name, the setting keeps its name.
  const settings = `{ "creds": "{\\"clientId\\":\\"0f6c2b1e-7a4d-4c3b-9e8f-1a2b3c4d5e6f\\",\\"clientSecret\\":\\"${secret}\\"}" }\n`;
  assert.equal(suggestedSecretName(settings, "appsettings.json", secretIn(settings, "appsettings.json")), "creds");
});

test("a bundle, a minified file or a source map is not edited: the build would write the secret back", () => {
  for (const filePath of ["dist/chunk.1e1bdbb057205efa.js", "public/app.min.js"]) {
    const text = `const key="${TOKEN}";\n`;
    assert.throws(
      () => planMove({ text, filePath, finding: secretIn(text, filePath), secretName: "key", vaultUrl: VAULT }),
      (error: unknown) => refusal("unsupported")(error) && /the build writes it again from its sources and environment/.test((error as Error).message),
      filePath,
    );
  }
});

test("a value larger than its store holds is refused before anything is written (a custom rule may find one)", () => {
  // (Hex that looks random, made up here: a repeated run would be a placeholder.)
  const hex = Array.from({ length: 500 }, (_, n) => createHash("sha256").update(`bundle ${n}`).digest("hex")).join("");
  const bundle = (length: number) => `bundle_${hex.slice(0, length)}`;
  const rule = { id: "custom/bundle", title: "Bundle", kind: "secret", docsUrl: "https://example.invalid/bundle", keywords: ["bundle_"], pattern: /bundle_[0-9a-f]{100,30000}/dg } as const;
  const plan = (value: string) => {
    const text = `BUNDLE = "${value}"\n`;
    const [finding] = scanText({ content: text, filePath: "bundle.py", options: { customRules: [rule] } });
    return planMove({ text, filePath: "bundle.py", finding: finding!, secretName: "bundle", vaultUrl: VAULT });
  };
  assert.equal(plan(bundle(25 * 1024 - 7)).value.length, 25 * 1024, "25 KB is stored");
  assert.throws(() => plan(bundle(25 * 1024)), (error: unknown) => refusal("unsupported")(error) && /is 26 KB, and Key Vault holds a secret of at most 25 KB/.test((error as Error).message));
});

test("every note that says how the app gets a moved secret also says it needs only read access (Key Vault Secrets User)", () => {
  const readOnly = "The identity that reads the secret (the app's managed identity in Azure, yours with \"Run with secrets\") needs only read access: give it the Key Vault Secrets User role on contoso-orders-kv.vault.azure.net, no more.";
  const cases: [string, string, ReplacementStyle?][] = [
    [`{\n  "Smtp": { "Password": "${PASSWORD}" }\n}\n`, "web/appsettings.json"], // the ASP.NET Core provider
    [`import os\nSMTP_PASSWORD = "${PASSWORD}"\n`, "src/mail.py"], // an environment variable
    [`SMTP_PASSWORD=${PASSWORD}\n`, ".env"], // a .env reference
    [`SMTP_PASSWORD=${PASSWORD}\n`, ".env", "removeValue"], // a .env line removed
    [`var password = "${PASSWORD}";\n`, "src/Mail.cs", "configuration"], // C# through IConfiguration and the provider
  ];
  for (const [text, filePath, style] of cases) {
    const { plan } = move(text, filePath, style ? { style } : {});
    assert.ok(plan.notes.some((note) => note.includes(readOnly)), `${filePath}${style ? ` (${style})` : ""}: ${plan.notes.join(" | ")}`);
  }
});

test("ODBC: a password in braces is found without them, and its connection string moves whole, braces kept", () => {
  const odbc = `Driver={ODBC Driver 18 for SQL Server};Server=tcp:orders-sql.database.windows.net,1433;Uid=app;Pwd={${PASSWORD};x}`;
  const text = `conn = pyodbc.connect("${odbc};")\n`;
  const finding = secretIn(text, "app.py");
  assert.equal(text.slice(finding.range.startOffset, finding.range.endOffset), `${PASSWORD};x`);
  const { plan, after } = move(text, "app.py");
  assert.equal(plan.value, `${odbc};`);
  assert.ok(after.includes(`pyodbc.connect(os.environ["`), after);
});

test("a secret that is the whole default of an environment read: the read stands alone, under the variable it reads", () => {
  const cases: Array<[string, string, string]> = [
    ["src/config.ts", `const key = process.env.PAYMENTS_API_KEY ?? "${PASSWORD}";\n`, "const key = process.env.PAYMENTS_API_KEY!;\n"],
    ["app/settings.py", `import os\nAPI_KEY = os.getenv("PAYMENTS_API_KEY", "${PASSWORD}")\n`, `import os\nAPI_KEY = os.getenv("PAYMENTS_API_KEY")\n`],
    // (black's layout, one argument a line: found as the call over its lines, and written back on one.)
    ["app/settings.py", `import os\nAPI_KEY = os.getenv(\n    "PAYMENTS_API_KEY",\n    "${PASSWORD}",\n)\n`, `import os\nAPI_KEY = os.getenv("PAYMENTS_API_KEY")\n`],
    ["app/settings.py", `import os\nAPI_KEY = os.environ.get(\n    "PAYMENTS_API_KEY",\n    "${PASSWORD}",\n)\n`, `import os\nAPI_KEY = os.environ.get("PAYMENTS_API_KEY")\n`],
    ["Api/Program.cs", `var key = Environment.GetEnvironmentVariable("PAYMENTS_API_KEY") ?? "${PASSWORD}";\n`, `var key = Environment.GetEnvironmentVariable("PAYMENTS_API_KEY") ?? throw new InvalidOperationException("PAYMENTS_API_KEY is not set");\n`],
    ["cmd/main.go", `package main\n\nfunc main() {\n\tkey := cmp.Or(os.Getenv("PAYMENTS_API_KEY"), "${PASSWORD}")\n}\n`, `package main\n\nfunc main() {\n\tkey := os.Getenv("PAYMENTS_API_KEY")\n}\n`],
    ["cmd/main.go", `package main\n\nfunc main() {\n\tapiKey := os.Getenv("PAYMENTS_API_KEY")\n\tif len(apiKey) == 0 {\n\t\tapiKey = "${PASSWORD}"\n\t}\n\tuse(apiKey)\n}\n`, `package main\n\nfunc main() {\n\tapiKey := os.Getenv("PAYMENTS_API_KEY")\n\tuse(apiKey)\n}\n`],
    // (Without its test `ok` would be unused, which Go does not compile: the pair becomes one os.Getenv.)
    ["cmd/main.go", `package main\n\nfunc main() {\n\tapiKey, ok := os.LookupEnv("PAYMENTS_API_KEY")\n\tif !ok {\n\t\tapiKey = "${PASSWORD}"\n\t}\n\tuse(apiKey)\n}\n`, `package main\n\nfunc main() {\n\tapiKey := os.Getenv("PAYMENTS_API_KEY")\n\tuse(apiKey)\n}\n`],
    ["src/main.c", `int main(void) {\n    const char *apiKey = getenv("PAYMENTS_API_KEY");\n    if (apiKey == NULL) apiKey = "${PASSWORD}";\n    return use(apiKey);\n}\n`, `int main(void) {\n    const char *apiKey = getenv("PAYMENTS_API_KEY");\n    return use(apiKey);\n}\n`],
    ["src/main.cpp", `int main() {\n    const char* apiKey = std::getenv("PAYMENTS_API_KEY");\n    if (!apiKey)\n        apiKey = "${PASSWORD}";\n    return use(apiKey);\n}\n`, `int main() {\n    const char* apiKey = std::getenv("PAYMENTS_API_KEY");\n    return use(apiKey);\n}\n`],
    ["src/main.rs", `let key = std::env::var("PAYMENTS_API_KEY").unwrap_or("${PASSWORD}".to_string());\n`, `let key = std::env::var("PAYMENTS_API_KEY").expect("PAYMENTS_API_KEY is not set");\n`],
    ["src/main.rs", `let key = env::var("PAYMENTS_API_KEY").unwrap_or_else(|_| String::from("${PASSWORD}"));\n`, `let key = env::var("PAYMENTS_API_KEY").expect("PAYMENTS_API_KEY is not set");\n`],
    ["src/main/java/App.java", `class App {\n  @Value("\${payments.api-key:${PASSWORD}}")\n  private String apiKey;\n}\n`, `class App {\n  @Value("\${payments.api-key}")\n  private String apiKey;\n}\n`],
  ];
  for (const [filePath, text, expected] of cases) {
    const { plan, after } = move(text, filePath);
    assert.equal(after, expected, filePath);
    assert.equal(plan.value, PASSWORD, filePath);
    assert.equal(plan.environmentVariable, "PAYMENTS_API_KEY", filePath);
    assert.match(plan.notes.join(" "), /The default is gone/, filePath);
    assert.match(plan.notes.join(" "), /PAYMENTS_API_KEY="@Microsoft\.KeyVault\(SecretUri=/, filePath);
  }
  // The reference asked for, a default that holds more than the secret, a read the move does not
  // take apart: the literal is replaced as before.
  assert.match(move(`const key = process.env.PAYMENTS_API_KEY ?? "${PASSWORD}";\n`, "src/config.ts", { style: "keyVaultReference" }).after, /\?\? "@Microsoft\.KeyVault\(SecretUri=/);
  assert.match(move(`const auth = process.env.AUTH_HEADER ?? "Bearer ${TOKEN}";\n`, "src/config.ts").after, /^const auth = process\.env\.AUTH_HEADER \?\? "Bearer " \+ process\.env\.[A-Z_]+;\n$/);
  assert.match(move(`const key = getEnv("PAYMENTS_API_KEY", "${PASSWORD}");\n`, "src/config.ts").after, /, process\.env\.PAYMENTS_API_KEY!\);/);
});

test("an argparse option's default reads the variable with .get: the parser is built whether or not it is set", () => {
  const { after, plan } = move(`import os\nparser.add_argument("--api-key", help="the key", default="${PASSWORD}")\n`, "tools/sync.py");
  assert.equal(after, `import os\nparser.add_argument("--api-key", help="the key", default=os.environ.get("API_KEY"))\n`);
  assert.ok(plan.notes.some((note) => note.startsWith("The option's default is now read from API_KEY when the parser is built")));
});

test("a Helm template's default is refused with what to do, not as a YAML flow collection", () => {
  const text = `stringData:\n  apiKey: {{ .Values.apiKey | default "${PASSWORD}" | quote }}\n`;
  const finding = secretIn(text, "chart/templates/secret.yaml");
  assert.throws(
    () => planMove({ text, filePath: "chart/templates/secret.yaml", finding, secretName: "api-key", vaultUrl: VAULT }),
    (error: unknown) => error instanceof FixPlanError && /inside a template action/.test(error.message) && /helm --set/.test(error.message) && !error.message.includes(PASSWORD),
  );
});

test("a secret that is the default of a C# configuration read: the read stands alone when the secret's name is the key's", () => {
  const text = `var key = builder.Configuration["Payments:ApiKey"] ?? "${PASSWORD}";\n`;
  const { plan, after } = move(text, "Api/Program.cs", { secretName: "Payments--ApiKey" });
  assert.equal(after, `var key = builder.Configuration["Payments:ApiKey"] ?? throw new InvalidOperationException("Payments:ApiKey is not set");\n`);
  assert.equal(plan.readsConfigurationKey, "Payments:ApiKey");
  assert.equal(plan.environmentVariable, undefined);
  assert.ok(plan.notes.includes("Program.cs must call builder.Configuration.AddAzureKeyVault(…) so the secret Payments--ApiKey is read as Payments:ApiKey."));
  // Under another name the provider would give the application another key: the literal is replaced as before.
  assert.match(move(text, "Api/Program.cs", { secretName: "payments-api-key" }).after, /\?\? \(Environment\.GetEnvironmentVariable\("/);
});

test("option defaults: one on its own line of the call reads with .get too; click's envvar is the variable, and only the default goes", () => {
  const stripe = ["sk_live_", "Hq7Wm3Xc9Tz2Lp5Rv8Bn4Kd"].join("");
  const layered = move(`import os\nparser.add_argument(\n    "--stripe-key",\n    help="the key",\n    default="${stripe}",\n)\n`, "tools/sync.py");
  assert.ok(layered.after.includes(`    default=os.environ.get("STRIPE_KEY"),\n`), layered.after);
  const click = move(`@click.option("--api-token", envvar="ORDERS_API_TOKEN", default="${PASSWORD}", show_default=True)\ndef main(api_token): pass\n`, "tools/cli.py");
  assert.equal(click.after, `@click.option("--api-token", envvar="ORDERS_API_TOKEN", show_default=True)\ndef main(api_token): pass\n`);
  assert.equal(click.plan.environmentVariable, "ORDERS_API_TOKEN");
  // click's third name is the parameter's, from which click derives no variable: the default reads the option's.
  const parameter = move(`import click\n@click.option("--api-key", "-k", "token", default="${PASSWORD}")\ndef main(token): pass\n`, "tools/cli.py");
  assert.equal(parameter.after, `import os\nimport click\n@click.option("--api-key", "-k", "token", default=os.environ.get("API_KEY"))\ndef main(token): pass\n`);
  assert.equal(parameter.plan.environmentVariable, "API_KEY");
  const named = move(`@click.option("--db-password", "db_pw", envvar="DB_PASSWORD", default="${PASSWORD}")\ndef main(db_pw): pass\n`, "tools/cli.py");
  assert.equal(named.after, `@click.option("--db-password", "db_pw", envvar="DB_PASSWORD")\ndef main(db_pw): pass\n`);
  // The help shows defaults: said, where the default is now read from the environment.
  const shown = move(`import os\nparser = argparse.ArgumentParser(formatter_class=argparse.ArgumentDefaultsHelpFormatter)\nparser.add_argument("--api-key", default="${PASSWORD}")\n`, "tools/sync.py");
  assert.ok(shown.plan.notes.some((note) => note.includes("--help would print the secret")));
});

test("a secret an Angular environment file holds, or a build writes into its bundle, is refused: read from the environment there, it still ships", () => {
  for (const [filePath, text, where] of [
    ["src/environments/environment.prod.ts", `export const environment = {\n  production: true,\n  paymentsKey: "${TOKEN}",\n};\n`, /runs in the browser \(an Angular environment file/],
    ["next.config.js", `module.exports = {\n  env: {\n    GITHUB_TOKEN: "${TOKEN}",\n  },\n};\n`, /next\.config's env/],
    ["next.config.mjs", `export default {\n  env: { GITHUB_TOKEN: process.env.GITHUB_TOKEN ?? "${TOKEN}" },\n};\n`, /next\.config's env/],
    ["nuxt.config.ts", `export default defineNuxtConfig({\n  runtimeConfig: {\n    public: { githubToken: "${TOKEN}" },\n  },\n});\n`, /runtimeConfig\.public/],
    ["vite.config.ts", `export default defineConfig({\n  define: { __TOKEN__: JSON.stringify("${TOKEN}") },\n});\n`, /Vite's define/],
    ["webpack.config.js", `module.exports = {\n  plugins: [new webpack.DefinePlugin({ "process.env.TOKEN": JSON.stringify("${TOKEN}") })],\n};\n`, /DefinePlugin/],
    ["app.config.js", `export default {\n  expo: { name: "orders", extra: { githubToken: "${TOKEN}" } },\n};\n`, /Expo's extra/],
  ] as const) {
    assert.throws(
      () => planMove({ text, filePath, finding: secretIn(text, filePath), secretName: "t", vaultUrl: VAULT }),
      (error: unknown) => refusal("unsupported")(error) && where.test((error as Error).message) && !(error as Error).message.includes(TOKEN),
      filePath,
    );
  }
  // The same files' server-side parts move as before: Nuxt's private runtimeConfig, a webpack build for Node, another environment.ts.
  assert.equal(move(`export default defineNuxtConfig({\n  runtimeConfig: {\n    githubToken: "${TOKEN}",\n  },\n});\n`, "nuxt.config.ts").after, `export default defineNuxtConfig({\n  runtimeConfig: {\n    githubToken: process.env.GITHUB_TOKEN!,\n  },\n});\n`);
  assert.match(move(`module.exports = {\n  target: "node",\n  plugins: [new webpack.DefinePlugin({ TOKEN: JSON.stringify("${TOKEN}") })],\n};\n`, "webpack.config.js").after, /JSON\.stringify\(process\.env\.\w+\)/);
  assert.match(move(`export const environment = { token: "${TOKEN}" };\n`, "src/config/environment.ts").after, /token: process\.env\.TOKEN!/);
});

test("a Vue or Svelte component, a React Native app, a browser extension and a Cloudflare Worker are refused, each for its own reason; a Worker's binding default goes", () => {
  for (const [filePath, text, why] of [
    ["src/components/Checkout.vue", `<template><p>{{ total }}</p></template>\n<script setup lang="ts">\nconst githubToken = "${TOKEN}";\n</script>\n`, /runs in the browser \(a Vue single-file component\)/],
    ["src/routes/Pay.svelte", `<script>\n  const githubToken = "${TOKEN}";\n</script>\n`, /runs in the browser \(a Svelte component\)/],
    ["App.tsx", `import { View } from "react-native";\nconst githubToken = "${TOKEN}";\n`, /React Native app.*server the app calls/],
    ["background.js", `chrome.runtime.onInstalled.addListener(() => {\n  const githubToken = "${TOKEN}";\n});\n`, /browser extension/],
    ["src/index.ts", `export default {\n  async fetch(request: Request, env: Env): Promise<Response> {\n    const githubToken = "${TOKEN}";\n    return new Response("ok");\n  },\n};\n`, /Cloudflare Worker.*wrangler secret put/],
  ] as const) {
    assert.throws(
      () => planMove({ text, filePath, finding: secretIn(text, filePath), secretName: "t", vaultUrl: VAULT }),
      (error: unknown) => refusal("unsupported")(error) && why.test((error as Error).message) && !(error as Error).message.includes(TOKEN),
      filePath,
    );
  }
  // (Expo's push SDK runs on servers.)
  assert.match(move(`import { Expo } from "expo-server-sdk";\nconst githubToken = "${TOKEN}";\n`, "src/push.ts").after, /= process\.env\.\w+!;/);
  const worker = `export default {\n  async fetch(request, env) {\n    const token = env.GITHUB_TOKEN ?? "${TOKEN}";\n    return new Response("ok");\n  },\n};\n`;
  assert.equal(move(worker, "src/index.js").after, worker.replace(` ?? "${TOKEN}"`, ""));
});

test("a secret defaulting a read in browser code is refused as browser code, not moved into what the bundler builds in", () => {
  for (const text of [`const key = import.meta.env.VITE_PAYMENTS_SECRET ?? "${PASSWORD}";\n`, `"use client";\nconst key = process.env.PAYMENTS_SECRET ?? "${PASSWORD}";\n`]) {
    const finding = secretIn(text, "src/app.ts");
    assert.throws(
      () => planMove({ text, filePath: "src/app.ts", finding, secretName: "payments-secret", vaultUrl: VAULT }),
      (error: unknown) => error instanceof FixPlanError && /runs in the browser/.test(error.message) && !error.message.includes(PASSWORD),
      text,
    );
  }
});

test("a connection string that is a read's default: found after compose's and the shell's ':-', and the whole default goes", () => {
  const url = `redis://:${PASSWORD}@orders-cache:6379/0`;
  const cases: Array<[string, string, string]> = [
    ["docker-compose.yml", `services:\n  api:\n    environment:\n      REDIS_URL: \${REDIS_URL:-${url}}\n`, `services:\n  api:\n    environment:\n      REDIS_URL: \${REDIS_URL:?REDIS_URL is not set}\n`],
    ["deploy/run.sh", `#!/bin/sh\nREDIS_URL="\${REDIS_URL:-${url}}"\n`, `#!/bin/sh\nREDIS_URL="\${REDIS_URL:?REDIS_URL is not set}"\n`],
    // (Not the read twice, `process.env.REDIS_URL ?? process.env.REDIS_URL`.)
    ["src/cache.js", `const url = process.env.REDIS_URL ?? "${url}";\n`, `const url = process.env.REDIS_URL;\n`],
  ];
  for (const [filePath, text, expected] of cases) {
    const { plan, after } = move(text, filePath);
    assert.equal(after, expected, filePath);
    assert.equal(plan.value, url, filePath);
    assert.equal(plan.environmentVariable, "REDIS_URL", filePath);
  }
});

test("a secret that is the default of a script's, a compose file's or a Serverless file's expansion: the default goes, and an unset variable stops it", () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ["deploy/run.sh", `#!/bin/sh\nDB_PASSWORD="\${PAYMENTS_API_KEY:-${PASSWORD}}"\n`, `#!/bin/sh\nDB_PASSWORD="\${PAYMENTS_API_KEY:?PAYMENTS_API_KEY is not set}"\n`, /the script now stops/],
    ["docker-compose.yml", `services:\n  api:\n    environment:\n      API_KEY: \${PAYMENTS_API_KEY:-${PASSWORD}}\n`, `services:\n  api:\n    environment:\n      API_KEY: \${PAYMENTS_API_KEY:?PAYMENTS_API_KEY is not set}\n`, /docker compose now stops/],
    // (Without the colon, compose's default is used only where the variable is unset.)
    ["compose.yaml", `services:\n  api:\n    environment:\n      - API_KEY=\${PAYMENTS_API_KEY-${PASSWORD}}\n`, `services:\n  api:\n    environment:\n      - API_KEY=\${PAYMENTS_API_KEY:?PAYMENTS_API_KEY is not set}\n`, /docker compose now stops/],
    ["serverless.yml", `provider:\n  environment:\n    API_KEY: \${env:PAYMENTS_API_KEY, '${PASSWORD}'}\n`, `provider:\n  environment:\n    API_KEY: \${env:PAYMENTS_API_KEY}\n`, /Serverless Framework stops a deployment/],
  ];
  for (const [filePath, text, expected, stops] of cases) {
    const { plan, after } = move(text, filePath);
    assert.equal(after, expected, filePath);
    assert.equal(plan.value, PASSWORD, filePath);
    assert.equal(plan.environmentVariable, "PAYMENTS_API_KEY", filePath);
    assert.match(plan.notes.join(" "), stops, filePath);
    assert.ok(!plan.notes.join(" ").includes(PASSWORD), filePath);
  }
  // In single quotes the shell expands nothing: the literal is replaced as before.
  assert.match(move(`#!/bin/sh\necho '\${PAYMENTS_API_KEY:-${PASSWORD}}'\n`, "deploy/run.sh").after, /^echo '\$\{PAYMENTS_API_KEY:-'"\$\{PAYMENTS_API_KEY:\?/m);
  // A default read from another store than the environment is refused: the move cannot write there.
  const ssm = `provider:\n  environment:\n    API_KEY: \${ssm:/payments/api-key, "${PASSWORD}"}\n`;
  assert.throws(
    () => planMove({ text: ssm, filePath: "serverless.yml", finding: secretIn(ssm, "serverless.yml"), secretName: "api-key", vaultUrl: VAULT }),
    (error: unknown) => error instanceof FixPlanError && /AWS Systems Manager/.test(error.message) && !error.message.includes(PASSWORD),
  );
});

test("compose's list item with a default is named by the item, as its mapping form is", () => {
  const text = `services:\n  api:\n    environment:\n      - API_KEY=\${PAYMENTS_API_KEY:-${PASSWORD}}\n`;
  assert.equal(secretIn(text, "compose.yaml").keyName, "services:api:environment:API_KEY");
});

test("a Helm chart's values file: the secret's value is emptied, not given a ${…} Helm would install as the password", () => {
  const text = `image: orders:1.2\nauth:\n  password: "${PASSWORD}"\n  apiKey: ${PASSWORD}\n`;
  for (const [line, expected] of [[2, `  password: ""`], [3, `  apiKey: ""`]] as const) {
    const target = text.split("\n")[line]!;
    const start = text.indexOf(target) + target.indexOf(PASSWORD);
    const finding = scanText({ content: text, filePath: "chart/values-prod.yaml" }).find((f) => f.range.startOffset === start)!;
    const plan = planMove({ text, filePath: "chart/values-prod.yaml", finding, secretName: "orders-auth", vaultUrl: VAULT });
    const after = apply(text, plan);
    assert.equal(after.split("\n")[line], expected);
    assert.equal(plan.value, PASSWORD);
    const notes = plan.notes.join(" ");
    const path = line === 2 ? "auth.password" : "auth.apiKey";
    assert.ok(notes.includes(`--set-string ${path}="$(az keyvault secret show --vault-name contoso-orders-kv --name orders-auth --query value -o tsv)"`), notes);
    assert.ok(notes.includes(`{{ required "${path} is required" .Values.${path} }}`), notes);
    assert.ok(!notes.includes(PASSWORD));
  }
  // Helm passes a value whole: a connection string goes whole; a secret inside a longer value is refused.
  const url = `cache:\n  url: "redis://:${PASSWORD}@orders-cache:6379/0"\n  auth: "Bearer ${PASSWORD}"\n`;
  const [whole, inHeader] = scanText({ content: url, filePath: "chart/values.yaml" });
  const moved = planMove({ text: url, filePath: "chart/values.yaml", finding: whole!, secretName: "cache-url", vaultUrl: VAULT });
  assert.equal(apply(url, moved), `cache:\n  url: ""\n  auth: "Bearer ${PASSWORD}"\n`);
  assert.throws(() => planMove({ text: url, filePath: "chart/values.yaml", finding: inHeader!, secretName: "cache-auth", vaultUrl: VAULT }), (error: unknown) => refusal("noBounds", PASSWORD)(error));
});

test("a Helm values file's list item: the notes' --set path has the item's index, and the values file beside it", () => {
  // (The engine names a `- name: X` / `value:` item X: `--set X=…` would add a value beside the list.)
  const text = `replicaCount: 2\nenv:\n  - name: LOG_LEVEL\n    value: info\n  - name: ORDERS_API_KEY\n    value: ${PASSWORD}\n`;
  const plan = planMove({ text, filePath: "chart/values.yaml", finding: secretIn(text, "chart/values.yaml"), secretName: "orders-api-key", vaultUrl: VAULT });
  assert.equal(apply(text, plan), `replicaCount: 2\nenv:\n  - name: LOG_LEVEL\n    value: info\n  - name: ORDERS_API_KEY\n    value: ""\n`);
  const notes = plan.notes.join(" ");
  assert.ok(notes.includes(`helm upgrade --install <release> <chart> -f values.yaml --set-string env[1].value="$(az keyvault secret show`), notes);
  assert.ok(notes.includes(`{{ required "env[1].value is required" (index .Values.env 1).value }}`), notes);
});

test("yamlPathAt: a key's path with list items by index, in either list indentation; undefined in a list of lists", () => {
  const pathOf = (text: string) => yamlPathAt(text, text.lastIndexOf("\n", text.indexOf("X")) + 1);
  assert.deepEqual(pathOf("env:\n- name: A\n  value: Q\n- name: B\n  value: X\n"), ["env", 1, "value"]);
  assert.deepEqual(pathOf("ingress:\n  hosts:\n    - host: a\n      paths:\n        - path: /\n          secret: X\n"), ["ingress", "hosts", 0, "paths", 0, "secret"]);
  assert.deepEqual(pathOf("auth:\n  nested:\n    deep: 2\n  # the admin's\n  'pass.word': X\n"), ["auth", "pass.word"]);
  assert.equal(pathOf("list:\n  - - a: X\n"), undefined);
  assert.equal(pathOf("- a: X\n"), undefined);
});

test("JavaScript's environment read gives undefined where the variable is unset, and a note says so; Java's read stops the program, naming the variable", () => {
  const unset = (read: string, nothing: string) => new RegExp(`${read.replace(/[.()"]/g, "\\$&")} (?:is|returns) ${nothing} where PASSWORD is not set`);
  const js = move(`const password = "${PASSWORD}";\nmodule.exports = { password };\n`, "src/db.js");
  assert.match(js.after, /const password = process\.env\.PASSWORD;/);
  assert.ok(js.plan.notes.some((note) => unset("process.env.PASSWORD", "undefined").test(note)), js.plan.notes.join("\n"));
  const java = move(`class Db {\n  private static final String PASSWORD = "${PASSWORD}";\n}\n`, "src/Db.java");
  assert.match(java.after, /^import java\.util\.Objects;\n\nclass Db \{\n {2}private static final String PASSWORD = Objects\.requireNonNull\(System\.getenv\("PASSWORD"\), "PASSWORD is not set"\);/);
  assert.ok(!java.plan.notes.some((note) => /where PASSWORD is not set/.test(note)), java.plan.notes.join("\n"));
  const groovy = move(`class Db {\n  static final String PASSWORD = "${PASSWORD}"\n}\n`, "src/Db.groovy");
  assert.ok(groovy.plan.notes.some((note) => unset('System.getenv("PASSWORD")', "null").test(note)), groovy.plan.notes.join("\n"));
  // TypeScript says it already (string | undefined), once.
  const ts = move(`const password = "${PASSWORD}";\nexport { password };\n`, "src/db.ts");
  assert.equal(ts.plan.notes.filter((note) => /where PASSWORD is not set|string \| undefined/.test(note)).length, 1);
});

test("a connection string built in a template literal: its password moves alone, as one more ${…} of the template", () => {
  const text = `const host = "orders-db";\nconst conn = \`postgres://orders:${PASSWORD}@\${host}:5432/orders\`;\n`;
  const finding = scanText({ content: text, filePath: "src/db.js" }).find((candidate) => candidate.kind === "secret")!;
  assert.ok(finding.compound, "the engine reports the connection string around the password");
  const plan = planMove({ text, filePath: "src/db.js", finding, secretName: "orders-db-password", vaultUrl: VAULT });
  assert.equal(plan.value, PASSWORD, "the password, not the text of a string the program builds");
  assert.equal(plan.compound, false);
  assert.match(apply(text, plan), /^const host = "orders-db";\nconst conn = `postgres:\/\/orders:\$\{process\.env\.[A-Z_]+\}@\$\{host\}:5432\/orders`;\n$/);
  assert.ok(plan.notes.some((note) => note.startsWith("The connection string around the password is built when the program runs")));
  // A template without a substitution is still stored whole.
  const whole = `const conn = \`postgres://orders:${PASSWORD}@orders-db:5432/orders\`;\n`;
  assert.equal(move(whole, "src/db.js").plan.value, `postgres://orders:${PASSWORD}@orders-db:5432/orders`);
});

test("Java's getenv tested for null, then read, with a default: the default goes; a vendor's token there is named by the variable", () => {
  const text = `class App {\n  String token = System.getenv("GITHUB_TOKEN") != null ? System.getenv("GITHUB_TOKEN") : "${TOKEN}";\n}\n`;
  const finding = secretIn(text, "src/App.java");
  assert.equal(suggestedSecretName(text, "src/App.java", finding), "GITHUB-TOKEN");
  const { plan, after } = move(text, "src/App.java");
  assert.equal(after, `import java.util.Objects;\n\nclass App {\n  String token = Objects.requireNonNull(System.getenv("GITHUB_TOKEN"), "GITHUB_TOKEN is not set");\n}\n`);
  assert.equal(plan.environmentVariable, "GITHUB_TOKEN");
  assert.match(plan.notes.join(" "), /The default is gone/);
});

test("a connection string an f-string builds: its password moves alone, named for a password, not for the whole string", () => {
  const text = `import os\nuser = "orders"\ndsn = f"postgresql://{user}:${PASSWORD}@db.internal/orders"\n`;
  const { plan, after } = move(text, "app/db.py");
  assert.equal(plan.value, PASSWORD);
  assert.equal(after, `import os\nuser = "orders"\ndsn = f"postgresql://{user}:" + os.environ["DSN_PASSWORD"] + f"@db.internal/orders"\n`);
  // (DATABASE_URL would hold the URL in any other program: its password is DATABASE_PASSWORD.)
  for (const [code, filePath, name, read] of [
    [`const DATABASE_URL = \`postgres://\${user}:${PASSWORD}@db.internal/orders\`;\n`, "src/db.js", "DATABASE-PASSWORD", "process.env.DATABASE_PASSWORD"],
    [`const ordersConnectionString = \`Server=\${host};Database=orders;User Id=app;Password=${PASSWORD};\`;\n`, "src/db.js", "ordersPassword", "process.env.ORDERS_PASSWORD"],
    [`DATABASE_URL="postgres://$DB_USER:${PASSWORD}@db.internal/orders"\n`, "deploy.sh", "DATABASE-PASSWORD", "${DATABASE_PASSWORD:?DATABASE_PASSWORD is not set}"],
  ] as const) {
    const finding = secretIn(code, filePath);
    assert.equal(suggestedSecretName(code, filePath, finding), name, filePath);
    assert.ok(move(code, filePath).after.includes(read), filePath);
  }
});

test("Java's getenv then `if (v == null) v = \"…\";`, braced or not, `|| v.isEmpty()` or not: the test and its default go, the read stands alone", () => {
  const read = `class App {\n  String token() {\n    String token = System.getenv("GITHUB_TOKEN");\n`;
  const rest = `    return token;\n  }\n}\n`;
  for (const test of [
    `    if (token == null) token = "${TOKEN}";\n`,
    `    if (token == null || token.isEmpty()) token = "${TOKEN}";\n`,
    `    if (token == null) {\n      token = "${TOKEN}";\n    }\n`,
    `    if (token == null || token.isEmpty())\n    {\n      token = "${TOKEN}";\n    }\n`,
  ]) {
    const { plan, after } = move(read + test + rest, "src/App.java");
    assert.equal(after, read + rest);
    assert.equal(plan.environmentVariable, "GITHUB_TOKEN");
  }
  // (A block that does more than give the default is not taken out: the literal is read as anywhere.)
  const more = `    if (token == null) {\n      token = "${TOKEN}";\n      log("default");\n    }\n`;
  assert.match(move(read + more + rest, "src/App.java").after, /token = Objects\.requireNonNull\(System\.getenv\("[A-Z_]+"\), "[A-Z_]+ is not set"\);\n {6}log/);
});

test("C#'s GetEnvironmentVariable then `if (v == null) v = \"…\";` (or IsNullOrEmpty, in braces or not, or `v ??= \"…\";`): the test and its default go, the read stands alone", () => {
  const read = `using System;\nclass App {\n    static string Token() {\n        string token = Environment.GetEnvironmentVariable("ORDERS_GITHUB_TOKEN");\n`;
  const rest = `        return token;\n    }\n}\n`;
  for (const defaultIfUnset of [
    `        if (token == null) token = "${TOKEN}";\n`,
    `        if (string.IsNullOrEmpty(token)) token = "${TOKEN}";\n`,
    `        if (string.IsNullOrWhiteSpace(token))\n        {\n            token = "${TOKEN}";\n        }\n`,
    `        token ??= "${TOKEN}";\n`,
  ]) {
    const { plan, after } = move(`${read}${defaultIfUnset}${rest}`, "App.cs");
    assert.equal(after, `${read}${rest}`);
    assert.equal(plan.environmentVariable, "ORDERS_GITHUB_TOKEN");
    assert.match(plan.notes.join(" "), /The default is gone: Environment\.GetEnvironmentVariable\("ORDERS_GITHUB_TOKEN"\) now stands alone/);
  }
});

test("a read's default on the line after it, behind ?? (C#, TypeScript): found under the name read, and the default goes", () => {
  const csharp = `using System;\nclass Db {\n    static string Password() =>\n        Environment.GetEnvironmentVariable("ORDERS_DB_PASSWORD")\n            ?? "${PASSWORD}";\n}\n`;
  const moved = move(csharp, "Db.cs");
  assert.equal(moved.after, `using System;\nclass Db {\n    static string Password() =>\n        Environment.GetEnvironmentVariable("ORDERS_DB_PASSWORD") ?? throw new InvalidOperationException("ORDERS_DB_PASSWORD is not set");\n}\n`);
  assert.equal(moved.plan.environmentVariable, "ORDERS_DB_PASSWORD");
  const typeScript = `export const password = process.env.ORDERS_DB_PASSWORD\r\n  ?? "${PASSWORD}";\r\n`;
  assert.equal(move(typeScript, "src/db.ts").after, `export const password = process.env.ORDERS_DB_PASSWORD!;\r\n`);
  // (A default that is no secret under the name read stays unreported.)
  const host = `var host = Environment.GetEnvironmentVariable("ORDERS_DB_HOST")\n    ?? "orders-db.internal";\n`;
  assert.deepEqual(scanText({ content: host, filePath: "Db.cs" }).filter((finding) => finding.kind === "secret"), []);
});

test("a connection string that is the default of a read (C#'s environment or GetConnectionString): stored whole under the name read, the default goes", () => {
  const connectionString = `Server=tcp:orders.database.windows.net;Database=orders;User ID=app;Password=${PASSWORD};`;
  const environment = move(`using System;\nclass Db {\n    static string Orders() => Environment.GetEnvironmentVariable("ORDERS_DB") ?? "${connectionString}";\n}\n`, "Db.cs");
  assert.equal(environment.after, `using System;\nclass Db {\n    static string Orders() => Environment.GetEnvironmentVariable("ORDERS_DB") ?? throw new InvalidOperationException("ORDERS_DB is not set");\n}\n`);
  assert.equal(environment.plan.environmentVariable, "ORDERS_DB");
  assert.ok(environment.plan.value === connectionString, "the whole connection string, its last ; too, is stored");
  const text = `class Db {\n    static string Orders(IConfiguration configuration) => configuration.GetConnectionString("Orders") ?? "${connectionString}";\n}\n`;
  const finding = secretIn(text, "Db.cs");
  assert.equal(suggestedSecretName(text, "Db.cs", finding), "ConnectionStrings--Orders");
  assert.equal(move(text, "Db.cs").after, `class Db {\n    static string Orders(IConfiguration configuration) => configuration.GetConnectionString("Orders") ?? throw new System.InvalidOperationException("ConnectionStrings:Orders is not set");\n}\n`);
});

test("C#'s GetEnvironmentVariable into a variable, then a ternary or ?? giving it a default in another: the other takes the variable alone", () => {
  const read = `using System;\nclass App {\n    static string Token() {\n        var fromEnv = Environment.GetEnvironmentVariable("ORDERS_GITHUB_TOKEN");\n`;
  const rest = `        return token;\n    }\n}\n`;
  for (const defaulted of [`string.IsNullOrEmpty(fromEnv) ? "${TOKEN}" : fromEnv`, `!string.IsNullOrWhiteSpace(fromEnv) ? fromEnv : "${TOKEN}"`, `fromEnv != null ? fromEnv : "${TOKEN}"`]) {
    const { plan, after } = move(`${read}        var token = ${defaulted};\n${rest}`, "App.cs");
    assert.equal(after, `${read}        var token = fromEnv ?? throw new InvalidOperationException("ORDERS_GITHUB_TOKEN is not set");\n${rest}`);
    assert.equal(plan.environmentVariable, "ORDERS_GITHUB_TOKEN");
  }
  // (Another variable after the `:` is no default of this read: the literal alone moves.)
  const other = move(`${read}        var token = string.IsNullOrEmpty(fromEnv) ? "${TOKEN}" : backup;\n${rest}`, "App.cs");
  assert.equal(other.after, `${read}        var token = string.IsNullOrEmpty(fromEnv) ? (Environment.GetEnvironmentVariable("APP_GITHUB_TOKEN") ?? throw new InvalidOperationException("APP_GITHUB_TOKEN is not set")) : backup;\n${rest}`);
});

test("a triple-quoted string split right after a quote keeps that quote: Python would close the string at the first three quotes", () => {
  const python = move(`SETTINGS = """\ndb_password: "${PASSWORD}"\n"""\n`, "settings.py");
  assert.equal(python.after, `import os\n\nSETTINGS = """\ndb_password: \\"""" + os.environ["DB_PASSWORD"] + """"\n"""\n`);
  // A raw string has no escape to write the quote with.
  assert.throws(
    () => move(`SETTINGS = r"""\ndb_password: "${PASSWORD}"\n"""\n`, "settings.py"),
    (error: unknown) => refusal("unsupported")(error) && /split right after a quote/.test((error as Error).message),
  );
  // Kotlin takes quotes before the closing three as text.
  assert.ok(move(`val settings = """\ndb_password: "${PASSWORD}"\n"""\n`, "Settings.kt").after.includes(`db_password: """" + (System.getenv("DB_PASSWORD")`));
});

test("a private JWK found whole is refused as a JSON object a reference cannot stand in for, not as a file that does not parse", () => {
  const random = (length: number, seed: number) => Array.from({ length }, (_, i) => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789-_"[(i * 7 + seed * 13 + ((i * i) % 11)) % 60]).join("");
  const jwk = `{\n  "keys": [\n    {\n      "kty": "EC",\n      "crv": "P-256",\n      "x": "${random(43, 1)}",\n      "y": "${random(43, 2)}",\n      "d": "${random(43, 3)}"\n    }\n  ]\n}\n`;
  const finding = secretIn(jwk, "keys/jwks.json");
  assert.equal(jwk[finding.range.startOffset], "{");
  assert.throws(
    () => planMove({ text: jwk, filePath: "keys/jwks.json", finding, secretName: "signing-key", vaultUrl: VAULT }),
    (error: unknown) => refusal("unsupported")(error) && /whole JSON object/.test((error as Error).message) && !/valid JSON/.test((error as Error).message),
  );
});
