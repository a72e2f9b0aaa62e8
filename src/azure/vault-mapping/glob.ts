// Glob matching for environment rules, without regular expressions: the patterns come from a
// committed file, and a regex built from `*a*a*a*a*…` can take exponential time. This matcher is
// the classic greedy-star algorithm, once within a segment and once over segments (for `**`),
// so it is linear in practice and O(pattern × path) at worst.
//   *   any characters within one path segment        ?   one character
//   **  any number of whole segments                  no `/` in the pattern: the file name only
// Matching is case-insensitive; paths use `/`.

/**
 * The greedy-star walk: each pattern element matches one item, a star any run of items. On a
 * mismatch the last star takes one more item and the walk resumes after it.
 */
function matchWithStars<P, T>(
  pattern: ArrayLike<P>,
  items: ArrayLike<T>,
  isStar: (element: P) => boolean,
  matchesOne: (element: P, item: T) => boolean,
): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < items.length) {
    if (p < pattern.length && !isStar(pattern[p]!) && matchesOne(pattern[p]!, items[t]!)) {
      p++;
      t++;
    } else if (p < pattern.length && isStar(pattern[p]!)) {
      star = p++;
      resume = t;
    } else if (star !== -1) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && isStar(pattern[p]!)) p++;
  return p === pattern.length;
}

/** `*` and `?` within one segment. */
function matchSegment(pattern: string, text: string): boolean {
  return matchWithStars(pattern, text, (character) => character === "*", (character, actual) => character === "?" || character === actual);
}

/** Segments, where a `**` segment stands for any number of path segments. */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  return matchWithStars(pattern, path, (segment) => segment === "**", matchSegment);
}

export function globMatches(pattern: string, path: string): boolean {
  const normalizedPath = path.replace(/\\/g, "/").replace(/^\.?\//, "").toLowerCase();
  const normalizedPattern = pattern.replace(/\\/g, "/").toLowerCase();
  if (!normalizedPattern.includes("/")) {
    return matchSegment(normalizedPattern, normalizedPath.slice(normalizedPath.lastIndexOf("/") + 1));
  }
  return matchSegments(normalizedPattern.replace(/^\//, "").split("/").filter(Boolean), normalizedPath.split("/").filter(Boolean));
}
