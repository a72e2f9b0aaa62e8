// The App Configuration REST surface of one store (docs/azure-wire-protocol.md §4): key-values with
// labels, conditional requests, locks, lists with `after` paging and a Link header, revisions,
// labels, keys and snapshots. Like the vaults, each store is its own HTTPS listener on 127.0.0.1, so the
// connection string's Endpoint is simply https://127.0.0.1:<port>.
import { createHash } from "node:crypto";
import { servesApiVersion, SUPPORTED_API_VERSIONS } from "../api-versions";
import type { FaultController } from "../faults";
import { HttpError, isRecord, sendHeadersOnly, sendJson, stringRecord, type EmulatorRequest, type Headers } from "../http";
import { byPosition, decodeContinuation, encodeContinuation, pageAfter } from "../paging";
import type { ErrorReply, Principal, RequestContext, ServiceHandler } from "../server";
import type { StoredSetting } from "../state";
import { AppConfigError, appConfigErrors } from "./errors";
import { FilterError, parseFilter, parseTagsFilter } from "./filters";
import { isHmacAuthorization, verifyHmac } from "./hmac";
import { sortKey, type Preconditions, type SettingInput, type SettingStore } from "./settings";
import { snapshotJson, type SnapshotStore } from "./snapshots";
import { CONTENT_TYPES, etagList, isSettingField, settingHeaders, settingJson, type SettingField } from "./wire";

export interface AppConfigHandlerOptions {
  settings: SettingStore;
  snapshots: SnapshotStore;
  faults: FaultController;
  /** Items per list page (the service uses 100). */
  pageSize: number;
}

interface Listing<T> {
  items: T[];
  positionOf: (item: T) => string;
  toWire: (item: T) => unknown;
  contentType: string;
}

const REVISION_SPAN = 1e12;

/** The `label` query parameter: absent or NUL is the null label. */
function labelParameter(request: EmulatorRequest): string | null {
  const label = request.query("label");
  return label === null || label === "\u0000" ? null : label;
}

function selectParameter(request: EmulatorRequest): SettingField[] | undefined {
  const raw = request.query("$select");
  if (raw === null) return undefined;
  const fields = raw.split(",").map((field) => field.trim());
  const unknown = fields.filter((field) => !isSettingField(field));
  if (unknown.length > 0) throw appConfigErrors.invalidArgument("$select", `Unknown field(s): ${unknown.join(", ")}`);
  return fields as SettingField[];
}

function preconditions(request: EmulatorRequest): Preconditions {
  return { ifMatch: request.header("if-match"), ifNoneMatch: request.header("if-none-match") };
}

function decodedName(rawPath: string, prefix: string, parameter: string): string {
  try {
    const name = decodeURIComponent(rawPath.slice(prefix.length));
    if (name !== "") return name;
  } catch {
    // fall through
  }
  throw appConfigErrors.invalidArgument(parameter, `The ${parameter} in the path is not valid.`);
}

/** A key from the path: every segment after the prefix, decoded (the SDK leaves `/` and `:` raw). */
function keyFromPath(rawPath: string, prefix: string): string {
  let key: string;
  try {
    key = decodeURIComponent(rawPath.slice(prefix.length));
  } catch {
    throw appConfigErrors.invalidArgument("key", "The key is not correctly percent-encoded.");
  }
  // Documented: any character but '%', and not '.' or '..'.
  if (key === "" || key === "." || key === ".." || key.includes("%")) throw appConfigErrors.invalidArgument("key", `'${key}' is not a valid key.`);
  return key;
}

async function settingInput(request: EmulatorRequest): Promise<SettingInput> {
  const body = (await request.json()) ?? {};
  if (!isRecord(body)) throw appConfigErrors.invalidArgument("body", "The body must be a key-value JSON object.");
  const { value, content_type: contentType, tags } = body;
  if (value !== undefined && value !== null && typeof value !== "string") throw appConfigErrors.invalidArgument("value", "The value must be a string.");
  if (contentType !== undefined && contentType !== null && typeof contentType !== "string") throw appConfigErrors.invalidArgument("content_type", "The content type must be a string.");
  const tagRecord = tags === undefined || tags === null ? {} : stringRecord(tags);
  if (!tagRecord) throw appConfigErrors.invalidArgument("tags", "Tags must be an object of strings.");
  return { value: typeof value === "string" ? value : null, contentType: typeof contentType === "string" ? contentType : null, tags: tagRecord };
}

