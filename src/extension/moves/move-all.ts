// "Move all secrets in this file to Key Vault" (a source action) and "… in the workspace" (a
// command that shows VS Code's refactor preview). Every secret is planned against the text as
// scanned (a second value of one literal against the text the first's move makes, in a round of
// its own whose edits are composed back), stored and read back, and only then are all edits
// applied in one WorkspaceEdit; if any document changed meanwhile, or the user discards the
// preview, everything this run created in the vaults is undone and no file changes. A secret its
// vault refuses stays where it is, with why; when the refusal is the vault's as a whole
// (vault-refusals.ts: no role, the firewall, sign-in, network, throttling), the vault's other
// secrets are not tried; the other vaults' still move. While a run holds its files, another Move
// All or a single move in one of them is refused at once (asMoveAllIn): each would find the file
// changed by the other and take its own writes back.
import * as vscode from "vscode";
import { isAzureError } from "../../azure";
import type { Finding } from "../../engine";
import { applyTextEdits, composeEdits, mergePlanEdits, MOST_MOVE_ROUNDS, roundValueKey, planMove, suggestedSecretName, withLfLineBreaks, type MovePlan, type TextEdit } from "../../fixes";
import type { ScannedDocument } from "../diagnostics-controller";
import { isFindingDiagnostic } from "../to-diagnostic";
import { siblingCellsOf } from "../notebook-cells";
import { openDocumentOf } from "../open-documents";
import { showErrorWithRemedies, showWithRemedies } from "../notify";
import { withCancellableProgress, type ProgressReporter } from "../progress";
import { remediesOfResult, type Remedy } from "../remedies";
import { alreadyMovingIn, secretToStore, sharedSecretCopy, untrustedWorkspaceResult, vaultNameOf, type MoveDependencies, type OtherVaultsOffer } from "./move-secret";
import { sharedSecretsNote, storeAllInOtherVaults, storeOthersButton, type SharedSecretCopy } from "./other-vaults";
import { asMoveAllIn } from "./move-guards";
import { prepareDocument, type PreparedDocument } from "./prepare";
import { describeError, MoveStopped, runUndo, runUndos, type Undo } from "./move-stopped";
import { keyReadBySecretName, renamedSettingRefusal } from "./renamed-setting";
import { unprotectedVaultSentence } from "./vault-protection";
import { VaultRefusals } from "./vault-refusals";
import { planMoveFindingVault } from "./vault-resource";
import { OtherSourceFiles, refuseConstantUsedElsewhere } from "./constant-elsewhere";
import { addPlannedEdits, isAsPlanned, reopenIfClosed } from "./planned-document";
import { ReservedNames, storeSecretVerified, VaultValueIndex, type CollisionChoice, type StoredSecret } from "./vault-steps";

export interface MoveAllRequest {
  /** One file (a notebook cell: its whole notebook); absent: every file with secret findings in the workspace. */
  readonly uri?: vscode.Uri;
  /** These files instead of every file with findings (scripted use; `uri` wins). */
  readonly uris?: readonly vscode.Uri[];
  /** Show the refactor preview before the edit (default: on for the workspace, off for a file). */
  readonly preview?: boolean;
  /** Answer for name collisions instead of asking (tests, scripted use). */
  readonly onCollision?: CollisionChoice;
  /**
   * Secrets moved out of a file every environment reads: also store them in the app's other
   * environments' vaults ("store"), or not ("skip"). Otherwise the message offers it as a button.
   */
  readonly otherEnvironments?: "store" | "skip";
  readonly quiet?: boolean;
}

export interface MovedSecret {
  /** The folder-relative path, for messages (two folders of a multi-root workspace may share one). */
  readonly file: string;
  /** The document's URI: what tells one file (or notebook cell) from another. */
  readonly uri: string;
  readonly secretName: string;
  readonly vaultUrl: string;
  readonly reused: boolean;
  /** What the app needs for the new reading (a role, a provider, a variable to set), from the plan. */
  readonly notes: readonly string[];
  /** The vault keeps no deleted secrets, or lets production's be purged early: a sentence, else "" (unprotectedVaultSentence). */
  readonly unprotected: string;
  /** Moved out of a file every environment reads: how to store it for the app's other environments. */
  readonly otherEnvironments?: SharedSecretCopy;
}

