// What Azure Resource Manager tells us about where secrets and settings can live: the signed-in
// user's subscriptions, their Key Vaults (with the properties a safety check reads) and their App
// Configuration stores. "Configure Vaults…" picks from these; a vault explorer will list them.
import type { Cancellable } from "./secret-store";

export interface AzureSubscription {
  readonly subscriptionId: string;
  readonly name: string;
  readonly tenantId?: string;
  /** `Enabled`, `Disabled`, `Warned`…; only enabled ones are worth offering. */
  readonly state?: string;
}

/** Subscriptions worth offering: enabled ones, and those whose state ARM did not report. */
export function isEnabledSubscription(subscription: AzureSubscription): boolean {
  return !subscription.state || subscription.state === "Enabled";
}

/** The subscriptions to offer, by name (ARM lists them in no useful order): as the Vaults view and Configure Vaults… show them. */
export function subscriptionsToOffer(subscriptions: readonly AzureSubscription[]): AzureSubscription[] {
  return subscriptions.filter(isEnabledSubscription).sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: "base" }));
}

export interface KeyVaultInfo {
  readonly name: string;
  /** The data-plane URL without a trailing slash (https://name.vault.azure.net). */
  readonly vaultUrl: string;
  readonly subscriptionId: string;
  readonly resourceGroup?: string;
  readonly location?: string;
  readonly tenantId?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly softDelete: boolean;
  readonly softDeleteRetentionDays?: number;
  readonly purgeProtection: boolean;
  /** Azure RBAC (roles) rather than access policies. */
  readonly rbacAuthorization: boolean;
  readonly publicNetworkAccess?: string;
  /** The firewall: undefined when the vault has none (every network may connect while public access is on). */
  readonly networkRules?: KeyVaultNetworkRules;
  /** Private endpoints connected to the vault. */
  readonly privateEndpoints: number;
}

export interface KeyVaultNetworkRules {
  /** What happens to a request no rule matches. `Allow` means the rules restrict nothing. */
  readonly defaultAction: "Allow" | "Deny";
  /** `AzureServices` lets trusted Microsoft services through; `None` does not. */
  readonly bypass?: string;
  readonly ipRules: number;
  readonly virtualNetworkRules: number;
}

/** Which vault to change, as Resource Manager addresses it. */
export type KeyVaultRef = Pick<KeyVaultInfo, "name" | "subscriptionId" | "resourceGroup">;

/**
 * The vault changes Secret Hygiene offers as fixes: only switches that make a vault safer and that
 * Azure never lets go back (so a fix cannot be used to weaken a vault).
 */
export interface KeyVaultProtectionChange {
  readonly enableSoftDelete?: true;
  readonly enablePurgeProtection?: true;
}

export interface AppConfigurationStoreInfo {
  readonly name: string;
  /** https://name.azconfig.io, without a trailing slash. */
  readonly endpoint: string;
  readonly subscriptionId: string;
  readonly resourceGroup?: string;
  readonly location?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly publicNetworkAccess?: string;
  /** Access keys switched off: only Microsoft Entra ID sign-in works. */
  readonly localAuthDisabled: boolean;
  readonly purgeProtection: boolean;
}

export interface VaultDirectory {
  listSubscriptions(options?: Cancellable): Promise<AzureSubscription[]>;
  listKeyVaults(subscriptionId: string, options?: Cancellable): Promise<KeyVaultInfo[]>;
  listAppConfigurationStores(subscriptionId: string, options?: Cancellable): Promise<AppConfigurationStoreInfo[]>;
  /** Turns on soft delete and/or purge protection; returns the vault as Resource Manager then reports it. */
  protectKeyVault(vault: KeyVaultRef, change: KeyVaultProtectionChange, options?: Cancellable): Promise<KeyVaultInfo>;
}

/** The vault's Resource Manager id, as ARM parameters files name it; undefined when its resource group is unknown. */
export function keyVaultResourceId(vault: Pick<KeyVaultInfo, "name" | "subscriptionId" | "resourceGroup">): string | undefined {
  return vault.resourceGroup ? `/subscriptions/${vault.subscriptionId}/resourceGroups/${vault.resourceGroup}/providers/Microsoft.KeyVault/vaults/${vault.name}` : undefined;
}

/** The resource group of an ARM id (/subscriptions/…/resourceGroups/<name>/providers/…). */
export function resourceGroupOf(id: string | undefined): string | undefined {
  return id ? /\/resourceGroups\/([^/]+)\//i.exec(id)?.[1] : undefined;
}
