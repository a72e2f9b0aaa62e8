// The vault mapping in a real extension host, against the real emulator process that
// scripts/run-integration.mjs started: problems on the file as diagnostics (a non-Azure host is
// refused), "Configure Vaults…" writing the file, and "Show the Vault for This File" resolving a
// file's environment and reaching the mapped vault through the real SecretClient.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as vscode from "vscode";
import type { VaultForFile } from "../../src/extension/show-vault";
import { activateExtension, ourDiagnostics, waitFor, workspaceFile } from "./helpers";

interface EmulatorInfo {
  vaults: Record<string, string>;
  appConfig: Record<string, { endpoint: string }>;
}

function emulatorInfo(): EmulatorInfo {
  const file = process.env.SECRET_HYGIENE_EMULATOR_INFO;
  if (!file) throw new Error("run-integration.mjs starts the emulator and sets SECRET_HYGIENE_EMULATOR_INFO");
  return JSON.parse(readFileSync(file, "utf8")) as EmulatorInfo;
}

const MAPPING = ".secrethygiene-vaults.json";
const codes = (uri: vscode.Uri) => ourDiagnostics(uri).map((diagnostic) => (typeof diagnostic.code === "object" ? String(diagnostic.code.value) : String(diagnostic.code)));
const vaultFor = (uri: vscode.Uri) => vscode.commands.executeCommand<VaultForFile>("secretHygiene.showVaultForFile", { uri, check: true, quiet: true });

