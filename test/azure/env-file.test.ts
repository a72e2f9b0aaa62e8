// Resolving a .env file's Key Vault references: through the in-memory fake (every rule) and, end to
// end, `secret-hygiene run` (dist/cli.js) against the emulator in-process with the real SecretClient,
// where the child process proves it received the value by printing its hash, never the value.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { MemorySecretStore, resolveEnvFile } from "../../src/azure";
import { startEmulator } from "../../src/emulator";

const scratch = mkdtempSync(path.join(tmpdir(), "shenv-"));
after(() => rmSync(scratch, { recursive: true, force: true }));
const made = (...parts: string[]) => parts.join("");

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
  const resolved = await resolveEnvFile(text, ".env", { policy: { allowLoopback: false }, open: (url) => (opened.push(url), store) });
  assert.deepEqual(resolved.env, { PLAIN: "hello", LATEST: second, PINNED: first, BYNAME: second });
  assert.equal(resolved.resolved, 3);
  assert.deepEqual(opened, ["https://orders-dev.vault.azure.net"], "one store per vault");
});

test("a reference to a non-Azure host, or a missing secret, fails with the line and variable, never a value", async () => {
  const store = new MemorySecretStore({ vaultName: "orders-dev" });
  await assert.rejects(
    resolveEnvFile("A=1\nTOKEN=@Microsoft.KeyVault(SecretUri=https://collector.example.com/secrets/t/)\n", ".env", { policy: { allowLoopback: false }, open: () => store }),
    /^AzureError: \.env:2 TOKEN: .*not a Key Vault host/,
  );
  await assert.rejects(
    resolveEnvFile("MISSING=@Microsoft.KeyVault(VaultName=orders-dev;SecretName=nope)\n", ".env.local", { policy: { allowLoopback: false }, open: () => store }),
    /\.env\.local:1 MISSING: orders-dev has no secret 'nope'/,
  );
  // Meant as references, but not ones: an error, not text handed to the command as its password.
  for (const value of ["@Microsoft.KeyVault(VaultName=orders-dev;Secret=db)", "@Microsoft.KeyVault(SecretUrl=https://orders-dev.vault.azure.net/secrets/db/)", "@Microsoft.KeyVault(VaultName=orders-dev;SecretName=db", "@Microsoft.KeyVault(VaultName=orders-dev)"]) {
    await assert.rejects(resolveEnvFile(`A=1\nDB_PASSWORD=${value}\n`, ".env", { policy: { allowLoopback: false }, open: () => store }), /^AzureError: \.env:2 DB_PASSWORD: not a Key Vault reference that can be read/, value);
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
    const cli = path.join(__dirname, "..", "..", "dist", "cli.js");
    const print = 'process.stdout.write(require("crypto").createHash("sha256").update(process.env.API_KEY).digest("hex") + " " + process.env.MODE)';
    // spawnSync would block the in-process emulator: run the CLI asynchronously.
    const run = (env: NodeJS.ProcessEnv) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [cli, "run", "--env-file", envFile, "--", process.execPath, "-e", print], { env: { ...process.env, ...env } });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("close", (status) => resolve({ status, stdout, stderr }));
      });
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
