// What the explorer's context menus do. Every write goes through the Azure layer, whose AzureError
// messages name the role on 403, and whose SDK clients back off on 429; a failure shows that message
// (never anything that could carry a value). Destructive actions ask first, in a modal dialog that
// says what cannot be undone. A secret's value is read only by "Reveal Value" and "Back Up" (as the
// vault's encrypted blob), and is shown only transiently; it is never logged.
//
// Each handler returns a small result object (never a value) so tests and scripts can check it; the
// optional second argument presets an answer (a new value, a date, tags, a file) for tests and
// automation, with the same checks.
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { isAzureError, parseSecretUri, sameEndpoint, type DeletedSecretProperties, type SecretProperties } from "../../azure";
import { appConfigurationReference, keyVaultReference, MAX_TAGS } from "../../fixes";
import { CommandId, SETTINGS_SECTION, SettingKey, VAULTS_VIEW_ID } from "../contributions";
import { readSecretSettings } from "../settings";
import { describeFailure } from "../failure";
import { describeError, MoveStopped } from "../moves/move-stopped";
import { showErrorWithRemedies, showWithRemedies } from "../notify";
import { addVersionVerified } from "../moves/vault-steps";
import { withCancellableProgress } from "../progress";
import { remediesFor } from "../remedies";
import type { TransientClipboard } from "./clipboard";
import type { ExplorerContext } from "./context";
import { isoDay } from "./health";
import { LoadMoreNode, type ExplorerNode } from "./nodes";
import { AppNode, MappedFolderNode, ResourceGroupNode, SourceNode, SubscriptionNode } from "./root-nodes";
import { SettingNode } from "./store-nodes";
import { generateSecretValue, parseExpiry, rotatedTags, tagProblem, tagsProblem } from "./values";
import { deletionBehaviour } from "./recovery";
import { newestFirst } from "./version-order";
import { writePrivateFileAtomically } from "./private-file";
import { backupReadFailure, backupWriteFailure, type FileFailure } from "./backup-file-errors";
import { DeletedSecretNode, HealthNode, SecretNode, VaultNode, VersionNode, type DeletedGroupNode } from "./vault-nodes";

export interface ActionResult {
  readonly ok: boolean;
  readonly message: string;
}

export type ReferenceFormat = "keyVaultReference" | "secretUri" | "appConfigurationReference";

/** What the explorer's tree offers the actions. */
export interface ExplorerView {
  readonly ctx: ExplorerContext;
  readonly clipboard: TransientClipboard;
  readonly treeView: vscode.TreeView<ExplorerNode>;
  roots(): Promise<ExplorerNode[]>;
  refresh(node?: ExplorerNode): void;
  /** Repaints a node after an action changed its vault, and reloads the vault's other nodes. */
  changedVault(node: VaultNode | DeletedGroupNode): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a success stays in the status bar. */
const STATUS_MESSAGE_MS = 5000;
/** The button after an Azure CLI sign-in: the view cannot tell when `az login` finished. */
const REFRESH = "Refresh";

/** Tree commands get (node, selectedNodes); scripts may pass (node, options). */
export function optionsOf<T extends object>(value: unknown): Partial<T> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof vscode.Uri) ? (value) : {};
}

type SecretTarget = SecretNode | VersionNode;

/**
 * The secret's versions as the vault lists them now (metadata only, disabled versions too), the
 * current one first, as the tree orders them. Empty when the secret is gone.
 */
async function freshVersions(secret: SecretNode, signal?: AbortSignal): Promise<SecretProperties[]> {
  const versions: SecretProperties[] = [];
  for await (const properties of secret.vault.store().listVersions(secret.name, { signal })) versions.push(properties);
  return newestFirst(versions, secret.properties);
}

function secretOf(node: SecretTarget): { secret: SecretNode; version?: string; label: string } {
  if (node instanceof VersionNode) return { secret: node.secret, version: node.version, label: `version ${node.version?.slice(0, 8) ?? ""} of '${node.secret.name}'` };
  return { secret: node, label: `'${node.name}'` };
}

export class ExplorerActions {
  constructor(private readonly view: ExplorerView) {}

  private get ctx(): ExplorerContext {
    return this.view.ctx;
  }

  /**
   * Runs Azure work with progress, and turns a failure into one error message. A quick call (one
   * request: a read, a property change) shows progress in the Vaults view, where it was asked for;
   * one that can take long, or whose Cancel takes back a write (`"notification"`: rotate, backup,
   * restore, a vault setting), gets a notification with Cancel. Each notification is one more toast.
   * `"write"`: a notification too, for a change the service carries out once it has the request:
   * a Cancel then may come too late, and the user is told so (delete, recover, purge, restore, a
   * vault setting).
   */
  private async azure<T>(title: string, work: (signal: AbortSignal) => Promise<T>, progress: "view" | "notification" | "write" = "view"): Promise<{ value: T } | { error: string }> {
    try {
      const value =
        progress !== "view"
          ? await withCancellableProgress(`Secret Hygiene: ${title}`, (signal) => work(signal))
          : await vscode.window.withProgress({ location: { viewId: VAULTS_VIEW_ID }, title }, () => work(new AbortController().signal));
      return { value };
    } catch (error) {
      // A new version added and taken back (addVersionVerified) says in our words what the vault holds now.
      const message = describeError(error, this.ctx.log, "Vault explorer");
      this.ctx.log.warn(`Vault explorer: ${title} failed: ${message}`);
      // The user's own Cancel needs no message, except where the service may still carry the change
      // out; a rotation's cancel (a MoveStopped) says what the vault holds now.
      if (isAzureError(error, "cancelled")) {
        if (progress === "write") void vscode.window.showWarningMessage(`Secret Hygiene: cancelled ${title.replace(/…$/, "")}. Azure may still carry out what it had received: refresh the Vaults view to see.`);
        return { error: message };
      }
      if (error instanceof MoveStopped && error.outcome === "cancelled") void vscode.window.showWarningMessage(`Secret Hygiene: ${message}`);
      else void showErrorWithRemedies(message, remediesFor(message, error));
      return { error: message };
    }
  }

