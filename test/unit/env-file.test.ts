// The .env reading of "Run with Secrets": which lines are variables, how quotes and comments are
// read, and which values are Key Vault references (both App Service forms).
import assert from "node:assert/strict";
import { test } from "node:test";
import { keyVaultReferenceIn, parseEnvFile } from "../../src/azure/env-file";

test("KEY=VALUE lines with export, quotes and comments", () => {
  const text = ["# comment", "", "export A=1", "B = 'single # kept'", 'C="double\\nline"', "D=bare # comment", "not a line", "E="].join("\n");
  assert.deepEqual(
    parseEnvFile(text).map(({ name, value }) => [name, value]),
    [
      ["A", "1"],
      ["B", "single # kept"],
      ["C", "double\nline"],
      ["D", "bare"],
      ["E", ""],
    ],
  );
  assert.equal(parseEnvFile("X=1\r\nY=2\r\n")[1]?.line, 1);
  // An escaped quote does not end the value; a backslash before another backslash is one backslash.
  assert.deepEqual(
    parseEnvFile('A="pa\\"ss"\nB="back\\\\slash" # note').map(({ value }) => value),
    ['pa"ss', "back\\slash"],
  );
});

test("Key Vault references: SecretUri, and VaultName + SecretName (+ version); anything else is a plain value", () => {
  assert.deepEqual(keyVaultReferenceIn("@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/db/)"), { secretUri: "https://orders-dev.vault.azure.net/secrets/db/" });
  assert.deepEqual(keyVaultReferenceIn("@Microsoft.KeyVault(VaultName=orders-dev;SecretName=db;SecretVersion=abc)"), { vaultName: "orders-dev", secretName: "db", version: "abc" });
  assert.deepEqual(keyVaultReferenceIn(" @microsoft.keyvault(vaultname=v1;secretname=s) "), { vaultName: "v1", secretName: "s", version: undefined });
  assert.equal(keyVaultReferenceIn("@Microsoft.KeyVault(VaultName=v1)"), undefined);
  assert.equal(keyVaultReferenceIn("plain value"), undefined);
  assert.equal(keyVaultReferenceIn("@Microsoft.AppConfiguration(Endpoint=https://x.azconfig.io; Key=k)"), undefined);
});
