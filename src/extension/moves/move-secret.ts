// "Move to Key Vault" for one finding: plan, store, read back and compare, then edit, and only if
// the document is exactly as planned. "…via App Configuration" also writes a Key Vault reference
// setting and the code reads that key. On any failure the document is left unchanged and only what
// this move created is undone. Messages name the vault and the secret, never the value.
import * as os from "node:os";
import * as vscode from "vscode";
import { isAzureError, secretUri, type SecretStore } from "../../azure";
import { typePathOf, type Finding } from "../../engine";
import { FixPlanError, moveRefusal, secretMetadata, suggestedSecretName, type MovePlan, type ReplacementStyle } from "../../fixes";
import type { AzureAccess } from "../azure-access";
import type { DiagnosticsController } from "../diagnostics-controller";
import { rotatedTags, tagsProblem } from "../explorer/values";
import { fileUriOf } from "../notebook-cells";
import { showErrorWithRemedies } from "../notify";
import { withCancellableProgress } from "../progress";
import { Remedies, remediesOfResult, type Remedy } from "../remedies";
import { readSecretSettings } from "../settings";
import type { VaultMappings } from "../vault-mappings";
import { addKeyVaultProvider, planKeyVaultUri, providerOffer, type KeyVaultUriPlan } from "./aspnet-offer";
import { committedInHead } from "./git-head";
import { findingAt, prepareDocument, type PreparedDocument } from "./prepare";
import { asSingleMoveIn, oncePerFinding } from "./move-guards";
import { fileAfterMove, fileAfterPlannedMove } from "./move-wording";
import { ALREADY_MOVING, CANCELLED_BEFORE_STORING, describeError, isPlainCancel, MoveStopped, moveRunningIn, NOTHING_STORED, runUndo, runUndos, type Undo } from "./move-stopped";
import { keyReadBySecretName, renamedSettingRefusal } from "./renamed-setting";
import { sharedSecretsNote, storeAllInOtherVaults, storeOthersButton, type SharedSecretCopy } from "./other-vaults";
import { askSettingConflict } from "./setting-questions";
import { storeSettingVerified } from "./setting-steps";
import { unprotectedVaultSentence } from "./vault-protection";
import { planMoveFindingVault, type LookupProgress } from "./vault-resource";
import { refuseConstantUsedElsewhere } from "./constant-elsewhere";
import { applyOrUndo } from "./planned-document";
import { addVersionVerified, askSecretName, storeSecretVerified, VaultValueIndex, type CollisionChoice, type SecretToStore } from "./vault-steps";

export interface MoveDependencies {
  readonly controller: DiagnosticsController;
  readonly access: AzureAccess;
  readonly mappings: VaultMappings;
  readonly log: vscode.LogOutputChannel;
}

export interface MoveSecretRequest {
  readonly uri: vscode.Uri;
  /** The diagnostic's range: the finding whose value range equals it is moved. */
  readonly range: vscode.Range;
  /** Ask for the name and the replacement style ("Move to Key Vault…"). */
  readonly interactive?: boolean;
  /** Also write a Key Vault reference setting to the file's App Configuration store. */
  readonly viaAppConfiguration?: boolean;
  /** Preset answers, for tests and scripted use. */
  readonly secretName?: string;
  readonly style?: ReplacementStyle;
  readonly onCollision?: CollisionChoice;
  /** The environment when the file's path names production but no convention says so (otherwise the user is asked). */
  readonly environment?: string;
  /** Suppress the result message (the result is returned either way). */
  readonly quiet?: boolean;
  /** Add the Key Vault provider to Program.cs when the move leaves it needed (tests; users get a button). */
  readonly addProvider?: boolean;
  /** Asked as "Why can't this secret move…?": the refusal is the answer, shown as information, not as an error. */
  readonly explainRefusal?: boolean;
  /**
   * A file every environment reads (its path names none): also store the secret under the same
   * name in the app's other environments' vaults ("store"; a name holding another value there is
   * settled by `onCollision`), or not ("skip"). Otherwise the message offers it as a button.
   */
  readonly otherEnvironments?: "store" | "skip";
}