export class AppConfigHandler implements ServiceHandler {
  readonly service = "appconfig" as const;

  constructor(private readonly options: AppConfigHandlerOptions) {}

  get name(): string {
    return this.options.settings.store.name;
  }

  /** HMAC (connection string) is verified exactly; any bearer token is accepted, as the emulator cannot check one. */
  async authenticate(request: EmulatorRequest): Promise<Principal | undefined> {
    const authorization = request.header("authorization");
    if (isHmacAuthorization(authorization)) {
      const verdict = verifyHmac(request, await request.body(), this.options.settings.store.accessKeys, Date.now());
      if (verdict.ok) return { kind: "hmac", readOnlyKey: verdict.key.readOnly };
      this.reply(request, appConfigErrors.unauthorized(verdict.description));
      return undefined;
    }
    if (authorization && /^Bearer\s+\S+$/i.test(authorization.trim())) return { kind: "bearer" };
    this.reply(request, appConfigErrors.unauthorized());
    return undefined;
  }

  throttled(retryAfterSeconds: number | undefined): ErrorReply {
    return appConfigErrors.throttled(retryAfterSeconds);
  }

  serverError(status: number, retryAfterSeconds?: number): ErrorReply {
    return appConfigErrors.serverError(status, retryAfterSeconds);
  }

  async handle(request: EmulatorRequest, context: RequestContext): Promise<void> {
    try {
      await this.dispatch(request, context);
    } catch (error) {
      if (error instanceof AppConfigError) return this.reply(request, error.reply);
      if (error instanceof FilterError) return this.reply(request, appConfigErrors.invalidArgument(error.parameter, error.message).reply);
      if (error instanceof HttpError) return this.reply(request, appConfigErrors.invalidArgument("body", error.message).reply);
      throw error;
    }
  }

  /** Every response carries the store's Sync-Token, as the service's do. */
  private reply(request: EmulatorRequest, reply: ErrorReply): void {
    const headers = { ...reply.headers, "Sync-Token": this.options.settings.syncToken() };
    if (reply.body === undefined) sendHeadersOnly(request.res, reply.status, { "Content-Length": 0, ...headers });
    else sendJson(request.res, reply.status, reply.body, headers, reply.contentType);
  }

  private sendSetting(request: EmulatorRequest, status: number, setting: StoredSetting, select?: SettingField[]): void {
    const headers = { ...settingHeaders(setting), "Sync-Token": this.options.settings.syncToken() };
    if (request.method === "HEAD") return sendHeadersOnly(request.res, status, { ...headers, "Content-Type": CONTENT_TYPES.kv });
    sendJson(request.res, status, settingJson(setting, select), headers, CONTENT_TYPES.kv);
  }

