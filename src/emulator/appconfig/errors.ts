// App Configuration's error responses. Recorded: 404 and 403 have empty bodies; a locked key is a
// 409 problem+json (with the service's own "Modifing" typo). 401 carries WWW-Authenticate; its
// exact descriptions were not recorded, nor the body of a 413 (a key-value over the size limit).
import type { ErrorReply } from "../server";
import { CONTENT_TYPES } from "./wire";

export class AppConfigError extends Error {
  constructor(readonly reply: ErrorReply) {
    super(`App Configuration error ${reply.status}`);
  }
}

function problem(status: number, fields: Record<string, unknown>, headers: Record<string, string> = {}): ErrorReply {
  return { status, body: { ...fields, status }, contentType: CONTENT_TYPES.problem, headers };
}

export const appConfigErrors = {
  notFound: (): AppConfigError => new AppConfigError({ status: 404 }),
  forbidden: (): AppConfigError => new AppConfigError({ status: 403 }),
  preconditionFailed: (): AppConfigError => new AppConfigError({ status: 412 }),
  methodNotAllowed: (): AppConfigError => new AppConfigError({ status: 405 }),
  keyLocked(key: string): AppConfigError {
    return new AppConfigError(
      problem(409, {
        type: "https://azconfig.io/errors/key-locked",
        title: `Modifing key '${key}' is not allowed`,
        name: key,
        detail: "The key is read-only. To allow modification unlock it first.",
      }),
    );
  },
  /**
   * A key-value over the documented 10,000 characters. The service's exact body was not recorded:
   * problem+json as its other errors are, with the standard title for 413 (RFC 9457 `about:blank`).
   */
  tooLarge(characters: number, limit: number): AppConfigError {
    return new AppConfigError(
      problem(413, { type: "about:blank", title: "Payload Too Large", detail: `The key-value has ${characters} characters (key, label, value, content type and tags); at most ${limit} are allowed.` }),
    );
  },
  invalidArgument(name: string, detail: string): AppConfigError {
    return new AppConfigError(problem(400, { type: "https://azconfig.io/errors/invalid-argument", title: `Invalid request parameter '${name}'`, name, detail }));
  },
  unauthorized(description?: string): ErrorReply {
    return {
      status: 401,
      headers: { "WWW-Authenticate": description === undefined ? "HMAC-SHA256, Bearer" : `HMAC-SHA256 error="invalid_token", error_description="${description}"` },
    };
  },
  throttled(retryAfterSeconds: number | undefined): ErrorReply {
    // The service answers in milliseconds too; the SDK reads retry-after-ms first.
    return problem(
      429,
      { type: "https://azconfig.io/errors/too-many-requests", title: "Resource utilization has surpassed the assigned quota", policy: "Total Requests" },
      retryAfterSeconds === undefined
        ? {}
        : { "Retry-After": String(retryAfterSeconds), "retry-after-ms": String(retryAfterSeconds * 1000), "x-ms-retry-after-ms": String(retryAfterSeconds * 1000) },
    );
  },
  serverError(status: number, retryAfterSeconds?: number): ErrorReply {
    const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { "Retry-After": String(retryAfterSeconds) };
    return problem(status, { type: "https://azconfig.io/errors/internal-server-error", title: "The service encountered an internal error" }, headers);
  },
};
