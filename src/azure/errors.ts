// One small error type for everything that can go wrong talking to Azure, with a message a user can
// act on. SDK errors (RestError, identity's credential errors, AbortError) are translated here and
// dropped: a RestError keeps the request, whose body holds the secret value of a setSecret, so
// neither it nor its message is ever kept, logged or shown. Messages name vaults, stores, secret
// names, roles and status codes; never a value.
import { isRestError } from "@azure/core-rest-pipeline";
import { SECRET_NAME_PATTERN } from "../engine/key-vault-names";
import { isEmulatorResource } from "./loopback";

export type AzureErrorKind =
  | "signedOut"
  | "expiredSignIn"
  | "forbidden"
  | "notFound"
  | "conflictDeleted"
  /** A conditional write found the item changed (or created) by someone else since it was read. */
  | "changedMeanwhile"
  | "throttled"
  | "network"
  | "cancelled"
  | "endpointRefused"
  | "other";

export type AzureService = "keyVault" | "appConfiguration" | "arm";

/** What an operation needs: reading, or changing. Decides the role a 403 message names. */
export type AccessNeeded = "read" | "write";

/** What was being done when an error happened, for the message. Names only, never values. */
export interface AzureOperation {
  readonly service: AzureService;
  /** The vault, store or subscription as the user knows it (its name or URL). */
  readonly resource: string;
  /** The object, such as "secret 'db-password'" or "setting 'Orders:Url' (label 'prod')". */
  readonly subject?: string;
  readonly access: AccessNeeded;
  /**
   * The secret permissions an access policy must grant for this operation, as the portal lists
   * them ("Backup", "Purge"), when they are not the usual ones for its access (Get and List to
   * read; Set, Delete, Recover and Purge to change).
   */
  readonly permissions?: string;
  /**
   * The local emulator's `host:port`, when the resource is one of its own (named as the user knows
   * it, such as `orders-dev`): a refused connection there means the emulator stopped.
   */
  readonly emulatorHost?: string;
}

export interface AzureErrorDetails {
  readonly service?: AzureService;
  readonly statusCode?: number;
  /** The service's error code (`Forbidden`, `SecretNotFound`) or the socket error (`ECONNRESET`). */
  readonly code?: string;
  /** Key Vault's inner error code (`ForbiddenByRbac`, `ObjectIsDeletedButRecoverable`). */
  readonly innerCode?: string;
  /** How long the service asked us to wait (from Retry-After), for throttling. */
  readonly retryAfterMs?: number;
  /** The Azure role that would allow the operation, for `forbidden`. */
  readonly requiredRole?: string;
}

export class AzureError extends Error {
  override readonly name = "AzureError";

  constructor(
    readonly kind: AzureErrorKind,
    message: string,
    readonly details: AzureErrorDetails = {},
  ) {
    super(message);
  }
}

export function isAzureError(error: unknown, kind?: AzureErrorKind): error is AzureError {
  return error instanceof AzureError && (kind === undefined || error.kind === kind);
}

/** The built-in roles that grant data-plane access, as the portal names them. */
export const REQUIRED_ROLES: Record<AzureService, Record<AccessNeeded, string>> = {
  keyVault: { read: "Key Vault Secrets User", write: "Key Vault Secrets Officer" },
  appConfiguration: { read: "App Configuration Data Reader", write: "App Configuration Data Owner" },
  arm: { read: "Reader", write: "Contributor" },
};

const SERVICE_NAMES: Record<AzureService, string> = {
  keyVault: "Key Vault",
  appConfiguration: "App Configuration store",
  arm: "Azure subscription",
};