/** Storing the moved secret(s) in the app's other environments' vaults, offered once the move is done. */
export interface OtherVaultsOffer {
  readonly button: string;
  readonly store: (signal: AbortSignal) => Promise<{ readonly message: string; readonly failed: boolean }>;
}

export interface MoveResult {
  readonly outcome: "moved" | "cancelled" | "failed";
  readonly message: string;
  readonly vaultUrl?: string;
  readonly secretName?: string;
  readonly version?: string;
  /** The value was already in the vault under this name: no new version was made. */
  readonly reused?: boolean;
  /** The value is in the file as committed in git HEAD: it must be rotated, not only moved. */
  readonly committed?: boolean;
  /** The App Configuration key written (…via App Configuration, or a setting move). */
  readonly appConfigurationKey?: string;
  /** Program.cs that lacks the Key Vault provider this move now needs. */
  readonly programCs?: vscode.Uri;
  /** With programCs: where the provider's KeyVault:Uri goes (this environment's appsettings file, never the shared one). */
  readonly keyVaultUri?: KeyVaultUriPlan;
  /** Moved, but the Key Vault provider it was asked to add could not be (the message says why): add it by hand. */
  readonly providerNotAdded?: true;
  /** For a failure: what fixes it (Configure Vaults…, Manage Workspace Trust), a button on the message. */
  readonly remedy?: Remedy;
  /** Failed because no move can rewrite this place (FixPlanError): nothing was tried, nothing went wrong. */
  readonly refused?: true;
}

const STYLES: readonly (vscode.QuickPickItem & { style: ReplacementStyle })[] = [
  { label: "Environment variable", description: "the value is read from the environment at run time", style: "environmentVariable" },
  { label: "Key Vault reference", description: "@Microsoft.KeyVault(SecretUri=…)", style: "keyVaultReference" },
  { label: "Configuration", description: "read by key from configuration", style: "configuration" },
  { label: "Remove the value", description: "a configuration provider supplies it under the same key", style: "removeValue" },
];

/** @param defaultStyle the file type's default, or undefined when the default cannot move this value. */
async function askStyle(defaultStyle: ReplacementStyle | undefined): Promise<ReplacementStyle | undefined> {
  const items = defaultStyle ? [{ label: "Default for this file type", description: defaultStyle, style: defaultStyle }, ...STYLES.filter((item) => item.style !== defaultStyle)] : STYLES;
  const title = defaultStyle ? "Move to Key Vault: what replaces the value" : "Move to Key Vault: what replaces the value (this file type's default cannot move it)";
  return (await vscode.window.showQuickPick(items, { title }))?.style;
}

/** Who moved it, for the `created-by` tag: the OS account (the Azure account is not known offline). */
export function createdBy(): string {
  try {
    return `secret-hygiene/${os.userInfo().username}`;
  } catch {
    return "secret-hygiene";
  }
}

/** Tags of an App Configuration setting a move writes: where it came from, what found it, who moved it. */
export function settingTags(filePath: string, ruleId: string, app: string | undefined): Record<string, string> {
  return { source: filePath.slice(-256), "detected-by": ruleId, "created-by": createdBy(), ...(app ? { app } : {}) };
}

/**
 * What a move stores for a finding: the planned value, with the tags, content type and expiry the
 * seeds ask for (rotation period from the settings of the file's folder).
 */
export function secretToStore(prepared: PreparedDocument, finding: Finding, plan: MovePlan, name: string): SecretToStore {
  const settings = readSecretSettings(prepared.document.uri);
  const metadata = secretMetadata({
    app: prepared.app,
    environment: prepared.environment,
    sourcePath: prepared.filePath,
    rotationDays: settings.rotationDays,
    now: new Date(),
    createdBy: createdBy(),
    compound: plan.compound,
    json: plan.compound && plan.value.startsWith("{"),
    ruleId: finding.ruleId,
  });
  return { name, value: plan.value, contentType: metadata.contentType, tags: metadata.tags, expiresOn: settings.setExpiry ? metadata.expiresOn : undefined };
}

/**
 * How to store a secret moved out of a file every environment reads (its path names none) in the
 * app's other environments' vaults: under the same name, with each environment's tags. Undefined
 * for a file of one environment.
 */
