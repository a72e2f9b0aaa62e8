// ARM's error envelope, `{"error":{"code","message"}}`, with recorded codes and wording where we
// have them (ResourceNotFound, MissingApiVersionParameter); the others follow the same envelope.
import type { ErrorReply } from "../server";

export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toReply(): ErrorReply {
    return { status: this.status, body: { error: { code: this.code, message: this.message } }, headers: this.headers };
  }
}

export const armErrors = {
  unauthorized(tenantId: string): ErrorReply {
    return new ArmError(401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing.", {
      "WWW-Authenticate": `Bearer authorization_uri="https://login.microsoftonline.com/${tenantId}", error="invalid_token", error_description="The authentication failed because of missing 'Authorization' header."`,
    }).toReply();
  },
  missingApiVersion: (): ArmError => new ArmError(400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests."),
  /**
   * Recorded (Azure/azure-cli#27239): "The api-version '2023-02-01' is invalid. The supported
   * versions are '2023-07-01,…'." (newest first). For a provider's resource type the service may
   * answer NoRegisteredProviderFound instead, with the same status.
   */
  invalidApiVersion: (version: string, supported: readonly string[]): ArmError =>
    new ArmError(400, "InvalidApiVersionParameter", `The api-version '${version}' is invalid. The supported versions are '${[...supported].reverse().join(",")}'.`),
  subscriptionNotFound: (id: string): ArmError => new ArmError(404, "SubscriptionNotFound", `The subscription '${id}' could not be found.`),
  resourceGroupNotFound: (name: string): ArmError => new ArmError(404, "ResourceGroupNotFound", `Resource group '${name}' could not be found.`),
  resourceNotFound(type: string, name: string, resourceGroup: string): ArmError {
    return new ArmError(
      404,
      "ResourceNotFound",
      `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    );
  },
  noRoute: (path: string): ArmError => new ArmError(404, "NotFound", `The emulator does not implement '${path}'.`),
  methodNotAllowed: (method: string): ArmError => new ArmError(405, "MethodNotAllowed", `The HTTP method '${method}' is not supported here.`),
  badRequest: (message: string): ArmError => new ArmError(400, "BadRequest", message),
  authorizationFailed(action: string, scope: string): ArmError {
    const zero = "00000000-0000-0000-0000-000000000000";
    return new ArmError(
      403,
      "AuthorizationFailed",
      `The client '${zero}' with object id '${zero}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    );
  },
  throttled(retryAfterSeconds: number | undefined): ErrorReply {
    const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { "Retry-After": String(retryAfterSeconds) };
    const when = retryAfterSeconds === undefined ? "later" : `after '${retryAfterSeconds}' seconds`;
    return new ArmError(429, "TooManyRequests", `The request is being throttled. Please try again ${when}.`, headers).toReply();
  },
  serverError(status: number, retryAfterSeconds?: number): ErrorReply {
    const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { "Retry-After": String(retryAfterSeconds) };
    return new ArmError(status, "InternalServerError", "Encountered internal server error. Please try again later.", headers).toReply();
  },
};
