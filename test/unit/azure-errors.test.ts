// Translation of SDK errors into AzureError: the kind, a message that says what to do (naming the
// role for a 403), and nothing of the request, whose body can hold a secret value.
import { createHttpHeaders, createPipelineRequest, RestError } from "@azure/core-rest-pipeline";
import assert from "node:assert/strict";
import { inspect } from "node:util";
import { describe, test } from "node:test";
import { AzureError, toAzureError, type AzureOperation } from "../../src/azure";

const readSecret: AzureOperation = { service: "keyVault", resource: "orders-kv", subject: "secret 'db-password'", access: "read" };
const writeSecret: AzureOperation = { ...readSecret, access: "write" };
const writeSetting: AzureOperation = { service: "appConfiguration", resource: "orders-config", subject: "setting 'Db' (label 'prod')", access: "write" };

function restError(statusCode: number | undefined, options: { code?: string; details?: unknown; headers?: Record<string, string>; body?: string } = {}): RestError {
  const request = createPipelineRequest({ url: "https://orders-kv.vault.azure.net/secrets/db-password", method: "PUT", body: options.body });
  const response = statusCode === undefined ? undefined : { request, status: statusCode, headers: createHttpHeaders(options.headers) };
  const error = new RestError(`service said ${options.body ?? ""}`, { code: options.code, statusCode, request, response });
  error.details = options.details;
  return error;
}

const kvError = (code: string, innerCode?: string, message = "m") => ({ error: { code, message, ...(innerCode ? { innerError: { code: innerCode } } : {}) } });

describe("403: who needs which role", () => {
  test("RBAC: reading needs Key Vault Secrets User, writing Key Vault Secrets Officer", () => {
    const read = toAzureError(restError(403, { code: "Forbidden", details: kvError("Forbidden", "ForbiddenByRbac") }), readSecret);
    assert.equal(read.kind, "forbidden");
    assert.equal(read.details.requiredRole, "Key Vault Secrets User");
    assert.equal(read.message, "You are not allowed to read from Key Vault 'orders-kv': your account needs the 'Key Vault Secrets User' role on it. Role assignments take a few minutes to apply.");
    const write = toAzureError(restError(403, { details: kvError("Forbidden", "ForbiddenByRbac") }), writeSecret);
    assert.match(write.message, /change secrets in Key Vault 'orders-kv': your account needs the 'Key Vault Secrets Officer' role/);
  });

  test("App Configuration: Data Reader to read, Data Owner to write", () => {
    assert.equal(toAzureError(restError(403), writeSetting).details.requiredRole, "App Configuration Data Owner");
    assert.equal(toAzureError(restError(403), { ...writeSetting, access: "read" }).details.requiredRole, "App Configuration Data Reader");
  });

  test("access policies, firewall, a disabled secret and purge protection each say so", () => {
    assert.match(toAzureError(restError(403, { details: kvError("Forbidden", "AccessDenied") }), writeSecret).message, /uses access policies.*Set, Delete, Recover and Purge/);
    // An operation with permissions of its own names them, not the usual ones for its access.
    const backup = { ...writeSecret, permissions: "Backup" };
    assert.match(toAzureError(restError(403, { details: kvError("Forbidden", "AccessDenied") }), backup).message, /ask for the secret permission Backup in its access policy/);
    const firewall = toAzureError(restError(403, { details: kvError("Forbidden", "ForbiddenByFirewall") }), readSecret);
    assert.match(firewall.message, /firewall/);
    assert.equal(firewall.details.requiredRole, undefined);
    assert.match(toAzureError(restError(403, { details: kvError("Forbidden", "SecretDisabled") }), readSecret).message, /^Secret 'db-password' in Key Vault 'orders-kv' is disabled/);
    assert.match(toAzureError(restError(403, { details: kvError("Forbidden", undefined, "purge protection is enabled") }), writeSecret).message, /has purge protection/);
  });

  test("a certificate's secret says so: the caller has the role, the certificate owns the secret", () => {
    const managed = kvError("Forbidden", "SecretManagedByKeyVault", 'Operation "set" is not allowed as this object\'s lifetime is managed by Key Vault.');
    const error = toAzureError(restError(403, { code: "Forbidden", details: managed }), writeSecret);
    assert.equal(error.kind, "forbidden");
    assert.equal(error.message, "Secret 'db-password' in Key Vault 'orders-kv' belongs to a certificate: Key Vault manages it, so it cannot be changed or deleted on its own. Renew, import or delete the certificate instead.");
    assert.equal(error.details.requiredRole, undefined);
  });

  test("an inner code with no words of ours shows the service's first line, not a role", () => {
    const policy = kvError("Forbidden", "ForbiddenByPolicy", "Operation set is not allowed by a policy on this vault.\r\nPolicy: deny-secrets-without-expiry");
    const error = toAzureError(restError(403, { details: policy }), writeSecret);
    assert.equal(error.message, "Key Vault 'orders-kv' refused the request (403 ForbiddenByPolicy): Operation set is not allowed by a policy on this vault.");
    assert.equal(error.details.requiredRole, undefined);
    // No inner code at all is still the role's message (App Configuration, ARM, older vaults).
    assert.match(toAzureError(restError(403, { details: kvError("Forbidden") }), writeSecret).message, /needs the 'Key Vault Secrets Officer' role/);
  });

  test("ARM: listing needs Reader on the subscription", () => {
    const error = toAzureError(restError(403, { code: "AuthorizationFailed" }), { service: "arm", resource: "sub-1", access: "read" });
    assert.match(error.message, /list resources in Azure subscription 'sub-1': your account needs the 'Reader' role/);
  });
});

