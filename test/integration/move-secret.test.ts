// "Move to Key Vault" end to end in a real extension host: the quick fix offered on the finding,
// the secret stored in the emulator vault of the file's environment (checked with the test's own
// SecretClient), the literal replaced; and the fault matrix, where each failure leaves the document
// exactly as it was and the vault without anything this fix created.
import { AppConfigurationClient, parseSecretReference } from "@azure/app-configuration";
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { SecretClient } from "@azure/keyvault-secrets";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import * as https from "node:https";
import * as vscode from "vscode";
import type { SecretHygieneApi } from "../../src/extension/extension";
import type { MoveAllResult } from "../../src/extension/moves/move-all";
import type { MoveResult } from "../../src/extension/moves/move-secret";
import type { RunResult } from "../../src/extension/run/run-with-secrets";
import { activateExtension, cancelProgressWhen, EXTENSION_ID, ourDiagnostics, pythonNotebookFile, recordProgressMessages, waitFor, workspaceFile } from "./helpers";

interface EmulatorInfo {
  vaults: Record<string, string>;
  appConfig: Record<string, { endpoint: string; connectionString: string }>;
  arm: string;
  caCertPath: string;
}

const info = (): EmulatorInfo => JSON.parse(readFileSync(process.env.SECRET_HYGIENE_EMULATOR_INFO!, "utf8")) as EmulatorInfo;
const ca = () => readFileSync(info().caCertPath, "utf8");
const anyToken: TokenCredential = { getToken: (): Promise<AccessToken> => Promise.resolve({ token: "test", expiresOnTimestamp: Date.now() + 3_600_000 }) };

function vaultClient(vault: string): SecretClient {
  return new SecretClient(info().vaults[vault]!, anyToken, { tlsOptions: { ca: ca() }, disableChallengeResourceVerification: true, retryOptions: { maxRetries: 0 } });
}

function configClient(): AppConfigurationClient {
  return new AppConfigurationClient(info().appConfig["orders-config"]!.connectionString, { tlsOptions: { ca: ca() }, retryOptions: { maxRetries: 0 } });
}

