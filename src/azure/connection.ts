// How the SDK clients are built: credential, retries, and, for the user-enabled local emulator
// only, its CA. Trust and credentials are decided per client from the checked endpoint, never
// process-wide: a loopback client trusts the emulator's CA and gets a fixed fake token, so a
// real Azure token can never reach a local port; an Azure client uses the system's trust store
// and the user's credential.
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import type { PipelinePolicy, PipelineRequest } from "@azure/core-rest-pipeline";
import { AzureError, RetryAfterTooLong, retryAfterMsOf } from "./errors";
import { sameEndpoint, type AcceptedEndpoint } from "./endpoints";

/**
 * The SDKs' retry policy: exponential back-off for 5xx and dropped connections, Retry-After for
 * 429/503; and ours (retryAfterLimitPolicy): a limit on Retry-After, back-off for a bare 429.
 */
export interface RetrySettings {
  readonly maxRetries?: number;
  readonly retryDelayInMs?: number;
  readonly maxRetryDelayInMs?: number;
  /**
   * The longest one call waits for Retry-After in all. The SDK waits whatever a 429 or 503 asks
   * (an hour, with no feedback); a call that would wait longer than this fails at once instead,
   * saying how long the service asked for (retryAfterLimitPolicy).
   */
  readonly maxRetryAfterMs?: number;
}

/**
 * Defaults of core-rest-pipeline, written out so the fakes retry exactly as often, and our limit
 * on Retry-After: half a minute under a progress notification is as long as anyone waits.
 */
export const DEFAULT_RETRY: Required<RetrySettings> = { maxRetries: 3, retryDelayInMs: 1000, maxRetryDelayInMs: 64_000, maxRetryAfterMs: 30_000 };

/** The local emulator, as the user enabled it. */
export interface LocalEmulatorTrust {
  /** PEM of the emulator's CA: trusted for loopback connections only, and only per client. */
  readonly caCertPem: string;
  /** Origins the running emulator announced. A loopback endpoint outside them is refused. */
  readonly endpoints?: readonly string[];
  /**
   * What names the info file these came from, for advice: the editor's setting, or the
   * environment variable the CLI reads.
   */
  readonly infoFileNamedBy?: string;
}

export interface AzureConnection {
  /** The user's Azure credential. Never used for loopback endpoints. */
  readonly credential: TokenCredential;
  readonly retry?: RetrySettings;
  /** Present only when the user enabled the local emulator (a user-level setting). */
  readonly localEmulator?: LocalEmulatorTrust;
  /** Polling interval of delete and recover; the SDK's default is 2 s. */
  readonly pollIntervalMs?: number;
}

/**
 * What the emulator accepts as a bearer token. It is a fixed string, not a secret: the emulator
 * reads no token, and using this one for loopback keeps the user's real tokens off local ports.
 */
export const LOCAL_EMULATOR_CREDENTIAL: TokenCredential = {
  getToken(): Promise<AccessToken> {
    return Promise.resolve({ token: "secret-hygiene-local-emulator", expiresOnTimestamp: Date.now() + 60 * 60 * 1000 });
  },
};

export function retrySettings(connection: AzureConnection): Required<RetrySettings> {
  return { ...DEFAULT_RETRY, ...connection.retry };
}

/**
 * The throttling rules the SDK's retry policy leaves out, on every attempt (perRetry, after the
 * retry policy, so it sees each 429/503 as the policy will):
 * - a call whose Retry-After waits would add up to more than `maxRetryAfterMs` stops, by throwing
 *   RetryAfterTooLong where core-rest-pipeline's throttling strategy would sleep;
 * - a 429 without Retry-After, which core-rest-pipeline does not retry at all, is retried here with
 *   exponential back-off (1, 2, 4 s with the defaults), as Microsoft's Key Vault throttling
 *   guidance asks. These retries count with the SDK's against `maxRetries`, and their waits with
 *   Retry-After's against `maxRetryAfterMs`; past either, the call ends as throttled.
 * Short Retry-After waits, back-off on 5xx and the last attempt's error are left to the SDK.
 * (A retry made here resends the request as signed for the attempt: within half a minute, well
 * inside the lifetime of a token or of App Configuration's HMAC signature.)
 */
