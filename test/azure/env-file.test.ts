// Resolving a .env file's Key Vault and App Configuration references: through the in-memory fakes
// (every rule), against the emulator in-process with the real AppConfigurationClient and
// SecretClient and, end to end, `secret-hygiene run` (dist/cli.js) against the emulator, where the
// child process proves it received the value by printing its hash, never the value.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { AppConfigurationStore, KeyVaultSecretStore, MemoryConfigurationStore, MemorySecretStore, resolveEnvFile, type ConfigurationStore, type ResolveOptions, type SecretStore } from "../../src/azure";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import { emulatorConnection } from "./harness";

const scratch = mkdtempSync(path.join(tmpdir(), "shenv-"));
after(() => rmSync(scratch, { recursive: true, force: true }));
const made = (...parts: string[]) => parts.join("");
const hashOf = (value: string) => createHash("sha256").update(value).digest("hex");
const noStore = (): ConfigurationStore => assert.fail("no App Configuration store is opened for this file");
const noVault = (): SecretStore => assert.fail("no vault is opened for this file");
/**
 * Runs dist/cli.js with these arguments and extra environment. Asynchronously: spawnSync would
 * block the emulator, which runs in this process.
 */
function runCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, "..", "..", "dist", "cli.js"), ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const offline = (stores: { vault?: SecretStore; configuration?: ConfigurationStore }): ResolveOptions => ({
  policy: { allowLoopback: false },
  openVault: stores.vault ? () => stores.vault! : noVault,
  openConfigurationStore: stores.configuration ? () => stores.configuration! : noStore,
});

test("references resolve through the store; plain values pass through; versions are honoured", async () => {
  const store = new MemorySecretStore({ vaultName: "orders-dev" });
  const first = made("Qe4vT8", "nLw2Zr6", "Kp");
  const second = made("Hu7bM3", "xFs9Wd1", "Cj");
  const v1 = await store.setSecret("db-password", first);
  await store.setSecret("db-password", second);
  const text = [
    "PLAIN=hello",
    `LATEST=@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/db-password/)`,
    `PINNED="@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/db-password/${v1.version})"`,
    "BYNAME=@Microsoft.KeyVault(VaultName=orders-dev;SecretName=db-password)",
  ].join("\n");
  const opened: string[] = [];
  const resolved = await resolveEnvFile(text, ".env", { ...offline({}), openVault: (url) => (opened.push(url), store) });
  assert.deepEqual(resolved.env, { PLAIN: "hello", LATEST: second, PINNED: first, BYNAME: second });
  assert.equal(resolved.resolved, 3);
  assert.deepEqual(opened, ["https://orders-dev.vault.azure.net"], "one store per vault");
});