  private refused(message: string): ActionResult {
    void showWithRemedies("warning", message);
    return { ok: false, message };
  }

  /** Success: the tree shows the change, so the status bar says it (as copy does) and the log keeps it; no toast. */
  /** A local file that could not be written or read: the path and the cause, with the error's code in the log. */
  private fileFailed(failure: FileFailure): ActionResult {
    this.ctx.log.warn(failure.logLine);
    void showErrorWithRemedies(failure.message, []);
    return { ok: false, message: failure.message };
  }

  private done(message: string): ActionResult {
    this.ctx.log.info(`Vault explorer: ${message}`);
    vscode.window.setStatusBarMessage(`$(check) ${message}`, STATUS_MESSAGE_MS);
    return { ok: true, message };
  }

  private cancelled(): ActionResult {
    return { ok: false, message: "Cancelled." };
  }

  /**
   * Repaints the vault and, for a version, its secret. Whether the version is the current one is
   * read again (unless the action just read it: `current`), not taken from the tree: a version
   * added since the tree loaded is current now, and an older version's state must not become the
   * secret's row.
   */
  private async updated(node: SecretTarget, properties: SecretProperties, current?: boolean): Promise<void> {
    const { secret } = secretOf(node);
    if (node instanceof VersionNode) {
      node.properties = properties;
      secret.resetVersions();
      if (current ?? (await this.isCurrentVersion(secret, node.version))) secret.vault.upsertSecret(properties);
    } else secret.vault.upsertSecret(properties);
    this.view.changedVault(secret.vault);
  }

  /**
   * Whether `version` is the secret's current version in the vault now: the first of the version
   * list ordered as the tree orders it. Read from the version list, which holds no values and lists
   * disabled versions too (reading a disabled secret is refused). False when the list cannot be read.
   */
  private async isCurrentVersion(secret: SecretNode, version: string | undefined): Promise<boolean> {
    try {
      const versions = await freshVersions(secret);
      return versions.length > 0 && versions[0]!.version === version;
    } catch {
      return false;
    }
  }

  // Copy and insert.

  referenceText(node: SecretTarget | DeletedSecretNode, format: ReferenceFormat): string {
    const uri = node instanceof DeletedSecretNode ? `${node.vault.vaultUrl}/secrets/${node.name}/` : node.uri();
    return format === "keyVaultReference" ? keyVaultReference(uri) : format === "appConfigurationReference" ? appConfigurationReference(uri) : uri;
  }

  async copy(node: unknown, format: ReferenceFormat): Promise<ActionResult & { text?: string }> {
    if (!(node instanceof SecretNode || node instanceof VersionNode)) return this.refused("Pick a secret or a version in the Vaults view.");
    const text = this.referenceText(node, format);
    await vscode.env.clipboard.writeText(text);
    const what = format === "keyVaultReference" ? "Key Vault reference" : format === "appConfigurationReference" ? "App Configuration reference" : "secret URI";
    vscode.window.setStatusBarMessage(`$(copy) Copied the ${what} of ${secretOf(node).label}`, 4000);
    return { ok: true, message: `Copied the ${what}.`, text };
  }

  async insertReference(node: unknown, options: { format?: ReferenceFormat }): Promise<ActionResult & { text?: string }> {
    if (!(node instanceof SecretNode || node instanceof VersionNode)) return this.refused("Pick a secret or a version in the Vaults view.");
    const editor = vscode.window.activeTextEditor;
    if (!editor) return this.refused("Open a file and place the cursor where the reference goes.");
    let format = options.format;
    if (!format) {
      const items: (vscode.QuickPickItem & { format: ReferenceFormat })[] = [
        { label: "Key Vault reference", description: "@Microsoft.KeyVault(SecretUri=…), for App Service and Functions settings", format: "keyVaultReference" },
        { label: "Secret URI", description: this.referenceText(node, "secretUri"), format: "secretUri" },
        { label: "App Configuration reference", description: '{"uri":"…"}, the value of a Key Vault reference setting', format: "appConfigurationReference" },
      ];
      format = (await vscode.window.showQuickPick(items, { title: `Insert a reference to ${secretOf(node).label}` }))?.format;
      if (!format) return this.cancelled();
    }
    const text = this.referenceText(node, format);
    const applied = await editor.edit((builder) => {
      for (const selection of editor.selections) builder.replace(selection, text);
    });
    return applied ? { ok: true, message: "Inserted the reference.", text } : { ok: false, message: "The editor did not accept the edit." };
  }

  // Reveal.

