/**
 * One setting, one finding: configuration values that share one string are one value. Three
 * hosts in `"AllowedHosts": "a.contoso.com;b.contoso.com"`, a compose `extra_hosts` entry
 * `"erp01.corp.contoso.com:10.30.8.4"` (a host and its address), `CORS_ORIGINS=https://a…,https://b…`
 * in .env: the setting is moved whole, so it is reported once, spanning its addresses (and the
 * last one's port). A list literal's members (`["a", "b"]`) are not joined: each is its own literal,
 * which a move rewrites alone, and quotes stand between them. Nor are a YAML flow list's unquoted
 * items (`[https://a…, https://b…]`): its `,` ends one scalar and starts the next.
 */
import { opensFlowCollection } from "./flow-collection";
import type { OffsetSpan } from "./types";

/**
 * What may stand between two addresses of one value: the first one's port, then a list's `,` or
 * `;` with blanks around it; or the `:` between a host and its address (compose's `extra_hosts`,
 * Docker's `--add-host`). No quote, no word: two strings or two statements are two values.
 */
const BETWEEN_ADDRESSES = /^(?::[0-9]{1,5})?[ \t]*[,;][ \t]*$|^:$/;
/** A port after the last address, which belongs to the value too. */
const PORT_AFTER = /^:[0-9]{1,5}(?![0-9A-Za-z_.:-])/;

/**
 * `found` (sorted by start, not overlapping) with each run of joinable values (built-in
 * configuration values: a custom rule reports what it matches) that one string holds joined into
 * its first, whose end becomes the run's. `joined(first, end)` makes the first's copy with that end.
 */
export function joinedConfigValues<T extends OffsetSpan>(content: string, found: readonly T[], joinable: (value: T) => boolean, joined: (first: T, end: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i]!;
    let last = first;
    // (The gap is read between neighbours only: at most a few characters each, once.)
    while (joinable(first) && i + 1 < found.length && joinable(found[i + 1]!) && sharesString(content, last, found[i + 1]!)) last = found[++i]!;
    if (last === first) {
      out.push(first);
      continue;
    }
    const port = PORT_AFTER.exec(content.slice(last.end, last.end + 7));
    out.push(joined(first, last.end + (port ? port[0].length : 0)));
  }
  return out;
}

/** Whether `next` goes on the string `last` is in: only a list's separator between, outside a flow collection's items. */
function sharesString(content: string, last: OffsetSpan, next: OffsetSpan): boolean {
  const between = content.slice(last.end, Math.min(next.start, last.end + 16));
  if (!BETWEEN_ADDRESSES.test(between)) return false;
  // (Read only where a `,` would join them: the line up to the value, once per such pair.)
  return !between.includes(",") || !opensFlowCollection(content.slice(content.lastIndexOf("\n", last.start - 1) + 1, last.start));
}
