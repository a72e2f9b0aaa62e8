import { tryAtob } from "../base64";
import type { PatternRule } from "./types";

/**
 * Private keys: PEM blocks (also inside JSON strings with escaped newlines, or split over
 * concatenated string literals), base64-encoded PEM files, bare DER keys in base64, .NET XML
 * keys, BIND's DNSSEC and TSIG key files, WireGuard and PuTTY keys. The whole block is the secret: it is stored as one value.
 */

const DOCS = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates";

/** What is between a block's BEGIN and END lines. */
function pemBody(block: string): string {
  return block.replace(/^-----BEGIN[^-]*-----/, "").replace(/-----END[^-]*-----$/, "");
}

/** A body's characters once escapes, quotes, concatenation and headers are taken out. */
function keyCharacters(body: string): string {
  return body
    .replace(/\\[rn]/g, "\n")
    .replace(/^[A-Za-z-]+:.*$/gm, "") // Proc-Type, DEK-Info, Comment headers
    .replace(/[^A-Za-z0-9+/=]/g, "");
}

/**
 * A doc sample, not a key: a body of a few characters (`…-----\nanything\n-----END…`), AWS's
 * EXAMPLE written into it (no encoder writes that word by chance), or no run of 40 base64
 * characters: code between an armour line and a later END (a table of armour lines:
 * `asn1_type(<<"-----BEGIN RSA PRIVATE KEY-----">>) -> …`), where a key's lines are 64 characters,
 * however they are quoted, escaped or joined.
 */
function isNoPemKey(block: string): boolean {
  const body = pemBody(block);
  // (`MIIEpQIBAAKCAQEAuyf/…ieR.`: a key cut short in documentation, with an ellipsis.)
  // (An RSA key of 512 bits, the smallest anyone made, takes some 450 characters. Scanners' own
  // test keys are often cut to a few lines, and are reported; under 100 is a quotation's excerpt.)
  const characters = keyCharacters(body);
  return characters.length < 32 || (block.includes("RSA PRIVATE KEY") && characters.length < 100) || block.includes("EXAMPLE") || !/[A-Za-z0-9+/]{40}/.test(body) || /…|\.\.\./.test(body) || isPgpKeyOfReservedDomain(block) || repeatsItsOpening(characters);
}

/**
 * A body whose first 24 key characters come again later in it: one made-up line typed over and
 * over in documentation. Encoded key material never repeats a run that long.
 */
function repeatsItsOpening(characters: string): boolean {
  return characters.length >= 48 && characters.indexOf(characters.slice(0, 24), 24) !== -1;
}

/** An OpenPGP armour header line (`Comment: <alice@example.org>`), up to the blank line before the body. */
const ARMOUR_HEADER = /^(?:Comment|Version|Hash|Charset|MessageID):[^\r\n]{0,300}$/gm;
const EMAIL = /[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){0,8})/g;
/** Domains reserved for documentation and tests (RFC 2606): nobody has a real address there. (Not `localhost`: `user@localhost` is a real local mailbox.) */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid)$/i;
/**
 * A PGP key whose armour names its owners, all at reserved domains (`Comment: <alice@example.org>`,
 * as sequoia's and GnuPG's test keyrings do): a test key, made for a test suite.
 */
function isPgpKeyOfReservedDomain(block: string): boolean {
  if (!block.includes("PGP PRIVATE KEY BLOCK")) return false;
  // (The armour's headers end at the blank line before the body.)
  const blank = block.search(/\r?\n\r?\n/);
  const headers = (blank === -1 ? block : block.slice(0, blank)).match(ARMOUR_HEADER)?.join("\n") ?? "";
  const domains = [...headers.matchAll(EMAIL)].map((match) => match[1]!);
  return domains.length > 0 && domains.every((domain) => RESERVED_DOMAIN.test(domain));
}

function decodesToPrivateKeyPem(value: string): boolean {
  return /PRIVATE KEY/.test(tryAtob(value.slice(0, 120).replace(/=+$/, "").slice(0, 96)) ?? "");
}

