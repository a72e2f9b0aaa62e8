/**
 * Lower-case segments of a name: `DB_PASSWORD` → db, password; `clientSecret` → client, secret;
 * `HTTPServerKey` → http, server, key. Segments are runs of ASCII letters and digits, split where
 * a lower-case letter or digit meets an upper-case one (`aB`, `1B`) and before the last capital of
 * a run of capitals that goes on in lower case (`HTTPServer`).
 *
 * Every name beside a candidate value is split, so ASCII names (nearly all) are split in one pass
 * over their characters; others go the way of the regexes that define the split.
 */
export function segmentsOf(name: string): string[] {
  const segments: string[] = [];
  let start = -1;
  let previous = OTHER;
  let current = name.length > 0 ? classOf(name.charCodeAt(0)) : OTHER;
  for (let i = 0; i < name.length; i++) {
    if (current === NON_ASCII) return segmentsOfAnyText(name);
    const next = i + 1 < name.length ? classOf(name.charCodeAt(i + 1)) : OTHER;
    if (current === OTHER) {
      if (start !== -1) segments.push(name.slice(start, i).toLowerCase());
      start = -1;
    } else if (start === -1) start = i;
    else if (current === UPPER && (previous === LOWER || previous === DIGIT || (previous === UPPER && next === LOWER))) {
      segments.push(name.slice(start, i).toLowerCase());
      start = i;
    }
    previous = current;
    current = next;
  }
  if (start !== -1) segments.push(name.slice(start).toLowerCase());
  return segments;
}

const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const NON_ASCII = 4;

function classOf(code: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  return code < 128 ? OTHER : NON_ASCII;
}

/**
 * The definition: used for names with other characters (whose lower case may differ in length),
 * and the reference the one-pass ASCII path is tested against.
 */
export function segmentsOfAnyText(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
