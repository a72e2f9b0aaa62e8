// App Configuration snapshots (REST "snapshot", api 2023-11-01 and later): a named, frozen copy of
// the key-values that some filters select. Created through a long-running operation (201 with
// Operation-Location, polled at /operations?snapshot=…), archived and recovered by PATCH, expired
// `retention_period` seconds after archiving.
import { randomBytes } from "node:crypto";
import { isRecord } from "../http";
import type { SnapshotFilter, StoreState, StoredSetting, StoredSnapshot } from "../state";
import { AppConfigError, appConfigErrors } from "./errors";
import { parseFilter, parseTagsFilter } from "./filters";
import { CONTENT_TYPES, serviceTime } from "./wire";
import type { SettingStore } from "./settings";

/** The service's default for standard stores: 30 days. */
const DEFAULT_RETENTION_SECONDS = 30 * 24 * 60 * 60;
const MAX_FILTERS = 3;

function alreadyExists(name: string): AppConfigError {
  // Shape of the service's problem+json; wording not recorded.
  return new AppConfigError({
    status: 409,
    contentType: CONTENT_TYPES.problem,
    body: { type: "https://azconfig.io/errors/already-exists", title: `The snapshot '${name}' already exists.`, name, status: 409 },
  });
}

function parseFilters(value: unknown): SnapshotFilter[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_FILTERS) throw appConfigErrors.invalidArgument("filters", `A snapshot needs 1 to ${MAX_FILTERS} filters.`);
  return value.map((entry: unknown) => {
    if (!isRecord(entry) || typeof entry.key !== "string" || entry.key === "") throw appConfigErrors.invalidArgument("filters", "Every filter needs a key.");
    const filter: SnapshotFilter = { key: entry.key };
    if (typeof entry.label === "string") filter.label = entry.label;
    if (Array.isArray(entry.tags)) filter.tags = entry.tags.filter((tag): tag is string => typeof tag === "string");
    return filter;
  });
}

/** Key-values selected by the filters. `key` composition keeps one per key: the last filter's match wins. */
function select(settings: readonly StoredSetting[], filters: readonly SnapshotFilter[], composition: "key" | "key_label"): StoredSetting[] {
  const chosen = new Map<string, StoredSetting>();
  for (const filter of filters) {
    const keyMatches = parseFilter(filter.key, "key");
    // An absent label selects key-values without a label (the documented example shows `"label": null`).
    const labelMatches = parseFilter(filter.label ?? "\u0000", "label");
    const tagsMatch = parseTagsFilter(filter.tags ?? []);
    for (const setting of settings) {
      if (!keyMatches(setting.key) || !labelMatches(setting.label) || !tagsMatch(setting.tags)) continue;
      chosen.set(composition === "key" ? setting.key : `${setting.key}\u0000${setting.label ?? ""}`, setting);
    }
  }
  return [...chosen.values()].map((setting) => ({ ...setting, tags: { ...setting.tags } }));
}

export class SnapshotStore {
  constructor(
    private readonly store: StoreState,
    private readonly settings: SettingStore,
    private readonly context: { now(): Date; save(): void },
  ) {}

  private get snapshots(): Record<string, StoredSnapshot> {
    return (this.store.snapshots ??= {});
  }

  /** Creates the snapshot in `provisioning`; it becomes `ready` when the operation is polled. */
  create(name: string, body: unknown): StoredSnapshot {
    this.expire();
    if (this.snapshots[name]) throw alreadyExists(name);
    if (!isRecord(body)) throw appConfigErrors.invalidArgument("body", "The body must be a snapshot JSON object.");
    const filters = parseFilters(body.filters);
    const compositionType = body.composition_type ?? "key";
    if (compositionType !== "key" && compositionType !== "key_label") throw appConfigErrors.invalidArgument("composition_type", "composition_type must be key or key_label.");
    const retention = body.retention_period ?? DEFAULT_RETENTION_SECONDS;
    if (typeof retention !== "number" || !Number.isInteger(retention) || retention < 0) throw appConfigErrors.invalidArgument("retention_period", "retention_period must be a number of seconds.");
    const tags: Record<string, string> = {};
    if (isRecord(body.tags)) for (const [key, value] of Object.entries(body.tags)) if (typeof value === "string") tags[key] = value;
    const snapshot: StoredSnapshot = {
      name,
      status: "provisioning",
      filters,
      compositionType,
      created: serviceTime(this.context.now()),
      retentionPeriod: retention,
      tags,
      ...(typeof body.description === "string" ? { description: body.description } : {}),
      etag: randomBytes(24).toString("base64url"),
      items: select(this.settings.all(), filters, compositionType),
    };
    this.snapshots[name] = snapshot;
    this.context.save();
    return snapshot;
  }

  get(name: string): StoredSnapshot | undefined {
    this.expire();
    return this.snapshots[name];
  }

  /** The operation status the SDK's poller reads; provisioning completes on the first poll. */
  completeProvisioning(name: string): StoredSnapshot {
    const snapshot = this.get(name);
    if (!snapshot) throw appConfigErrors.notFound();
    if (snapshot.status === "provisioning") {
      snapshot.status = "ready";
      this.context.save();
    }
    return snapshot;
  }

  /** Archive (expires after the retention period) or recover (back to ready). */
  setStatus(name: string, status: unknown): StoredSnapshot {
    const snapshot = this.get(name);
    if (!snapshot) throw appConfigErrors.notFound();
    if (status !== "archived" && status !== "ready") throw appConfigErrors.invalidArgument("status", "status must be archived or ready.");
    if (snapshot.status !== status) {
      snapshot.status = status;
      if (status === "archived") snapshot.expires = serviceTime(new Date(this.context.now().getTime() + snapshot.retentionPeriod * 1000));
      else delete snapshot.expires;
      snapshot.etag = randomBytes(24).toString("base64url");
      this.context.save();
    }
    return snapshot;
  }

  all(): StoredSnapshot[] {
    this.expire();
    return Object.values(this.snapshots);
  }

  private expire(): void {
    const now = this.context.now().getTime();
    for (const [name, snapshot] of Object.entries(this.snapshots)) {
      if (snapshot.expires !== undefined && Date.parse(snapshot.expires) <= now) {
        delete this.snapshots[name];
        this.context.save();
      }
    }
  }
}

export function snapshotJson(snapshot: StoredSnapshot): Record<string, unknown> {
  return {
    etag: snapshot.etag,
    name: snapshot.name,
    status: snapshot.status,
    filters: snapshot.filters,
    composition_type: snapshot.compositionType,
    created: snapshot.created,
    ...(snapshot.expires !== undefined ? { expires: snapshot.expires } : {}),
    size: Buffer.byteLength(JSON.stringify(snapshot.items), "utf8"),
    items_count: snapshot.items.length,
    retention_period: snapshot.retentionPeriod,
    tags: snapshot.tags,
    ...(snapshot.description !== undefined ? { description: snapshot.description } : {}),
  };
}
