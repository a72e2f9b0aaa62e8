// The Key Vault secrets REST surface of one vault (docs/azure-wire-protocol.md §1–2).
//
// Addressing: each vault is its own HTTPS listener, https://127.0.0.1:<port>. The SDK's identifier
// parser wants exactly /secrets/{name}[/{version}], so a vault cannot live under a path prefix, and
// real-looking host names (NAME.vault.azure.net) would need DNS tricks in every client. One port per
// vault keeps clients on standard options: SecretClient with `disableChallengeResourceVerification:
// true` (the challenge names the real resource, https://vault.azure.net, so the token scope is the
// production one, but the host is not a *.vault.azure.net name) and `tlsOptions: { ca }`.
import { latestApiVersion, servesApiVersion } from "../api-versions";
import type { FaultController } from "../faults";
import { HttpError, isRecord, sendEmpty, sendJson, stringRecord, type EmulatorRequest } from "../http";
import { byPosition, decodeContinuation, encodeContinuation, pageAfter } from "../paging";
import type { ErrorReply, Principal, RequestContext, ServiceHandler } from "../server";
import { sendReply } from "../server";
import { KeyVaultError, keyVaultErrors, type VaultIdentity } from "./errors";
import { validateSecretName, type SecretInput, type SecretPatch, type SecretService } from "./secrets";
import { currentVersion, deletedSecretBundle, deletedSecretItem, secretBundle, secretItem, versionItem } from "./wire";

type Operation = "set" | "get" | "update" | "list" | "listVersions" | "delete" | "getDeleted" | "listDeleted" | "purge" | "recover" | "backup" | "restore";

interface Route {
  operation: Operation;
  name?: string;
  version?: string;
}

/** RBAC data action, access-policy permission, and whether a read-only principal may do it. */
const PERMISSIONS: Record<Operation, { action: string; permission: string; write: boolean }> = {
  get: { action: "getSecret/action", permission: "get", write: false },
  list: { action: "readMetadata/action", permission: "list", write: false },
  listVersions: { action: "readMetadata/action", permission: "list", write: false },
  getDeleted: { action: "readMetadata/action", permission: "list", write: false },
  listDeleted: { action: "readMetadata/action", permission: "list", write: false },
  set: { action: "setSecret/action", permission: "set", write: true },
  update: { action: "update/action", permission: "set", write: true },
  delete: { action: "delete", permission: "delete", write: true },
  purge: { action: "purge/action", permission: "purge", write: true },
  recover: { action: "recover/action", permission: "recover", write: true },
  backup: { action: "backup/action", permission: "backup", write: true },
  restore: { action: "restore/action", permission: "restore", write: true },
};

const DEFAULT_PAGE_SIZE = 25;

function notFound(): KeyVaultError {
  return new KeyVaultError(404, "NotFound", "The requested resource was not found.");
}

/** Maps method and path segments to an operation; wrong methods on known paths get 405 like the service. */
function route(method: string, segments: string[]): Route {
  const [collection, name, third, fourth, ...rest] = segments;
  if (rest.length > 0) throw notFound();
  const only = (allowed: Partial<Record<string, Operation>>, extra: Omit<Route, "operation"> = {}): Route => {
    const operation = allowed[method];
    if (!operation) throw keyVaultErrors.methodNotAllowed(method);
    return { operation, ...extra };
  };
  if (collection === "secrets") {
    if (name === undefined || (name === "" && third === undefined)) return only({ GET: "list" });
    if (name === "") throw keyVaultErrors.methodNotAllowed(method);
    if (name === "restore" && third === undefined && method === "POST") return { operation: "restore" };
    if (third === undefined) return only({ PUT: "set", GET: "get", PATCH: "update", DELETE: "delete" }, { name });
    if (third === "" && fourth === undefined) return only({ GET: "get", PATCH: "update" }, { name });
    if (fourth !== undefined) throw notFound();
    if (third === "versions") return only({ GET: "listVersions" }, { name });
    if (third === "backup") return only({ POST: "backup" }, { name });
    return only({ GET: "get", PATCH: "update" }, { name, version: third });
  }
  if (collection === "deletedsecrets") {
    if (name === undefined || (name === "" && third === undefined)) return only({ GET: "listDeleted" });
    if (third === undefined) return only({ GET: "getDeleted", DELETE: "purge" }, { name });
    if (third === "recover" && fourth === undefined) return only({ POST: "recover" }, { name });
  }
  throw notFound();
}

