// The ARM subset the extension needs: subscriptions and tenants, vaults (list, get, and PATCH of the
// properties a health check looks at), App Configuration stores (list, get, listKeys), and the
// generic resource list. Paths are matched case-insensitively, as ARM does. The admin endpoint
// shares this listener.
import { handleAdmin } from "../admin";
import { servesApiVersion, SUPPORTED_API_VERSIONS, type VersionedApi } from "../api-versions";
import type { EmulatorDirectory } from "../directory";
import { HttpError, isRecord, sendJson, type EmulatorRequest } from "../http";
import { byPosition, decodeContinuation, encodeContinuation, pageAfter } from "../paging";
import { parseVaultProperties } from "../seed";
import type { ErrorReply, Principal, RequestContext, ServiceHandler } from "../server";
import { sendReply } from "../server";
import type { StoreState, VaultProperties, VaultState } from "../state";
import { ArmError, armErrors } from "./errors";
import { apiKeyJson, genericResourceJson, storeJson, subscriptionJson, tenantJson, vaultJson } from "./resources";

const VAULT_TYPE = "Microsoft.KeyVault/vaults";
const STORE_TYPE = "Microsoft.AppConfiguration/configurationStores";

type Json = Record<string, unknown>;

/** Whose api-versions a path takes: its resource provider's, or Microsoft.Resources' (undefined: a provider the emulator lacks). */
function versionedApiOf(lowerSegments: readonly string[]): VersionedApi | undefined {
  const providers = lowerSegments.indexOf("providers");
  if (providers < 0) return "armResources";
  const namespace = lowerSegments[providers + 1];
  if (namespace === "microsoft.keyvault") return "armKeyVault";
  if (namespace === "microsoft.appconfiguration") return "armAppConfiguration";
  return undefined;
}

export class ArmHandler implements ServiceHandler {
  readonly service = "arm" as const;
  readonly name = "arm";

  constructor(private readonly directory: EmulatorDirectory) {}

  handleUnauthenticated(request: EmulatorRequest): Promise<boolean> {
    return handleAdmin(request, this.directory);
  }

  authenticate(request: EmulatorRequest): Promise<Principal | undefined> {
    if (/^Bearer\s+\S+$/i.test((request.header("authorization") ?? "").trim())) return Promise.resolve({ kind: "bearer" });
    sendReply(request, armErrors.unauthorized(this.directory.state.tenantId));
    return Promise.resolve(undefined);
  }

  throttled(retryAfterSeconds: number | undefined): ErrorReply {
    return armErrors.throttled(retryAfterSeconds);
  }

  serverError(status: number, retryAfterSeconds?: number): ErrorReply {
    return armErrors.serverError(status, retryAfterSeconds);
  }

  async handle(request: EmulatorRequest, context: RequestContext): Promise<void> {
    try {
      await this.dispatch(request, context);
    } catch (error) {
      if (error instanceof ArmError) return sendReply(request, error.toReply());
      if (error instanceof HttpError) return sendReply(request, armErrors.badRequest(error.message).toReply());
      throw error;
    }
  }

  private get state() {
    return this.directory.state;
  }

  private vaults(resourceGroup?: string): VaultState[] {
    return Object.values(this.state.vaults).filter((vault) => !resourceGroup || vault.properties.resourceGroup.toLowerCase() === resourceGroup.toLowerCase());
  }

  private stores(resourceGroup?: string): StoreState[] {
    return Object.values(this.state.stores).filter((store) => !resourceGroup || store.resourceGroup.toLowerCase() === resourceGroup.toLowerCase());
  }

  private resourceGroups(): string[] {
    const names = [...this.vaults().map((vault) => vault.properties.resourceGroup), ...this.stores().map((store) => store.resourceGroup)];
    return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
  }

  private vaultJson(vault: VaultState): Json {
    return vaultJson(this.state, vault, this.directory.vaultUrl(vault.name.toLowerCase()));
  }

  private storeJson(store: StoreState): Json {
    return storeJson(this.state, store, this.directory.storeUrl(store.name.toLowerCase()));
  }

