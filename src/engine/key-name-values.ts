/**
 * A key name is shown (JSON and SARIF reports, the quick fix's proposed secret name), so it must
 * never hold a secret: a map keyed by tokens (`webhooks: { <token>: <token> }`, a user-to-key
 * table, a clone URL with its token as the key) would otherwise put one finding's value, whole,
 * in another's name.
 */

/** What separates the parts of a key path (`tokens:AKIA…`). */
const PATH_SEPARATOR = ":";
/** Values are looked up by their first characters; a shorter value is too short to leak. */
const HEAD_LENGTH = 4;

/**
 * `names` (by finding) without the path parts that hold any of `secretValues`, or any part of one
 * (a value may hold the separator: a URL with its credentials); a name left with no part is
 * dropped. Each position of a name is looked up by its first characters, not searched for each
 * value: a file may hold thousands of findings.
 */
export function namesWithoutSecretValues(names: readonly (string | undefined)[], secretValues: ReadonlySet<string>): (string | undefined)[] {
  const byHead = new Map<string, string[]>();
  for (const value of secretValues) {
    if (value.length < HEAD_LENGTH) continue;
    const head = value.slice(0, HEAD_LENGTH);
    const values = byHead.get(head);
    if (values) values.push(value);
    else byHead.set(head, [value]);
  }
  if (byHead.size === 0) return [...names];
  return names.map((name) => (name === undefined ? undefined : withoutValues(name, byHead)));
}

/** `name` without its parts that overlap an occurrence of a value; undefined when none is left. */
function withoutValues(name: string, byHead: ReadonlyMap<string, readonly string[]>): string | undefined {
  const spans: [number, number][] = [];
  for (let at = 0; at + HEAD_LENGTH <= name.length; at++) {
    const values = byHead.get(name.slice(at, at + HEAD_LENGTH));
    const value = values?.find((candidate) => name.startsWith(candidate, at));
    if (value) spans.push([at, at + value.length]);
  }
  if (spans.length === 0) return name;
  const kept: string[] = [];
  let partStart = 0;
  for (const part of name.split(PATH_SEPARATOR)) {
    const partEnd = partStart + part.length;
    if (!spans.some(([start, end]) => start < partEnd && partStart < end)) kept.push(part);
    partStart = partEnd + PATH_SEPARATOR.length;
  }
  return kept.length > 0 ? kept.join(PATH_SEPARATOR) : undefined;
}
