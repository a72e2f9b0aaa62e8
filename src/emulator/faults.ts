// Fault injection: what goes wrong, for which requests, and how many times. Tests switch faults on
// through `emulator.faults` in-process, or through `POST /_emulator/faults` on the ARM endpoint
// when the emulator runs as a child process. Every rule is plain JSON so both paths share it.
import { isRecord } from "./http";

export type ServiceKind = "keyvault" | "appconfig" | "arm";

/** Which requests a rule applies to. Every given field must match; an empty match is every request. */
export interface FaultMatch {
  service?: ServiceKind;
  /** Vault or store name (case-insensitive); ARM's name is "arm". */
  name?: string;
  method?: string;
  /** A substring of the decoded request path, e.g. "/secrets/db-password". */
  path?: string;
}

export type FaultRule =
  /**
   * 429 with Retry-After (seconds, default 1; App Configuration also gets retry-after-ms), for the
   * next `count` requests. `null`: no Retry-After header at all, which the SDK does not retry.
   */
  | { kind: "throttle"; count?: number; retryAfterSeconds?: number | null; match?: FaultMatch }
  /** A 5xx in the service's error shape (default 500), for the next `count` requests. */
  | { kind: "serverError"; count?: number; status?: number; retryAfterSeconds?: number; match?: FaultMatch }
  /** The TCP connection is destroyed before any response byte: the client sees ECONNRESET. */
  | { kind: "dropConnection"; count?: number; match?: FaultMatch }
  /**
   * The request is carried out, then the connection is destroyed before the response: the client
   * sees ECONNRESET and cannot tell a write that happened from one that did not (SDKs retry it).
   */
  | { kind: "dropResponse"; count?: number; match?: FaultMatch }
  /**
   * Waits `ms`, then carries the request out and answers; without `count`, until reset. A client
   * that gives up meanwhile gets no answer, but the request is still carried out, as by the service.
   */
  | { kind: "latency"; ms: number; count?: number; match?: FaultMatch }
  /** The next `count` list responses are empty pages with a next link, as the service sometimes sends. */
  | { kind: "emptyListPage"; count?: number; match?: FaultMatch };

/**
 * Who the caller is allowed to be. `read-only` is a Key Vault Secrets User / App Configuration Data
 * Reader (or a read-only access key): reads work, writes get 403. `none` has no role at all.
 * `firewall` is a caller outside the vault's network rules (Key Vault's ForbiddenByFirewall).
 */
export type AccessLevel = "full" | "read-only" | "none" | "firewall";

export interface AccessRule {
  level: AccessLevel;
  match?: FaultMatch;
}

/** The body of `POST /_emulator/faults`, and the argument of `FaultController.apply`. */
export interface FaultCommand {
  /** Clears every rule, the lag and the access rules before applying the rest. */
  reset?: boolean;
  add?: FaultRule[];
  /** After a Key Vault delete or recover, how long reads still see the old state (ms). */
  consistencyLagMs?: number;
  access?: AccessRule[];
}

export interface FaultSnapshot {
  rules: Array<FaultRule & { remaining: number | null }>;
  consistencyLagMs: number;
  access: AccessRule[];
}

/** What the server knows about a request when it asks for faults. */
export interface FaultTarget {
  service: ServiceKind;
  name: string;
  method: string;
  path: string;
}

export type TransportFault =
  | { kind: "throttle"; retryAfterSeconds: number | undefined }
  | { kind: "serverError"; status: number; retryAfterSeconds?: number }
  | { kind: "dropConnection" }
  | { kind: "dropResponse" };

interface ActiveRule {
  rule: FaultRule;
  /** null: unlimited (latency without a count). */
  remaining: number | null;
}

interface CountOptions {
  count?: number;
  match?: FaultMatch;
}

function matches(match: FaultMatch | undefined, target: FaultTarget): boolean {
  if (!match) return true;
  if (match.service && match.service !== target.service) return false;
  if (match.name && match.name.toLowerCase() !== target.name.toLowerCase()) return false;
  if (match.method && match.method.toUpperCase() !== target.method) return false;
  if (match.path && !target.path.includes(match.path)) return false;
  return true;
}

