// `npm start`: builds the extension, starts the local Azure emulator (a development and a production
// vault and one App Configuration store, state kept in .vscode-test/emulator/), copies the sample
// workspace to .vscode-test/sample-workspace/ with a vault mapping pointing at the emulator, and
// opens it in a real VS Code with the extension loaded in development mode. No Azure account needed.
//   Desktop `code` on PATH → a new VS Code window (Extension Development Host).
//   Otherwise → code-server on 127.0.0.1 (installed on first use); open the printed URL.
//   SECRET_HYGIENE_VSCODE=desktop | code-server forces one; SECRET_HYGIENE_PORT picks the port.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { projectRoot, startCodeServer } from "./code-server.mjs";
import { startEmulatorProcess } from "./emulator-process.mjs";

const mode = process.env.SECRET_HYGIENE_VSCODE ?? "auto";
const emulatorDir = path.join(projectRoot, ".vscode-test", "emulator");
const samples = path.join(projectRoot, ".vscode-test", "sample-workspace");
const APP = "shop";
const VAULTS = { development: "shop-dev", production: "shop-prod" };
const STORE = "shop-config";

const build = spawnSync(process.execPath, [path.join(projectRoot, "esbuild.mjs")], { cwd: projectRoot, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

/** The sample workspace's copy, with new samples added and the user's edits kept, and its vault mapping. */
function prepareSampleWorkspace(info) {
  fs.cpSync(path.join(projectRoot, "samples"), samples, { recursive: true, force: false, errorOnExist: false });
  const store = info.appConfig[STORE].endpoint;
  const environments = Object.fromEntries(
    Object.entries(VAULTS).map(([environment, vault]) => [environment, { keyVault: info.vaults[vault], appConfiguration: { endpoint: store, label: environment } }]),
  );
  const mapping = { defaultEnvironment: "development", apps: [{ name: APP, root: "", environments }] };
  // The emulator's ports change between runs: this file is rewritten each time.
  fs.writeFileSync(path.join(samples, ".secrethygiene-vaults.json"), `${JSON.stringify(mapping, null, 2)}\n`);
}

const emulator = await startEmulatorProcess({ dir: emulatorDir, vaults: Object.values(VAULTS), stores: [STORE], persist: true }).catch((error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
prepareSampleWorkspace(emulator.info);
// The extension host inherits this: it enables the emulator for this VS Code only (see local-emulator.ts).
process.env.SECRET_HYGIENE_EMULATOR_INFO = emulator.infoFile;
console.log(`Local Azure emulator: vaults ${Object.values(VAULTS).join(", ")}, App Configuration store ${STORE} (state in ${path.relative(projectRoot, emulatorDir)}).`);
const stopEmulator = emulator.stop;

const hasDesktopCode = spawnSync("code", ["--version"], { stdio: "ignore", shell: process.platform === "win32" }).status === 0;
if (mode === "desktop" || (mode === "auto" && hasDesktopCode)) {
  if (!hasDesktopCode) {
    console.error("SECRET_HYGIENE_VSCODE=desktop, but there is no `code` command on PATH.");
    process.exit(1);
  }
  console.log("Opening the sample workspace in VS Code (Extension Development Host)…");
  const child = spawn("code", ["--new-window", `--extensionDevelopmentPath=${projectRoot}`, samples], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  // `code` returns once the window is open: keep the emulator serving until Ctrl+C.
  child.on("exit", (code) => {
    if (code) process.exit(code);
    console.log("The emulator keeps serving the window. Press Ctrl+C to stop it.");
  });
  const stop = () => {
    stopEmulator();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  setInterval(() => {}, 1 << 30);
} else {
  const setup = spawnSync("bash", [path.join(projectRoot, "scripts", "setup-code-server.sh")], { stdio: "inherit" });
  if (setup.status !== 0) process.exit(setup.status ?? 1);
  const port = Number(process.env.SECRET_HYGIENE_PORT ?? 0) || undefined;
  const server = await startCodeServer({ port });
  const url = server.workbenchUrl({ folder: samples, extensionDevelopmentPaths: [projectRoot] });
  console.log("\nSecret Hygiene is running in VS Code (code-server) with the sample workspace.");
  console.log(`Open this URL in a browser on this machine:\n\n  ${url}\n`);
  console.log("Rebuild after a change with `npm run build` (or keep `npm run watch` running) and reload the window.");
  console.log("Press Ctrl+C to stop.");
  const stop = () => {
    server.stop();
    stopEmulator();
    // The session's profile (settings, logs, editor backups) is this run's alone: leave none of it behind.
    try {
      fs.rmSync(server.tmp, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      console.log(`Could not remove ${server.tmp}; delete it by hand.`);
    }
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // Keep the process alive while code-server serves.
  setInterval(() => {}, 1 << 30);
}
