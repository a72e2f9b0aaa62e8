import * as vscode from "vscode";
import { inIgnoredBuildOutput, isSecretFile, SKIPPED_DIRECTORIES } from "../engine";
import { CommandId } from "./contributions";
import type { DiagnosticsController, SkipCategory } from "./diagnostics-controller";
import { describe } from "./describe";
import { loadGitignoreRules } from "./gitignore";
import { filesTheCliWouldScan } from "./local-file-selection";
import { readSettings } from "./settings";
import type { WorkspacePolicies } from "./workspace-policies";
import { relativePathIn } from "./workspace-policies";
import { skippedCounts, workspaceScanSummaryText, type WorkspaceScanSummary } from "./workspace-scan-summary";

export type { WorkspaceScanSummary } from "./workspace-scan-summary";

/** The same vendor and VCS folders the CLI skips, as globs. */
const BUILT_IN_EXCLUDES = SKIPPED_DIRECTORIES.map((name) => `**/${name}/**`);
/** Files read at once: enough to overlap disk and scanning without flooding the extension host. */
const CONCURRENCY = 8;

export interface WorkspaceScanContext {
  readonly controller: DiagnosticsController;
  readonly policies: WorkspacePolicies;
  readonly log: vscode.LogOutputChannel;
}

interface SkippedFile {
  readonly uri: vscode.Uri;
  readonly reason: string;
  readonly category: SkipCategory;
}

function excludeGlob(extra: readonly string[]): string {
  const patterns = [...BUILT_IN_EXCLUDES, ...extra];
  return `{${patterns.join(",")}}`;
}

/**
 * A folder's files minus what its `.gitignore` files and `ignorePaths` leave out. `.gitignore`
 * spares secret files (`.env`, `local.settings.json`…: git-ignored because they hold secrets, which
 * is why they are scanned; the CLI's list, see isSecretFile), except a build's copies of them, and
 * files git tracks all the same (committed before the rule, or with `git add -f`: in every clone).
 * On this machine's disk the CLI's own walk decides (see filesTheCliWouldScan), and `findFiles`
 * adds the exclude settings; a virtual folder's `.gitignore` files are read through VS Code.
 */
async function filesToScan(folder: vscode.WorkspaceFolder, policies: WorkspacePolicies, log: vscode.LogOutputChannel, token: vscode.CancellationToken) {
  // Each folder's own `secretHygiene.exclude` applies in a multi-root workspace.
  const exclude = excludeGlob(readSettings(folder.uri).exclude);
  const policy = await policies.current(folder);
  const listed = vscode.workspace.findFiles(new vscode.RelativePattern(folder, "**/*"), exclude, undefined, token);
  const isBaseline = (uri: vscode.Uri) => relativePathIn(folder, uri) === policy.baselinePath;
  if (folder.uri.scheme === "file") {
    const [files, selected] = await Promise.all([listed, filesTheCliWouldScan(folder, policy.ignorePaths, policy.baselinePath, log, token)]);
    const uris = files.filter((uri) => selected?.files.has(uri.fsPath));
    if (selected?.linkedFolders.length) {
      const names = selected.linkedFolders.map((link) => vscode.workspace.asRelativePath(vscode.Uri.file(link), false)).sort();
      log.info(`Not scanned: ${names.length} symbolic link(s) to a folder, not followed (as by the CLI: they can loop or lead out of the workspace; add the folder to the workspace to scan it):\n${names.map((name) => `  ${name}`).join("\n")}`);
    }
    return { uris, ignored: files.length - uris.length - files.filter(isBaseline).length };
  }
  const [files, gitignore] = await Promise.all([listed, loadGitignoreRules(folder, exclude, token)]);
  // A build's copy of one (in a git-ignored `bin/`) is not: the source's is the one to fix.
  const isSecretFileToScan = (relative: string) => isSecretFile(relative) && !inIgnoredBuildOutput(relative, (folder) => gitignore.isIgnored(folder, true));
  let ignored = 0;
  const uris = files.filter((uri) => {
    const relative = relativePathIn(folder, uri);
    if (relative === undefined) return true;
    if (isBaseline(uri)) return false;
    if (policy.ignorePaths.matches(relative) || (gitignore.isIgnored(relative) && !isSecretFileToScan(relative))) {
      ignored++;
      return false;
    }
    return true;
  });
  return { uris, ignored };
}