  async revealValue(node: unknown): Promise<ActionResult & { clipboardCleared?: Promise<boolean> }> {
    if (!(node instanceof SecretNode || node instanceof VersionNode)) return this.refused("Pick a secret or a version in the Vaults view.");
    const { secret, version, label } = secretOf(node);
    const vault = secret.vault.name;
    const seconds = this.ctx.settings().clipboardClearSeconds;
    const show = "Show and Copy";
    const answer = await vscode.window.showWarningMessage(
      `Show the value of ${label} from Key Vault ${vault}?`,
      {
        modal: true,
        detail: `The value is shown on screen for ${seconds} seconds and copied to the clipboard, which is cleared after ${seconds} seconds if it still holds it. Make sure nobody can see your screen and that it is not being shared or recorded.`,
      },
      show,
    );
    if (answer !== show) return this.cancelled();
    const read = await this.azure(`reading ${label} from ${vault}…`, (signal) => secret.vault.store().getSecret(secret.name, { version, signal }));
    if ("error" in read) return { ok: false, message: read.error };
    if (!read.value) return this.refused(`Key Vault ${vault} has no ${label} any more.`);
    const value = read.value.value;
    const { cleared } = await this.view.clipboard.copy(value, seconds);
    showTransiently(value, `${secret.name} · ${vault}`, seconds);
    this.ctx.log.info(`Vault explorer: revealed ${label} of ${vault} (the value is not logged)`);
    return { ok: true, message: `Showing ${label} for ${seconds} s; copied.`, clipboardCleared: cleared };
  }

  // Rotate.

  async rotate(node: unknown, options: { value?: string; generate?: boolean }): Promise<ActionResult & { version?: string }> {
    if (!(node instanceof SecretNode)) return this.refused("Pick a secret in the Vaults view.");
    if (node.properties.managed) return this.refused(`'${node.name}' is backed by a certificate: renew the certificate instead.`);
    const vault = node.vault;
    let value = options.value;
    let generated = false;
    if (value === undefined && options.generate) {
      value = generateSecretValue();
      generated = true;
    }
    if (value === undefined) {
      const generate = { label: "$(sparkle) Generate a random value", description: "40 letters and digits", generate: true };
      const enter = { label: "$(edit) Enter the new value…", description: "for example a key the service just issued", generate: false };
      const picked = await vscode.window.showQuickPick([generate, enter], { title: `Rotate '${node.name}' in ${vault.name}` });
      if (!picked) return this.cancelled();
      if (picked.generate) {
        value = generateSecretValue();
        generated = true;
      } else {
        value = await vscode.window.showInputBox({
          title: `Rotate '${node.name}': new value`,
          prompt: "The new value. It is sent to Key Vault only, never logged.",
          password: true,
          ignoreFocusOut: true,
          validateInput: (text) => (text.length === 0 ? "Enter a value." : undefined),
        });
        if (value === undefined) return this.cancelled();
      }
    }
    if (value.length === 0) return this.refused("A new value cannot be empty.");
    // The new version copies the current one's tags and content type: read them now, not as the
    // tree loaded them, or a tag a teammate changed since (rotation-days, owner) is put back. Read
    // from the version list, which holds no values.
    const latest = await this.azure(`reading '${node.name}' in ${vault.name}…`, (signal) => freshVersions(node, signal));
    if ("error" in latest) return { ok: false, message: latest.error };
    const current = latest.value[0];
    if (!current) return this.refused(`'${node.name}' is no longer in ${vault.name}: someone deleted it after this list was loaded. Nothing was rotated.`);
    const now = new Date();
    const scope = vault.origin.scope;
    const { rotationDays, setExpiry } = readSecretSettings(scope);
    const { tags, rotateBy } = rotatedTags(current.tags, now, rotationDays);
    // Key Vault keeps 15 tags: a rotation that adds rotated-on and rotate-by must fit, or the vault refuses it after the question.
    if (tagsProblem(tags)) return this.refused(`'${node.name}' has ${Object.keys(current.tags).length} tags, and rotating adds rotated-on and rotate-by: Key Vault keeps at most ${MAX_TAGS}. Remove ${Object.keys(tags).length - MAX_TAGS} tag(s) with Edit Tags first. Nothing was rotated.`);
    const expiresOn = current.expiresOn || setExpiry ? rotateBy : undefined;
    const rotate = "Rotate";
    const answer = await vscode.window.showWarningMessage(
      `Add a new version of '${node.name}' in Key Vault ${vault.name}?`,
      {
        modal: true,
        detail: [
          "Applications that read the latest version get the new value at their next read; the current version stays readable by its version id.",
          "Change the value where it is issued as well (the database, the API provider), or the applications will fail to authenticate.",
          `Tags rotated-on and rotate-by are updated${expiresOn ? `, and the expiry becomes ${isoDay(expiresOn)}` : ""}.`,
          generated ? "The generated value is shown only if you choose Reveal Value afterwards." : "",
        ]
          .filter(Boolean)
          .join(" "),
      },
      rotate,
    );
    if (answer !== rotate) return this.cancelled();
    const newValue = value;
    // As "Create a New Version" after a move does: a lost answer whose version the vault made is
    // reported as made, the new version is read back and compared, and a Cancel after the vault
    // took the value (or a version that reads back different) makes the previous value current again.
    const result = await this.azure(
      `rotating '${node.name}' in ${vault.name}…`,
      (signal) => addVersionVerified(vault.store(), { name: node.name, value: newValue, contentType: current.contentType, tags, expiresOn }, current, { signal, log: this.ctx.log }),
      "notification",
    );
    if ("error" in result) return { ok: false, message: result.error };
    const secret = vault.upsertSecret(result.value.properties);
    this.view.changedVault(vault);
    const message = `Rotated '${node.name}' in ${vault.name}: new version ${result.value.version?.slice(0, 8) ?? ""}; rotate again by ${isoDay(rotateBy)}.`;
    this.ctx.log.info(`Vault explorer: ${message}`);
    if (generated) {
      void vscode.window.showInformationMessage(`Secret Hygiene: ${message} Set the same value where it is issued.`, "Reveal Value…").then((action) => {
        if (action) void this.revealValue(secret);
      });
    } else void vscode.window.showInformationMessage(`Secret Hygiene: ${message}`);
    return { ok: true, message, version: result.value.version };
  }

