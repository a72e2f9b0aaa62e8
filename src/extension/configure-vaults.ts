// "Configure Vaults…": writes one application's vault (and App Configuration store) for one
// environment into the folder's `.secrethygiene-vaults.json`. Vaults are picked from the local
// emulator, from an Azure subscription through Resource Manager, or typed as a URL; every choice
// passes the same endpoint check the mapping file does. The file is changed through a WorkspaceEdit
// on its document, so the change is visible, undoable, and saved like any edit.
import * as vscode from "vscode";
import { openDocumentOf } from "./open-documents";
import {
  checkEndpoint,
  DEFAULT_ENVIRONMENT,
  EnvironmentCatalogue,
  isAzureError,
  setEnvironmentTarget,
  subscriptionsToOffer,
  VAULT_MAPPING_FILE,
  type AppConfigurationStoreInfo,
  type DataPlaneService,
  type KeyVaultInfo,
  type ParsedVaultMapping,
} from "../azure";
import type { AzureAccess, DirectorySource } from "./azure-access";
import type { VaultMappings } from "./vault-mappings";
import { folderReader } from "./workspace-policies";
import { withCancellableProgress } from "./progress";

/** The command's arguments when called from code or a test: no prompts, same checks, same write. */
export interface ConfigureVaultsRequest {
  readonly folder?: vscode.Uri;
  readonly app: string;
  /** Folder of the application relative to the workspace folder; default: the whole folder. */
  readonly root?: string;
  readonly environment: string;
  readonly keyVault?: string;
  /** `label` undefined: the environment's name; `null`: settings without a label. */
  readonly appConfiguration?: { readonly endpoint: string; readonly label?: string | null };
}

export interface ConfigureVaultsDependencies {
  readonly access: AzureAccess;
  readonly mappings: VaultMappings;
  readonly log: vscode.LogOutputChannel;
}

const APP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

type Picked<T> = vscode.QuickPickItem & { readonly value: T };

/** The folder whose mapping to edit: the only one, or the one picked (undefined: Escape). */
async function pickFolder(folders: readonly vscode.WorkspaceFolder[]): Promise<vscode.WorkspaceFolder | undefined> {
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: "Which workspace folder's vaults?" });
}

async function pickApp(folder: vscode.WorkspaceFolder, mapping: ParsedVaultMapping | undefined): Promise<{ name: string; root?: string } | undefined> {
  const apps = mapping?.mapping.apps ?? [];
  const items: Picked<{ name: string; root?: string } | "new">[] = apps.map((app) => ({
    label: app.name,
    description: app.root ? `${app.root}/` : "whole folder",
    detail: [...app.environments.keys()].join(", ") || "no environments yet",
    value: { name: app.name, root: app.root },
  }));
  items.push({ label: "$(add) New application…", value: "new" });
  const picked = apps.length === 0 ? items[0] : await vscode.window.showQuickPick(items, { title: "Configure Vaults: application", placeHolder: "Which application?" });
  if (!picked) return undefined;
  if (picked.value !== "new") return picked.value;
  const name = await vscode.window.showInputBox({
    title: "Configure Vaults: new application",
    prompt: "Name of the application (letters, digits, '.', '_' and '-')",
    value: folder.name.replace(/[^A-Za-z0-9._-]/g, "-"),
    validateInput: (value) => (APP_NAME.test(value) ? undefined : "Use 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit."),
  });
  if (!name) return undefined;
  const root = await vscode.window.showInputBox({
    title: `Configure Vaults: folder of ${name}`,
    prompt: "Folder of the application, relative to the workspace folder (empty: the whole folder)",
    placeHolder: "services/orders",
    validateInput: (value) => (/^\.\.|^\/|\\/.test(value) ? "A folder inside the workspace folder, with '/' between names." : undefined),
  });
  if (root === undefined) return undefined;
  return { name, root: root.replace(/\/+$/, "") };
}

async function pickEnvironment(mapping: ParsedVaultMapping | undefined, app: string): Promise<string | undefined> {
  const catalogue = mapping?.mapping.environments ?? new EnvironmentCatalogue();
  const current = mapping?.mapping.apps.find((candidate) => candidate.name === app)?.environments;
  const items: Picked<string>[] = catalogue.list().map((environment) => {
    const target = current?.get(environment.name);
    return {
      label: environment.name,
      description: [environment.production ? "production" : "", environment.aliases.join(", ")].filter(Boolean).join(" · "),
      detail: target?.keyVault ? `now: ${target.keyVault}` : "no vault yet",
      value: environment.name,
    };
  });
  const picked = await vscode.window.showQuickPick(items, { title: "Configure Vaults: environment", placeHolder: `Which environment of ${app}?` });
  return picked?.value;
}