export function sharedSecretCopy(prepared: PreparedDocument, finding: Finding, plan: MovePlan, name: string): SharedSecretCopy | undefined {
  const others = prepared.otherKeyVaultTargets ?? [];
  if (others.length === 0) return undefined;
  const { filePath } = prepared;
  return {
    fileName: filePath.slice(filePath.replace(/\\/g, "/").lastIndexOf("/") + 1),
    readAs: plan.readsConfigurationKey ?? `'${name}'`,
    others,
    secret: (environment) => ({ ...secretToStore({ ...prepared, environment }, finding, plan, name), name }),
  };
}

/**
 * The rotation half of "already committed": the user pastes the new credential (created at its
 * issuer) and it becomes the secret's new version, read back and compared (addVersionVerified),
 * under a progress notification whose Cancel stops it. A write whose answer was lost is looked for
 * in the vault: made, it is reported as made; not made, or not readable as sent (then taken back),
 * the message says what the vault holds. A cancel after the vault took the value takes it back, as
 * a move does, and says so. The input box masks the value.
 */
export async function addRotatedVersion(deps: MoveDependencies, vaultUrl: string, name: string, file?: vscode.Uri): Promise<void> {
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
    const added = await withCancellableProgress(`Secret Hygiene: adding a new version of '${name}' in ${secrets.vaultName}…`, async (signal) => {
      const current = await secrets.getSecret(name, { signal }).catch((error: unknown) => {
        throw isAzureError(error, "cancelled") ? new MoveStopped("cancelled", CANCELLED_BEFORE_STORING) : new MoveStopped("failed", `${describeError(error, deps.log, "Add a new version")} ${NOTHING_STORED}`);
      });
      // The same bookkeeping as the explorer's Rotate: rotated-on today, rotate-by and expiry one period on.
      const { rotationDays, setExpiry } = readSecretSettings(file);
      const { tags, rotateBy } = rotatedTags(current?.properties.tags ?? {}, new Date(), rotationDays);
      const tooMany = tagsProblem(tags);
      if (tooMany) throw new MoveStopped("failed", `'${name}' has too many tags for rotated-on and rotate-by: ${tooMany} Remove some with the vault explorer's Edit Tags. ${NOTHING_STORED}`);
      const expiresOn = current?.properties.expiresOn || setExpiry ? rotateBy : undefined;
      return addVersionVerified(secrets, { name, value, contentType: current?.properties.contentType, tags, expiresOn }, current?.properties, { signal, log: deps.log });
    });
    deps.log.info(`Rotated '${name}' in ${secrets.vaultName}: new version ${added.version}`);
    const lost = added.answerLost ? " The connection dropped before Key Vault answered, but it had made the version: read back, it holds the new value." : "";
    void vscode.window.showInformationMessage(`Secret Hygiene: '${name}' has a new version in ${secrets.vaultName}.${lost} Revoke the old credential at its issuer.`);
  } catch (error) {
    // As a move reports: a cancel says what the vault holds now, unless nothing reached it.
    if (!(error instanceof MoveStopped && error.outcome === "cancelled")) void vscode.window.showErrorMessage(`Secret Hygiene: ${describeError(error, deps.log, "Add a new version")}`);
    else if (!isPlainCancel(error.message)) void vscode.window.showWarningMessage(`Secret Hygiene: ${error.message}`);
  }
}

const ROTATE = "Create a New Version";
const ADD_PROVIDER = "Add the Key Vault Provider to Program.cs";

/**
 * Shows a move's result: information, a rotation warning, the Program.cs offer, or the error.
 * @param explainRefusal the user asked why it cannot move: a refusal is the answer, not an error.
 */
