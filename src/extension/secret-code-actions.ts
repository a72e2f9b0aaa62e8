// Quick fixes on our diagnostics. For a secret: "Move to Key Vault (<vault> · <env>)", preferred,
// no prompts, when the vault mapping names the file's vault; "Move to Key Vault…" with choices;
// "…and reference it from App Configuration" when the environment has a store and the file reads
// configuration keys (C#, appsettings.json); "Ignore this finding…"; "Add to baseline". For a
// configuration value: "Move to App Configuration (<store> · <env>)", preferred, and "Move to App
// Configuration…", which asks for the key. Where no move can rewrite the place (moveRefusal,
// configMoveRefusal) only the reason is offered. A source action moves every secret of the file.
// Actions carry commands, so nothing runs until the user picks one, and each command scans the
// document afresh before it acts. Which moves are offered is decided in move-action-choices.ts (in
// Restricted Mode, one that opens the trust editor). (One plain edit too: an ignore comment's
// misspelt rule id changed to the rule it most likely means.)
import * as vscode from "vscode";
import { isLoopbackEndpoint } from "../azure";
import { typePathOf } from "../engine";
import { configMoveRefusal, moveRefusal, readsConfigurationKeys, toolReadFileRefusal } from "../fixes";
import type { AzureAccess } from "./azure-access";
import { CommandId } from "./contributions";
import { endpointName } from "./endpoint-names";
import { commentSyntax } from "./finding-actions";
import { fileUriOf } from "./notebook-cells";
import { moveChoices } from "./move-action-choices";
import { languageIdToScanWith } from "./scannable";
import { isConfigDiagnostic, isFindingDiagnostic, ruleIdOf, suggestedRuleIdOf } from "./to-diagnostic";
import type { VaultMappings } from "./vault-mappings";

/** In a move's title where the file's environment is in doubt and the move will ask for it. */
const ENVIRONMENT_TO_CHOOSE = "asks for the environment";
const MOVE_ALL_KIND = vscode.CodeActionKind.Source.append("secretHygiene").append("moveAllToKeyVault");