  // Properties.

  async setExpiry(node: unknown, options: { expiresOn?: Date | string }): Promise<ActionResult> {
    if (!(node instanceof SecretNode || node instanceof VersionNode)) return this.refused("Pick a secret or a version in the Vaults view.");
    const { secret, version, label } = secretOf(node);
    const now = new Date();
    let expiresOn: Date | undefined;
    if (options.expiresOn !== undefined) {
      const parsed = options.expiresOn instanceof Date ? options.expiresOn : parseExpiry(options.expiresOn, now);
      if (typeof parsed === "string") return this.refused(parsed);
      expiresOn = parsed;
    } else {
      const { rotationDays } = this.ctx.settings(secret.vault.origin.scope);
      const inDays = (days: number, label: string) => ({ label, description: isoDay(new Date(now.getTime() + days * DAY_MS)), days });
      const items = [inDays(rotationDays, `In ${rotationDays} days (the rotation period)`), inDays(30, "In 30 days"), inDays(90, "In 90 days"), inDays(365, "In a year"), { label: "On a date…", description: "YYYY-MM-DD", days: 0 }];
      const picked = await vscode.window.showQuickPick(items, { title: `Expiry of ${label} in ${secret.vault.name}` });
      if (!picked) return this.cancelled();
      if (picked.days > 0) expiresOn = new Date(now.getTime() + picked.days * DAY_MS);
      else {
        const text = await vscode.window.showInputBox({
          title: `Expiry of ${label}`,
          prompt: "A date (YYYY-MM-DD, end of that day in UTC) or a number of days from now",
          validateInput: (input) => {
            const parsed = parseExpiry(input, new Date());
            return typeof parsed === "string" ? parsed : undefined;
          },
        });
        if (text === undefined) return this.cancelled();
        const parsed = parseExpiry(text, new Date());
        if (typeof parsed === "string") return this.refused(parsed);
        expiresOn = parsed;
      }
    }
    const expiry = expiresOn;
    const result = await this.azure(`setting the expiry of ${label}…`, (signal) => secret.vault.store().updateProperties(secret.name, version, { expiresOn: expiry }, { signal }));
    if ("error" in result) return { ok: false, message: result.error };
    await this.updated(node, result.value);
    return this.done(`${label} in ${secret.vault.name} now expires on ${isoDay(expiry)}.`);
  }

  async clearExpiry(node: unknown): Promise<ActionResult> {
    if (!(node instanceof SecretNode || node instanceof VersionNode)) return this.refused("Pick a secret or a version in the Vaults view.");
    const { secret, version, label } = secretOf(node);
    const result = await this.azure(`clearing the expiry of ${label}…`, (signal) => secret.vault.store().updateProperties(secret.name, version, { expiresOn: null }, { signal }));
    if ("error" in result) return { ok: false, message: result.error };
    await this.updated(node, result.value);
    return this.done(`${label} in ${secret.vault.name} no longer expires.`);
  }

  async editTags(node: unknown, options: { tags?: Record<string, string> }): Promise<ActionResult> {
    if (!(node instanceof SecretNode || node instanceof VersionNode)) return this.refused("Pick a secret or a version in the Vaults view.");
    const { secret, label } = secretOf(node);
    let { version } = secretOf(node);
    let tags = options.tags;
    if (tags) {
      const problem = tagsProblem(tags);
      if (problem) return this.refused(problem);
    } else {
      // The tags as the vault has them now, not as the tree loaded them: a version added since
      // (a rotation, a move) has its own, and saving the old ones onto it would undo them. Read
      // from the version list: no value is read, and a disabled version (which Key Vault refuses to
      // read) can be tagged too.
      const fresh = await this.azure(`reading the tags of ${label}…`, (signal) => freshVersions(secret, signal));
      if ("error" in fresh) return { ok: false, message: fresh.error };
      const shown = version === undefined ? fresh.value[0] : fresh.value.find((properties) => properties.version === version);
      if (!shown) return this.refused(`${label} is no longer in ${secret.vault.name}: someone deleted it after this list was loaded.`);
      tags = await editTagsInteractively(label, shown.tags);
      if (!tags) return this.cancelled();
      // The version whose tags were shown, even if another is added while the editor is open.
      version = shown.version;
    }
    const next = tags;
    const target = version;
    const result = await this.azure(`updating the tags of ${label}…`, (signal) => secret.vault.store().updateProperties(secret.name, target, { tags: next }, { signal }));
    if ("error" in result) return { ok: false, message: result.error };
    await this.updated(node, result.value);
    return this.done(`Updated the tags of ${label} in ${secret.vault.name} (${Object.keys(next).length}).`);
  }