export function retryAfterLimitPolicy(settings: Required<RetrySettings>): PipelinePolicy {
  // The retry policy sends the same request object on every attempt.
  const calls = new WeakMap<PipelineRequest, { sdkAttempts: number; ownRetries: number; waitedMs: number }>();
  return {
    name: "secretHygieneRetryAfterLimit",
    async sendRequest(request, next) {
      let response = await next(request);
      // Key Vault answers a client's first request with a 401 challenge, and the challenge policy
      // sends the same request again with a token: that is no attempt the retry policy counts.
      if (response.status === 401) return response;
      const call = calls.get(request) ?? { sdkAttempts: 0, ownRetries: 0, waitedMs: 0 };
      calls.set(request, call);
      // The retry policy's own count of attempts: past maxRetries, this is its last.
      call.sdkAttempts++;
      const retriesSoFar = () => call.sdkAttempts - 1 + call.ownRetries;
      while (response.status === 429 && retryAfterMsOf(response.headers) === undefined && retriesSoFar() < settings.maxRetries) {
        const backOffMs = Math.min(settings.retryDelayInMs * 2 ** retriesSoFar(), settings.maxRetryDelayInMs);
        if (call.waitedMs + backOffMs > settings.maxRetryAfterMs) break;
        call.waitedMs += backOffMs;
        await sleep(backOffMs, request.abortSignal);
        call.ownRetries++;
        response = await next(request);
      }
      if (response.status !== 429 && response.status !== 503) return response;
      const retryAfterMs = retryAfterMsOf(response.headers);
      // No Retry-After: the SDK backs off exponentially (503) or gives up (429). On its last attempt it does not wait.
      if (retryAfterMs === undefined || call.sdkAttempts > settings.maxRetries) return response;
      call.waitedMs += retryAfterMs;
      // Within the limit, and retries left once ours are counted: the SDK waits and tries again.
      if (call.waitedMs <= settings.maxRetryAfterMs && retriesSoFar() < settings.maxRetries) return response;
      // Not a RestError, so the retry policy passes it through instead of retrying.
      throw new RetryAfterTooLong(response.status, retryAfterMs);
    },
  };
}

/** Waits `ms`, or rejects with an AbortError (read as `cancelled`) when the call is cancelled first. */
export function sleep(ms: number, signal: PipelineRequest["abortSignal"]): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(Object.assign(new Error("The operation was aborted."), { name: "AbortError" }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", aborted);
      resolve();
    }, ms);
    if (signal?.aborted) aborted();
    else signal?.addEventListener("abort", aborted, { once: true });
  });
}

/** Retries and the Retry-After limit, for every SDK client's options. */
export function pipelineOptions(connection: AzureConnection): { retryOptions: RetrySettings; additionalPolicies: { policy: PipelinePolicy; position: "perRetry" }[] } {
  const settings = retrySettings(connection);
  const { maxRetries, retryDelayInMs, maxRetryDelayInMs } = settings;
  return { retryOptions: { maxRetries, retryDelayInMs, maxRetryDelayInMs }, additionalPolicies: [{ policy: retryAfterLimitPolicy(settings), position: "perRetry" }] };
}

/** The options common to every SDK client for `endpoint`, and the credential to give it. */
export function clientSetup(endpoint: AcceptedEndpoint, connection: AzureConnection) {
  const pipeline = pipelineOptions(connection);
  if (!endpoint.loopback) return { credential: connection.credential, options: pipeline };
  const emulator = connection.localEmulator;
  if (!emulator) throw new AzureError("endpointRefused", `${endpoint.url} is a local address, allowed only with the local emulator enabled in your user settings.`);
  if (emulator.endpoints && !emulator.endpoints.some((announced) => sameEndpoint(announced, endpoint.url))) {
    throw new AzureError("endpointRefused", `The running local emulator does not serve ${endpoint.url}: start it (npm start) or check ${emulator.infoFileNamedBy ?? "which info file names the emulator"}.`);
  }
  return { credential: LOCAL_EMULATOR_CREDENTIAL, options: { ...pipeline, tlsOptions: { ca: emulator.caCertPem } } };
}
