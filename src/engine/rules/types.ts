import type { FindingKind, FindingSeverity } from "../types";

/** What we tell users about a rule. Rule ids are the keys users write in ignores and baselines. */
export interface RuleInfo {
  readonly id: string;
  readonly title: string;
  readonly kind: FindingKind;
  readonly docsUrl: string;
  /** Custom rules may ask for a severity; built-in rules follow the user's setting. */
  readonly severity?: FindingSeverity;
}

/**
 * One of our own detectors: a regular expression that runs only when one of its keywords occurs
 * in the text, so a file without e.g. "accountkey" never pays for the storage-key rule.
 */
export interface PatternRule extends RuleInfo {
  /**
   * Lower-case substrings; the rule runs when the lower-cased text contains at least one. Choose
   * them so that every true match contains one.
   */
  readonly keywords: readonly string[];
  /**
   * Flags `g` and `d` are required. The named group `value` is the secret; without it the whole
   * match is. It runs on single lines that contain a keyword (see pattern-scan.ts). Keep it
   * linear-time: no nested or overlapping quantifiers.
   */
  readonly pattern: RegExp;
  /** A connection string or similar that carries a secret among other settings: stored whole. */
  readonly compound?: boolean;
  /** Returns a reason to drop a match that has the shape but is not a secret (placeholders, emulator keys). */
  readonly reject?: (value: string, match: RegExpExecArray) => boolean;
}