export interface MoveAllResult {
  readonly outcome: "moved" | "cancelled" | "failed" | "nothing";
  readonly message: string;
  readonly moved: readonly MovedSecret[];
  /** Findings left in place, with the redacted preview and why. */
  readonly skipped: readonly SkippedSecret[];
  /** The button the message needs beyond Show Log (Sign In, when a vault refused a sign-in). */
  readonly remedy?: Remedy;
  /** Not started: another move runs in one of its files (the message names it). */
  readonly refusedAsBusy?: true;
}

export interface SkippedSecret {
  readonly file: string;
  readonly preview: string;
  readonly reason: string;
}

interface FilePlan {
  readonly prepared: PreparedDocument;
  readonly edits: TextEdit[];
}

/** The files whose documents VS Code closed during the run, opened again (see reopenIfClosed). */
async function reopenClosed(plans: readonly FilePlan[]): Promise<Map<string, vscode.TextDocument>> {
  const reopened = new Map<string, vscode.TextDocument>();
  for (const { prepared } of plans) {
    if (!prepared.document.isClosed) continue;
    const document = await reopenIfClosed(prepared);
    if (document) reopened.set(prepared.document.uri.toString(), document);
  }
  return reopened;
}

/** A plan's text once its edits are made, line breaks as `\n` (VS Code writes inserted text with the document's). */
function textAfter({ prepared, edits }: FilePlan): string {
  let text = prepared.text;
  // From the end, as VS Code places them: an insert at a replaced range's start (`import os` above
  // a module docstring that was the value) goes before the replacement, and inserts at one offset
  // keep their order (the reversed copy, sorted stably, makes the later ones first).
  for (const change of [...edits].reverse().sort((a, b) => b.start - a.start || b.end - a.end)) text = text.slice(0, change.start) + change.newText + text.slice(change.end);
  return withLfLineBreaks(text);
}

/**
 * In the refactor preview the user may untick files or single edits, and VS Code still reports
 * the edit as applied. Each file is compared with what its plan makes of it: a file left as it
 * was gets its secrets taken back out of the vault (unless an applied file uses the same secret);
 * a file with some of its edits only is named, for the user to finish or undo.
 */
async function afterPreview(plans: readonly FilePlan[], moved: readonly MovedSecret[], undos: readonly Undo[], skipped: readonly SkippedSecret[], deps: MoveDependencies): Promise<MoveAllResult> {
  // By URI: in a multi-root workspace two folders' `.env` share the folder-relative path.
  const untouched = new Set<string>();
  const partial: string[] = [];
  for (const plan of plans) {
    // The file's text now: VS Code opened the edited files again if it had closed their documents.
    const live = openDocumentOf(plan.prepared.document.uri) ?? (await vscode.workspace.openTextDocument(plan.prepared.document.uri));
    const now = withLfLineBreaks(live.getText());
    if (now === textAfter(plan)) continue;
    if (now === withLfLineBreaks(plan.prepared.text)) untouched.add(plan.prepared.document.uri.toString());
    else partial.push(plan.prepared.filePath);
  }
  if (untouched.size === 0 && partial.length === 0) return movedResult(plans.length, moved, skipped);
  const key = (entry: MovedSecret) => `${entry.vaultUrl}|${entry.secretName.toLowerCase()}`;
  const inUse = new Set(moved.filter((entry) => !untouched.has(entry.uri)).map(key));
  let said = "";
  // Newest first, as runUndos takes them back: moved[i] was stored by undos[i].
  for (let index = moved.length - 1; index >= 0; index--) {
    const entry = moved[index]!;
    if (untouched.has(entry.uri) && !inUse.has(key(entry))) said += await runUndo(undos[index]!, deps.log);
  }
  const kept = moved.filter((entry) => !untouched.has(entry.uri));
  const applied = plans.length - untouched.size;
  const left = untouched.size ? ` ${untouched.size} file(s) left out in the preview keep their secrets:${said || " nothing was stored for them."}` : "";
  const halfDone = partial.length ? ` Some edits of ${partial.join(", ")} were left out in the preview: check those files (their secrets are in the vault).` : "";
  if (kept.length === 0) return { outcome: "cancelled", moved: [], skipped, message: `No file was changed.${left}` };
  const result = movedResult(applied, kept, skipped);
  return { ...result, message: `${result.message}${left}${halfDone}` };
}

