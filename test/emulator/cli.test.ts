// The emulator as users run it: `node dist/emulator.js` in a child process (scripts/test.mjs builds
// it first). The JSON line, persistence across a restart with --data, --port, the admin endpoint,
// verbose logs without values, and a clean SIGTERM shutdown.
import { AppConfigurationClient } from "@azure/app-configuration";
import { SecretClient } from "@azure/keyvault-secrets";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcessByStdio } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as net from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Readable } from "node:stream";
import { after, test } from "node:test";
import type { EmulatorInfo } from "../../src/emulator";
import { fakeCredential } from "./helpers";

const projectRoot = path.join(__dirname, "..", "..");
const emulatorJs = path.join(projectRoot, "dist", "emulator.js");
const scratch = mkdtempSync(path.join(tmpdir(), "shemu-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

interface Running {
  child: ChildProcessByStdio<null, Readable, Readable>;
  info: EmulatorInfo;
  stderr: () => string;
}

/**
 * Starts the bundled emulator and resolves with its JSON line. Without `--info-file` or a scratch
 * `home` it writes no info file: the default is the user's own ~/.secret-hygiene/emulator.json,
 * which a test must never replace.
 */
function launch(args: string[], home?: string): Promise<Running> {
  const infoFileArgs = args.includes("--info-file") || home ? [] : ["--no-info-file"];
  // os.homedir() reads HOME on POSIX and USERPROFILE on Windows.
  const env = home ? { ...process.env, HOME: home, USERPROFILE: home } : process.env;
  const child = spawn(process.execPath, [emulatorJs, ...args, ...infoFileArgs], { stdio: ["ignore", "pipe", "pipe"], env });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`no JSON line within 15 s; stderr: ${stderr}`)), 15_000);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      const newline = stdout.indexOf("\n");
      if (newline === -1) return;
      clearTimeout(timer);
      resolve({ child, info: JSON.parse(stdout.slice(0, newline)) as EmulatorInfo, stderr: () => stderr });
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code} before it was ready; stderr: ${stderr}`));
    });
  });
}

function stop(running: Running): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    running.child.removeAllListeners("exit");
    running.child.once("exit", (code, signal) => resolve({ code, signal }));
    running.child.kill("SIGTERM");
  });
}

function clients(info: EmulatorInfo, vault: string, store: string) {
  const ca = readFileSync(info.caCertPath, "utf8");
  const options = { tlsOptions: { ca }, retryOptions: { retryDelayInMs: 20 } };
  const storeInfo = info.appConfig[store];
  assert.ok(storeInfo);
  return {
    secrets: new SecretClient(info.vaults[vault] ?? "", fakeCredential(), { ...options, disableChallengeResourceVerification: true }),
    settings: new AppConfigurationClient(storeInfo.connectionString, options),
  };
}

/** A port P with P, P+1 and P+2 free at the time of asking. */
async function freePortRun(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const probe = net.createServer();
    const base = await new Promise<number>((resolve) => probe.listen(0, "127.0.0.1", () => resolve((probe.address() as net.AddressInfo).port)));
    await new Promise((resolve) => probe.close(resolve));
    if (base > 65000) continue;
    const free = await Promise.all(
      [base, base + 1, base + 2].map(
        (port) =>
          new Promise<boolean>((resolve) => {
            const server = net.createServer();
            server.once("error", () => resolve(false));
            server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
          }),
      ),
    );
    if (free.every(Boolean)) return base;
  }
  throw new Error("no run of three free ports");
}

test("the JSON line, --data persistence across a restart, --port, and SIGTERM", async () => {
  const dataFile = path.join(scratch, "state.json");
  const first = await launch(["--vault", "kv-cli", "--appconfig", "cfg-cli", "--data", dataFile, "--verbose"]);
  const { info } = first;
  assert.deepEqual(Object.keys(info), ["vaults", "appConfig", "arm", "subscriptionId", "tenantId", "caCertPath"]);
  assert.match(info.vaults["kv-cli"] ?? "", /^https:\/\/127\.0\.0\.1:\d+$/);
  assert.match(info.arm, /^https:\/\/127\.0\.0\.1:\d+$/);
  assert.match(info.appConfig["cfg-cli"]?.connectionString ?? "", /^Endpoint=https:\/\/127\.0\.0\.1:\d+;Id=[^;]+;Secret=[^;]+$/);
  assert.equal(info.caCertPath, `${dataFile}.ca.pem`);

  const before = clients(info, "kv-cli", "cfg-cli");
  const set = await before.secrets.setSecret("persisted", "emulator-test-value-persisted");
  await before.settings.setConfigurationSetting({ key: "persisted", label: "dev", value: "kept" });
  assert.equal((statSync(dataFile).mode & 0o777).toString(8), "600");

  const admin = await fetchAdmin(info, "/_emulator/faults", { add: [{ kind: "latency", ms: 1, count: 1 }] });
  assert.equal(admin.rules.length, 1);

  const exit = await stop(first);
  assert.deepEqual(exit, { code: 0, signal: null });
  assert.match(first.stderr(), /PUT keyvault\/kv-cli \/secrets\/persisted 200/);
  assert.ok(!first.stderr().includes("emulator-test-value-persisted"), "values never reach the log");

  const port = await freePortRun();
  const second = await launch(["--data", dataFile, "--port", String(port)]);
  try {
    assert.equal(second.info.subscriptionId, info.subscriptionId);
    assert.equal(second.info.arm, `https://127.0.0.1:${port}`);
    assert.equal(second.info.vaults["kv-cli"], `https://127.0.0.1:${port + 1}`);
    assert.equal(second.info.appConfig["cfg-cli"]?.endpoint, `https://127.0.0.1:${port + 2}`);
    assert.equal(second.info.appConfig["cfg-cli"]?.connectionString.split(";")[1], info.appConfig["cfg-cli"]?.connectionString.split(";")[1], "access keys persist");
    const after = clients(second.info, "kv-cli", "cfg-cli");
    const secret = await after.secrets.getSecret("persisted");
    assert.equal(secret.value, "emulator-test-value-persisted");
    assert.equal(secret.properties.version, set.properties.version);
    assert.equal((await after.settings.getConfigurationSetting({ key: "persisted", label: "dev" })).value, "kept");
  } finally {
    assert.equal((await stop(second)).code, 0);
  }
});

