// Adding the Key Vault configuration provider to Program.cs after appsettings loses a secret.
import assert from "node:assert/strict";
import { test } from "node:test";
import { addAzureKeyVaultProvider } from "../../src/fixes";

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
