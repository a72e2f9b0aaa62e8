// An in-memory VaultDirectory: subscriptions, vaults and stores given by the test, with the same
// simulated faults and access as the other fakes.
import type { RetrySettings } from "../connection";
import type { Cancellable } from "../secret-store";
import type { AppConfigurationStoreInfo, AzureSubscription, KeyVaultInfo, VaultDirectory } from "../vault-directory";
import { notFoundError, type AzureOperation } from "../errors";
import { SimulatedConditions } from "./simulated-conditions";

export interface MemoryDirectoryContents {
  readonly subscriptions: readonly AzureSubscription[];
  readonly keyVaults: readonly KeyVaultInfo[];
  readonly appConfigurationStores: readonly AppConfigurationStoreInfo[];
}

export class MemoryVaultDirectory implements VaultDirectory {
  readonly conditions: SimulatedConditions;

  constructor(
    private readonly contents: MemoryDirectoryContents,
    options: { retry?: RetrySettings } = {},
  ) {
    this.conditions = new SimulatedConditions(options.retry);
  }

  async listSubscriptions(options: Cancellable = {}): Promise<AzureSubscription[]> {
    await this.conditions.before(this.operation("your subscriptions"), options.signal);
    return this.contents.subscriptions.map((subscription) => ({ ...subscription }));
  }

  async listKeyVaults(subscriptionId: string, options: Cancellable = {}): Promise<KeyVaultInfo[]> {
    await this.conditions.before(this.operation(subscriptionId), options.signal);
    this.requireSubscription(subscriptionId);
    return this.contents.keyVaults.filter((vault) => vault.subscriptionId === subscriptionId).map((vault) => ({ ...vault, tags: { ...vault.tags } }));
  }

  async listAppConfigurationStores(subscriptionId: string, options: Cancellable = {}): Promise<AppConfigurationStoreInfo[]> {
    await this.conditions.before(this.operation(subscriptionId), options.signal);
    this.requireSubscription(subscriptionId);
    return this.contents.appConfigurationStores.filter((store) => store.subscriptionId === subscriptionId).map((store) => ({ ...store, tags: { ...store.tags } }));
  }

  private requireSubscription(subscriptionId: string): void {
    if (!this.contents.subscriptions.some((subscription) => subscription.subscriptionId === subscriptionId)) {
      // ARM's SubscriptionNotFound.
      throw notFoundError(this.operation(subscriptionId));
    }
  }

  private operation(resource: string): AzureOperation {
    return { service: "arm", resource, access: "read" };
  }
}
