// "Move to Key Vault" end to end in a real extension host: the quick fix offered on the finding,
// the secret stored in the emulator vault of the file's environment (checked with the test's own
// SecretClient), the literal replaced; and the fault matrix, where each failure leaves the document
// exactly as it was and the vault without anything this fix created.
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { SecretClient } from "@azure/keyvault-secrets";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as https from "node:https";
import * as vscode from "vscode";
import type { MoveSecretResult } from "../../src/extension/move-secret";
import { activateExtension, ourDiagnostics, waitFor, workspaceFile } from "./helpers";

interface EmulatorInfo {
  vaults: Record<string, string>;
  arm: string;
  caCertPath: string;
}

const info = (): EmulatorInfo => JSON.parse(readFileSync(process.env.SECRET_HYGIENE_EMULATOR_INFO!, "utf8")) as EmulatorInfo;
const ca = () => readFileSync(info().caCertPath, "utf8");
const anyToken: TokenCredential = { getToken: (): Promise<AccessToken> => Promise.resolve({ token: "test", expiresOnTimestamp: Date.now() + 3_600_000 }) };

function vaultClient(vault: string): SecretClient {
  return new SecretClient(info().vaults[vault]!, anyToken, { tlsOptions: { ca: ca() }, disableChallengeResourceVerification: true, retryOptions: { maxRetries: 0 } });
}

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
const fake = (...parts: string[]) => parts.join("");
let counter = 0;

async function writeAndOpen(relative: string, text: string): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; diagnostic: vscode.Diagnostic }> {
  const uri = workspaceFile(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand("secretHygiene.scanActiveFile");
  const [diagnostic] = await waitFor(() => ourDiagnostics(uri), (found) => found.length === 1, `one finding in ${relative}`);
  return { uri, document, diagnostic: diagnostic! };
}

function move(uri: vscode.Uri, range: vscode.Range, extra: object = {}): Thenable<MoveSecretResult> {
  return vscode.commands.executeCommand<MoveSecretResult>("secretHygiene.moveSecretToKeyVault", { uri, range, quiet: true, ...extra });
}

suite("move to Key Vault", () => {
  const created: vscode.Uri[] = [];

  suiteSetup(async () => {
    await activateExtension();
    for (const [environment, vault] of [["development", "orders-dev"], ["production", "orders-prod"]] as const) {
      await vscode.commands.executeCommand("secretHygiene.configureVaults", { app: "orders", environment, keyVault: info().vaults[vault] });
    }
    created.push(workspaceFile(".secrethygiene-vaults.json"));
  });

  teardown(async () => {
    await faults({ reset: true });
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  suiteTeardown(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  });

  test("the preferred quick fix stores the secret in the development vault and the code reads the environment", async () => {
    const value = fake("Wq8#rLz2", "Vn5tKp9x", `J${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/db.ts", `export const dbPassword = "${value}";\n`);
    created.push(uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diagnostic.range);
    const preferred = actions.find((action) => action.isPreferred);
    assert.ok(preferred?.command, `a preferred fix; got ${actions.map((action) => action.title).join(" | ")}`);
    assert.match(preferred.title, /^Move to Key Vault \(.+ · development\)$/);
    assert.ok(actions.some((action) => action.title === "Ignore this finding…"));
    assert.ok(actions.some((action) => action.title === "Add to baseline"));

    const args = preferred.command.arguments as [object];
    const result = await move(uri, diagnostic.range, args[0]);
    assert.equal(result.outcome, "moved", result.message);
    assert.ok(!result.message.includes(value), "the message never holds the value");
    assert.equal(document.getText(), "export const dbPassword = process.env.DB_PASSWORD;\n");

    const stored = await vaultClient("orders-dev").getSecret(result.secretName!);
    assert.equal(stored.value, value);
    assert.equal(stored.properties.tags?.["rotation-days"], "60");
    assert.equal(stored.properties.tags?.env, "development");
    assert.equal(stored.properties.tags?.app, "orders");
    assert.ok(stored.properties.expiresOn && stored.properties.expiresOn.getTime() > Date.now() + 59 * 86_400_000, "expiry at the rotation date");
    await waitFor(() => ourDiagnostics(uri), (found) => found.length === 0, "the finding gone after the fix");
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
    assert.ok(!document.getText().includes(password));
    const stored = await vaultClient("orders-prod").getSecret("ConnectionStrings--Catalog");
    assert.match(stored.value!, /^Server=tcp:catalog\.database\.windows\.net.*Password=/, "the whole connection string is one secret");
    assert.ok(stored.value!.includes(password));
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

  test("the document changes while storing: the edit is not applied and the new secret is removed again", async () => {
    const value = fake("Qx2&bN7v", "Lc5rM9", `Ht${counter++}`);
    const { uri, document, diagnostic } = await writeAndOpen("src/racing.ts", `export const authSecret = "${value}";\n`);
    created.push(uri);
    await faults({ add: [{ kind: "latency", ms: 1500, count: 1, match: { name: "orders-dev", method: "PUT" } }] });
    const pending = move(uri, diagnostic.range, { secretName: "racing-auth-secret" });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), "// edited meanwhile\n");
    assert.ok(await vscode.workspace.applyEdit(edit));
    const result = await pending;
    assert.equal(result.outcome, "failed");
    assert.match(result.message, /changed/);
    assert.equal(document.getText(), `// edited meanwhile\nexport const authSecret = "${value}";\n`);
    await assert.rejects(vaultClient("orders-dev").getSecret("racing-auth-secret"), /not found|SecretNotFound|deleted/i);
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
});