function where(operation: AzureOperation): string {
  return `${SERVICE_NAMES[operation.service]} '${operation.resource}'`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Builders shared by the SDK translation below and the in-memory fakes, so both say the same thing.

/** Key Vault's 403 inner codes that mean "no role": the role message is for these (and for none). */
const MISSING_ROLE_CODES = new Set([undefined, "ForbiddenByRbac"]);

/**
 * @param serviceReason the first line of the service's own message, shown for an inner code this
 * does not know (a policy's or a private link's refusal, say), instead of a role it may not need.
 */
export function forbiddenError(operation: AzureOperation, innerCode?: string, serviceReason?: string): AzureError {
  const role = REQUIRED_ROLES[operation.service][operation.access];
  const details = { service: operation.service, statusCode: 403, code: "Forbidden", innerCode, requiredRole: role };
  const place = where(operation);
  if (innerCode === "ForbiddenByFirewall") {
    return new AzureError("forbidden", `${place} refused the request from your network (firewall). Add your address to the vault's networking rules or connect from an allowed network.`, {
      ...details,
      requiredRole: undefined,
    });
  }
  if (innerCode === "SecretDisabled") {
    return new AzureError("forbidden", `${upperFirst(operation.subject ?? "the secret")} in ${place} is disabled: enable it to read it.`, { ...details, requiredRole: undefined });
  }
  if (innerCode === "SecretManagedByKeyVault") {
    return new AzureError(
      "forbidden",
      `${upperFirst(operation.subject ?? "the secret")} in ${place} belongs to a certificate: Key Vault manages it, so it cannot be changed or deleted on its own. Renew, import or delete the certificate instead.`,
      { ...details, requiredRole: undefined },
    );
  }
  if (innerCode === "AccessDenied") {
    const permissions = operation.permissions ?? (operation.access === "read" ? "Get and List" : "Set, Delete, Recover and Purge");
    return new AzureError(
      "forbidden",
      `${place} uses access policies, and yours does not allow this: ask for the secret permission${/,| and /.test(permissions) ? "s" : ""} ${permissions} in its access policy (or, with Azure RBAC, the '${role}' role).`,
      details,
    );
  }
  if (!MISSING_ROLE_CODES.has(innerCode)) {
    return new AzureError("forbidden", `${place} refused the request (403 ${innerCode})${serviceReason ? `: ${serviceReason}` : "."}`, { ...details, requiredRole: undefined });
  }
  const what =
    operation.service === "arm"
      ? operation.access === "read"
        ? `list resources in ${place}`
        : `change ${operation.subject ?? "resources"} in ${place}`
      : operation.access === "read"
        ? `read from ${place}`
        : `change ${operation.service === "keyVault" ? "secrets" : "settings"} in ${place}`;
  return new AzureError("forbidden", `You are not allowed to ${what}: your account needs the '${role}' role on it. Role assignments take a few minutes to apply.`, details);
}

export function notFoundError(operation: AzureOperation): AzureError {
  const message = operation.service === "arm" ? `${where(operation)} was not found, or your account cannot see it.` : `${where(operation)} has no ${operation.subject ?? "such item"}.`;
  return new AzureError("notFound", message, { service: operation.service, statusCode: 404 });
}

/** 412 to a conditional write: someone else wrote the item after we read it. */
export function changedMeanwhileError(operation: AzureOperation): AzureError {
  return new AzureError("changedMeanwhile", `${upperFirst(operation.subject ?? "the item")} in ${where(operation)} was written by someone else after it was read, so it was left as it is. Reload it, then retry.`, {
    service: operation.service,
    statusCode: 412,
  });
}

export function conflictDeletedError(operation: AzureOperation, innerCode = "ObjectIsDeletedButRecoverable"): AzureError {
  const subject = upperFirst(operation.subject ?? "this name");
  const message =
    innerCode === "ObjectIsBeingDeleted"
      ? `${subject} in ${where(operation)} is still being deleted: retry in a few seconds.`
      : `${subject} in ${where(operation)} was deleted and is kept for recovery (soft delete): recover it, or purge it to reuse the name.`;
  return new AzureError("conflictDeleted", message, { service: operation.service, statusCode: 409, code: "Conflict", innerCode });
}

/**
 * Key Vault's 409 while a recover of the secret is still being carried out: neither a set nor a
 * purge can go ahead until it is live again. Not "conflictDeleted": there is nothing left to recover.
 */
export function beingRecoveredError(operation: AzureOperation): AzureError {
  return new AzureError("other", `${upperFirst(operation.subject ?? "this secret")} in ${where(operation)} is being recovered right now, so it is no longer deleted: retry in a few seconds.`, {
    service: operation.service,
    statusCode: 409,
    code: "Conflict",
    innerCode: "ObjectIsBeingRecovered",
  });
}

/** A Key Vault 409 that names no state of the secret (not deleted, not being deleted): "already exists", unless found otherwise. */
export function isUnexplainedConflict(error: AzureError): boolean {
  return error.kind === "other" && error.details.service === "keyVault" && error.details.statusCode === 409 && error.details.innerCode === undefined;
}

/**
 * Key Vault's 409 to a set or restore of a name that is neither live nor soft-deleted: it was
 * purged moments ago, and Key Vault keeps the name for a few seconds more
 * (Azure/azure-sdk-for-net#26027). Not "already exists": the secret exists nowhere.
 */
export function purgedNameNotReleasedError(operation: AzureOperation): AzureError {
  return new AzureError("other", `${upperFirst(operation.subject ?? "this name")} in ${where(operation)} was purged moments ago, and Key Vault is still releasing the name: retry in a few seconds.`, {
    service: operation.service,
    statusCode: 409,
    code: "Conflict",
  });
}

/** App Configuration's 409: the setting is locked (read-only). */
export function lockedSettingError(operation: AzureOperation): AzureError {
  return new AzureError("other", `${upperFirst(operation.subject ?? "the setting")} in ${where(operation)} is read-only (locked): unlock it first.`, {
    service: operation.service,
    statusCode: 409,
  });
}

export function throttledError(operation: AzureOperation, retryAfterMs?: number): AzureError {
  const wait = retryAfterMs === undefined ? "" : ` Wait about ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s, then retry.`;
  return new AzureError("throttled", `${where(operation)} is throttling requests (429 Too Many Requests), and still was after retrying.${wait}`, {
    service: operation.service,
    statusCode: 429,
    retryAfterMs,
  });
}

/** "45 s", "60 minutes", "3 hours": how long a service asked us to wait. */
function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 120 ? `${minutes} minutes` : `${Math.ceil(minutes / 60)} hours`;
}