  async setEnabled(node: unknown, enabled: boolean): Promise<ActionResult> {
    if (!(node instanceof SecretNode || node instanceof VersionNode)) return this.refused("Pick a secret or a version in the Vaults view.");
    const { secret, version, label } = secretOf(node);
    // (Read again: a version added since the tree loaded would make this one an older version.)
    const current = node instanceof SecretNode || (await this.isCurrentVersion(secret, node.version));
    if (!enabled) {
      const disable = "Disable";
      const answer = await vscode.window.showWarningMessage(
        `Disable ${label} in Key Vault ${secret.vault.name}?`,
        {
          modal: true,
          detail: current
            ? "Applications that read it get an error (403 SecretDisabled) until it is enabled again. It stays in the vault; enabling it undoes this."
            : "Applications pinned to this version get an error (403 SecretDisabled) until it is enabled again.",
        },
        disable,
      );
      if (answer !== disable) return this.cancelled();
    }
    const result = await this.azure(`${enabled ? "enabling" : "disabling"} ${label}…`, (signal) => secret.vault.store().updateProperties(secret.name, version, { enabled }, { signal }));
    if ("error" in result) return { ok: false, message: result.error };
    await this.updated(node, result.value, current);
    return this.done(`${enabled ? "Enabled" : "Disabled"} ${label} in ${secret.vault.name}.`);
  }

  // Delete, recover, purge.

  async deleteSecret(node: unknown, options: { backupUri?: vscode.Uri }): Promise<ActionResult> {
    if (!(node instanceof SecretNode)) return this.refused("Pick a secret in the Vaults view.");
    const vault = node.vault;
    const behaviour = deletionBehaviour((await vault.arm()).info, node.properties);
    const softDelete = behaviour.softDelete;
    const days = behaviour.retentionDays ?? 90;
    const remove = "Delete";
    const backUpAndDelete = "Back Up and Delete";
    const permanently = "Delete Permanently";
    const detail =
      softDelete === false
        ? `This vault has soft delete off: the secret and every version of it are destroyed at once. This cannot be undone. Applications that read it fail from now on.`
        : softDelete
          ? `Applications that read it fail from now on. Soft delete keeps it for ${days} days: until then you can recover it from "Deleted secrets"${behaviour.purgeProtection ? "" : ", unless someone purges it"}, and its name cannot be reused.`
          : "Applications that read it fail from now on. If the vault has soft delete (the default), it can be recovered from \"Deleted secrets\" until its retention ends; if not, this cannot be undone.";
    const buttons = softDelete === false ? [backUpAndDelete, permanently] : [remove];
    const answer = await vscode.window.showWarningMessage(`Delete '${node.name}' from Key Vault ${vault.name}?`, { modal: true, detail }, ...buttons);
    if (!answer) return this.cancelled();
    if (answer === backUpAndDelete) {
      const backup = await this.backup(node, { uri: options.backupUri });
      if (!backup.ok) return backup;
    }
    const result = await this.azure(`deleting '${node.name}' from ${vault.name}…`, (signal) => vault.store().deleteSecret(node.name, { signal }), "write");
    if ("error" in result) return { ok: false, message: result.error };
    vault.removeSecret(node.name);
    if (softDelete !== false) vault.deleted.add(result.value);
    this.view.changedVault(vault);
    const kept = result.value.scheduledPurgeDate ? ` It can be recovered until ${isoDay(result.value.scheduledPurgeDate)}.` : "";
    return this.done(`Deleted '${node.name}' from ${vault.name}.${kept}`);
  }

  async recoverSecret(node: unknown): Promise<ActionResult> {
    if (!(node instanceof DeletedSecretNode)) return this.refused("Pick a deleted secret in the Vaults view.");
    const vault = node.vault;
    const result = await this.azure(`recovering '${node.name}' in ${vault.name}…`, (signal) => vault.store().recoverSecret(node.name, { signal }), "write");
    if ("error" in result) return { ok: false, message: result.error };
    node.group.remove(node.name);
    vault.upsertSecret(result.value);
    this.view.changedVault(vault);
    return this.done(`Recovered '${node.name}' in ${vault.name}.`);
  }