describe("other statuses", () => {
  test("401 after a token was sent is a sign-in to renew", () => {
    assert.equal(toAzureError(restError(401), readSecret).kind, "expiredSignIn");
  });

  test("404, 409 deleted, 409 being deleted, 409 locked, 412", () => {
    assert.equal(toAzureError(restError(404), readSecret).message, "Key Vault 'orders-kv' has no secret 'db-password'.");
    const deleted = toAzureError(restError(409, { details: kvError("Conflict", "ObjectIsDeletedButRecoverable") }), writeSecret);
    assert.equal(deleted.kind, "conflictDeleted");
    assert.match(deleted.message, /was deleted and is kept for recovery \(soft delete\): recover it, or purge it to reuse the name/);
    assert.match(toAzureError(restError(409, { details: kvError("Conflict", "ObjectIsBeingDeleted") }), writeSecret).message, /still being deleted/);
    assert.match(toAzureError(restError(409), writeSetting).message, /^Setting 'Db' \(label 'prod'\) in App Configuration store 'orders-config' is read-only \(locked\)/);
    const raced = toAzureError(restError(412), writeSetting);
    assert.equal(raced.kind, "changedMeanwhile");
    assert.match(raced.message, /^Setting 'Db' \(label 'prod'\) in App Configuration store 'orders-config' was written by someone else after it was read/);
  });

  test("413: App Configuration says what its size limit counts", () => {
    const tooLarge = toAzureError(restError(413, { details: { type: "about:blank", title: "Payload Too Large", status: 413 } }), writeSetting);
    assert.equal(tooLarge.message, "App Configuration store 'orders-config' refused setting 'Db' (label 'prod') as too large (413): a key-value holds at most 10,000 characters, key, label, value and tags together.");
    assert.equal(toAzureError(restError(413), writeSecret).message, "Key Vault 'orders-kv' refused the request as too large (413).");
  });

  test("429 keeps how long to wait, from any of the headers the services send", () => {
    assert.equal(toAzureError(restError(429, { headers: { "retry-after-ms": "1500" } }), readSecret).details.retryAfterMs, 1500);
    assert.equal(toAzureError(restError(429, { headers: { "x-ms-retry-after-ms": "250" } }), readSecret).details.retryAfterMs, 250);
    const seconds = toAzureError(restError(429, { headers: { "retry-after": "7" } }), readSecret);
    assert.equal(seconds.kind, "throttled");
    assert.equal(seconds.details.retryAfterMs, 7000);
    assert.match(seconds.message, /Wait about 7 s/);
    const date = toAzureError(restError(429, { headers: { "retry-after": new Date(Date.now() + 60_000).toUTCString() } }), readSecret).details.retryAfterMs ?? 0;
    assert.ok(date > 50_000 && date <= 60_000);
  });

  test("a 400 keeps the service's one-line reason; other statuses keep only codes", () => {
    const bad = toAzureError(restError(400, { code: "BadParameter", details: kvError("BadParameter", undefined, "The request URI contains an invalid name: a_b\r\nmore") }), writeSecret);
    assert.equal(bad.message, "Key Vault 'orders-kv' answered 400 (BadParameter): The request URI contains an invalid name: a_b");
    assert.equal(toAzureError(restError(500, { code: "InternalServerError", details: kvError("InternalServerError", undefined, "details") }), readSecret).message, "Key Vault 'orders-kv' answered 500 (InternalServerError): the service is having trouble; try again in a few minutes.");
  });
});

