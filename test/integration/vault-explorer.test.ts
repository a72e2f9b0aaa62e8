// The Vaults view in a real extension host against the emulator process: the tree for mapped vaults
// and for the emulator's directory, badges on secrets seeded with past dates, paging over a
// thousand secrets, health warnings and fixes, and every action driven as a menu would drive it
// (the command with the tree node), its effect checked through the test's own SecretClient. Modal
// confirmations are answered by replacing vscode.window's dialogs for the duration of one call.
import { AppConfigurationClient } from "@azure/app-configuration";
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { KeyVaultManagementClient } from "@azure/arm-keyvault";
import { SecretClient } from "@azure/keyvault-secrets";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { SecretHygieneApi } from "../../src/extension/extension";
import { EXTENSION_ID, activateExtension, cancelProgressWhen, ourDiagnostics, waitFor, workspaceFile } from "./helpers";

interface EmulatorInfo {
  vaults: Record<string, string>;
  appConfig: Record<string, { endpoint: string; connectionString: string }>;
  arm: string;
  caCertPath: string;
  subscriptionId: string;
}

const info = (): EmulatorInfo => JSON.parse(readFileSync(process.env.SECRET_HYGIENE_EMULATOR_INFO!, "utf8")) as EmulatorInfo;
const ca = () => readFileSync(info().caCertPath, "utf8");
const anyToken: TokenCredential = { getToken: (): Promise<AccessToken> => Promise.resolve({ token: "test", expiresOnTimestamp: Date.now() + 3_600_000 }) };
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
/** Made-up values, assembled so no literal sits whole in this file. */
const fake = (...parts: string[]) => parts.join("");

function vaultClient(vault: string): SecretClient {
  return new SecretClient(info().vaults[vault]!, anyToken, { tlsOptions: { ca: ca() }, disableChallengeResourceVerification: true, retryOptions: { maxRetries: 0 } });
}

/** The emulator's admin endpoint (seeding, vault properties, faults). */
function admin(method: string, route: string, body: object): Promise<unknown> {
  const url = new URL(route, info().arm);
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method, ca: ca(), headers: { "content-type": "application/json", "content-length": Buffer.byteLength(text) } }, (response) => {
      let data = "";
      response.on("data", (chunk: Buffer) => (data += chunk.toString()));
      response.on("end", () => (response.statusCode! < 300 ? resolve(data ? JSON.parse(data) : undefined) : reject(new Error(`admin ${method} ${route}: ${response.statusCode} ${data}`))));
    });
    request.on("error", reject);
    request.end(text);
  });
}

const seed = (vault: string, secret: object) => admin("POST", `/_emulator/vaults/${vault}/secrets`, secret);
const faults = (command: object) => admin("POST", "/_emulator/faults", command);

// The tree, through the data provider the extension exports.

type Node = object;
let provider: vscode.TreeDataProvider<Node>;

async function children(node?: Node): Promise<Node[]> {
  return ((await provider.getChildren(node)) ?? []);
}

async function treeItem(node: Node): Promise<vscode.TreeItem> {
  return provider.getTreeItem(node);
}

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === "string" ? item.label : (item.label?.label ?? "");
}

async function labels(nodes: Node[]): Promise<string[]> {
  return Promise.all(nodes.map(async (node) => labelOf(await treeItem(node))));
}

async function child(parent: Node | undefined, label: string | RegExp): Promise<Node> {
  const nodes = await children(parent);
  for (const node of nodes) {
    const text = labelOf(await treeItem(node));
    if (typeof label === "string" ? text === label : label.test(text)) return node;
  }
  throw new Error(`no child ${String(label)} among: ${(await labels(nodes)).join(", ")}`);
}

async function rootById(prefix: string): Promise<Node> {
  for (const node of await children()) if ((await treeItem(node)).id?.startsWith(prefix)) return node;
  throw new Error(`no root ${prefix}`);
}

// Dialogs: modal confirmations are answered from a queue and recorded.

interface Asked {
  message: string;
  detail?: string;
  buttons: string[];
}

async function answering<T>(answers: (string | undefined)[], run: () => Thenable<T>): Promise<{ result: T; asked: Asked[]; errors: string[]; warnings: string[] }> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = { warning: window.showWarningMessage, error: window.showErrorMessage };
  const asked: Asked[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  window.showWarningMessage = (message: string, ...rest: unknown[]) => {
    const options = typeof rest[0] === "object" && rest[0] !== null && !Array.isArray(rest[0]) ? (rest.shift() as vscode.MessageOptions) : undefined;
    if (!options?.modal) {
      warnings.push(message);
      return Promise.resolve(undefined);
    }
    asked.push({ message, detail: options.detail, buttons: rest as string[] });
    return Promise.resolve(answers.shift());
  };
  window.showErrorMessage = (message: string) => {
    errors.push(message);
    return Promise.resolve(undefined);
  };
  try {
    return { result: await run(), asked, errors, warnings };
  } finally {
    window.showWarningMessage = original.warning;
    window.showErrorMessage = original.error;
  }
}

interface ActionResult {
  ok: boolean;
  message: string;
}

/** Writes the mapping file on disk, where the extension's file watcher picks it up. */
async function writeMapping(mapping: object): Promise<void> {
  const uri = workspaceFile(".secrethygiene-vaults.json");
  // Earlier suites edit this file in an editor and delete it afterwards. A text model they left
  // behind would make an editor save fail ("File Modified Since") and shadow the disk while dirty:
  // take it back to the disk's text, then write the disk.
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open?.isDirty) {
    await vscode.window.showTextDocument(open);
    await vscode.commands.executeCommand("workbench.action.files.revert");
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(mapping, null, 2)));
}