  async purgeSecret(node: unknown): Promise<ActionResult> {
    if (!(node instanceof DeletedSecretNode)) return this.refused("Pick a deleted secret in the Vaults view.");
    const vault = node.vault;
    const behaviour = deletionBehaviour((await vault.arm()).info, node.properties);
    if (behaviour.purgeProtection) {
      const when = node.properties.scheduledPurgeDate ? ` on ${isoDay(node.properties.scheduledPurgeDate)}` : " when its retention ends";
      return this.refused(`Key Vault ${vault.name} has purge protection: '${node.name}' cannot be purged early; Key Vault purges it${when}.`);
    }
    const purge = "Purge Permanently";
    const answer = await vscode.window.showWarningMessage(
      `Purge '${node.name}' from Key Vault ${vault.name} permanently?`,
      {
        modal: true,
        detail: `Every version of the secret is destroyed. This cannot be undone: neither you nor Microsoft support can get it back. The name becomes free for a new secret a few seconds later.${
          // Neither Resource Manager's record (no Reader role, another subscription) nor the secret's recovery level says.
          behaviour.purgeProtection === undefined ? " Whether this vault has purge protection is not known here; if it has, Key Vault refuses the purge." : ""
        }`,
      },
      purge,
    );
    if (answer !== purge) return this.cancelled();
    // Purge goes by name. If a teammate recovered the secret, added versions and deleted it again
    // since the list was loaded, a purge would destroy that newer deletion without anyone seeing it.
    const current = await this.azure(`checking '${node.name}' in ${vault.name}…`, (signal) => vault.store().getDeletedSecret(node.name, { signal }));
    if ("error" in current) return { ok: false, message: current.error };
    if (!current.value) {
      node.group.remove(node.name);
      this.view.refresh(node.group);
      return this.refused(`'${node.name}' is no longer among the deleted secrets of ${vault.name}: someone recovered or purged it after this list was loaded. Nothing was purged.`);
    }
    if (!sameDeletion(node.properties, current.value)) {
      node.group.add(current.value);
      this.view.refresh(node.group);
      const when = current.value.deletedOn ? ` on ${isoDay(current.value.deletedOn)}` : "";
      return this.refused(`'${node.name}' was deleted again${when} after this list was loaded, maybe with newer versions. Nothing was purged: look at it again, and purge it again if you mean to.`);
    }
    const result = await this.azure(`purging '${node.name}' from ${vault.name}…`, (signal) =>
      vault
        .store()
        .purgeSecret(node.name, { signal })
        .catch(async (error: unknown) => {
          // It was there a moment ago: a 404 now means it was purged, by a teammate or by this purge
          // (its answer lost on the way back, the SDK's retry finding nothing left).
          if (isAzureError(error, "notFound") && !(await vault.store().getDeletedSecret(node.name, { signal }))) return;
          throw error;
        }),
      "write",
    );
    if ("error" in result) return { ok: false, message: result.error };
    node.group.remove(node.name);
    this.view.changedVault(node.group);
    return this.done(`Purged '${node.name}' from ${vault.name}.`);
  }

  // Backup and restore.

  async backup(node: unknown, options: { uri?: vscode.Uri }): Promise<ActionResult & { uri?: vscode.Uri }> {
    if (!(node instanceof SecretNode)) return this.refused("Pick a secret in the Vaults view.");
    const vault = node.vault;
    let uri = options.uri;
    if (!uri) {
      const stamp = isoDay(new Date()).replace(/-/g, "");
      uri = await vscode.window.showSaveDialog({
        title: `Back up '${node.name}' from ${vault.name}`,
        defaultUri: vscode.Uri.file(path.join(os.homedir(), `${vault.name.replace(/[^A-Za-z0-9-]/g, "-")}-${node.name}-${stamp}.keyvault-backup`)),
        filters: { "Key Vault backup": ["keyvault-backup"] },
        saveLabel: "Back Up",
      });
      if (!uri) return this.cancelled();
    }
    const target = uri;
    const result = await this.azure(`backing up '${node.name}' from ${vault.name}…`, (signal) => vault.store().backupSecret(node.name, { signal }), "notification");
    if ("error" in result) return { ok: false, message: result.error };
    const blob = result.value;
    // Outside this.azure: a local file error is no Azure failure, and its cause (permission denied,
    // no space, folder not found) is safe to say.
    try {
      // The blob is encrypted by Key Vault; still, only the user may read the file, and a failed
      // write must not leave half a backup in place of an earlier one.
      if (target.scheme === "file") await writePrivateFileAtomically(target.fsPath, blob);
      else await vscode.workspace.fs.writeFile(target, blob);
    } catch (error) {
      return this.fileFailed(backupWriteFailure(node.name, target.fsPath, error, target.scheme === "file"));
    }
    this.ctx.log.info(`Vault explorer: backed up every version of '${node.name}' from ${vault.name} to ${target.fsPath} (${blob.length} bytes, encrypted by Key Vault)`);
    const inWorkspace = vscode.workspace.getWorkspaceFolder(target) ? " It is in the workspace: keep it out of version control." : "";
    const message = `Backed up '${node.name}' to ${path.basename(target.fsPath)}; it restores into a vault of the same subscription and geography only.${inWorkspace}`;
    // The file's place is the one thing to do next with it: the button shows it (where the OS's file manager can: not from a remote window).
    const reveal = "Reveal in File Explorer";
    const buttons = target.scheme === "file" && vscode.env.remoteName === undefined ? [reveal] : [];
    void vscode.window.showInformationMessage(`Secret Hygiene: ${message}`, ...buttons).then((picked) => {
      if (picked === reveal) void vscode.commands.executeCommand("revealFileInOS", target);
    });
    return { ok: true, message, uri: target };
  }