function movedResult(files: number, moved: readonly MovedSecret[], skipped: readonly SkippedSecret[]): MoveAllResult {
  const vaults = new Set(moved.map((entry) => entry.vaultUrl)).size;
  const left = skipped.length ? ` ${skipped.length} left in place (see Show Log).` : "";
  const notes = moved.some((entry) => entry.notes.length) ? " What the apps need to read them (roles, providers, variables) is in Show Log." : "";
  // Said once per vault.
  const unprotected = [...new Set(moved.map((entry) => entry.unprotected))].join("");
  return { outcome: "moved", moved, skipped, message: `${moved.length} secret(s) moved to ${vaults} vault(s) from ${files} file(s).${left}${notes}${unprotected}` };
}

/** Each file's notes once: every secret of a file moved the same way brings the same ones. */
function notesByFile(moved: readonly MovedSecret[]): Map<string, Set<string>> {
  const byFile = new Map<string, Set<string>>();
  for (const entry of moved) {
    const notes = byFile.get(entry.file) ?? new Set<string>();
    for (const note of entry.notes) notes.add(note);
    if (notes.size) byFile.set(entry.file, notes);
  }
  return byFile;
}

/**
 * Not files of the workspace: an untitled editor has nowhere to keep a reference, and VS Code's
 * own settings are no application's.
 */
const NOT_WORKSPACE_FILES = new Set(["untitled", "vscode-userdata"]);

/**
 * Files with our diagnostics now (open editors and the last workspace scan); each is scanned again
 * before planning. Whatever their scheme: `vscode-remote` in a remote window (SSH, WSL, containers,
 * code-server), `vscode-notebook-cell` for an open notebook's cells.
 */
function filesWithFindings(): vscode.Uri[] {
  return vscode.languages
    .getDiagnostics()
    .filter(([uri, diagnostics]) => !NOT_WORKSPACE_FILES.has(uri.scheme) && diagnostics.some(isFindingDiagnostic))
    .map(([uri]) => uri);
}

/**
 * The files that still exist. A file deleted outside VS Code keeps its diagnostics until the file
 * watcher reports the delete (seconds, on a busy machine): its stale entry would open the closed
 * document VS Code still holds, and then fail the whole run as "changed while the secrets were
 * being stored". A notebook's cells exist while their notebook is open.
 */
async function existingFiles(uris: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
  const exists = await Promise.all(uris.map((uri) => (uri.scheme === "vscode-notebook-cell" ? Promise.resolve(true) : Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false))));
  return uris.filter((_, index) => exists[index]);
}

export async function moveAllSecrets(deps: MoveDependencies, request: MoveAllRequest = {}): Promise<MoveAllResult> {
  const untrusted = untrustedWorkspaceResult();
  if (untrusted) {
    if (!request.quiet) void showErrorWithRemedies(untrusted.message, remediesOfResult(untrusted));
    return { outcome: "failed", message: untrusted.message, moved: [], skipped: [] };
  }
  // A notebook cell's "this file" is the notebook: every cell of it, in one edit.
  const uris = request.uri ? siblingCellsOf(request.uri) : (request.uris ?? (await existingFiles(filesWithFindings())));
  const preview = request.preview ?? request.uri === undefined;
  let others: OtherVaultsOffer | undefined;
  const result = await asMoveAllIn(
    uris,
    async () => {
      /** What the run stored: once it ends, whatever it did not take back is read by a file (or kept on purpose). */
      const settles: (() => void)[] = [];
      try {
        return await withCancellableProgress("Moving secrets to Key Vault…", async (signal, progress) =>
          withOtherEnvironments(deps, await runMoveAll(deps, uris, preview, request.onCollision, progress, signal, settles), request, signal, (offer) => (others = offer)),
        );
      } finally {
        for (const settle of settles) settle();
      }
    },
    (busy): MoveAllResult => ({ outcome: "cancelled", message: alreadyMovingIn(busy), moved: [], skipped: [], refusedAsBusy: true }),
  );
  if (!request.quiet && result.refusedAsBusy) {
    void vscode.window.showWarningMessage(`Secret Hygiene: ${result.message}`);
  } else if (!request.quiet) {
    // Findings left in place are listed in the log: the message offers it.
    const offer = result.outcome === "moved" ? others : undefined;
    const actions = offer ? [{ title: offer.button, run: () => storeForOthers(offer) }] : [];
    void showWithRemedies(result.outcome === "failed" ? "error" : result.skipped.length ? "warning" : "information", result.message, remediesOfResult(result), actions);
  }
  deps.log.info(`Move all to Key Vault: ${result.outcome}, ${result.moved.length} moved, ${result.skipped.length} left`);
  for (const [file, notes] of notesByFile(result.moved)) for (const note of notes) deps.log.info(`  ${file}: ${note}`);
  for (const skip of result.skipped) deps.log.info(`  left ${skip.file} ${skip.preview}: ${skip.reason}`);
  return result;
}

