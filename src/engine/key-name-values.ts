/**
 * A key name is shown (JSON and SARIF reports, the quick fix's proposed secret name), so it must
 * never hold a secret: a map keyed by tokens (`webhooks: { <token>: <token> }`, a user-to-key
 * table) would otherwise put one finding's value, whole, in another's name.
 */

/** What separates the parts of a key path (`tokens:AKIA…`), and the pieces of a part (`tokens.AKIA…`, a quoted key). */
const PATH_SEPARATOR = ":";
const PIECE_SEPARATORS = /[.\s"'[\]]+/;

/**
 * `names` (by finding) without the path parts that hold any of `secretValues`; a name left with no
 * part is dropped. Each part is looked up, not searched for each value: a file may hold
 * thousands of findings.
 */
export function namesWithoutSecretValues(names: readonly (string | undefined)[], secretValues: ReadonlySet<string>): (string | undefined)[] {
  if (secretValues.size === 0) return [...names];
  const holdsSecret = (part: string) => secretValues.has(part) || part.split(PIECE_SEPARATORS).some((piece) => secretValues.has(piece));
  return names.map((name) => {
    if (name === undefined) return undefined;
    const parts = name.split(PATH_SEPARATOR);
    if (!parts.some(holdsSecret)) return name;
    const kept = parts.filter((part) => !holdsSecret(part));
    return kept.length > 0 ? kept.join(PATH_SEPARATOR) : undefined;
  });
}