  async restore(node: unknown, options: { uri?: vscode.Uri }): Promise<ActionResult & { name?: string }> {
    if (!(node instanceof VaultNode)) return this.refused("Pick a vault in the Vaults view.");
    let uri = options.uri;
    if (!uri) {
      const picked = await vscode.window.showOpenDialog({ title: `Restore a secret into ${node.name}`, filters: { "Key Vault backup": ["keyvault-backup"], "All files": ["*"] }, canSelectMany: false, openLabel: "Restore" });
      uri = picked?.[0];
      if (!uri) return this.cancelled();
    }
    const source = uri;
    let blob: Uint8Array;
    try {
      blob = await vscode.workspace.fs.readFile(source);
    } catch (error) {
      return this.fileFailed(backupReadFailure(node.name, source.fsPath, error));
    }
    const result = await this.azure(`restoring into ${node.name}…`, (signal) => node.store().restoreSecret(blob, { signal }), "write");
    if ("error" in result) return { ok: false, message: result.error };
    node.upsertSecret(result.value);
    this.view.changedVault(node);
    return { ...this.done(`Restored '${result.value.name}' into ${node.name}.`), name: result.value.name };
  }

  // Health.

  async openGuidance(node: unknown): Promise<ActionResult> {
    if (!(node instanceof HealthNode) || !node.warning) return this.refused("Pick a health warning in the Vaults view.");
    await vscode.env.openExternal(vscode.Uri.parse(node.warning.guidance));
    return { ok: true, message: node.warning.guidance };
  }

  async applyHealthFix(node: unknown): Promise<ActionResult> {
    if (!(node instanceof HealthNode) || !node.warning?.fix) return this.refused("This warning has no automatic fix: follow its guidance.");
    const vault = node.vault;
    const fix = node.warning.fix;
    if (fix === "openMapping") {
      const use = vault.uses()[0];
      const folder = vscode.workspace.workspaceFolders?.find((candidate) => (use?.folderUri !== undefined ? candidate.uri.toString() === use.folderUri : candidate.name === use?.folder));
      if (!folder) return this.refused("The mapping file of this vault was not found.");
      await vscode.window.showTextDocument(this.ctx.mappings.mappingUri(folder));
      return { ok: true, message: "Opened the mapping file." };
    }
    const arm = await vault.arm();
    if (!arm.info || !arm.directory) return this.refused(`Resource Manager does not show Key Vault ${vault.name} to you, so its settings cannot be changed from here. ${arm.problem ?? ""}`.trim());
    const info = arm.info;
    const directory = arm.directory;
    const both = fix === "enablePurgeProtection" && !info.softDelete;
    const title = fix === "enableSoftDelete" ? `Turn on soft delete for Key Vault ${vault.name}?` : `Turn on purge protection for Key Vault ${vault.name}?`;
    const detail =
      fix === "enableSoftDelete"
        ? `Deleted secrets are then kept for ${info.softDeleteRetentionDays ?? 90} days and can be recovered. This cannot be undone: Azure does not allow turning soft delete off again. Deleted names stay reserved until they are purged.`
        : `${both ? "Soft delete is turned on as well (purge protection needs it). " : ""}Deleted secrets can then no longer be purged before their ${info.softDeleteRetentionDays ?? 90}-day retention ends, by anyone, and the vault itself cannot be purged early. This cannot be undone: Azure does not allow turning purge protection off.`;
    const button = fix === "enableSoftDelete" ? "Turn On Soft Delete" : "Turn On Purge Protection";
    const answer = await vscode.window.showWarningMessage(title, { modal: true, detail }, button);
    if (answer !== button) return this.cancelled();
    const change = fix === "enableSoftDelete" ? { enableSoftDelete: true as const } : { enablePurgeProtection: true as const, ...(both ? { enableSoftDelete: true as const } : {}) };
    const result = await this.azure(`changing Key Vault ${vault.name}…`, (signal) => directory.protectKeyVault(info, change, { signal }), "write");
    if ("error" in result) return { ok: false, message: result.error };
    vault.setArm({ info: result.value, directory });
    this.ctx.arm.reset();
    this.view.changedVault(vault);
    return this.done(`${fix === "enableSoftDelete" ? "Soft delete" : "Purge protection"} is on for ${vault.name}.`);
  }

  // Key Vault references in App Configuration.

  async openReferencedSecret(node: unknown): Promise<ActionResult & { node?: SecretNode }> {
    if (!(node instanceof SettingNode) || !node.setting.keyVaultSecretUri) return this.refused("Pick a Key Vault reference in the Vaults view.");
    const uri = node.setting.keyVaultSecretUri;
    let parsed;
    try {
      parsed = parseSecretUri(uri, this.ctx.access.endpointPolicy());
    } catch (error) {
      return this.refused(describeFailure(error, this.ctx.log, "Vault explorer"));
    }
    const vault = await this.findVault(parsed.vaultUrl);
    const name = parsed.name;
    if (!vault) return this.refused(`The vault of ${uri} is not in the Vaults view: map it (Configure Vaults…) or sign in to the subscription that holds it.`);
    const filter = this.ctx.filter();
    if (filter && !name.toLowerCase().includes(filter)) await vscode.commands.executeCommand(CommandId.clearFilter);
    const secret = await vault.locate(name);
    if (!secret) return this.refused(`Key Vault ${vault.name} has no secret '${name}' (the reference is broken), or you cannot list its secrets.`);
    this.view.refresh(vault);
    await this.view.treeView.reveal(secret, { select: true, focus: true, expand: false });
    return { ok: true, message: `Showing '${name}' in ${vault.name}.`, node: secret };
  }

