import type { PatternRule } from "./types";

/** Signed tokens recognisable by their structure rather than a vendor prefix. */

const DOCS = "https://learn.microsoft.com/azure/key-vault/secrets/secrets-best-practices";

function decodeBase64Url(segment: string): string | undefined {
  try {
    const base64 = segment.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
    return atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

function isJsonObject(text: string | undefined): boolean {
  if (!text) return false;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** jwt.io's sample claims: the token every tutorial copies. An example, not a credential. */
const SAMPLE_CLAIMS = /"sub"\s*:\s*"1234567890"|"name"\s*:\s*"John Doe"/;

/** A JWT's header and payload are base64url JSON objects; the header names an algorithm or type. */
function isJwt(value: string): boolean {
  const [header, payload] = value.split(".");
  const headerJson = decodeBase64Url(header ?? "");
  const payloadJson = decodeBase64Url(payload ?? "");
  return isJsonObject(headerJson) && /"(?:alg|typ|kid)"/.test(headerJson ?? "") && isJsonObject(payloadJson) && !SAMPLE_CLAIMS.test(payloadJson ?? "");
}

export const TOKEN_RULES: readonly PatternRule[] = [
  {
    id: "jwt/token",
    title: "JSON Web Token",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    keywords: ["eyj", "ewog"],
    // header.payload[.signature]; an unsigned token (alg none) is still a bearer credential.
    pattern: /(?<![A-Za-z0-9_-])(?<value>e[wy][A-Za-z0-9_-]{10,2000}={0,2}\.e[wy][A-Za-z0-9_-]{10,8000}={0,2}(?:\.[A-Za-z0-9_-]{0,2000})?)(?![A-Za-z0-9_-])/dg,
    reject: (value) => !isJwt(value),
  },
];