export class SecretCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, MOVE_ALL_KIND];

  constructor(
    private readonly mappings: VaultMappings,
    private readonly access: AzureAccess,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !MOVE_ALL_KIND.intersects(context.only)) return [];
    const renames = context.diagnostics.flatMap((diagnostic) => {
      const suggestion = suggestedRuleIdOf(diagnostic, document);
      return suggestion ? [ruleIdChange(document, diagnostic, suggestion)] : [];
    });
    const target = await this.mappings.targetFor(document.uri);
    const resolved = target?.resolved;
    // Named as the Vaults view names them: the emulator's `shop-dev`, not `127.0.0.1:35701`. (Its
    // info file is read only for a loopback endpoint: this runs at every cursor move.)
    const keyVault = resolved?.target?.keyVault;
    const store = resolved?.target?.appConfiguration;
    const emulator = [keyVault, store?.endpoint].some((url) => url !== undefined && isLoopbackEndpoint(url)) ? this.access.emulatorEndpoints() : undefined;
    // A path that names production with a non-production answer: the move asks, so the title names no vault.
    const inDoubt = resolved?.environment.doubt !== undefined;
    const vault = keyVault ? (inDoubt ? ENVIRONMENT_TO_CHOOSE : `${endpointName(keyVault, "keyVault", emulator)} · ${resolved.environment.environment}`) : undefined;
    const storeLabel = store ? (inDoubt ? ENVIRONMENT_TO_CHOOSE : `${endpointName(store.endpoint, "appConfiguration", emulator)} · ${resolved.environment.environment}`) : undefined;
    const actions: vscode.CodeAction[] = [];
    // A password file or a lockfile: its tool would read a reference as the password. No move is
    // offered there, nor for a finding whose place stores the secret itself (see moveRefusal); the
    // one action left runs the move, which refuses and says what works instead.
    // (A notebook cell or an untitled editor is refused by its language: a SQL cell as a `.sql` file.)
    const filePath = fileUriOf(document.uri).path;
    const languageId = languageIdToScanWith(document);
    const refusal = toolReadFileRefusal(filePath, languageId);

    const trusted = vscode.workspace.isTrusted;
    // (Not for a file in doubt: Move all asks no one, so it would skip every secret.)
    if (trusted && vault && !inDoubt && refusal === undefined && context.only && MOVE_ALL_KIND.intersects(context.only)) {
      const secrets = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => isFindingDiagnostic(diagnostic) && !isConfigDiagnostic(diagnostic));
      if (secrets.length > 0) {
        const all = new vscode.CodeAction(`Move all secrets in this file to Key Vault (${vault})`, MOVE_ALL_KIND);
        all.command = { command: CommandId.moveAllInFile, title: all.title, arguments: [{ uri: document.uri }] };
        actions.push(all);
      }
    }

    // (Findings only: a vault mapping's problem has a code too, and no quick fix of ours applies to it.)
    const ours = context.diagnostics.filter(isFindingDiagnostic);
    const inFolder = vscode.workspace.getWorkspaceFolder(fileUriOf(document.uri)) !== undefined;
    // Only where the file will then read a configuration key that the reference setting supplies.
    const offerReference = storeLabel !== undefined && ours.length > 0 && readsConfigurationKeys(typePathOf(document.uri.path, languageId), document.getText());
    let text: string | undefined;
    for (const diagnostic of ours) {
      const where = { uri: document.uri, range: diagnostic.range };
      const which = ours.length > 1 ? ` — ${findingLabel(diagnostic, ours)}` : "";
      const add = (label: string, command: string, args: unknown[], preferred = false) => {
        const title = `${label}${which}`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command, title, arguments: args };
        action.diagnostics = [diagnostic];
        action.isPreferred = preferred;
        actions.push(action);
      };
      const isConfig = isConfigDiagnostic(diagnostic);
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      text ??= document.getText();
      // (A configuration value's: the planner's own answer, so the preferred move is never one that can only fail.)
      const refused = isConfig
        ? configMoveRefusal({ text, filePath, languageId, start, end }) !== undefined
        : moveRefusal(filePath, ruleIdOf(diagnostic), text, start, end, languageId) !== undefined;
      for (const choice of moveChoices({ trusted, isConfig, refused, vault, store: storeLabel, offerReference, outsideFolder: !inFolder })) {
        const args = { atFinding: [where], interactive: [{ ...where, interactive: true }], explainRefusal: [{ ...where, explainRefusal: true }], none: [] }[choice.call];
        add(choice.label, choice.command, args, choice.preferred);
      }
      if (commentSyntax(document)) add("Ignore this finding…", CommandId.ignoreFinding, [where]);
      // A baseline belongs to a workspace folder: not for untitled editors, files outside, or settings.
      if (inFolder) add("Add to baseline", CommandId.addToBaseline, [where]);
    }
    return [...renames, ...actions];
  }
}

/**
 * With two findings under the cursor every title would show twice: each action then names its
 * finding by the diagnostic's message (rule title and redacted preview, never the value), and by
 * its line and column where two messages are the same (two tokens of one kind).
 */
function findingLabel(diagnostic: vscode.Diagnostic, inRange: readonly vscode.Diagnostic[]): string {
  const alike = inRange.filter((other) => other.message === diagnostic.message).length > 1;
  const { line, character } = diagnostic.range.start;
  return alike ? `${diagnostic.message} at ${line + 1}:${character + 1}` : diagnostic.message;
}

/** "Change to '<rule>'": writes the rule an ignore comment's unknown id most likely means. */
function ruleIdChange(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string): vscode.CodeAction {
  const action = new vscode.CodeAction(`Change to '${ruleId}'`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, diagnostic.range, ruleId);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}
