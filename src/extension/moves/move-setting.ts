// "Move to App Configuration" for a configuration value (a host name, an IP address, an internal
// URL): the value becomes a key-value in the file's App Configuration store, labelled with the
// file's environment (or the mapping's label), and the literal becomes a read of that key. The same
// order as for secrets: write, read back, then edit only an unchanged document. The key is derived
// from the file ("Move to App Configuration…" asks for it); where it holds another place's value,
// the user replaces it or stores under another key, which the file's rewrite then reads.
import * as vscode from "vscode";
import type { ConfigurationSetting } from "../../azure";
import { appConfigurationKeyProblem, configMoveRefusal, environmentVariableForKey, FixPlanError, numberedConfigurationKey, planConfigMove, readsKeyVariable, springDocumentProfile, suggestedConfigurationKey, type MovePlan } from "../../fixes";
import { showErrorWithRemedies } from "../notify";
import { withCancellableProgress } from "../progress";
import { Remedies, remediesOfResult } from "../remedies";
import { findingAt, prepareDocument, preparedForEnvironment, type OtherConfigurationTarget } from "./prepare";
import { guardedMove, settingTags, type MoveDependencies, type MoveResult } from "./move-secret";
import { CANCELLED_BEFORE_STORING, describeError, isPlainCancel, MoveStopped, runUndo, type Undo, type UndoLog } from "./move-stopped";
import { fileAfterMove } from "./move-wording";
import { askSettingConflict, askSettingKey, type SettingKeyQuestion } from "./setting-questions";
import { freeSettingKey, storeSettingVerified, type OverwriteAnswer } from "./setting-steps";
import { applyOrUndo } from "./planned-document";

/** What to do when the key holds another place's value, answered ahead (tests, scripted use). */
export type SettingConflictChoice = "replace" | "otherKey" | "cancel";

export interface MoveSettingRequest {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
  /** Preset key, for tests; otherwise the derived key is proposed in an input box when interactive. */
  readonly key?: string;
  /** Ask for the key ("Move to App Configuration…"). */
  readonly interactive?: boolean;
  /** The key holds a different value under the label: replace it, store under the next free key without asking, or stop (otherwise: ask). */
  readonly onConflict?: SettingConflictChoice;
  /** The environment when the file's path names production but no convention says so (otherwise the user is asked). */
  readonly environment?: string;
  readonly quiet?: boolean;
  /** Asked as "Why can't this value move…?": the refusal is the answer, shown as information, not as an error. */
  readonly explainRefusal?: boolean;
  /**
   * A file every environment reads (its path names none): also store the value under the app's
   * other environments' stores and labels ("store"), or not ("skip"). Otherwise the message
   * offers it as a button (and a quiet move only says so).
   */
  readonly otherEnvironments?: "store" | "skip";
}

/** Storing the moved value for the app's other environments, offered once the move is done. */
interface OtherEnvironmentsOffer {
  readonly button: string;
  readonly store: (signal: AbortSignal) => Promise<{ readonly message: string; readonly failed: boolean }>;
}

export async function moveSettingToAppConfiguration(deps: MoveDependencies, request: MoveSettingRequest): Promise<MoveResult> {
  let offer: OtherEnvironmentsOffer | undefined;
  const result = await guardedMove(request, () => runMove(deps, request, (made) => (offer = made)), deps.log, "Move to App Configuration");
  if (!request.quiet) {
    if (result.outcome === "moved") void showMoved(result.message, offer);
    else if (result.outcome === "failed" && result.refused && request.explainRefusal) void vscode.window.showInformationMessage(`Secret Hygiene: ${result.message}`);
    else if (result.outcome === "failed") void showErrorWithRemedies(result.message, remediesOfResult(result));
    else if (!isPlainCancel(result.message)) void vscode.window.showWarningMessage(`Secret Hygiene: ${result.message}`);
  }
  deps.log.info(`Move to App Configuration: ${result.outcome}${result.appConfigurationKey ? ` '${result.appConfigurationKey}'` : ""}`);
  return result;
}

/** The move's message; with the offer, its button stores the value for the other environments and says how that went. */
async function showMoved(message: string, offer: OtherEnvironmentsOffer | undefined): Promise<void> {
  const choice = await vscode.window.showInformationMessage(`Secret Hygiene: ${message}`, ...(offer ? [offer.button] : []));
  if (!offer || choice !== offer.button) return;
  const stored = await withCancellableProgress("Storing the setting for the other environments…", offer.store);
  if (stored.failed) void vscode.window.showWarningMessage(`Secret Hygiene: ${stored.message}`);
  else void vscode.window.showInformationMessage(`Secret Hygiene: ${stored.message}`);
}

