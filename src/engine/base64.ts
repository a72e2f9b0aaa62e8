/** `atob` that answers undefined instead of throwing on text that is not base64. */
export function tryAtob(value: string): string | undefined {
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
  return tryAtob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
}
