// "Ignore this finding…" (an inline comment with the rule id and a reason, in the file's comment
// syntax) and "Add to baseline" (the folder's baseline file, by fingerprint). Both act on the
// finding scanned afresh from the document, matched by the diagnostic's range.
import * as vscode from "vscode";
import { openDocumentOf } from "./open-documents";
import { createBaseline, findingStatementLine, parseBaseline } from "../engine";
import { describe } from "./describe";
import type { DiagnosticsController } from "./diagnostics-controller";
import { sameRange } from "./moves/prepare";
import { languageCommentSyntax, placeIgnoreComment, type CommentSyntax } from "./ignore-placement";
import { folderReader, type WorkspacePolicies } from "./workspace-policies";

export interface FindingActionDependencies {
  readonly controller: DiagnosticsController;
  readonly policies: WorkspacePolicies;
  readonly log: vscode.LogOutputChannel;
}

/** The comment syntax for a document; `.env` files often open as plaintext or properties. */
export function commentSyntax(document: vscode.TextDocument): CommentSyntax | undefined {
  return languageCommentSyntax(document.languageId);
}

async function findingAt(deps: FindingActionDependencies, uri: vscode.Uri, range: vscode.Range) {
  const document = await vscode.workspace.openTextDocument(uri);
  const scanned = await deps.controller.findingsFor(document);
  const finding = scanned?.findings.find((candidate) => sameRange(candidate, range));
  return finding && scanned ? { document, finding, scanned } : undefined;
}

/** Inserts `secret-hygiene-ignore-next-line <rule> -- <reason>` above the finding's line. */
export async function ignoreFinding(deps: FindingActionDependencies, args: { uri: vscode.Uri; range: vscode.Range; reason?: string }): Promise<boolean> {
  const found = await findingAt(deps, args.uri, args.range);
  if (!found) {
    void vscode.window.showWarningMessage("Secret Hygiene: the finding is no longer there.");
    return false;
  }
  const { document, finding } = found;
  const syntax = commentSyntax(document);
  if (!syntax) {
    void vscode.window.showWarningMessage(`Secret Hygiene: ${document.languageId} files have no comments; add the finding to the baseline instead.`);
    return false;
  }
  const reason =
    args.reason ??
    (await vscode.window.showInputBox({
      title: `Ignore ${finding.ruleId} (${finding.preview})`,
      prompt: "Why is this not a secret, or why may it stay? (kept in the comment for reviewers)",
      placeHolder: "test fixture, revoked key, public demo value…",
    }));
  if (reason === undefined) return false;
  // The file may have changed while the reason was typed: find the same finding (by fingerprint) again.
  const rescanned = await deps.controller.findingsFor(document);
  const now = rescanned?.findings.find((candidate) => candidate.fingerprint === finding.fingerprint);
  if (!rescanned || !now) {
    void vscode.window.showWarningMessage("Secret Hygiene: the finding is no longer there.");
    return false;
  }
  const lines = rescanned.text.split(/\r\n|\r|\n/);
  // Above the statement the value belongs to (a YAML `key: |` over its block, a command continued
  // with `\` onto the value's line): a marker there counts, and a comment can go there where it
  // cannot go inside the block or the command. Otherwise above the value's own line.
  const statementLine = findingStatementLine(rescanned.text, rescanned.filePath, now.range.startOffset, rescanned.languageId);
  let placement = placeIgnoreComment(lines, statementLine, document.languageId, finding.ruleId, reason);
  if ("refused" in placement && statementLine !== now.range.start.line) placement = placeIgnoreComment(lines, now.range.start.line, document.languageId, finding.ruleId, reason);
  if ("refused" in placement) {
    // A comment line there would change what the file means (end a command, join a value).
    const baseline = "Add to Baseline";
    const answer = await vscode.window.showWarningMessage(`Secret Hygiene: no comment can go above this finding without changing the file: ${placement.refused}. Add it to the baseline instead?`, baseline);
    return answer === baseline ? addToBaseline(deps, { uri: document.uri, range: new vscode.Range(now.range.start.line, now.range.start.character, now.range.end.line, now.range.end.character) }) : false;
  }
  const { line, start, end, text } = placement.edit;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(line, start, line, end), text);
  return vscode.workspace.applyEdit(edit);
}

/** Baseline updates one at a time: two quick adds must not both read the file before either writes. */
let baselineQueue: Promise<unknown> = Promise.resolve();

/** Adds the finding's fingerprint to the folder's baseline file (created if missing). */
export function addToBaseline(deps: FindingActionDependencies, args: { uri: vscode.Uri; range: vscode.Range }): Promise<boolean> {
  const run = baselineQueue.then(() => addToBaselineNow(deps, args));
  baselineQueue = run.catch(() => undefined);
  return run;
}

async function addToBaselineNow(deps: FindingActionDependencies, args: { uri: vscode.Uri; range: vscode.Range }): Promise<boolean> {
  const scope = await deps.policies.forUri(args.uri);
  const found = await findingAt(deps, args.uri, args.range);
  if (!scope || !found) {
    void vscode.window.showWarningMessage(scope ? "Secret Hygiene: the finding is no longer there." : "Secret Hygiene: only files in a workspace folder have a baseline.");
    return false;
  }
  const { folder, policy } = scope;
  const openBaseline = openDocumentOf(vscode.Uri.joinPath(folder.uri, policy.baselinePath));
  const existing = openBaseline ? openBaseline.getText() : await folderReader(folder)(policy.baselinePath);
  let kept: ReturnType<typeof parseBaseline>["entries"] = [];
  if (existing !== undefined) {
    try {
      kept = parseBaseline(existing).entries;
    } catch (error) {
      void vscode.window.showErrorMessage(`Secret Hygiene: ${policy.baselinePath} cannot be updated: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
  const text = createBaseline([[found.scanned.filePath, [found.finding]]], kept);
  const baselineUri = vscode.Uri.joinPath(folder.uri, policy.baselinePath);
  // An open baseline editor holds the truth (it may have unsaved changes): edit it there and save.
  const open = openDocumentOf(baselineUri);
  if (open) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(baselineUri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
    if (!(await vscode.workspace.applyEdit(edit)) || !(await open.save())) return false;
  } else {
    try {
      await vscode.workspace.fs.writeFile(baselineUri, new TextEncoder().encode(text));
    } catch (error) {
      // A read-only folder or file system: say where and why, not "command failed".
      void vscode.window.showErrorMessage(`Secret Hygiene: ${policy.baselinePath} could not be written: ${describe(error)}`);
      return false;
    }
  }
  deps.log.info(`Baseline ${policy.baselinePath}: added ${found.finding.ruleId} in ${found.scanned.filePath} (${found.finding.preview})`);
  return true;
}