describe("no response", () => {
  test("socket errors are `network`, TLS errors say the certificate is not trusted", () => {
    assert.equal(toAzureError(restError(undefined, { code: "ECONNREFUSED" }), readSecret).kind, "network");
    assert.match(toAzureError(restError(undefined, { code: "ENOTFOUND" }), readSecret).message, /does not resolve/);
    assert.match(toAzureError(restError(undefined, { code: "SELF_SIGNED_CERT_IN_CHAIN" }), readSecret).message, /TLS certificate .* is not trusted/);
    assert.equal(toAzureError(Object.assign(new Error("reset"), { code: "ECONNRESET" }), readSecret).kind, "network");
  });

  test("a refused connection to the local emulator says it is not running, not to check the network", () => {
    const onEmulator = { ...readSecret, resource: "127.0.0.1:8443" };
    const error = toAzureError(restError(undefined, { code: "ECONNREFUSED" }), onEmulator);
    assert.equal(error.kind, "network");
    assert.equal(error.message, "The local emulator is not running on 127.0.0.1:8443 (ECONNREFUSED): start it again ('npm start', or 'node dist/emulator.js' with its --info-file), then retry.");
    assert.match(toAzureError(restError(undefined, { code: "ECONNREFUSED" }), { ...readSecret, resource: "[::1]:9" }).message, /^The local emulator is not running on \[::1\]:9/);
    // Azure's vaults (one may be named "localhost"), and other failures on the emulator, are the network's.
    assert.match(toAzureError(restError(undefined, { code: "ECONNREFUSED" }), { ...readSecret, resource: "localhost" }).message, /check your network connection/);
    assert.match(toAzureError(restError(undefined, { code: "ECONNRESET" }), onEmulator).message, /^Could not reach Key Vault '127\.0\.0\.1:8443' \(ECONNRESET\)/);
  });

  test("an AbortError is `cancelled`; an AzureError passes through unchanged", () => {
    const abort = new Error("aborted");
    abort.name = "AbortError";
    assert.equal(toAzureError(abort, readSecret).kind, "cancelled");
    const original = new AzureError("endpointRefused", "no");
    assert.equal(toAzureError(original, readSecret), original);
  });
});

describe("secret values never survive translation", () => {
  test("the request body of a failed set is not kept, however the error is printed", () => {
    const value = "unit-test-value-in-request-body";
    const error = toAzureError(restError(403, { body: JSON.stringify({ value }), details: kvError("Forbidden", "ForbiddenByRbac") }), writeSecret);
    for (const printed of [error.message, inspect(error, { depth: 20, showHidden: true }), JSON.stringify(error), String(error.stack)]) {
      assert.equal(printed.includes(value), false, printed);
    }
  });

  test("an unexpected error's own message (which could quote a response body) is not used", () => {
    const error = toAzureError(new SyntaxError("Unexpected token in JSON: {\"value\":\"unit-test-value-in-body\"}"), readSecret);
    assert.equal(error.kind, "other");
    assert.equal(error.message.includes("unit-test-value-in-body"), false);
    assert.match(error.message, /failed unexpectedly \(SyntaxError\)/);
  });
});
