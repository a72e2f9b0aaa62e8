// How the SDK clients are built: credential, retries, and, for the user-enabled local emulator
// only, its CA. Trust and credentials are decided per client from the checked endpoint, never
// process-wide: a loopback client trusts the emulator's CA and gets a fixed fake token, so a
// real Azure token can never reach a local port; an Azure client uses the system's trust store
// and the user's credential.
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { AzureError } from "./errors";
import { sameEndpoint, type AcceptedEndpoint } from "./endpoints";

/** The SDKs' retry policy: exponential back-off for 5xx and dropped connections, Retry-After for 429/503. */
export interface RetrySettings {
  readonly maxRetries?: number;
  readonly retryDelayInMs?: number;
  readonly maxRetryDelayInMs?: number;
}

/** Defaults of core-rest-pipeline, written out so the fakes retry exactly as often. */
export const DEFAULT_RETRY: Required<RetrySettings> = { maxRetries: 3, retryDelayInMs: 1000, maxRetryDelayInMs: 64_000 };

/** The local emulator, as the user enabled it. */
export interface LocalEmulatorTrust {
  /** PEM of the emulator's CA: trusted for loopback connections only, and only per client. */
  readonly caCertPem: string;
  /** Origins the running emulator announced. A loopback endpoint outside them is refused. */
  readonly endpoints?: readonly string[];
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

/** The options common to every SDK client for `endpoint`, and the credential to give it. */
export function clientSetup(endpoint: AcceptedEndpoint, connection: AzureConnection) {
  const retryOptions = retrySettings(connection);
  if (!endpoint.loopback) return { credential: connection.credential, options: { retryOptions } };
  const emulator = connection.localEmulator;
  if (!emulator) throw new AzureError("endpointRefused", `${endpoint.url} is a local address, allowed only with the local emulator enabled in your user settings.`);
  if (emulator.endpoints && !emulator.endpoints.some((announced) => sameEndpoint(announced, endpoint.url))) {
    throw new AzureError("endpointRefused", `The running local emulator does not serve ${endpoint.url}: start it (npm start) or check secretHygiene.localEmulator.infoFile.`);
  }
  return { credential: LOCAL_EMULATOR_CREDENTIAL, options: { retryOptions, tlsOptions: { ca: emulator.caCertPem } } };
}
