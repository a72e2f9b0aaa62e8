// "Move to Key Vault": store the secret, read it back, and only then replace the literal, and only
// if the document is exactly as it was when we planned the edit. On any failure the document is
// left unchanged and only what this fix created in the vault is undone (a new secret is deleted,
// a new version disabled); a secret or version that existed before is never touched. Messages
// name the vault and the secret, never the value.
import * as os from "node:os";
import * as vscode from "vscode";
import { isAzureError, type SecretStore } from "../azure";
import type { Finding } from "../engine";
import { FixPlanError, isValidSecretName, planMove, secretMetadata, suggestedSecretName, type MovePlan, type ReplacementStyle } from "../fixes";
import type { AzureAccess } from "./azure-access";
import type { DiagnosticsController } from "./diagnostics-controller";
import { committedInHead } from "./git-head";
import { readSecretSettings } from "./settings";
import type { VaultMappings } from "./vault-mappings";

export interface MoveSecretDependencies {
  readonly controller: DiagnosticsController;
  readonly access: AzureAccess;
  readonly mappings: VaultMappings;
  readonly log: vscode.LogOutputChannel;
}

/** What to do when the name is taken by a different value. Tests pass it; users are asked. */
export type CollisionChoice = "newVersion" | "otherName" | "cancel";

export interface MoveSecretRequest {
  readonly uri: vscode.Uri;
  /** The diagnostic's range: the finding whose value range equals it is moved. */
  readonly range: vscode.Range;
  /** Ask for the name and the replacement style ("Move to Key Vault…"). */
  readonly interactive?: boolean;
  /** Preset answers, for tests and scripted use. */
  readonly secretName?: string;
  readonly style?: ReplacementStyle;
  readonly onCollision?: CollisionChoice;
  /** Suppress the result message (the result is returned either way). */
  readonly quiet?: boolean;
}

export interface MoveSecretResult {
  readonly outcome: "moved" | "cancelled" | "failed";
  readonly message: string;
  readonly vaultUrl?: string;
  readonly secretName?: string;
  readonly version?: string;
  /** The value was already in the vault under this name: no new version was made. */
  readonly reused?: boolean;
  /** The value is in the file as committed in git HEAD: it must be rotated, not only moved. */
  readonly committed?: boolean;
}

class Stop extends Error {
  constructor(
    readonly outcome: "cancelled" | "failed",
    message: string,
  ) {
    super(message);
  }
}

function sameRange(finding: Finding, range: vscode.Range): boolean {
  const { start, end } = finding.range;
  return start.line === range.start.line && start.character === range.start.character && end.line === range.end.line && end.character === range.end.character;
}

function describeError(error: unknown): string {
  if (isAzureError(error) || error instanceof FixPlanError || error instanceof Stop) return error.message;
  // Anything else could, in theory, carry request data: say only what kind of failure it was.
  return `Unexpected ${error instanceof Error ? error.name : "error"}; see Secret Hygiene: Show Log.`;
}

/** Asks for the secret name, proposing the one derived from the key path. */
async function askName(proposed: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: "Move to Key Vault: secret name",
    value: proposed,
    prompt: "Letters, digits and '-'; ':' in a configuration key becomes '--'.",
    validateInput: (value) => {
      const check = isValidSecretName(value);
      return check.valid ? undefined : check.reason;
    },
  });
}

async function askStyle(defaultStyle: ReplacementStyle): Promise<ReplacementStyle | undefined> {
  const items: (vscode.QuickPickItem & { style: ReplacementStyle })[] = [
    { label: "Default for this file type", description: defaultStyle, style: defaultStyle },
    { label: "Environment variable", description: "the value is read from the environment at run time", style: "environmentVariable" },
    { label: "Key Vault reference", description: "@Microsoft.KeyVault(SecretUri=…)", style: "keyVaultReference" },
    { label: "Configuration", description: "read by key from configuration", style: "configuration" },
    { label: "Remove the value", description: "a configuration provider supplies it under the same key", style: "removeValue" },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: "Move to Key Vault: what replaces the value" });
  return picked?.style;
}

