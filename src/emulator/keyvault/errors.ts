// Key Vault's error responses: `{"error":{"code","message","innererror":{"code"}}}`, with the
// codes and wording of real-service recordings where we have them (see docs/azure-wire-protocol.md
// §2). Where the wording was not recorded, the comment says so.
import type { ErrorReply } from "../server";

export class KeyVaultError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly innerCode?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toReply(): ErrorReply {
    const error: Record<string, unknown> = { code: this.code, message: this.message };
    if (this.innerCode) error.innererror = { code: this.innerCode };
    return { status: this.status, body: { error }, headers: this.headers };
  }
}

const notFoundHelp =
  "If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182";

/** What a caller looks like in 403 messages. The emulator does not read tokens, so the ids are zeros. */
const CALLER = "appid=00000000-0000-0000-0000-000000000000;oid=00000000-0000-0000-0000-000000000000";

export interface VaultIdentity {
  name: string;
  location: string;
  subscriptionId: string;
  tenantId: string;
  resourceGroup: string;
}

export const keyVaultErrors = {
  /** The challenge. Recorded header and body; the tenant is the emulator's. */
  unauthorized(tenantId: string): ErrorReply {
    return {
      status: 401,
      headers: { "WWW-Authenticate": `Bearer authorization="https://login.microsoftonline.com/${tenantId}", resource="https://vault.azure.net"` },
      body: { error: { code: "Unauthorized", message: "AKV10000: Request is missing a Bearer, PoP, or MTLS_POP token." } },
    };
  },
  secretNotFound(id: string): KeyVaultError {
    return new KeyVaultError(404, "SecretNotFound", `A secret with (name/id) ${id} was not found in this key vault. ${notFoundHelp}`);
  },
  deletedSecretNotFound(name: string): KeyVaultError {
    return new KeyVaultError(404, "SecretNotFound", `Deleted Secret not found: ${name}`);
  },
  deletedButRecoverable(name: string): KeyVaultError {
    return new KeyVaultError(
      409,
      "Conflict",
      `Secret ${name} is currently in a deleted but recoverable state, and its name cannot be reused; in this state, the secret can only be recovered or purged.`,
      "ObjectIsDeletedButRecoverable",
    );
  },
  beingDeleted(name: string): KeyVaultError {
    return new KeyVaultError(409, "Conflict", `Secret ${name} is currently being deleted and cannot be re-created; retry later.`, "ObjectIsBeingDeleted");
  },
  /**
   * While a recover is still being carried out. Recorded for a set (hashicorp/terraform-provider-azurerm#12285,
   * "…cannot be re-created; retry later."); the purge's wording is not recorded.
   */
  beingRecovered(name: string, operation: "set" | "purge"): KeyVaultError {
    const refused = operation === "set" ? "re-created" : "purged";
    return new KeyVaultError(409, "Conflict", `Secret ${name} is currently being recovered and cannot be ${refused}; retry later.`, "ObjectIsBeingRecovered");
  },
  /**
   * A set or restore of a name purged moments ago (Azure/azure-sdk-for-net#26027: 409 Conflict,
   * "the secret still exists", for 1–5 s). Wording and inner code not recorded: none is sent, so
   * clients cannot lean on one.
   */
  beingPurged(name: string): KeyVaultError {
    return new KeyVaultError(409, "Conflict", `Secret ${name} is currently being purged and cannot be re-created; retry later.`);
  },
  /** Restore onto a live name. Wording not recorded. */
  alreadyExists(name: string): KeyVaultError {
    return new KeyVaultError(409, "Conflict", `Secret ${name} already exists.`);
  },
  disabled(operation: string): KeyVaultError {
    return new KeyVaultError(403, "Forbidden", `Operation ${operation} is not allowed on a disabled secret.`, "SecretDisabled");
  },
  /**
   * A certificate's secret (`managed`): the service refuses set and delete on it. Recorded for
   * delete (azure-sdk-for-js Key Vault recordings, 2020) and for set (a SetSecret failure quoted in
   * hashicorp/terraform-provider-azurerm#5659); newer services word it "…is associated with a
   * certificate", with the same codes.
   */
  managedByKeyVault(operation: "set" | "delete"): KeyVaultError {
    return new KeyVaultError(403, "Forbidden", `Operation "${operation}" is not allowed as this object's lifetime is managed by Key Vault.`, "SecretManagedByKeyVault");
  },
  /** Wording not recorded. */
  purgeProtected(name: string): KeyVaultError {
    return new KeyVaultError(
      403,
      "Forbidden",
      `Operation "purge" is not allowed on secret ${name} because purge protection is enabled for this vault. Key Vault service will automatically purge it after the retention period has passed.`,
    );
  },
  /** Bad names and bad bodies. Code recorded, wording not. */
  badParameter(message: string): KeyVaultError {
    return new KeyVaultError(400, "BadParameter", message);
  },
  /**
   * An api-version the service does not serve. Recorded (Azure/azure-sdk-for-python#28595,
   * Azure/azure-sdk-for-net#14789): "The specified version (7.3) is not recognized. Consider using
   * the latest supported version (7.1)."
   */
  unknownApiVersion(version: string, latest: string): KeyVaultError {
    return new KeyVaultError(400, "BadParameter", `The specified version (${version}) is not recognized. Consider using the latest supported version (${latest}).`);
  },
  /** Recorded for `PUT /secrets/` (empty name). */
  methodNotAllowed(method: string): KeyVaultError {
    return new KeyVaultError(405, "MethodNotAllowed", `HTTP ${method} not allowed`);
  },
  malformedBackup(): KeyVaultError {
    return new KeyVaultError(400, "Malformed backup blob", "Backup blob contains invalid or corrupt version.");
  },
  /** RBAC vault, no role for this data action (shape of real 403s; the ids are zeros). */
  forbiddenByRbac(vault: VaultIdentity, action: string, resourcePath: string): KeyVaultError {
    const message = [
      "Caller is not authorized to perform action on resource.",
      "If role assignments, deny assignments or role definitions were changed recently, please observe propagation time.",
      `Caller: ${CALLER};iss=https://sts.windows.net/${vault.tenantId}/`,
      `Action: '${action}'`,
      `Resource: '${`/subscriptions/${vault.subscriptionId}/resourcegroups/${vault.resourceGroup}/providers/microsoft.keyvault/vaults/${vault.name}${resourcePath}`.toLowerCase()}'`,
      "Assignment: (not found)",
      "DenyAssignmentId: null",
      "DecisionReason: null ",
      `Vault: ${vault.name};location=${vault.location}`,
      "",
    ].join("\r\n");
    return new KeyVaultError(403, "Forbidden", message, "ForbiddenByRbac");
  },
  /** Access-policy vault without the permission. */
  accessDenied(vault: VaultIdentity, permission: string): KeyVaultError {
    return new KeyVaultError(
      403,
      "Forbidden",
      `The user, group or application '${CALLER};iss=https://sts.windows.net/${vault.tenantId}/' does not have secrets ${permission} permission on key vault '${vault.name};location=${vault.location}'. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287`,
      "AccessDenied",
    );
  },
  forbiddenByFirewall(vault: VaultIdentity): KeyVaultError {
    return new KeyVaultError(
      403,
      "Forbidden",
      `Client address is not authorized and caller is not a trusted service.\r\nClient address: 127.0.0.1\r\nCaller: ${CALLER}\r\nVault: ${vault.name};location=${vault.location}\r\n`,
      "ForbiddenByFirewall",
    );
  },
  /** Wording not recorded; Retry-After is what the SDK's retry policy needs (a fault may leave it out). */
  throttled(retryAfterSeconds: number | undefined): ErrorReply {
    const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { "Retry-After": String(retryAfterSeconds) };
    return new KeyVaultError(429, "Throttled", "Request was not processed because too many requests were received. Reason: VaultRequestTypeLimitReached", undefined, headers).toReply();
  },
  serverError(status: number, retryAfterSeconds?: number): ErrorReply {
    const code = status === 503 ? "ServiceUnavailable" : "InternalServerError";
    const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { "Retry-After": String(retryAfterSeconds) };
    return new KeyVaultError(status, code, "The service encountered an internal error. Please try again later.", undefined, headers).toReply();
  },
};
