// After a secret leaves an appsettings*.json file, ASP.NET Core reads it back from Key Vault only
// if Program.cs adds the Key Vault configuration provider. When it does not, we offer to add it,
// and to name this environment's vault (`KeyVault:Uri`: a URL, not a secret) in this environment's
// appsettings file, so the provider finds the right vault per environment. Never in the base
// appsettings.json: every environment reads it, and production would read the development vault.
import * as path from "node:path";
import * as vscode from "vscode";
import { addAzureKeyVaultProvider, environmentAppSettings, KEY_VAULT_URI_SETTING, keyVaultUriEdits, keyVaultUriFileFor } from "../../fixes";
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

/** Another environment of the app and its vault. */
export interface OtherVault {
  readonly environment: string;
  readonly vaultUrl: string;
}

/** Where the provider's `KeyVault:Uri` goes, decided when the secret moved. */
export interface KeyVaultUriPlan {
  /** The appsettings file that gets it; none when no file can safely (the note says which should). */
  readonly file?: vscode.Uri;
  /** The file is not there yet: it is created with only `KeyVault:Uri`. */
  readonly create?: boolean;
  /** Which file each environment's vault goes in, or why none was written. */
  readonly note?: string;
}

/**
 * Where `KeyVault:Uri` goes for a secret moved out of `appsettings` (keyVaultUriFileFor): the file
 * itself when it is one environment's, else `environment`'s appsettings.{Environment}.json beside
 * it; and for the base file, which file should name each of `others`' vaults.
 * @param canonical the environment a word names (the mapping's names and aliases)
 */
export async function planKeyVaultUri(appsettings: vscode.Uri, environment: string | undefined, others: readonly OtherVault[], canonical: (word: string) => string | undefined): Promise<KeyVaultUriPlan> {
  const name = path.basename(appsettings.path);
  const folder = vscode.Uri.joinPath(appsettings, "..");
  const siblings = await vscode.workspace.fs.readDirectory(folder).then(
    (entries) => entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([entry]) => entry),
    () => undefined,
  );
  // Without the folder's files, creating one could shadow the one ASP.NET Core reads: nothing is written.
  const target = siblings ? keyVaultUriFileFor(name, environment, siblings, canonical) : { reason: `the files beside ${name} could not be listed: set ${KEY_VAULT_URI_SETTING} in this environment's appsettings.{Environment}.json` };
  const elsewhere = others.map((other) => {
    const file = siblings ? environmentAppSettings(other.environment, siblings, canonical) : undefined;
    return `${other.environment} in ${file?.fileName ?? "its appsettings.{Environment}.json"} (${other.vaultUrl}/)`;
  });
  const forOthers = elsewhere.length ? ` Set it for ${elsewhere.join(", ")}.` : "";
  if (target.fileName === undefined) return { note: `${KEY_VAULT_URI_SETTING} was not written: ${target.reason}.${forOthers}` };
  if (target.fileName === name) return { file: appsettings };
  const created = target.exists ? "" : ` (created; ASP.NET Core reads it when ASPNETCORE_ENVIRONMENT is ${target.fileName.slice("appsettings.".length, -".json".length)})`;
  return {
    file: vscode.Uri.joinPath(folder, target.fileName),
    ...(target.exists ? {} : { create: true }),
    note: `${name} is read in every environment, so ${KEY_VAULT_URI_SETTING} went into ${target.fileName}${created}, not ${name}.${forOthers}`,
  };
}

/**
 * Adds the provider to Program.cs and `KeyVault:Uri` to the appsettings file `uriPlan` names, in
 * one edit (creating that file when it is not there); or neither, saying why (an appsettings file
 * that does not parse, a `KeyVault` that is no object: the provider would find no vault). With no
 * file to name the vault in, the provider alone, and the note says which file needs it.
 * Never throws: it runs after the secret has moved, whose result must still be told.
 */
export async function addKeyVaultProvider(program: vscode.Uri, uriPlan: KeyVaultUriPlan, vaultUrl: string, log?: vscode.LogOutputChannel): Promise<ProviderAdded> {
  const appsettings = uriPlan.file;
  const settingsName = appsettings ? path.basename(appsettings.path) : undefined;
  const note = uriPlan.note ? ` ${uriPlan.note}` : "";
  const unchanged = settingsName ? `Program.cs and ${settingsName} are unchanged` : "Program.cs is unchanged";
  try {
    const programDocument = await vscode.workspace.openTextDocument(program);
    const planned = addAzureKeyVaultProvider(programDocument.getText());
    if (!planned) return { failed: false, message: "Program.cs already adds the Key Vault provider." };
    const edit = new vscode.WorkspaceEdit();
    for (const change of planned.edits) edit.insert(program, programDocument.positionAt(change.start), change.newText);
    if (appsettings) {
      // Created since the move? Then it is edited as it is.
      const create = uriPlan.create === true && !(await exists(appsettings));
      if (create) {
        let text = "{}\n";
        for (const change of keyVaultUriEdits(text, appsettings.path, `${vaultUrl}/`).sort((a, b) => b.start - a.start)) text = text.slice(0, change.start) + change.newText + text.slice(change.end);
        edit.createFile(appsettings, { contents: new TextEncoder().encode(text) });
      } else {
        const settingsDocument = await vscode.workspace.openTextDocument(appsettings);
        const uriEdits = keyVaultUriEdits(settingsDocument.getText(), appsettings.path, `${vaultUrl}/`);
        // Only where KeyVault:Uri goes: the rest of the file keeps its formatting and comments.
        for (const change of uriEdits) edit.replace(appsettings, new vscode.Range(settingsDocument.positionAt(change.start), settingsDocument.positionAt(change.end)), change.newText);
      }
    }
    if (!(await vscode.workspace.applyEdit(edit))) return { failed: true, message: `VS Code did not apply the edit. ${unchanged}.` };
    const named = settingsName ? `, and ${settingsName} names this environment's vault (${KEY_VAULT_URI_SETTING})` : "";
    return { failed: false, message: `Program.cs now adds the Key Vault provider${named}.${note} ${planned.note}` };
  } catch (error) {
    return { failed: true, message: `${describeError(error, log, "Add the Key Vault provider")} ${unchanged}.` };
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}
