const NOT_BASE64_CHARACTER = /[^A-Za-z0-9+/=\t\n\f\r ]/;
const ASCII_WHITESPACE = /[\t\n\f\r ]/;

/**
 * `atob` that answers undefined instead of throwing on text that is not base64. Most values asked
 * about are not, and the exception costs several times the decoding: the text that `atob`
 * certainly rejects is answered without calling it. It reads only the base64 alphabet, `=` and
 * ASCII whitespace, and (WHATWG's forgiving-base64) without whitespace a length of 4n + 1 is
 * never valid: no `=` is dropped then, and one character cannot encode a byte.
 */
export function tryAtob(value: string): string | undefined {
  if (NOT_BASE64_CHARACTER.test(value) || (value.length % 4 === 1 && !ASCII_WHITESPACE.test(value))) return undefined;
  try {
    return atob(value);
  } catch {
    return undefined;
  }
}

/** Base64url's `-` and `_` as base64's `+` and `/`: the same bytes, in the alphabet base64 checks read. */
export function base64OfBase64Url(value: string): string {
  return value.replace(/-/g, "+").replace(/_/g, "/");
}

/** Base64url (or base64), padded or not, as tokens carry it; undefined when it is not base64. */
export function decodeBase64Url(segment: string): string | undefined {
  const base64 = base64OfBase64Url(segment).replace(/=+$/, "");
  // (4n + 1 characters leave one that encodes no byte, however padded: see tryAtob.)
  if (base64.length % 4 === 1 && !ASCII_WHITESPACE.test(base64)) return undefined;
  return tryAtob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
}