export function reportMove(deps: MoveDependencies, result: MoveResult, file?: vscode.Uri, explainRefusal = false, others?: OtherVaultsOffer): void {
  if (result.outcome === "moved") {
    const show = result.committed || result.providerNotAdded ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    const actions = [...(result.committed && result.vaultUrl && result.secretName ? [ROTATE] : []), ...(result.programCs ? [ADD_PROVIDER] : []), ...(others ? [others.button] : [])];
    void show(`Secret Hygiene: ${result.message}`, ...actions).then(async (action) => {
      if (others && action === others.button) {
        const stored = await withCancellableProgress("Storing the secret for the other environments…", others.store);
        void (stored.failed ? vscode.window.showWarningMessage : vscode.window.showInformationMessage)(`Secret Hygiene: ${stored.message}`);
      }
      if (action === ROTATE && result.vaultUrl && result.secretName) await addRotatedVersion(deps, result.vaultUrl, result.secretName, file);
      if (action === ADD_PROVIDER && result.programCs && file && result.vaultUrl) {
        const added = await addKeyVaultProvider(result.programCs, result.keyVaultUri ?? { file }, result.vaultUrl, deps.log);
        void (added.failed ? vscode.window.showErrorMessage : vscode.window.showInformationMessage)(`Secret Hygiene: ${added.message}`);
      }
    }, (error: unknown) => void vscode.window.showErrorMessage(`Secret Hygiene: ${describeError(error, deps.log, "Move to Key Vault")}`));
  } else if (result.outcome === "failed" && result.refused && explainRefusal) {
    void vscode.window.showInformationMessage(`Secret Hygiene: ${result.message}`);
  } else if (result.outcome === "failed") {
    void showErrorWithRemedies(result.message, remediesOfResult(result));
  } else if (!isPlainCancel(result.message)) {
    void vscode.window.showWarningMessage(`Secret Hygiene: ${result.message}`);
  }
}

/**
 * Moves send values to the vaults a workspace file names: only in a trusted workspace, where the
 * user has said the repository's files may act for them.
 */
export function untrustedWorkspaceResult(): MoveResult | undefined {
  return vscode.workspace.isTrusted
    ? undefined
    : { outcome: "failed", message: "Moving secrets uses the vaults this workspace's files name: trust the workspace first (Workspaces: Manage Workspace Trust).", remedy: Remedies.manageWorkspaceTrust };
}

/** "A move is already running in src/db.ts…", naming a notebook cell's notebook. */
export function alreadyMovingIn(uri: vscode.Uri): string {
  return moveRunningIn(vscode.workspace.asRelativePath(fileUriOf(uri), false));
}

/**
 * Runs a move of the finding at `request`: once at a time per finding, not in a file a Move All
 * holds, in a trusted workspace only, with any failure turned into a result.
 */
export function guardedMove(request: { readonly uri: vscode.Uri; readonly range: vscode.Range }, run: () => Promise<MoveResult>, log: vscode.LogOutputChannel, where: string): Promise<MoveResult> {
  return oncePerFinding<MoveResult>(
    request.uri,
    request.range.start,
    () =>
      asSingleMoveIn<MoveResult>(
        request.uri,
        async () => {
          try {
            return untrustedWorkspaceResult() ?? (await run());
          } catch (error) {
            return { outcome: error instanceof MoveStopped ? error.outcome : "failed", message: describeError(error, log, where), ...(error instanceof FixPlanError ? { refused: true as const } : {}) };
          }
        },
        () => ({ outcome: "cancelled", message: alreadyMovingIn(request.uri) }),
      ),
    () => ({ outcome: "cancelled", message: ALREADY_MOVING }),
  );
}

export async function moveSecretToKeyVault(deps: MoveDependencies, request: MoveSecretRequest): Promise<MoveResult> {
  let others: OtherVaultsOffer | undefined;
  let result = await guardedMove(request, () => runMove(deps, request, (offer) => (others = offer)), deps.log, "Move to Key Vault");
  if (result.outcome === "moved" && result.programCs && request.addProvider && result.vaultUrl) {
    // The secret moved either way: a provider that could not be added is one more sentence of its result.
    const added = await addKeyVaultProvider(result.programCs, result.keyVaultUri ?? { file: request.uri }, result.vaultUrl, deps.log);
    result = { ...result, message: `${result.message} ${added.message}`, programCs: undefined, keyVaultUri: undefined, ...(added.failed ? { providerNotAdded: true } : {}) };
  }
  if (!request.quiet) reportMove(deps, result, request.uri, request.explainRefusal, result.outcome === "moved" ? others : undefined);
  deps.log.info(`Move to Key Vault: ${result.outcome}${result.secretName ? ` '${result.secretName}'` : ""}${result.vaultUrl ? ` in ${result.vaultUrl}` : ""}`);
  return result;
}