async function runMove(deps: MoveDependencies, request: MoveSettingRequest, offerOthers: (offer: OtherEnvironmentsOffer) => void): Promise<MoveResult> {
  const preparedByPath = await prepareDocument(deps.controller, deps.mappings, request.uri, { needs: "appConfiguration", preset: request.environment });
  const finding = findingAt(preparedByPath, request.range, "config");
  const { text, filePath, languageId } = preparedByPath;
  // A place no configuration move can rewrite is answered before asking for a store or a key.
  const refusal = configMoveRefusal({ text, filePath, languageId, start: finding.range.startOffset, end: finding.range.endOffset });
  if (refusal !== undefined) throw new FixPlanError("unsupported", refusal);
  // A value in a Spring document for one profile (`on-profile: prod`) is that environment's, not
  // the file's: under the file's label it would take the place of the default document's value.
  const profile = springDocumentProfile(text, filePath, finding.range.startOffset)?.profile;
  const prepared = profile === undefined ? preparedByPath : await preparedForEnvironment(deps.mappings, preparedByPath, profile, `The value is in the document for the Spring profile '${profile}'`);
  const store = prepared.appConfiguration;
  if (!store && prepared.outsideFolder) return { outcome: "failed", refused: true, message: `No App Configuration store for this file. ${prepared.noVault ?? ""}` };
  if (!store) return { outcome: "failed", message: `No App Configuration store for this file's ${prepared.environment ?? "environment"}: add one with "Secret Hygiene: Configure Vaults…".`, remedy: Remedies.configureVaults };
  const tags = settingTags(filePath, finding.ruleId, prepared.app);
  const planFor = (key: string) => planConfigMove({ text, filePath, languageId, finding, key, label: store.label, tags, endpoint: store.endpoint });
  // (With the value's place: a read the value is the default of is its own, no other value's.)
  const place = { text, filePath, languageId, start: finding.range.startOffset, end: finding.range.endOffset };
  const question = {
    where: `${store.endpoint}${store.label ? `, label '${store.label}'` : ""}`,
    problem: (candidate: string) => appConfigurationKeyProblem(candidate) ?? planProblem(() => planFor(candidate)),
    caution: (candidate: string) => (readsKeyVariable(place, candidate) ? `This file already reads ${environmentVariableForKey(candidate)}: under this key, this value and that one would be read from one variable.` : undefined),
  };
  let key = request.key ?? suggestedConfigurationKey(text, filePath, finding, languageId);
  if (request.interactive && !request.key) {
    const typed = await askSettingKey(key, question);
    if (!typed) return { outcome: "cancelled", message: CANCELLED_BEFORE_STORING };
    key = typed;
  }
  let plan = planFor(key);
  return withCancellableProgress("Moving the setting to App Configuration…", async (signal) => {
    try {
      const configuration = deps.access.configurationStore(store.endpoint);
      // The next free key, unless the file reads its variable already (another value's) or the planner refuses it.
      const proposal = (taken: string) => freeSettingKey(configuration, { key: taken, label: store.label, value: plan.value }, { taken: (candidate) => readsKeyVariable(place, candidate) || question.problem(candidate) !== undefined, signal });
      const stored = await storeSettingVerified(
        configuration,
        { key, label: store.label, value: plan.value, tags },
        { overwrite: (existing) => answerConflict(request.onConflict, existing, proposal, question), signal: signal, log: deps.log },
      );
      if (stored.key !== key) {
        // Stored under the key chosen in the conflict: the file reads that key (and its variable).
        plan = await replanned(() => planFor(stored.key), stored.undo, deps.log);
        key = stored.key;
      }
      await applyOrUndo(prepared, plan.edits, [stored.undo], deps.log);
      stored.settle();
      const where = `App Configuration '${key}'${store.label ? ` (label '${store.label}')` : ""}`;
      const profileNote = profile === undefined ? "" : ` It is in the document for the Spring profile '${profile}', so it went to ${prepared.environment ?? profile}'s store and label, not the file's.`;
      const notes = `${profileNote}${plan.notes.length ? ` ${plan.notes.join(" ")}` : ""}`;
      const others = prepared.otherConfigurationTargets ?? [];
      const storeOthers = (othersSignal: AbortSignal) => storeForOtherEnvironments(deps, others, { key, value: plan.value, tags }, request.onConflict === "replace", othersSignal);
      let shared = "";
      if (others.length > 0 && request.otherEnvironments === "store") shared = ` ${(await storeOthers(signal)).message}`;
      else if (others.length > 0) {
        shared = sharedFileNote(key, store.label, others.map((other) => other.environment));
        if (request.otherEnvironments === undefined) offerOthers({ button: others.length === 1 ? `Store for ${others[0]!.environment} Too` : "Store for the Other Environments Too", store: storeOthers });
      }
      return {
        outcome: "moved" as const,
        appConfigurationKey: key,
        reused: stored.reused,
        message: `Setting ${stored.reused ? "already in" : "stored in"} ${where}; ${fileAfterMove(plan.replacementDescription)}.${shared}${notes}`,
      };
    } catch (error) {
      const outcome = error instanceof MoveStopped ? error.outcome : signal.aborted ? "cancelled" : "failed";
      return { outcome, appConfigurationKey: key, message: `${describeError(error, deps.log, "Move to App Configuration")}${error instanceof MoveStopped ? "" : " Nothing was stored and the file is unchanged."}` };
    }
  });
}

