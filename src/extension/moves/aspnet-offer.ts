// After a secret leaves an appsettings*.json file, ASP.NET Core reads it back from Key Vault only
// if Program.cs adds the Key Vault configuration provider. When it does not, we offer to add it,
// and to name this environment's vault in the same appsettings file (`KeyVault:Uri`: a URL, not a
// secret), so the provider finds the right vault per environment.
import { applyEdits, modify } from "jsonc-parser";
import * as path from "node:path";
import * as vscode from "vscode";
import { addAzureKeyVaultProvider, KEY_VAULT_URI_SETTING } from "../../fixes";

/** Program.cs in the file's folder or the nearest folder above it, inside the workspace folder. */
export async function findProgramCs(file: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(file);
  if (!folder) return undefined;
  let directory = vscode.Uri.joinPath(file, "..");
  for (let depth = 0; depth < 8; depth++) {
    const candidate = vscode.Uri.joinPath(directory, "Program.cs");
    try {
      await vscode.workspace.fs.stat(candidate);
      return candidate;
    } catch {
      // not here: one folder up, but not above the workspace folder
    }
    if (directory.path === folder.uri.path || !directory.path.startsWith(folder.uri.path)) return undefined;
    directory = vscode.Uri.joinPath(directory, "..");
  }
  return undefined;
}

/** Whether the offer applies: an appsettings file, and a Program.cs without the provider. */
export async function providerOffer(file: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!/^appsettings(\.[^.]+)?\.json$/i.test(path.basename(file.path))) return undefined;
  const program = await findProgramCs(file);
  if (!program) return undefined;
  const text = (await vscode.workspace.openTextDocument(program)).getText();
  return addAzureKeyVaultProvider(text) ? program : undefined;
}

/** Adds the provider to Program.cs and `KeyVault:Uri` to the appsettings file, in one edit. */
export async function addKeyVaultProvider(program: vscode.Uri, appsettings: vscode.Uri, vaultUrl: string): Promise<string> {
  const programDocument = await vscode.workspace.openTextDocument(program);
  const planned = addAzureKeyVaultProvider(programDocument.getText());
  if (!planned) return "Program.cs already adds the Key Vault provider.";
  const settingsDocument = await vscode.workspace.openTextDocument(appsettings);
  const settingsText = settingsDocument.getText();
  const uriEdits = modify(settingsText, KEY_VAULT_URI_SETTING.split(":"), `${vaultUrl}/`, { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  const edit = new vscode.WorkspaceEdit();
  for (const change of planned.edits) edit.insert(program, programDocument.positionAt(change.start), change.newText);
  const newSettings = applyEdits(settingsText, uriEdits);
  edit.replace(appsettings, new vscode.Range(settingsDocument.positionAt(0), settingsDocument.positionAt(settingsText.length)), newSettings);
  if (!(await vscode.workspace.applyEdit(edit))) return "VS Code did not apply the edit to Program.cs.";
  return `Program.cs now adds the Key Vault provider, and ${path.basename(appsettings.path)} names this environment's vault (${KEY_VAULT_URI_SETTING}). ${planned.note}`;
}
