// "Show the Vault for This File": which application and environment a file belongs to (and why),
// the Key Vault and App Configuration store its secrets and settings go to, and whether we can
// reach them now. The answer the quick fixes act on, made visible before anything is stored.
import * as vscode from "vscode";
import { isAzureError, VAULT_MAPPING_FILE } from "../azure";
import type { AzureAccess } from "./azure-access";
import { CommandId } from "./contributions";
import type { VaultMappings } from "./vault-mappings";

export interface VaultForFile {
  readonly app?: string;
  readonly environment?: string;
  /** Why this environment: the rule or folder that decided it. */
  readonly reason?: string;
  readonly keyVault?: string;
  readonly appConfiguration?: { readonly endpoint: string; readonly label?: string };
  /** What is missing, when there is no vault for the file. */
  readonly problem?: string;
  /** Set when the vault was contacted: undefined if reachable, else the error message. */
  readonly vaultCheck?: { readonly reachable: boolean; readonly message?: string };
}

export interface ShowVaultDependencies {
  readonly access: AzureAccess;
  readonly mappings: VaultMappings;
}

/** Reads the vault's first page of secret names: the least a quick fix needs to work. */
async function checkVault(access: AzureAccess, vaultUrl: string, token: vscode.CancellationToken): Promise<VaultForFile["vaultCheck"]> {
  const controller = new AbortController();
  token.onCancellationRequested(() => controller.abort());
  try {
    const store = access.secretStore(vaultUrl);
    const secrets = store.listSecrets({ signal: controller.signal })[Symbol.asyncIterator]();
    await secrets.next();
    await secrets.return?.();
    return { reachable: true };
  } catch (error) {
    return { reachable: false, message: isAzureError(error) ? error.message : "The vault could not be reached." };
  }
}

export async function vaultForFile(uri: vscode.Uri, deps: ShowVaultDependencies, check: boolean, token: vscode.CancellationToken): Promise<VaultForFile> {
  const target = await deps.mappings.targetFor(uri);
  if (!target) return { problem: "This file is not in a workspace folder, so no vault mapping applies to it." };
  if (!target.mapping) return { problem: `${target.folder.name} has no ${VAULT_MAPPING_FILE}: run "Configure Vaults…" to map its applications to vaults.` };
  const resolved = target.resolved;
  if (!resolved?.app) return { problem: `No application in ${VAULT_MAPPING_FILE} covers ${target.relativePath}.` };
  const { app, environment } = resolved;
  const result: VaultForFile = {
    app: app.name,
    environment: environment.environment,
    reason: environment.reason,
    keyVault: resolved.target?.keyVault,
    appConfiguration: resolved.target?.appConfiguration,
    problem: resolved.target?.keyVault ? undefined : resolved.problem,
  };
  if (!check || !result.keyVault) return result;
  return { ...result, vaultCheck: await checkVault(deps.access, result.keyVault, token) };
}

/** The command: with `{ uri, check, quiet }` from code or tests, it returns the answer without a message. */
export async function showVaultForFile(deps: ShowVaultDependencies, options?: { uri?: vscode.Uri; check?: boolean; quiet?: boolean }): Promise<VaultForFile | undefined> {
  const uri = options?.uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage("Secret Hygiene: open a file to see which vault its secrets go to.");
    return undefined;
  }
  const answer = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Secret Hygiene: checking the vault…", cancellable: true },
    (_progress, token) => vaultForFile(uri, deps, options?.check ?? true, token),
  );
  if (options?.quiet) return answer;
  if (!answer.keyVault) {
    const action = await vscode.window.showWarningMessage(`Secret Hygiene: ${answer.problem ?? "no vault for this file."}`, "Configure Vaults…");
    if (action) await vscode.commands.executeCommand(CommandId.configureVaults);
    return answer;
  }
  const store = answer.appConfiguration ? ` App Configuration: ${answer.appConfiguration.endpoint}${answer.appConfiguration.label ? ` (label '${answer.appConfiguration.label}')` : ""}.` : "";
  const reach = answer.vaultCheck ? (answer.vaultCheck.reachable ? " Reachable." : ` Not reachable: ${answer.vaultCheck.message}`) : "";
  const text = `${answer.app} · ${answer.environment} (${answer.reason}): Key Vault ${answer.keyVault}.${store}${reach}`;
  const show = answer.vaultCheck?.reachable === false ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  const action = await show(`Secret Hygiene: ${text}`, "Open Mapping", "Configure Vaults…");
  if (action === "Configure Vaults…") await vscode.commands.executeCommand(CommandId.configureVaults);
  else if (action === "Open Mapping") {
    const target = await deps.mappings.targetFor(uri);
    if (target) await vscode.window.showTextDocument(target.mappingUri);
  }
  return answer;
}