  private async dispatch(request: EmulatorRequest, context: RequestContext): Promise<void> {
    const apiVersion = request.query("api-version");
    if (!apiVersion) throw appConfigErrors.invalidArgument("api-version", "The 'api-version' parameter is required.");
    // Wording not recorded; the problem+json shape is the service's other 400s'.
    if (!servesApiVersion("appConfiguration", apiVersion)) {
      throw appConfigErrors.invalidArgument("api-version", `The api-version '${apiVersion}' is not supported. Supported versions: ${SUPPORTED_API_VERSIONS.appConfiguration.join(", ")}.`);
    }
    const path = request.url.pathname;
    const { method } = request;
    const read = method === "GET" || method === "HEAD";
    this.authorize(read, context);
    const { settings } = this.options;

    if (path.startsWith("/kv/")) {
      const key = keyFromPath(path, "/kv/");
      const label = labelParameter(request);
      if (read) return this.getSetting(request, key, label);
      if (method === "PUT") return this.sendSetting(request, 200, settings.put(key, label, await settingInput(request), preconditions(request)));
      if (method === "DELETE") {
        const deleted = settings.delete(key, label, preconditions(request));
        return deleted ? this.sendSetting(request, 200, deleted) : this.reply(request, { status: 204 });
      }
      throw appConfigErrors.methodNotAllowed();
    }
    if (path.startsWith("/locks/")) {
      const key = keyFromPath(path, "/locks/");
      if (method !== "PUT" && method !== "DELETE") throw appConfigErrors.methodNotAllowed();
      return this.sendSetting(request, 200, settings.setLocked(key, labelParameter(request), method === "PUT", preconditions(request)));
    }
    if (path.startsWith("/snapshots/")) return this.snapshotRequest(request, decodedName(path, "/snapshots/", "name"));
    if (!read) throw ["/kv", "/revisions", "/labels", "/keys", "/snapshots", "/operations"].includes(path) ? appConfigErrors.methodNotAllowed() : appConfigErrors.notFound();
    switch (path) {
      case "/kv": {
        const snapshotName = request.query("snapshot");
        if (snapshotName === null) return this.sendList(request, context, this.settingListing(request, settings.all(), sortKey));
        const snapshot = this.options.snapshots.get(snapshotName);
        if (!snapshot) throw appConfigErrors.notFound();
        return this.sendList(request, context, this.settingListing(request, snapshot.items, sortKey));
      }
      case "/snapshots": {
        const nameMatches = parseFilter(request.query("name"), "name");
        const statuses = request.query("status")?.split(",").map((status) => status.trim());
        const snapshots = this.options.snapshots.all().filter((snapshot) => nameMatches(snapshot.name) && (!statuses || statuses.includes(snapshot.status)));
        return this.sendList(request, context, { items: snapshots, positionOf: (snapshot) => snapshot.name, toWire: snapshotJson, contentType: CONTENT_TYPES.snapshotset });
      }
      case "/operations": {
        // The snapshot-creation poller: provisioning is instant here, so the first poll succeeds.
        const name = request.query("snapshot");
        if (name === null) throw appConfigErrors.invalidArgument("snapshot", "The snapshot parameter is required.");
        const snapshot = this.options.snapshots.completeProvisioning(name);
        return this.reply(request, { status: 200, body: { id: snapshot.etag, status: "Succeeded", error: null } });
      }
      case "/revisions":
        return this.sendList(request, context, this.settingListing(request, settings.revisions(), (revision) => String(REVISION_SPAN - revision.sequence).padStart(13, "0")));
      case "/labels": {
        const matches = parseFilter(request.query("name"), "label");
        const labels = [...new Set(settings.all().map((setting) => setting.label))].filter(matches);
        return this.sendList(request, context, { items: labels, positionOf: (label) => (label === null ? "" : `\u0001${label}`), toWire: (label) => ({ name: label }), contentType: CONTENT_TYPES.labelset });
      }
      case "/keys": {
        const matches = parseFilter(request.query("name"), "key");
        const keys = [...new Set(settings.all().map((setting) => setting.key))].filter(matches);
        return this.sendList(request, context, { items: keys, positionOf: (key) => key, toWire: (key) => ({ name: key }), contentType: CONTENT_TYPES.keyset });
      }
      default:
        throw appConfigErrors.notFound();
    }
  }

  /** Data Reader (or a read-only key) reads; no role, or outside the network rules, gets nothing. Both as an empty 403. */
  private authorize(read: boolean, { access, principal }: RequestContext): void {
    if (access === "none" || access === "firewall") throw appConfigErrors.forbidden();
    if (!read && (access === "read-only" || principal.readOnlyKey)) throw appConfigErrors.forbidden();
  }

  private async snapshotRequest(request: EmulatorRequest, name: string): Promise<void> {
    const { snapshots } = this.options;
    const headersOf = (etag: string): Headers => ({
      ETag: `"${etag}"`,
      "Sync-Token": this.options.settings.syncToken(),
      Link: `</kv?snapshot=${encodeURIComponent(name)}&api-version=${encodeURIComponent(request.query("api-version") ?? "")}>; rel="items"`,
    });
    if (request.method === "PUT") {
      const snapshot = snapshots.create(name, await request.json());
      const operation = `${request.origin}/operations?snapshot=${encodeURIComponent(name)}&api-version=${encodeURIComponent(request.query("api-version") ?? "")}`;
      return sendJson(request.res, 201, snapshotJson(snapshot), { ...headersOf(snapshot.etag), "Operation-Location": operation }, CONTENT_TYPES.snapshot);
    }
    const current = snapshots.get(name);
    if (!current) throw appConfigErrors.notFound();
    const ifMatch = etagList(request.header("if-match"));
    if (ifMatch && !ifMatch.includes("*") && !ifMatch.includes(current.etag)) throw appConfigErrors.preconditionFailed();
    if (request.method === "PATCH") {
      const body = await request.json();
      const updated = snapshots.setStatus(name, isRecord(body) ? body.status : undefined);
      return sendJson(request.res, 200, snapshotJson(updated), headersOf(updated.etag), CONTENT_TYPES.snapshot);
    }
    if (request.method !== "GET" && request.method !== "HEAD") throw appConfigErrors.methodNotAllowed();
    const ifNoneMatch = etagList(request.header("if-none-match"));
    if (ifNoneMatch && (ifNoneMatch.includes("*") || ifNoneMatch.includes(current.etag))) return sendHeadersOnly(request.res, 304, headersOf(current.etag));
    if (request.method === "HEAD") return sendHeadersOnly(request.res, 200, { ...headersOf(current.etag), "Content-Type": CONTENT_TYPES.snapshot });
    sendJson(request.res, 200, snapshotJson(current), headersOf(current.etag), CONTENT_TYPES.snapshot);
  }

