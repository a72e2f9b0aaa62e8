// Which of a secret's versions is the current one, from metadata alone. Key Vault keeps creation
// times in whole seconds, so two versions written in the same second (a move's undo writes the old
// value back right after ours) tie on `createdOn`, and the versions list promises no order. The
// secret's own list entry carries the current version's attributes (no version id), so a tie goes to
// the version whose attributes match it. Reading the value to learn the version id would need the
// Get permission and fails on a disabled secret; the tree lists with List alone.
import type { SecretProperties } from "../../azure";

const time = (date: Date | undefined) => date?.getTime() ?? 0;

/**
 * How many of the current version's attributes `version` shares (the secret list's entry). Being
 * enabled or not counts most: it is what a move's undo changes on the version it takes back, and the
 * other attributes may have changed since the entry was read (tags edited on the current version).
 */
function likeness(version: SecretProperties, current: SecretProperties): number {
  const tags = (properties: SecretProperties) => JSON.stringify(Object.entries(properties.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return (
    6 * Number(version.enabled === current.enabled) +
    Number(time(version.updatedOn) === time(current.updatedOn)) +
    Number(time(version.expiresOn) === time(current.expiresOn)) +
    Number(time(version.notBefore) === time(current.notBefore)) +
    Number((version.contentType ?? "") === (current.contentType ?? "")) +
    Number(tags(version) === tags(current))
  );
}

/**
 * Sorts `versions` in place, newest first, so the first is the current version. Versions created in
 * the same second are ordered by how closely they match `current`, the secret's list entry, when
 * known.
 */
export function newestFirst<T extends SecretProperties>(versions: T[], current?: SecretProperties): T[] {
  return versions.sort((a, b) => time(b.createdOn) - time(a.createdOn) || (current ? likeness(b, current) - likeness(a, current) : 0));
}

/**
 * Whether `newest`, the first of the loaded versions after newestFirst, is the current one. With
 * every version loaded it is. A secret with more versions than a batch is loaded in part, and the
 * versions list promises no order, so the current version may not be loaded yet: then only a
 * version created when the secret's list entry says the current one was is taken for it.
 */
export function isCurrentVersion(newest: SecretProperties, entry: SecretProperties | undefined, allLoaded: boolean): boolean {
  if (allLoaded) return true;
  return entry?.createdOn !== undefined && time(newest.createdOn) === time(entry.createdOn);
}