  private async dispatch(request: EmulatorRequest, context: RequestContext): Promise<void> {
    const apiVersion = request.query("api-version");
    if (!apiVersion) throw armErrors.missingApiVersion();
    let segments: string[];
    try {
      segments = request.url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    } catch {
      throw armErrors.badRequest("The request path is not valid.");
    }
    const lower = segments.map((segment) => segment.toLowerCase());
    const api = versionedApiOf(lower);
    if (api && !servesApiVersion(api, apiVersion)) throw armErrors.invalidApiVersion(apiVersion, SUPPORTED_API_VERSIONS[api]);
    const { method } = request;
    const get = (respond: () => void) => {
      if (method !== "GET") throw armErrors.methodNotAllowed(method);
      this.authorize(context, "read", `/subscriptions/${this.state.subscriptionId}`);
      respond();
    };

    if (lower.length === 1 && lower[0] === "subscriptions") return get(() => sendJson(request.res, 200, { value: [subscriptionJson(this.state)], count: { type: "Total", value: 1 } }));
    if (lower.length === 1 && lower[0] === "tenants") return get(() => sendJson(request.res, 200, { value: [tenantJson(this.state)] }));
    if (lower[0] !== "subscriptions" || segments[1] === undefined) throw armErrors.noRoute(request.url.pathname);
    if (lower[1] !== this.state.subscriptionId.toLowerCase()) throw armErrors.subscriptionNotFound(segments[1]);

    // subscriptions/{id}/resourceGroups/{rg}/providers/{namespace}/{type}/{name}/{action}
    //                     rest[0]        [1]  [2]       [3]         [4]    [5]    [6]
    const rest = lower.slice(2);
    const path = rest.join("/");
    if (path === "") return get(() => sendJson(request.res, 200, subscriptionJson(this.state)));
    if (path === "resources") return get(() => this.sendList(request, this.genericResources(request), (resource) => String(resource.id).toLowerCase()));
    if (path === "resourcegroups") return get(() => this.sendList(request, this.resourceGroups().map((name) => this.resourceGroupJson(name)), (group) => String(group.name).toLowerCase()));
    if (path === "providers/microsoft.keyvault/vaults") return get(() => this.sendList(request, this.vaults().map((vault) => this.vaultJson(vault)), (vault) => String(vault.name).toLowerCase()));
    if (path === "providers/microsoft.appconfiguration/configurationstores") return get(() => this.sendList(request, this.stores().map((store) => this.storeJson(store)), (store) => String(store.name).toLowerCase()));

    if (rest[0] !== "resourcegroups" || segments[3] === undefined) throw armErrors.noRoute(request.url.pathname);
    const resourceGroup = segments[3];
    if (!this.resourceGroups().some((name) => name.toLowerCase() === resourceGroup.toLowerCase())) throw armErrors.resourceGroupNotFound(resourceGroup);
    const inGroup = rest.slice(2).join("/");
    const resourceName = segments[7];
    if (inGroup === "") return get(() => sendJson(request.res, 200, this.resourceGroupJson(resourceGroup)));
    if (inGroup === "providers/microsoft.keyvault/vaults") return get(() => this.sendList(request, this.vaults(resourceGroup).map((vault) => this.vaultJson(vault)), (vault) => String(vault.name).toLowerCase()));
    if (inGroup === "providers/microsoft.appconfiguration/configurationstores") {
      return get(() => this.sendList(request, this.stores(resourceGroup).map((store) => this.storeJson(store)), (store) => String(store.name).toLowerCase()));
    }
    if (resourceName !== undefined && rest.length === 6 && rest[3] === "microsoft.keyvault" && rest[4] === "vaults") {
      const vault = this.vaults(resourceGroup).find((candidate) => candidate.name.toLowerCase() === resourceName.toLowerCase());
      if (!vault) throw armErrors.resourceNotFound(VAULT_TYPE, resourceName, resourceGroup);
      if (method === "GET") return get(() => sendJson(request.res, 200, this.vaultJson(vault)));
      if (method === "PATCH") {
        this.authorize(context, "write", `/subscriptions/${this.state.subscriptionId}/resourceGroups/${resourceGroup}/providers/${VAULT_TYPE}/${vault.name}`);
        this.patchVault(vault, await request.json());
        return sendJson(request.res, 200, this.vaultJson(vault));
      }
      throw armErrors.methodNotAllowed(method);
    }
    if (resourceName !== undefined && rest[3] === "microsoft.appconfiguration" && rest[4] === "configurationstores" && rest.length <= 7) {
      const store = this.stores(resourceGroup).find((candidate) => candidate.name.toLowerCase() === resourceName.toLowerCase());
      if (!store) throw armErrors.resourceNotFound(STORE_TYPE, resourceName, resourceGroup);
      if (rest.length === 6) return get(() => sendJson(request.res, 200, this.storeJson(store)));
      if (rest[6] === "listkeys") {
        if (method !== "POST") throw armErrors.methodNotAllowed(method);
        // Listing keys is an action a Reader does not have.
        this.authorize(context, "write", `/subscriptions/${this.state.subscriptionId}/resourceGroups/${resourceGroup}/providers/${STORE_TYPE}/${store.name}`);
        const endpoint = this.directory.storeUrl(store.name.toLowerCase());
        return sendJson(request.res, 200, { value: store.accessKeys.map((key) => apiKeyJson(endpoint, key)) });
      }
    }
    throw armErrors.noRoute(request.url.pathname);
  }

