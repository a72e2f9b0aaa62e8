import * as vscode from "vscode";
import type { DiagnosticsController } from "./diagnostics-controller";
import { isScannable } from "./scannable";

/** Shows the number of findings in the active editor's file; a click opens the Problems panel. */
export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("secretHygiene.findings", vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly controller: DiagnosticsController) {
    this.item.name = "Secret Hygiene";
    this.item.command = "workbench.actions.view.problems";
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      controller.onDidChangeState((uri) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const state = document && isScannable(document) ? this.controller.stateOf(document.uri) : undefined;
    if (!state) {
      this.item.hide();
      return;
    }
    if (state.kind === "skipped") {
      this.item.text = "$(shield) skipped";
      this.item.tooltip = `Secret Hygiene did not scan this file: ${state.reason}.`;
      this.item.backgroundColor = undefined;
    } else {
      this.item.text = state.count > 0 ? `$(shield) ${state.count}` : "$(shield)";
      this.item.tooltip =
        state.count === 0
          ? "Secret Hygiene: no hardcoded secrets in this file."
          : `Secret Hygiene: ${state.count} hardcoded ${state.count === 1 ? "secret" : "secrets"} in this file. Click to open Problems.`;
      this.item.backgroundColor = state.count > 0 ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    }
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