/** The planner's refusal of a key, or undefined when it plans. */
function planProblem(plan: () => unknown): string | undefined {
  try {
    plan();
    return undefined;
  } catch (error) {
    if (error instanceof FixPlanError) return error.message;
    throw error;
  }
}

/** The plan for the other key; if it cannot be made after all, what was stored is taken back. */
async function replanned(plan: () => MovePlan, undo: Undo, log: UndoLog): Promise<MovePlan> {
  try {
    return plan();
  } catch (error) {
    throw new MoveStopped("failed", `${describeError(error)} The file is unchanged.${await runUndo(undo, log)}`);
  }
}

/**
 * What to do about another value under the key: the preset answer, or the user's (the modal,
 * then the key input box with the next free key filled in). A preset "otherKey" takes that key.
 */
async function answerConflict(
  preset: SettingConflictChoice | undefined,
  existing: ConfigurationSetting,
  proposal: (taken: string) => Promise<string | undefined>,
  question: SettingKeyQuestion,
): Promise<OverwriteAnswer> {
  if (preset === "replace" || preset === "cancel") return preset === "replace";
  // appsettings.json is read by its member's path: no other key would reach the application.
  const keyFixed = question.problem(numberedConfigurationKey(existing.key, 2)) !== undefined;
  if (preset === "otherKey") {
    const free = keyFixed ? undefined : await proposal(existing.key);
    return free ? { otherKey: free } : false;
  }
  return askSettingConflict(existing, keyFixed ? undefined : async () => askSettingKey((await proposal(existing.key)) ?? existing.key, question));
}

/**
 * The moved value, stored under the same key for each of the app's other environments (their
 * stores and labels): the file every environment reads now reads the key in all of them. Each is
 * written and read back as the move's own; one that fails or holds another value (unless
 * `replace`: asked otherwise) is named, and the others and the move stand.
 */
async function storeForOtherEnvironments(
  deps: MoveDependencies,
  others: readonly OtherConfigurationTarget[],
  setting: { readonly key: string; readonly value: string; readonly tags: Readonly<Record<string, string>> },
  replace: boolean,
  signal: AbortSignal,
): Promise<{ message: string; failed: boolean }> {
  const stored: string[] = [];
  const failures: string[] = [];
  for (const { environment, appConfiguration } of others) {
    const where = `${environment}${appConfiguration.label ? ` (label '${appConfiguration.label}')` : ""}`;
    try {
      const done = await storeSettingVerified(
        deps.access.configurationStore(appConfiguration.endpoint),
        { key: setting.key, label: appConfiguration.label, value: setting.value, tags: setting.tags },
        // (No other key: the file reads this one.)
        { overwrite: (existing) => (replace ? Promise.resolve(true) : askSettingConflict(existing)), signal, log: deps.log },
      );
      done.settle();
      stored.push(where);
    } catch (error) {
      failures.push(`${where}: ${describeError(error, deps.log, "Store for the other environments")}`);
    }
  }
  const said = stored.length ? `'${setting.key}' is stored for ${stored.join(", ")} too.` : "";
  const notSaid = failures.length ? ` Not stored for ${failures.join(" ")}` : "";
  return { message: `${said}${notSaid}`.trim(), failed: failures.length > 0 };
}

/**
 * A file whose path names no environment is every environment's (`appsettings.json`, `src/`): the
 * value left it for all of them but went under one label. Said, with who else reads the file, so
 * nobody deploys production to find the setting missing.
 */
function sharedFileNote(key: string, label: string | undefined, others: readonly string[] | undefined): string {
  if (!others?.length) return "";
  const one = others.length === 1;
  const under = label ? ` (it is under '${label}' only)` : "";
  return ` This file names no environment, so ${others.join(", ")} ${one ? "reads" : "read"} it too: add '${key}' under ${one ? "its own label" : "their own labels"} as well${under}.`;
}
