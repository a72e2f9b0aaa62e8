import { notebookView } from "../notebook";
import { BUILT_IN_RULES } from "../rules";
import { looksRandom } from "../rules/secret-values";
import { TextIndex } from "../text-index";
import type { ScanOptions, TextSpan } from "../types";
import { parseInlineIgnores } from "./inline-ignore";

/** A rule id in one of our ignore comments that names no rule: the comment silences nothing by it. */
export interface UnknownIgnoredRule {
  readonly ruleId: string;
  /** Where the id is written. */
  readonly range: TextSpan;
  /** The known rule it most likely means, when one is close. */
  readonly suggestion?: string;
  readonly message: string;
}

const BUILT_IN_IDS: readonly string[] = BUILT_IN_RULES.map((rule) => rule.id);

/**
 * The rule ids written in `secret-hygiene-ignore` comments that no rule has: a typo there
 * (`azure/storage-key`) would leave the finding reported and nobody would know why. The known
 * ones are the built-in rules (disabled ones included) and the workspace's custom rules.
 * @param filePath the file the text is, when it is a file's whole text: a notebook's comments are
 *   in its cells' code, read as the scan reads them (in the file they are JSON strings' text).
 */
export function unknownIgnoredRules(content: string, options?: ScanOptions, filePath?: string): UnknownIgnoredRule[] {
  // Most texts have no comment of ours: one search, no parse.
  if (!content.includes("secret-hygiene-ignore")) return [];
  const known = [...BUILT_IN_IDS, ...(options?.customRules ?? []).map((rule) => rule.id)];
  const knownSet = new Set(known);
  const unknown: UnknownIgnoredRule[] = [];
  let index: TextIndex | undefined;
  // The same slip is often written on many lines: its nearest id is looked for once.
  const suggestions = new Map<string, string | undefined>();
  const notebook = filePath === undefined ? undefined : notebookView(content, filePath);
  for (const directive of parseInlineIgnores(notebook?.content ?? content, notebook?.typePath ?? filePath).directives) {
    directive.ruleIds?.forEach((ruleId, i) => {
      if (knownSet.has(ruleId)) return;
      const inText = directive.ruleIdOffsets![i]!;
      const offset = notebook ? notebook.toRaw(inText) : inText;
      const range = (index ??= new TextIndex(content)).span(offset, offset + ruleId.length);
      if (!suggestions.has(ruleId)) suggestions.set(ruleId, closestRuleId(ruleId, known));
      const suggestion = suggestions.get(ruleId);
      const hint = suggestion ? ` Did you mean '${suggestion}'?` : "";
      // A random-looking "id" may be a value pasted after the marker: it is not repeated in words.
      const named = looksRandom(ruleId) ? "the one written here" : `'${ruleId}'`;
      unknown.push({ ruleId, range, ...(suggestion ? { suggestion } : {}), message: `No rule is named ${named}: this comment silences nothing by that name.${hint}` });
    });
  }
  return unknown;
}

/**
 * The known id nearest to `ruleId` by edit distance, if near enough to be a slip (a third of its
 * length at most); a tie goes to the earlier rule.
 */
export function closestRuleId(ruleId: string, known: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(ruleId.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - ruleId.length) >= bestDistance) continue;
    const distance = editDistance(ruleId.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
