// What goes wrong, for the in-memory fakes: the same conditions the emulator's fault controller
// injects (latency, 429 with Retry-After, dropped connections, a read-only or role-less caller),
// ridden out or not exactly as the SDK's retry policy would. A fake under a condition throws the
// same AzureError the SDK-backed store throws against the emulator, so one contract suite holds both.
import { setTimeout as sleep } from "node:timers/promises";
import { DEFAULT_RETRY, type RetrySettings } from "../connection";
import { cancelledError, forbiddenError, networkError, retryAfterTooLongError, throttledError, type AzureOperation } from "../errors";

/** Who the caller is: every role, a reader (Secrets User, Data Reader) or no role at all. */
export type SimulatedAccess = "full" | "read-only" | "none";

export class SimulatedConditions {
  private access: SimulatedAccess = "full";
  private throttles: { remaining: number; retryAfterMs: number }[] = [];
  private drops = 0;
  private latencies: { remaining: number; ms: number }[] = [];
  private readonly retry: Required<RetrySettings>;

  constructor(retry: RetrySettings = {}) {
    this.retry = { ...DEFAULT_RETRY, ...retry };
  }

  setAccess(access: SimulatedAccess): void {
    this.access = access;
  }

  /** The next `count` requests get 429 with Retry-After. */
  throttle(count: number, retryAfterSeconds: number): void {
    this.throttles.push({ remaining: count, retryAfterMs: retryAfterSeconds * 1000 });
  }

  /** The next `count` requests lose their connection before any response. */
  dropConnections(count: number): void {
    this.drops += count;
  }

  /** The next `count` requests wait `ms` first. */
  latency(ms: number, count = 1): void {
    this.latencies.push({ remaining: count, ms });
  }

  reset(): void {
    this.access = "full";
    this.throttles = [];
    this.drops = 0;
    this.latencies = [];
  }

  /** Runs before every operation: waits, retries or throws as the real client would. */
  async before(operation: AzureOperation, signal: AbortSignal | undefined): Promise<void> {
    let waitedMs = 0;
    for (let attempt = 0; ; attempt++) {
      await this.wait(this.takeLatency(), operation, signal);
      const throttle = this.throttles.find((candidate) => candidate.remaining > 0);
      if (throttle) {
        throttle.remaining--;
        if (attempt >= this.retry.maxRetries) throw throttledError(operation, throttle.retryAfterMs);
        // As connection.ts's retryAfterLimitPolicy: no wait longer than maxRetryAfterMs in all.
        waitedMs += throttle.retryAfterMs;
        if (waitedMs > this.retry.maxRetryAfterMs) throw retryAfterTooLongError(operation, 429, throttle.retryAfterMs);
        await this.wait(throttle.retryAfterMs, operation, signal);
        continue;
      }
      if (this.drops > 0) {
        this.drops--;
        if (attempt >= this.retry.maxRetries) throw networkError(operation, "ECONNRESET");
        await this.wait(Math.min(this.retry.retryDelayInMs * 2 ** attempt, this.retry.maxRetryDelayInMs), operation, signal);
        continue;
      }
      break;
    }
    if (this.access === "none" || (this.access === "read-only" && operation.access === "write")) {
      throw forbiddenError(operation, operation.service === "keyVault" ? "ForbiddenByRbac" : undefined);
    }
  }

  private takeLatency(): number {
    const active = this.latencies.find((candidate) => candidate.remaining > 0);
    if (!active) return 0;
    active.remaining--;
    return active.ms;
  }

  private async wait(ms: number, operation: AzureOperation, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) throw cancelledError(operation);
    if (ms <= 0) return;
    try {
      await sleep(ms, undefined, { signal });
    } catch {
      throw cancelledError(operation);
    }
  }
}
