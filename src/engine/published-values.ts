import { decodeEscapes } from "./escapes";

/**
 * Values published on purpose, so that anyone may use or copy them. Whatever rule sees one, and
 * under whatever name, it is not anybody's secret. Matched whole and exactly: a value that only
 * resembles one of these is judged like any other.
 */

/** The Azurite (`devstoreaccount1`) and Cosmos DB emulator keys, the same on every machine. */
const EMULATOR_KEYS = new Set([
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
  "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
]);

/**
 * The example values of specifications: the OAuth and OpenID Connect credentials, RFC 4122's UUID,
 * the WebSocket GUID, HTTP Basic's pair, scrypt's test password, the one-time password secrets.
 * Libraries that implement them quote these in docstrings and tests (oauthlib alone holds a dozen),
 * and tutorials copy them.
 */
const SPECIFICATION_EXAMPLES = new Set([
  // RFC 6749 (OAuth 2.0): client credentials, in Basic form too, code, tokens, password grant.
  "s6BhdRkqt3",
  "7Fjfp0ZBr1KtDRbnfVdmIw",
  "gX1fBat3bV",
  "czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3",
  "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
  "SplxlOBeZQQYbYS6WxSbIA",
  "2YotnFZFEjr1zCsicMWpAA",
  "tGzv3JOkF0XG5Qx2TlKWIA",
  "A3ddj3w",
  // RFC 6749 §7.1 and RFC 6750 (bearer tokens); the MAC token example of the same section.
  "mF_9.B5f-4.1JqM",
  "h480djs93hd8",
  "kDZvddkndxvhGRXZhvuDjEWhGeE=",
  // OpenID Connect Core 1.0: the access and refresh tokens of its token responses.
  "SlAV32hkKG",
  "8xLOxBtZp8",
  // RFC 5849 (OAuth 1.0): client, temporary and token credentials, verifier.
  "dpf43f3p2l4k3l03",
  "kd94hf93k423kf44",
  "hh5s93j4hdidpola",
  "hdhd0244k9j7ao03",
  "hfdp7dh39dks9884",
  "nnch734d00sl2jdk",
  "pfkkdhi9sl3r4s00",
  "9djdj82h48djs9d2",
  "kkk9d7dh3k39sjv7",
  "j49sk3j29djd",
  "dh893hdasih9",
  "0685bd9184jfhq22",
  "ad180jjd733klru7",
  // RFC 4122's example UUID, quoted by every tutorial that needs one (AWS's client tokens among them).
  "550e8400-e29b-41d4-a716-446655440000",
  // RFC 6455's GUID, which every WebSocket server appends to the client's key: a constant of the protocol.
  "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
  "258eafa5-e914-47da-95ca-c5ab0dc85b11",
  // HTTP Basic's example credentials (RFC 7617, RFC 2617): `Aladdin:open sesame`.
  "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
  // RFC 7914's scrypt test vectors, quoted by every implementation's tests: the password.
  "pleaseletmein",
  // RFC 7520 (JOSE cookbook) §5.3's PBES2 password, with its two en dashes (JOSE libraries' tests
  // write it as UTF-8 escapes: see isPublishedValue).
  "entrap_o\u2013peter_long\u2013credit_tun",
]);

/**
 * One-time passwords' example secrets: Google Authenticator's key URI format's
 * (`otpauth://totp/…?secret=…`), and RFC 4226's test secret ("12345678901234567890") in base32.
 * Base32 is read in either case (authenticator apps and OTP libraries upper-case it), so these are
 * matched in either case too.
 */
const ONE_TIME_PASSWORD_EXAMPLES = new Set(["JBSWY3DPEHPK3PXP", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"]);

/**
 * Public demonstration credentials that vendors print in their documentation for everyone to use
 * against a public server: MinIO's `play.min.io` access key and secret key.
 */
const PUBLIC_DEMO_CREDENTIALS = new Set(["Q3AM3UQ867SPQQA43P2F", "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG"]);

/**
 * Keys that a vendor's own documentation printed for every reader, as AWS's `…EXAMPLE` keys are
 * (those are told by their suffix, see the AWS rules): Stripe's API reference showed this
 * test-mode key in its examples for years, and tutorials and SDK READMEs copy it.
 */
const DOCUMENTATION_KEYS = new Set(["sk_test_4eC39HqLyjWDarjtT1zdp7dc"]);

export function isEmulatorKey(value: string): boolean {
  return EMULATOR_KEYS.has(value);
}

export function isPublishedValue(value: string): boolean {
  return (
    EMULATOR_KEYS.has(value) ||
    SPECIFICATION_EXAMPLES.has(value) ||
    // (A literal's escapes read as the program reads them: `b'entrap_o\xe2\x80\x93…'`.)
    (value.includes("\\") && SPECIFICATION_EXAMPLES.has(decodeEscapes(value))) ||
    ONE_TIME_PASSWORD_EXAMPLES.has(value.toUpperCase()) ||
    PUBLIC_DEMO_CREDENTIALS.has(value) ||
    DOCUMENTATION_KEYS.has(value)
  );
}