async function askCollision(vault: string, name: string): Promise<CollisionChoice> {
  const newVersion = "Add a New Version";
  const otherName = "Use Another Name";
  const answer = await vscode.window.showWarningMessage(
    `Key Vault ${vault} already has a secret '${name}' with a different value.`,
    { modal: true, detail: "A new version replaces the current value for everything that reads it." },
    newVersion,
    otherName,
  );
  return answer === newVersion ? "newVersion" : answer === otherName ? "otherName" : "cancel";
}

async function askRecover(vault: string, name: string): Promise<"recover" | "otherName" | "cancel"> {
  const recover = "Recover It and Add a Version";
  const otherName = "Use Another Name";
  const answer = await vscode.window.showWarningMessage(
    `Key Vault ${vault} has a deleted secret '${name}' (soft delete keeps the name until it is purged).`,
    { modal: true },
    recover,
    otherName,
  );
  return answer === recover ? "recover" : answer === otherName ? "otherName" : "cancel";
}

/** What this fix did in the vault, so a failure can undo exactly that. */
type VaultChange = { kind: "none" } | { kind: "newSecret"; name: string } | { kind: "newVersion"; name: string; version: string };

async function undo(store: SecretStore, change: VaultChange, log: vscode.LogOutputChannel): Promise<string> {
  try {
    if (change.kind === "newSecret") {
      await store.deleteSecret(change.name);
      // Best effort: without purge the name stays reserved until soft delete ends.
      await store.purgeSecret(change.name).catch(() => undefined);
      return ` The new secret '${change.name}' was deleted again.`;
    }
    if (change.kind === "newVersion") {
      await store.updateProperties(change.name, change.version, { enabled: false });
      return ` The new version of '${change.name}' was disabled; the previous one is current again for readers that ask for the latest enabled value.`;
    }
    return "";
  } catch (error) {
    log.warn(`Undo in ${store.vaultName} failed: ${describeError(error)}`);
    const where = change.kind === "none" ? "" : ` It is still stored as '${change.name}' in ${store.vaultName}.`;
    return `${where} Undoing that failed: ${describeError(error)}`;
  }
}

/** Stores `plan.value` under a free or agreed name; returns what changed. Throws Stop or AzureError. */
async function store(
  secrets: SecretStore,
  name: string,
  plan: MovePlan,
  metadata: { tags: Readonly<Record<string, string>>; contentType: string; expiresOn?: Date },
  request: MoveSecretRequest,
  signal: AbortSignal,
): Promise<{ name: string; version?: string; reused: boolean; change: VaultChange }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await secrets.getSecret(name, { signal });
    if (existing?.value === plan.value) return { name, version: existing.properties.version, reused: true, change: { kind: "none" } };
    if (existing) {
      const choice = request.onCollision ?? (await askCollision(secrets.vaultName, name));
      if (choice === "cancel") throw new Stop("cancelled", `Nothing was stored: '${name}' already exists in ${secrets.vaultName}.`);
      if (choice === "otherName") {
        const other = request.onCollision ? `${name}-2` : await askName(`${name}-2`);
        if (!other) throw new Stop("cancelled", "Nothing was stored.");
        name = other;
        continue;
      }
    }
    try {
      const properties = await secrets.setSecret(name, plan.value, { ...metadata, signal });
      return { name, version: properties.version, reused: false, change: existing ? { kind: "newVersion", name, version: properties.version ?? "" } : { kind: "newSecret", name } };
    } catch (error) {
      if (!isAzureError(error) || error.kind !== "conflictDeleted") throw error;
      const choice = request.onCollision === "otherName" ? "otherName" : request.onCollision ? "cancel" : await askRecover(secrets.vaultName, name);
      if (choice === "cancel") throw new Stop("cancelled", `Nothing was stored: '${name}' is a deleted secret in ${secrets.vaultName}.`);
      if (choice === "recover") {
        await secrets.recoverSecret(name, { signal });
        continue; // now it exists: the same-value / different-value rules apply
      }
      const other = request.onCollision ? `${name}-2` : await askName(`${name}-2`);
      if (!other) throw new Stop("cancelled", "Nothing was stored.");
      name = other;
    }
  }
  throw new Stop("failed", "Too many name conflicts; nothing was changed in the file.");
}