/** Retries `read` (refreshing the tree) until it stops throwing. */
async function eventually<T>(read: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await read();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      await run("refresh");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const run = <T = ActionResult>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(`secretHygiene.explorer.${command}`, ...args);

suite("vault explorer", () => {
  const mappingUri = () => workspaceFile(".secrethygiene-vaults.json");
  let api: SecretHygieneApi;
  let dev: Node;

  suiteSetup(async function () {
    this.timeout(120_000);
    await activateExtension();
    api = vscode.extensions.getExtension<SecretHygieneApi>(EXTENSION_ID)!.exports;
    provider = api.vaultExplorer as vscode.TreeDataProvider<Node>;
    const { vaults, appConfig } = info();
    // Secrets as if set long ago: the badges read their dates.
    const value = fake("seeded-", "explorer-", "value");
    await seed("orders-dev", { name: "ex-expired", value, createdOn: daysAgo(120), expiresOn: daysAgo(3) });
    await seed("orders-dev", { name: "ex-stale", value, createdOn: daysAgo(200), expiresOn: inDays(100) });
    await seed("orders-dev", { name: "ex-disabled", value, createdOn: daysAgo(5), expiresOn: inDays(50), enabled: false });
    await seed("orders-dev", { name: "ex-fresh", value, createdOn: daysAgo(5), expiresOn: inDays(50) });
    await seed("orders-dev", { name: "ex-soon", value, createdOn: daysAgo(5), expiresOn: inDays(4) });
    await seed("orders-dev", { name: "ex-forever", value, createdOn: daysAgo(5) });
    // A legacy vault: soft delete, purge protection and RBAC off.
    await admin("PATCH", "/_emulator/vaults/explorer-legacy", { enableSoftDelete: false, enablePurgeProtection: false, enableRbacAuthorization: false });
    await seed("explorer-legacy", { name: "legacy-secret", value, createdOn: daysAgo(5), expiresOn: inDays(30) });
    // App Configuration: a plain key and a Key Vault reference, under the mapped label.
    const config = new AppConfigurationClient(appConfig["orders-config"]!.connectionString, { tlsOptions: { ca: ca() } });
    await config.setConfigurationSetting({ key: "Orders:Url", label: "development", value: "https://orders.contoso.test" });
    await config.setConfigurationSetting({
      key: "Orders:Db",
      label: "development",
      contentType: "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8",
      value: JSON.stringify({ uri: `${vaults["orders-dev"]}/secrets/ex-fresh/` }),
    });
    await config.setConfigurationSetting({ key: "Orders:Url", value: "https://orders.example.test" });
    const mapping = {
      apps: [
        {
          name: "orders",
          environments: {
            development: { keyVault: vaults["orders-dev"], appConfiguration: { endpoint: appConfig["orders-config"]!.endpoint, label: "development" } },
            production: { keyVault: vaults["orders-prod"] },
          },
        },
        { name: "legacy", root: "legacy", environments: { test: { keyVault: vaults["explorer-legacy"] }, staging: { keyVault: vaults["explorer-legacy"] } } },
      ],
    };
    await writeMapping(mapping);
    await vscode.workspace.getConfiguration("secretHygiene").update("explorer.clipboardClearSeconds", 2, vscode.ConfigurationTarget.Global);
    dev = await eventually(async () => {
      const mapped = await rootById("mapped:");
      const apps = (await labels(await children(mapped))).join(", ");
      if (apps !== "orders, legacy") throw new Error(`applications: ${apps}`);
      return child(await child(mapped, "orders"), "orders-dev");
    }, "this suite's mapping in the tree");
  });

  suiteTeardown(async () => {
    await faults({ reset: true });
    await vscode.workspace.getConfiguration("secretHygiene").update("explorer.clipboardClearSeconds", undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    await vscode.workspace.fs.delete(mappingUri(), { useTrash: false }).then(undefined, () => undefined);
    await run("clearFilter");
  });

  teardown(async () => {
    await faults({ reset: true });
  });

  test("mapped vaults by application and environment; the emulator's vaults and stores; Azure asks to sign in", async () => {
    const roots = await children();
    const rootLabels = await labels(roots);
    assert.ok(rootLabels.includes("Local emulator"), rootLabels.join(", "));
    assert.ok(rootLabels.includes("Azure"), rootLabels.join(", "));
    const mapped = await rootById("mapped:");
    assert.deepEqual(await labels(await children(mapped)), ["orders", "legacy"]);
    const orders = await child(mapped, "orders");
    assert.deepEqual(await labels(await children(orders)), ["orders-dev", "orders-config", "orders-prod"]);
    const devItem = await treeItem(dev);
    assert.match(String(devItem.description), /^development/);
    assert.match(String((await treeItem(await child(orders, "orders-prod"))).description), /^production \(production\)/);

    const emulator = await child(undefined, "Local emulator");
    const vaults = await child(emulator, "Key Vaults");
    assert.deepEqual((await labels(await children(vaults))).sort(), ["explorer-bulk", "explorer-legacy", "orders-dev", "orders-prod"]);
    const stores = await child(emulator, "App Configuration stores");
    assert.deepEqual(await labels(await children(stores)), ["orders-config"]);
    // A vault listed from the directory says where the workspace maps it.
    assert.match(String((await treeItem(await child(vaults, "orders-dev"))).description), /mapped: development/);

    // No Microsoft session in the test's VS Code: the Azure root offers sign-in, nothing is prompted.
    const azure = await child(undefined, "Azure");
    const [signIn] = await children(azure);
    const signInItem = await treeItem(signIn!);
    assert.equal(signInItem.command?.command, "secretHygiene.explorer.signIn");
  });

  test("every node id in the expanded mapped tree is unique (VS Code refuses a tree with duplicates)", async () => {
    const ids = new Map<string, string>();
    const walk = async (node: Node, depth: number): Promise<void> => {
      const item = await treeItem(node);
      assert.ok(item.id, `${labelOf(item)} has an id`);
      assert.ok(!ids.has(item.id), `duplicate id ${item.id} (${labelOf(item)} and ${ids.get(item.id)})`);
      ids.set(item.id, labelOf(item));
      if (depth < 4 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None && !/^(Deleted secrets|ex-|bulk-)/.test(labelOf(item))) {
        for (const next of await children(node)) await walk(next, depth + 1);
      }
    };
    await walk(await rootById("mapped:"), 0);
    // explorer-legacy is mapped for two environments of one application: two nodes, two ids.
    assert.equal([...ids.values()].filter((label) => label === "explorer-legacy").length, 2);
  });

  test("badges: expired, past rotation, disabled, expiring soon, no expiry; a fresh secret has none", async () => {
    const description = async (name: string) => String((await treeItem(await child(dev, name))).description ?? "");
    const icon = async (name: string) => ((await treeItem(await child(dev, name))).iconPath as vscode.ThemeIcon).id;
    assert.equal(await description("ex-expired"), "expired 3 d ago · not rotated for 120 d");
    assert.equal(await icon("ex-expired"), "error");
    assert.equal(await description("ex-stale"), "not rotated for 200 d");
    assert.equal(await icon("ex-stale"), "warning");
    assert.equal(await description("ex-disabled"), "disabled");
    assert.equal(await icon("ex-disabled"), "circle-slash");
    assert.match(await description("ex-soon"), /^expires in [34] d$/);
    assert.equal(await description("ex-forever"), "no expiry");
    assert.match(await description("ex-fresh"), /^updated \d{4}-\d{2}-\d{2}$/);
    assert.equal(await icon("ex-fresh"), "key");
    const contextValue = (await treeItem(await child(dev, "ex-disabled"))).contextValue ?? "";
    assert.match(contextValue, /\bshSecret\b/);
    assert.match(contextValue, /\bshDisabled\b/);
    // The vault counts what it loaded: the secret checks show up as health warnings.
    const health = await labels(await children(dev));
    // (Past a page of secrets, which earlier suites may have left, the counts say how many were loaded.)
    assert.ok(health.some((text) => /^\d+ secrets? expired(?: \(of the \d+ loaded so far\))?$/.test(text)), health.join(" | "));
    assert.ok(health.some((text) => /past rotation age(?: \(of the \d+ loaded so far\))?$/.test(text)), health.join(" | "));
    assert.ok(health.includes("Deleted secrets"));
  });

  test("versions are listed newest first, the newest marked current", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-versions", fake("first-", "version"));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await client.setSecret("ex-versions", fake("second-", "version"));
    await run("refreshNode", dev);
    const secret = await child(dev, "ex-versions");
    const versions = await children(secret);
    assert.equal(versions.length, 2);
    const first = await treeItem(versions[0]!);
    assert.match(String(first.description), new RegExp(`^${second.properties.version!.slice(0, 8)} · current`));
    assert.doesNotMatch(String((await treeItem(versions[1]!)).description), /current/);
  });

  test("more versions than a batch: no older version is marked current until the current one is loaded", async function () {
    this.timeout(120_000);
    // 1,005 versions an hour apart, seeded (and listed) oldest first: the first 1,000 listed stop short of the current one.
    const base = Date.parse("2024-01-01T00:00:00Z");
    for (let index = 0; index < 1005; index++) await seed("orders-dev", { name: "ex-many-versions", value: fake("many-", String(index)), createdOn: new Date(base + index * 3_600_000).toISOString() });
    await run("refreshNode", dev);
    const secret = await child(dev, "ex-many-versions");
    let versions = await children(secret);
    const descriptions = async () => Promise.all(versions.map(async (node) => String((await treeItem(node)).description ?? "")));
    assert.equal(labelOf(await treeItem(versions[versions.length - 1]!)), "Load more…");
    assert.deepEqual((await descriptions()).filter((text) => /current/.test(text)), [], "the newest loaded is not the current version");
    await vscode.commands.executeCommand("secretHygiene.explorer.loadMore", versions[versions.length - 1]);
    versions = await children(secret);
    const current = (await vaultClient("orders-dev").getSecret("ex-many-versions")).properties.version!;
    assert.match((await descriptions())[0]!, new RegExp(`^${current.slice(0, 8)} · current`));
    assert.equal((await descriptions()).filter((text) => /current/.test(text)).length, 1);
  });

  test("paging: a vault of a thousand secrets loads a batch at a time through Load more…", async function () {
    this.timeout(120_000);
    const names = Array.from({ length: 1000 }, (_, index) => `bulk-${String(index).padStart(4, "0")}`);
    for (let start = 0; start < names.length; start += 50) {
      await Promise.all(names.slice(start, start + 50).map((name) => seed("explorer-bulk", { name, value: fake("bulk-", "value-", name), createdOn: daysAgo(1), expiresOn: inDays(30) })));
    }
    const vaults = await child(await child(undefined, "Local emulator"), "Key Vaults");
    const bulk = await child(vaults, "explorer-bulk");
    const started = Date.now();
    let nodes = await children(bulk);
    const firstPageMs = Date.now() - started;
    const secretsOf = async (list: Node[]) => (await labels(list)).filter((text) => text.startsWith("bulk-"));
    assert.equal((await secretsOf(nodes)).length, 100, "the first batch is the page size");
    const more = nodes[nodes.length - 1]!;
    const moreItem = await treeItem(more);
    assert.equal(labelOf(moreItem), "Load more…");
    assert.equal(moreItem.description, "100 loaded");
    assert.equal(moreItem.command?.command, "secretHygiene.explorer.loadMore");
    assert.ok((await labels(nodes)).includes("Secrets checked: 100 so far"), "a vault loaded in part says how many secrets its health covers");
    let loads = 1;
    for (;;) {
      const last = nodes[nodes.length - 1]!;
      if (labelOf(await treeItem(last)) !== "Load more…") break;
      await vscode.commands.executeCommand("secretHygiene.explorer.loadMore", last);
      nodes = await children(bulk);
      loads++;
    }
    const allMs = Date.now() - started;
    const listed = await secretsOf(nodes);
    assert.equal(listed.length, 1000);
    assert.equal(new Set(listed).size, 1000, "no secret twice");
    assert.ok(!(await labels(nodes)).some((text) => text.startsWith("Secrets checked")), "all loaded: every secret was checked");
    assert.equal(loads, 10);
    console.log(`      explorer paging, no latency: first 100 of 1000 secrets in ${firstPageMs} ms; all 1000 in ${loads} batches in ${allMs} ms`);

    // The same with 80 ms per request, about a round trip to a vault in another region: the SDK asks
    // for 25 secrets per request, so a batch of 100 costs 4 requests (plus one read ahead).
    await faults({ add: [{ kind: "latency", ms: 80, match: { name: "explorer-bulk" } }] });
    await run("refreshNode", bulk);
    const slowStart = Date.now();
    nodes = await children(bulk);
    const slowFirstMs = Date.now() - slowStart;
    while (labelOf(await treeItem(nodes[nodes.length - 1]!)) === "Load more…") {
      await vscode.commands.executeCommand("secretHygiene.explorer.loadMore", nodes[nodes.length - 1]);
      nodes = await children(bulk);
    }
    console.log(`      explorer paging, 80 ms per request: first 100 in ${slowFirstMs} ms; all 1000 in ${Date.now() - slowStart} ms`);
    assert.equal((await secretsOf(nodes)).length, 1000);
    await faults({ reset: true });

    // A filter loads on until it finds matches, and says what it shows.
    await run("filter", "bulk-09");
    await run("refreshNode", bulk);
    const filtered = await secretsOf(await children(bulk));
    assert.ok(filtered.length > 0 && filtered.every((name) => name.startsWith("bulk-09")), filtered.slice(0, 5).join(", "));
    await run("clearFilter");
  });

  test("paging: a failed Load more… keeps the secrets loaded and shows the error after them; clicking it loads the next batch", async function () {
    this.timeout(120_000);
    // The test above seeds a thousand; on its own this one needs a few batches' worth.
    const names = Array.from({ length: 300 }, (_, index) => `bulk-${String(index).padStart(4, "0")}`);
    for (let start = 0; start < names.length; start += 50) {
      await Promise.all(names.slice(start, start + 50).map((name) => seed("explorer-bulk", { name, value: fake("bulk-", "value-", name), createdOn: daysAgo(1), expiresOn: inDays(30) })));
    }
    const bulk = await child(await child(await child(undefined, "Local emulator"), "Key Vaults"), "explorer-bulk");
    await run("refreshNode", bulk);
    const secretsOf = async (list: Node[]) => (await labels(list)).filter((text) => text.startsWith("bulk-"));
    let nodes = await children(bulk);
    assert.equal((await secretsOf(nodes)).length, 100);
    // Every listing request loses its connection, the SDK's retries too.
    await faults({ add: [{ kind: "dropConnection", count: 20, match: { name: "explorer-bulk", method: "GET" } }] });
    try {
      await vscode.commands.executeCommand("secretHygiene.explorer.loadMore", nodes[nodes.length - 1]);
      nodes = await children(bulk);
    } finally {
      await faults({ reset: true });
    }
    const kept = await secretsOf(nodes);
    assert.ok(kept.length >= 100, `the secrets loaded before stay (${kept.length} shown)`);
    const failed = await treeItem(nodes[nodes.length - 1]!);
    assert.match(labelOf(failed), /Could not reach Key Vault/);
    assert.equal(failed.description, `${kept.length} loaded · try again`);
    assert.equal(failed.command?.command, "secretHygiene.explorer.loadMore");
    // A repaint keeps it as it is; clicking it tries again, and loads the next batch.
    assert.deepEqual(await secretsOf(await children(bulk)), kept);
    await vscode.commands.executeCommand(failed.command.command, ...(failed.command.arguments ?? []));
    nodes = await children(bulk);
    const after = await secretsOf(nodes);
    assert.equal(after.length, kept.length + 100, "the next batch, not the secrets shown already");
    assert.equal(new Set(after).size, after.length, "no secret twice");
    assert.equal(labelOf(await treeItem(nodes[nodes.length - 1]!)), "Load more…");
  });

  test("copy: secret URI, @Microsoft.KeyVault reference, App Configuration reference; a version's URI is pinned", async () => {
    const secret = await child(dev, "ex-fresh");
    const uri = `${info().vaults["orders-dev"]}/secrets/ex-fresh/`;
    const copied = await run<ActionResult & { text: string }>("copySecretUri", secret);
    assert.equal(copied.text, uri);
    assert.equal(await vscode.env.clipboard.readText(), uri);
    assert.equal((await run<{ text: string }>("copyKeyVaultReference", secret)).text, `@Microsoft.KeyVault(SecretUri=${uri})`);
    assert.equal((await run<{ text: string }>("copyAppConfigurationReference", secret)).text, JSON.stringify({ uri }));
    const [version] = await children(secret);
    const pinned = await run<{ text: string }>("copySecretUri", version);
    assert.match(pinned.text, new RegExp(`^${uri.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}[0-9a-f]{32}$`));
  });

  test("insert a reference at the cursor", async () => {
    const document = await vscode.workspace.openTextDocument({ language: "dotenv", content: "DB_PASSWORD=\n" });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 12, 0, 12);
    const result = await run<ActionResult & { text: string }>("insertReference", await child(dev, "ex-fresh"), { format: "keyVaultReference" });
    assert.equal(result.ok, true, result.message);
    assert.equal(document.getText(), `DB_PASSWORD=@Microsoft.KeyVault(SecretUri=${info().vaults["orders-dev"]}/secrets/ex-fresh/)\n`);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  test("an error about an emulator vault names it as the tree does, not by 127.0.0.1:port", async () => {
    const client = vaultClient("orders-dev");
    const stored = await client.setSecret("ex-named-disabled", fake("named-", "disabled"));
    await client.updateSecretProperties("ex-named-disabled", stored.properties.version!, { enabled: false });
    await run("refreshNode", dev);
    const { result } = await answering(["Show and Copy"], async () => run<ActionResult>("revealValue", await child(dev, "ex-named-disabled")));
    assert.equal(result.ok, false);
    assert.match(result.message, /^Secret 'ex-named-disabled' in Key Vault 'orders-dev' is disabled: enable it to read it\.$/);
  });

  test("reveal: a modal first; the value on the clipboard, cleared after the set seconds; never in the log", async () => {
    const value = fake("Rv7#mQ2x", "Lp9Tz4", "Wk3", String(Date.now()));
    await vaultClient("orders-dev").setSecret("ex-reveal", value);
    await run("refreshNode", dev);
    const secret = await child(dev, "ex-reveal");
    const cancelled = await answering([undefined], () => run("revealValue", secret));
    assert.equal(cancelled.result.ok, false);
    assert.equal(cancelled.asked.length, 1);
    assert.match(cancelled.asked[0]!.message, /^Show the value of 'ex-reveal' from Key Vault orders-dev\?$/);
    assert.match(cancelled.asked[0]!.detail!, /cleared after 2 seconds/);
    assert.notEqual(await vscode.env.clipboard.readText(), value, "nothing read or copied when cancelled");

    const shown = await answering(["Show and Copy"], () => run<ActionResult & { clipboardCleared: Promise<boolean> }>("revealValue", secret));
    assert.equal(shown.result.ok, true, shown.result.message);
    assert.ok(!shown.result.message.includes(value));
    assert.equal(await vscode.env.clipboard.readText(), value);
    assert.equal(await shown.result.clipboardCleared, true);
    assert.equal(await vscode.env.clipboard.readText(), "");

    // The user copied something else meanwhile: it is left alone.
    const again = await answering(["Show and Copy"], () => run<ActionResult & { clipboardCleared: Promise<boolean> }>("revealValue", secret));
    await vscode.env.clipboard.writeText("something the user copied");
    assert.equal(await again.result.clipboardCleared, false);
    assert.equal(await vscode.env.clipboard.readText(), "something the user copied");

    const root = path.dirname(api.logUri.fsPath);
    const logs = (): string[] => {
      const texts: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const full = path.join(dir, name);
          if (statSync(full).isDirectory()) walk(full);
          else if (name.endsWith(".log")) texts.push(readFileSync(full, "utf8"));
        }
      };
      walk(root);
      return texts;
    };
    const texts = await waitFor(logs, (found) => found.some((text) => text.includes("revealed 'ex-reveal'")), "the reveal in the log", 20_000);
    assert.ok(!texts.some((text) => text.includes(value)), "the value is not in any log file");
  });

  test("rotate: a new version with the given value or a generated one, rotation tags, expiry moved", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-rotate", fake("old-", "rotate-", "value"), { tags: { app: "orders", "rotation-days": "30" }, contentType: "text/plain", expiresOn: new Date(Date.now() + 5 * DAY) });
    await run("refreshNode", dev);
    const value = fake("Nw5$kP8r", "Zq2Lm7", String(Date.now()));
    const rotated = await answering(["Rotate"], async () => run<ActionResult & { version: string }>("rotateSecret", await child(dev, "ex-rotate"), { value }));
    assert.equal(rotated.result.ok, true, rotated.result.message);
    assert.match(rotated.asked[0]!.message, /^Add a new version of 'ex-rotate' in Key Vault orders-dev\?$/);
    assert.match(rotated.asked[0]!.detail!, /Change the value where it is issued/);
    assert.ok(!rotated.result.message.includes(value));
    const stored = await client.getSecret("ex-rotate");
    assert.equal(stored.value, value);
    assert.equal(stored.properties.version, rotated.result.version);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(stored.properties.tags?.["rotated-on"], today);
    assert.equal(stored.properties.tags?.["rotation-days"], "30");
    assert.equal(stored.properties.tags?.app, "orders");
    assert.equal(stored.properties.contentType, "text/plain");
    assert.ok(Math.abs(stored.properties.expiresOn!.getTime() - (Date.now() + 30 * DAY)) < 60_000, "expiry one rotation period ahead");
    assert.equal(String((await treeItem(await child(dev, "ex-rotate"))).description).includes("expires"), false, "the tree shows the new version's state");

    const generated = await answering(["Rotate"], async () => run<ActionResult & { version: string }>("rotateSecret", await child(dev, "ex-rotate"), { generate: true }));
    assert.equal(generated.result.ok, true);
    assert.match((await client.getSecret("ex-rotate")).value!, /^[A-Za-z0-9]{40}$/);
    const declined = await answering([undefined], async () => run("rotateSecret", await child(dev, "ex-rotate"), { value: "not-stored" }));
    assert.equal(declined.result.ok, false);
    assert.notEqual((await client.getSecret("ex-rotate")).value, "not-stored");
  });

  test("rotate copies the tags the secret has now, not those the tree loaded", async () => {
    const client = vaultClient("orders-dev");
    const first = await client.setSecret("ex-rotate-tags", fake("tags-", "one"), { tags: { app: "orders", "rotation-days": "30" } });
    await run("refreshNode", dev);
    const shown = await child(dev, "ex-rotate-tags");
    // A teammate changes the tags after the tree loaded them.
    await client.updateSecretProperties("ex-rotate-tags", first.properties.version!, { tags: { app: "orders", "rotation-days": "45", owner: "team-c" } });
    const rotated = await answering(["Rotate"], () => run<ActionResult>("rotateSecret", shown, { value: fake("tags-", "two") }));
    assert.equal(rotated.result.ok, true, rotated.result.message);
    const tags = (await client.getSecret("ex-rotate-tags")).properties.tags;
    assert.equal(tags?.owner, "team-c");
    assert.equal(tags?.["rotation-days"], "45");
  });

  test("rotate whose answer was lost after the vault made the version: reported as rotated, not as a network failure", async function () {
    this.timeout(60_000);
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-rotate-lost", fake("lost-", "old"));
    await run("refreshNode", dev);
    // Every PUT is carried out and its answer dropped: the SDK retries, and each try makes a version.
    await faults({ add: [{ kind: "dropResponse", count: 10, match: { name: "orders-dev", method: "PUT", path: "/secrets/ex-rotate-lost" } }] });
    const value = fake("lost-", "new-", String(Date.now()));
    const { result, errors } = await answering(["Rotate"], async () => run<ActionResult & { version?: string }>("rotateSecret", await child(dev, "ex-rotate-lost"), { value }));
    await faults({ reset: true });
    const stored = await client.getSecret("ex-rotate-lost");
    assert.ok(stored.value === value, "the vault's current value is the new one");
    assert.equal(result.ok, true, result.message);
    assert.equal(result.version, stored.properties.version);
    assert.deepEqual(errors, []);
  });

  test("rotate cancelled after the vault made the version: the previous value is current again, and the message says so", async function () {
    this.timeout(60_000);
    const client = vaultClient("orders-dev");
    const old = fake("cancel-", "old");
    await client.setSecret("ex-rotate-cancel", old);
    await run("refreshNode", dev);
    // The PUT is carried out and its answer dropped: the SDK waits about a second before it retries.
    await faults({ add: [{ kind: "dropResponse", count: 1, match: { name: "orders-dev", method: "PUT", path: "/secrets/ex-rotate-cancel" } }] });
    const value = fake("cancel-", "new-", String(Date.now()));
    const progress = cancelProgressWhen(/rotating 'ex-rotate-cancel'/, async () => (await client.getSecret("ex-rotate-cancel")).value === value);
    try {
      const { result, errors } = await answering(["Rotate"], async () => run<ActionResult>("rotateSecret", await child(dev, "ex-rotate-cancel"), { value }));
      assert.equal(result.ok, false, result.message);
      assert.deepEqual(errors, [], "a cancel is a warning, not an error");
      assert.match(result.message, /cancelled\. The vault had accepted the value before the failure: 'ex-rotate-cancel' has its previous value as the current version again; the new version was disabled\./);
    } finally {
      progress.restore();
      await faults({ reset: true });
    }
    assert.ok((await client.getSecret("ex-rotate-cancel")).value === old, "the value from before the rotation is current again");
  });

  test("edit tags on a secret rotated since the tree loaded: the editor starts from the new version's tags, and the rotation stays", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-stale-tags", fake("v1-", "value"), { tags: { owner: "team-a", "rotated-on": daysAgo(100).slice(0, 10) } });
    await run("refreshNode", dev);
    const node = await child(dev, "ex-stale-tags");
    // A teammate rotates it: a new version with today's rotation tag.
    const today = new Date().toISOString().slice(0, 10);
    await client.setSecret("ex-stale-tags", fake("v2-", "value"), { tags: { owner: "team-a", "rotated-on": today } });
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.showQuickPick;
    // Saved as shown: the first item of the tag editor.
    window.showQuickPick = (items: unknown[]) => Promise.resolve(items[0]);
    try {
      assert.equal((await run("editTags", node)).ok, true);
    } finally {
      window.showQuickPick = original;
    }
    assert.equal((await client.getSecret("ex-stale-tags")).properties.tags?.["rotated-on"], today);
  });

  test("versions written in the same second (a move's undo): the version the vault serves is marked current", async () => {
    const client = vaultClient("orders-dev");
    // Key Vault dates are whole seconds: start early in one so both writes share it.
    while (Date.now() % 1000 > 300) await new Promise((resolve) => setTimeout(resolve, 20));
    const ours = await client.setSecret("ex-same-second", fake("ours-", "value"));
    const restored = await client.setSecret("ex-same-second", fake("previous-", "value"));
    await client.updateSecretProperties("ex-same-second", ours.properties.version!, { enabled: false });
    assert.equal(ours.properties.createdOn?.getTime(), restored.properties.createdOn?.getTime(), "both versions were written in one second");
    await run("refreshNode", dev);
    const versions = await children(await child(dev, "ex-same-second"));
    assert.match(String((await treeItem(versions[0]!)).description), new RegExp(`^${restored.properties.version!.slice(0, 8)} · current`));
    // Disabling the older one warns about pinned readers only, not about every application.
    const disabled = await answering(["Disable"], async () => run("disableSecret", versions[1]!));
    assert.match(disabled.asked[0]!.detail!, /pinned to this version/);
  });

  test("a disabled secret: Edit Tags starts from its tags and Rotate copies them, without reading its value", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-disabled-tags", fake("v1-", "value"), { tags: { owner: "team-a" } });
    await client.updateSecretProperties("ex-disabled-tags", "", { enabled: false });
    await run("refreshNode", dev);
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.showQuickPick;
    let shown: string[] = [];
    window.showQuickPick = (items: { label: string }[]) => {
      shown = items.map((item) => item.label);
      return Promise.resolve(items[0]);
    };
    try {
      const edited = await run("editTags", await child(dev, "ex-disabled-tags"));
      assert.equal(edited.ok, true, edited.message);
    } finally {
      window.showQuickPick = original;
    }
    assert.ok(shown.some((label) => label.includes("owner")), shown.join(" | "));
    const rotated = await answering(["Rotate"], async () => run<ActionResult & { version: string }>("rotateSecret", await child(dev, "ex-disabled-tags"), { generate: true }));
    assert.equal(rotated.result.ok, true, rotated.result.message);
    const stored = await client.getSecret("ex-disabled-tags");
    assert.equal(stored.properties.enabled, true);
    assert.equal(stored.properties.tags?.owner, "team-a");
  });

  test("disable an older version the tree still shows as current: the warning says so, and the secret's row stays enabled", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-stale-version", fake("v1-", "value"));
    await run("refreshNode", dev);
    const [v1] = await children(await child(dev, "ex-stale-version"));
    // Key Vault dates are whole seconds: the new version must be the newer one.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await client.setSecret("ex-stale-version", fake("v2-", "value"));
    const disabled = await answering(["Disable"], async () => run("disableSecret", v1));
    assert.equal(disabled.result.ok, true);
    assert.match(disabled.asked[0]!.detail!, /pinned to this version/);
    assert.equal((await client.getSecret("ex-stale-version")).properties.enabled, true);
    assert.doesNotMatch(String((await treeItem(await child(dev, "ex-stale-version"))).description), /disabled/);
    // The current version, disabled from its own row: the secret's row says so (a disabled secret cannot be read, its version list can).
    const [current] = await children(await child(dev, "ex-stale-version"));
    const disabledCurrent = await answering(["Disable"], async () => run("disableSecret", current));
    assert.match(disabledCurrent.asked[0]!.detail!, /403 SecretDisabled/);
    assert.match(String((await treeItem(await child(dev, "ex-stale-version"))).description), /disabled/);
  });

  test("expiry, tags, disable and enable change the secret in the vault", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-props", fake("props-", "value"), { tags: { owner: "team-a" } });
    await run("refreshNode", dev);
    const node = () => child(dev, "ex-props");
    assert.equal((await run("setExpiry", await node(), { expiresOn: "2031-01-31" })).ok, true);
    assert.equal((await client.getSecret("ex-props")).properties.expiresOn?.toISOString(), "2031-01-31T23:59:59.000Z");
    assert.equal((await run("clearExpiry", await node())).ok, true);
    assert.equal((await client.getSecret("ex-props")).properties.expiresOn, undefined);
    assert.equal(String((await treeItem(await node())).description), "no expiry");
    assert.equal((await run("editTags", await node(), { tags: { owner: "team-b", cost: "42" } })).ok, true);
    assert.deepEqual((await client.getSecret("ex-props")).properties.tags, { owner: "team-b", cost: "42" });
    const disabled = await answering(["Disable"], async () => run("disableSecret", await node()));
    assert.equal(disabled.result.ok, true);
    assert.match(disabled.asked[0]!.detail!, /403 SecretDisabled/);
    await assert.rejects(client.getSecret("ex-props"), /disabled/i);
    assert.equal(String((await treeItem(await node())).description), "disabled · no expiry");
    assert.equal((await run("enableSecret", await node())).ok, true);
    assert.equal((await client.getSecret("ex-props")).properties.enabled, true);
    const refused = await run("editTags", await node(), { tags: Object.fromEntries(Array.from({ length: 16 }, (_, index) => [`t${index}`, "x"])) });
    assert.equal(refused.ok, false);
    assert.match(refused.message, /at most 15 tags/);
  });

  test("a write the caller's role does not allow: the message names Key Vault Secrets Officer, nothing changes", async () => {
    await vaultClient("orders-dev").setSecret("ex-readonly", fake("readonly-", "value"));
    await run("refreshNode", dev);
    await faults({ access: [{ level: "read-only", match: { name: "orders-dev" } }] });
    const { result, errors } = await answering([], async () => run("setExpiry", await child(dev, "ex-readonly"), { expiresOn: "2032-02-02" }));
    assert.equal(result.ok, false);
    assert.match(result.message, /Key Vault Secrets Officer/);
    assert.ok(errors.some((message) => /Key Vault Secrets Officer/.test(message)));
    await faults({ reset: true });
    assert.equal((await vaultClient("orders-dev").getSecret("ex-readonly")).properties.expiresOn, undefined);
  });

  test("429 with Retry-After is waited out and the write completes; dropped connections end in a message about the network", async function () {
    this.timeout(60_000);
    await vaultClient("orders-dev").setSecret("ex-flaky", fake("flaky-", "value"));
    await run("refreshNode", dev);
    await faults({ add: [{ kind: "throttle", count: 1, retryAfterSeconds: 1, match: { name: "orders-dev", method: "PATCH" } }] });
    const started = Date.now();
    const throttled = await run("editTags", await child(dev, "ex-flaky"), { tags: { owner: "after-429" } });
    assert.equal(throttled.ok, true, throttled.message);
    assert.ok(Date.now() - started >= 900, "waited for Retry-After");
    assert.deepEqual((await vaultClient("orders-dev").getSecret("ex-flaky")).properties.tags, { owner: "after-429" });

    await faults({ add: [{ kind: "dropConnection", count: 10, match: { name: "orders-dev", method: "PATCH" } }] });
    const { result, errors } = await answering([], async () => run("editTags", await child(dev, "ex-flaky"), { tags: { owner: "never" } }));
    assert.equal(result.ok, false);
    assert.match(result.message, /Could not reach Key Vault '.+' \(ECONNRESET\): check your network connection/);
    assert.equal(errors.length, 1);
    await faults({ reset: true });
    assert.deepEqual((await vaultClient("orders-dev").getSecret("ex-flaky")).properties.tags, { owner: "after-429" });
  });

  test("delete → deleted secrets → recover; delete → purge, each confirmation saying what it means", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-delete", fake("delete-", "value"));
    await run("refreshNode", dev);
    // The same vault listed under the emulator's directory: an action through one node shows in the other.
    const listed = await child(await child(await child(undefined, "Local emulator"), "Key Vaults"), "orders-dev");
    await run("refreshNode", listed);
    assert.ok((await labels(await children(listed))).includes("ex-delete"));
    const deleted = await answering(["Delete"], async () => run("deleteSecret", await child(dev, "ex-delete")));
    assert.equal(deleted.result.ok, true, deleted.result.message);
    assert.match(deleted.asked[0]!.message, /^Delete 'ex-delete' from Key Vault orders-dev\?$/);
    assert.match(deleted.asked[0]!.detail!, /Soft delete keeps it for 90 days/);
    assert.ok(!(await labels(await children(dev))).includes("ex-delete"));
    assert.ok(!(await labels(await children(listed))).includes("ex-delete"), "gone from the directory's node too");
    assert.equal((await client.getDeletedSecret("ex-delete")).name, "ex-delete");

    const group = await child(dev, "Deleted secrets");
    const recovered = await run("recoverSecret", await child(group, "ex-delete"));
    assert.equal(recovered.ok, true, recovered.message);
    assert.ok((await labels(await children(dev))).includes("ex-delete"));
    assert.ok((await labels(await children(listed))).includes("ex-delete"), "back in the directory's node too");
    assert.equal((await client.getSecret("ex-delete")).value, fake("delete-", "value"));

    await answering(["Delete"], async () => run("deleteSecret", await child(dev, "ex-delete")));
    const declined = await answering([undefined], async () => run("purgeSecret", await child(group, "ex-delete")));
    assert.equal(declined.result.ok, false);
    assert.match(declined.asked[0]!.message, /^Purge 'ex-delete' from Key Vault orders-dev permanently\?$/);
    assert.match(declined.asked[0]!.detail!, /This cannot be undone/);
    assert.equal((await client.getDeletedSecret("ex-delete")).name, "ex-delete", "still recoverable after the purge was declined");
    const purged = await answering(["Purge Permanently"], async () => run("purgeSecret", await child(group, "ex-delete")));
    assert.equal(purged.result.ok, true, purged.result.message);
    await assert.rejects(client.getDeletedSecret("ex-delete"), /not found/i);
    assert.ok(!(await labels(await children(group))).includes("ex-delete"));
  });

  test("purge re-reads the deleted secret: a newer deletion or a recovered secret is not purged", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-purge-check", fake("purge-check-", "one"));
    await (await client.beginDeleteSecret("ex-purge-check")).pollUntilDone();
    const group = await child(dev, "Deleted secrets");
    await run("refreshNode", group);
    const shown = await child(group, "ex-purge-check");

    // A teammate recovers it, adds a version and deletes it again; Key Vault dates are in seconds.
    await (await client.beginRecoverDeletedSecret("ex-purge-check")).pollUntilDone();
    await client.setSecret("ex-purge-check", fake("purge-check-", "two"));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await (await client.beginDeleteSecret("ex-purge-check")).pollUntilDone();
    const newer = await answering(["Purge Permanently"], () => run("purgeSecret", shown));
    assert.equal(newer.result.ok, false);
    assert.match(newer.result.message, /^'ex-purge-check' was deleted again on \d{4}-\d\d-\d\d after this list was loaded, .*Nothing was purged/);
    assert.equal((await client.getDeletedSecret("ex-purge-check")).name, "ex-purge-check", "the newer deletion is still recoverable");

    // Purging the entry as shown now goes ahead, even when the purge's answer is lost and the SDK's
    // retry finds nothing left to purge.
    await faults({ add: [{ kind: "dropResponse", count: 1, match: { name: "orders-dev", method: "DELETE", path: "/deletedsecrets/ex-purge-check" } }] });
    const purged = await answering(["Purge Permanently"], async () => run("purgeSecret", await child(group, "ex-purge-check")));
    assert.equal(purged.result.ok, true, purged.result.message);
    assert.deepEqual(purged.errors, []);
    await assert.rejects(client.getDeletedSecret("ex-purge-check"), /not found/i);

    // Recovered by someone else after the list was loaded: the live secret is left alone.
    await client.setSecret("ex-purge-check", fake("purge-check-", "three"));
    await (await client.beginDeleteSecret("ex-purge-check")).pollUntilDone();
    await run("refreshNode", group);
    const listed = await child(group, "ex-purge-check");
    await (await client.beginRecoverDeletedSecret("ex-purge-check")).pollUntilDone();
    const recovered = await answering(["Purge Permanently"], () => run("purgeSecret", listed));
    assert.equal(recovered.result.ok, false);
    assert.match(recovered.result.message, /no longer among the deleted secrets of orders-dev.*Nothing was purged/);
    assert.equal((await client.getSecret("ex-purge-check")).value, fake("purge-check-", "three"));
    assert.ok(!(await labels(await children(group))).includes("ex-purge-check"), "the stale entry left the list");
  });

  test("backup to a file and restore it after a purge brings every version back", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-backup", fake("backup-", "one"));
    await client.setSecret("ex-backup", fake("backup-", "two"));
    await run("refreshNode", dev);
    const dir = mkdtempSync(path.join(os.tmpdir(), "shbk-"));
    try {
      const file = vscode.Uri.file(path.join(dir, "ex-backup.keyvault-backup"));
      const backup = await run<ActionResult & { uri: vscode.Uri }>("backupSecret", await child(dev, "ex-backup"), { uri: file });
      assert.equal(backup.ok, true, backup.message);
      assert.ok(existsSync(file.fsPath));
      assert.equal(statSync(file.fsPath).mode & 0o777, 0o600, "only the user can read the backup");
      assert.ok(!readFileSync(file.fsPath, "latin1").includes(fake("backup-", "two")), "the blob is opaque");
      await answering(["Delete"], async () => run("deleteSecret", await child(dev, "ex-backup")));
      await client.purgeDeletedSecret("ex-backup");
      const restored = await run<ActionResult & { name: string }>("restoreSecret", dev, { uri: file });
      assert.equal(restored.ok, true, restored.message);
      assert.equal(restored.name, "ex-backup");
      assert.equal((await client.getSecret("ex-backup")).value, fake("backup-", "two"));
      const versions = [];
      for await (const version of client.listPropertiesOfSecretVersions("ex-backup")) versions.push(version);
      assert.equal(versions.length, 2);
      assert.ok((await labels(await children(dev))).includes("ex-backup"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a backup into a folder that is gone, and a restore from a file moved away, say what failed and where, not Unexpected Error", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-backup-nofolder", fake("backup-", "nofolder"));
    await run("refreshNode", dev);
    const dir = mkdtempSync(path.join(os.tmpdir(), "shbk-"));
    try {
      const missingFolder = path.join(dir, "gone", "ex-backup-nofolder.keyvault-backup");
      const backup = await answering([], async () => run<ActionResult>("backupSecret", await child(dev, "ex-backup-nofolder"), { uri: vscode.Uri.file(missingFolder) }));
      assert.equal(backup.result.ok, false);
      assert.equal(backup.result.message, `Could not write the backup of 'ex-backup-nofolder' to ${missingFolder} (folder not found). Nothing was written; the secret was only read from the vault.`);
      assert.deepEqual(backup.errors, [`Secret Hygiene: ${backup.result.message}`]);
      const missingFile = path.join(dir, "moved-away.keyvault-backup");
      const restore = await answering([], () => run<ActionResult>("restoreSecret", dev, { uri: vscode.Uri.file(missingFile) }));
      assert.equal(restore.result.ok, false);
      assert.equal(restore.result.message, `Could not read the backup file ${missingFile} (file not found). Nothing was restored into orders-dev.`);
      assert.ok(!existsSync(missingFolder));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a quick change (tags, expiry) shows its progress in the Vaults view, not as notifications", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-quiet", fake("quiet-", "value"));
    await run("refreshNode", dev);
    const node = await child(dev, "ex-quiet");
    // Records every progress; cancels none (the pattern matches no title).
    const progress = cancelProgressWhen(/(?!)/, () => Promise.resolve(false));
    try {
      assert.equal((await run("editTags", node, { tags: { owner: "team-a" } })).ok, true);
      assert.equal((await run("setExpiry", node, { expiresOn: "30" })).ok, true);
    } finally {
      progress.restore();
    }
    assert.ok(progress.shown.length >= 2, `${progress.shown.length} progress shown`);
    assert.deepEqual(progress.shown.filter((options) => options.location === vscode.ProgressLocation.Notification), []);
    assert.ok(progress.shown.every((options) => (options.location as { viewId?: string }).viewId === "secretHygiene.vaults"));
  });

  test("a backup stopped with the notification's Cancel ends quietly: no error message, no file", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-backup-cancel", fake("backup-", "cancel"));
    await run("refreshNode", dev);
    // The vault answers slowly, so the Cancel comes while the request is on its way.
    await faults({ add: [{ kind: "latency", ms: 5000, count: 1, match: { name: "orders-dev", method: "POST", path: "/secrets/ex-backup-cancel/backup" } }] });
    const dir = mkdtempSync(path.join(os.tmpdir(), "shbk-"));
    const progress = cancelProgressWhen(/backing up 'ex-backup-cancel'/, () => Promise.resolve(true));
    try {
      const file = vscode.Uri.file(path.join(dir, "ex-backup-cancel.keyvault-backup"));
      const { result, errors } = await answering([], async () => run<ActionResult>("backupSecret", await child(dev, "ex-backup-cancel"), { uri: file }));
      assert.equal(result.ok, false, result.message);
      assert.match(result.message, /cancelled/);
      assert.deepEqual(errors, [], "the user's own Cancel is not an error");
      assert.ok(!existsSync(file.fsPath), "nothing was written");
    } finally {
      progress.restore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a delete stopped with Cancel while Key Vault has the request says the vault may still carry it out, and it does", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("ex-delete-cancel", fake("delete-", "cancel"));
    await run("refreshNode", dev);
    // The vault answers slowly, so the Cancel comes while the request is on its way.
    await faults({ add: [{ kind: "latency", ms: 3000, count: 1, match: { name: "orders-dev", method: "DELETE", path: "/secrets/ex-delete-cancel" } }] });
    // Cancelled a second in: the request has reached the vault and waits there.
    const started = Date.now();
    const progress = cancelProgressWhen(/deleting 'ex-delete-cancel'/, () => Promise.resolve(Date.now() - started > 1000));
    try {
      const { result, errors, warnings } = await answering(["Delete"], async () => run<ActionResult>("deleteSecret", await child(dev, "ex-delete-cancel")));
      assert.equal(result.ok, false);
      assert.deepEqual(errors, []);
      assert.equal(warnings.length, 1, warnings.join(" | "));
      assert.match(warnings[0]!, /^Secret Hygiene: cancelled deleting 'ex-delete-cancel' from orders-dev\. Azure may still carry out what it had received: refresh the Vaults view to see\.$/);
    } finally {
      progress.restore();
    }
    // As the service does, the emulator carries out the request it had.
    let gone = false;
    for (let tries = 0; tries < 100 && !gone; tries++) {
      gone = await client.getSecret("ex-delete-cancel").then(() => false, () => true);
      if (!gone) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(gone, "the delete was carried out");
  });

  test("health: soft delete, purge protection and RBAC off and one vault for two environments; fixes turn the switches on", async () => {
    const legacy = await child(await child(await rootById("mapped:"), "legacy"), "explorer-legacy");
    await run("refreshNode", legacy);
    const warnings = await labels(await children(legacy));
    assert.deepEqual(warnings.slice(0, 5), ["Soft delete is off", "Uses access policies, not Azure RBAC", "Mapped to 2 environments", "Purge protection is off", "Open to every network"]);
    assert.ok(!warnings.includes("Deleted secrets"), "nothing is kept without soft delete");
    const softDelete = await child(legacy, "Soft delete is off");
    const item = await treeItem(softDelete);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, "error");
    assert.match(item.contextValue!, /\bshFixable\b/);
    assert.equal(item.command, undefined, "selecting a warning opens nothing: Open Guidance is its inline action");
    assert.match(String((await treeItem(legacy)).description), /health warnings/);

    // Deleting here cannot be undone, and the dialog says so.
    const deleting = await answering([undefined], async () => run("deleteSecret", await child(legacy, "legacy-secret")));
    assert.match(deleting.asked[0]!.detail!, /soft delete off.*This cannot be undone/);
    assert.deepEqual(deleting.asked[0]!.buttons, ["Back Up and Delete", "Delete Permanently"]);

    const arm = new KeyVaultManagementClient(anyToken, info().subscriptionId, { endpoint: info().arm, tlsOptions: { ca: ca() } });
    const fixed = await answering(["Turn On Soft Delete"], () => run("applyHealthFix", softDelete));
    assert.equal(fixed.result.ok, true, fixed.result.message);
    assert.match(fixed.asked[0]!.detail!, /This cannot be undone/);
    assert.equal((await arm.vaults.get("secret-hygiene-emulator", "explorer-legacy")).properties.enableSoftDelete, true);
    const purgeProtection = await child(legacy, "Purge protection is off");
    const declined = await answering([undefined], () => run("applyHealthFix", purgeProtection));
    assert.equal(declined.result.ok, false);
    assert.equal((await arm.vaults.get("secret-hygiene-emulator", "explorer-legacy")).properties.enablePurgeProtection, undefined);
    await answering(["Turn On Purge Protection"], () => run("applyHealthFix", purgeProtection));
    assert.equal((await arm.vaults.get("secret-hygiene-emulator", "explorer-legacy")).properties.enablePurgeProtection, true);
    const after = await labels(await children(legacy));
    assert.ok(!after.includes("Soft delete is off") && !after.includes("Purge protection is off"), after.join(" | "));
    assert.ok(after.includes("Deleted secrets"));
    // No automatic fix where one could lock the user out or break access.
    const rbac = await treeItem(await child(legacy, "Uses access policies, not Azure RBAC"));
    assert.doesNotMatch(rbac.contextValue!, /shFixable/);
  });

  test("App Configuration: keys by label, the mapped label first; a Key Vault reference shows its secret", async () => {
    const store = await child(await child(await rootById("mapped:"), "orders"), "orders-config");
    const labelNames = await labels(await children(store));
    assert.equal(labelNames[0], "development");
    assert.ok(labelNames.includes("(no label)"), labelNames.join(", "));
    const development = await child(store, "development");
    const keys = await labels(await children(development));
    assert.ok(keys.includes("Orders:Db") && keys.includes("Orders:Url"), keys.join(", "));
    const reference = await child(development, "Orders:Db");
    const item = await treeItem(reference);
    assert.equal(item.description, "→ ex-fresh (orders-dev)");
    assert.equal(item.command?.command, "secretHygiene.explorer.openReferencedSecret");
    assert.ok(!String(item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip).includes("orders.contoso.test"));
    const plain = await treeItem(await child(development, "Orders:Url"));
    assert.ok(!JSON.stringify(plain).includes("orders.contoso.test"), "values are not shown");
    const opened = await run<ActionResult & { node: Node }>("openReferencedSecret", reference);
    assert.equal(opened.ok, true, opened.message);
    // By id: tree nodes hold the whole explorer, and a failed strict-equal on them makes node's
    // assert diff the two object graphs, which never finishes.
    const fresh = await child(await child(await child(await rootById("mapped:"), "orders"), "orders-dev"), "ex-fresh");
    const openedId = (await treeItem(opened.node)).id;
    assert.ok(openedId, "tree items have ids");
    assert.equal(openedId, (await treeItem(fresh)).id);
  });

  test("the Markdown health report covers every mapped vault, names only", async () => {
    const report = await run<{ document: vscode.TextDocument; vaults: number }>("exportHealthReport", { show: false });
    assert.equal(report.vaults, 3);
    const text = report.document.getText();
    assert.match(text, /^# Key Vault health report/);
    for (const vault of ["orders-dev", "orders-prod", "explorer-legacy"]) assert.match(text, new RegExp(`^## ${vault}$`, "m"));
    assert.match(text, /\| ex-expired \| expired 3 d ago/);
    assert.match(text, /\| Warning \| Mapped to 2 environments \|/);
    assert.ok(!text.includes(fake("seeded-", "explorer-", "value")));
  });

  test("a secret moved into a vault shows in the view without a refresh, under every node of that vault", async () => {
    const listed = await child(await child(await child(undefined, "Local emulator"), "Key Vaults"), "orders-dev");
    assert.ok(!(await labels(await children(dev))).includes("ex-moved-webhook-token"), "not there before");
    await children(listed); // both nodes have listed the vault once
    const uri = workspaceFile("src/explorer_moved.py");
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`WEBHOOK_TOKEN = "${fake("Vt8]qL3x", "Rm5wK9", "Zc2")}"\n`));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand("secretHygiene.scanActiveFile");
      const [diagnostic] = await waitFor(() => ourDiagnostics(uri), (found) => found.length === 1, "the token's finding");
      const result = await vscode.commands.executeCommand<{ outcome: string; message: string }>("secretHygiene.moveSecretToKeyVault", { uri, range: diagnostic!.range, quiet: true, secretName: "ex-moved-webhook-token" });
      assert.equal(result.outcome, "moved", result.message);
      assert.ok((await labels(await children(dev))).includes("ex-moved-webhook-token"), "under the mapped environment");
      assert.ok((await labels(await children(listed))).includes("ex-moved-webhook-token"), "under the emulator's directory");
    } finally {
      await vscode.commands.executeCommand("workbench.action.closeAllEditors");
      await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    }
  });

  test("with nothing mapped the view offers Configure Vaults; an unreachable vault shows why", async () => {
    await writeMapping({ apps: [] });
    const hint = await eventually(async () => {
      const [first] = await children();
      const item = await treeItem(first!);
      if (item.command?.command !== "secretHygiene.configureVaults") throw new Error(`first root: ${labelOf(item)}`);
      return item;
    }, "the Configure Vaults hint");
    assert.match(labelOf(hint), /^Map this workspace's applications to vaults/);
    const rootLabels = await labels(await children());
    assert.ok(rootLabels.includes("Local emulator") && rootLabels.includes("Azure"), rootLabels.join(", "));

    // A loopback vault the running emulator does not serve is never contacted; the node says why.
    await writeMapping({ apps: [{ name: "ghost", environments: { development: { keyVault: "https://127.0.0.1:9" } } }] });
    const vault = await eventually(async () => child(await child(await rootById("mapped:"), "ghost"), /127\.0\.0\.1:9/), "the ghost vault");
    const nodes = await children(vault);
    const error = await treeItem(nodes[nodes.length - 1]!);
    assert.match(labelOf(error), /does not serve https:\/\/127\.0\.0\.1:9/);
    assert.equal((error.iconPath as vscode.ThemeIcon).id, "error");
    assert.equal(error.command?.command, "secretHygiene.explorer.refreshNode", "click to retry");
  });

  test("Sign In with the Azure CLI runs az login in a terminal, says to refresh afterwards, and its Refresh button reloads the view", async () => {
    const settings = vscode.workspace.getConfiguration("secretHygiene");
    await settings.update("azure.credential", "azureCli", vscode.ConfigurationTarget.Global);
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = { createTerminal: window.createTerminal, showInformationMessage: window.showInformationMessage };
    // A stand-in terminal: a real one would start a real `az login` on this machine.
    const sent: string[] = [];
    window.createTerminal = () => ({ show: () => undefined, sendText: (text: string) => sent.push(text), dispose: () => undefined });
    const said: { message: string; buttons: unknown[] }[] = [];
    let pressRefresh = () => {};
    window.showInformationMessage = (message: string, ...buttons: unknown[]) => {
      said.push({ message, buttons });
      return new Promise((resolve) => (pressRefresh = () => resolve("Refresh")));
    };
    let fullRefreshes = 0;
    const listening = provider.onDidChangeTreeData!((node) => {
      if (node === undefined) fullRefreshes++;
    });
    try {
      const result = await run("signIn");
      assert.equal(result?.ok, true);
      assert.deepEqual(sent, ["az login"]);
      assert.deepEqual(said, [{ message: "Secret Hygiene: Finish 'az login' in the terminal, then refresh the Vaults view.", buttons: ["Refresh"] }]);
      const before = fullRefreshes;
      pressRefresh();
      await waitFor(() => fullRefreshes, (count) => count > before, "the Vaults view to refresh");
    } finally {
      listening.dispose();
      Object.assign(window, original);
      await settings.update("azure.credential", undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
