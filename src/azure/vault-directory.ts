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
}

/** The resource group of an ARM id (/subscriptions/…/resourceGroups/<name>/providers/…). */
export function resourceGroupOf(id: string | undefined): string | undefined {
  return id ? /\/resourceGroups\/([^/]+)\//i.exec(id)?.[1] : undefined;
}