/** Puts `file` (a path in `repo`) in the first commit of a new git repository at `repo`. */
function commitInNewRepository(repo: vscode.Uri, file: string): void {
  const git = (...args: string[]) => {
    const result = spawnSync("git", ["-C", repo.fsPath, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], { encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
  };
  git("init", "-q");
  git("add", file);
  git("commit", "-q", "-m", `add ${file}`);
}

/** Every value a test here handed to the extension: none may show up in its log. */
const handedOver: string[] = [];

/** The emulator's admin endpoint: faults and access levels, as a test would switch them. */
function faults(command: object): Promise<void> {
  const url = new URL("/_emulator/faults", info().arm);
  const body = JSON.stringify(command);
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method: "POST", ca: ca(), headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (response) => {
      response.resume();
      response.on("end", () => (response.statusCode! < 300 ? resolve() : reject(new Error(`admin endpoint: ${response.statusCode}`))));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** Made-up values, assembled so no literal sits whole in this file. */
const fake = (...parts: string[]) => {
  const value = parts.join("");
  handedOver.push(value);
  return value;
};
let counter = 0;

/** Writes `text` to the workspace file, shows it, scans it and waits for its `count` findings. */
async function writeAndOpenWith(relative: string, text: string, count: number): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const uri = workspaceFile(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand("secretHygiene.scanActiveFile");
  const diagnostics = await waitFor(() => ourDiagnostics(uri), (found) => found.length === count, `${count} finding(s) in ${relative}`);
  return { uri, document, diagnostics };
}

async function writeAndOpen(relative: string, text: string): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; diagnostic: vscode.Diagnostic }> {
  const { uri, document, diagnostics } = await writeAndOpenWith(relative, text, 1);
  return { uri, document, diagnostic: diagnostics[0]! };
}

function move(uri: vscode.Uri, range: vscode.Range, extra: object = {}): Thenable<MoveResult> {
  return vscode.commands.executeCommand<MoveResult>("secretHygiene.moveSecretToKeyVault", { uri, range, quiet: true, ...extra });
}

/**
 * Moves the finding while one vault request (`slowRequest`) takes 1.5 s, and edits the document
 * meanwhile: the move must find the document changed after storing.
 */
/**
 * Stands in for the dialogs of "Create a New Version": the offer's warning runs `onOffer` and
 * accepts, the input box gives `newValue`, and every other message is recorded. `restore` puts
 * the real dialogs back.
 */
function stubNewVersionDialogs(newValue: string, onOffer: () => Promise<void>): { said: { warning: string[]; information: string[]; error: string[] }; restore: () => void } {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = { warning: window.showWarningMessage, information: window.showInformationMessage, error: window.showErrorMessage, input: window.showInputBox };
  const said = { warning: [] as string[], information: [] as string[], error: [] as string[] };
  window.showWarningMessage = async (message: string, ...buttons: unknown[]) => {
    if (!buttons.includes("Create a New Version")) {
      said.warning.push(message);
      return undefined;
    }
    await onOffer();
    return "Create a New Version";
  };
  window.showInputBox = () => Promise.resolve(newValue);
  window.showInformationMessage = (message: string) => {
    said.information.push(message);
    return Promise.resolve(undefined);
  };
  window.showErrorMessage = (message: string) => {
    said.error.push(message);
    return Promise.resolve(undefined);
  };
  const restore = () => Object.assign(window, { showWarningMessage: original.warning, showInformationMessage: original.information, showErrorMessage: original.error, showInputBox: original.input });
  return { said, restore };
}

/**
 * Stands in for the move's messages: the one offering "Add the Key Vault Provider to Program.cs"
 * is answered with that button, and every message is recorded. `restore` puts the real ones back.
 */
function stubProviderOffer(): { said: { warning: string[]; information: string[]; error: string[] }; restore: () => void } {
  const button = "Add the Key Vault Provider to Program.cs";
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = { warning: window.showWarningMessage, information: window.showInformationMessage, error: window.showErrorMessage };
  const said = { warning: [] as string[], information: [] as string[], error: [] as string[] };
  const recorder = (into: string[]) => (message: string, ...buttons: unknown[]) => {
    into.push(message);
    return Promise.resolve(buttons.includes(button) ? button : undefined);
  };
  Object.assign(window, { showWarningMessage: recorder(said.warning), showInformationMessage: recorder(said.information), showErrorMessage: recorder(said.error) });
  const restore = () => Object.assign(window, { showWarningMessage: original.warning, showInformationMessage: original.information, showErrorMessage: original.error });
  return { said, restore };
}

async function moveWhileEditing(uri: vscode.Uri, range: vscode.Range, extra: object, slowRequest: object): Promise<MoveResult> {
  await faults({ add: [{ kind: "latency", ms: 1500, count: 1, match: { name: "orders-dev", ...slowRequest } }] });
  const pending = move(uri, range, extra);
  await new Promise((resolve) => setTimeout(resolve, 400));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), "// edited meanwhile\n");
  assert.ok(await vscode.workspace.applyEdit(edit));
  return pending;
}

/**
 * Runs `node <script>.js` with Run with Secrets and `envFile`, the script writing a hash of the
 * DB_PASSWORD it received (never the value) and its GREETING; checks both and that one reference
 * was resolved. The script and its output join `created` (removed after the suite; later runs may use the script).
 */
async function runGivesPasswordAndGreeting(envFile: string, script: string, password: string, created: vscode.Uri[]): Promise<void> {
  const source = workspaceFile(`${script}.js`);
  const output = workspaceFile(`${script}-out.txt`);
  created.push(source, output);
  await vscode.workspace.fs.writeFile(
    source,
    new TextEncoder().encode(`const c = require("crypto");\nrequire("fs").writeFileSync("${script}-out.txt", c.createHash("sha256").update(process.env.DB_PASSWORD || "").digest("hex") + " " + process.env.GREETING);\n`),
  );
  const result = await vscode.commands.executeCommand<RunResult>("secretHygiene.runWithSecrets", { envFile, command: `node ${script}.js`, wait: true });
  assert.equal(result.exitCode, 0, result.message);
  assert.equal(result.resolved, 1);
  const [hash, greeting] = readFileSync(output.fsPath, "utf8").split(" ");
  assert.equal(hash, createHash("sha256").update(password).digest("hex"));
  assert.equal(greeting, "hello");
}

/** Writes `envFile` (joining `created`), runs a command with it under Run with Secrets, and checks the run is refused before starting, saying `why`. */
async function runIsRefused(envFile: string, text: string, why: RegExp, created: vscode.Uri[]): Promise<RunResult> {
  const uri = workspaceFile(envFile);
  created.push(uri);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const result = await vscode.commands.executeCommand<RunResult>("secretHygiene.runWithSecrets", { envFile, command: "node -e 0", wait: true });
  assert.equal(result.started, false, result.message);
  assert.match(result.message, why);
  return result;
}

suite("move to Key Vault", () => {
  const created: vscode.Uri[] = [];

  suiteSetup(async () => {
    await activateExtension();
    for (const [environment, vault] of [["development", "orders-dev"], ["production", "orders-prod"]] as const) {
      await vscode.commands.executeCommand("secretHygiene.configureVaults", {
        app: "orders",
        environment,
        keyVault: info().vaults[vault],
        appConfiguration: { endpoint: info().appConfig["orders-config"]!.endpoint, label: environment },
      });
    }
    created.push(workspaceFile(".secrethygiene-vaults.json"));
  });

  /** Writes workspace files (removed after the suite), in the order given; their URIs. */
  const writeFiles = async (files: Record<string, string>): Promise<vscode.Uri[]> => {
    const uris = Object.keys(files).map((relative) => workspaceFile(relative));
    for (const [index, text] of Object.values(files).entries()) await vscode.workspace.fs.writeFile(uris[index]!, new TextEncoder().encode(text));
    created.push(...uris);
    return uris;
  };

  /** Writes the files, moves all their secrets without the preview, and checks that `count` moved. */
  const moveAllInFiles = async (files: Record<string, string>, count: number): Promise<{ uris: vscode.Uri[]; result: MoveAllResult }> => {
    const uris = await writeFiles(files);
    const result = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInWorkspace", { uris, preview: false, quiet: true, onCollision: "otherName" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.moved.length, count);
    return { uris, result };
  };

  teardown(async () => {
    await faults({ reset: true });
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  suiteTeardown(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test("the preferred quick fix stores the secret in the development vault and the code reads the environment", async () => {
    const value = fake("Wq8#rLz2", "Vn5tKp9x", `J${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/db.ts", `export const dbPassword = "${value}";\n`);
    created.push(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diagnostic.range);
    const preferred = actions.find((action) => action.isPreferred);
    assert.ok(preferred?.command, `a preferred fix; got ${actions.map((action) => action.title).join(" | ")}`);
    assert.equal(preferred.title, "Move to Key Vault (orders-dev · development)", "the emulator's vault by its name, as the Vaults view shows it");
    assert.ok(actions.some((action) => action.title === "Ignore this finding…"));
    assert.ok(actions.some((action) => action.title === "Add to baseline"));

    const args = preferred.command.arguments as [object];
    const result = await move(uri, diagnostic.range, args[0]);
    assert.equal(result.outcome, "moved", result.message);
    assert.ok(!result.message.includes(value), "the message never holds the value");
    assert.equal(document.getText(), "export const dbPassword = process.env.DB_PASSWORD!;\n");

    const stored = await vaultClient("orders-dev").getSecret(result.secretName!);
    assert.equal(stored.value, value);
    assert.equal(stored.properties.tags?.["rotation-days"], "60");
    assert.equal(stored.properties.tags?.env, "development");
    assert.equal(stored.properties.tags?.app, "orders");
    assert.ok(stored.properties.expiresOn && stored.properties.expiresOn.getTime() > Date.now() + 59 * 86_400_000, "expiry at the rotation date");
    await waitFor(() => ourDiagnostics(uri), (found) => found.length === 0, "the finding gone after the fix");
  });

  test("a URL carrying a webhook's token is a secret: Move to Key Vault stores the whole URL, and the diagnostic shows its host, not the token", async () => {
    const token = fake("Tq7mWz3K", "Rb8vXn2L", `Pd${counter++}`, "Hy4cJs6N");
    const url = `https://hooks.ops.orders.internal/notify/${token}`;
    const { uri, document, diagnostic } = await writeAndOpen("src/notify.ts", `export const notifyUrl = "${url}";\n`);
    created.push(uri);
    assert.ok(diagnostic.message.includes("https://hooks.ops.orders.internal/notify/") && !diagnostic.message.includes(token), diagnostic.message);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diagnostic.range);
    const preferred = actions.find((action) => action.isPreferred);
    assert.equal(preferred?.title, "Move to Key Vault (orders-dev · development)", actions.map((action) => action.title).join(" | "));
    const result = await move(uri, diagnostic.range, (preferred.command!.arguments as [object])[0]);
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(document.getText(), "export const notifyUrl = process.env.NOTIFY_URL!;\n");
    assert.equal((await vaultClient("orders-dev").getSecret(result.secretName!)).value, url);
  });

  test("a file its tool reads by itself (.pgpass): no move is offered, only why, and the move is refused with what works instead", async () => {
    const value = fake("Pz4&nTq8", "Lw2cV6", `Hm${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("db/.pgpass", `*:5432:orders:orders_app:${value}\n`);
    created.push(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diagnostic.range);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes("Why can't this secret move to Key Vault?"), `got ${titles.join(" | ")}`);
    assert.ok(!titles.some((title) => title.startsWith("Move")), "no move offered");
    assert.ok(!actions.some((action) => action.isPreferred), "nothing preferred");
    assert.ok(actions.some((action) => action.title === "Add to baseline"));
    // Asked why, the answer is information, not an error.
    const why = actions.find((action) => action.title === "Why can't this secret move to Key Vault?")!;
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = { information: window.showInformationMessage, error: window.showErrorMessage };
    const said: { information: string[]; error: string[] } = { information: [], error: [] };
    window.showInformationMessage = (message: string) => (said.information.push(message), Promise.resolve(undefined));
    window.showErrorMessage = (message: string) => (said.error.push(message), Promise.resolve(undefined));
    try {
      await vscode.commands.executeCommand(why.command!.command, ...(why.command!.arguments ?? []));
    } finally {
      Object.assign(window, { showInformationMessage: original.information, showErrorMessage: original.error });
    }
    assert.deepEqual(said.error, []);
    assert.ok(said.information.some((message) => /libpq.*PGPASSWORD/.test(message)), said.information.join(" | "));
    const result = await move(uri, diagnostic.range);
    assert.equal(result.outcome, "failed");
    assert.match(result.message, /libpq.*PGPASSWORD/);
    assert.ok(!result.message.includes(value), "the message never holds the value");
    assert.equal(document.getText(), `*:5432:orders:orders_app:${value}\n`, "the file is unchanged");
  });

  test("two findings under the cursor: each quick fix names its finding, so no title shows twice", async () => {
    const first = fake("ghp", "_q8YinwlPpCBDyHa6iXrcs3Q4TRvcXk0afAfO");
    const second = fake("ghp", "_Vb3Hq8Zw1Lk6Xr9Tn4Pc7Md2Fj5Sy0Ge3UaW");
    const [uri] = await writeFiles({ "src/two-tokens.ts": `export const tokens = ["${first}", "${second}"];\n` });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri!));
    const found = await waitFor(() => ourDiagnostics(uri!), (diagnostics) => diagnostics.length === 2, "two findings on one line");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, found[0]!.range.union(found[1]!.range));
    const titles = actions.map((action) => action.title).filter((title) => /Key Vault|Ignore|baseline/.test(title));
    assert.equal(new Set(titles).size, titles.length, titles.join(" | "));
    assert.ok(titles.includes("Add to baseline — GitHub token: ghp_…(40) at 1:25"), titles.join(" | "));
    assert.ok(!titles.some((title) => title.includes(first) || title.includes(second)), "no title holds a value");
  });

  test("a notebook cell's secret goes to the notebook's vault, and the cell reads the environment in Python", async () => {
    const value = fake("Hq3!mZ7w", "Lp2vRx8k", `N${counter++}`);
    const uri = workspaceFile("src/analysis.ipynb");
    await vscode.workspace.fs.writeFile(uri, pythonNotebookFile(`import os\ndb_password = "${value}"\n`));
    created.push(uri);
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    await vscode.window.showNotebookDocument(notebook);
    const cell = notebook.cellAt(0).document;
    const [diagnostic] = await waitFor(() => ourDiagnostics(cell.uri), (found) => found.length === 1, "one finding in the notebook's cell");

    const result = await move(cell.uri, diagnostic!.range);
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.vaultUrl, info().vaults["orders-dev"]);
    // (No text in the messages: on a failure the cell would still hold the value.)
    assert.ok(cell.getText() === 'import os\ndb_password = os.environ["DB_PASSWORD"]\n', "the cell reads the environment, in its language");
    assert.equal((await vaultClient("orders-dev").getSecret(result.secretName!)).value, value);
    await notebook.save();
    assert.ok(!readFileSync(uri.fsPath, "utf8").includes(value), "the saved notebook no longer holds the value");
  });

  test("a notebook cell under %%bash reads the variable as a shell script does; a %%javascript cell's light bulb offers only the reason", async () => {
    const value = fake("Hq3!mZ7w", "Lp2vRx8k", `B${counter++}`);
    const pageValue = fake("Wd5!kT9q", "Zn3bMv6h", `J${counter++}`);
    const uri = workspaceFile("src/bash_cells.ipynb");
    await vscode.workspace.fs.writeFile(uri, pythonNotebookFile(`%%bash\nexport NIGHTLY_DUMP_PASSWORD="${value}"\npsql -c 'select 1'\n`, `%%javascript\nconst dbPassword = "${pageValue}";\n`));
    created.push(uri);
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    await vscode.window.showNotebookDocument(notebook);
    const bash = notebook.cellAt(0).document;
    const page = notebook.cellAt(1).document;
    const [pageDiagnostic] = await waitFor(() => ourDiagnostics(page.uri), (found) => found.length === 1, "one finding in the %%javascript cell");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", page.uri, pageDiagnostic!.range);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes("Why can't this secret move to Key Vault?"), titles.join(" | "));
    assert.ok(!titles.some((title) => title.startsWith("Move to Key Vault")), titles.join(" | "));

    const [diagnostic] = await waitFor(() => ourDiagnostics(bash.uri), (found) => found.length === 1, "one finding in the %%bash cell");
    const result = await move(bash.uri, diagnostic!.range);
    assert.equal(result.outcome, "moved", result.message);
    // (No text in the messages: on a failure the cell would still hold the value.)
    assert.ok(bash.getText() === `%%bash\nexport NIGHTLY_DUMP_PASSWORD="\${NIGHTLY_DUMP_PASSWORD:?NIGHTLY_DUMP_PASSWORD is not set}"\npsql -c 'select 1'\n`, "the cell reads the environment as bash, with no import os");
    assert.equal((await vaultClient("orders-dev").getSecret(result.secretName!)).value, value);
  });

  test("a production file's secret goes to the production vault; appsettings loses the value", async () => {
    const password = fake("Tz4$nB8r", "Q2wLm6", `Zs${counter++}`);
    const text = `{\n  "ConnectionStrings": {\n    "Catalog": "Server=tcp:catalog.database.windows.net,1433;Database=catalog;User ID=app;Password=${password};Encrypt=True;"\n  },\n  "Logging": { "LogLevel": { "Default": "Warning" } }\n}\n`;
    const { uri, document, diagnostic } = await writeAndOpen("config/appsettings.Production.json", text);
    created.push(uri);
    const result = await move(uri, diagnostic.range);
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.secretName, "ConnectionStrings--Catalog");
    assert.equal(result.vaultUrl, info().vaults["orders-prod"]);
    // The emulator's vaults have soft delete on and purge protection off: said for production only.
    assert.match(result.message, /\. Purge protection is off in \S+, a production vault: a deleted secret there can be purged for good before its retention ends\./);
    assert.doesNotMatch(result.message, /Soft delete is off/);
    assert.ok(!document.getText().includes(password));
    const stored = await vaultClient("orders-prod").getSecret("ConnectionStrings--Catalog");
    assert.match(stored.value!, /^Server=tcp:catalog\.database\.windows\.net.*Password=/, "the whole connection string is one secret");
    assert.ok(stored.value!.includes(password));
  });

  test("a file whose path names production but no convention places: the preferred fix asks for the environment, and stores nothing on Escape", async () => {
    const value = fake("Kd5%wTq9", "Bn3rXz7m", `E${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("deploy/prod-eus/db.ts", `export const dbPassword = "${value}";\n`);
    created.push(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diagnostic.range);
    const preferred = actions.find((action) => action.isPreferred);
    assert.equal(preferred?.title, "Move to Key Vault (asks for the environment)", `got ${actions.map((action) => action.title).join(" | ")}`);
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.showQuickPick;
    const offered: string[][] = [];
    let answer: string | undefined;
    window.showQuickPick = (items: readonly { label: string }[]) => {
      offered.push(items.map((item) => item.label));
      return Promise.resolve(items.find((item) => item.label === answer));
    };
    try {
      const args = preferred?.command?.arguments as [object];
      const escaped = await move(uri, diagnostic.range, args[0]);
      assert.equal(escaped.outcome, "cancelled", escaped.message);
      assert.ok(document.getText().includes(value), "nothing changed on Escape");
      answer = "production";
      const result = await move(uri, diagnostic.range, args[0]);
      assert.equal(result.outcome, "moved", result.message);
      assert.equal(result.vaultUrl, info().vaults["orders-prod"]);
      assert.deepEqual(offered, [["development", "production"], ["development", "production"]]);
      const stored = await vaultClient("orders-prod").getSecret(result.secretName!);
      assert.equal(stored.value, value);
      assert.equal(stored.properties.tags?.env, "production");
    } finally {
      window.showQuickPick = original;
    }
  });

  test("a file whose name holds a production word goes to production; Move all skips a file in doubt rather than guess", async () => {
    const named = fake("Hs8@pVw3", "Qm6tLz2c", `N${counter++}`);
    // (Its own variable: the test above leaves db-password in the production vault.)
    const { uri, diagnostic } = await writeAndOpen("deploy/ledger.prod.ts", `export const ledgerPassword = "${named}";\n`);
    created.push(uri);
    const result = await move(uri, diagnostic.range);
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.vaultUrl, info().vaults["orders-prod"]);

    const doubtful = fake("Yc2^mRk7", "Tw9nBq4x", `D${counter++}`);
    const [doubtfulUri] = await writeFiles({ "deploy/prod-eus/cache.ts": `export const cachePassword = "${doubtful}";\n` });
    const all = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInWorkspace", { uris: [doubtfulUri], preview: false, quiet: true, onCollision: "otherName" });
    assert.equal(all.moved.length, 0, all.message);
    assert.match(all.skipped[0]?.reason ?? "", /prod-eus names production \('prod'\).*Move its secrets one at a time to choose the environment/);
    assert.ok(readFileSync(doubtfulUri!.fsPath, "utf8").includes(doubtful), "the file is unchanged");
  });

  test("an ARM parameters file: the value becomes a reference that names the vault by the resource id Resource Manager reports", async () => {
    const password = fake("Rv7!kQ2m", "Xw9pLt4z", `P${counter++}`);
    const text = [
      "{",
      '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",',
      '  "contentVersion": "1.0.0.0",',
      '  "parameters": {',
      '    "adminPassword": {',
      `      "value": "${password}"`,
      "    }",
      "  }",
      "}",
      "",
    ].join("\n");
    const { uri, document, diagnostic } = await writeAndOpen("infra/production/main.parameters.json", text);
    created.push(uri);
    const result = await move(uri, diagnostic.range);
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.vaultUrl, info().vaults["orders-prod"]);
    assert.ok(!document.getText().includes(password));
    const reference = (JSON.parse(document.getText()) as { parameters: { adminPassword: { reference: { keyVault: { id: string }; secretName: string } } } }).parameters.adminPassword.reference;
    assert.equal(reference.secretName, result.secretName);
    assert.match(reference.keyVault.id, /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.KeyVault\/vaults\/orders-prod$/);
    assert.equal((await vaultClient("orders-prod").getSecret(result.secretName!)).value, password);
  });

  /**
   * Moves the value at `range` as `secretName` and presses Cancel on the progress notification whose
   * title matches `title` as soon as it shows; checks that there was one, and that it could be cancelled.
   */
  const moveCancellingProgress = async (title: RegExp, uri: vscode.Uri, range: vscode.Range, secretName: string): Promise<MoveResult> => {
    const progress = cancelProgressWhen(title, () => Promise.resolve(true));
    let result: MoveResult;
    try {
      result = await move(uri, range, { secretName });
    } finally {
      progress.restore();
    }
    const shown = progress.shown.find((options) => title.test(options.title ?? ""));
    assert.ok(shown, `a progress notification matching ${title} (got ${JSON.stringify(progress.shown.map((options) => options.title))})`);
    assert.equal(shown.cancellable, true);
    return result;
  };

  test("an ARM parameters file on a slow Resource Manager: the vault's id is looked up under a progress notification, and its Cancel stops the move before anything is stored", async function () {
    this.timeout(30_000);
    const password = fake("Mk3!vR8q", "Hw5zNc2t", `Q${counter++}`);
    const text = `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    "reportingPassword": { "value": "${password}" }\n  }\n}\n`;
    const { uri, document, diagnostic } = await writeAndOpen("infra/production/reporting.parameters.json", text);
    created.push(uri);
    await faults({ add: [{ kind: "latency", ms: 10_000, count: 1, match: { service: "arm", method: "GET" } }] });
    const result = await moveCancellingProgress(/Resource Manager id/, uri, diagnostic.range, "reporting-password");
    assert.equal(result.outcome, "cancelled", result.message);
    assert.equal(result.message, "Cancelled; nothing was stored.");
    assert.equal(document.getText(), text);
    await assert.rejects(vaultClient("orders-prod").getSecret("reporting-password"), /not found|SecretNotFound/i);
  });

  test("a Terraform resource argument: read from the vault by a data block that names it by its resource id", async () => {
    const password = fake("Tz4!mW8q", "Lb2nXr6v", `K${counter++}`);
    const text = [
      'resource "azurerm_mssql_server" "orders" {',
      '  name                         = "orders-sql"',
      '  administrator_login          = "ordersadmin"',
      `  administrator_login_password = "${password}"`,
      "}",
      "",
    ].join("\n");
    const { uri, document, diagnostic } = await writeAndOpen("infra/production/sql.tf", text);
    created.push(uri);
    const result = await move(uri, diagnostic.range);
    assert.equal(result.outcome, "moved", result.message);
    const after = document.getText();
    assert.ok(!after.includes(password));
    const label = /administrator_login_password = data\.azurerm_key_vault_secret\.(\w+)\.value/.exec(after)?.[1];
    assert.ok(label, "the argument reads a data source");
    const block = new RegExp(`data "azurerm_key_vault_secret" "${label}" \\{\\n  name {9}= "([^"]+)"\\n  key_vault_id = "([^"]+)"\\n\\}`).exec(after);
    assert.ok(block, "the data block names the secret and the vault");
    assert.equal(block[1], result.secretName);
    assert.match(block[2]!, /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.KeyVault\/vaults\/orders-prod$/);
    assert.equal((await vaultClient("orders-prod").getSecret(result.secretName!)).value, password);
  });

  test("403 (read-only principal): nothing stored, document unchanged, the message names the role", async () => {
    const value = fake("Hk3!vR9m", "Yt6pQ2", `Lw${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/readonly.ts", `export const apiSecret = "${value}";\n`);
    created.push(uri);
    const before = document.getText();
    await faults({ access: [{ level: "read-only", match: { name: "orders-dev" } }] });
    const result = await move(uri, diagnostic.range, { secretName: "readonly-api-secret" });
    assert.equal(result.outcome, "failed");
    assert.match(result.message, /Key Vault Secrets Officer/);
    assert.ok(!result.message.includes(value));
    assert.equal(document.getText(), before);
    await assert.rejects(vaultClient("orders-dev").getSecret("readonly-api-secret"), /not found|SecretNotFound/i);
  });

  test("429 with Retry-After is retried and the move completes", async () => {
    const value = fake("Pn7@dX2k", "Fs9wE4", `Rb${counter++}`);
    const { uri, diagnostic } = await writeAndOpen("src/throttled.ts", `export const clientSecret = "${value}";\n`);
    created.push(uri);
    await faults({ add: [{ kind: "throttle", count: 1, retryAfterSeconds: 1, match: { name: "orders-dev", method: "PUT" } }] });
    const result = await move(uri, diagnostic.range, { secretName: "throttled-client-secret" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal((await vaultClient("orders-dev").getSecret("throttled-client-secret")).value, value);
  });

  test("500 on every try: nothing stored, document unchanged", async () => {
    const value = fake("Gv5^mT8q", "Ws3nK6", `Dj${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/failing.ts", `export const appSecret = "${value}";\n`);
    created.push(uri);
    const before = document.getText();
    await faults({ add: [{ kind: "serverError", count: 10, match: { name: "orders-dev", method: "PUT" } }] });
    const result = await move(uri, diagnostic.range, { secretName: "failing-app-secret" });
    assert.equal(result.outcome, "failed");
    assert.equal(document.getText(), before);
    await assert.rejects(vaultClient("orders-dev").getSecret("failing-app-secret"), /not found|SecretNotFound/i);
  });

  test("dropped connections on every try: a network message, nothing stored, document unchanged", async () => {
    const value = fake("Rc8<vB2n", "Gx4mJ7", `Ws${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/dropped.ts", `export const serviceSecret = "${value}";\n`);
    created.push(uri);
    const before = document.getText();
    await faults({ add: [{ kind: "dropConnection", count: 10, match: { name: "orders-dev", method: "PUT" } }] });
    const result = await move(uri, diagnostic.range, { secretName: "dropped-service-secret" });
    assert.equal(result.outcome, "failed");
    assert.match(result.message, /network|connection|reach/i);
    assert.equal(document.getText(), before);
    await faults({ reset: true });
    await assert.rejects(vaultClient("orders-dev").getSecret("dropped-service-secret"), /not found|SecretNotFound/i);
  });

  test("a soft-deleted name: another name, or recover it and add a version, as chosen", async () => {
    const client = vaultClient("orders-dev");
    await client.setSecret("deleted-api-secret", fake("Old7>valu", "e9Xq2", `Ab${counter++}`));
    await (await client.beginDeleteSecret("deleted-api-secret")).pollUntilDone();

    const value = fake("Mk5?tR8c", "Yp2wL6", `Hn${counter++}`);
    const first = await writeAndOpen("src/deleted-name.ts", `export const apiSecret = "${value}";\n`);
    created.push(first.uri);
    const other = await move(first.uri, first.diagnostic.range, { secretName: "deleted-api-secret", onCollision: "otherName" });
    assert.equal(other.outcome, "moved", other.message);
    assert.equal(other.secretName, "deleted-api-secret-2");
    assert.equal((await client.getSecret("deleted-api-secret-2")).value, value);

    const second = fake("Pz3|qW7e", "Nc1vK5", `Lm${counter++}`);
    const next = await writeAndOpen("src/recovered-name.ts", `export const apiSecret = "${second}";\n`);
    created.push(next.uri);
    const recovered = await move(next.uri, next.diagnostic.range, { secretName: "deleted-api-secret", onCollision: "newVersion" });
    assert.equal(recovered.outcome, "moved", recovered.message);
    assert.equal(recovered.secretName, "deleted-api-secret");
    assert.equal((await client.getSecret("deleted-api-secret")).value, second);
    const versions = [];
    for await (const version of client.listPropertiesOfSecretVersions("deleted-api-secret")) versions.push(version);
    assert.equal(versions.length, 2, "the recovered version and the new one");
  });

  test("a deleted secret recovered for a move that is then undone goes back to deleted", async () => {
    // The deleted secret holds the very value: recovering it is all the move does to the vault.
    const client = vaultClient("orders-dev");
    const value = fake("Rv4^mQ8k", "Wt3zJ6", `Pc${counter++}`);
    await client.setSecret("recovered-then-undone", value);
    await (await client.beginDeleteSecret("recovered-then-undone")).pollUntilDone();
    const { uri, document, diagnostic } = await writeAndOpen("src/recovered-undone.ts", `export const apiSecret = "${value}";\n`);
    created.push(uri);
    const result = await moveWhileEditing(uri, diagnostic.range, { secretName: "recovered-then-undone", onCollision: "newVersion" }, { method: "POST", path: "recover" });
    assert.equal(result.outcome, "failed", result.message);
    assert.match(result.message, /recovered from soft delete for this move, was deleted again/);
    assert.ok(document.getText().includes(value), "the file keeps its value");
    await assert.rejects(client.getSecret("recovered-then-undone"), /not found|SecretNotFound|deleted/i);
  });

  test("the document changes while storing: the edit is not applied and the new secret is removed again", async () => {
    const value = fake("Qx2&bN7v", "Lc5rM9", `Ht${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/racing.ts", `export const authSecret = "${value}";\n`);
    created.push(uri);
    const result = await moveWhileEditing(uri, diagnostic.range, { secretName: "racing-auth-secret" }, { method: "PUT" });
    assert.equal(result.outcome, "failed");
    assert.match(result.message, /changed/);
    assert.equal(document.getText(), `// edited meanwhile\nexport const authSecret = "${value}";\n`);
    await assert.rejects(vaultClient("orders-dev").getSecret("racing-auth-secret"), /not found|SecretNotFound|deleted/i);
  });

  test("the file is renamed while storing: the message says so, not that the file changed, and the new secret is removed again", async () => {
    const value = fake("Vk7&cR2m", "Tz4pW8", `Hq${counter++}`);
    const { uri, diagnostic } = await writeAndOpen("src/renamed-meanwhile.ts", `export const authSecret = "${value}";\n`);
    const renamed = workspaceFile("src/renamed-meanwhile-2.ts");
    created.push(uri, renamed);
    await faults({ add: [{ kind: "latency", ms: 1500, count: 1, match: { name: "orders-dev", method: "PUT" } }] });
    const pending = move(uri, diagnostic.range, { secretName: "renamed-meanwhile-secret" });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(rename));
    const result = await pending;
    assert.equal(result.outcome, "failed");
    assert.match(result.message, /^The file was closed or renamed during the move, so it was not edited\./);
    assert.ok((await vscode.workspace.openTextDocument(renamed)).getText().includes(value), "the renamed file keeps its value");
    await assert.rejects(vaultClient("orders-dev").getSecret("renamed-meanwhile-secret"), /not found|SecretNotFound|deleted/i);
  });

  test("a write whose answer was lost and that the SDK sent again: the undo takes back both copies", async () => {
    const value = fake("Wt3^pL8s", "Ge4nB6", `Jk${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/retried.ts", `export const authSecret = "${value}";\n`);
    created.push(uri);
    // The first PUT is carried out but its answer never arrives; the SDK's retry makes a second version.
    await faults({ add: [{ kind: "dropResponse", count: 1, match: { name: "orders-dev", method: "PUT", path: "retried-auth-secret" } }] });
    const result = await moveWhileEditing(uri, diagnostic.range, { secretName: "retried-auth-secret" }, { method: "PUT", path: "retried-auth-secret" });
    assert.equal(result.outcome, "failed");
    assert.match(result.message, /was deleted again/);
    assert.ok(document.getText().includes(value), "the file keeps its value");
    await assert.rejects(vaultClient("orders-dev").getSecret("retried-auth-secret"), /not found|SecretNotFound|deleted/i, "no copy of the value is left readable");
  });

  test("a new version that cannot be used is taken back: the value that was current before is current again", async () => {
    const client = vaultClient("orders-dev");
    const before = fake("Qa2@wS4e", "Dr6tF8", `Gy${counter++}`);
    await client.setSecret("versioned-token", before);
    const value = fake("Hu1#jK3l", "Zx5cV7", `Bn${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/versioned.ts", `export const authToken = "${value}";\n`);
    created.push(uri);
    const result = await moveWhileEditing(uri, diagnostic.range, { secretName: "versioned-token", onCollision: "newVersion" }, { method: "PUT", path: "versioned-token" });
    assert.equal(result.outcome, "failed");
    assert.match(result.message, /previous value/);
    assert.ok(document.getText().includes(value), "the file keeps its value");
    const current = await client.getSecret("versioned-token");
    assert.equal(current.value, before, "readers of the latest version get the old value, not a disabled version");
    assert.equal(current.properties.enabled, true);
  });

  test("name collisions: the same value is reused; a different value is not overwritten unless asked", async () => {
    const value = fake("Mv6*kW3z", "Bp8xR2", `Nf${counter++}`);
    const other = fake("Ca9(eY4u", "Hq7sT1", `Vg${counter++}`);
    const client = vaultClient("orders-dev");
    await client.setSecret("collide-token", other);

    const first = await writeAndOpen("src/collide.ts", `export const authToken = "${value}";\n`);
    created.push(first.uri);
    const before = first.document.getText();
    const cancelled = await move(first.uri, first.diagnostic.range, { secretName: "collide-token", onCollision: "cancel" });
    assert.equal(cancelled.outcome, "cancelled");
    assert.equal(first.document.getText(), before);
    assert.equal((await client.getSecret("collide-token")).value, other, "the existing value is untouched");

    await client.setSecret("same-token", value);
    const reused = await move(first.uri, first.diagnostic.range, { secretName: "same-token" });
    assert.equal(reused.outcome, "moved", reused.message);
    assert.equal(reused.reused, true);
    const versions = [];
    for await (const version of client.listPropertiesOfSecretVersions("same-token")) versions.push(version);
    assert.equal(versions.length, 1, "no new version for the same value");
  });

  test("two moves proposing one name at once: the first value keeps it, the second gets another name", async () => {
    const first = fake("Rq4!mT8v", "Kd2wP9", `Xa${counter++}`);
    const second = fake("Lu7#cF3n", "Ye5sJ6", `Wb${counter++}`);
    const a = await writeAndOpen("src/race-a.ts", `export const authToken = "${first}";\n`);
    const b = await writeAndOpen("src/race-b.ts", `export const authToken = "${second}";\n`);
    created.push(a.uri, b.uri);
    // Both moves find the name free (their first look at it is held back), then both want to write it.
    await faults({ add: [{ kind: "latency", ms: 1000, count: 2, match: { name: "orders-dev", method: "GET", path: "/secrets/race-token" } }] });
    const [movedA, movedB] = await Promise.all([
      move(a.uri, a.diagnostic.range, { secretName: "race-token", onCollision: "otherName" }),
      move(b.uri, b.diagnostic.range, { secretName: "race-token", onCollision: "otherName" }),
    ]);
    assert.equal(movedA.outcome, "moved", movedA.message);
    assert.equal(movedB.outcome, "moved", movedB.message);
    assert.deepEqual([movedA.secretName, movedB.secretName].sort(), ["race-token", "race-token-2"]);
    const client = vaultClient("orders-dev");
    const owner = movedA.secretName === "race-token" ? first : second;
    assert.ok((await client.getSecret("race-token")).value === owner, "race-token holds the value of the move that was given it");
    assert.ok((await client.getSecret("race-token-2")).value === (owner === first ? second : first), "race-token-2 holds the other value");
    const versions = [];
    for await (const version of client.listPropertiesOfSecretVersions("race-token")) versions.push(version);
    assert.equal(versions.length, 1, "the second value was not written as a new version of the first's secret");
  });

  /** A new repository in the workspace whose one commit holds `value` in client.ts, opened and scanned. */
  const openCommittedSecret = async (folder: string, value: string) => {
    const repo = workspaceFile(folder);
    const file = vscode.Uri.joinPath(repo, "client.ts");
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`export const clientSecret = "${value}";\n`));
    created.push(repo);
    commitInNewRepository(repo, "client.ts");
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("secretHygiene.scanActiveFile");
    const [diagnostic] = await waitFor(() => ourDiagnostics(file), (found) => found.length === 1, "the committed secret");
    return { file, document, diagnostic: diagnostic! };
  };

  test("a value already committed in git HEAD: moved, and the result says it must be rotated", async () => {
    const value = fake("Nw3{gH7d", "Vs5pK9", `Ty${counter++}`);
    const { file, diagnostic } = await openCommittedSecret("committed-repo", value);
    const result = await move(file, diagnostic.range, { secretName: "committed-client-secret" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.committed, true);
    assert.match(result.message, /last commit \(HEAD\).*Rotate it/);
  });

  test("Create a New Version after a committed move, its answer lost after Key Vault made the version: reported as made, not as a network failure", async function () {
    this.timeout(60_000);
    const value = fake("Rb8}tN2q", "Jc4wE6", `Uk${counter++}`);
    const newValue = fake("Gm5|sA9e", "Px7yH3", `Od${counter++}`);
    const { file, diagnostic } = await openCommittedSecret("committed-rotate-repo", value);
    // From the offer on, every PUT of the secret is carried out and its answer dropped (the SDK's retries too).
    const { said, restore } = stubNewVersionDialogs(newValue, () =>
      faults({ add: [{ kind: "dropResponse", count: 10, match: { name: "orders-dev", method: "PUT", path: "/secrets/committed-rotate-secret" } }] }),
    );
    try {
      const result = await move(file, diagnostic.range, { secretName: "committed-rotate-secret", quiet: false });
      assert.equal(result.outcome, "moved", result.message);
      assert.equal(result.committed, true);
      await waitFor(() => said.information.length + said.error.length, (count) => count > 0, "the new version's result", 45_000);
    } finally {
      restore();
      await faults({ reset: true });
    }
    assert.deepEqual(said.error, [], "no failure is reported");
    assert.match(said.information[0] ?? "", /'committed-rotate-secret' has a new version in \S+\. The connection dropped before Key Vault answered, but it had made the version/);
    const stored = await vaultClient("orders-dev").getSecret("committed-rotate-secret");
    assert.ok(stored.value === newValue, "the vault serves the new value");
  });

  test("Create a New Version runs under a cancellable progress notification; cancelled after Key Vault made the version, it is taken back and the message says so", async function () {
    this.timeout(60_000);
    const value = fake("Hq3~wZ8k", "Bn6rT1", `Fe${counter++}`);
    const newValue = fake("Lc9^pV4s", "Mj2uX5", `Ri${counter++}`);
    const { file, diagnostic } = await openCommittedSecret("committed-cancel-repo", value);
    // The new version's PUT is carried out and its answer dropped: the SDK waits (about a second), then would retry.
    const { said, restore } = stubNewVersionDialogs(newValue, () =>
      faults({ add: [{ kind: "dropResponse", count: 1, match: { name: "orders-dev", method: "PUT", path: "/secrets/committed-cancel-secret" } }] }),
    );
    // The real notification, whose Cancel the test presses once the vault holds the new value.
    const progress = cancelProgressWhen(/new version of 'committed-cancel-secret'/, async () => (await vaultClient("orders-dev").getSecret("committed-cancel-secret")).value === newValue);
    try {
      const result = await move(file, diagnostic.range, { secretName: "committed-cancel-secret", quiet: false });
      assert.equal(result.outcome, "moved", result.message);
      assert.equal(result.committed, true);
      await waitFor(() => said.warning.length + said.information.length + said.error.length, (count) => count > 0, "the new version's result", 45_000);
    } finally {
      restore();
      progress.restore();
      await faults({ reset: true });
    }
    const rotation = progress.shown.find((options) => /new version of 'committed-cancel-secret'/.test(options.title ?? ""));
    assert.ok(rotation, `a progress notification for the new version (got ${JSON.stringify(progress.shown.map((options) => options.title))})`);
    assert.equal(rotation.location, vscode.ProgressLocation.Notification);
    assert.equal(rotation.cancellable, true);
    assert.deepEqual([said.information, said.error], [[], []], "neither a success nor a failure is reported");
    assert.match(said.warning[0] ?? "", /was cancelled\. The vault had accepted the value before the failure: 'committed-cancel-secret' has its previous value as the current version again; the new version was disabled\./);
    const stored = await vaultClient("orders-dev").getSecret("committed-cancel-secret");
    assert.ok(stored.value === value, "the vault serves the value from before the new version again");
  });

  test("Move all secrets in this file, from a notebook cell: every cell of the notebook", async () => {
    const values = [fake("Pw6[cX1v", "Hr3nJ7", `Ga${counter++}`), fake("Kt9]mQ4z", "Ly8bD2", `Ws${counter++}`)];
    const uri = workspaceFile("src/two_cells.ipynb");
    await vscode.workspace.fs.writeFile(uri, pythonNotebookFile(`search_api_key = "${values[0]}"\n`, `smtp_password = "${values[1]}"\n`));
    created.push(uri);
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    await vscode.window.showNotebookDocument(notebook);
    const [first, second] = notebook.getCells().map((c) => c.document);
    await waitFor(() => ourDiagnostics(second!.uri), (found) => found.length === 1, "the second cell's finding");
    const result = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInFile", { uri: first!.uri, quiet: true, onCollision: "otherName" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.moved.length, 2, result.message);
    assert.ok(!first!.getText().includes(values[0]!) && !second!.getText().includes(values[1]!), "both cells lost their values");
    await notebook.save();
  });

  test("a value committed in a notebook: moved out of its cell, and the result says it must be rotated", async () => {
    // A double quote in the code is \" in the notebook's JSON: the committed file holds it escaped.
    const value = fake('Qe7"mR2', "Xt9vB4", `Lk${counter++}`);
    const repo = workspaceFile("committed-notebook-repo");
    const file = vscode.Uri.joinPath(repo, "analysis.ipynb");
    await vscode.workspace.fs.writeFile(file, pythonNotebookFile(`api_token = '${value}'\n`));
    created.push(repo);
    commitInNewRepository(repo, "analysis.ipynb");
    const notebook = await vscode.workspace.openNotebookDocument(file);
    await vscode.window.showNotebookDocument(notebook);
    const cell = notebook.cellAt(0).document;
    const [diagnostic] = await waitFor(() => ourDiagnostics(cell.uri), (found) => found.length === 1, "the committed secret in the cell");
    const result = await move(cell.uri, diagnostic!.range, { secretName: "committed-notebook-token" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.committed, true);
    assert.match(result.message, /last commit \(HEAD\).*Rotate it/);
    await notebook.save();
  });

  test("a value already in the vault under another name is used, not copied", async () => {
    const value = fake("Yb6)sQ1p", "Zr4kM8", `Cx${counter++}`);
    await vaultClient("orders-dev").setSecret("shared-signing-key", value);
    const { uri, diagnostic } = await writeAndOpen("src/signing.ts", `export const signingSecret = "${value}";\n`);
    created.push(uri);
    const result = await move(uri, diagnostic.range, { secretName: "signing-secret", onCollision: "otherName" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.secretName, "shared-signing-key");
    assert.equal(result.reused, true);
    await assert.rejects(vaultClient("orders-dev").getSecret("signing-secret"), /not found|SecretNotFound/i);
  });

  test("a secret leaving appsettings.json: Program.cs gets the Key Vault provider, and appsettings.Development.json (created), not the shared file, names the vault", async () => {
    const program = workspaceFile("web/Program.cs");
    await vscode.workspace.fs.writeFile(program, new TextEncoder().encode("var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n"));
    created.push(program);
    const environmentFile = workspaceFile("web/appsettings.Development.json");
    created.push(environmentFile);
    await vscode.workspace.fs.delete(environmentFile).then(undefined, () => undefined);
    const password = fake("Fk2]wN6x", "Jd8tL3", `Pq${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("web/appsettings.json", `{\n  "Smtp": {\n    "Password": "${password}"\n  }\n}\n`);
    created.push(uri);
    const result = await move(uri, diagnostic.range, { addProvider: true });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.secretName, "Smtp--Password");
    const programText = (await vscode.workspace.openTextDocument(program)).getText();
    assert.match(programText, /^using Azure\.Identity;/);
    assert.match(programText, /builder\.Configuration\.AddAzureKeyVault\(new Uri\(builder\.Configuration\["KeyVault:Uri"\]/);
    // Every environment reads appsettings.json: the development vault named there would be production's too.
    assert.deepEqual(JSON.parse(document.getText()), { Smtp: {} });
    const environmentSettings = JSON.parse((await vscode.workspace.openTextDocument(environmentFile)).getText());
    assert.equal(environmentSettings.KeyVault.Uri, `${info().vaults["orders-dev"]}/`);
    assert.ok(result.message.includes(`KeyVault:Uri went into appsettings.Development.json (created; ASP.NET Core reads it when ASPNETCORE_ENVIRONMENT is Development), not appsettings.json. Set it for production in appsettings.Production.json (${info().vaults["orders-prod"]}/).`), result.message);
  });

  test("a secret leaving the shared appsettings.json: the result says production now lacks it; stored there on request, or by the message's button", async () => {
    const password = fake("Wq5]nB2x", "Lp7tC4", `Sd${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("shared-base/appsettings.json", `{\n  "Invoice": {\n    "Password": "${password}"\n  }\n}\n`);
    created.push(uri);
    const result = await move(uri, diagnostic.range, { secretName: "Invoice--Password", onCollision: "newVersion", otherEnvironments: "skip" });
    assert.equal(result.outcome, "moved", result.message);
    assert.deepEqual(JSON.parse(document.getText()), { Invoice: {} });
    assert.ok(result.message.includes("appsettings.json is read in every environment: production now lacks Invoice:Password; store it in its vault too (orders-prod)."), result.message);
    assert.ok(!result.message.includes(password), "no value in the message");
    await assert.rejects(vaultClient("orders-prod").getSecret("Invoice--Password"), /not found|SecretNotFound/i);

    // Asked ahead: stored in production's vault too, under the same name.
    const value = fake("Hr3]mV8k", "Nx2pQ6", `Fe${counter++}`);
    const opened = await writeAndOpen("shared-base-store/appsettings.json", `{\n  "Notify": {\n    "Password": "${value}"\n  }\n}\n`);
    created.push(opened.uri);
    const stored = await move(opened.uri, opened.diagnostic.range, { secretName: "Notify--Password", onCollision: "newVersion", otherEnvironments: "store" });
    assert.equal(stored.outcome, "moved", stored.message);
    assert.match(stored.message, /'Notify--Password' is stored in orders-prod \(production\) too\./);
    assert.equal((await vaultClient("orders-prod").getSecret("Notify--Password")).value, value);
    assert.equal((await vaultClient("orders-dev").getSecret("Notify--Password")).value, value);

    // The message's button, when nothing was asked ahead.
    const clickedValue = fake("Tb6]kR2w", "Mv4sJ9", `Ga${counter++}`);
    const third = await writeAndOpen("shared-base-button/appsettings.json", `{\n  "Outbox": {\n    "Password": "${clickedValue}"\n  }\n}\n`);
    created.push(third.uri);
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = { information: window.showInformationMessage, warning: window.showWarningMessage };
    const offered: string[][] = [];
    const said: string[] = [];
    let clicked: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (clicked = resolve));
    const recorder = (message: string, ...buttons: string[]) => {
      said.push(message);
      offered.push(buttons);
      if (/too\.$|Not stored in/.test(message)) clicked();
      return Promise.resolve(buttons.find((button) => /Vault.* Too$/.test(button)));
    };
    Object.assign(window, { showInformationMessage: recorder, showWarningMessage: recorder });
    try {
      const moved = await move(third.uri, third.diagnostic.range, { quiet: false, secretName: "Outbox--Password", onCollision: "newVersion" });
      assert.equal(moved.outcome, "moved", moved.message);
      await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`no second message: ${said.join(" | ")}`)), 15_000))]);
    } finally {
      Object.assign(window, { showInformationMessage: original.information, showWarningMessage: original.warning });
    }
    assert.ok(offered[0]?.includes("Store in production's Vault Too"), JSON.stringify(offered));
    assert.equal(said.at(-1), "Secret Hygiene: 'Outbox--Password' is stored in orders-prod (production) too.");
    assert.equal((await vaultClient("orders-prod").getSecret("Outbox--Password")).value, clickedValue);
  });

  test("Move all out of the shared appsettings.json: the result names what production lacks; stored there too on request", async () => {
    const smtp = fake("Vb4]qT7x", "Kw3nR8", `Ly${counter++}`);
    const queue = fake("Gd9]sP2m", "Hc5vX1", `Ru${counter++}`);
    const text = (first: string, second: string) => `{\n  "Mailer": {\n    "Password": "${first}"\n  },\n  "Ledger": {\n    "Password": "${second}"\n  }\n}\n`;
    const skipped = await writeAndOpenWith("shared-all-skip/appsettings.json", text(smtp, queue), 2);
    created.push(skipped.uri);
    const noted = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInFile", { uri: skipped.uri, quiet: true, onCollision: "newVersion", otherEnvironments: "skip" });
    assert.equal(noted.outcome, "moved", noted.message);
    assert.equal(noted.moved.length, 2, noted.message);
    assert.ok(noted.message.includes("appsettings.json is read in every environment: production now lacks Mailer:Password and Ledger:Password; store them in its vault too (orders-prod)."), noted.message);
    assert.ok(!noted.message.includes(smtp) && !noted.message.includes(queue), "no value in the message");
    await assert.rejects(vaultClient("orders-prod").getSecret("Mailer--Password"), /not found|SecretNotFound/i);

    const first = fake("Np6]wB3k", "Zs8tF2", `Qe${counter++}`);
    const second = fake("Xm2]rH9v", "Cj4dL7", `Wo${counter++}`);
    const stored = await writeAndOpenWith("shared-all-store/appsettings.json", text(first, second).replace(/Mailer/g, "Digest").replace(/Ledger/g, "Archive"), 2);
    created.push(stored.uri);
    const result = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInFile", { uri: stored.uri, quiet: true, onCollision: "newVersion", otherEnvironments: "store" });
    assert.equal(result.outcome, "moved", result.message);
    assert.ok(result.message.includes("'Digest--Password' and 'Archive--Password' are stored in orders-prod (production) too."), result.message);
    assert.equal((await vaultClient("orders-prod").getSecret("Digest--Password")).value, first);
    assert.equal((await vaultClient("orders-prod").getSecret("Archive--Password")).value, second);
    assert.equal((await vaultClient("orders-dev").getSecret("Archive--Password")).value, second);
  });

  test("a secret leaving appsettings.json beside appsettings.dev.json: KeyVault:Uri goes into that file, its other members kept", async () => {
    const program = workspaceFile("web-dev-file/Program.cs");
    await vscode.workspace.fs.writeFile(program, new TextEncoder().encode("var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n"));
    created.push(program);
    const [environmentFile] = await writeFiles({ "web-dev-file/appsettings.dev.json": `{\n  "Logging": { "Level": "Debug" }\n}\n` });
    const password = fake("Gh3]wN6y", "Ke8tL2", `Rq${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("web-dev-file/appsettings.json", `{\n  "Queue": {\n    "Password": "${password}"\n  }\n}\n`);
    created.push(uri);
    const result = await move(uri, diagnostic.range, { addProvider: true, secretName: "Queue--Password", onCollision: "newVersion" });
    assert.equal(result.outcome, "moved", result.message);
    assert.deepEqual(JSON.parse(document.getText()), { Queue: {} });
    assert.deepEqual(JSON.parse((await vscode.workspace.openTextDocument(environmentFile!)).getText()), { Logging: { Level: "Debug" }, KeyVault: { Uri: `${info().vaults["orders-dev"]}/` } });
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile("web-dev-file/appsettings.Development.json"))), "no second development file");
  });

  const PROGRAM_CS = "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n";

  test("the Program.cs offer where appsettings.Development.json's KeyVault is a string: the secret moves, neither file changes more, and the result says what to do by hand", async () => {
    const program = workspaceFile("web-vault-name/Program.cs");
    await vscode.workspace.fs.writeFile(program, new TextEncoder().encode(PROGRAM_CS));
    created.push(program);
    const password = fake("Vn4]hS8c", "Qa2mK7", `Tz${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("web-vault-name/appsettings.Development.json", `{\n  "KeyVault": "orders-old",\n  "Mail": {\n    "Password": "${password}"\n  }\n}\n`);
    created.push(uri);
    const result = await move(uri, diagnostic.range, { addProvider: true, secretName: "Mail--Password", onCollision: "newVersion" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.providerNotAdded, true, result.message);
    assert.match(result.message, /appsettings\.Development\.json has a KeyVault value that is not an object: set KeyVault:Uri to https:\/\/\S+\/ and add the Key Vault provider by hand\. Program\.cs and appsettings\.Development\.json are unchanged\./);
    assert.equal((await vscode.workspace.openTextDocument(program)).getText(), PROGRAM_CS);
    assert.deepEqual(JSON.parse(document.getText()), { KeyVault: "orders-old", Mail: {} });
    assert.ok((await vaultClient("orders-dev").getSecret("Mail--Password")).value === password, "the secret moved all the same");
  });

  test("the Program.cs offer's button: a tab-indented CRLF appsettings.Development.json gets KeyVault:Uri in its own style; where it cannot, the button reports an error", async () => {
    const program = workspaceFile("web-tabs/Program.cs");
    await vscode.workspace.fs.writeFile(program, new TextEncoder().encode(PROGRAM_CS));
    created.push(program);
    const password = fake("Ce7[wP3n", "Ub5xR9", `Hy${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("web-tabs/appsettings.Development.json", `{\r\n\t"Relay": {\r\n\t\t"Retries": 3,\r\n\t\t"Password": "${password}"\r\n\t}\r\n}\r\n`);
    created.push(uri);
    let { said, restore } = stubProviderOffer();
    try {
      const result = await move(uri, diagnostic.range, { quiet: false, secretName: "Relay--Password", onCollision: "newVersion" });
      assert.equal(result.outcome, "moved", result.message);
      await waitFor(() => said.information.length + said.error.length, (count) => count >= 2, "the provider's result");
    } finally {
      restore();
    }
    assert.deepEqual(said.error, [], "no failure");
    assert.match(said.information[1] ?? "", /Program\.cs now adds the Key Vault provider/);
    assert.equal(document.getText(), `{\r\n\t"Relay": {\r\n\t\t"Retries": 3\r\n\t},\r\n\t"KeyVault": {\r\n\t\t"Uri": "${info().vaults["orders-dev"]}/"\r\n\t}\r\n}\r\n`);
    assert.match((await vscode.workspace.openTextDocument(program)).getText(), /builder\.Configuration\.AddAzureKeyVault\(/);

    // The same button where KeyVault is no object: an error message, where it used to fail without a word.
    const otherProgram = workspaceFile("web-vault-array/Program.cs");
    await vscode.workspace.fs.writeFile(otherProgram, new TextEncoder().encode(PROGRAM_CS));
    created.push(otherProgram);
    const other = fake("Md2{tL6v", "Ka9sW4", `Ox${counter++}`);
    const opened = await writeAndOpen("web-vault-array/appsettings.Development.json", `{\n  "KeyVault": ["orders-old"],\n  "Queue": {\n    "Password": "${other}"\n  }\n}\n`);
    created.push(opened.uri);
    ({ said, restore } = stubProviderOffer());
    try {
      const result = await move(opened.uri, opened.diagnostic.range, { quiet: false, secretName: "Queue--Password", onCollision: "newVersion" });
      assert.equal(result.outcome, "moved", result.message);
      await waitFor(() => said.error, (errors) => errors.length > 0, "the provider's error");
    } finally {
      restore();
    }
    assert.match(said.error[0] ?? "", /appsettings\.Development\.json has a KeyVault value that is not an object: .*Program\.cs and appsettings\.Development\.json are unchanged\./);
    assert.equal((await vscode.workspace.openTextDocument(otherProgram)).getText(), PROGRAM_CS);
    assert.deepEqual(JSON.parse(opened.document.getText()), { KeyVault: ["orders-old"], Queue: {} });
  });

  test("Move to Key Vault and reference it from App Configuration: the secret in the vault, a Key Vault reference setting under the environment's label", async () => {
    const value = fake("Ud3%hJ7w", "Ke9cP4", `Sy${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/Payments.cs", `class Payments {\n    string webhookSecret = "${value}";\n}\n`);
    created.push(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diagnostic.range);
    assert.ok(actions.some((action) => action.title.startsWith("Move to Key Vault and reference it from App Configuration")));
    const result = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveSecretViaAppConfiguration", { uri, range: diagnostic.range, quiet: true, secretName: "Payments--WebhookSecret" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.appConfigurationKey, "Payments:WebhookSecret");
    assert.equal(document.getText(), `class Payments {\n    string webhookSecret = configuration["Payments:WebhookSecret"];\n}\n`);
    assert.equal((await vaultClient("orders-dev").getSecret("Payments--WebhookSecret")).value, value);
    const setting = await configClient().getConfigurationSetting({ key: "Payments:WebhookSecret", label: "development" });
    assert.equal(setting.contentType, "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8");
    assert.equal(parseSecretReference(setting).value.secretId, `${info().vaults["orders-dev"]}/secrets/Payments--WebhookSecret/`);
  });

  test("…and reference it from App Configuration, cancelled while App Configuration is being read: a cancel, not a failure, and the secret is taken back", async function () {
    this.timeout(30_000);
    const value = fake("Qe4%jN8t", "Wm2bR5", `Cx${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/Refunds.cs", `class Refunds {\n    string refundSecret = "${value}";\n}\n`);
    created.push(uri);
    // The look at the setting before its write is held back; the user cancels once the vault holds the secret.
    await faults({ add: [{ kind: "latency", ms: 5000, count: 1, match: { service: "appconfig", name: "orders-config", method: "GET" } }] });
    const progress = cancelProgressWhen(/Moving the secret to Key Vault/, async () => (await vaultClient("orders-dev").getSecret("Refunds--RefundSecret")).value === value);
    let result: MoveResult;
    try {
      result = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveSecretViaAppConfiguration", { uri, range: diagnostic.range, quiet: true, secretName: "Refunds--RefundSecret" });
    } finally {
      progress.restore();
    }
    assert.equal(result.outcome, "cancelled", result.message);
    // (The cancel may land while App Configuration is read, already while the vault's secret is read
    // back, or, on a busy machine, while the vault's answer to the write is still on its way.)
    assert.match(
      result.message,
      /(?:was cancelled\. The file is unchanged\.|^Cancelled after orders-dev took 'Refunds--RefundSecret'\.|^The request to Key Vault 'orders-dev' was cancelled\. The vault had accepted the value before the failure:) The new secret 'Refunds--RefundSecret' was deleted again\./,
    );
    assert.ok(document.getText().includes(value), "the file keeps its value");
    await assert.rejects(vaultClient("orders-dev").getSecret("Refunds--RefundSecret"), /not found|SecretNotFound|deleted/i);
  });

  test("…and reference it from App Configuration: appsettings.json's path is the key; a file that reads no configuration key is refused", async () => {
    const password = fake("Rv5{mQ2k", "Tb7wG3", `Ln${counter++}`);
    const settingsFile = await writeAndOpen("web/appsettings.Development.json", `{\n  "Email": {\n    "Smtp_Password": "${password}"\n  }\n}\n`);
    created.push(settingsFile.uri);
    const result = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveSecretViaAppConfiguration", { uri: settingsFile.uri, range: settingsFile.diagnostic.range, quiet: true });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.appConfigurationKey, "Email:Smtp_Password", "the key ASP.NET Core reads once the member is gone");
    assert.match(result.message, /AddAzureAppConfiguration\(.*ConfigureKeyVault/);
    assert.equal(JSON.parse(settingsFile.document.getText()).Email.Smtp_Password, undefined);
    const setting = await configClient().getConfigurationSetting({ key: "Email:Smtp_Password", label: "development" });
    assert.equal(parseSecretReference(setting).value.secretId, `${info().vaults["orders-dev"]}/secrets/${result.secretName}/`);
    assert.equal(setting.tags?.["detected-by"], settingsFile.diagnostic.code && typeof settingsFile.diagnostic.code === "object" ? String(settingsFile.diagnostic.code.value) : String(settingsFile.diagnostic.code), "tagged as the settings a move writes are");

    const token = fake("Hc8}sW4p", "Ny2eK6", `Zm${counter++}`);
    const script = await writeAndOpen("src/mailer.ts", `export const smtpPassword = "${token}";\n`);
    created.push(script.uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", script.uri, script.diagnostic.range);
    assert.ok(!actions.some((action) => action.title.startsWith("Move to Key Vault and reference it from App Configuration")), "not offered where the code reads an environment variable");
    const before = script.document.getText();
    const refused = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveSecretViaAppConfiguration", { uri: script.uri, range: script.diagnostic.range, quiet: true, secretName: "mailer-smtp-password" });
    assert.equal(refused.outcome, "failed");
    assert.match(refused.message, /would not read a configuration key.*Nothing was stored/);
    assert.equal(script.document.getText(), before);
    await assert.rejects(vaultClient("orders-dev").getSecret("mailer-smtp-password"), /not found|SecretNotFound/i);
  });

  test("Move to App Configuration: a service URL becomes a setting labelled with the environment, and the code reads it", async () => {
    const uri = workspaceFile("src/catalog-endpoint.ts");
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`export const catalogApi = "https://catalog-api.internal.contoso.com/v1";\n`));
    created.push(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("secretHygiene.scanActiveFile");
    const [diagnostic] = await waitFor(() => ourDiagnostics(uri), (found) => found.length === 1, "the configuration value");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diagnostic!.range);
    const preferred = actions.find((action) => action.isPreferred);
    assert.match(preferred?.title ?? "", /^Move to App Configuration \(.+ · development\)$/);
    assert.ok(!actions.some((action) => action.title.startsWith("Move to Key Vault")), "a configuration value is never offered to Key Vault");
    const result = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveToAppConfiguration", { uri, range: diagnostic!.range, quiet: true });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.appConfigurationKey, "catalogApi");
    // src/ names no environment: production reads the file too, and its label has no such key.
    assert.match(result.message, /This file names no environment, so production reads it too: add 'catalogApi' under its own label as well \(it is under 'development' only\)\./);
    assert.doesNotMatch(document.getText(), /catalog-api\.internal/);
    const setting = await configClient().getConfigurationSetting({ key: "catalogApi", label: "development" });
    assert.equal(setting.value, "https://catalog-api.internal.contoso.com/v1");
  });

  test("Move to App Configuration from a file every environment reads: the value is stored for the other environments too, when asked or by the message's button", async () => {
    const moveFrom = async (file: string, url: string, extra: object) => {
      const uri = workspaceFile(file);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`export const ${path.basename(file, ".ts")}Api = "${url}";\n`));
      created.push(uri);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand("secretHygiene.scanActiveFile");
      const [diagnostic] = await waitFor(() => ourDiagnostics(uri), (found) => found.length === 1, "the configuration value");
      return vscode.commands.executeCommand<MoveResult>("secretHygiene.moveToAppConfiguration", { uri, range: diagnostic!.range, ...extra });
    };
    // Asked ahead (scripted use): both labels hold the value, and the message says so.
    const asked = await moveFrom("src/billing.ts", "https://billing-api.internal.contoso.com/v1", { quiet: true, otherEnvironments: "store" });
    assert.equal(asked.outcome, "moved", asked.message);
    assert.match(asked.message, /'billingApi' is stored for production \(label 'production'\) too\./);
    assert.doesNotMatch(asked.message, /add 'billingApi' under its own label/);
    for (const label of ["development", "production"]) assert.equal((await configClient().getConfigurationSetting({ key: "billingApi", label })).value, "https://billing-api.internal.contoso.com/v1", label);

    // The message's button: the move's message offers it, and a click stores it for production.
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = { information: window.showInformationMessage, warning: window.showWarningMessage };
    const offered: string[][] = [];
    const said: string[] = [];
    let clicked: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (clicked = resolve));
    window.showInformationMessage = (message: string, ...buttons: string[]) => {
      said.push(message);
      offered.push(buttons);
      if (/is stored for production/.test(message)) clicked();
      return Promise.resolve(buttons[0]);
    };
    window.showWarningMessage = (message: string) => (said.push(message), clicked(), Promise.resolve(undefined));
    try {
      const moved = await moveFrom("src/shipping.ts", "https://shipping-api.internal.contoso.com/v1", {});
      assert.equal(moved.outcome, "moved", moved.message);
      await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`no second message: ${said.join(" | ")}`)), 15_000))]);
    } finally {
      Object.assign(window, { showInformationMessage: original.information, showWarningMessage: original.warning });
    }
    assert.deepEqual(offered[0], ["Store for production Too"]);
    assert.match(said.at(-1) ?? "", /'shippingApi' is stored for production \(label 'production'\) too\./);
    assert.equal((await configClient().getConfigurationSetting({ key: "shippingApi", label: "production" })).value, "https://shipping-api.internal.contoso.com/v1");
  });

  test("Move to App Configuration from appsettings.json: a member named with a blank is stored under exactly its path; the message reads as a removal", async () => {
    const { uri, document, diagnostic } = await writeAndOpen("web/appsettings.json", `{\n  "Orders Api": { "BaseUrl": "https://orders-api.internal.contoso.com/v2" },\n  "Retries": 3\n}\n`);
    created.push(uri);
    const result = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveToAppConfiguration", { uri, range: diagnostic.range, quiet: true });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.appConfigurationKey, "Orders Api:BaseUrl", "the path ASP.NET Core reads once the member is gone");
    assert.equal(document.getText(), `{\n  "Orders Api": {},\n  "Retries": 3\n}\n`);
    assert.equal((await configClient().getConfigurationSetting({ key: "Orders Api:BaseUrl", label: "development" })).value, "https://orders-api.internal.contoso.com/v2");
    assert.match(result.message, /; the move removes Orders Api:BaseUrl from the file\./);
    assert.doesNotMatch(result.message, /uses removes/);
    assert.match(result.message, /\.Select\(KeyFilter\.Any, "development"\)/, "the note says how to load the label");
  });

  test("Move to App Configuration from local.settings.json: the reference names the label the value was stored under", async () => {
    const { uri, document, diagnostic } = await writeAndOpen("functions/local.settings.json", `{\n  "Values": {\n    "INVENTORY_URL": "https://inventory.internal.contoso.com/api"\n  }\n}\n`);
    created.push(uri);
    const result = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveToAppConfiguration", { uri, range: diagnostic.range, quiet: true });
    assert.equal(result.outcome, "moved", result.message);
    const reference = JSON.parse(document.getText()).Values.INVENTORY_URL as string;
    const label = /; Label=([^)]+)\)$/.exec(reference)?.[1];
    assert.equal(label, "development", reference);
    const key = /; Key=([^;)]+)/.exec(reference)?.[1];
    assert.equal(key, result.appConfigurationKey);
    assert.equal((await configClient().getConfigurationSetting({ key: key!, label })).value, "https://inventory.internal.contoso.com/api", "the reference points at the key-value that was written");
  });

  test("Move to App Configuration where no configuration move can rewrite the file: the light bulb offers why, not a move that can only fail", async () => {
    for (const [relative, text] of [
      ["config/orders-client.json", `{\n  "ordersUrl": "https://orders-client.internal.contoso.com/api"\n}\n`],
      ["src/main/resources/orders-client.properties", `orders.url=https://orders-client.internal.contoso.com/api\n`],
    ] as const) {
      const { uri, document, diagnostic } = await writeAndOpen(relative, text);
      created.push(uri);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diagnostic.range);
      assert.ok(!actions.some((action) => action.isPreferred), `${relative}: nothing preferred; got ${actions.map((action) => action.title).join(" | ")}`);
      assert.ok(!actions.some((action) => action.title.startsWith("Move to App Configuration")), `${relative}: no move offered`);
      const why = actions.find((action) => action.title === "Why can't this value move to App Configuration?");
      assert.ok(why?.command, `${relative}: the reason is offered`);
      const result = await vscode.commands.executeCommand<MoveResult>(why.command.command, { ...(why.command.arguments![0] as object), quiet: true });
      assert.equal(result.outcome, "failed");
      assert.equal(result.refused, true);
      assert.match(result.message, /^Nothing reads an App Configuration key from .* by itself: have the program read the key/);
      assert.doesNotMatch(result.message, /style|removeValue/);
      assert.equal(document.getText(), text, "the file is unchanged");
    }
    for await (const setting of configClient().listConfigurationSettings({ labelFilter: "development" })) {
      assert.notEqual(setting.value, "https://orders-client.internal.contoso.com/api", `nothing stored (found under '${setting.key}')`);
    }
  });

  test("Move to App Configuration…: the key is asked for and checked, and the file reads the key that was chosen; a cancel stores nothing", async () => {
    const { uri, document, diagnostic } = await writeAndOpen("src/inventory-endpoint.ts", `export const inventoryApi = "https://inventory-api.internal.contoso.com/v3";\n`);
    created.push(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diagnostic.range);
    assert.match(actions.find((action) => action.isPreferred)?.title ?? "", /^Move to App Configuration \(.+ · development\)$/);
    const choose = actions.find((action) => action.title === "Move to App Configuration…");
    assert.ok(choose?.command, `the move with a key to choose; got ${actions.map((action) => action.title).join(" | ")}`);
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.showInputBox;
    const asked: vscode.InputBoxOptions[] = [];
    try {
      window.showInputBox = (options: vscode.InputBoxOptions) => (asked.push(options), Promise.resolve(undefined));
      const cancelled = await vscode.commands.executeCommand<MoveResult>(choose.command.command, { ...(choose.command.arguments![0] as object), quiet: true });
      assert.equal(cancelled.outcome, "cancelled");
      assert.equal(asked[0]?.value, "inventoryApi", "the derived key is proposed");
      const problem = async (key: string) => {
        const answer = await asked[0]?.validateInput?.(key);
        return typeof answer === "string" ? answer : answer?.message;
      };
      assert.match((await problem("..")) ?? "", /does not take the key/);
      assert.match((await problem("Inventory*")) ?? "", /holds no \*/);
      assert.equal(await problem("Inventory:BaseUrl"), undefined);
      await assert.rejects(configClient().getConfigurationSetting({ key: "inventoryApi", label: "development" }), (error: { statusCode?: number }) => error.statusCode === 404, "nothing stored on cancel");

      window.showInputBox = () => Promise.resolve("Inventory:BaseUrl");
      const result = await vscode.commands.executeCommand<MoveResult>(choose.command.command, { ...(choose.command.arguments![0] as object), quiet: true });
      assert.equal(result.outcome, "moved", result.message);
      assert.equal(result.appConfigurationKey, "Inventory:BaseUrl");
      assert.equal(document.getText(), "export const inventoryApi = process.env.INVENTORY__BASEURL!;\n", "the variable follows the chosen key");
      assert.equal((await configClient().getConfigurationSetting({ key: "Inventory:BaseUrl", label: "development" })).value, "https://inventory-api.internal.contoso.com/v3");
    } finally {
      window.showInputBox = original;
    }
  });

  test("two values whose derived key is the same: the conflict names the other place, Use Another Key… proposes the next free key, and the two never read one variable", async () => {
    // (One variable set on both sides of a branch: both values are named by it. A list's members are
    // not: each has its index, ALLOWED_HOSTS:0 and ALLOWED_HOSTS:1.)
    const text = `if REGION == "eu":\n    LEDGER_HOST = "ledger.internal.contoso.com"\nelse:\n    LEDGER_HOST = "audit.internal.contoso.com"\n`;
    const { uri, document, diagnostics } = await writeAndOpenWith("ledger/ledger_settings.py", text, 2);
    created.push(uri);
    const first = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveToAppConfiguration", { uri, range: diagnostics[0]!.range, quiet: true });
    assert.equal(first.outcome, "moved", first.message);
    const key = first.appConfigurationKey!;
    assert.equal(key, "LEDGER_HOST", "each value is named by the variable it sets");
    const [second] = await waitFor(() => ourDiagnostics(uri), (found) => found.length === 1, "the second host name, rescanned");

    const window = vscode.window as unknown as Record<string, unknown>;
    const original = { warning: window.showWarningMessage, input: window.showInputBox };
    const modals: { message: string; detail?: string; buttons: unknown[] }[] = [];
    const proposals: (string | undefined)[] = [];
    try {
      // First the modal is dismissed: nothing is written, the file stays.
      window.showWarningMessage = (message: string, options: vscode.MessageOptions, ...buttons: unknown[]) => (modals.push({ message, detail: options.detail, buttons }), Promise.resolve(undefined));
      const before = document.getText();
      const declined = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveToAppConfiguration", { uri, range: second!.range, quiet: true });
      assert.equal(declined.outcome, "cancelled");
      assert.equal(document.getText(), before);
      assert.equal((await configClient().getConfigurationSetting({ key, label: "development" })).value, "ledger.internal.contoso.com", "the first place's value stays");
      assert.match(modals[0]!.message, /^App Configuration already has 'LEDGER_HOST' \(label 'development'\) with another value, moved there from .*ledger_settings\.py\.$/);
      assert.doesNotMatch(`${modals[0]!.message} ${modals[0]!.detail}`, /ledger\.internal|audit\.internal/, "no value is shown");
      assert.deepEqual(modals[0]!.buttons, ["Use Another Key…", "Replace"]);

      window.showWarningMessage = () => Promise.resolve("Use Another Key…");
      window.showInputBox = (options: vscode.InputBoxOptions) => (proposals.push(options.value), Promise.resolve(options.value));
      const result = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveToAppConfiguration", { uri, range: second!.range, quiet: true });
      assert.equal(result.outcome, "moved", result.message);
      assert.deepEqual(proposals, ["LEDGER_HOST-2"]);
      assert.equal(result.appConfigurationKey, "LEDGER_HOST-2");
      assert.equal(document.getText(), `import os\n\nif REGION == "eu":\n    LEDGER_HOST = os.environ["LEDGER_HOST"]\nelse:\n    LEDGER_HOST = os.environ["LEDGER_HOST_2"]\n`);
      assert.equal((await configClient().getConfigurationSetting({ key, label: "development" })).value, "ledger.internal.contoso.com");
      assert.equal((await configClient().getConfigurationSetting({ key: "LEDGER_HOST-2", label: "development" })).value, "audit.internal.contoso.com");
    } finally {
      Object.assign(window, { showWarningMessage: original.warning, showInputBox: original.input });
    }
  });

  test("an unexpected error in a move sends the user to the log, which has where it happened", async () => {
    const { uri, diagnostic } = await writeAndOpen("src/unexpected-endpoint.ts", `export const billingApi = "https://billing-api.internal.contoso.com/v1";\n`);
    created.push(uri);
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = window.withProgress;
    // A bug stands in: the progress notification throws a TypeError, which no step expects.
    window.withProgress = () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')"));
    try {
      const result = await vscode.commands.executeCommand<MoveResult>("secretHygiene.moveToAppConfiguration", { uri, range: diagnostic.range, quiet: true });
      assert.equal(result.outcome, "failed");
      // (Without the log, the message was only "Unexpected TypeError." and nothing was logged.)
      assert.equal(result.message, "Unexpected TypeError; see Secret Hygiene: Show Log.");
    } finally {
      window.withProgress = original;
    }
  });

  test("Move to Key Vault in a script without an extension: it moves in the language its #! line names, as it was scanned", async () => {
    const password = fake("Qd3]mV7x", "Tn6wK1", `Sb${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/deploy", `#!/usr/bin/env python3\nimport sys\n\nDB_PASSWORD = "${password}"\n`);
    created.push(uri);
    const result = await move(uri, diagnostic.range, { secretName: "deploy-db-password" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(document.getText(), `#!/usr/bin/env python3\nimport os\nimport sys\n\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n`);
    assert.equal((await vaultClient("orders-dev").getSecret("deploy-db-password")).value, password);
  });

  test("Move all secrets in this file: each stored once, one edit, the import added once", async () => {
    const first = fake("Ab4)qZ8n", "Rm2vX6", `Ek${counter++}`);
    const second = fake("Lp7_wC3t", "Nh5yB9", `Oa${counter++}`);
    const text = `API_TOKEN = "${first}"\nDB_PASSWORD = "${second}"\n`;
    const { uri, document } = await writeAndOpenWith("src/settings_local.py", text, 2);
    created.push(uri);
    const sourceActions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, new vscode.Range(0, 0, 0, 0), "source.secretHygiene");
    assert.ok(sourceActions.some((action) => action.title.startsWith("Move all secrets in this file to Key Vault")), "the source action is offered");
    const result = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInFile", { uri, quiet: true, onCollision: "otherName" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.moved.length, 2);
    assert.equal(document.getText(), `import os\n\nAPI_TOKEN = os.environ["API_TOKEN"]\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n`);
    const client = vaultClient("orders-dev");
    assert.equal((await client.getSecret(result.moved[0]!.secretName)).value, first);
    assert.equal((await client.getSecret(result.moved[1]!.secretName)).value, second);
  });

  test("a move while Move All runs in the same file: a quick fix there, or a second Move All, is refused at once and says why; the first run moves the file's secrets", async function () {
    this.timeout(30_000);
    const first = fake("Tc6)vM2p", "Kw9rZ4", `Ud${counter++}`);
    const second = fake("Hy3_nQ8s", "Bf7xL1", `Pm${counter++}`);
    // (Names no other test moves: the secrets stay in the vault after the run.)
    const text = `INVOICE_API_TOKEN = "${first}"\nINVOICE_DB_PASSWORD = "${second}"\n`;
    const { uri, document, diagnostics } = await writeAndOpenWith("src/invoice_local.py", text, 2);
    created.push(uri);
    // The run's first write is held back: the other moves start while it is under way.
    await faults({ add: [{ kind: "latency", ms: 2000, count: 1, match: { name: "orders-dev", method: "PUT" } }] });
    const running = vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInFile", { uri, quiet: true, onCollision: "otherName" });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const single = await move(uri, diagnostics[1]!.range, { secretName: "invoice-db-password-meanwhile" });
    const again = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInFile", { uri, quiet: true, onCollision: "otherName" });
    const result = await running;
    for (const refused of [single, again]) {
      assert.equal(refused.outcome, "cancelled", refused.message);
      assert.equal(refused.message, "A move is already running in src/invoice_local.py: wait for it to finish.");
    }
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(result.moved.length, 2);
    assert.equal(document.getText(), `import os\n\nINVOICE_API_TOKEN = os.environ["INVOICE_API_TOKEN"]\nINVOICE_DB_PASSWORD = os.environ["INVOICE_DB_PASSWORD"]\n`);
    await assert.rejects(vaultClient("orders-dev").getSecret("invoice-db-password-meanwhile"), /not found|SecretNotFound/i, "the refused quick fix stored nothing");
  });

  test("Move all over two files of one app: settings of one name with different values read two variables, each its own secret", async () => {
    const orders = fake("Gk3(vT7q", "Xw5nR2", `Lc${counter++}`);
    const billing = fake("Yd8[mP4z", "Hs6tB1", `Qe${counter++}`);
    const { uris, result } = await moveAllInFiles({ "src/orders_client.py": `PARTNER_API_KEY = "${orders}"\n`, "src/billing_client.py": `PARTNER_API_KEY = "${billing}"\n` }, 2);
    const [first, second] = result.moved;
    assert.notEqual(first!.secretName.toLowerCase(), second!.secretName.toLowerCase(), "two secrets");
    const reads = uris.map((uri) => /os\.environ\["(\w+)"\]/.exec(readFileSync(uri.fsPath, "utf8"))?.[1]);
    assert.deepEqual([...reads].sort(), ["PARTNER_API_KEY", "PARTNER_API_KEY_2"], "two variables");
    const client = vaultClient("orders-dev");
    assert.deepEqual([(await client.getSecret(first!.secretName)).value, (await client.getSecret(second!.secretName)).value].sort(), [orders, billing].sort());
  });

  test("Move all over two vaults, one of them read-only: the other vault's secrets move; the read-only vault's stay, one tried, with the role named", async () => {
    const devToken = fake("Vb7#qL2m", "Rc4tN8", `Kx${counter++}`);
    const prodToken = fake("Zm5&wD3k", "Pq8sF1", `Hy${counter++}`);
    const prodPassword = fake("Jt2!nW6c", "Bf9rM4", `Ud${counter++}`);
    await faults({ access: [{ level: "read-only", match: { name: "orders-prod" } }] });
    const prodText = `PARTNER_TOKEN = "${prodToken}"\nSMTP_PASSWORD = "${prodPassword}"\n`;
    const { uris, result } = await moveAllInFiles({ "src/refusal_dev_client.py": `PARTNER_TOKEN = "${devToken}"\n`, "infra/production/refusal_settings.py": prodText }, 1);
    assert.equal(result.moved[0]!.vaultUrl, info().vaults["orders-dev"]);
    assert.equal((await vaultClient("orders-dev").getSecret(result.moved[0]!.secretName)).value, devToken);
    // (One file edited: VS Code saves a refactoring's files only when it spans several.)
    assert.ok(!(await vscode.workspace.openTextDocument(uris[0]!)).getText().includes(devToken), "the development file reads its secret now");
    assert.equal((await vscode.workspace.openTextDocument(uris[1]!)).getText(), prodText, "the production file keeps both");
    assert.equal(result.skipped.length, 2);
    assert.match(result.skipped[0]!.reason, /Key Vault Secrets Officer/);
    assert.match(result.skipped[1]!.reason, /^not tried, after an earlier refusal: .*Key Vault Secrets Officer/);
    assert.match(result.message, /^1 secret\(s\) moved to 1 vault\(s\) from 1 file\(s\)\. 2 left in place \(see Show Log\)\..*Key Vault Secrets Officer/);
    for (const text of [result.message, ...result.skipped.map((entry) => entry.reason)]) for (const value of [devToken, prodToken, prodPassword]) assert.ok(!text.includes(value));
  });

  test("Move all: a new secret whose variable the file reads already for another value reads a numbered one", async () => {
    const token = fake("Wq6~rK9z", "Tb3mH8", `Jd${counter++}`);
    const text = `import os\n\nRECEIVER_TOKEN = os.environ["REPORTS_WEBHOOK_TOKEN"]\nREPORTS_WEBHOOK_TOKEN = "${token}"\n`;
    const { uri, document } = await writeAndOpenWith("src/reports_webhook.py", text, 1);
    created.push(uri);
    const result = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInFile", { uri, quiet: true, onCollision: "otherName" });
    assert.equal(result.outcome, "moved", result.message);
    assert.equal(document.getText(), `import os\n\nRECEIVER_TOKEN = os.environ["REPORTS_WEBHOOK_TOKEN"]\nREPORTS_WEBHOOK_TOKEN = os.environ["REPORTS_WEBHOOK_TOKEN_2"]\n`);
    assert.equal((await vaultClient("orders-dev").getSecret(result.moved[0]!.secretName)).value, token);
  });

  test("Move all: two values in one literal both move in one run, the second planned against the text the first's move makes", async () => {
    // (A GitHub token's 36 characters: one digit of the counter.)
    const first = fake("ghp_", "Q8mV2xL7kR4wZ9tN3bC6", `pJ1sH5dF0gY2aU${counter++ % 10}e`);
    const second = fake("ghp_", "W3nB8vC1xZ6mL9kJ4hG7", `fD2sA5qP0oI3uY${counter++ % 10}t`);
    const text = `RELEASE_TOKENS = "${first} ${second}"\n`;
    const { uri, document } = await writeAndOpenWith("src/release_tokens.py", text, 2);
    created.push(uri);
    const vault = vaultClient("orders-dev");
    const secretsIn = async () => {
      const names: string[] = [];
      for await (const properties of vault.listPropertiesOfSecrets()) names.push(properties.name);
      return names;
    };
    const before = await secretsIn();
    const result = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInFile", { uri, quiet: true, onCollision: "otherName" });
    assert.equal(result.outcome, "moved", result.message);
    assert.deepEqual(result.skipped, []);
    assert.equal(result.moved.length, 2);
    const added = (await secretsIn()).filter((name) => !before.includes(name));
    assert.deepEqual(added.sort(), result.moved.map((entry) => entry.secretName).sort(), "exactly the two moved values were stored");
    // The blank between the two stays in the code: the vault holds each token itself.
    assert.ok((await vault.getSecret(result.moved[0]!.secretName)).value === first, "the first token is stored as it is");
    assert.ok((await vault.getSecret(result.moved[1]!.secretName)).value === second, "the second token is stored without the blank before it");
    assert.match(document.getText(), /^import os\n\nRELEASE_TOKENS = os\.environ\["RELEASE_TOKENS"\] \+ " " \+ os\.environ\["[A-Z_]+"\]\n$/);
    assert.match(result.message, /^2 secret\(s\) moved to 1 vault\(s\) from 1 file\(s\)\./);
  });

  test("Move all in appsettings.json: a setting whose secret name holds another value stays, since the app reads the secret by that name; the notes go to the log", async () => {
    const taken = fake("Rv5[tN2q", "Wk7hC3", `Ub${counter++}`);
    const password = fake("Mz4]pX8s", "Qf2dJ6", `Tn${counter++}`);
    const token = fake("Hc9-yL5w", "Ep3rV7", `Ka${counter++}`);
    await vaultClient("orders-dev").setSecret("Billing--Password", taken);
    const text = `{\n  "Billing": {\n    "Password": "${password}",\n    "ApiToken": "${token}"\n  }\n}\n`;
    const { uri, document } = await writeAndOpenWith("billing/appsettings.json", text, 2);
    created.push(uri);
    const result = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInFile", { uri, quiet: true, onCollision: "otherName" });
    assert.equal(result.outcome, "moved", result.message);
    assert.deepEqual(result.moved.map((entry) => entry.secretName), ["Billing--ApiToken"]);
    assert.equal(result.skipped.length, 1);
    assert.match(result.skipped[0]!.reason, /^'Billing--Password' holds another value in \S+, and the app reads the secret by that name, as Billing:Password: under another name it would not be read\. Nothing was stored\./);
    assert.ok(document.getText().includes(password) && !document.getText().includes(token), "the password stays, the token left");
    assert.match(result.message, /What the apps need to read them .* is in Show Log/);
    await assert.rejects(vaultClient("orders-dev").getSecret("Billing--Password-2"), /not found|SecretNotFound/i);
    assert.equal((await vaultClient("orders-dev").getSecret("Billing--Password")).value, taken, "the vault's value is untouched");
  });

  test("Move to Key Vault in appsettings.json: its name holds another value, and another name is refused before anything is stored; the setting stays", async () => {
    const taken = fake("Gx4]nT8q", "Lw3sD7", `Rc${counter++}`);
    const password = fake("Yb6[kM2v", "Hq9fZ4", `Wd${counter++}`);
    await vaultClient("orders-dev").setSecret("Ledger--Password", taken);
    const text = `{\n  "Ledger": {\n    "Password": "${password}"\n  }\n}\n`;
    const { uri, document, diagnostic } = await writeAndOpen("ledger/appsettings.json", text);
    created.push(uri);
    const result = await move(uri, diagnostic.range, { onCollision: "otherName" });
    assert.equal(result.outcome, "failed", result.message);
    assert.match(result.message, /^'Ledger--Password' holds another value in \S+, and the app reads the secret by that name, as Ledger:Password: under another name it would not be read\. Nothing was stored\. Move it again and add a new version of that secret, or rename the setting first\.$/);
    assert.equal(document.getText(), text);
    await assert.rejects(vaultClient("orders-dev").getSecret("Ledger--Password-2"), /not found|SecretNotFound/i);
    assert.equal((await vaultClient("orders-dev").getSecret("Ledger--Password")).value, taken, "the vault's value is untouched");
  });

  /**
   * Writes `other` (a file that uses the constant as a constant) and opens `moved` (which declares
   * it), then checks that the quick fix and Move All both refuse with `refusal`, the file is
   * unchanged and the vault holds nothing under either name.
   */
  const assertConstantStays = async (other: { path: string; text: string }, moved: { path: string; text: string }, constant: string, refusal: RegExp) => {
    const otherUri = workspaceFile(other.path);
    await vscode.workspace.fs.writeFile(otherUri, new TextEncoder().encode(other.text));
    created.push(otherUri);
    const { uri, document, diagnostic } = await writeAndOpen(moved.path, moved.text);
    created.push(uri);
    const secretName = `${constant.toLowerCase()}-const`;
    const result = await move(uri, diagnostic.range, { secretName });
    assert.equal(result.outcome, "failed", result.message);
    assert.equal(result.refused, true);
    assert.match(result.message, refusal);
    const all = await vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInFile", { uri, quiet: true });
    assert.deepEqual(all.moved, []);
    assert.match(all.skipped[0]?.reason ?? "", refusal);
    assert.equal(document.getText(), moved.text, "the file is unchanged");
    await assert.rejects(vaultClient("orders-dev").getSecret(secretName), /not found|SecretNotFound/i);
    await assert.rejects(vaultClient("orders-dev").getSecret(constant), /not found|SecretNotFound/i);
  };

  test("Move to Key Vault in Go: a constant another file of its package uses as a constant stays, nothing is stored, and the refusal names that file's line", async () => {
    const password = fake("Vn5]hR2w", "Kd8tQ3", `Ms${counter++}`);
    await assertConstantStays(
      { path: "src/ledger/header.go", text: `package ledger\n\n// AuthHeader is sent with every call.\nconst AuthHeader = "Basic " + LedgerPassword\n` },
      { path: "src/ledger/keys.go", text: `package ledger\n\nconst LedgerPassword = "${password}"\n` },
      "LedgerPassword",
      /^The value is the constant LedgerPassword, and line 4 of header\.go uses it as another constant's value, which takes only a value known when the program is compiled/,
    );
  });

  test("Move to Key Vault in C#: a public constant another file of the workspace uses as a case label stays, nothing is stored, and the refusal names that file's line", async () => {
    const password = fake("Wc4]nT8q", "Hb2yR6", `Cs${counter++}`);
    await assertConstantStays(
      { path: "src/Billing/Router.cs", text: `namespace Billing;\n\nstatic class Router {\n    public static int Check(string header) {\n        switch (header) {\n            case Keys.BillingPassword: return 1;\n        }\n        return 0;\n    }\n}\n` },
      { path: "src/Billing/Keys.cs", text: `namespace Billing;\n\npublic static class Keys {\n    public const string BillingPassword = "${password}";\n}\n` },
      "BillingPassword",
      /^The value is the constant BillingPassword, and line 6 of src\/Billing\/Router\.cs uses it as a case label, which takes only a value known when the program is compiled/,
    );
  });

  test("Move to Key Vault in C#: the search of the workspace for other uses of a public constant runs under a progress notification whose Cancel stops the move before anything is stored", async function () {
    this.timeout(30_000);
    const password = fake("Rd7]wK3m", "Fz5pN9", `Cn${counter++}`);
    const text = `namespace Billing;\n\npublic static class Secrets {\n    public const string InvoicePassword = "${password}";\n}\n`;
    const { uri, document, diagnostic } = await writeAndOpen("src/Billing/Secrets.cs", text);
    created.push(uri);
    const result = await moveCancellingProgress(/other uses of InvoicePassword/, uri, diagnostic.range, "invoice-password");
    assert.equal(result.outcome, "cancelled", result.message);
    assert.equal(result.message, "Cancelled; nothing was stored.");
    assert.equal(document.getText(), text, "the file is unchanged");
    await assert.rejects(vaultClient("orders-dev").getSecret("invoice-password"), /not found|SecretNotFound/i);
  });

  test("Move to Key Vault in C#: the search of the workspace for other uses of a public constant says in its notification how many of the files it has read", async function () {
    this.timeout(30_000);
    const password = fake("Hq6]vN2c", "Tm9wR4", `Cr${counter++}`);
    const other = workspaceFile("src/Billing/Ledger.cs");
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode(`namespace Billing;\n\nstatic class Ledger {\n    public static string Header() => "ledger";\n}\n`));
    created.push(other);
    const text = `namespace Billing;\n\npublic static class Vendor {\n    public const string VendorPassword = "${password}";\n}\n`;
    const { uri, document, diagnostic } = await writeAndOpen("src/Billing/Vendor.cs", text);
    created.push(uri);
    const progress = recordProgressMessages(/other uses of VendorPassword/);
    let result: MoveResult;
    try {
      result = await move(uri, diagnostic.range, { secretName: "vendor-password" });
    } finally {
      progress.restore();
    }
    assert.equal(result.outcome, "moved", result.message);
    assert.ok(!document.getText().includes(password), "the literal is gone");
    assert.ok(progress.messages.length > 0, "the search reported how far it was");
    for (const message of progress.messages) assert.match(message, /^[\d,]+ of [\d,]+ files read$/);
    assert.match(progress.messages[0]!, /^0 of [1-9][\d,]* files read$/);
  });

  test("Move all over several files that are not open: the edit is a refactoring, so VS Code saves the files and the secrets leave the disk", async () => {
    const first = fake("Qw3]kP7r", "Zs8uM2", `Hd${counter++}`);
    const second = fake("Ty6-vB1n", "Jc4xL8", `Pg${counter++}`);
    const { uris } = await moveAllInFiles({ "src/unopened_a.py": `SERVICE_TOKEN = "${first}"\n`, "src/unopened_b.py": `SMTP_PASSWORD = "${second}"\n` }, 2);
    for (const uri of uris) {
      const onDisk = readFileSync(uri.fsPath, "utf8");
      assert.ok(!onDisk.includes(first) && !onDisk.includes(second), `${path.basename(uri.fsPath)} on disk still holds its secret`);
      assert.match(onDisk, /os\.environ\[/);
      assert.equal(vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString())?.isDirty ?? false, false);
    }
  });

  /**
   * Runs a workspace move with the preview and answers the preview as a user would: Discard, or
   * tick the group (edits that need confirmation start unticked) and Apply.
   */
  const moveAllWithPreview = async (uris: vscode.Uri[], answer: "discard" | "apply"): Promise<MoveAllResult> => {
    let settled = false;
    const pending = Promise.resolve(vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInWorkspace", { uris, preview: true, quiet: true, onCollision: "otherName" })).finally(() => (settled = true));
    const run = (command: string) => Promise.resolve(vscode.commands.executeCommand(command)).then(undefined, () => undefined);
    // The preview shows once every secret is stored; until then the commands have nothing to act on.
    const deadline = Date.now() + 30_000;
    while (!settled && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (settled) break;
      if (answer === "discard") await run("refactorPreview.discard");
      else {
        // (A pause after each focus change: focusFirst and the toggle act on whatever list has
        // focus, and Apply with nothing ticked discards the whole preview.)
        await run("refactorPreview.focus");
        await new Promise((resolve) => setTimeout(resolve, 200));
        await run("list.focusFirst");
        await run("refactorPreview.toggleCheckedState");
        await new Promise((resolve) => setTimeout(resolve, 200));
        await run("refactorPreview.apply");
      }
    }
    return pending;
  };

  test("Move all with the refactor preview, one file ticked and applied: its secret moves; the other file keeps its own, taken back out of the vault", async () => {
    const values = [fake("Gv5}nQ2w", "Xk9rD4", `Mz${counter++}`), fake("Hb8{tL3p", "Wy6cF1", `Rq${counter++}`)];
    const before = [`BILLING_TOKEN = "${values[0]}"\n`, `MAIL_PASSWORD = "${values[1]}"\n`];
    const uris = await writeFiles({ "src/preview_apply_a.py": before[0]!, "src/preview_apply_b.py": before[1]! });
    // The test ticks the first entry the preview's tree focuses: one file of the two. When the
    // automation's toggle came before the tree had focus, or the preview saw the files' own writes
    // arrive late from the file watcher (a conflict, which discards it), the product rightly takes
    // every secret back: then, after a pause, the same move is tried again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    let applied = await moveAllWithPreview(uris, "apply");
    for (let attempt = 1; attempt < 6 && applied.outcome === "cancelled" && /applied with nothing ticked/.test(applied.message); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      applied = await moveAllWithPreview(uris, "apply");
    }
    assert.equal(applied.outcome, "moved", applied.message);
    assert.equal(applied.moved.length, 1, applied.message);
    assert.match(applied.message, /1 file\(s\) left out in the preview keep their secrets/);
    const client = vaultClient("orders-dev");
    const [movedName] = applied.moved.map((entry) => entry.secretName);
    for (const [index, uri] of uris.entries()) {
      // The editor's text: a refactoring that ends up touching one file leaves it unsaved.
      const text = (await vscode.workspace.openTextDocument(uri)).getText();
      const name = index === 0 ? "BILLING-TOKEN" : "MAIL-PASSWORD";
      if (name === movedName) {
        assert.ok(!text.includes(values[index]!), `${path.basename(uri.fsPath)} was ticked: its secret left the file`);
        assert.ok((await client.getSecret(name)).value === values[index], `${name} is in the vault`);
      } else {
        assert.ok(text === before[index], `${path.basename(uri.fsPath)} was left unticked: it is as it was`);
        await assert.rejects(client.getSecret(name), (error: { statusCode?: number }) => error.statusCode === 404, `${name} was taken back out of the vault`);
      }
    }
  });

  test("Move all with the refactor preview, discarded: every stored secret is taken back out and no file changes", async () => {
    const first = fake("Jd2(wK7s", "Nv4pB8", `Tz${counter++}`);
    const second = fake("Pc6)mR1x", "Fq9tL3", `Uy${counter++}`);
    const before = [`REPORTS_TOKEN = "${first}"\n`, `FTP_PASSWORD = "${second}"\n`];
    const uris = await writeFiles({ "src/preview_discard_a.py": before[0]!, "src/preview_discard_b.py": before[1]! });
    const discarded = await moveAllWithPreview(uris, "discard");
    assert.equal(discarded.outcome, "cancelled", discarded.message);
    assert.ok(uris.every((uri, index) => readFileSync(uri.fsPath, "utf8") === before[index]), "the files are as they were");
    const client = vaultClient("orders-dev");
    for (const name of ["REPORTS-TOKEN", "FTP-PASSWORD"]) {
      await assert.rejects(client.getSecret(name), (error: { statusCode?: number }) => error.statusCode === 404, `${name} was taken back out of the vault`);
    }
  });

  test("Move All in the workspace, from the palette, takes the files from the Problems panel, an open notebook's cells among them", async () => {
    const value = fake("Zn4]tW8q", "Bk2yR6", `Vd${counter++}`);
    const uri = workspaceFile("src/palette_move.ipynb");
    await vscode.workspace.fs.writeFile(uri, pythonNotebookFile(`reporting_token = "${value}"\n`));
    created.push(uri);
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    await vscode.window.showNotebookDocument(notebook);
    const cell = notebook.cellAt(0).document;
    await waitFor(() => ourDiagnostics(cell.uri), (found) => found.length === 1, "the finding in the notebook's cell");
    // No `uris`: the files come from the Problems panel. Discarded, so no file of the workspace changes.
    let settled = false;
    const pending = Promise.resolve(vscode.commands.executeCommand<MoveAllResult>("secretHygiene.moveAllInWorkspace", { quiet: true, onCollision: "otherName" })).finally(() => (settled = true));
    for (const deadline = Date.now() + 60_000; !settled && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (!settled) await Promise.resolve(vscode.commands.executeCommand("refactorPreview.discard")).then(undefined, () => undefined);
    }
    const result = await pending;
    assert.equal(result.outcome, "cancelled", result.message);
    assert.match(result.message, /'reporting-token' was deleted again/i, `the cell's secret was stored for the preview, then taken back out: ${result.message}`);
    assert.ok(cell.getText().includes(value), "the preview was discarded: the cell keeps its value");
    await assert.rejects(vaultClient("orders-dev").getSecret("reporting-token"), (error: { statusCode?: number }) => error.statusCode === 404, "taken back out of the vault");
  });

  test("Run with Secrets: the child process gets the Key Vault value in its environment; a non-Azure reference is refused", async () => {
    const value = fake("Vr8+jF2m", "Tc6gD1", `Wx${counter++}`);
    await vaultClient("orders-dev").setSecret("run-db-password", value);
    const envFile = workspaceFile(".env.run");
    created.push(envFile);
    await vscode.workspace.fs.writeFile(envFile, new TextEncoder().encode(`DB_PASSWORD=@Microsoft.KeyVault(SecretUri=${info().vaults["orders-dev"]}/secrets/run-db-password/)\nGREETING="hello there"\n`));
    await runGivesPasswordAndGreeting(".env.run", "run-check", value, created);

    await runIsRefused(".env.evil", "TOKEN=@Microsoft.KeyVault(SecretUri=https://collector.example.com/secrets/token/)\n", /TOKEN: .*not a Key Vault host/, created);
  });

  test("Run with Secrets: a UTF-16 .env (Windows PowerShell's `>`) is read as the CLI reads it; a file with no variable, a secret with a NUL character, and a command spawn refuses are refused without showing a value", async () => {
    const value = fake("Kd3+wP9s", "Rb5nF2", `Ue${counter++}`);
    await vaultClient("orders-dev").setSecret("run-utf16-password", value);
    const text = `DB_PASSWORD=@Microsoft.KeyVault(SecretUri=${info().vaults["orders-dev"]}/secrets/run-utf16-password/)\r\nGREETING="hello there"\r\n`;
    const utf16 = workspaceFile(".env.utf16");
    created.push(utf16);
    await vscode.workspace.fs.writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    await runGivesPasswordAndGreeting(".env.utf16", "run-utf16-check", value, created);

    await runIsRefused(".env.notes", "use dotenv\n", /\.env\.notes: no line reads as a variable/, created);

    const withNul = fake("Pq7+", "\0", `Zs4mV8Lc${counter++}`);
    await vaultClient("orders-dev").setSecret("run-nul-password", withNul);
    const nul = await runIsRefused(".env.nul", `X=@Microsoft.KeyVault(SecretUri=${info().vaults["orders-dev"]}/secrets/run-nul-password/)\n`, /\.env\.nul:1 X: the secret holds a NUL character/, created);
    assert.ok(!nul.message.includes(withNul.slice(withNul.indexOf("\0") + 1)), "the message never holds the value");

    // (A NUL in the command stands in for a value spawn refuses: it throws, quoting it.)
    const unstartable = await vscode.commands.executeCommand<RunResult>("secretHygiene.runWithSecrets", { envFile: ".env.utf16", command: "node -e 0 \0Hx5", wait: true });
    assert.equal(unstartable.exitCode, 2, unstartable.message);
  });

  test("a Run with Secrets task whose reference cannot be read ends with exit code 2, having said why (not a silent failure)", async () => {
    const envFile = workspaceFile(".env.task-evil");
    const tasksFile = workspaceFile(".vscode/tasks.json");
    created.push(envFile, tasksFile);
    await vscode.workspace.fs.writeFile(envFile, new TextEncoder().encode("TOKEN=@Microsoft.KeyVault(SecretUri=https://collector.example.com/secrets/token/)\n"));
    const label = "secret-hygiene: refused task";
    await vscode.workspace.fs.writeFile(
      tasksFile,
      new TextEncoder().encode(JSON.stringify({ version: "2.0.0", tasks: [{ type: "secret-hygiene", label, command: "node -e 0", envFile: ".env.task-evil" }] }, null, 2)),
    );
    // (VS Code reads tasks.json again when it changes: asked until the task is there.)
    let task: vscode.Task | undefined;
    for (const deadline = Date.now() + 15_000; !task && Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
      task = (await vscode.tasks.fetchTasks({ type: "secret-hygiene" })).find((candidate) => candidate.name === label);
    }
    assert.ok(task, "the task from tasks.json");
    const ended = new Promise<number | undefined>((resolve) => {
      const listener = vscode.tasks.onDidEndTaskProcess((event) => {
        if (event.execution.task.name !== label) return;
        listener.dispose();
        resolve(event.exitCode);
      });
    });
    await vscode.tasks.executeTask(task);
    assert.equal(await ended, 2);
  });

  test("Run with Secrets: an App Configuration reference gives the command the store's value for that label, and a Key Vault reference setting its secret", async () => {
    const password = fake("Hn4+qL7w", "Zs2cE9", `Ty${counter++}`);
    await vaultClient("orders-dev").setSecret("run-config-password", password);
    const endpoint = info().appConfig["orders-config"]!.endpoint;
    await configClient().setConfigurationSetting({ key: "runCheck:ordersUrl", label: "development", value: "https://orders.dev.contoso.test/api" });
    await configClient().setConfigurationSetting({ key: "runCheck:ordersUrl", value: "https://orders.contoso.test/api" });
    await configClient().setConfigurationSetting({
      key: "runCheck:dbPassword",
      label: "development",
      value: JSON.stringify({ uri: `${info().vaults["orders-dev"]}/secrets/run-config-password` }),
      contentType: "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8",
    });
    const envFile = workspaceFile(".env.run-config");
    const script = workspaceFile("run-config-check.js");
    const output = workspaceFile("run-config-out.txt");
    created.push(envFile, script, output);
    await vscode.workspace.fs.writeFile(
      envFile,
      new TextEncoder().encode(
        `ORDERS_URL=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=runCheck:ordersUrl; Label=development)\nDB_PASSWORD=@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=runCheck:dbPassword; Label=development)\n`,
      ),
    );
    await vscode.workspace.fs.writeFile(
      script,
      new TextEncoder().encode(`const c = require("crypto");\nrequire("fs").writeFileSync("run-config-out.txt", process.env.ORDERS_URL + " " + c.createHash("sha256").update(process.env.DB_PASSWORD || "").digest("hex"));\n`),
    );
    const result = await vscode.commands.executeCommand<RunResult>("secretHygiene.runWithSecrets", { envFile: ".env.run-config", command: "node run-config-check.js", wait: true });
    assert.equal(result.exitCode, 0, result.message);
    assert.equal(result.resolved, 2);
    assert.match(result.message, /2 setting\(s\) from /);
    const [url, hash] = readFileSync(output.fsPath, "utf8").split(" ");
    assert.equal(url, "https://orders.dev.contoso.test/api", "the development label's value, not the unlabelled one");
    assert.equal(hash, createHash("sha256").update(password).digest("hex"));
  });

  test("Move all over more files than VS Code keeps open for an extension (60): none is taken for changed, every secret leaves the disk", async function () {
    this.timeout(120_000);
    const files: Record<string, string> = {};
    const values: string[] = [];
    for (let i = 0; i < 60; i++) {
      const value = fake("Rv7]", "qP3x", `Lm${counter++}`, "Zt9k", String(i));
      values.push(value);
      files[`src/many/m_${i}.py`] = `TOKEN_${i}_SECRET = "${value}"\n`;
    }
    const { uris } = await moveAllInFiles(files, 60);
    uris.forEach((uri, i) => assert.ok(!readFileSync(uri.fsPath, "utf8").includes(values[i]!), `${path.basename(uri.fsPath)} on disk still holds its secret`));
    // (Last but one in the suite: VS Code saves and closes sixty documents for a while after.)
  });

  test("no value handed to the extension appears in its log files", async () => {
    const api = vscode.extensions.getExtension<SecretHygieneApi>(EXTENSION_ID)!.exports;
    const root = path.dirname(api.logUri.fsPath);
    const logs = (): string[] => {
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const full = path.join(dir, name);
          if (statSync(full).isDirectory()) walk(full);
          else if (name.endsWith(".log")) files.push(readFileSync(full, "utf8"));
        }
      };
      walk(root);
      return files;
    };
    // The log is written asynchronously: wait until the moves above are in it.
    const texts = await waitFor(logs, (found) => found.some((text) => text.includes("Move to Key Vault: moved")), "the extension's log on disk", 20_000);
    assert.ok(handedOver.length >= 10);
    for (const value of handedOver) assert.ok(!texts.some((text) => text.includes(value)), `a value reached the log (${value.slice(0, 2)}…)`);
  });
});