async function runMove(deps: MoveDependencies, request: MoveSecretRequest, offerOthers: (offer: OtherVaultsOffer) => void): Promise<MoveResult> {
  const prepared = await prepareDocument(deps.controller, deps.mappings, request.uri, { needs: "keyVault", preset: request.environment });
  const finding = findingAt(prepared, request.range, "secret");
  const { vaultUrl, environment, appConfiguration } = prepared;
  // (Outside every folder, configuring a vault cannot help: the reason is the answer.)
  if (!vaultUrl && prepared.outsideFolder) return { outcome: "failed", refused: true, message: `No Key Vault for this file. ${prepared.noVault ?? ""}` };
  if (!vaultUrl) return { outcome: "failed", message: `No Key Vault for this file. ${prepared.noVault ?? ""}`, remedy: Remedies.configureVaults };
  if (request.viaAppConfiguration && !appConfiguration) {
    return { outcome: "failed", message: `No App Configuration store for this file's ${environment ?? "environment"}: add one with "Secret Hygiene: Configure Vaults…".`, remedy: Remedies.configureVaults };
  }
  const { text, filePath, languageId } = prepared;
  // C# reads the App Configuration key through IConfiguration; elsewhere the file's default applies.
  const viaStyle: ReplacementStyle | undefined = request.viaAppConfiguration && /\.cs$/i.test(typePathOf(filePath, languageId)) ? "configuration" : undefined;
  let secretName = request.secretName ?? suggestedSecretName(text, filePath, finding, languageId);
  let style = request.style ?? viaStyle;
  const vaultResource: { vaultResourceId?: string } = {};
  const throughAppConfiguration = request.viaAppConfiguration === true;
  // (The notes say which label the provider must select.)
  const appConfigurationLabel = throughAppConfiguration && appConfiguration?.label ? { appConfigurationLabel: appConfiguration.label } : {};
  /** A plan made inside the move's progress (`signal`), or, without it, before (a lookup of the vault's id gets a progress of its own). */
  const plan = (name: string, signal?: AbortSignal, storedAsNew?: boolean): Promise<MovePlan> =>
    planMoveFindingVault(
      deps.access,
      { text, filePath, languageId, finding, secretName: name, vaultUrl, style, throughAppConfiguration, ...appConfigurationLabel, ...(storedAsNew !== undefined ? { storedAsNew } : {}) },
      vaultResource,
      signal,
      signal ? undefined : lookUpWithProgress,
    );
  // Asked for a style, the user may choose one that works where the default does not (a language
  // with no known environment read takes a Key Vault reference); a file no move can rewrite is
  // refused at once, and so is a file that must be fixed first (brokenFile: no style helps).
  const defaultPlan = await plan(secretName).catch((error: unknown) => {
    if (!request.interactive || !(error instanceof FixPlanError) || error.code === "brokenFile") throw error;
    if (moveRefusal(filePath, finding.ruleId, text, finding.range.startOffset, finding.range.endOffset, languageId) !== undefined) throw error;
    return undefined;
  });
  let planned: MovePlan;
  if (request.interactive) {
    const name = await askSecretName(secretName);
    if (!name) return { outcome: "cancelled", message: CANCELLED_BEFORE_STORING };
    style = request.style ?? (await askStyle(defaultPlan?.style));
    if (!style) return { outcome: "cancelled", message: CANCELLED_BEFORE_STORING };
    secretName = name;
    planned = await plan(secretName);
  } else planned = defaultPlan ?? (await plan(secretName));
  await refuseConstantUsedElsewhere(prepared.document, planned);

  // The App Configuration setting is useful only under the key the file will read.
  if (throughAppConfiguration && planned.readsConfigurationKey === undefined) return { outcome: "failed", message: `${notReadThroughAppConfiguration(planned)} Nothing was stored.` };
  const toStore = secretToStore(prepared, finding, planned, secretName);

  return withCancellableProgress(
    "Moving the secret to Key Vault…",
    async (signal, progress): Promise<MoveResult> => {
      let secrets: SecretStore;
      try {
        secrets = deps.access.secretStore(vaultUrl);
      } catch (error) {
        return { outcome: "failed", message: `${describeError(error, deps.log, "Move to Key Vault")} Nothing was stored.` };
      }
      const where = `${secrets.vaultName}${environment ? ` (${environment})` : ""}`;
      const undos: Undo[] = [];
      /** The file reads what was stored: whatever fails after that, nothing is taken back. */
      let edited = false;
      /** Once the file reads them, what was stored is never taken back by another move's undo. */
      const settles: (() => void)[] = [];
      try {
        progress.report({ message: `storing in ${where}` });
        const stored = await storeSecretVerified(
          secrets,
          toStore,
          // (Through App Configuration the setting names the secret: any name will do.)
          { onCollision: request.onCollision, signal: signal, log: deps.log, index: new VaultValueIndex(secrets), readAs: throughAppConfiguration ? undefined : keyReadBySecretName(planned) },
        );
        undos.push(stored.undo);
        settles.push(stored.settle);
        const renamed = throughAppConfiguration ? undefined : renamedSettingRefusal(planned, secretName, stored);
        if (renamed) {
          const undone = await runUndos(undos, deps.log);
          undos.length = 0;
          throw new MoveStopped("failed", `${renamed}. The file is unchanged.${undone} Move it again and keep the name, or rename the setting first.`);
        }
        // Another name means another reference in the file; a new secret, maybe another variable
        // (one the file reads already is another secret's).
        const replanned = await plan(stored.name, signal, !stored.reused);
        if (stored.name !== secretName || replanned.environmentVariable !== planned.environmentVariable) {
          secretName = stored.name;
          planned = replanned;
        }
        let appConfigurationKey: string | undefined;
        if (throughAppConfiguration && appConfiguration) {
          const key = planned.readsConfigurationKey;
          if (key === undefined) {
            // Replanned for another secret name (a name conflict): the file's reading changed.
            const undone = await runUndos(undos, deps.log);
            undos.length = 0;
            throw new MoveStopped("failed", `${notReadThroughAppConfiguration(planned)} The file is unchanged.${undone}`);
          }
          appConfigurationKey = key;
          progress.report({ message: "writing the App Configuration reference" });
          const setting = await storeSettingVerified(
            deps.access.configurationStore(appConfiguration.endpoint),
            { key: appConfigurationKey, label: appConfiguration.label, secretUri: secretUri(vaultUrl, secretName), tags: settingTags(filePath, finding.ruleId, prepared.app) },
            {
              // (No other key: the file reads the key the secret's name gives.)
              overwrite: (existing) => (request.onCollision ? Promise.resolve(request.onCollision === "newVersion") : askSettingConflict(existing)),
              signal: signal,
              log: deps.log,
            },
          ).catch(async (error: unknown) => {
            const undone = await runUndo(undos[0]!, deps.log);
            undos.length = 0; // taken back already: the outer handler must not run it again
            const outcome = error instanceof MoveStopped ? error.outcome : isAzureError(error, "cancelled") || signal.aborted ? "cancelled" : "failed";
            throw new MoveStopped(outcome, `${describeError(error, deps.log, "Move to Key Vault")} The file is unchanged.${undone}`);
          });
          undos.push(setting.undo);
          settles.push(setting.settle);
        }
        // Cancelled while storing: the file stays as it is, and what was stored is taken back.
        if (signal.aborted) {
          const undone = await runUndos(undos, deps.log);
          undos.length = 0;
          throw new MoveStopped("cancelled", `Cancelled. The file is unchanged.${undone}`);
        }
        await applyOrUndo(prepared, planned.edits, undos, deps.log);
        for (const settle of settles) settle();
        undos.length = 0;
        edited = true;
        const rawValue = text.slice(finding.range.startOffset, finding.range.endOffset);
        const committed = await committedInHead(prepared.document.uri, rawValue).catch(() => false);
        // Through App Configuration the Key Vault provider is not what the app needs (the note says what is).
        const programCs = planned.style === "removeValue" && !throughAppConfiguration ? await providerOffer(prepared.document.uri).catch(() => undefined) : undefined;
        const otherVaults = prepared.otherKeyVaultTargets ?? [];
        const keyVaultUri = programCs ? await planKeyVaultUri(prepared.document.uri, environment, otherVaults, prepared.environmentOf ?? (() => undefined)) : undefined;
        const stages = stored.reused ? `already in ${where} as '${secretName}' (no new version, no copy)` : `stored in ${where} as '${secretName}'`;
        const reference = appConfigurationKey ? ` App Configuration key '${appConfigurationKey}'${appConfiguration?.label ? ` (label '${appConfiguration.label}')` : ""} references it.` : "";
        const notes = planned.notes.length ? ` ${planned.notes.join(" ")}` : "";
        const unprotected = unprotectedVaultSentence(secrets.vaultName, stored.recoveryLevel, prepared.production === true);
        // Every environment read the file: the others' vaults lack what it no longer holds.
        let shared = "";
        const copy = sharedSecretCopy(prepared, finding, planned, secretName);
        if (copy) {
          const storeOthers = (othersSignal: AbortSignal) => storeAllInOtherVaults((url) => deps.access.secretStore(url), [copy], { onCollision: request.onCollision, signal: othersSignal, log: deps.log });
          if (request.otherEnvironments === "store") shared = ` ${(await storeOthers(signal)).message}`;
          else {
            shared = ` ${sharedSecretsNote([copy], (url) => vaultNameOf(deps, url))}`;
            if (request.otherEnvironments === undefined) offerOthers({ button: storeOthersButton([copy]), store: storeOthers });
          }
        }
        const rotate = committed ? " This value is in the last commit (HEAD): anyone with the repository has it. Rotate it: create a new credential at its issuer and add it as a new version." : "";
        return {
          outcome: "moved",
          vaultUrl,
          secretName,
          version: stored.version,
          reused: stored.reused,
          committed,
          appConfigurationKey,
          programCs,
          ...(keyVaultUri ? { keyVaultUri } : {}),
          message: `Secret ${stages}; ${fileAfterMove(planned.replacementDescription)}.${reference}${shared}${notes}${unprotected}${rotate}`,
        };
      } catch (error) {
        // (After the edit the move is done: a failure of what follows it, such as the note for the
        // other environments, is told, and neither the secret nor the file's reading is undone.)
        if (edited) return { outcome: "moved", vaultUrl, secretName, message: `Secret stored in ${where} as '${secretName}', and the file reads it; then: ${describeError(error, deps.log, "Move to Key Vault")}` };
        const outcome = error instanceof MoveStopped ? error.outcome : signal.aborted ? "cancelled" : "failed";
        let tail = "";
        if (!(error instanceof MoveStopped)) {
          tail = " Nothing was changed in the file.";
          tail += await runUndos(undos, deps.log);
          if (undos.length === 0) tail += " Nothing was stored.";
        }
        return { outcome, vaultUrl, secretName, message: `${describeError(error, deps.log, "Move to Key Vault")}${tail}` };
      }
    },
  );
}

