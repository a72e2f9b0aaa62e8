// VaultDirectory over the real ARM clients (@azure/arm-resources-subscriptions, @azure/arm-keyvault,
// @azure/arm-appconfiguration), against Azure Resource Manager or the emulator's ARM endpoint.
import { AppConfigurationManagementClient } from "@azure/arm-appconfiguration";
import { KeyVaultManagementClient, type Vault } from "@azure/arm-keyvault";
import { SubscriptionClient } from "@azure/arm-resources-subscriptions";
import type { TokenCredential } from "@azure/core-auth";
import { LOCAL_EMULATOR_CREDENTIAL, pipelineOptions, type AzureConnection } from "./connection";
import { ARM_ENDPOINTS, checkArmEndpoint } from "./endpoints";
import { AzureError, toAzureError, type AccessNeeded, type AzureOperation } from "./errors";
import type { Cancellable } from "./secret-store";
import {
  resourceGroupOf,
  type AppConfigurationStoreInfo,
  type AzureSubscription,
  type KeyVaultInfo,
  type KeyVaultNetworkRules,
  type KeyVaultProtectionChange,
  type KeyVaultRef,
  type VaultDirectory,
} from "./vault-directory";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

function networkRulesOf(vault: Vault): KeyVaultNetworkRules | undefined {
  const acls = vault.properties.networkAcls;
  if (!acls) return undefined;
  return {
    // The service's default when the rule set leaves it out.
    defaultAction: acls.defaultAction === "Deny" ? "Deny" : "Allow",
    bypass: acls.bypass,
    ipRules: acls.ipRules?.length ?? 0,
    virtualNetworkRules: acls.virtualNetworkRules?.length ?? 0,
  };
}

function toKeyVaultInfo(vault: Vault, subscriptionId: string): KeyVaultInfo | undefined {
  if (!vault.name || !vault.properties.vaultUri) return undefined;
  const { properties } = vault;
  return {
    name: vault.name,
    vaultUrl: withoutTrailingSlash(properties.vaultUri!),
    subscriptionId,
    resourceGroup: resourceGroupOf(vault.id),
    location: vault.location,
    tenantId: properties.tenantId,
    tags: { ...vault.tags },
    // Soft delete is on unless explicitly off: the service's default since 2020.
    softDelete: properties.enableSoftDelete !== false,
    softDeleteRetentionDays: properties.softDeleteRetentionInDays,
    purgeProtection: properties.enablePurgeProtection === true,
    rbacAuthorization: properties.enableRbacAuthorization === true,
    publicNetworkAccess: properties.publicNetworkAccess,
    networkRules: networkRulesOf(vault),
    privateEndpoints: properties.privateEndpointConnections?.length ?? 0,
  };
}

export class ArmVaultDirectory implements VaultDirectory {
  private constructor(
    private readonly endpoint: string,
    private readonly credential: TokenCredential,
    private readonly options: object,
    /** The local emulator's `host:port`, for a loopback endpoint. */
    private readonly emulatorHost?: string,
  ) {}

  /** Resource Manager of Azure's public cloud, or `armEndpoint` (a sovereign cloud, or the emulator). */
  static open(connection: AzureConnection, armEndpoint: string = ARM_ENDPOINTS.AzurePublicCloud): ArmVaultDirectory {
    const verdict = checkArmEndpoint(armEndpoint, { allowLoopback: connection.localEmulator !== undefined });
    if (!verdict.accepted) throw new AzureError("endpointRefused", verdict.reason);
    const { url, loopback } = verdict.endpoint;
    const pipeline = pipelineOptions(connection);
    if (loopback) {
      return new ArmVaultDirectory(url, LOCAL_EMULATOR_CREDENTIAL, { endpoint: url, ...pipeline, tlsOptions: { ca: connection.localEmulator!.caCertPem } }, new URL(url).host);
    }
    return new ArmVaultDirectory(url, connection.credential, { endpoint: url, ...pipeline });
  }

  listSubscriptions(options: Cancellable = {}): Promise<AzureSubscription[]> {
    return this.call("your subscriptions", async () => {
      const client = new SubscriptionClient(this.credential, this.options);
      const subscriptions = await collect(client.subscriptions.list({ abortSignal: options.signal }));
      return subscriptions.flatMap((subscription) =>
        subscription.subscriptionId ? [{ subscriptionId: subscription.subscriptionId, name: subscription.displayName ?? subscription.subscriptionId, tenantId: subscription.tenantId, state: subscription.state }] : [],
      );
    });
  }

  listKeyVaults(subscriptionId: string, options: Cancellable = {}): Promise<KeyVaultInfo[]> {
    return this.call(subscriptionId, async () => {
      const client = new KeyVaultManagementClient(this.credential, subscriptionId, this.options);
      const vaults = await collect(client.vaults.listBySubscription({ abortSignal: options.signal }));
      return vaults.flatMap((vault) => toKeyVaultInfo(vault, subscriptionId) ?? []);
    });
  }

  protectKeyVault(vault: KeyVaultRef, change: KeyVaultProtectionChange, options: Cancellable = {}): Promise<KeyVaultInfo> {
    return this.call(
      vault.subscriptionId,
      async () => {
        if (!vault.resourceGroup) throw new AzureError("other", `Key Vault '${vault.name}' has no resource group in its Resource Manager id, so it cannot be changed from here.`, { service: "arm" });
        const client = new KeyVaultManagementClient(this.credential, vault.subscriptionId, this.options);
        const properties = { enableSoftDelete: change.enableSoftDelete, enablePurgeProtection: change.enablePurgeProtection };
        const updated = await client.vaults.update(vault.resourceGroup, vault.name, { properties }, { abortSignal: options.signal });
        const info = toKeyVaultInfo(updated, vault.subscriptionId);
        if (!info) throw new AzureError("other", `Resource Manager answered the change of Key Vault '${vault.name}' without the vault.`, { service: "arm" });
        return info;
      },
      "write",
      `Key Vault '${vault.name}'`,
    );
  }

  listAppConfigurationStores(subscriptionId: string, options: Cancellable = {}): Promise<AppConfigurationStoreInfo[]> {
    return this.call(subscriptionId, async () => {
      const client = new AppConfigurationManagementClient(this.credential, subscriptionId, this.options);
      const stores = await collect(client.configurationStores.list({ abortSignal: options.signal }));
      return stores.flatMap((store) =>
        store.name && store.endpoint
          ? [
              {
                name: store.name,
                endpoint: withoutTrailingSlash(store.endpoint),
                subscriptionId,
                resourceGroup: resourceGroupOf(store.id),
                location: store.location,
                tags: { ...store.tags },
                publicNetworkAccess: store.publicNetworkAccess,
                localAuthDisabled: store.disableLocalAuth === true,
                purgeProtection: store.enablePurgeProtection === true,
              },
            ]
          : [],
      );
    });
  }

  private async call<T>(resource: string, run: () => Promise<T>, access: AccessNeeded = "read", subject?: string): Promise<T> {
    // With the emulator's endpoint, a refused connection says it stopped (errors.ts) instead of
    // sending the user to check a network, proxy or VPN for "Azure subscription '…'".
    const operation: AzureOperation = { service: "arm", resource, access, subject, emulatorHost: this.emulatorHost };
    try {
      return await run();
    } catch (error) {
      throw toAzureError(error, operation);
    }
  }
}