async function writeText(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

suite("vault mapping", () => {
  const mappingUri = () => workspaceFile(MAPPING);

  suiteSetup(activateExtension);

  teardown(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    for (const relative of [MAPPING, "config/appsettings.Production.json"]) {
      await vscode.workspace.fs.delete(workspaceFile(relative), { useTrash: false }).then(undefined, () => undefined);
    }
  });

  test("a mapping that points at a non-Azure host is refused with a diagnostic on the value", async () => {
    const uri = await writeText(MAPPING, JSON.stringify({ apps: [{ name: "orders", environments: { development: { keyVault: "https://vault.example.com" } } }] }, null, 2));
    const diagnostics = await waitFor(() => ourDiagnostics(uri), (found) => found.length > 0, "a diagnostic on the mapping file");
    const refused = diagnostics.find((diagnostic) => diagnostic.code === "endpoint-refused");
    assert.ok(refused, `expected endpoint-refused, got ${codes(uri).join(", ")}`);
    assert.equal(refused.severity, vscode.DiagnosticSeverity.Error);
    assert.match(refused.message, /not a Key Vault host/);
    // The range covers the URL itself, not the whole file.
    const document = await vscode.workspace.openTextDocument(uri);
    assert.match(document.getText(refused.range), /vault\.example\.com/);
    // It has a code, but it is no finding: no quick fix for secrets is offered on it.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, refused.range);
    assert.deepEqual(actions.map((action) => action.title).filter((title) => /Key Vault|Ignore|baseline/i.test(title)), []);

    const answer = await vaultFor(workspaceFile("src/config.ts"));
    assert.equal(answer.keyVault, undefined, "a refused vault is never used");
  });

  test("Configure Vaults writes the mapping; each environment resolves to its own vault, which is reachable", async () => {
    const info = emulatorInfo();
    const store = info.appConfig["orders-config"]!.endpoint;
    for (const [environment, vault] of [["development", "orders-dev"], ["production", "orders-prod"]] as const) {
      await vscode.commands.executeCommand("secretHygiene.configureVaults", {
        app: "orders",
        environment,
        keyVault: info.vaults[vault],
        appConfiguration: { endpoint: store, label: environment },
      });
    }
    const written = JSON.parse(await readText(mappingUri()));
    assert.equal(written.apps.length, 1);
    assert.deepEqual(Object.keys(written.apps[0].environments).sort(), ["development", "production"]);
    await waitFor(() => codes(mappingUri()), (found) => found.length === 0, "no problems in the written mapping");

    const production = await writeText("config/appsettings.Production.json", "{}\n");
    const prod = await vaultFor(production);
    assert.equal(prod.app, "orders");
    assert.equal(prod.environment, "production");
    assert.equal(prod.keyVault, info.vaults["orders-prod"]);
    assert.deepEqual(prod.vaultCheck, { reachable: true });

    const dev = await vaultFor(workspaceFile("src/config.ts"));
    assert.equal(dev.environment, "development");
    assert.equal(dev.keyVault, info.vaults["orders-dev"]);
    assert.equal(dev.appConfiguration?.endpoint, store);
    assert.equal(dev.appConfiguration?.label, "development");
    assert.deepEqual(dev.vaultCheck, { reachable: true });
  });

  test("Configure Vaults… as a user runs it: each list opens after its progress has ended, and the choice is written", async () => {
    const info = emulatorInfo();
    type Item = vscode.QuickPickItem & { value?: unknown };
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = { quickPick: window.showQuickPick, input: window.showInputBox, withProgress: window.withProgress } as Record<string, (...args: unknown[]) => Thenable<unknown>>;
    let running = 0;
    const titles: string[] = [];
    const pickedDuringProgress: string[] = [];
    window.withProgress = (options: vscode.ProgressOptions, task: (...args: unknown[]) => Thenable<unknown>) =>
      original.withProgress!.call(vscode.window, options, async (...args: unknown[]) => {
        running++;
        try {
          return await task(...args);
        } finally {
          running--;
        }
      });
    window.showInputBox = (options: vscode.InputBoxOptions) => Promise.resolve(/new application/.test(options.title ?? "") ? "cv-app" : "");
    window.showQuickPick = async (items: readonly Item[] | Thenable<readonly Item[]>, options: vscode.QuickPickOptions) => {
      const list = await items;
      const title = options.title ?? "";
      titles.push(title);
      if (running > 0) pickedDuringProgress.push(title);
      const byLabel = (pattern: RegExp) => list.find((item) => pattern.test(item.label));
      if (/^Where does the Key Vault/.test(options.placeHolder ?? "")) return byLabel(/local emulator/);
      if (/^Where does the App Configuration/.test(options.placeHolder ?? "")) return byLabel(/Leave unchanged/);
      if (title === "Configure Vaults: application") return byLabel(/New application/);
      if (title === "Configure Vaults: environment") return byLabel(/^development$/);
      if (title.startsWith("Configure Vaults: Key Vault for development (")) return byLabel(/^orders-dev$/);
      return undefined;
    };
    try {
      await vscode.commands.executeCommand("secretHygiene.configureVaults");
    } finally {
      Object.assign(window, { showQuickPick: original.quickPick, showInputBox: original.input, withProgress: original.withProgress });
    }
    assert.deepEqual(pickedDuringProgress, [], "no quick pick opens under a progress notification");
    assert.ok(!titles.some((title) => /\(\d\/\d\)/.test(title)), `no step counters: ${titles.join(" | ")}`);
    const written = JSON.parse(await readText(mappingUri()));
    const app = written.apps.find((candidate: { name: string }) => candidate.name === "cv-app");
    assert.equal(new URL(app.environments.development.keyVault).origin, new URL(info.vaults["orders-dev"]!).origin);
  });

  test("Configure Vaults refuses a URL that is not a Key Vault and leaves the file as it was", async () => {
    const info = emulatorInfo();
    await vscode.commands.executeCommand("secretHygiene.configureVaults", { app: "orders", environment: "development", keyVault: info.vaults["orders-dev"] });
    const before = await readText(mappingUri());
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand("secretHygiene.configureVaults", { app: "orders", environment: "staging", keyVault: "https://orders.vault.azure.net@collector.example.com" })),
      /user name or password/,
    );
    assert.equal(await readText(mappingUri()), before);
  });

  test("one vault mapped to two environments is flagged on the file", async () => {
    const info = emulatorInfo();
    for (const environment of ["development", "staging"]) {
      await vscode.commands.executeCommand("secretHygiene.configureVaults", { app: "orders", environment, keyVault: info.vaults["orders-dev"] });
    }
    const found = await waitFor(() => codes(mappingUri()), (list) => list.includes("shared-vault"), "the shared-vault warning");
    assert.ok(found.includes("shared-vault"));
  });
});
