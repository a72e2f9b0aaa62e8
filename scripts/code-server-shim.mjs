#!/usr/bin/env node
// Stands in for the VS Code executable (`vscodeExecutablePath` of @vscode/test-electron) where
// desktop VS Code cannot be downloaded. It takes the flags test-electron passes
// (--extensionDevelopmentPath=, --extensionTestsPath=, a folder), runs the tests in code-server's
// real extension host, drives the workbench with headless Chromium, relays the extension host's
// console, and exits with the test result. Env: TEST_TIMEOUT_MS, VERBOSE=1, KEEP_TMP=1.
import * as fs from "node:fs";
import * as path from "node:path";
import { format } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, startCodeServer } from "./code-server.mjs";

const argv = process.argv.slice(2);
const VALUE_FLAGS = new Set(["--extensionDevelopmentPath", "--extensionTestsPath", "--user-data-dir", "--extensions-dir"]);
function flagValues(name) {
  const values = [];
  argv.forEach((arg, i) => {
    if (arg.startsWith(`${name}=`)) values.push(arg.slice(name.length + 1));
    else if (arg === name && i + 1 < argv.length) values.push(argv[i + 1]);
  });
  return values.map((value) => path.resolve(value));
}
const developmentPaths = flagValues("--extensionDevelopmentPath");
const testsPath = flagValues("--extensionTestsPath")[0];
const folder = argv.find((arg, i) => !arg.startsWith("-") && !VALUE_FLAGS.has(argv[i - 1] ?? ""));
const timeoutMs = Number(process.env.TEST_TIMEOUT_MS ?? 600_000);
if (developmentPaths.length === 0 || !testsPath) {
  console.error("usage: code-server-shim --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [folder]");
  process.exit(64);
}

/** Offline noise from the workbench (gallery, telemetry, DNS) that says nothing about our tests. */
const NOISE = /ENOTFOUND|ERR_NAME_NOT_RESOLVED|gallery|marketplace|ERR_INTERNET_DISCONNECTED/i;
const started = Date.now();
const server = await startCodeServer();
let exitCode;
let browser;
try {
  console.log(`[shim] code-server ready on 127.0.0.1:${server.port} in ${Date.now() - started} ms`);
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, env: server.env, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  // The workbench's smoke-test driver reports the extension host's console and its exit through these.
  await page.exposeFunction("codeAutomationLog", (type, args) => {
    const message = format(...(Array.isArray(args) ? args : [args]));
    if (!process.env.VERBOSE && (NOISE.test(message) || (type === "info" && /^(Resolving|Resolved|Creating a socket|\[|Updating additional)/.test(message)))) return;
    console.log(type === "info" ? message : `[${type}] ${message}`);
  });
  await page.exposeFunction("codeAutomationExit", (code) => finish(code));
  if (process.env.VERBOSE) page.on("console", (message) => console.log(`[browser:${message.type()}] ${message.text().slice(0, 400)}`));
  await page.goto(server.workbenchUrl({ folder, extensionDevelopmentPaths: developmentPaths, extensionTestsPath: testsPath }));
  const result = await Promise.race([finished, new Promise((resolve) => setTimeout(() => resolve("timeout"), timeoutMs))]);
  if (result === "timeout") {
    console.error(`[shim] the tests did not finish within ${timeoutMs} ms; code-server log: ${server.logFile}`);
    exitCode = 2;
  } else {
    exitCode = Number(result);
    console.log(`[shim] extension host finished with code ${exitCode} after ${Date.now() - started} ms`);
  }
} catch (error) {
  console.error(`[shim] ${error instanceof Error ? error.stack : String(error)}`);
  exitCode = 3;
} finally {
  await browser?.close().catch(() => {});
  server.stop();
}
if (!process.env.KEEP_TMP && exitCode < 2) fs.rmSync(server.tmp, { recursive: true, force: true });
process.exit(exitCode);
