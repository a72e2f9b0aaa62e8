// "Show the Vault for This File": which application and environment a file belongs to (and why),
// the Key Vault and App Configuration store its secrets and settings go to, and whether we can
// reach them now. The answer the quick fixes act on, made visible before anything is stored.
import * as vscode from "vscode";
import { isAzureError } from "../azure";
import type { AzureAccess } from "./azure-access";
import { CommandId } from "./contributions";
import { showWithRemedies } from "./notify";
import { withCancellableProgress } from "./progress";
import { Remedies } from "./remedies";
import { noVaultReason, type VaultMappings } from "./vault-mappings";

export interface VaultForFile {
  readonly app?: string;
  readonly environment?: string;
  /** Why this environment: the rule or folder that decided it. */
  readonly reason?: string;
  /** The path names production but the answer is not production: a move asks for the environment. */
  readonly doubt?: string;
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
async function checkVault(access: AzureAccess, vaultUrl: string, signal: AbortSignal): Promise<VaultForFile["vaultCheck"]> {
  try {
    const store = access.secretStore(vaultUrl);
    const secrets = store.listSecrets({ signal })[Symbol.asyncIterator]();
    await secrets.next();
    await secrets.return?.();
    return { reachable: true };
  } catch (error) {
    // Cancelled: the vault was not checked, which says nothing about whether it can be reached.
    if (isAzureError(error, "cancelled")) return undefined;
    return { reachable: false, message: isAzureError(error) ? error.message : "The vault could not be reached." };
  }
}

export async function vaultForFile(uri: vscode.Uri, deps: ShowVaultDependencies, check: boolean, signal: AbortSignal): Promise<VaultForFile> {
  const target = await deps.mappings.targetFor(uri);
  const resolved = target?.resolved;
  if (!resolved?.app) return { problem: noVaultReason(target) };
  const { app, environment } = resolved;
  const result: VaultForFile = {
    app: app.name,
    environment: environment.environment,
    reason: environment.reason,
    ...(environment.doubt ? { doubt: environment.doubt } : {}),
    keyVault: resolved.target?.keyVault,
    appConfiguration: resolved.target?.appConfiguration,
    problem: noVaultReason(target),
  };
  if (!check || !result.keyVault) return result;
  return { ...result, vaultCheck: await checkVault(deps.access, result.keyVault, signal) };
}

/** The command: with `{ uri, check, quiet }` from code or tests, it returns the answer without a message. */
export async function showVaultForFile(deps: ShowVaultDependencies, options?: { uri?: vscode.Uri; check?: boolean; quiet?: boolean }): Promise<VaultForFile | undefined> {
  const uri = options?.uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage("Secret Hygiene: open a file to see which vault its secrets go to.");
    return undefined;
  }
  let cancelled = false;
  const answer = await withCancellableProgress("Secret Hygiene: checking the vault…", async (signal) => {
    const found = await vaultForFile(uri, deps, options?.check ?? true, signal);
    cancelled = signal.aborted;
    return found;
  });
  // The user pressed Cancel: they asked for no answer.
  if (options?.quiet || cancelled) return answer;
  if (!answer.keyVault) {
    await showWithRemedies("warning", answer.problem ?? "no vault for this file.", [Remedies.configureVaults]);
    return answer;
  }
  const store = answer.appConfiguration ? ` App Configuration: ${answer.appConfiguration.endpoint}${answer.appConfiguration.label ? ` (label '${answer.appConfiguration.label}')` : ""}.` : "";
  const reach = answer.vaultCheck ? (answer.vaultCheck.reachable ? " Reachable." : ` Not reachable: ${answer.vaultCheck.message}`) : "";
  const doubt = answer.doubt ? ` Moves ask for the environment: ${answer.doubt}.` : "";
  const text = `${answer.app} · ${answer.environment} (${answer.reason}): Key Vault ${answer.keyVault}.${store}${doubt}${reach}`;
  const show = answer.vaultCheck?.reachable === false ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  const action = await show(`Secret Hygiene: ${text}`, "Open Mapping", "Configure Vaults…");
  if (action === "Configure Vaults…") await vscode.commands.executeCommand(CommandId.configureVaults);
  else if (action === "Open Mapping") {
    const target = await deps.mappings.targetFor(uri);
    if (target) await vscode.window.showTextDocument(target.mappingUri);
  }
  return answer;
}