/**
 * Scans every file of the workspace with a cancellable progress notification, filling the Problems
 * panel through the diagnostics controller. Returns a summary (the command's result, used by tests).
 */
/** @param options.quiet no summary message (a caller that goes on to act on the findings says what it did). */
export async function scanWorkspace(context: WorkspaceScanContext, options: { readonly quiet?: boolean } = {}): Promise<WorkspaceScanSummary> {
  const { controller, policies, log } = context;
  const folders = vscode.workspace.workspaceFolders;
  if (!folders?.length) {
    void vscode.window.showInformationMessage("Secret Hygiene: open a folder to scan a workspace.");
    return { filesScanned: 0, filesWithFindings: 0, findings: 0, ...skippedCounts([]), ignored: 0, failed: 0, cancelled: false };
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Secret Hygiene: scanning workspace", cancellable: true },
    async (progress, token) => {
      const started = performance.now();
      const perFolder = await Promise.all(folders.map((folder) => filesToScan(folder, policies, log, token)));
      const uris = perFolder.flatMap((folder) => folder.uris);
      const ignored = perFolder.reduce((sum, folder) => sum + folder.ignored, 0);
      const skippedFiles: SkippedFile[] = [];
      let filesScanned = 0;
      let filesWithFindings = 0;
      let findings = 0;
      let failed = 0;
      let next = 0;
      const step = 100 / Math.max(uris.length, 1);
      const worker = async () => {
        while (next < uris.length && !token.isCancellationRequested) {
          const uri = uris[next++]!;
          try {
            const outcome = await controller.scanFileOnDisk(uri, token);
            if (outcome.kind === "skipped") skippedFiles.push({ uri, reason: outcome.reason, category: outcome.category });
            else {
              filesScanned++;
              findings += outcome.count;
              if (outcome.count > 0) filesWithFindings++;
            }
          } catch (error) {
            failed++;
            log.warn(`Could not scan ${vscode.workspace.asRelativePath(uri, false)}: ${describe(error)}`);
          }
          progress.report({ increment: step, message: `${filesScanned + skippedFiles.length + failed} of ${uris.length} files` });
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      if (!token.isCancellationRequested) controller.forgetUnlisted(new Set(uris.map((uri) => uri.toString())));
      const summary: WorkspaceScanSummary = {
        filesScanned,
        filesWithFindings,
        findings,
        ...skippedCounts(skippedFiles.map((file) => file.category)),
        ignored,
        failed,
        cancelled: token.isCancellationRequested,
      };
      const elapsed = ((performance.now() - started) / 1000).toFixed(1);
      log.info(`Workspace scan ${summary.cancelled ? "cancelled" : "finished"} in ${elapsed} s: ${JSON.stringify(summary)}`);
      logSkippedFiles(log, skippedFiles);
      if (!options.quiet) void showSummary(summary);
      return summary;
    },
  );
}

/** One block in the log: every file the scan found but did not read, and why. */
function logSkippedFiles(log: vscode.LogOutputChannel, skippedFiles: readonly SkippedFile[]): void {
  if (skippedFiles.length === 0) return;
  const lines = skippedFiles.map((file) => `  ${vscode.workspace.asRelativePath(file.uri, false)}: ${file.reason}`).sort();
  const hint = skippedFiles.some((file) => file.category === "size") ? "; raise secretHygiene.maxFileSizeKB to include larger files" : "";
  log.info(`Not scanned (${skippedFiles.length})${hint}:\n${lines.join("\n")}`);
}

async function showSummary(summary: WorkspaceScanSummary): Promise<void> {
  const text = workspaceScanSummaryText(summary);
  const actions = summary.findings > 0 ? ["Open Problems"] : [];
  if (summary.skipped > 0 || summary.failed > 0) actions.push("Show Log");
  const choice = await vscode.window.showInformationMessage(text, ...actions);
  if (choice === "Open Problems") await vscode.commands.executeCommand("workbench.actions.view.problems");
  if (choice === "Show Log") await vscode.commands.executeCommand(CommandId.showLog);
}