function describeVault(vault: KeyVaultInfo): string {
  const notes = [vault.softDelete ? "" : "soft delete off", vault.purgeProtection ? "" : "purge protection off", vault.rbacAuthorization ? "" : "access policies"].filter(Boolean);
  return [vault.resourceGroup, vault.location, ...notes].filter(Boolean).join(" · ");
}

/**
 * Lists under a progress notification whose Cancel stops the listing. Only the listing: the quick
 * pick that follows opens after the notification is gone, or "Listing…" with its Cancel would
 * stay on screen while the user picks.
 */
function listing<T>(what: string, source: DirectorySource, list: (signal: AbortSignal) => Promise<T>): Thenable<T> {
  return withCancellableProgress(`Secret Hygiene: listing ${what} (${source.label})…`, (signal) => list(signal));
}

/** The answer when the account has no subscription to pick from. */
const NO_SUBSCRIPTIONS = Symbol("no subscriptions");

/** A subscription of `source` (the emulator has exactly one), by name. */
async function pickSubscription(source: DirectorySource): Promise<string | typeof NO_SUBSCRIPTIONS | undefined> {
  if (source.fixedSubscriptionId) return source.fixedSubscriptionId;
  const subscriptions = subscriptionsToOffer(await listing("subscriptions", source, (signal) => source.directory.listSubscriptions({ signal })));
  if (subscriptions.length === 0) return NO_SUBSCRIPTIONS;
  if (subscriptions.length === 1) return subscriptions[0]!.subscriptionId;
  const picked = await vscode.window.showQuickPick(
    subscriptions.map((subscription) => ({ label: subscription.name, description: subscription.subscriptionId, value: subscription.subscriptionId })),
    { title: "Configure Vaults: subscription" },
  );
  return picked?.value;
}

export type EndpointChoice = { kind: "url"; url: string } | { kind: "skip" };

const ENTER_URL = "Enter the URL…";

async function typeEndpoint(service: DataPlaneService, access: AzureAccess): Promise<EndpointChoice | undefined> {
  const example = service === "keyVault" ? "https://orders-dev.vault.azure.net" : "https://orders-config.azconfig.io";
  const url = await vscode.window.showInputBox({
    title: service === "keyVault" ? "Configure Vaults: Key Vault URL" : "Configure Vaults: App Configuration endpoint",
    placeHolder: example,
    ignoreFocusOut: true,
    validateInput: (value) => {
      const verdict = checkEndpoint(value, service, access.endpointPolicy());
      return verdict.accepted ? undefined : verdict.reason;
    },
  });
  return url === undefined ? undefined : { kind: "url", url: url.trim() };
}

/**
 * Where a listing could not offer a choice: says why, and continues with the URL typed if the user
 * takes the offer (instead of ending the whole flow, folder and application picked again).
 */
async function offerToType(severity: "warning" | "error", message: string, service: DataPlaneService, access: AzureAccess): Promise<EndpointChoice | undefined> {
  const text = `Secret Hygiene: ${message}`;
  const choice = await (severity === "warning" ? vscode.window.showWarningMessage(text, ENTER_URL) : vscode.window.showErrorMessage(text, ENTER_URL));
  return choice === ENTER_URL ? typeEndpoint(service, access) : undefined;
}

/** The Key Vault or App Configuration store for one environment: picked from a directory, typed, or left as it is. */
export async function pickEndpoint(service: DataPlaneService, environment: string, deps: Pick<ConfigureVaultsDependencies, "access">): Promise<EndpointChoice | undefined> {
  const noun = service === "keyVault" ? "Key Vault" : "App Configuration store";
  const items: Picked<DirectorySource | "type" | "skip">[] = [];
  for (const source of deps.access.directorySources()) {
    items.push({ label: source.label === "Azure" ? "$(azure) Pick from an Azure subscription…" : `$(server-environment) Pick from the ${source.label.toLowerCase()}…`, value: source });
  }
  items.push({ label: `$(edit) ${ENTER_URL}`, value: "type" });
  items.push({ label: "$(close) Leave unchanged", value: "skip" });
  const how = await vscode.window.showQuickPick(items, { title: `Configure Vaults: ${noun} for ${environment}`, placeHolder: `Where does the ${noun} come from?` });
  if (!how) return undefined;
  if (how.value === "skip") return { kind: "skip" };
  if (how.value === "type") return typeEndpoint(service, deps.access);
  const source = how.value;
  try {
    const subscriptionId = await pickSubscription(source);
    if (subscriptionId === NO_SUBSCRIPTIONS) return offerToType("warning", `${source.label === "Azure" ? "Your Azure account" : `The ${source.label.toLowerCase()}`} has no enabled subscriptions.`, service, deps.access);
    if (!subscriptionId) return undefined;
    if (service === "keyVault") {
      const vaults = await listing("Key Vaults", source, (signal) => source.directory.listKeyVaults(subscriptionId, { signal }));
      const picked = await vscode.window.showQuickPick(
        vaults.map((vault) => ({ label: vault.name, description: vault.vaultUrl, detail: describeVault(vault), value: vault.vaultUrl })),
        { title: `Configure Vaults: Key Vault for ${environment} (${source.label})`, placeHolder: vaults.length ? "Pick a vault" : "No Key Vaults in this subscription" },
      );
      return picked ? { kind: "url", url: picked.value } : undefined;
    }
    const stores: AppConfigurationStoreInfo[] = await listing("App Configuration stores", source, (signal) => source.directory.listAppConfigurationStores(subscriptionId, { signal }));
    const picked = await vscode.window.showQuickPick(
      stores.map((store) => ({ label: store.name, description: store.endpoint, value: store.endpoint })),
      { title: `Configure Vaults: App Configuration store for ${environment} (${source.label})`, placeHolder: stores.length ? "Pick a store" : "No App Configuration stores in this subscription" },
    );
    return picked ? { kind: "url", url: picked.value } : undefined;
  } catch (error) {
    // Cancelled by the user: no error, and no offer to type the URL instead.
    if (isAzureError(error, "cancelled")) return undefined;
    return offerToType("error", isAzureError(error) ? error.message : "Listing failed.", service, deps.access);
  }
}

