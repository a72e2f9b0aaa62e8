// Adding the Key Vault configuration provider to Program.cs after appsettings loses a secret.
import assert from "node:assert/strict";
import { test } from "node:test";
import { addAzureKeyVaultProvider, environmentAppSettings, FixPlanError, keyVaultUriEdits, keyVaultUriFileFor } from "../../src/fixes";

function apply(text: string): string | undefined {
  const planned = addAzureKeyVaultProvider(text);
  if (!planned) return undefined;
  let result = text;
  for (const edit of [...planned.edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

test("adds the provider after the builder line and the using at the top", () => {
  const program = 'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n';
  assert.equal(
    apply(program),
    'using Azure.Identity;\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Configuration.AddAzureKeyVault(new Uri(builder.Configuration["KeyVault:Uri"] ?? throw new InvalidOperationException("Set KeyVault:Uri for this environment.")), new DefaultAzureCredential());\nvar app = builder.Build();\napp.Run();\n',
  );
});

test("keeps indentation, CRLF and an existing using; other builder forms", () => {
  const program = "using Azure.Identity;\r\nclass P {\r\n    static void Main(string[] args) {\r\n        var hostBuilder = Host.CreateApplicationBuilder(args);\r\n    }\r\n}\r\n";
  const result = apply(program)!;
  assert.ok(result.startsWith("using Azure.Identity;\r\nclass P"), "no second using");
  assert.match(result, /CreateApplicationBuilder\(args\);\r\n {8}hostBuilder\.Configuration\.AddAzureKeyVault\(/);
});

test("nothing when the provider is already there or there is no builder", () => {
  assert.equal(addAzureKeyVaultProvider('var builder = WebApplication.CreateBuilder(args);\nbuilder.Configuration.AddAzureKeyVault(uri, cred);\n'), undefined);
  assert.equal(addAzureKeyVaultProvider("Console.WriteLine(1);\n"), undefined);
});

const VAULT_URI = "https://orders-dev.vault.azure.net/";

/** The appsettings file with KeyVault:Uri set as the offer sets it. */
function withVaultUri(text: string): string {
  let result = text;
  for (const edit of [...keyVaultUriEdits(text, "src/Web/appsettings.Development.json", VAULT_URI)].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

test("KeyVault:Uri is added in the file's own indentation and line breaks, its neighbours untouched", () => {
  assert.equal(withVaultUri('{\n  "A": 1\n}\n'), `{\n  "A": 1,\n  "KeyVault": {\n    "Uri": "${VAULT_URI}"\n  }\n}\n`);
  assert.equal(withVaultUri('{\r\n\t"A": 1\r\n}\r\n'), `{\r\n\t"A": 1,\r\n\t"KeyVault": {\r\n\t\t"Uri": "${VAULT_URI}"\r\n\t}\r\n}\r\n`);
  assert.equal(withVaultUri('{\n    "A": {\n        "B": 1\n    }\n}\n'), `{\n    "A": {\n        "B": 1\n    },\n    "KeyVault": {\n        "Uri": "${VAULT_URI}"\n    }\n}\n`);
});

test("KeyVault is found in any case (configuration keys are), and an existing Uri is replaced", () => {
  const added = withVaultUri('{\n  // the vault\n  "keyVault": {\n    "Name": "orders"\n  }\n}\n');
  assert.equal(added, `{\n  // the vault\n  "keyVault": {\n    "Name": "orders",\n    "Uri": "${VAULT_URI}"\n  }\n}\n`);
  assert.equal(withVaultUri('{\n  "KeyVault": {\n    "Uri": "https://old.vault.azure.net/"\n  }\n}\n'), `{\n  "KeyVault": {\n    "Uri": "${VAULT_URI}"\n  }\n}\n`);
});

test("an appsettings file KeyVault:Uri cannot be added to is refused with what to do, not edited", () => {
  const refused = (message: string) => (error: unknown) => error instanceof FixPlanError && error.message === message;
  const file = "appsettings.Development.json";
  assert.throws(() => withVaultUri('{\n  "KeyVault": "https://old.vault.azure.net/"\n}\n'), refused(`${file} has a KeyVault value that is not an object: set KeyVault:Uri to ${VAULT_URI} and add the Key Vault provider by hand.`));
  assert.throws(() => withVaultUri('{\n  "KeyVault": { "Uri": 1 }\n}\n'), refused(`${file} has a KeyVault:Uri value that is not a string: set KeyVault:Uri to ${VAULT_URI} and add the Key Vault provider by hand.`));
  assert.throws(() => withVaultUri("[1, 2]"), refused(`${file} is not a JSON object: add the Key Vault provider by hand.`));
  assert.throws(() => withVaultUri('{\n  "A": 1,,\n}\n'), refused(`${file} does not parse (line 2: a property name in double quotes is expected): fix it, then add the Key Vault provider by hand.`));
});

/** The mapping's words: the built-in environments and their aliases. */
const canonical = (word: string): string | undefined => ({ development: "development", dev: "development", staging: "staging", stg: "staging", production: "production", prod: "production" })[word.toLowerCase()];

test("KeyVault:Uri never goes into the base appsettings.json: its environment's file does", () => {
  // The base file is every environment's: production would read the development vault from it.
  assert.deepEqual(keyVaultUriFileFor("appsettings.json", "development", ["appsettings.json", "appsettings.Development.json", "Program.cs"], canonical), { fileName: "appsettings.Development.json", exists: true });
  assert.deepEqual(keyVaultUriFileFor("appsettings.json", "production", ["appsettings.json", "appsettings.prod.json"], canonical), { fileName: "appsettings.prod.json", exists: true });
  assert.deepEqual(keyVaultUriFileFor("appsettings.json", "development", ["appsettings.json", "appsettings.Production.json"], canonical), { fileName: "appsettings.Development.json", exists: false });
  assert.deepEqual(keyVaultUriFileFor("APPSETTINGS.JSON", "staging", [], canonical), { fileName: "appsettings.Staging.json", exists: false });
  // An environment's own file keeps it.
  assert.deepEqual(keyVaultUriFileFor("appsettings.Production.json", "production", [], canonical), { fileName: "appsettings.Production.json", exists: true });
});

test("KeyVault:Uri is not written where the environment's file is unknown or ambiguous", () => {
  assert.match(keyVaultUriFileFor("appsettings.json", undefined, [], canonical).fileName ?? "none", /^none$/);
  const two = keyVaultUriFileFor("appsettings.json", "production", ["appsettings.prod.json", "appsettings.prd.json"], (word) => (word === "prd" ? "production" : canonical(word)));
  assert.equal(two.fileName, undefined);
  assert.match("reason" in two ? two.reason : "", /appsettings\.prod\.json and appsettings\.prd\.json both name production/);
  // The environment's own name wins over an alias beside it.
  assert.deepEqual(environmentAppSettings("production", ["appsettings.prod.json", "appsettings.Production.json"], canonical), { fileName: "appsettings.Production.json", exists: true });
});
