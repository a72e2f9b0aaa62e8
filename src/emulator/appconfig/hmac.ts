// Verifies App Configuration's HMAC-SHA256 request signature the way the service does
// (learn.microsoft.com/azure/azure-app-configuration/rest-api-authentication-hmac):
//   Authorization: HMAC-SHA256 Credential=<id>&SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=<sig>
//   string-to-sign = METHOD \n path-and-query \n value-of-each-signed-header joined by ";"
//   sig = base64(HMAC-SHA256(base64decode(secret), string-to-sign))
// The path and query are the raw request target: the SDK signs its final URL (query names
// lower-cased and sorted by its queryParamPolicy), which is exactly what arrives.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { AccessKey } from "../state";

export interface SignedRequest {
  method: string;
  rawTarget: string;
  header(name: string): string | undefined;
}

export type HmacVerdict = { ok: true; key: AccessKey } | { ok: false; description: string };

/** The service accepts a date up to 15 minutes from its clock. */
const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

function parseAuthorization(value: string): Map<string, string> | undefined {
  const match = /^HMAC-SHA256\s+(.+)$/i.exec(value.trim());
  if (!match?.[1]) return undefined;
  const parts = new Map<string, string>();
  for (const part of match[1].split("&")) {
    const separator = part.indexOf("=");
    if (separator <= 0) return undefined;
    parts.set(part.slice(0, separator).trim().toLowerCase(), part.slice(separator + 1).trim());
  }
  return parts;
}

function equalBase64(a: string, b: string): boolean {
  const left = Buffer.from(a, "base64");
  const right = Buffer.from(b, "base64");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

export function isHmacAuthorization(value: string | undefined): boolean {
  return value !== undefined && /^HMAC-SHA256\s/i.test(value.trim());
}

export function verifyHmac(request: SignedRequest, body: Buffer, keys: readonly AccessKey[], nowMs: number): HmacVerdict {
  const parts = parseAuthorization(request.header("authorization") ?? "");
  const credential = parts?.get("credential");
  const signedHeaders = parts?.get("signedheaders");
  const signature = parts?.get("signature");
  if (!credential || !signedHeaders || !signature) return { ok: false, description: "Invalid Authorization header" };

  const key = keys.find((candidate) => candidate.id === credential);
  if (!key) return { ok: false, description: "Invalid Credential" };

  const headerNames = signedHeaders.toLowerCase().split(";");
  for (const required of ["host", "x-ms-content-sha256"]) {
    if (!headerNames.includes(required)) return { ok: false, description: `Signed request header '${required}' is not provided` };
  }
  if (!headerNames.includes("x-ms-date") && !headerNames.includes("date")) return { ok: false, description: "Signed request header 'x-ms-date' is not provided" };
  const values: string[] = [];
  for (const name of headerNames) {
    const value = request.header(name);
    if (value === undefined) return { ok: false, description: `Signed request header '${name}' is not provided` };
    values.push(value);
  }

  const date = Date.parse(request.header("x-ms-date") ?? request.header("date") ?? "");
  if (!Number.isFinite(date) || Math.abs(nowMs - date) > MAX_CLOCK_SKEW_MS) return { ok: false, description: "The access token has expired" };

  const contentHash = createHash("sha256").update(body).digest("base64");
  if (request.header("x-ms-content-sha256") !== contentHash) return { ok: false, description: "Invalid content hash" };

  const stringToSign = `${request.method}\n${request.rawTarget}\n${values.join(";")}`;
  const expected = createHmac("sha256", Buffer.from(key.secret, "base64")).update(stringToSign, "utf8").digest("base64");
  if (!equalBase64(signature, expected)) return { ok: false, description: "Invalid Signature" };
  return { ok: true, key };
}