/**
 * A 429 (or 503) whose Retry-After asks for a longer wait than a call may take (RetrySettings'
 * maxRetryAfterMs): the call stops at once instead of showing a progress notification for an hour.
 */
export function retryAfterTooLongError(operation: AzureOperation, statusCode: number, retryAfterMs: number): AzureError {
  const wait = describeWait(retryAfterMs);
  const state = statusCode === 429 ? "is throttling requests (429 Too Many Requests)" : `is unavailable (${statusCode})`;
  return new AzureError(statusCode === 429 ? "throttled" : "other", `${where(operation)} ${state} and asked to wait ${wait} before the next one: try again in about ${wait}.`, {
    service: operation.service,
    statusCode,
    retryAfterMs,
  });
}

/**
 * Thrown from the SDK's pipeline (connection.ts) in place of a Retry-After wait longer than allowed;
 * toAzureError turns it into retryAfterTooLongError. It holds no request or response.
 */
export class RetryAfterTooLong extends Error {
  override readonly name = "RetryAfterTooLong";

  constructor(
    readonly statusCode: number,
    readonly retryAfterMs: number,
  ) {
    super(`The service answered ${statusCode} and asked to wait ${describeWait(retryAfterMs)}.`);
  }
}

const TLS_CODES = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);
const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "ECONNABORTED", "REQUEST_SEND_ERROR"]);

export function isNetworkCode(code: string): boolean {
  return NETWORK_CODES.has(code);
}

export function networkError(operation: AzureOperation, code: string): AzureError {
  const place = where(operation);
  // Nothing listens on the emulator's port: it was stopped, or its info file is left from an
  // earlier run. Network, proxy and VPN have nothing to do with it.
  const emulatorHost = operation.emulatorHost ?? (isEmulatorResource(operation.resource) ? operation.resource : undefined);
  const message = code === "ECONNREFUSED" && emulatorHost
    ? `The local emulator is not running on ${emulatorHost} (${code}): start it again ('npm start', or 'node dist/emulator.js' with its --info-file), then retry.`
    : TLS_CODES.has(code)
    ? `The TLS certificate of ${place} is not trusted (${code}). If a proxy inspects TLS, add its CA (NODE_EXTRA_CA_CERTS); for the local emulator, check its info file.`
    : code === "ENOTFOUND" || code === "EAI_AGAIN"
      ? `The host of ${place} does not resolve (${code}): check the URL, your network and DNS.`
      : `Could not reach ${place} (${code}): check your network connection, proxy or VPN, then retry.`;
  return new AzureError("network", message, { service: operation.service, code });
}

export function cancelledError(operation: AzureOperation): AzureError {
  return new AzureError("cancelled", `The request to ${where(operation)} was cancelled.`, { service: operation.service });
}