  private getSetting(request: EmulatorRequest, key: string, label: string | null): void {
    const setting = this.options.settings.get(key, label);
    if (!setting) throw appConfigErrors.notFound();
    const ifMatch = etagList(request.header("if-match"));
    if (ifMatch && !ifMatch.includes("*") && !ifMatch.includes(setting.etag)) throw appConfigErrors.preconditionFailed();
    const ifNoneMatch = etagList(request.header("if-none-match"));
    if (ifNoneMatch && (ifNoneMatch.includes("*") || ifNoneMatch.includes(setting.etag))) {
      return sendHeadersOnly(request.res, 304, { ...settingHeaders(setting), "Sync-Token": this.options.settings.syncToken() });
    }
    this.sendSetting(request, 200, setting, selectParameter(request));
  }

  private settingListing<T extends StoredSetting>(request: EmulatorRequest, all: T[], positionOf: (item: T) => string): Listing<T> {
    const keyMatches = parseFilter(request.query("key"), "key");
    const labelMatches = parseFilter(request.query("label"), "label");
    const tagsMatch = parseTagsFilter(request.queryAll("tags"));
    const select = selectParameter(request);
    return {
      items: all.filter((setting) => keyMatches(setting.key) && labelMatches(setting.label) && tagsMatch(setting.tags)),
      positionOf,
      toWire: (setting) => settingJson(setting, select),
      contentType: CONTENT_TYPES.kvset,
    };
  }

  /**
   * One page with the recorded paging contract: `@nextLink` (relative, with `after=<token>`) and the
   * same link in a `Link: <…>; rel="next"` header. The page ETag lets clients ask If-None-Match → 304.
   */
  private sendList<T>(request: EmulatorRequest, context: RequestContext, listing: Listing<T>): void {
    const token = request.query("after");
    const after = token === null ? undefined : decodeContinuation(token);
    if (token !== null && after === undefined) throw appConfigErrors.invalidArgument("after", "The continuation token is not valid.");

    const emptyPage = this.options.faults.takeEmptyListPage(context.target);
    const sorted = [...listing.items].sort(byPosition(listing.positionOf));
    const page = emptyPage ? { items: [], nextAfter: after ?? "" } : pageAfter(sorted, listing.positionOf, after, this.options.pageSize);
    const wireItems = page.items.map(listing.toWire);
    const pageEtag = createHash("sha256").update(JSON.stringify(wireItems)).digest("base64url");

    const headers: Headers = { ETag: `"${pageEtag}"`, "Sync-Token": this.options.settings.syncToken() };
    let nextLink: string | undefined;
    if (page.nextAfter !== undefined) {
      const query = new URLSearchParams([...request.url.searchParams].filter(([name]) => name.toLowerCase() !== "after"));
      query.set("after", encodeContinuation(page.nextAfter));
      nextLink = `${request.url.pathname}?${query.toString()}`;
      headers.Link = `<${nextLink}>; rel="next"`;
    }
    const ifNoneMatch = etagList(request.header("if-none-match"));
    if (ifNoneMatch?.includes(pageEtag)) return sendHeadersOnly(request.res, 304, headers);
    if (request.method === "HEAD") return sendHeadersOnly(request.res, 200, { ...headers, "Content-Type": listing.contentType });
    // The page etag is in the body too: that is where the SDK reads it for `pageEtags`.
    sendJson(request.res, 200, { items: wireItems, etag: pageEtag, ...(nextLink ? { "@nextLink": nextLink } : {}) }, headers, listing.contentType);
  }
}