/**
 * The rotation half of "already committed": the user pastes the new credential (created at its
 * issuer) and it becomes the secret's new version. The input box masks it.
 */
async function addRotatedVersion(deps: MoveSecretDependencies, vaultUrl: string, name: string): Promise<void> {
  const value = await vscode.window.showInputBox({
    title: `New version of '${name}'`,
    prompt: "Paste the new credential from its issuer (the old one stays in git history: revoke it there).",
    password: true,
    ignoreFocusOut: true,
    validateInput: (input) => (input.length === 0 ? "Enter the new value." : undefined),
  });
  if (!value) return;
  try {
    const secrets = deps.access.secretStore(vaultUrl);
    const current = await secrets.getSecret(name);
    const properties = await secrets.setSecret(name, value, { contentType: current?.properties.contentType, tags: current?.properties.tags, expiresOn: current?.properties.expiresOn });
    deps.log.info(`Rotated '${name}' in ${secrets.vaultName}: new version ${properties.version ?? ""}`);
    void vscode.window.showInformationMessage(`Secret Hygiene: '${name}' has a new version in ${secrets.vaultName}. Revoke the old credential at its issuer.`);
  } catch (error) {
    void vscode.window.showErrorMessage(`Secret Hygiene: ${describeError(error)}`);
  }
}

export async function moveSecretToKeyVault(deps: MoveSecretDependencies, request: MoveSecretRequest): Promise<MoveSecretResult> {
  const result = await runMove(deps, request);
  if (!request.quiet) {
    if (result.outcome === "moved") {
      const actions = result.committed ? ["Create a New Version"] : [];
      const show = result.committed ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
      void show(`Secret Hygiene: ${result.message}`, ...actions).then((action) => {
        if (action && result.vaultUrl && result.secretName) void addRotatedVersion(deps, result.vaultUrl, result.secretName);
      });
    } else if (result.outcome === "failed") {
      void vscode.window.showErrorMessage(`Secret Hygiene: ${result.message}`);
    }
  }
  deps.log.info(`Move to Key Vault: ${result.outcome}${result.secretName ? ` '${result.secretName}'` : ""}${result.vaultUrl ? ` in ${result.vaultUrl}` : ""}`);
  return result;
}