function optionalInteger(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) throw keyVaultErrors.badParameter(`Property ${field} must be an integer (Unix time in seconds).`);
  return value;
}

function parseAttributes(value: unknown): Pick<SecretInput, "enabled" | "notBefore" | "expires"> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw keyVaultErrors.badParameter("Property attributes must be an object.");
  if (value.enabled !== undefined && value.enabled !== null && typeof value.enabled !== "boolean") throw keyVaultErrors.badParameter("Property enabled must be a boolean.");
  return {
    enabled: typeof value.enabled === "boolean" ? value.enabled : undefined,
    notBefore: optionalInteger(value.nbf, "nbf"),
    expires: optionalInteger(value.exp, "exp"),
  };
}

/**
 * A PATCH's attributes: as for a set, except that an explicit `null` for `nbf` or `exp` removes the
 * date (what the portal's cleared "Set expiration date" box sends), while an absent field keeps it.
 */
function parsePatchAttributes(value: unknown): Pick<SecretPatch, "enabled" | "notBefore" | "expires"> {
  const parsed: Pick<SecretPatch, "enabled" | "notBefore" | "expires"> = parseAttributes(value);
  if (isRecord(value)) {
    if (value.nbf === null) parsed.notBefore = null;
    if (value.exp === null) parsed.expires = null;
  }
  return parsed;
}

/** Key Vault's limit on a secret's content type (about-secrets: "up to 255 characters"). */
const MAX_CONTENT_TYPE_LENGTH = 255;
/** Key Vault's limits on a secret's tags: how many, and how long a name and a value may be. */
const MAX_TAGS = 15;
const MAX_TAG_NAME_LENGTH = 512;
const MAX_TAG_VALUE_LENGTH = 256;

function parseMetadata(body: Record<string, unknown>): Pick<SecretPatch, "contentType" | "tags"> {
  if (body.contentType !== undefined && body.contentType !== null && typeof body.contentType !== "string") throw keyVaultErrors.badParameter("Property contentType must be a string.");
  if (typeof body.contentType === "string" && body.contentType.length > MAX_CONTENT_TYPE_LENGTH) {
    throw keyVaultErrors.badParameter(`Property contentType exceeds the maximum length of ${MAX_CONTENT_TYPE_LENGTH}.`);
  }
  const tags = body.tags === undefined || body.tags === null ? undefined : stringRecord(body.tags);
  if (body.tags !== undefined && body.tags !== null && !tags) throw keyVaultErrors.badParameter("Property tags must be an object of strings.");
  if (tags && Object.keys(tags).length > MAX_TAGS) throw keyVaultErrors.badParameter(`The number of tags exceeds the maximum of ${MAX_TAGS}.`);
  for (const [name, value] of Object.entries(tags ?? {})) {
    if (name.length > MAX_TAG_NAME_LENGTH) throw keyVaultErrors.badParameter(`A tag name exceeds the maximum length of ${MAX_TAG_NAME_LENGTH}.`);
    if (value.length > MAX_TAG_VALUE_LENGTH) throw keyVaultErrors.badParameter(`A tag value exceeds the maximum length of ${MAX_TAG_VALUE_LENGTH}.`);
  }
  return { contentType: typeof body.contentType === "string" ? body.contentType : undefined, tags };
}