export function signedOutError(detail?: string): AzureError {
  const reason = detail ? ` (${detail})` : "";
  return new AzureError("signedOut", `You are not signed in to Azure${reason}. Sign in, then retry.`);
}

export function expiredSignInError(detail?: string): AzureError {
  const reason = detail ? ` (${detail})` : "";
  return new AzureError("expiredSignIn", `Your Azure sign-in has expired or was revoked${reason}. Sign in again, then retry.`);
}

/** Microsoft's sign-in service could not be reached to sign in or renew the sign-in (offline, say). */
export function signInUnreachableError(code?: string): AzureError {
  const reason = code ? ` (${code})` : "";
  return new AzureError("network", `Could not reach Microsoft's sign-in service${reason}: check your network connection, proxy or VPN, then retry.`, { code });
}

// Translation of what the SDKs throw.

/** Microsoft Entra error codes that mean "sign in again" (refresh token expired, revoked, password changed). */
const EXPIRED_SIGN_IN = /AADSTS(?:700082|50173|70043|50133|700084|50078|50076)\b/;

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

/** identity's AzureCliCredential when `az` is not on the PATH ("Azure CLI could not be found. Please visit …"). */
const AZURE_CLI_MISSING = /Azure CLI could not be found/i;

function isExpiredSignIn(message: string): boolean {
  return EXPIRED_SIGN_IN.test(message) || /expired/i.test(message);
}

/**
 * identity's CredentialUnavailableError / AuthenticationRequiredError / AuthenticationError as an
 * AzureError. AzureCliCredential reports every failure of `az` as CredentialUnavailableError,
 * an expired refresh token (AADSTS700082) and a missing CLI included, so those are told apart by
 * their text before "not signed in".
 */
export function fromCredentialError(error: Error): AzureError | undefined {
  const aadCode = /AADSTS\d+/.exec(error.message)?.[0];
  const azLogin = /az login/i.test(error.message);
  if (error.name === "CredentialUnavailableError" || error.name === "AuthenticationRequiredError") {
    if (AZURE_CLI_MISSING.test(error.message)) {
      // Still `signedOut`: nothing works until the user can sign in, and callers treat it so.
      return new AzureError("signedOut", "The Azure CLI is not installed (or not on the PATH): install it (https://aka.ms/azure-cli), run 'az login', then retry.");
    }
    if (isExpiredSignIn(error.message)) return expiredSignInError([aadCode, azLogin ? "run 'az login'" : undefined].filter(Boolean).join("; ") || undefined);
    return signedOutError(azLogin ? "run 'az login'" : undefined);
  }
  if (error.name === "AuthenticationError" || error.name === "AggregateAuthenticationError") {
    if (isExpiredSignIn(error.message)) return expiredSignInError(aadCode);
    return signedOutError(aadCode);
  }
  return undefined;
}

