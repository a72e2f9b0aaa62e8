/**
 * Redaction: the only form in which a secret may leave the engine. A preview keeps enough to
 * recognise the value (a public vendor prefix, a few leading characters of a long key, the length)
 * and never enough to use it.
 */

const PEM_HEADER = /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*-----/;
/** A JSON Web Key's type (`"kty": "RSA"`), which says what the key is and nothing of it. */
const JWK_TYPE = /^\{[\s\S]{0,200}?"kty"\s*:\s*"(RSA|EC|OKP|oct)"/;
const ELLIPSIS = "\u2026";

/** How many leading characters of an unprefixed value we may show, by its length. */
function visibleLeadingChars(length: number): number {
  if (length >= 32) return 4;
  if (length >= 16) return 2;
  return 0;
}

/**
 * @param publicPrefixes what values of this kind start with, lower case (`ghp_`, `xoxb-`,
 *   `sk_live_`: a rule's keywords): the one the value starts with is shown, since it is public and
 *   says what the token is. Only a rule that finds a value by its format passes them; a password
 *   found by its name has none, its `blue-fish-` start being part of the secret. Anything else
 *   that merely looks like a prefix (`gwsmr-`, the random start of a key whose marker sits in its
 *   middle) is random, and shown no more than any value's leading characters.
 */
export function redact(value: string, publicPrefixes: readonly string[] = []): string {
  const length = value.length;
  const pem = PEM_HEADER.exec(value);
  if (pem) return `${pem[0]}${ELLIPSIS}(${length})`;
  const jwk = JWK_TYPE.exec(value);
  if (jwk) return `{"kty":"${jwk[1]}"${ELLIPSIS}(${length})`;
  const prefix = longestPrefixOf(value, publicPrefixes);
  // A prefix is only shown when a long, random remainder stays hidden after it.
  if (prefix > 0 && length - prefix >= 20) return `${value.slice(0, prefix)}${ELLIPSIS}(${length})`;
  // Words (a passphrase, a wallet's recovery phrase), with spaces or joined by `-`, `_` or `.`: a
  // word's first letters are a good part of it, so none is shown.
  if (/^[^\s]+(?: [^\s]+){2,}$/.test(value) || /^[A-Za-z]{3,}\d{0,4}(?:[._-][A-Za-z]{2,}\d{0,4}){2,}(?:[._-][A-Za-z0-9]{1,6})?$/.test(value)) return `${ELLIPSIS}(${length})`;
  return `${value.slice(0, visibleLeadingChars(length))}${ELLIPSIS}(${length})`;
}

/** The length of the longest of `prefixes` (lower case) that `value` starts with, in any case; 0 for none. */
function longestPrefixOf(value: string, prefixes: readonly string[]): number {
  let longest = 0;
  for (const prefix of prefixes) {
    if (prefix.length > longest && prefix.length <= value.length && value.slice(0, prefix.length).toLowerCase() === prefix) longest = prefix.length;
  }
  return longest;
}
