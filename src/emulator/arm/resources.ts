// ARM resource JSON for the subscription, its vaults and its App Configuration stores, shaped like
// the recorded service responses (docs/azure-wire-protocol.md §5). vaultUri and endpoint point at
// the emulator's own listeners, so a client that discovers resources through ARM lands on them.
import type { AccessKey, EmulatorState, StoreState, VaultState } from "../state";

const SUBSCRIPTION_NAME = "Secret Hygiene Emulator";

export function subscriptionJson(state: EmulatorState): Record<string, unknown> {
  return {
    id: `/subscriptions/${state.subscriptionId}`,
    authorizationSource: "RoleBased",
    managedByTenants: [],
    subscriptionId: state.subscriptionId,
    tenantId: state.tenantId,
    displayName: SUBSCRIPTION_NAME,
    state: "Enabled",
    subscriptionPolicies: { locationPlacementId: "Public_2014-09-01", quotaId: "PayAsYouGo_2014-09-01", spendingLimit: "Off" },
  };
}

export function tenantJson(state: EmulatorState): Record<string, unknown> {
  return {
    id: `/tenants/${state.tenantId}`,
    tenantId: state.tenantId,
    tenantCategory: "Home",
    displayName: SUBSCRIPTION_NAME,
    defaultDomain: "emulator.localhost",
    tenantType: "AAD",
    domains: ["emulator.localhost"],
  };
}

function resourceId(state: EmulatorState, resourceGroup: string, provider: string, name: string): string {
  return `/subscriptions/${state.subscriptionId}/resourceGroups/${resourceGroup}/providers/${provider}/${name}`;
}

function systemData(createdAt: string): Record<string, unknown> {
  return { createdBy: "emulator@emulator.localhost", createdByType: "User", createdAt, lastModifiedBy: "emulator@emulator.localhost", lastModifiedByType: "User", lastModifiedAt: createdAt };
}

export function vaultJson(state: EmulatorState, vault: VaultState, vaultUri: string): Record<string, unknown> {
  const { properties } = vault;
  return {
    id: resourceId(state, properties.resourceGroup, "Microsoft.KeyVault/vaults", vault.name),
    name: vault.name,
    type: "Microsoft.KeyVault/vaults",
    location: properties.location,
    tags: properties.tags,
    systemData: systemData(vault.createdAt),
    properties: {
      sku: { family: "A", name: properties.sku },
      tenantId: state.tenantId,
      accessPolicies: [],
      enabledForDeployment: false,
      enabledForDiskEncryption: false,
      enabledForTemplateDeployment: false,
      enableSoftDelete: properties.enableSoftDelete,
      ...(properties.enableSoftDelete ? { softDeleteRetentionInDays: properties.softDeleteRetentionInDays } : {}),
      enableRbacAuthorization: properties.enableRbacAuthorization,
      // The service leaves the property out until purge protection has been turned on.
      ...(properties.enablePurgeProtection ? { enablePurgeProtection: true } : {}),
      vaultUri: vaultUri.endsWith("/") ? vaultUri : `${vaultUri}/`,
      provisioningState: "Succeeded",
      publicNetworkAccess: properties.publicNetworkAccess,
      ...(properties.networkAcls
        ? {
            networkAcls: {
              bypass: properties.networkAcls.bypass,
              defaultAction: properties.networkAcls.defaultAction,
              ipRules: properties.networkAcls.ipRules.map((value) => ({ value })),
              virtualNetworkRules: properties.networkAcls.virtualNetworkRules.map((id) => ({ id, ignoreMissingVnetServiceEndpoint: false })),
            },
          }
        : {}),
    },
  };
}

/** What `GET /subscriptions/{id}/resources` lists: no properties. */
export function genericResourceJson(resource: Record<string, unknown>): Record<string, unknown> {
  const { id, name, type, location, tags } = resource;
  return { id, name, type, location, tags };
}

export function storeJson(state: EmulatorState, store: StoreState, endpoint: string): Record<string, unknown> {
  return {
    type: "Microsoft.AppConfiguration/configurationStores",
    location: store.location,
    properties: {
      provisioningState: "Succeeded",
      creationDate: store.createdAt,
      endpoint,
      encryption: { keyVaultProperties: null },
      privateEndpointConnections: null,
      publicNetworkAccess: null,
      disableLocalAuth: false,
      softDeleteRetentionInDays: 7,
      enablePurgeProtection: false,
    },
    sku: { name: "standard" },
    systemData: systemData(store.createdAt),
    tags: {},
    id: resourceId(state, store.resourceGroup, "Microsoft.AppConfiguration/configurationStores", store.name),
    name: store.name,
  };
}

export function connectionString(endpoint: string, key: AccessKey): string {
  return `Endpoint=${endpoint};Id=${key.id};Secret=${key.secret}`;
}

export function apiKeyJson(endpoint: string, key: AccessKey): Record<string, unknown> {
  return { id: key.id, name: key.name, value: key.secret, connectionString: connectionString(endpoint, key), lastModified: key.lastModified, readOnly: key.readOnly };
}