export class FaultController {
  private rules: ActiveRule[] = [];
  private accessRules: AccessRule[] = [];
  private lagMs = 0;

  add(rule: FaultRule): void {
    const validated = parseFaultRule(rule);
    const remaining = validated.kind === "latency" && validated.count === undefined ? null : (validated.count ?? 1);
    this.rules.push({ rule: validated, remaining });
  }

  throttle({ count, retryAfterSeconds = 1, match }: CountOptions & { retryAfterSeconds?: number | null } = {}): void {
    this.add({ kind: "throttle", count, retryAfterSeconds, match });
  }

  serverError({ count, status = 500, retryAfterSeconds, match }: CountOptions & { status?: number; retryAfterSeconds?: number } = {}): void {
    this.add({ kind: "serverError", count, status, retryAfterSeconds, match });
  }

  dropConnections({ count, match }: CountOptions = {}): void {
    this.add({ kind: "dropConnection", count, match });
  }

  dropResponses({ count, match }: CountOptions = {}): void {
    this.add({ kind: "dropResponse", count, match });
  }

  latency(ms: number, { count, match }: CountOptions = {}): void {
    this.add({ kind: "latency", ms, count, match });
  }

  emptyListPages({ count, match }: CountOptions = {}): void {
    this.add({ kind: "emptyListPage", count, match });
  }

  setConsistencyLag(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error("consistencyLagMs must be a number >= 0");
    this.lagMs = ms;
  }

  /** The last matching access rule wins, so a narrow rule can follow a broad one. */
  setAccess(level: AccessLevel, match?: FaultMatch): void {
    this.accessRules.push(parseAccessRule({ level, match }));
  }

  reset(): void {
    this.rules = [];
    this.accessRules = [];
    this.lagMs = 0;
  }

  apply(command: FaultCommand): void {
    const parsed = parseFaultCommand(command);
    if (parsed.reset) this.reset();
    for (const rule of parsed.add ?? []) this.add(rule);
    if (parsed.consistencyLagMs !== undefined) this.setConsistencyLag(parsed.consistencyLagMs);
    for (const access of parsed.access ?? []) this.setAccess(access.level, access.match);
  }

  snapshot(): FaultSnapshot {
    return {
      rules: this.rules.map(({ rule, remaining }) => ({ ...rule, remaining })),
      consistencyLagMs: this.lagMs,
      access: [...this.accessRules],
    };
  }

  get consistencyLagMs(): number {
    return this.lagMs;
  }

  /** Total delay of every matching latency rule; each use counts one off a counted rule. */
  takeLatency(target: FaultTarget): number {
    let total = 0;
    for (const active of this.rules) {
      if (active.rule.kind !== "latency" || !matches(active.rule.match, target) || active.remaining === 0) continue;
      total += active.rule.ms;
      if (active.remaining !== null) active.remaining -= 1;
    }
    this.prune();
    return total;
  }

  /** The first matching throttle, 5xx or drop rule still armed, consumed by this request. */
  takeTransportFault(target: FaultTarget): TransportFault | undefined {
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.kind === "latency" || rule.kind === "emptyListPage" || !matches(rule.match, target) || active.remaining === 0) continue;
      if (active.remaining !== null) active.remaining -= 1;
      this.prune();
      switch (rule.kind) {
        case "throttle":
          return { kind: "throttle", retryAfterSeconds: rule.retryAfterSeconds === null ? undefined : (rule.retryAfterSeconds ?? 1) };
        case "serverError":
          return { kind: "serverError", status: rule.status ?? 500, retryAfterSeconds: rule.retryAfterSeconds };
        case "dropConnection":
          return { kind: "dropConnection" };
        case "dropResponse":
          return { kind: "dropResponse" };
      }
    }
    return undefined;
  }

  takeEmptyListPage(target: FaultTarget): boolean {
    const active = this.rules.find((candidate) => candidate.rule.kind === "emptyListPage" && candidate.remaining !== 0 && matches(candidate.rule.match, target));
    if (!active) return false;
    if (active.remaining !== null) active.remaining -= 1;
    this.prune();
    return true;
  }

  accessFor(target: FaultTarget): AccessLevel {
    let level: AccessLevel = "full";
    for (const rule of this.accessRules) {
      if (matches(rule.match, target)) level = rule.level;
    }
    return level;
  }

  private prune(): void {
    this.rules = this.rules.filter((active) => active.remaining !== 0);
  }
}

