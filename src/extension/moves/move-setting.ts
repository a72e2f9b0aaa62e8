// "Move to App Configuration" for a configuration value (a host name, an IP address, an internal
// URL): the value becomes a key-value in the file's App Configuration store, labelled with the
// file's environment (or the mapping's label), and the literal becomes a read of that key. The same
// order as for secrets: write, read back, then edit only an unchanged document.
import * as vscode from "vscode";
import { appConfigurationKeyProblem, configMoveRefusal, FixPlanError, planConfigMove, suggestedConfigurationKey } from "../../fixes";
import { showErrorWithRemedies } from "../notify";
import { withCancellableProgress } from "../progress";
import { Remedies, remediesOfResult } from "../remedies";
import { findingAt, prepareDocument } from "./prepare";
import { guardedMove, settingTags, type MoveDependencies, type MoveResult } from "./move-secret";
import { CANCELLED_BEFORE_STORING, describeError, isPlainCancel, MoveStopped } from "./move-stopped";
import { fileAfterMove } from "./move-wording";
import { storeSettingVerified } from "./setting-steps";
import { applyOrUndo, askOverwriteSetting } from "./vault-steps";

export interface MoveSettingRequest {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
  /** Preset key, for tests; otherwise the derived key is proposed in an input box when interactive. */
  readonly key?: string;
  readonly interactive?: boolean;
  /** Replace a different existing value under the same key and label (otherwise: ask). */
  readonly overwrite?: boolean;
  readonly quiet?: boolean;
  /** Asked as "Why can't this value move…?": the refusal is the answer, shown as information, not as an error. */
  readonly explainRefusal?: boolean;
}

export async function moveSettingToAppConfiguration(deps: MoveDependencies, request: MoveSettingRequest): Promise<MoveResult> {
  const result = await guardedMove(request, () => runMove(deps, request), deps.log, "Move to App Configuration");
  if (!request.quiet) {
    if (result.outcome === "moved") void vscode.window.showInformationMessage(`Secret Hygiene: ${result.message}`);
    else if (result.outcome === "failed" && result.refused && request.explainRefusal) void vscode.window.showInformationMessage(`Secret Hygiene: ${result.message}`);
    else if (result.outcome === "failed") void showErrorWithRemedies(result.message, remediesOfResult(result));
    else if (!isPlainCancel(result.message)) void vscode.window.showWarningMessage(`Secret Hygiene: ${result.message}`);
  }
  deps.log.info(`Move to App Configuration: ${result.outcome}${result.appConfigurationKey ? ` '${result.appConfigurationKey}'` : ""}`);
  return result;
}

async function runMove(deps: MoveDependencies, request: MoveSettingRequest): Promise<MoveResult> {
  const prepared = await prepareDocument(deps.controller, deps.mappings, request.uri);
  const finding = findingAt(prepared, request.range, "config");
  const { text, filePath, languageId } = prepared;
  // A place no configuration move can rewrite is answered before asking for a store or a key.
  const refusal = configMoveRefusal({ text, filePath, languageId, start: finding.range.startOffset, end: finding.range.endOffset });
  if (refusal !== undefined) throw new FixPlanError("unsupported", refusal);
  const store = prepared.appConfiguration;
  if (!store) return { outcome: "failed", message: `No App Configuration store for this file's ${prepared.environment ?? "environment"}: add one with "Secret Hygiene: Configure Vaults…".`, remedy: Remedies.configureVaults };
  let key = request.key ?? suggestedConfigurationKey(text, filePath, finding, languageId);
  if (request.interactive && !request.key) {
    const typed = await vscode.window.showInputBox({
      title: "Move to App Configuration: key",
      value: key,
      prompt: `Key in ${store.endpoint}${store.label ? `, label '${store.label}'` : ""}; ':' separates sections.`,
      validateInput: (value) => appConfigurationKeyProblem(value),
    });
    if (!typed) return { outcome: "cancelled", message: CANCELLED_BEFORE_STORING };
    key = typed;
  }
  const tags = settingTags(filePath, finding.ruleId, prepared.app);
  const plan = planConfigMove({ text, filePath, languageId, finding, key, label: store.label, tags, endpoint: store.endpoint });
  return withCancellableProgress("Moving the setting to App Configuration…", async (signal) => {
    try {
      const configuration = deps.access.configurationStore(store.endpoint);
      const stored = await storeSettingVerified(
        configuration,
        { key, label: store.label, value: plan.value, tags },
        { overwrite: () => (request.overwrite !== undefined ? Promise.resolve(request.overwrite) : askOverwriteSetting(key, store.label)), signal: signal, log: deps.log },
      );
      await applyOrUndo(prepared.document, prepared.version, plan.edits, [stored.undo], deps.log);
      stored.settle();
      const where = `App Configuration '${key}'${store.label ? ` (label '${store.label}')` : ""}`;
      const notes = plan.notes.length ? ` ${plan.notes.join(" ")}` : "";
      const shared = sharedFileNote(key, store.label, prepared.otherConfigurationEnvironments);
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
