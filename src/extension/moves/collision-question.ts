// The question a move asks when its secret's name is taken in the vault: whose secret it is (from
// the `app` and `source` tags a move writes, see src/fixes/metadata.ts), and only the answers that
// can work. A plan that reads the value by the secret's name (ASP.NET Core's Key Vault provider)
// cannot use another name, so "Use Another Name" is not offered to it: storing under one would be
// taken back at once, and a purge-protected vault would keep that copy, name reserved, for its
// whole retention period. No VS Code API here, so the wording is unit-tested.

export const ADD_NEW_VERSION = "Add a New Version";
export const USE_ANOTHER_NAME = "Use Another Name";
export const RECOVER_AND_ADD_VERSION = "Recover It and Add a Version";

type Tags = Readonly<Record<string, string>> | undefined;

export interface Question {
  readonly message: string;
  readonly detail?: string;
  /** In the order shown; the modal dialog adds Cancel. */
  readonly buttons: readonly string[];
}

/**
 * Whose the existing secret is, as a sentence with a leading space, when its tags name another
 * app, or (same app) another source file than this move's; "" when they match or say nothing.
 */
export function existingOwner(existing: Tags, ours: Tags): string {
  const app = existing?.app;
  const source = existing?.source;
  const from = source ? ` (from ${source})` : "";
  if (app && app !== ours?.app) return ` It belongs to app '${app}'${from}.`;
  if (source && source !== ours?.source) return ` It was stored from ${source}.`;
  return "";
}

/** Why another name is not offered: the app reads the value by this name (as `readAs`). */
function readByName(readAs: string): string {
  return `The app reads the value by the secret's name, as ${readAs}: under another name it would not be read.`;
}

/**
 * The name holds another value. `readAs`: the configuration key the plan reads by the secret's
 * name; then only a new version (or Cancel) is offered.
 */
export function collisionQuestion(vault: string, name: string, existingTags: Tags, ourTags: Tags, readAs?: string): Question {
  const owner = existingOwner(existingTags, ourTags);
  const otherApp = existingTags?.app && existingTags.app !== ourTags?.app ? `, app '${existingTags.app}' included` : "";
  const replaces = `A new version replaces the current value for everything that reads it${otherApp}.`;
  return {
    message: `Key Vault ${vault} already has a secret '${name}' with a different value.${owner}`,
    detail: readAs === undefined ? replaces : `${readByName(readAs)} ${replaces}`,
    // (Another name first: two settings that derive one name, `self.password` and a module's
    // `password`, are more often two secrets than one.)
    buttons: readAs === undefined ? [USE_ANOTHER_NAME, ADD_NEW_VERSION] : [ADD_NEW_VERSION],
  };
}

/** The name is a soft-deleted secret's. With `readAs`, only recovering it keeps the name the app reads. */
export function deletedNameQuestion(vault: string, name: string, readAs?: string): Question {
  return {
    message: `Key Vault ${vault} has a deleted secret '${name}' (soft delete keeps the name until it is purged).`,
    ...(readAs === undefined ? {} : { detail: readByName(readAs) }),
    buttons: readAs === undefined ? [RECOVER_AND_ADD_VERSION, USE_ANOTHER_NAME] : [RECOVER_AND_ADD_VERSION],
  };
}
