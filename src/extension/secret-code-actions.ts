// Quick fixes on our diagnostics. For a secret: "Move to Key Vault (<vault> · <env>)", preferred,
// no prompts, when the vault mapping names the file's vault; "Move to Key Vault…" with choices;
// "Ignore this finding…"; "Add to baseline". Actions carry commands, so nothing runs until the user
// picks one, and each command scans the document afresh before it acts.
import * as vscode from "vscode";
import { describeTarget } from "../azure";
import { CommandId, DIAGNOSTIC_SOURCE } from "./contributions";
import { commentSyntax } from "./finding-actions";
import { isConfigDiagnostic } from "./to-diagnostic";
import type { VaultMappings } from "./vault-mappings";

export class SecretCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly mappings: VaultMappings) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code !== undefined);
    if (ours.length === 0) return [];
    const target = await this.mappings.targetFor(document.uri);
    const vault = target?.resolved?.target?.keyVault ? describeTarget(target.resolved) : undefined;
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const where = { uri: document.uri, range: diagnostic.range };
      if (!isConfigDiagnostic(diagnostic)) {
        if (vault) {
          const move = new vscode.CodeAction(`Move to Key Vault (${vault})`, vscode.CodeActionKind.QuickFix);
          move.command = { command: CommandId.moveSecretToKeyVault, title: move.title, arguments: [where] };
          move.diagnostics = [diagnostic];
          move.isPreferred = true;
          actions.push(move);
        }
        const choose = new vscode.CodeAction(vault ? "Move to Key Vault…" : "Move to Key Vault… (configure a vault for this file first)", vscode.CodeActionKind.QuickFix);
        choose.command = vault
          ? { command: CommandId.moveSecretToKeyVault, title: choose.title, arguments: [{ ...where, interactive: true }] }
          : { command: CommandId.configureVaults, title: choose.title };
        choose.diagnostics = [diagnostic];
        actions.push(choose);
      }
      if (commentSyntax(document)) {
        const ignore = new vscode.CodeAction("Ignore this finding…", vscode.CodeActionKind.QuickFix);
        ignore.command = { command: CommandId.ignoreFinding, title: ignore.title, arguments: [where] };
        ignore.diagnostics = [diagnostic];
        actions.push(ignore);
      }
      if (document.uri.scheme !== "untitled") {
        const baseline = new vscode.CodeAction("Add to baseline", vscode.CodeActionKind.QuickFix);
        baseline.command = { command: CommandId.addToBaseline, title: baseline.title, arguments: [where] };
        baseline.diagnostics = [diagnostic];
        actions.push(baseline);
      }
    }
    return actions;
  }
}
