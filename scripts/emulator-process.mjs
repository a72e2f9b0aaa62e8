// Runs dist/emulator.js as a child process for `npm start` and the integration tests, and waits for
// its one JSON line (endpoints and CA). The same info goes to `infoFile`, which the extension reads
// when SECRET_HYGIENE_EMULATOR_INFO names it.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as readline from "node:readline";
import { projectRoot } from "./code-server.mjs";

/**
 * @param {{ dir: string, vaults: string[], stores: string[], persist?: boolean }} options
 * @returns {Promise<{ info: any, infoFile: string, stop: () => void }>}
 */
export function startEmulatorProcess({ dir, vaults, stores, persist = false }) {
  fs.mkdirSync(dir, { recursive: true });
  const infoFile = path.join(dir, "info.json");
  const args = [path.join(projectRoot, "dist", "emulator.js"), "--info-file", infoFile, "--ca-cert", path.join(dir, "ca.pem")];
  if (persist) args.push("--data", path.join(dir, "state.json"));
  for (const vault of vaults) args.push("--vault", vault);
  for (const store of stores) args.push("--appconfig", store);
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  process.on("exit", stop);
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.once("line", (line) => resolve({ info: JSON.parse(line), infoFile, stop }));
    child.once("exit", (code) => reject(new Error(`the local emulator exited (code ${code}) before it was ready`)));
  });
}
