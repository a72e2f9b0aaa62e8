// An in-memory VaultDirectory: subscriptions, vaults and stores given by the test, with the same
// simulated faults and access as the other fakes.
import type { RetrySettings } from "../connection";
import type { Cancellable } from "../secret-store";
import type { AppConfigurationStoreInfo, AzureSubscription, KeyVaultInfo, KeyVaultProtectionChange, KeyVaultRef, VaultDirectory } from "../vault-directory";
import { AzureError, notFoundError, type AccessNeeded, type AzureOperation } from "../errors";
import { SimulatedConditions } from "./simulated-conditions";

export interface MemoryDirectoryContents {
  readonly subscriptions: readonly AzureSubscription[];
  readonly keyVaults: readonly KeyVaultInfo[];
  readonly appConfigurationStores: readonly AppConfigurationStoreInfo[];
}

export class MemoryVaultDirectory implements VaultDirectory {
  readonly conditions: SimulatedConditions;
  /** The vaults as changed by protectKeyVault. */
  private readonly keyVaults: KeyVaultInfo[];

  constructor(
    private readonly contents: MemoryDirectoryContents,
    options: { retry?: RetrySettings } = {},
  ) {
    this.conditions = new SimulatedConditions(options.retry);
    this.keyVaults = contents.keyVaults.map((vault) => ({ ...vault }));
  }

  async listSubscriptions(options: Cancellable = {}): Promise<AzureSubscription[]> {
    await this.conditions.before(this.operation("your subscriptions"), options.signal);
    return this.contents.subscriptions.map((subscription) => ({ ...subscription }));
  }

  async listKeyVaults(subscriptionId: string, options: Cancellable = {}): Promise<KeyVaultInfo[]> {
    await this.conditions.before(this.operation(subscriptionId), options.signal);
    this.requireSubscription(subscriptionId);
    return this.keyVaults.filter((vault) => vault.subscriptionId === subscriptionId).map((vault) => ({ ...vault, tags: { ...vault.tags } }));
  }

  async listAppConfigurationStores(subscriptionId: string, options: Cancellable = {}): Promise<AppConfigurationStoreInfo[]> {
    await this.conditions.before(this.operation(subscriptionId), options.signal);
    this.requireSubscription(subscriptionId);
    return this.contents.appConfigurationStores.filter((store) => store.subscriptionId === subscriptionId).map((store) => ({ ...store, tags: { ...store.tags } }));
  }

  async protectKeyVault(vault: KeyVaultRef, change: KeyVaultProtectionChange, options: Cancellable = {}): Promise<KeyVaultInfo> {
    const operation = this.operation(vault.subscriptionId, "write", `Key Vault '${vault.name}'`);
    await this.conditions.before(operation, options.signal);
    this.requireSubscription(vault.subscriptionId);
    const index = this.keyVaults.findIndex(
      (candidate) => candidate.subscriptionId === vault.subscriptionId && candidate.name.toLowerCase() === vault.name.toLowerCase() && candidate.resourceGroup?.toLowerCase() === vault.resourceGroup?.toLowerCase(),
    );
    if (index < 0) throw notFoundError({ ...operation, resource: vault.name });
    const current = this.keyVaults[index]!;
    if (change.enablePurgeProtection && !(change.enableSoftDelete || current.softDelete)) {
      // ARM's answer: purge protection needs soft delete.
      throw new AzureError("other", `Azure subscription '${vault.subscriptionId}' answered 400 (BadRequest): purge protection requires soft delete.`, { service: "arm", statusCode: 400 });
    }
    const updated: KeyVaultInfo = {
      ...current,
      softDelete: current.softDelete || change.enableSoftDelete === true,
      purgeProtection: current.purgeProtection || change.enablePurgeProtection === true,
    };
    this.keyVaults[index] = updated;
    return { ...updated, tags: { ...updated.tags } };
  }

  private requireSubscription(subscriptionId: string): void {
    if (!this.contents.subscriptions.some((subscription) => subscription.subscriptionId === subscriptionId)) {
      // ARM's SubscriptionNotFound.
      throw notFoundError(this.operation(subscriptionId));
    }
  }

  private operation(resource: string, access: AccessNeeded = "read", subject?: string): AzureOperation {
    return { service: "arm", resource, access, subject };
  }
}