async function runMove(deps: MoveSecretDependencies, request: MoveSecretRequest): Promise<MoveSecretResult> {
  const document = await vscode.workspace.openTextDocument(request.uri);
  const scanned = await deps.controller.findingsFor(document);
  const finding = scanned?.findings.find((candidate) => candidate.kind === "secret" && sameRange(candidate, request.range));
  if (!scanned || !finding) return { outcome: "failed", message: "The finding is no longer there: the file changed. Nothing was stored." };

  const target = await deps.mappings.targetFor(request.uri);
  const vaultUrl = target?.resolved?.target?.keyVault;
  if (!target || !vaultUrl) {
    const why = target?.resolved?.problem ?? (target?.mapping ? "no application in the vault mapping covers this file" : "this folder has no vault mapping");
    return { outcome: "failed", message: `No Key Vault for this file: ${why}. Run "Secret Hygiene: Configure Vaults…".` };
  }
  const environment = target.resolved?.environment.environment;

  let secretName = request.secretName ?? suggestedSecretName(scanned.text, scanned.filePath, finding);
  let plan: MovePlan;
  try {
    plan = planMove({ text: scanned.text, filePath: scanned.filePath, finding, secretName, vaultUrl, style: request.style });
    if (request.interactive) {
      const name = await askName(secretName);
      if (!name) return { outcome: "cancelled", message: "Cancelled; nothing was stored." };
      const style = request.style ?? (await askStyle(plan.style));
      if (!style) return { outcome: "cancelled", message: "Cancelled; nothing was stored." };
      secretName = name;
      plan = planMove({ text: scanned.text, filePath: scanned.filePath, finding, secretName, vaultUrl, style });
    }
  } catch (error) {
    return { outcome: "failed", message: `${describeError(error)} Nothing was stored.` };
  }

  const settings = readSecretSettings(request.uri);
  const metadata = secretMetadata({
    app: target.resolved?.app?.name,
    environment,
    sourcePath: scanned.filePath,
    rotationDays: settings.rotationDays,
    now: new Date(),
    createdBy: `secret-hygiene/${os.userInfo().username}`,
    compound: plan.compound,
    ruleId: finding.ruleId,
  });

  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Moving the secret to Key Vault…`, cancellable: true },
    async (progress, token): Promise<MoveSecretResult> => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      let secrets: SecretStore;
      try {
        secrets = deps.access.secretStore(vaultUrl);
      } catch (error) {
        return { outcome: "failed", message: `${describeError(error)} Nothing was stored.` };
      }
      const where = `${secrets.vaultName}${environment ? ` (${environment})` : ""}`;
      let stored: Awaited<ReturnType<typeof store>>;
      try {
        progress.report({ message: `storing in ${where}` });
        stored = await store(secrets, secretName, plan, { ...metadata, expiresOn: settings.setExpiry ? metadata.expiresOn : undefined }, request, controller.signal);
      } catch (error) {
        const outcome = error instanceof Stop ? error.outcome : isAzureError(error, "cancelled") ? "cancelled" : "failed";
        return { outcome, vaultUrl, message: `${describeError(error)}${error instanceof Stop ? "" : " Nothing was stored and the file is unchanged."}` };
      }
      if (stored.name !== secretName) {
        // A new name means a new reference in the file.
        secretName = stored.name;
        plan = planMove({ text: scanned.text, filePath: scanned.filePath, finding, secretName, vaultUrl, style: plan.style });
      }

      const fail = async (why: string): Promise<MoveSecretResult> => ({
        outcome: "failed",
        vaultUrl,
        secretName,
        message: `${why} The file is unchanged.${await undo(secrets, stored.change, deps.log)}`,
      });
      try {
        progress.report({ message: "verifying" });
        const readBack = await secrets.getSecret(secretName, { version: stored.version, signal: controller.signal });
        if (readBack?.value !== plan.value) return fail(`The value read back from ${where} does not match what was sent.`);
      } catch (error) {
        return fail(`Could not read the secret back from ${where}: ${describeError(error)}`);
      }
      if (document.isClosed || document.version !== scanned.version) return fail("The file changed while the secret was being stored.");

      const edit = new vscode.WorkspaceEdit();
      for (const change of plan.edits) edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
      if (!(await vscode.workspace.applyEdit(edit))) return fail("VS Code did not apply the edit.");

      const rawValue = scanned.text.slice(finding.range.startOffset, finding.range.endOffset);
      const committed = await committedInHead(document.uri, scanned.filePath, rawValue).catch(() => false);
      const stages = stored.reused ? `already in ${where} as '${secretName}' (no new version)` : `stored in ${where} as '${secretName}'`;
      const notes = plan.notes.length ? ` ${plan.notes.join(" ")}` : "";
      const rotate = committed ? " This value is in the last commit (HEAD): anyone with the repository has it. Rotate it: create a new credential at its issuer and add it as a new version." : "";
      return {
        outcome: "moved",
        vaultUrl,
        secretName,
        version: stored.version,
        reused: stored.reused,
        committed,
        message: `Secret ${stages}; the file now uses ${plan.replacementDescription}.${notes}${rotate}`,
      };
    },
  );
}