async function jsonObject(request: EmulatorRequest): Promise<Record<string, unknown>> {
  const body = await request.json();
  if (!isRecord(body)) throw keyVaultErrors.badParameter("The request body must be a JSON object.");
  return body;
}

export interface KeyVaultHandlerOptions {
  secrets: SecretService;
  faults: FaultController;
  identity: () => VaultIdentity;
}

export class KeyVaultHandler implements ServiceHandler {
  readonly service = "keyvault" as const;

  constructor(private readonly options: KeyVaultHandlerOptions) {}

  get name(): string {
    return this.options.secrets.vault.name;
  }

  /**
   * Any bearer token is accepted (nothing local can check it), but one is required: without it the
   * answer is the recorded 401 challenge, sent before the body is read, because the SDK's first
   * request per client is a body-less probe that must not be executed.
   */
  authenticate(request: EmulatorRequest): Promise<Principal | undefined> {
    const authorization = request.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (match) return Promise.resolve({ kind: "bearer" });
    sendReply(request, keyVaultErrors.unauthorized(this.options.identity().tenantId));
    return Promise.resolve(undefined);
  }

  throttled(retryAfterSeconds: number | undefined): ErrorReply {
    return keyVaultErrors.throttled(retryAfterSeconds);
  }

  serverError(status: number, retryAfterSeconds?: number): ErrorReply {
    return keyVaultErrors.serverError(status, retryAfterSeconds);
  }

  async handle(request: EmulatorRequest, context: RequestContext): Promise<void> {
    try {
      await this.dispatch(request, context);
    } catch (error) {
      if (error instanceof KeyVaultError) return sendReply(request, error.toReply());
      if (error instanceof HttpError) return sendReply(request, new KeyVaultError(error.status, "BadParameter", error.message).toReply());
      throw error;
    }
  }

  private async dispatch(request: EmulatorRequest, context: RequestContext): Promise<void> {
    let segments: string[];
    try {
      segments = request.url.pathname.split("/").slice(1).map(decodeURIComponent);
    } catch {
      throw keyVaultErrors.badParameter("The request URI is not valid.");
    }
    const target = route(request.method, segments);
    const apiVersion = request.query("api-version");
    if (!apiVersion) throw keyVaultErrors.badParameter("The api-version query parameter is required.");
    if (!servesApiVersion("keyVault", apiVersion)) throw keyVaultErrors.unknownApiVersion(apiVersion, latestApiVersion("keyVault"));
    if (target.name !== undefined) validateSecretName(target.name);
    this.authorize(target, context);

    const { secrets } = this.options;
    const { properties } = secrets.vault;
    const origin = request.origin;
    const name = target.name ?? "";
    switch (target.operation) {
      case "set": {
        const body = await jsonObject(request);
        if (typeof body.value !== "string") throw keyVaultErrors.badParameter("Property value is required and must be a string.");
        const { record, version } = secrets.addVersion(name, { value: body.value, ...parseMetadata(body), ...parseAttributes(body.attributes) });
        return sendJson(request.res, 200, secretBundle(origin, record, version, properties, true));
      }
      case "get": {
        const { record, version } = secrets.get(name, target.version || undefined);
        if (!version.enabled) throw keyVaultErrors.disabled("get");
        return sendJson(request.res, 200, secretBundle(origin, record, version, properties, true));
      }
      case "update": {
        const body = await jsonObject(request);
        const { record, version } = secrets.update(name, target.version || undefined, { ...parseMetadata(body), ...parsePatchAttributes(body.attributes) });
        return sendJson(request.res, 200, secretBundle(origin, record, version, properties, false));
      }
      case "list":
        return this.sendPage(request, context, secrets.list(), (record) => record.name.toLowerCase(), (record) => secretItem(origin, record, currentVersion(record), properties));
      case "listVersions": {
        const record = secrets.versionsOf(name);
        // Positions in creation order, so new versions land on later pages.
        const indexed = record ? record.versions.map((version, index) => ({ record, version, position: String(index).padStart(8, "0") })) : [];
        return this.sendPage(request, context, indexed, (entry) => entry.position, (entry) => versionItem(origin, entry.record, entry.version, properties));
      }
      case "delete": {
        const outcome = secrets.delete(name);
        if (outcome.softDeleted) return sendJson(request.res, 200, deletedSecretBundle(origin, outcome.deleted, properties));
        // Soft delete off: a plain bundle without recoveryId, which tells the SDK's poller it is done.
        return sendJson(request.res, 200, secretBundle(origin, outcome.record, currentVersion(outcome.record), properties, false));
      }
      case "getDeleted":
        return sendJson(request.res, 200, deletedSecretBundle(origin, secrets.getDeleted(name), properties));
      case "listDeleted":
        return this.sendPage(request, context, secrets.listDeleted(), (deleted) => deleted.secret.name.toLowerCase(), (deleted) => deletedSecretItem(origin, deleted, properties));
      case "purge":
        secrets.purge(name);
        return sendEmpty(request.res, 204);
      case "recover": {
        const record = secrets.recover(name);
        return sendJson(request.res, 200, secretBundle(origin, record, currentVersion(record), properties, false));
      }
      case "backup":
        return sendJson(request.res, 200, { value: secrets.backup(name).toString("base64url") });
      case "restore": {
        const body = await jsonObject(request);
        if (typeof body.value !== "string") throw keyVaultErrors.malformedBackup();
        const record = secrets.restore(Buffer.from(body.value, "base64url"));
        return sendJson(request.res, 200, secretBundle(origin, record, currentVersion(record), properties, false));
      }
    }
  }

