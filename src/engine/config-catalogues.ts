/**
 * Catalogues of addresses in code: a table of a provider's regional endpoints (`Value:
 * "s3.eu-west.example-cloud.com"` twenty times over), a list of trusted image hosts, a library's
 * table of sign-in hosts. Every entry is data the program chooses among, the same in every
 * environment, not one setting an environment gives it; reporting each would bury the file's
 * real settings under dozens of hints.
 *
 * What tells a catalogue from a module of settings (`orders: "orders.contoso.internal"`,
 * `billing: "billing.contoso.internal"`, …), which is configuration line by line: a catalogue's
 * entries share one name (`Value`, `host`) or have none (items of a list), while settings each
 * have their own.
 */

/** One configuration value found in a file, in order of position. */
export interface CatalogueCandidate {
  /** Zero-based line of the value's start. */
  readonly line: number;
  readonly value: string;
  /** The name the value is assigned to, if any. */
  readonly keyName: string | undefined;
}

/** Entries of one name (or of none) that make a catalogue: more than a handful of environments or regions. */
export const CATALOGUE_LEAST_VALUES = 6;
/**
 * In a JSON file, the entries of one name that make a data list rather than settings: a package's
 * table of hundreds of public chains' RPC URLs (`rpc`), a list of mirrors. A configuration file
 * may list a handful of endpoints under one name (`"Url"` for each of six regions), not fifty.
 */
export const DATA_LIST_LEAST_VALUES = 50;
/** How far apart two entries of one catalogue can be: an entry's other fields sit between them. */
export const CATALOGUE_MOST_LINES_APART = 8;

/**
 * The indexes (into `candidates`, which are in order of position) of the values that are entries
 * of a catalogue: within a run of values no more than CATALOGUE_MOST_LINES_APART lines apart, those
 * sharing one name, or having none, when they are at least `least` different values.
 */
export function catalogueEntries(candidates: readonly CatalogueCandidate[], least = CATALOGUE_LEAST_VALUES): Set<number> {
  const entries = new Set<number>();
  if (candidates.length < least) return entries;
  let runStart = 0;
  for (let i = 1; i <= candidates.length; i++) {
    if (i < candidates.length && candidates[i]!.line - candidates[i - 1]!.line <= CATALOGUE_MOST_LINES_APART) continue;
    if (i - runStart >= least) markCatalogueEntries(candidates, runStart, i, entries, least);
    runStart = i;
  }
  return entries;
}

/** Marks, in the run [from, to), the values of each name that has enough different values. */
function markCatalogueEntries(candidates: readonly CatalogueCandidate[], from: number, to: number, entries: Set<number>, least: number): void {
  const byName = new Map<string, number[]>();
  for (let i = from; i < to; i++) {
    const name = nameClass(candidates[i]!.keyName);
    const members = byName.get(name);
    if (members) members.push(i);
    else byName.set(name, [i]);
  }
  for (const members of byName.values()) {
    if (new Set(members.map((i) => candidates[i]!.value.toLowerCase())).size < least) continue;
    for (const i of members) entries.add(i);
  }
}

/** A name's last segment in lower case (`endpoints.Value` and `value` are one name); none is a class of its own. */
function nameClass(keyName: string | undefined): string {
  if (keyName === undefined) return "";
  const last = keyName.slice(Math.max(keyName.lastIndexOf("."), keyName.lastIndexOf(":")) + 1);
  return `=${last.toLowerCase()}`;
}
