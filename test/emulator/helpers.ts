// Wiring shared by the emulator conformance tests: the emulator in-process, and the real, unmodified
// SDK clients pointed at it. TLS verification stays on: each client trusts the emulator's CA through
// its own `tlsOptions: { ca }` (core-rest-pipeline's tlsPolicy), never through
// NODE_TLS_REJECT_UNAUTHORIZED or a global agent.
import { AppConfigurationClient } from "@azure/app-configuration";
import { AppConfigurationManagementClient } from "@azure/arm-appconfiguration";
import { KeyVaultManagementClient } from "@azure/arm-keyvault";
import { SubscriptionClient } from "@azure/arm-resources-subscriptions";
import { SecretClient } from "@azure/keyvault-secrets";
import * as https from "node:https";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator";

export interface TokenRequest {
  scopes: string | string[];
  tenantId?: string;
}

/** A TokenCredential that hands out a fake token (the emulator accepts any) and records each request. */
export function fakeCredential(): { getToken(scopes: string | string[], options?: { tenantId?: string }): Promise<{ token: string; expiresOnTimestamp: number }>; requests: TokenRequest[] } {
  const requests: TokenRequest[] = [];
  return {
    requests,
    getToken(scopes, options) {
      requests.push({ scopes, tenantId: options?.tenantId });
      return Promise.resolve({ token: "emulator-test-token", expiresOnTimestamp: Date.now() + 60 * 60 * 1000 });
    },
  };
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const lines: string[] = [];
  return startEmulator({ log: (line) => lines.push(line), ...options });
}

/** Options every SDK client gets: trust the emulator CA, and retry fast so fault tests stay quick. */
export function clientOptions(emulator: RunningEmulator) {
  return { tlsOptions: { ca: emulator.caCertPem }, retryOptions: { retryDelayInMs: 20, maxRetryDelayInMs: 200 } };
}

/**
 * A SecretClient on one emulated vault. `disableChallengeResourceVerification` is the SDK's own
 * option for vault hosts outside *.vault.azure.net: the challenge still names https://vault.azure.net.
 */
export function secretClient(emulator: RunningEmulator, vault: string, credential = fakeCredential()): SecretClient {
  const url = emulator.info.vaults[vault];
  if (!url) throw new Error(`no vault ${vault}`);
  return new SecretClient(url, credential, { ...clientOptions(emulator), disableChallengeResourceVerification: true });
}

export type AppConfigAuth = "connection-string" | "read-only-connection-string" | "token";

export function appConfigClient(emulator: RunningEmulator, store: string, auth: AppConfigAuth = "connection-string"): AppConfigurationClient {
  const info = emulator.info.appConfig[store];
  if (!info) throw new Error(`no store ${store}`);
  const options = clientOptions(emulator);
  if (auth === "token") return new AppConfigurationClient(info.endpoint, fakeCredential(), options);
  return new AppConfigurationClient(auth === "connection-string" ? info.connectionString : info.readOnlyConnectionString, options);
}

export function armClients(emulator: RunningEmulator, credential = fakeCredential()) {
  const { arm, subscriptionId } = emulator.info;
  const options = { ...clientOptions(emulator), endpoint: arm };
  return {
    keyVault: new KeyVaultManagementClient(credential, subscriptionId, options),
    appConfig: new AppConfigurationManagementClient(credential, subscriptionId, options),
    subscriptions: new SubscriptionClient(credential, options),
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A plain HTTPS request to the emulator, for wire details the SDKs hide. */
export function rawRequest(emulator: RunningEmulator, url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method: init.method ?? "GET", headers: init.headers, ca: emulator.caCertPem }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end(init.body);
  });
}

/** Collects an async iterable (the SDKs' paged lists). */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** The HTTP status of a rejected SDK call (RestError.statusCode), or a failure if it resolved. */
export async function statusOf(promise: Promise<unknown>): Promise<{ statusCode?: number; code?: string; details?: unknown; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { statusCode?: number; code?: string; details?: unknown; message: string };
  }
  throw new Error("expected the call to fail");
}