export const PRIVATE_KEY_RULES: readonly PatternRule[] = [
  {
    id: "private-key/pem",
    title: "Private key",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    keywords: ["private key"],
    scope: "text",
    // BEGIN … END of any private-key type (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP … BLOCK), with
    // at most 20,000 characters between: the longest real keys (RSA 8192 in PEM) fit. The body
    // holds no other BEGIN: an armour line in code (`startswith("-----BEGIN RSA PRIVATE KEY-----")`)
    // does not swallow a real key after it up to that key's END. (One fixed lookahead a character.)
    pattern: /-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:(?!-----BEGIN)[\s\S]){0,20000}?-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----/dg,
    reject: isNoPemKey,
  },
  {
    id: "private-key/pem-base64",
    title: "Private key (base64-encoded PEM)",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    keywords: ["ls0tls1crudjt"],
    pattern: /(?<![A-Za-z0-9+/])(?<value>LS0tLS1CRUdJTi[A-Za-z0-9+/]{100,20000}={0,2})(?![A-Za-z0-9+/=])/dg,
    reject: (value) => !decodesToPrivateKeyPem(value),
  },
  {
    id: "private-key/der-base64",
    title: "Private key (base64 DER without PEM armour)",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    keywords: ["ibaa", "mhccaqee", "ibadanbgkqhkig9w0baqefaa"],
    // RSAPrivateKey (SEQUENCE, version 0, modulus), PKCS#8 with the RSA OID, and SEC1 EC keys:
    // fixed DER prefixes, so the shape alone is evidence. (Not one cut short with an ellipsis, or
    // ending a sentence, in documentation.)
    pattern: /(?<![A-Za-z0-9+/])(?<value>(?:MII[A-Za-z0-9+/]{2}[gQ]IBAA[JKo]|MII[A-Za-z0-9+/]{2}[gQ]IBADANBgkqhkiG9w0BAQEFAA|MHcCAQEEI)[A-Za-z0-9+/]{40,})(?![A-Za-z0-9+/]|…|\.\.\.|\.\s)/dg,
  },
  {
    id: "private-key/xml",
    title: "Private key (.NET XML)",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    keywords: ["rsakeyvalue", "dsakeyvalue"],
    scope: "text",
    // What .NET's ToXmlString(true) writes and FromXmlString reads. The private parameter (<D> for
    // RSA, <X> for DSA) makes it a private key; without it, it is a public key and no secret.
    pattern: /<RSAKeyValue>[\s\S]{0,20000}?<\/RSAKeyValue>|<DSAKeyValue>[\s\S]{0,20000}?<\/DSAKeyValue>/dg,
    reject: (value) => !/<(?:D|X)>\s*[A-Za-z0-9+/]{16,}={0,2}\s*<\/(?:D|X)>/.test(value),
  },
  {
    id: "private-key/wireguard",
    title: "WireGuard private key",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    keywords: ["privatekey", "presharedkey"],
    pattern: /(?:Private|Preshared)Key\s{0,5}=\s{0,5}(?<value>[A-Za-z0-9+/]{42,43}=)(?![A-Za-z0-9+/=])/dgi,
  },
  {
    id: "private-key/openvpn-static",
    title: "OpenVPN static key (tls-auth, tls-crypt, secret)",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    keywords: ["openvpn static key"],
    scope: "text",
    // What `openvpn --genkey` writes (`ta.key`, or inline in a profile's `<tls-crypt>`): 2,048 bits
    // in hex, 16 lines of 32 digits. Whoever has it passes the server's first check of every packet.
    pattern: /-----BEGIN OpenVPN Static key V1-----(?<value>(?:\s{1,4}[0-9a-fA-F]{32}){16})\s{1,4}-----END OpenVPN Static key V1-----/dg,
  },
  {
    id: "private-key/putty",
    title: "PuTTY private key",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    keywords: ["private-lines:"],
    scope: "text",
    pattern: /Private-Lines: \d{1,3}\r?\n(?<value>(?:[A-Za-z0-9+/=]{1,64}\r?\n){1,200})/dg,
  },
];

/**
 * BIND's key files, a rule of their own so that it can run before the Azure rules: an RSA key's
 * parameters and an HMAC-SHA512 key are 64 bytes of base64 each, an Azure account key's shape,
 * and the file is one key, reported whole.
 */
/** One key line of a BIND key file: a field's name and its base64 value, not a timing line's date. */
const KEY_FILE_FIELD = String.raw`(?!(?:Created|Publish|Activate|Inactive|Delete|Revoke|SyncPublish|SyncDelete|Successor|Predecessor):)[A-Za-z][A-Za-z0-9]{0,30}:[ \t]*[A-Za-z0-9+/]{2,2000}={0,2}(?=\r?\n|$)`;

export const KEY_FILE_FORMAT_RULES: readonly PatternRule[] = [
  {
    id: "private-key/dnssec",
    title: "DNSSEC or TSIG private key (BIND key file)",
    kind: "secret",
    docsUrl: DOCS,
    structured: true,
    keywords: ["private-key-format:"],
    scope: "text",
    // What `dnssec-keygen` and `tsig-keygen -a` write to `K<zone>.+<alg>+<id>.private`: a format
    // line, an algorithm line, then one `Field: base64` line each (an RSA key's Modulus …
    // Coefficient, an ECDSA or EdDSA key's PrivateKey, an HMAC key's Key and Bits), then the key's
    // timing (`Created: 20000101000000`), which is not the secret. The key's lines are the value.
    // Each repetition starts at a line break, so the runs cannot overlap.
    pattern: new RegExp(`^Private-key-format: v1\\.\\d{1,2}\\r?\\nAlgorithm:[^\\r\\n]{0,100}\\r?\\n(?<value>${KEY_FILE_FIELD}(?:\\r?\\n${KEY_FILE_FIELD}){0,19})`, "dgm"),
    // A manual's sample that leaves the key material out is no key.
    reject: (value) => !/:[ \t]*[A-Za-z0-9+/]{16,}/.test(value),
  },
];