test("a value with a NUL character (a secret, a setting's value, a plain value) is refused with the line and variable, never the value: spawn would quote it", async () => {
  const store = new MemorySecretStore({ vaultName: "orders-dev" });
  const value = made("Fk2nW7", "\0", "Tz5qH9", "Lm");
  await store.setSecret("with-nul", value);
  const configuration = new MemoryConfigurationStore({ storeName: "orders-config" });
  await configuration.setSetting({ key: "withNul", value });
  const tail = value.slice(value.indexOf("\0") + 1);
  const cases: [string, RegExp][] = [
    ["A=1\nX=@Microsoft.KeyVault(VaultName=orders-dev;SecretName=with-nul)\n", /^AzureError: \.env:2 X: the secret holds a NUL character, which no environment variable can carry\.$/],
    ["X=@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=withNul)\n", /^AzureError: \.env:1 X: the setting's value holds a NUL character/],
    [`X="${value}"\n`, /^AzureError: \.env:1 X: the value holds a NUL character/],
  ];
  for (const [text, expected] of cases) {
    await assert.rejects(resolveEnvFile(text, ".env", offline({ vault: store, configuration })), (error: Error) => expected.test(`${error.name}: ${error.message}`) && !error.message.includes(tail), text.slice(0, 20));
  }
});

test("each secret and key-value is read once, however many references name it", async () => {
  const vault = new MemorySecretStore({ vaultName: "orders-dev" });
  const configuration = new MemoryConfigurationStore({ storeName: "orders-config" });
  await vault.setSecret("db-password", made("Rw8cX2", "mNq4Tz7", "Vb"));
  await configuration.setSetting({ key: "Orders:ServiceUrl", label: "development", value: "https://orders.dev.contoso.test/api" });
  await configuration.setKeyVaultReference("Db:Password", "development", "https://orders-dev.vault.azure.net/secrets/db-password");
  const secretReads: string[] = [];
  const settingReads: string[] = [];
  const countedVault = Object.assign(Object.create(vault) as SecretStore, { getSecret: (...args: Parameters<SecretStore["getSecret"]>) => (secretReads.push(args[0]), vault.getSecret(...args)) });
  const countedConfiguration = Object.assign(Object.create(configuration) as ConfigurationStore, {
    getSetting: (...args: Parameters<ConfigurationStore["getSetting"]>) => (settingReads.push(`${args[0]}|${args[1] ?? ""}`), configuration.getSetting(...args)),
  });
  const endpoint = "https://orders-config.azconfig.io";
  const text = [
    "DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://orders-dev.vault.azure.net/secrets/db-password/)",
    "PGPASSWORD=@Microsoft.KeyVault(VaultName=orders-dev;SecretName=DB-PASSWORD)",
    `DB_PASSWORD_SETTING=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Db:Password; Label=development)`,
    `ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Orders:ServiceUrl; Label=development)`,
    `ORDERS_URL_TOO=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Orders:ServiceUrl; Label=development)`,
  ].join("\n");
  const resolved = await resolveEnvFile(text, ".env", { ...offline({ vault: countedVault, configuration: countedConfiguration }) });
  assert.equal(resolved.resolved, 5);
  assert.equal(new Set(Object.values(resolved.env)).size, 2, "one password and one URL");
  assert.deepEqual(secretReads, ["db-password"], "the secret once, whatever the case of its name and the way it is named");
  assert.deepEqual(settingReads, ["Db:Password|development", "Orders:ServiceUrl|development"]);
});

test("a reference to a non-Azure host, or a missing secret, fails with the line and variable, never a value", async () => {
  const store = new MemorySecretStore({ vaultName: "orders-dev" });
  await assert.rejects(
    resolveEnvFile("A=1\nTOKEN=@Microsoft.KeyVault(SecretUri=https://collector.example.com/secrets/t/)\n", ".env", offline({ vault: store })),
    /^AzureError: \.env:2 TOKEN: .*not a Key Vault host/,
  );
  await assert.rejects(
    resolveEnvFile("MISSING=@Microsoft.KeyVault(VaultName=orders-dev;SecretName=nope)\n", ".env.local", offline({ vault: store })),
    /\.env\.local:1 MISSING: orders-dev has no secret 'nope'/,
  );
  // Meant as references, but not ones: an error, not text handed to the command as its password.
  for (const value of ["@Microsoft.KeyVault(VaultName=orders-dev;Secret=db)", "@Microsoft.KeyVault(SecretUrl=https://orders-dev.vault.azure.net/secrets/db/)", "@Microsoft.KeyVault(VaultName=orders-dev;SecretName=db", "@Microsoft.KeyVault(VaultName=orders-dev)", "@Microsoft.KeyVault(VaultName=orders-dev;SecretName=db;Version=0a1b2c3d4e5f60718293a4b5c6d7e8f9)"]) {
    await assert.rejects(resolveEnvFile(`A=1\nDB_PASSWORD=${value}\n`, ".env", offline({ vault: store })), /^AzureError: \.env:2 DB_PASSWORD: not a Key Vault reference that can be read/, value);
  }
});

test("App Configuration references resolve through the store: the label picks the key-value, a Key Vault reference setting gives its secret, one store per endpoint", async () => {
  const vault = new MemorySecretStore({ vaultName: "orders-dev" });
  const configuration = new MemoryConfigurationStore({ storeName: "orders-config" });
  const password = made("Pw3kZ9", "rTq5Lm", "Ux");
  await vault.setSecret("db-password", password);
  await configuration.setSetting({ key: "Orders:ServiceUrl", label: "development", value: "https://orders.dev.contoso.test/api" });
  await configuration.setSetting({ key: "Orders:ServiceUrl", value: "https://orders.contoso.test/api" });
  await configuration.setKeyVaultReference("Db:Password", "development", "https://orders-dev.vault.azure.net/secrets/db-password");
  // Written by a template without `;charset=utf-8`: still a Key Vault reference.
  await configuration.setSetting({ key: "Db:PasswordToo", value: JSON.stringify({ uri: "https://orders-dev.vault.azure.net/secrets/db-password/" }), contentType: "application/vnd.microsoft.appconfig.keyvaultref+json" });
  const endpoint = "https://orders-config.azconfig.io";
  const text = [
    `ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Orders:ServiceUrl; Label=development)`,
    `ORDERS_URL_UNLABELLED="@Microsoft.AppConfiguration(Endpoint=${endpoint}/; Key=Orders:ServiceUrl)"`,
    `DB_PASSWORD=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Db:Password; Label=development)`,
    `DB_PASSWORD_TOO=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Db:PasswordToo)`,
    "DIRECT=@Microsoft.KeyVault(VaultName=orders-dev;SecretName=db-password)",
    "PLAIN=hello",
  ].join("\n");
  const opened: string[] = [];
  const resolved = await resolveEnvFile(text, ".env", { ...offline({ vault }), openConfigurationStore: (url) => (opened.push(url), configuration) });
  assert.deepEqual(resolved.env, {
    ORDERS_URL: "https://orders.dev.contoso.test/api",
    ORDERS_URL_UNLABELLED: "https://orders.contoso.test/api",
    DB_PASSWORD: password,
    DB_PASSWORD_TOO: password,
    DIRECT: password,
    PLAIN: "hello",
  });
  assert.equal(resolved.resolved, 5);
  assert.equal(resolved.settings, 4);
  assert.deepEqual([...resolved.stores], ["orders-config"]);
  assert.deepEqual([...resolved.vaults], ["orders-dev"]);
  assert.deepEqual(opened, [endpoint], "one store per endpoint, the trailing slash canonicalised away");
});

test("App Configuration references: a non-Azure endpoint or vault, a missing key-value, a null value and a misspelt reference fail with the line, variable, key and store, never a value", async () => {
  const vault = new MemorySecretStore({ vaultName: "orders-dev" });
  const configuration = new MemoryConfigurationStore({ storeName: "orders-config" });
  const url = made("https://orders.dev", ".contoso.test/api");
  await configuration.setSetting({ key: "Orders:ServiceUrl", label: "development", value: url });
  await configuration.setSetting({ key: "Stolen", value: JSON.stringify({ uri: "https://collector.example.com/secrets/token" }), contentType: "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8" });
  await configuration.setSetting({ key: "Broken", value: "{not json", contentType: "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8" });
  await configuration.setSetting({ key: "Empty" });
  const options = offline({ vault, configuration });
  const resolve = (line: string) => resolveEnvFile(`A=1\n${line}\n`, ".env", options);
  const cases: [string, RegExp][] = [
    ["ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=https://collector.example.com; Key=Orders:ServiceUrl)", /^AzureError: \.env:2 ORDERS_URL: collector\.example\.com is not a.* App Configuration host/],
    ["ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=https://127.0.0.1:8443; Key=Orders:ServiceUrl)", /^AzureError: \.env:2 ORDERS_URL: 127\.0\.0\.1:8443 is a local address/],
    ["ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=https://orders-dev.vault.azure.net; Key=Orders:ServiceUrl)", /ORDERS_URL: orders-dev\.vault\.azure\.net is a Key Vault, not an App Configuration store/],
    ["ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=Orders:ServiceUrl; Label=production)", /^AzureError: \.env:2 ORDERS_URL: orders-config has no setting 'Orders:ServiceUrl' \(label 'production'\)\.$/],
    ["ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=Orders:ServiceUrl)", /ORDERS_URL: orders-config has no setting 'Orders:ServiceUrl' \(no label\)\.$/],
    ["TOKEN=@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=Stolen)", /^AzureError: \.env:2 TOKEN: orders-config's setting 'Stolen' \(no label\) is a Key Vault reference: collector\.example\.com is not a Key Vault host/],
    ["TOKEN=@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=Broken)", /TOKEN: orders-config's setting 'Broken' \(no label\) is a Key Vault reference without a secret URI/],
    ["EMPTY=@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=Empty)", /EMPTY: orders-config's setting 'Empty' \(no label\) has no value\./],
    ["ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io; Key=Orders:ServiceUrl; Labels=development)", /^AzureError: \.env:2 ORDERS_URL: not an App Configuration reference that can be read: write @Microsoft\.AppConfiguration\(Endpoint=/],
    ["ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=https://orders-config.azconfig.io)", /ORDERS_URL: not an App Configuration reference that can be read/],
  ];
  for (const [line, expected] of cases) {
    const error = await resolve(line).then(
      () => assert.fail(`resolved: ${line}`),
      (error: Error) => error,
    );
    assert.match(String(error), expected, line);
    assert.ok(!error.message.includes(url), "no value in the message");
  }
});

/** Resolves through the real SDK clients against the emulator, as the extension and the CLI build them. */
function throughEmulator(emulator: RunningEmulator, opened: string[] = []): ResolveOptions {
  const connection = emulatorConnection(emulator);
  return {
    policy: { allowLoopback: true },
    openVault: (vaultUrl) => KeyVaultSecretStore.open(vaultUrl, connection),
    openConfigurationStore: (endpoint) => (opened.push(endpoint), AppConfigurationStore.open(endpoint, connection)),
  };
}

test("App Configuration references against the emulator (the real AppConfigurationClient): labels, Key Vault reference settings, throttling backed off, loopback only when allowed", async () => {
  const emulator = await startEmulator({ vaults: ["run-vault"], appConfigStores: ["run-config"], log: () => undefined });
  try {
    const password = made("Kd8sW2", "pQz4Hn", "Ra");
    emulator.seedSecret("run-vault", { name: "db-password", value: password });
    const endpoint = emulator.info.appConfig["run-config"]!.endpoint;
    const store = AppConfigurationStore.open(endpoint, emulatorConnection(emulator));
    await store.setSetting({ key: "Orders:ServiceUrl", label: "development", value: "https://orders.dev.contoso.test/api" });
    await store.setSetting({ key: "Orders:ServiceUrl", label: "R&D", value: "https://orders.rnd.contoso.test/api" });
    await store.setSetting({ key: "Orders:ServiceUrl", value: "https://orders.contoso.test/api" });
    await store.setKeyVaultReference("Db:Password", "development", `${emulator.info.vaults["run-vault"]}/secrets/db-password`);
    await store.setSetting({ key: "Db:PasswordToo", value: JSON.stringify({ uri: `${emulator.info.vaults["run-vault"]}/secrets/db-password/` }), contentType: "application/vnd.microsoft.appconfig.keyvaultref+json" });
    const text = [
      `ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Orders:ServiceUrl; Label=development)`,
      `ORDERS_URL_RND=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Orders:ServiceUrl; Label=R&D)`,
      `ORDERS_URL_UNLABELLED=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Orders:ServiceUrl)`,
      `DB_PASSWORD=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Db:Password; Label=development)`,
      `DB_PASSWORD_TOO=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Db:PasswordToo)`,
    ].join("\n");
    const opened: string[] = [];
    // A bare 429 (no Retry-After) on the first read: backed off and retried, as for a vault.
    emulator.faults.throttle({ count: 1, retryAfterSeconds: null, match: { service: "appconfig", name: "run-config" } });
    const resolved = await resolveEnvFile(text, ".env", throughEmulator(emulator, opened));
    assert.deepEqual(resolved.env, {
      ORDERS_URL: "https://orders.dev.contoso.test/api",
      ORDERS_URL_RND: "https://orders.rnd.contoso.test/api",
      ORDERS_URL_UNLABELLED: "https://orders.contoso.test/api",
      DB_PASSWORD: password,
      DB_PASSWORD_TOO: password,
    });
    assert.equal(resolved.settings, 5);
    assert.deepEqual(opened, [endpoint], "one client for the store");
    assert.ok(emulator.faults.snapshot().rules.every((rule) => rule.remaining === 0), "the 429 was answered, and retried past");

    await assert.rejects(
      resolveEnvFile(`ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Orders:Missing; Label=development)\n`, ".env", throughEmulator(emulator)),
      (error: Error) => /^\.env:1 ORDERS_URL: 127\.0\.0\.1:\d+ has no setting 'Orders:Missing' \(label 'development'\)\.$/.test(error.message),
    );
    await assert.rejects(resolveEnvFile(text, ".env", { ...throughEmulator(emulator), policy: { allowLoopback: false } }), /ORDERS_URL: 127\.0\.0\.1:\d+ is a local address/);
  } finally {
    await emulator.close();
  }
});

test("secret-hygiene run: the command gets the value from the emulator vault; a bad reference exits 2 before running it", async () => {
  const emulator = await startEmulator({ vaults: ["run-vault"] });
  try {
    const value = made("Zt5cR1", "yGm8Vq3", "Lb");
    emulator.seedSecret("run-vault", { name: "api-key", value });
    const infoFile = path.join(scratch, "info.json");
    writeFileSync(infoFile, JSON.stringify(emulator.info));
    const envFile = path.join(scratch, ".env");
    writeFileSync(envFile, `API_KEY=@Microsoft.KeyVault(SecretUri=${emulator.info.vaults["run-vault"]}/secrets/api-key/)\nMODE=test\n`);
    const print = 'process.stdout.write(require("crypto").createHash("sha256").update(process.env.API_KEY).digest("hex") + " " + process.env.MODE)';
    const run = (env: NodeJS.ProcessEnv) => runCli(["run", "--env-file", envFile, "--", process.execPath, "-e", print], env);
    const ok = await run({ SECRET_HYGIENE_EMULATOR_INFO: infoFile });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, `${createHash("sha256").update(value).digest("hex")} test`);
    assert.ok(!ok.stderr.includes(value) && !ok.stdout.includes(value));
    assert.match(ok.stderr, /1 secret\(s\) from 127\.0\.0\.1:\d+/);

    const refused = await run({ SECRET_HYGIENE_EMULATOR_INFO: "" });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /API_KEY: .*local address/);
    assert.equal(refused.stdout, "", "the command did not run");
  } finally {
    await emulator.close();
  }
});

test("secret-hygiene run: App Configuration references (a value, and a Key Vault reference setting) reach the command; the note's .env line works as written", async () => {
  const emulator = await startEmulator({ vaults: ["run-vault"], appConfigStores: ["run-config"], log: () => undefined });
  try {
    const password = made("Jm6tP1", "vXe8Bc", "Qs");
    emulator.seedSecret("run-vault", { name: "db-password", value: password });
    const endpoint = emulator.info.appConfig["run-config"]!.endpoint;
    const store = AppConfigurationStore.open(endpoint, emulatorConnection(emulator));
    await store.setSetting({ key: "ordersServiceUrl", label: "development", value: "https://orders.dev.contoso.test/api" });
    await store.setKeyVaultReference("Db:Password", "development", `${emulator.info.vaults["run-vault"]}/secrets/db-password/`);
    const infoFile = path.join(scratch, "info-appconfig.json");
    writeFileSync(infoFile, JSON.stringify(emulator.info));
    const envFile = path.join(scratch, ".env.appconfig");
    writeFileSync(
      envFile,
      [
        `ORDERSSERVICEURL=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=ordersServiceUrl; Label=development)`,
        `DB_PASSWORD="@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=Db:Password; Label=development)"`,
        "",
      ].join("\n"),
    );
    const print = 'const h = (v) => require("crypto").createHash("sha256").update(v || "").digest("hex"); process.stdout.write(process.env.ORDERSSERVICEURL + " " + h(process.env.DB_PASSWORD))';
    const run = (env: NodeJS.ProcessEnv) => runCli(["run", "-e", envFile, "--", process.execPath, "-e", print], env);
    const ok = await run({ SECRET_HYGIENE_EMULATOR_INFO: infoFile });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, `https://orders.dev.contoso.test/api ${hashOf(password)}`);
    assert.ok(!ok.stderr.includes(password));
    assert.match(ok.stderr, /2 setting\(s\) from 127\.0\.0\.1:\d+ in the environment of/);

    const refused = await run({ SECRET_HYGIENE_EMULATOR_INFO: "" });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /ORDERSSERVICEURL: .*local address/);
    assert.equal(refused.stdout, "", "the command did not run");
  } finally {
    await emulator.close();
  }
});