  /** The first vault node with this URL: mapped ones first, then the emulator's, then Azure's. */
  async findVault(vaultUrl: string): Promise<VaultNode | undefined> {
    const search = async (nodes: ExplorerNode[], depth: number): Promise<VaultNode | undefined> => {
      for (const node of nodes) {
        if (node instanceof VaultNode && sameEndpoint(node.vaultUrl, vaultUrl)) return node;
        const descend = node instanceof MappedFolderNode || node instanceof AppNode || node instanceof SourceNode || (node instanceof ResourceGroupNode && node.kind === "vaults") || node instanceof SubscriptionNode;
        if (descend && depth < 4) {
          const found = await search(await node.getChildren(), depth + 1);
          if (found) return found;
        }
      }
      return undefined;
    };
    return search(await this.view.roots(), 0);
  }

  // View.

  async loadMore(node: unknown): Promise<void> {
    if (!(node instanceof LoadMoreNode)) return;
    await vscode.window.withProgress({ location: { viewId: VAULTS_VIEW_ID } }, () => node.owner.loadMore());
    this.view.refresh(node.owner);
  }

  async signIn(): Promise<ActionResult> {
    const choice = this.ctx.access.credentialChoice();
    if (choice === "azureCli") {
      const terminal = vscode.window.createTerminal("Azure sign-in");
      terminal.show();
      terminal.sendText("az login");
      const message = "Finish 'az login' in the terminal, then refresh the Vaults view.";
      // Not awaited: the command is done once the terminal runs; the button may be pressed much later.
      void vscode.window.showInformationMessage(`Secret Hygiene: ${message}`, REFRESH).then((choice) => {
        if (choice === REFRESH) this.view.refresh();
      });
      return { ok: true, message };
    }
    if (choice === "default") {
      return this.refused("secretHygiene.azure.credential is 'default': sign in with the Azure CLI, Azure PowerShell or the Azure Developer CLI, or set AZURE_* environment variables, then refresh.");
    }
    try {
      await vscode.authentication.getSession("microsoft", ["https://management.azure.com/.default"], { createIfNone: true });
    } catch (error) {
      return this.refused(`Sign-in did not complete (${error instanceof Error ? error.name : "error"}).`);
    }
    this.view.refresh(); // drops the sign-in state and Resource Manager's answers
    return { ok: true, message: "Signed in." };
  }

  async enableLocalEmulator(): Promise<ActionResult> {
    await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(SettingKey.localEmulatorEnabled, true, vscode.ConfigurationTarget.Global);
    const problem = this.ctx.access.emulatorProblem();
    if (problem === undefined) return this.done("The local emulator is enabled.");
    // What stands in the way, as the tree says it (not running, its certificate gone), not a guess.
    void vscode.window.showInformationMessage(`Secret Hygiene: enabled in your user settings. ${problem}`);
    return { ok: true, message: `Enabled; the emulator cannot be used yet. ${problem}` };
  }
}

/** Shows a value in a quick-input box that closes by itself; the box has no history. */
function showTransiently(value: string, title: string, seconds: number): void {
  const box = vscode.window.createInputBox();
  box.title = title;
  box.value = value;
  box.prompt = `Copied to the clipboard (cleared in ${seconds} s if it still holds it). This box closes in ${seconds} s; Escape closes it now.`;
  box.ignoreFocusOut = false;
  const close = () => box.dispose();
  box.onDidAccept(close);
  box.onDidHide(close);
  box.show();
  setTimeout(close, seconds * 1000);
}

/** A quick pick over the tags: edit or remove one, add one, save. */
async function editTagsInteractively(label: string, current: Readonly<Record<string, string>>): Promise<Record<string, string> | undefined> {
  const tags: Record<string, string> = { ...current };
  for (;;) {
    type Item = vscode.QuickPickItem & { action: "save" | "add" | "edit"; key?: string };
    const items: Item[] = [
      { label: "$(check) Save", description: `${Object.keys(tags).length} tags`, action: "save" },
      { label: "$(add) Add a Tag…", action: "add" },
      ...Object.entries(tags).map(([key, value]): Item => ({ label: key, description: value, detail: "Edit or remove", action: "edit", key })),
    ];
    const picked = await vscode.window.showQuickPick(items, { title: `Tags of ${label}`, placeHolder: "Pick a tag to change it, or Save" });
    if (!picked) return undefined;
    if (picked.action === "save") return tags;
    let key = picked.key;
    if (picked.action === "add") {
      key = await vscode.window.showInputBox({ title: `New tag of ${label}`, prompt: "Tag name", validateInput: (name) => tagProblem(name, "", tags) });
      if (!key) continue;
    }
    const name = key!;
    const value = await vscode.window.showInputBox({
      title: `Tag '${name}' of ${label}`,
      prompt: picked.action === "edit" ? "The value (empty removes the tag)" : "The value",
      value: tags[name] ?? "",
      validateInput: (text) => tagProblem(name, text, tags),
    });
    if (value === undefined) continue;
    if (value === "" && picked.action === "edit") delete tags[name];
    else tags[name] = value;
  }
}

/**
 * The same soft deletion: a secret recovered and deleted again has a later deletion date. Only that
 * date is compared; where either side lacks it, nothing tells the deletions apart.
 */
function sameDeletion(shown: DeletedSecretProperties, current: DeletedSecretProperties): boolean {
  return shown.deletedOn === undefined || current.deletedOn === undefined || shown.deletedOn.getTime() === current.deletedOn.getTime();
}