/** How long a response asks to wait, read as core-rest-pipeline's throttling retry strategy reads it. */
export function retryAfterMsOf(headers: { get(name: string): string | undefined } | undefined): number | undefined {
  if (!headers) return undefined;
  for (const name of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    const value = Number(headers.get(name));
    if (headers.get(name) !== undefined && Number.isFinite(value)) return value;
  }
  const retryAfter = headers.get("retry-after");
  if (retryAfter === undefined) return undefined;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

interface ServiceErrorBody {
  error?: { code?: string; message?: string; innerError?: { code?: string } };
  title?: string;
  detail?: string;
}

function serviceErrorBody(details: unknown): ServiceErrorBody {
  return typeof details === "object" && details !== null ? details : {};
}

/**
 * The first line of a service's explanation (of a 400: a bad name or filter; of a 403 we have no
 * words of our own for). Those never echo a value; still cut short.
 */
function firstLineOf(body: ServiceErrorBody): string | undefined {
  const text = body.error?.message ?? [body.title, body.detail].filter(Boolean).join(": ");
  if (!text) return undefined;
  const firstLine = text.split(/\r?\n/)[0]!;
  return firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine;
}

const SECRET_NAMED_FIRST = new RegExp(`^Secret (${SECRET_NAME_PATTERN}) `);

/**
 * The secret a Key Vault 409 names: its messages start "Secret <name> …" ("…is currently in a
 * deleted but recoverable state…", the emulator's "…already exists."). Only a valid secret name is
 * taken from the text, never anything else of it.
 */
export function secretNamedInConflict(error: unknown): string | undefined {
  if (!isRestError(error) || error.statusCode !== 409) return undefined;
  return SECRET_NAMED_FIRST.exec(serviceErrorBody(error.details).error?.message ?? "")?.[1];
}

function fromHttpStatus(operation: AzureOperation, statusCode: number, code: string | undefined, body: ServiceErrorBody, retryAfterMs: number | undefined): AzureError {
  const innerCode = body.error?.innerError?.code;
  switch (statusCode) {
    case 401:
      // The SDKs answer the Key Vault challenge themselves: a 401 that reaches us is a rejected token.
      return new AzureError("expiredSignIn", `${where(operation)} did not accept your Azure sign-in (it may have expired, or belong to another tenant). Sign in again, then retry.`, {
        service: operation.service,
        statusCode,
        code,
      });
    case 403:
      if (operation.service === "keyVault" && /purge protection/i.test(body.error?.message ?? "")) {
        return new AzureError("forbidden", `${where(operation)} has purge protection: deleted secrets are purged automatically when their retention period ends.`, {
          service: operation.service,
          statusCode,
          code,
        });
      }
      return forbiddenError(operation, innerCode, firstLineOf(body));
    case 404:
      return notFoundError(operation);
    case 409:
      if (innerCode === "ObjectIsDeletedButRecoverable" || innerCode === "ObjectIsBeingDeleted") return conflictDeletedError(operation, innerCode);
      if (innerCode === "ObjectIsBeingRecovered") return beingRecoveredError(operation);
      if (operation.service === "appConfiguration") return lockedSettingError(operation);
      return new AzureError("other", `${upperFirst(operation.subject ?? "the item")} already exists in ${where(operation)}.`, { service: operation.service, statusCode, code });
    case 412:
      return changedMeanwhileError(operation);
    case 413:
      if (operation.service === "appConfiguration") {
        return new AzureError("other", `${where(operation)} refused ${operation.subject ?? "the setting"} as too large (413): a key-value holds at most 10,000 characters, key, label, value and tags together.`, { service: operation.service, statusCode, code });
      }
      return new AzureError("other", `${where(operation)} refused the request as too large (413).`, { service: operation.service, statusCode, code });
    case 429:
      return throttledError(operation, retryAfterMs);
    default: {
      const reason = statusCode === 400 ? firstLineOf(body) : undefined;
      // A 5xx that outlasted the SDK's retries: the fault is the service's, and waiting is the remedy.
      const suffix = reason ? `: ${reason}` : statusCode >= 500 ? ": the service is having trouble; try again in a few minutes." : ".";
      return new AzureError("other", `${where(operation)} answered ${statusCode}${code ? ` (${code})` : ""}${suffix}`, { service: operation.service, statusCode, code, innerCode, retryAfterMs });
    }
  }
}

/**
 * Anything an SDK call threw, as an AzureError. The original error is not kept (see the top of
 * this file); only its status, codes and Retry-After survive.
 */
export function toAzureError(error: unknown, operation: AzureOperation): AzureError {
  if (error instanceof AzureError) return error;
  if (error instanceof RetryAfterTooLong) return retryAfterTooLongError(operation, error.statusCode, error.retryAfterMs);
  if (errorName(error) === "AbortError") return cancelledError(operation);
  if (error instanceof Error) {
    const credentialError = fromCredentialError(error);
    if (credentialError) return credentialError;
  }
  if (isRestError(error)) {
    if (error.statusCode !== undefined) {
      return fromHttpStatus(operation, error.statusCode, error.code, serviceErrorBody(error.details), retryAfterMsOf(error.response?.headers));
    }
    const code = error.code ?? "REQUEST_SEND_ERROR";
    if (NETWORK_CODES.has(code) || TLS_CODES.has(code)) return networkError(operation, code);
    return new AzureError("other", `The request to ${where(operation)} failed (${code}).`, { service: operation.service, code });
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && (NETWORK_CODES.has(code) || TLS_CODES.has(code))) return networkError(operation, code);
  return new AzureError("other", `The request to ${where(operation)} failed unexpectedly (${errorName(error) ?? typeof error}).`, { service: operation.service });
}
