/**
 * Redaction: the only form in which a secret may leave the engine. A preview keeps enough to
 * recognise the value (a public vendor prefix, a few leading characters of a long key, the length)
 * and never enough to use it.
 */

const PEM_HEADER = /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*-----/;
/** A JSON Web Key's type (`"kty": "RSA"`), which says what the key is and nothing of it. */
const JWK_TYPE = /^\{[\s\S]{0,200}?"kty"\s*:\s*"(RSA|EC|OKP|oct)"/;
/** Vendor prefixes such as `ghp_`, `xoxb-`, `sk-`, `glpat-`, `npm_` are public and say what the token is. */
const VENDOR_PREFIX = /^[A-Za-z]{2,6}[_-](?:[A-Za-z]{2,4}[_-])?/;
const ELLIPSIS = "\u2026";

/** How many leading characters of an unprefixed value we may show, by its length. */
function visibleLeadingChars(length: number): number {
  if (length >= 32) return 4;
  if (length >= 16) return 2;
  return 0;
}

/**
 * @param showPrefix whether a vendor-style prefix may be shown: true for rules that find a value by
 * its format, where the prefix is what the format starts with; not for a password found by its
 * name, whose `blue-fish-` start is part of the secret.
 */
export function redact(value: string, showPrefix = false): string {
  const length = value.length;
  const pem = PEM_HEADER.exec(value);
  if (pem) return `${pem[0]}${ELLIPSIS}(${length})`;
  const jwk = JWK_TYPE.exec(value);
  if (jwk) return `{"kty":"${jwk[1]}"${ELLIPSIS}(${length})`;
  // Words with spaces (a passphrase, a wallet's recovery phrase): a word's first letters are a
  // good part of it, so none is shown.
  if (/^[^\s]+(?: [^\s]+){2,}$/.test(value)) return `${ELLIPSIS}(${length})`;
  const vendor = showPrefix ? VENDOR_PREFIX.exec(value) : null;
  // A prefix is only shown when a long, random remainder stays hidden after it.
  if (vendor && length - vendor[0].length >= 20) return `${vendor[0]}${ELLIPSIS}(${length})`;
  return `${value.slice(0, visibleLeadingChars(length))}${ELLIPSIS}(${length})`;
}
