import { SECRETS_GUIDE } from "./docs";
import { createHmac } from "node:crypto";
import { decodeBase64Url } from "../base64";
import { ScanMemo } from "../scan-memo";
import type { PatternRule } from "./types";

/** Signed tokens recognisable by their structure rather than a vendor prefix. */

const DOCS = SECRETS_GUIDE;

function isJsonObject(text: string | undefined): boolean {
  if (!text) return false;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/**
 * Sample claims: jwt.io's (the token every tutorial copies), PyJWT's documentation's
 * (`{"some": "payload"}`), RFC 7519's example (`"http://example.com/is_root": true`), and the
 * metasyntactic `"foo": "bar"` of test suites. Examples, not credentials.
 */
const SAMPLE_CLAIMS = /"sub"\s*:\s*"1234567890"|"name"\s*:\s*"John Doe"|^\{\s*"some"\s*:\s*"payload"\s*\}$|"http:\/\/example\.com\/is_root"|"foo"\s*:\s*"ba[rz]"/;

/**
 * The keys jwt.io's debugger has filled in over the years: a token whose HMAC verifies with one of
 * them was made in the debugger, as a sample. (Not `secret`: apps in development really sign with
 * it, and such a token still opens that app.)
 */
const PUBLISHED_HMAC_KEYS = ["a-string-secret-at-least-256-bits-long", "your-256-bit-secret", "your-384-bit-secret", "your-512-bit-secret"];
const HMAC_HASHES: Readonly<Record<string, string>> = { HS256: "sha256", HS384: "sha384", HS512: "sha512" };

function isSignedWithKeyAmong(keys: readonly string[], header: string, payload: string, signature: string | undefined, headerJson: string): boolean {
  const hash = HMAC_HASHES[/"alg"\s*:\s*"(HS\d{3})"/.exec(headerJson)?.[1] ?? ""];
  if (!hash || !signature) return false;
  const wanted = signature.replace(/=+$/, "");
  return keys.some((key) => createHmac(hash, key).update(`${header}.${payload}`).digest("base64url") === wanted);
}

/**
 * The keys tests sign their own tokens with: a placeholder word (`secret`, `test`, `changeme`),
 * or such a word after a test's or a sample's qualifier (`test-secret`, `jwt_secret`,
 * `my-secret-key`), with `-`, `_` or nothing between. About 150 HMACs, once per token, and only for
 * a token in a test that every other test let through.
 */
const TEST_KEY_WORDS = ["secret", "key", "secret-key", "signing-key"];
const TEST_KEY_QUALIFIERS = ["test", "testing", "unit-test", "integration-test", "e2e", "jwt", "my", "super", "dev", "fake", "dummy", "mock"];
const TEST_HMAC_KEYS = [
  ...new Set(
    [
      ...["test", "testing", "changeme", "password", "foobar", "shhhhh", "keyboard cat", "s3cr3t", "secret123", "topsecret"],
      ...TEST_KEY_WORDS,
      ...TEST_KEY_QUALIFIERS.flatMap((qualifier) => TEST_KEY_WORDS.map((word) => `${qualifier}-${word}`)),
    ].flatMap((key) => [key, key.replace(/-/g, "_"), key.replace(/-/g, "")]),
  ),
];

/**
 * A token a test made for itself: unsigned (`alg: none`), or signed with a key only a test would
 * use. In a test it is the fixture's input, as a password that reads as a word is there (see
 * scan.ts); anywhere else it is still reported, since an app that signs with `secret` accepts it.
 */
function judgeTestFixtureJwt(value: string): boolean {
  const [header, payload, signature] = value.split(".");
  const headerJson = decodeBase64Url(header ?? "") ?? "";
  if (/"alg"\s*:\s*"none"/i.test(headerJson)) return true;
  return isSignedWithKeyAmong(TEST_HMAC_KEYS, header ?? "", payload ?? "", signature, headerJson);
}
const testFixtureVerdicts = new ScanMemo(judgeTestFixtureJwt);

/** Whether a JWT (the whole value) is unsigned or signed with a test's key: see judgeTestFixtureJwt. */
export function isTestFixtureJwt(value: string): boolean {
  return /^e[wy][\w-]{10,}={0,2}\.e[wy][\w-]{10,}={0,2}(?:\.[\w-]*)?$/.test(value) && testFixtureVerdicts.get(value);
}

/** HS256's signature, 32 bytes in base64url: no JWS algorithm signs in fewer. */
const MIN_SIGNATURE_LENGTH = 43;

/** A JWT's header and payload are base64url JSON objects; the header names an algorithm or type. */
function judgeJwt(value: string): "token" | "sample" | "not-a-jwt" {
  const [header, payload, signature] = value.split(".");
  const headerJson = decodeBase64Url(header ?? "");
  const payloadJson = decodeBase64Url(payload ?? "");
  if (!isJsonObject(headerJson) || !/"(?:alg|typ|kid)"/.test(headerJson ?? "") || !isJsonObject(payloadJson)) return "not-a-jwt";
  // A signature shorter than the shortest any algorithm makes (HS256's 32 bytes, 43 characters) is
  // documentation's stand-in (`.xxx`, `.signature`). An unsigned token has none at all, and is a token.
  if (signature !== undefined && signature.length > 0 && signature.length < MIN_SIGNATURE_LENGTH) return "sample";
  return SAMPLE_CLAIMS.test(payloadJson ?? "") || isSignedWithKeyAmong(PUBLISHED_HMAC_KEYS, header!, payload!, signature, headerJson!) || PUBLIC_CLIENT_CLAIMS.test(payloadJson ?? "") ? "sample" : "token";
}

/**
 * A Supabase project's anon key: a JWT that says `"role":"anon"`, made to be shipped in web and
 * mobile clients (row-level security decides what it may do). Its `service_role` key is a secret.
 */
const PUBLIC_CLIENT_CLAIMS = /^(?=[^]*"iss"\s*:\s*"supabase[^"]*")(?=[^]*"role"\s*:\s*"anon")/;

/** A token is judged by its own rule and again by the generic rule when a name holds it. */
const jwtVerdicts = new ScanMemo(judgeJwt);

function isJwt(value: string): boolean {
  return jwtVerdicts.get(value) === "token";
}

/** A well-formed JWT that is a tutorial's or the jwt.io debugger's sample: no rule should report it. */
export function isSampleJwt(value: string): boolean {
  return /^e[wy][\w-]{10,}={0,2}\.e[wy][\w-]{10,}={0,2}(?:\.[\w-]*)?$/.test(value) && jwtVerdicts.get(value) === "sample";
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