/**
 * The vault's Resource Manager id looked up for a plan made before the move's progress (an ARM
 * parameters file names the vault by it): every subscription's vaults are listed, which a slow
 * Resource Manager makes long. Under a progress notification of its own, the quick fix shows what
 * it waits for, and Cancel stops it before anything is stored.
 */
const lookUpWithProgress: LookupProgress = (lookUp) =>
  withCancellableProgress("Move to Key Vault: looking up the vault's Resource Manager id…", (signal) =>
    lookUp(signal).catch((error: unknown) => {
      throw isAzureError(error, "cancelled") || signal.aborted ? new MoveStopped("cancelled", CANCELLED_BEFORE_STORING) : error;
    }),
  );

/** Why "…and reference it from App Configuration" does not fit: the file would not read a configuration key. */
function notReadThroughAppConfiguration(planned: MovePlan): string {
  return `This file would not read a configuration key that an App Configuration setting could supply (${fileAfterPlannedMove(planned.replacementDescription)}): use "Move to Key Vault" instead.`;
}

/** A vault's name for a message (the emulator's name for one of its vaults), or its URL when it cannot be opened. */
export function vaultNameOf(deps: MoveDependencies, vaultUrl: string): string {
  try {
    return deps.access.secretStore(vaultUrl).vaultName;
  } catch {
    return vaultUrl;
  }
}