/** The message's button: the other environments' copies, under a progress of their own. */
async function storeForOthers(offer: OtherVaultsOffer): Promise<void> {
  const stored = await withCancellableProgress("Storing the secrets for the other environments…", offer.store);
  void showWithRemedies(stored.failed ? "warning" : "information", stored.message);
}

/**
 * After the edit: the secrets that left a file every environment reads are missing from the app's
 * other environments' vaults. The result says so (and stores them there when the request asked);
 * otherwise `offer` gets the button that stores them. A failure here undoes nothing: the files
 * already read the secrets.
 */
async function withOtherEnvironments(deps: MoveDependencies, result: MoveAllResult, request: MoveAllRequest, signal: AbortSignal, offer: (offer: OtherVaultsOffer) => void): Promise<MoveAllResult> {
  // (One value two files read, moved once under one name: one copy.)
  const byName = new Map<string, SharedSecretCopy>();
  for (const entry of result.outcome === "moved" ? result.moved : []) if (entry.otherEnvironments) byName.set(`${entry.vaultUrl}|${entry.secretName.toLowerCase()}`, entry.otherEnvironments);
  const copies = [...byName.values()];
  if (copies.length === 0) return result;
  const store = (storeSignal: AbortSignal) => storeAllInOtherVaults((url) => deps.access.secretStore(url), copies, { onCollision: request.onCollision, signal: storeSignal, log: deps.log });
  if (request.otherEnvironments === "store") return { ...result, message: `${result.message} ${(await store(signal)).message}` };
  if (request.otherEnvironments === undefined) offer({ button: storeOthersButton(copies), store });
  return { ...result, message: `${result.message} ${sharedSecretsNote(copies, (url) => vaultNameOf(deps, url))}` };
}

/** Why a secret whose replacement overlaps another's in its literal stays for the next run. */
const OVERLAPPING_REPLACEMENT = "its replacement overlaps another one in the same literal: run the move again for it.";

/**
 * The secrets of the text a round made (`next`, scanned afresh) that hold what the findings
 * `overlapped` (of the round's `text`) held, one for each: what the next round plans. The rest,
 * not found there or with no next round, are `left`.
 */
function foundAgain(text: string, overlapped: readonly Finding[], next: ScannedDocument | undefined): { again: Finding[]; left: Finding[] } {
  const candidates = (next?.findings ?? []).filter((finding) => finding.kind === "secret");
  const again: Finding[] = [];
  const left: Finding[] = [];
  for (const finding of overlapped) {
    const key = roundValueKey(text, finding);
    const index = candidates.findIndex((candidate) => roundValueKey(next!.text, candidate) === key);
    if (index === -1) left.push(finding);
    else again.push(...candidates.splice(index, 1));
  }
  return { again, left };
}

