// After a secret leaves an appsettings*.json file, ASP.NET Core reads it back from Key Vault only
// if Program.cs adds the Key Vault configuration provider. When it does not, we offer to add it,
// and to name this environment's vault in the same appsettings file (`KeyVault:Uri`: a URL, not a
// secret), so the provider finds the right vault per environment.
import * as path from "node:path";
import * as vscode from "vscode";
import { addAzureKeyVaultProvider, KEY_VAULT_URI_SETTING, keyVaultUriEdits } from "../../fixes";
import { describeError } from "./move-stopped";

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

/** What adding the provider did: `failed` when nothing was changed and the user must do it by hand. */
export interface ProviderAdded {
  readonly failed: boolean;
  readonly message: string;
}

/**
 * Adds the provider to Program.cs and `KeyVault:Uri` to the appsettings file, in one edit; or
 * neither, saying why (an appsettings file that does not parse, a `KeyVault` that is no object:
 * the provider would find no vault). Never throws: it runs after the secret has moved, whose
 * result must still be told.
 */
export async function addKeyVaultProvider(program: vscode.Uri, appsettings: vscode.Uri, vaultUrl: string, log?: vscode.LogOutputChannel): Promise<ProviderAdded> {
  const unchanged = `Program.cs and ${path.basename(appsettings.path)} are unchanged`;
  try {
    const programDocument = await vscode.workspace.openTextDocument(program);
    const planned = addAzureKeyVaultProvider(programDocument.getText());
    if (!planned) return { failed: false, message: "Program.cs already adds the Key Vault provider." };
    const settingsDocument = await vscode.workspace.openTextDocument(appsettings);
    const uriEdits = keyVaultUriEdits(settingsDocument.getText(), appsettings.path, `${vaultUrl}/`);
    const edit = new vscode.WorkspaceEdit();
    for (const change of planned.edits) edit.insert(program, programDocument.positionAt(change.start), change.newText);
    // Only where KeyVault:Uri goes: the rest of the file keeps its formatting and comments.
    for (const change of uriEdits) edit.replace(appsettings, new vscode.Range(settingsDocument.positionAt(change.start), settingsDocument.positionAt(change.end)), change.newText);
    if (!(await vscode.workspace.applyEdit(edit))) return { failed: true, message: `VS Code did not apply the edit. ${unchanged}.` };
    return {
      failed: false,
      message: `Program.cs now adds the Key Vault provider, and ${path.basename(appsettings.path)} names this environment's vault (${KEY_VAULT_URI_SETTING}). ${planned.note}`,
    };
  } catch (error) {
    return { failed: true, message: `${describeError(error, log, "Add the Key Vault provider")} ${unchanged}.` };
  }
}