test("without arguments it serves a default vault and store in memory, with the CA in a temp dir removed on exit", async () => {
  const running = await launch([]);
  assert.deepEqual(Object.keys(running.info.vaults), ["dev-vault"]);
  assert.deepEqual(Object.keys(running.info.appConfig), ["dev-config"]);
  assert.ok(statSync(running.info.caCertPath).isFile());
  assert.deepEqual(await stop(running), { code: 0, signal: null });
  assert.throws(() => statSync(running.info.caCertPath), /ENOENT/);
});

test("usage errors exit 2 with the usage text; --help exits 0", () => {
  const bad = spawnSync(process.execPath, [emulatorJs, "--bogus"], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown argument: --bogus/);
  assert.match(bad.stderr, /Usage: node dist\/emulator\.js/);
  const invalidName = spawnSync(process.execPath, [emulatorJs, "--vault", "x"], { encoding: "utf8" });
  assert.equal(invalidName.status, 1);
  assert.match(invalidName.stderr, /not a valid vault name/);
  const help = spawnSync(process.execPath, [emulatorJs, "--help"], { encoding: "utf8" });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--appconfig NAME/);
});

async function fetchAdmin(info: EmulatorInfo, route: string, body: unknown): Promise<{ rules: unknown[] }> {
  const https = await import("node:https");
  const ca = readFileSync(info.caCertPath, "utf8");
  return new Promise((resolve, reject) => {
    const request = https.request(`${info.arm}${route}`, { method: "POST", ca, headers: { "Content-Type": "application/json" } }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      response.on("end", () => resolve(JSON.parse(text) as { rules: unknown[] }));
    });
    request.on("error", reject);
    request.end(JSON.stringify(body));
  });
}

test("a corrupt data file stops the start with a message that quotes none of it", () => {
  const dataFile = path.join(scratch, "corrupt.json");
  writeFileSync(dataFile, '{"formatVersion":1,"vaults":{"v":{"value":"emulator-test-value-corrupt"', { mode: 0o600 });
  const result = spawnSync(process.execPath, [emulatorJs, "--data", dataFile], { encoding: "utf8" });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /is not valid JSON/);
  assert.ok(!result.stderr.includes("emulator-test-value-corrupt"));
});

test("--info-file: the same JSON line in a file only the user can read, removed on SIGTERM", async () => {
  const infoFile = path.join(scratch, "nested", "info.json");
  const running = await launch(["--vault", "info-vault", "--info-file", infoFile]);
  try {
    assert.deepEqual(JSON.parse(readFileSync(infoFile, "utf8")), running.info);
    if (process.platform !== "win32") assert.equal(statSync(infoFile).mode & 0o777, 0o600);
  } finally {
    const exit = await stop(running);
    assert.equal(exit.code, 0);
  }
  assert.throws(() => statSync(infoFile), /ENOENT/);
});

/** A scratch home folder for `launch`, and the info file the emulator writes there by default. */
function scratchHome(name: string): { home: string; infoFile: string } {
  const home = path.join(scratch, name);
  mkdirSync(home, { recursive: true });
  return { home, infoFile: path.join(home, ".secret-hygiene", "emulator.json") };
}

test("without --info-file it writes ~/.secret-hygiene/emulator.json, the file the extension reads by default", async () => {
  const { home, infoFile } = scratchHome("home-default");
  const running = await launch(["--vault", "home-vault"], home);
  try {
    assert.deepEqual(JSON.parse(readFileSync(infoFile, "utf8")), running.info);
    if (process.platform !== "win32") assert.equal(statSync(infoFile).mode & 0o777, 0o600);
  } finally {
    assert.equal((await stop(running)).code, 0);
  }
  assert.throws(() => statSync(infoFile), /ENOENT/);
});

test("--no-info-file writes none", async () => {
  const { home, infoFile } = scratchHome("home-none");
  const running = await launch(["--vault", "none-vault", "--no-info-file"], home);
  try {
    assert.throws(() => statSync(infoFile), /ENOENT/);
  } finally {
    assert.equal((await stop(running)).code, 0);
  }
});

test("an emulator that exits leaves the info file a later emulator wrote over its own", async () => {
  const { home, infoFile } = scratchHome("home-two");
  const first = await launch(["--vault", "first-vault"], home);
  const second = await launch(["--vault", "second-vault"], home);
  try {
    assert.equal((await stop(first)).code, 0);
    assert.deepEqual(JSON.parse(readFileSync(infoFile, "utf8")), second.info);
  } finally {
    assert.equal((await stop(second)).code, 0);
  }
  assert.throws(() => statSync(infoFile), /ENOENT/);
});
