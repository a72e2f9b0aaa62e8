// The .env reading of "Run with Secrets": which lines are variables, how quotes and comments are
// read, and which values are Key Vault references (both App Service forms) or App Configuration
// references.
import assert from "node:assert/strict";
import { test } from "node:test";
import { appConfigurationReferenceIn, keyVaultReferenceIn } from "../../src/azure/app-service-references";
import { EnvFileError, parseEnvFile, resolveEnvFile } from "../../src/azure/env-file";

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

test("a quoted value may span lines (a PEM key), and the lines after it are read as before; an unclosed quote is an error that names the line, not the value", async () => {
  const pem = ["-----BEGIN PRIVATE KEY-----", "MIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEA", "-----END PRIVATE KEY-----"].join("\n");
  const text = `A=1\r\nKEY="${pem.replace(/\n/g, "\r\n")}"\r\nB='two\nlines'\nC=3\n`;
  assert.deepEqual(
    parseEnvFile(text).map(({ name, value, line }) => [name, value, line]),
    [
      ["A", "1", 0],
      ["KEY", pem, 1],
      ["B", "two\nlines", 4],
      ["C", "3", 6],
    ],
  );
  assert.throws(() => parseEnvFile(`A=1\nTOKEN="${pem}\nB=2\n`), (error: unknown) => error instanceof EnvFileError && error.line === 2 && error.variable === "TOKEN" && !error.message.includes("BEGIN"));
  const open = () => assert.fail("no vault is opened for a file that cannot be read");
  await assert.rejects(resolveEnvFile(`TOKEN='abc\n`, ".env", { policy: { allowLoopback: false }, openVault: open, openConfigurationStore: open }), /^AzureError: \.env:1 TOKEN: the value's single quote is never closed/);
});

test("Key Vault references: SecretUri alone, or VaultName + SecretName (+ SecretVersion), each once; anything else is no reference", () => {
  assert.deepEqual(keyVaultReferenceIn("@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/db/)"), { secretUri: "https://orders-dev.vault.azure.net/secrets/db/" });
  assert.deepEqual(keyVaultReferenceIn("@Microsoft.KeyVault(VaultName=orders-dev;SecretName=db;SecretVersion=abc)"), { vaultName: "orders-dev", secretName: "db", version: "abc" });
  assert.deepEqual(keyVaultReferenceIn(" @microsoft.keyvault(vaultname=v1;secretname=s) "), { vaultName: "v1", secretName: "s", version: undefined });
  assert.equal(keyVaultReferenceIn("@Microsoft.KeyVault(VaultName=v1)"), undefined);
  // A part it does not know, a repeated part, or a part beside SecretUri: read past, a pinned
  // version (`Version=` for `SecretVersion=`) would quietly give the latest.
  for (const reference of [
    "@Microsoft.KeyVault(VaultName=orders-dev;SecretName=db;Version=0a1b2c3d4e5f60718293a4b5c6d7e8f9)",
    "@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/db;Version=0a1b2c3d4e5f60718293a4b5c6d7e8f9)",
    "@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/db/;SecretVersion=0a1b2c3d4e5f60718293a4b5c6d7e8f9)",
    "@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/db/;SecretName=other)",
    "@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/a/;SecretUri=https://orders-dev.vault.azure.net/secrets/b/)",
    "@Microsoft.KeyVault(VaultName=orders-dev;SecretName=a;SecretName=b)",
    "@Microsoft.KeyVault(VaultName=orders-dev;SecretName=db;production)",
    "@Microsoft.KeyVault(SecretUri=)",
  ]) {
    assert.equal(keyVaultReferenceIn(reference), undefined, reference);
  }
  // (Blank parts, as a trailing `;`, are nothing.)
  assert.deepEqual(keyVaultReferenceIn("@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/db/;)"), { secretUri: "https://orders-dev.vault.azure.net/secrets/db/" });
  assert.equal(keyVaultReferenceIn("plain value"), undefined);
  assert.equal(keyVaultReferenceIn("@Microsoft.AppConfiguration(Endpoint=https://x.azconfig.io; Key=k)"), undefined);
});

test("App Configuration references: Endpoint and Key, Label optional (empty: none), parts in any order and case; an unknown or repeated part makes it no reference", () => {
  assert.deepEqual(appConfigurationReferenceIn("@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=Orders:ServiceUrl; Label=development)"), {
    endpoint: "https://orders-config.azconfig.io",
    key: "Orders:ServiceUrl",
    label: "development",
  });
  assert.deepEqual(appConfigurationReferenceIn(" @microsoft.appconfiguration(key=ordersUrl;endpoint=https://orders-config.azconfig.io;) "), { endpoint: "https://orders-config.azconfig.io", key: "ordersUrl" });
  assert.deepEqual(appConfigurationReferenceIn("@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=a=b; Label=)"), { endpoint: "https://orders-config.azconfig.io", key: "a=b" });
  // (A label with spaces or `&` is the label itself: only the parts' edges are trimmed.)
  assert.equal(appConfigurationReferenceIn("@Microsoft.AppConfiguration(Endpoint=https://s.azconfig.io; Key=k; Label=R&D team)")?.label, "R&D team");
  for (const value of [
    "@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io)",
    "@Microsoft.AppConfiguration(Key=ordersUrl)",
    "@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=ordersUrl; Labels=production)",
    "@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=ordersUrl; Label=development; Label=production)",
    "@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=ordersUrl; development)",
    "@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=ordersUrl",
    "@Microsoft.KeyVault(VaultName=orders-dev;SecretName=db)",
    "https://orders-config.azconfig.io",
  ]) {
    assert.equal(appConfigurationReferenceIn(value), undefined, value);
  }
});

test("an escaped \\r\\n in double quotes stays a carriage return and a line feed; a raw CRLF inside quotes is one line break", () => {
  assert.deepEqual(
    parseEnvFile('HDR="a\\r\\nb"\r\nPEM="x\r\ny"\r\n').map(({ value }) => value),
    ["a\r\nb", "x\ny"],
  );
});

test("a backslash before a line break is kept, and the line break read the same with CRLF as with LF", () => {
  assert.deepEqual(parseEnvFile('A="x\\\r\ny"\r\n').map(({ value }) => value), ["x\\\ny"]);
  assert.deepEqual(parseEnvFile('A="x\\\ny"\n').map(({ value }) => value), ["x\\\ny"]);
});

test("in double quotes only \\n \\r \\t \\\" and \\\\ are escapes: any other backslash is kept, as python-dotenv keeps it (a Windows path, a regex)", () => {
  assert.deepEqual(
    parseEnvFile(['KEY_PATH="C:\\Users\\deploy\\key.pem"', 'PATTERN="^\\d+\\.\\w$"', 'MIXED="a\\tb\\\\c\\qd\\"e"', "SINGLE='C:\\Users\\n'"].join("\n")).map(({ value }) => value),
    ["C:\\Users\\deploy\\key.pem", "^\\d+\\.\\w$", 'a\tb\\c\\qd"e', "C:\\Users\\n"],
  );
});

test("a file with lines but not one variable is an error, not an empty environment; a file of blanks and comments gives none", async () => {
  const open = () => assert.fail("no vault is opened for a file without references");
  const options = { policy: { allowLoopback: false }, openVault: open, openConfigurationStore: open };
  // (What a UTF-16 file read as UTF-8 looks like: every character apart, no `NAME=`.)
  const misread = "\uFFFD\uFFFDM\0O\0D\0E\0=\0t\0e\0s\0t\0\n\0";
  for (const text of [misread, "use dotenv\n", "{ \"MODE\": \"test\" }\n"]) {
    await assert.rejects(resolveEnvFile(text, ".env", options), /^AzureError: \.env: no line reads as a variable \(NAME=value\), so the command would get nothing from this file\.$/, JSON.stringify(text));
  }
  for (const text of ["", "\n\n", "# nothing yet\r\n  \r\n"]) assert.deepEqual((await resolveEnvFile(text, ".env", options)).env, {}, JSON.stringify(text));
});