  /** 403s for the access level the fault controller gives this caller, in the vault's own style. */
  private authorize(target: Route, context: RequestContext): void {
    const { access } = context;
    const permission = PERMISSIONS[target.operation];
    if (access === "full" || (access === "read-only" && !permission.write)) return;
    const identity = this.options.identity();
    if (access === "firewall") throw keyVaultErrors.forbiddenByFirewall(identity);
    if (this.options.secrets.vault.properties.enableRbacAuthorization) {
      throw keyVaultErrors.forbiddenByRbac(identity, `Microsoft.KeyVault/vaults/secrets/${permission.action}`, target.name ? `/secrets/${target.name}` : "");
    }
    throw keyVaultErrors.accessDenied(identity, permission.permission);
  }

  /**
   * One page of a list, `maxresults` (1–25, default 25) items, with an absolute nextLink on the
   * request's own origin that keeps maxresults (the SDK sends it on the first request only).
   */
  private sendPage<T>(request: EmulatorRequest, context: RequestContext, items: T[], positionOf: (item: T) => string, toWire: (item: T) => unknown): void {
    const maxResults = request.query("maxresults");
    const size = maxResults === null ? DEFAULT_PAGE_SIZE : Number(maxResults);
    if (!Number.isInteger(size) || size < 1 || size > 25) throw keyVaultErrors.badParameter("Invalid value for maxresults: it must be an integer between 1 and 25.");
    const token = request.query("$skiptoken");
    const after = token === null ? undefined : decodeContinuation(token);
    if (token !== null && after === undefined) throw keyVaultErrors.badParameter("Invalid $skiptoken.");

    const link = (position: string) =>
      `${request.origin}${request.url.pathname}?api-version=${encodeURIComponent(request.query("api-version") ?? "")}&$skiptoken=${encodeContinuation(position)}&maxresults=${size}`;
    if (this.options.faults.takeEmptyListPage(context.target)) {
      // The service sometimes returns an empty page that still has a next link; clients must follow it.
      return sendJson(request.res, 200, { value: [], nextLink: link(after ?? "") });
    }
    const page = pageAfter([...items].sort(byPosition(positionOf)), positionOf, after, size);
    sendJson(request.res, 200, { value: page.items.map(toWire), nextLink: page.nextAfter === undefined ? null : link(page.nextAfter) });
  }
}