/** Writes the request into the mapping file (through its document); returns the file's URI. */
export async function writeVaultMapping(request: ConfigureVaultsRequest, deps: ConfigureVaultsDependencies): Promise<vscode.Uri> {
  const folder = request.folder ? vscode.workspace.getWorkspaceFolder(request.folder) : vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error("Open a folder first: the vault mapping lives in a workspace folder.");
  if (!APP_NAME.test(request.app)) throw new Error(`'${request.app}' is not a valid application name.`);
  const policy = deps.access.endpointPolicy();
  for (const [service, url] of [["keyVault", request.keyVault], ["appConfiguration", request.appConfiguration?.endpoint]] as const) {
    if (url === undefined) continue;
    const verdict = checkEndpoint(url, service, policy);
    if (!verdict.accepted) throw new Error(verdict.reason);
  }
  const uri = deps.mappings.mappingUri(folder);
  const target = { keyVault: request.keyVault, appConfiguration: request.appConfiguration };
  const open = openDocumentOf(uri);
  if (open?.isDirty) {
    // Unsaved changes are the user's: edit them in place, then save.
    const before = open.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(before.length)), setEnvironmentTarget(before, { name: request.app, root: request.root }, request.environment, target));
    if (!(await vscode.workspace.applyEdit(edit)) || !(await open.save())) throw new Error(`Could not save ${uri.fsPath}.`);
  } else {
    // The file on disk is the truth; an open editor reloads it by itself.
    const before = (await folderReader(folder)(VAULT_MAPPING_FILE)) ?? "";
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(setEnvironmentTarget(before, { name: request.app, root: request.root }, request.environment, target)));
  }
  deps.mappings.invalidate(folder);
  deps.log.info(`Vault mapping: ${request.app} · ${request.environment} → ${request.keyVault ?? "(vault unchanged)"}${request.appConfiguration ? ` + ${request.appConfiguration.endpoint}` : ""}`);
  return uri;
}

/** The interactive command; with a request argument it skips the prompts. */
export async function configureVaults(deps: ConfigureVaultsDependencies, request?: ConfigureVaultsRequest): Promise<vscode.Uri | undefined> {
  try {
    if (request) return await writeVaultMapping(request, deps);
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showInformationMessage("Secret Hygiene: open a folder first; the vault mapping is saved in it.");
      return undefined;
    }
    const folder = await pickFolder(folders);
    if (!folder) return undefined;
    const mapping = await deps.mappings.load(folder);
    const app = await pickApp(folder, mapping);
    if (!app) return undefined;
    const environment = await pickEnvironment(mapping, app.name);
    if (!environment) return undefined;
    const vault = await pickEndpoint("keyVault", environment, deps);
    if (!vault) return undefined;
    const store = await pickEndpoint("appConfiguration", environment, deps);
    if (!store) return undefined;
    let label: string | undefined;
    if (store.kind === "url") {
      label = await vscode.window.showInputBox({
        title: "Configure Vaults: App Configuration label",
        prompt: `Label of ${app.name}'s ${environment} settings; empty for settings without a label`,
        value: environment || DEFAULT_ENVIRONMENT,
      });
      if (label === undefined) return undefined;
    }
    const uri = await writeVaultMapping(
      {
        folder: folder.uri,
        app: app.name,
        root: app.root,
        environment,
        keyVault: vault.kind === "url" ? vault.url : undefined,
        // An emptied box means no label, not the environment's name.
        appConfiguration: store.kind === "url" ? { endpoint: store.url, label: label === "" ? null : label } : undefined,
      },
      deps,
    );
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`Secret Hygiene: ${message}`);
    if (request) throw error;
    return undefined;
  }
}
