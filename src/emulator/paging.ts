// Continuation tokens shared by the three services. A token names the last item of the previous
// page (not an offset), so items created or deleted between pages neither repeat nor vanish.
// Tokens are opaque base64url to clients, like the services' own.

export function encodeContinuation(position: string): string {
  return Buffer.from(JSON.stringify({ after: position }), "utf8").toString("base64url");
}

/** The position a token names, or undefined for a token we did not issue. */
export function decodeContinuation(token: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    if (typeof parsed === "object" && parsed !== null && typeof (parsed as { after?: unknown }).after === "string") {
      return (parsed as { after: string }).after;
    }
  } catch {
    // fall through
  }
  return undefined;
}

export interface Page<T> {
  items: T[];
  /** Position of the last item when more follow; undefined on the last page. */
  nextAfter?: string;
}

/** `items` must be sorted by `positionOf` ascending (plain string order). */
export function pageAfter<T>(items: readonly T[], positionOf: (item: T) => string, after: string | undefined, size: number): Page<T> {
  const start = after === undefined ? 0 : items.findIndex((item) => positionOf(item) > after);
  const remaining = start === -1 ? [] : items.slice(start);
  const page = remaining.slice(0, size);
  const last = page[page.length - 1];
  return remaining.length > size && last !== undefined ? { items: page, nextAfter: positionOf(last) } : { items: page };
}

export function byPosition<T>(positionOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const left = positionOf(a);
    const right = positionOf(b);
    return left < right ? -1 : left > right ? 1 : 0;
  };
}
