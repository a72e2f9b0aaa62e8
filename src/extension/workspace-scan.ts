import * as vscode from "vscode";
import { SKIPPED_DIRECTORIES } from "../engine";
import type { DiagnosticsController } from "./diagnostics-controller";
import { describe } from "./diagnostics-controller";
import { CommandId } from "./contributions";
import { readSettings } from "./settings";

/** The same vendor and VCS folders the CLI skips, as globs. */
const BUILT_IN_EXCLUDES = SKIPPED_DIRECTORIES.map((name) => `**/${name}/**`);
/** Files read at once: enough to overlap disk and scanning without flooding the extension host. */
const CONCURRENCY = 8;

export interface WorkspaceScanSummary {
  readonly filesScanned: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  readonly skipped: number;
  readonly failed: number;
  readonly cancelled: boolean;
}

function excludeGlob(extra: readonly string[]): string {
  const patterns = [...BUILT_IN_EXCLUDES, ...extra];
  return `{${patterns.join(",")}}`;
}

/**
 * Scans every file of the workspace with a cancellable progress notification, filling the Problems
 * panel through the diagnostics controller. Returns a summary (the command's result, used by tests).
 */
export async function scanWorkspace(controller: DiagnosticsController, log: vscode.LogOutputChannel): Promise<WorkspaceScanSummary> {
  const folders = vscode.workspace.workspaceFolders;
  if (!folders?.length) {
    void vscode.window.showInformationMessage("Secret Hygiene: open a folder to scan a workspace.");
    return { filesScanned: 0, filesWithFindings: 0, findings: 0, skipped: 0, failed: 0, cancelled: false };
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Secret Hygiene: scanning workspace", cancellable: true },
    async (progress, token) => {
      const started = performance.now();
      // Per folder, so each folder's own `secretHygiene.exclude` applies in a multi-root workspace.
      const perFolder = await Promise.all(
        folders.map((folder) =>
          vscode.workspace.findFiles(new vscode.RelativePattern(folder, "**/*"), excludeGlob(readSettings(folder.uri).exclude), undefined, token),
        ),
      );
      const uris = perFolder.flat();
      let filesScanned = 0;
      let filesWithFindings = 0;
      let findings = 0;
      let skipped = 0;
      let failed = 0;
      let next = 0;
      const step = 100 / Math.max(uris.length, 1);
      const worker = async () => {
        while (next < uris.length && !token.isCancellationRequested) {
          const uri = uris[next++]!;
          try {
            const outcome = await controller.scanFileOnDisk(uri, token);
            if (outcome.kind === "skipped") skipped++;
            else {
              filesScanned++;
              findings += outcome.count;
              if (outcome.count > 0) filesWithFindings++;
            }
          } catch (error) {
            failed++;
            log.warn(`Could not scan ${vscode.workspace.asRelativePath(uri, false)}: ${describe(error)}`);
          }
          progress.report({ increment: step, message: `${filesScanned + skipped + failed} of ${uris.length} files` });
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const summary = { filesScanned, filesWithFindings, findings, skipped, failed, cancelled: token.isCancellationRequested };
      const elapsed = ((performance.now() - started) / 1000).toFixed(1);
      log.info(`Workspace scan ${summary.cancelled ? "cancelled" : "finished"} in ${elapsed} s: ${JSON.stringify(summary)}`);
      void showSummary(summary);
      return summary;
    },
  );
}

async function showSummary(summary: WorkspaceScanSummary): Promise<void> {
  const parts = [`${summary.findings} ${summary.findings === 1 ? "secret" : "secrets"} in ${summary.filesWithFindings} of ${summary.filesScanned} files`];
  if (summary.skipped > 0) parts.push(`${summary.skipped} skipped (too large or binary)`);
  if (summary.failed > 0) parts.push(`${summary.failed} could not be read`);
  const text = `Secret Hygiene: ${summary.cancelled ? "scan cancelled. So far: " : ""}${parts.join("; ")}.`;
  const actions = summary.findings > 0 ? ["Open Problems"] : [];
  if (summary.skipped > 0 || summary.failed > 0) actions.push("Show Log");
  const choice = await vscode.window.showInformationMessage(text, ...actions);
  if (choice === "Open Problems") await vscode.commands.executeCommand("workbench.actions.view.problems");
  if (choice === "Show Log") await vscode.commands.executeCommand(CommandId.showLog);
}
