// Runs the integration suite inside a real VS Code extension host.
//   Desktop VS Code (downloaded by @vscode/test-electron) where the download works, otherwise
//   code-server + headless Chromium through code-server-shim.mjs (installed on first use).
//   SECRET_HYGIENE_VSCODE=desktop | code-server forces one; the default is auto.
// Writes the suite's counts to the file named by SECRET_HYGIENE_TEST_RESULTS (see scripts/test.mjs).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { downloadAndUnzipVSCode, runTests } from "@vscode/test-electron";
import { projectRoot } from "./code-server.mjs";
import { startEmulatorProcess } from "./emulator-process.mjs";

const mode = process.env.SECRET_HYGIENE_VSCODE ?? "auto";
if (!["auto", "desktop", "code-server"].includes(mode)) {
  console.error(`SECRET_HYGIENE_VSCODE must be 'auto', 'desktop' or 'code-server', not '${mode}'`);
  process.exit(2);
}

async function desktopExecutable() {
  if (mode === "code-server") return undefined;
  try {
    return await downloadAndUnzipVSCode({ version: process.env.SECRET_HYGIENE_VSCODE_VERSION ?? "stable", timeout: 30_000 });
  } catch (error) {
    if (mode === "desktop") throw error;
    console.log(`[integration] desktop VS Code is not available here (${error.message}); using code-server instead`);
    return undefined;
  }
}

function codeServerShim() {
  const setup = spawnSync("bash", [path.join(projectRoot, "scripts", "setup-code-server.sh")], { stdio: "inherit" });
  if (setup.status !== 0) throw new Error("installing code-server failed (see above)");
  return path.join(projectRoot, "scripts", "code-server-shim.mjs");
}

// Tests edit and create files: give them a throwaway copy of the fixture workspace.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "shws-"));
fs.cpSync(path.join(projectRoot, "test", "fixtures", "workspace"), workspace, { recursive: true });
// A second, multi-root workspace: two folders, each with its own configuration and vault mapping
// (multi-root.test.ts writes them), opened through a .code-workspace file.
const multiRoot = fs.mkdtempSync(path.join(os.tmpdir(), "shmr-"));
for (const folder of ["shop", "billing"]) fs.mkdirSync(path.join(multiRoot, folder, "src"), { recursive: true });
const workspaceFile = path.join(multiRoot, "two-apps.code-workspace");
fs.writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: "shop" }, { path: "billing" }] }, null, 2));
// The real emulator process, as `npm start` runs it; the tests map vaults to it and check what
// the extension stored through their own SDK clients.
const emulatorDir = fs.mkdtempSync(path.join(os.tmpdir(), "shemu-"));
let emulator;
try {
  // explorer-bulk gets a thousand secrets (paging) and explorer-legacy loses soft delete (vault
  // health) in vault-explorer.test.ts; apart from the orders vaults so no other suite sees them.
  emulator = await startEmulatorProcess({ dir: emulatorDir, vaults: ["orders-dev", "orders-prod", "explorer-bulk", "explorer-legacy"], stores: ["orders-config"] });
  const vscodeExecutablePath = (await desktopExecutable()) ?? codeServerShim();
  const runIn = async (opened, env) => {
    try {
      await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: projectRoot,
        extensionTestsPath: path.join(projectRoot, "out", "test", "integration", "index.js"),
        launchArgs: [opened, "--disable-extensions", "--skip-welcome", "--skip-release-notes"],
        extensionTestsEnv: { SECRET_HYGIENE_EMULATOR_INFO: emulator.infoFile, ...env },
      });
    } catch (error) {
      console.error(`[integration] ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  };
  await runIn(workspace, { SECRET_HYGIENE_TEST_WORKSPACE: workspace });
  await runIn(workspaceFile, { SECRET_HYGIENE_TEST_SUITE: "multi-root" });
} catch (error) {
  console.error(`[integration] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  emulator?.stop();
  for (const dir of [workspace, multiRoot, emulatorDir]) fs.rmSync(dir, { recursive: true, force: true });
}