  private authorize(context: RequestContext, kind: "read" | "write", scope: string): void {
    if (context.access === "none" || (context.access === "read-only" && kind === "write")) {
      throw armErrors.authorizationFailed(kind === "read" ? "Microsoft.Resources/subscriptions/resources/read" : "Microsoft.KeyVault/vaults/write", scope);
    }
  }

  private resourceGroupJson(name: string): Json {
    return {
      id: `/subscriptions/${this.state.subscriptionId}/resourceGroups/${name}`,
      name,
      type: "Microsoft.Resources/resourceGroups",
      location: this.vaults(name)[0]?.properties.location ?? this.stores(name)[0]?.location ?? "westeurope",
      properties: { provisioningState: "Succeeded" },
    };
  }

  /** `$filter=resourceType eq '…'` is the one filter clients use here; other filters are refused. */
  private genericResources(request: EmulatorRequest): Json[] {
    const all = [...this.vaults().map((vault) => this.vaultJson(vault)), ...this.stores().map((store) => this.storeJson(store))].map(genericResourceJson);
    const filter = request.query("$filter");
    if (filter === null) return all;
    const match = /^\s*resourceType\s+eq\s+'([^']+)'\s*$/i.exec(filter);
    if (!match?.[1]) throw armErrors.badRequest(`The emulator supports only "resourceType eq '<type>'" filters, not: ${filter}`);
    const type = match[1].toLowerCase();
    return all.filter((resource) => String(resource.type).toLowerCase() === type);
  }

  /** ARM PATCH semantics, including the two one-way switches the service enforces. */
  private patchVault(vault: VaultState, body: unknown): void {
    if (!isRecord(body)) throw armErrors.badRequest("The request body must be a JSON object.");
    const patch: Partial<VaultProperties> = {};
    if (body.tags !== undefined) Object.assign(patch, this.validated({ tags: body.tags }));
    if (body.properties !== undefined) {
      if (!isRecord(body.properties)) throw armErrors.badRequest("properties must be an object.");
      const fields = ["enableSoftDelete", "softDeleteRetentionInDays", "enablePurgeProtection", "enableRbacAuthorization", "publicNetworkAccess", "networkAcls"] as const;
      const picked: Record<string, unknown> = {};
      for (const field of fields) if (body.properties[field] !== undefined && body.properties[field] !== null) picked[field] = body.properties[field];
      const sku = body.properties.sku;
      if (isRecord(sku) && sku.name !== undefined) picked.sku = sku.name;
      Object.assign(patch, this.validated(picked));
    }
    if (vault.properties.enablePurgeProtection && patch.enablePurgeProtection === false) {
      throw armErrors.badRequest('The property "enablePurgeProtection" cannot be set to false. Enabling the purge protection for a vault is an irreversible action.');
    }
    if (vault.properties.enableSoftDelete && patch.enableSoftDelete === false) {
      throw armErrors.badRequest('The property "enableSoftDelete" cannot be set to false. Enabling the soft delete for a vault is an irreversible action.');
    }
    if ((patch.enablePurgeProtection ?? vault.properties.enablePurgeProtection) && !(patch.enableSoftDelete ?? vault.properties.enableSoftDelete)) {
      throw armErrors.badRequest('The property "enablePurgeProtection" cannot be set to true without soft delete: set "enableSoftDelete" to true as well.');
    }
    this.directory.setVaultProperties(vault.name, patch);
  }

  private validated(value: Record<string, unknown>): Partial<VaultProperties> {
    try {
      return parseVaultProperties(value);
    } catch (error) {
      throw armErrors.badRequest(error instanceof Error ? error.message : String(error));
    }
  }

  /** All items, or `$top` per page with an absolute nextLink carrying a `$skiptoken`. */
  private sendList(request: EmulatorRequest, items: Json[], positionOf: (item: Json) => string): void {
    const top = request.query("$top");
    const size = top === null ? Number.MAX_SAFE_INTEGER : Number(top);
    if (!Number.isInteger(size) || size < 1) throw armErrors.badRequest("$top must be a positive integer.");
    const token = request.query("$skiptoken");
    const after = token === null ? undefined : decodeContinuation(token);
    if (token !== null && after === undefined) throw armErrors.badRequest("The $skiptoken is not valid.");
    const page = pageAfter([...items].sort(byPosition(positionOf)), positionOf, after, size);
    const body: Json = { value: page.items };
    if (page.nextAfter !== undefined) {
      const query = new URLSearchParams([...request.url.searchParams].filter(([name]) => name !== "$skiptoken"));
      query.set("$skiptoken", encodeContinuation(page.nextAfter));
      body.nextLink = `${request.origin}${request.url.pathname}?${query.toString()}`;
    }
    sendJson(request.res, 200, body);
  }
}
