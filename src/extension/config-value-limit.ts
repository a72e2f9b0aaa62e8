import type { Finding } from "../engine";

/** What a file lists once its configuration values are held to the setting's number. */
export interface LimitedFindings {
  readonly shown: readonly Finding[];
  /** How many configuration values were held back. */
  readonly omitted: number;
  /** The first value held back: where the note about the rest goes. */
  readonly firstOmitted?: Finding;
}

/**
 * Keeps every secret and the first `max` configuration values in text order (`findings` comes
 * sorted by position from the engine). A file of tens of thousands of addresses (a firewall or
 * service-tags list) would otherwise fill the Problems panel and slow the editor's decorations.
 */
export function limitConfigValues(findings: readonly Finding[], max: number): LimitedFindings {
  let configValues = 0;
  let omitted = 0;
  let firstOmitted: Finding | undefined;
  const shown: Finding[] = [];
  for (const finding of findings) {
    if (finding.kind === "config" && ++configValues > max) {
      omitted++;
      firstOmitted ??= finding;
      continue;
    }
    shown.push(finding);
  }
  return { shown, omitted, ...(firstOmitted ? { firstOmitted } : {}) };
}