// Validation of JSON that arrives over the admin endpoint (and of typed input, which is cheap).

function optionalCount(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw new Error(`${field} must be an integer >= 1`);
  return value;
}

function optionalSeconds(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new Error(`${field} must be an integer >= 0`);
  return value;
}

function parseMatch(value: unknown): FaultMatch | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) throw new Error("match must be an object");
  const match: FaultMatch = {};
  if (value.service !== undefined) {
    if (value.service !== "keyvault" && value.service !== "appconfig" && value.service !== "arm") throw new Error("match.service must be keyvault, appconfig or arm");
    match.service = value.service;
  }
  for (const field of ["name", "method", "path"] as const) {
    const entry = value[field];
    if (entry === undefined) continue;
    if (typeof entry !== "string") throw new Error(`match.${field} must be a string`);
    match[field] = entry;
  }
  return match;
}

export function parseFaultRule(value: unknown): FaultRule {
  if (!isRecord(value)) throw new Error("a fault rule must be an object");
  const count = optionalCount(value.count, "count");
  const match = parseMatch(value.match);
  switch (value.kind) {
    case "throttle":
      return { kind: "throttle", count, retryAfterSeconds: value.retryAfterSeconds === null ? null : (optionalSeconds(value.retryAfterSeconds, "retryAfterSeconds") ?? 1), match };
    case "serverError": {
      const status = value.status ?? 500;
      if (typeof status !== "number" || !Number.isInteger(status) || status < 500 || status > 599) throw new Error("status must be a 5xx code");
      return { kind: "serverError", count, status, retryAfterSeconds: optionalSeconds(value.retryAfterSeconds, "retryAfterSeconds"), match };
    }
    case "dropConnection":
      return { kind: "dropConnection", count, match };
    case "dropResponse":
      return { kind: "dropResponse", count, match };
    case "latency": {
      const ms = optionalSeconds(value.ms, "ms");
      if (ms === undefined) throw new Error("latency needs ms");
      return { kind: "latency", ms, count, match };
    }
    case "emptyListPage":
      return { kind: "emptyListPage", count, match };
    default:
      throw new Error("kind must be throttle, serverError, dropConnection, dropResponse, latency or emptyListPage");
  }
}

function parseAccessRule(value: unknown): AccessRule {
  if (!isRecord(value)) throw new Error("an access rule must be an object");
  const { level } = value;
  if (level !== "full" && level !== "read-only" && level !== "none" && level !== "firewall") throw new Error("access level must be full, read-only, none or firewall");
  return { level, match: parseMatch(value.match) };
}

export function parseFaultCommand(value: unknown): FaultCommand {
  if (!isRecord(value)) throw new Error("the fault command must be a JSON object");
  const known = new Set(["reset", "add", "consistencyLagMs", "access"]);
  const unknown = Object.keys(value).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`unknown field(s): ${unknown.join(", ")}`);
  if (value.reset !== undefined && typeof value.reset !== "boolean") throw new Error("reset must be a boolean");
  if (value.add !== undefined && !Array.isArray(value.add)) throw new Error("add must be an array of rules");
  if (value.access !== undefined && !Array.isArray(value.access)) throw new Error("access must be an array of access rules");
  return {
    reset: value.reset,
    add: (value.add as unknown[] | undefined)?.map(parseFaultRule),
    consistencyLagMs: optionalSeconds(value.consistencyLagMs, "consistencyLagMs"),
    access: (value.access as unknown[] | undefined)?.map(parseAccessRule),
  };
}
