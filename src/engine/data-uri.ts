/**
 * `data:image/png;base64,iVBOR…`: the payload of a data URI is inlined content (an image, a font).
 * Any run of characters in it may look like a token, and none is one: a credential inlined this
 * way would be encoded, out of every rule's sight.
 */
export const DATA_URI_MARKER = ";base64,";
/** `data:<type>/<subtype>[;param=value…][;base64],`: the head of a data URI. */
const DATA_URI_HEAD = /^data:[\w.+-]+\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*(?:;base64)?,/i;
const BASE64_RUN = /[A-Za-z0-9+/=]*/y;

/** Whether `[start, end)` lies inside the base64 payload of a data URI on its line. */
export function insideDataUriPayload(content: string, start: number, end: number): boolean {
  const lineStart = content.lastIndexOf("\n", start - 1) + 1;
  const marker = content.slice(lineStart, start).lastIndexOf(DATA_URI_MARKER);
  if (marker === -1) return false;
  const payloadStart = lineStart + marker + DATA_URI_MARKER.length;
  BASE64_RUN.lastIndex = payloadStart;
  BASE64_RUN.exec(content);
  return BASE64_RUN.lastIndex >= end;
}

/** `"data:image/png;base64,iVBOR…"` as a whole value: content inlined as a data URI (an icon, a font). */
export function isDataUri(value: string): boolean {
  return value.startsWith("data:") && DATA_URI_HEAD.test(value);
}