async function runMoveAll(
  deps: MoveDependencies,
  uris: readonly vscode.Uri[],
  preview: boolean,
  onCollision: CollisionChoice | undefined,
  progress: ProgressReporter,
  signal: AbortSignal,
  settles: (() => void)[],
): Promise<MoveAllResult> {
  const undos: Undo[] = [];
  const moved: MovedSecret[] = [];
  const skipped: SkippedSecret[] = [];
  const plans: FilePlan[] = [];
  const reservedByVault = new Map<string, ReservedNames>();
  // The variables the replacements read so far, and whose secret each is, by vault: one vault is
  // one application's environment, whose files read one environment (one .env for "Run with secrets").
  const variablesByVault = new Map<string, Map<string, string>>();
  const indexes = new Map<string, VaultValueIndex>();
  /** Vault resource ids looked up in this run, for ARM parameters files. */
  const vaultResources = new Map<string, { vaultResourceId?: string }>();
  const undoAll = () => runUndos(undos, deps.log);
  const refusals = new VaultRefusals();
  const otherSources = new OtherSourceFiles();
  try {
    for (const uri of uris) {
      const prepared = await prepareDocument(deps.controller, deps.mappings, uri);
      const secrets = prepared.findings.filter((finding) => finding.kind === "secret");
      if (secrets.length === 0) continue;
      const { vaultUrl, filePath, languageId } = prepared;
      const skip = (finding: Finding, reason: string) => skipped.push({ file: filePath, preview: finding.preview, reason });
      if (!vaultUrl) {
        for (const finding of secrets) skip(finding, `no Key Vault. ${prepared.noVault ?? ""}`);
        continue;
      }
      // A batch asks no one which environment: a production file is not moved on a guess.
      if (prepared.environmentDoubt) {
        for (const finding of secrets) skip(finding, `not moved: ${prepared.environmentDoubt}. Move its secrets one at a time to choose the environment, or add an environmentRules entry to the mapping file`);
        continue;
      }
      const store = deps.access.secretStore(vaultUrl);
      const reserved = reservedByVault.get(store.vaultUrl) ?? new ReservedNames();
      reservedByVault.set(store.vaultUrl, reserved);
      const index = indexes.get(store.vaultUrl) ?? new VaultValueIndex(store);
      indexes.set(store.vaultUrl, index);
      const variablesInUse = variablesByVault.get(store.vaultUrl) ?? new Map<string, string>();
      variablesByVault.set(store.vaultUrl, variablesInUse);
      const vaultResource = vaultResources.get(store.vaultUrl) ?? {};
      vaultResources.set(store.vaultUrl, vaultResource);
      // Two values of one literal each rewrite the whole literal, so one merges in a round; the
      // other is planned again against the text the round's edits make (scanned afresh), and the
      // edits are composed into edits of the text as scanned: one run moves them all.
      let edits: TextEdit[] = [];
      let findings = secrets;
      for (let round = 1; ; round++) {
        const text = round === 1 ? prepared.text : applyTextEdits(prepared.text, edits);
        const taken: TextEdit[] = [];
        const overlapped: Finding[] = [];
        for (const finding of findings) {
          if (signal.aborted) throw new MoveStopped("cancelled", "Cancelled.");
          const refused = refusals.of(store.vaultUrl);
          if (refused) {
            skip(finding, `not tried, after an earlier refusal: ${refused}`);
            continue;
          }
          progress.report({ message: `${filePath}: ${finding.preview}` });
          let plan: MovePlan;
          const name = suggestedSecretName(text, filePath, finding, languageId);
          try {
            plan = await planMoveFindingVault(deps.access, { text, filePath, languageId, finding, secretName: name, vaultUrl, variablesInUse }, vaultResource, signal);
            await refuseConstantUsedElsewhere(prepared.document, plan, otherSources, signal);
          } catch (error) {
            skip(finding, describeError(error));
            continue;
          }
          // A replacement that overlaps one taken already (another value of the same literal) waits
          // for the next round: its secret is not stored before then, which a literal of many values
          // would otherwise store and delete again for each.
          if (!mergePlanEdits([...taken], plan.edits)) {
            overlapped.push(finding);
            continue;
          }
          let stored: StoredSecret;
          try {
            stored = await storeSecretVerified(store, secretToStore(prepared, finding, plan, name), { onCollision, signal, reserved, log: deps.log, index, readAs: keyReadBySecretName(plan) });
          } catch (error) {
            // A cancel (the user's, or a question dismissed) ends the run: everything goes back.
            if (signal.aborted || (error instanceof MoveStopped && error.outcome === "cancelled") || isAzureError(error, "cancelled")) throw error;
            // What this store wrote, it took back (its message says so); the run goes on without it.
            const reason = describeError(error, deps.log, "Move all");
            skip(finding, reason);
            refusals.note(store.vaultUrl, error, reason);
            continue;
          }
          const renamed = renamedSettingRefusal(plan, name, stored);
          if (renamed) {
            skip(finding, `${renamed}: move it alone to choose, or rename the setting.${await runUndo(stored.undo, deps.log)}`);
            continue;
          }
          // Planned again under the name it went to, and, for a new secret, with the variables the
          // file reads already taken (as a single move does): a read of the variable there is of
          // another value.
          if (stored.name !== name || !stored.reused) {
            try {
              plan = planMove({ text, filePath, languageId, finding, secretName: stored.name, vaultUrl, variablesInUse, storedAsNew: !stored.reused, ...vaultResource });
            } catch (error) {
              skip(finding, `${describeError(error)}${await runUndo(stored.undo, deps.log)}`);
              continue;
            }
          }
          if (!mergePlanEdits(taken, plan.edits)) {
            // (Planned again under another name, it may overlap where it did not.) Not used in this
            // round: taken back now rather than left as an unreferenced copy, and tried in the next.
            await runUndo(stored.undo, deps.log);
            overlapped.push(finding);
            continue;
          }
          if (plan.environmentVariable !== undefined) variablesInUse.set(plan.environmentVariable, stored.name);
          undos.push(stored.undo);
          settles.push(stored.settle);
          const copy = sharedSecretCopy(prepared, finding, plan, stored.name);
          moved.push({
            file: filePath,
            uri: prepared.document.uri.toString(),
            secretName: stored.name,
            vaultUrl,
            reused: stored.reused,
            notes: plan.notes,
            unprotected: unprotectedVaultSentence(store.vaultName, stored.recoveryLevel, prepared.production === true),
            ...(copy ? { otherEnvironments: copy } : {}),
          });
        }
        edits = composeEdits(prepared.text, edits, taken);
        const next = overlapped.length && taken.length && round < MOST_MOVE_ROUNDS ? await deps.controller.findingsFor(prepared.document, applyTextEdits(prepared.text, edits)) : undefined;
        const { again, left } = foundAgain(text, overlapped, next);
        for (const finding of left) skip(finding, OVERLAPPING_REPLACEMENT);
        findings = again;
        if (findings.length === 0) break;
      }
      if (edits.length) plans.push({ prepared, edits });
    }
  } catch (error) {
    const outcome = error instanceof MoveStopped && error.outcome === "cancelled" ? "cancelled" : signal.aborted ? "cancelled" : "failed";
    return { outcome, moved: [], skipped, message: `${describeError(error)} No file was changed.${await undoAll()}` };
  }
  const refusedRemedy = refusals.remedy();
  const withRefusals = (result: MoveAllResult): MoveAllResult => ({ ...result, message: `${result.message}${refusals.sentence()}`, ...(refusedRemedy ? { remedy: refusedRemedy } : {}) });
  if (plans.length === 0) {
    if (!skipped.length) return { outcome: "nothing", moved: [], skipped, message: "No secrets to move." };
    return withRefusals({ outcome: "failed", moved: [], skipped, message: `No secret could be moved (${skipped.length} left: see Show Log).${await undoAll()}` });
  }
  const reopened = await reopenClosed(plans);
  if (signal.aborted) return { outcome: "cancelled", moved: [], skipped, message: `Cancelled. No file was changed.${await undoAll()}` };
  // (No await from here to the edit: a change made now would be missed.)
  const changed = plans.find(({ prepared }) => !isAsPlanned(prepared, reopened.get(prepared.document.uri.toString())));
  if (changed) return { outcome: "failed", moved: [], skipped, message: `${changed.prepared.filePath} changed while the secrets were being stored. No file was changed.${await undoAll()}` };
  const edit = new vscode.WorkspaceEdit();
  // Edits that need confirmation start unticked in VS Code's preview: the description says what to do.
  const metadata: vscode.WorkspaceEditEntryMetadata = {
    label: "Move secrets to Key Vault",
    needsConfirmation: preview,
    ...(preview ? { description: "tick to apply (the group, or single files); what stays unticked keeps its secret" } : {}),
  };
  for (const { prepared, edits } of plans) addPlannedEdits(edit, prepared.document, edits, metadata);
  // A refactoring to VS Code: with `files.refactoring.autoSave` (on by default) it saves the files
  // of an edit that spans several, so the secrets leave the disk too, not only the editors.
  if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: true }))) {
    const why = preview ? "The preview was discarded, or applied with nothing ticked" : "The edits were not applied";
    return { outcome: preview ? "cancelled" : "failed", moved: [], skipped, message: `${why}, so no file changed.${await undoAll()}` };
  }
  if (preview) return withRefusals(await afterPreview(plans, moved, undos, skipped, deps));
  return withRefusals(movedResult(plans.length, moved, skipped));
}
