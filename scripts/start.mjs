// `npm start`: builds the extension and opens the sample workspace in a real VS Code with the
// extension loaded in development mode.
//   Desktop `code` on PATH → a new VS Code window (Extension Development Host).
//   Otherwise → code-server on 127.0.0.1 (installed on first use); open the printed URL.
//   SECRET_HYGIENE_VSCODE=desktop | code-server forces one; SECRET_HYGIENE_PORT picks the port.
import { spawn, spawnSync } from "node:child_process";
import * as path from "node:path";
import { projectRoot, startCodeServer } from "./code-server.mjs";

const mode = process.env.SECRET_HYGIENE_VSCODE ?? "auto";
const samples = path.join(projectRoot, "samples");

const build = spawnSync(process.execPath, [path.join(projectRoot, "esbuild.mjs")], { cwd: projectRoot, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

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
  child.on("exit", (code) => process.exit(code ?? 0));
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
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // Keep the process alive while code-server serves.
  setInterval(() => {}, 1 << 30);
}
