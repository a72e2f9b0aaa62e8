import type { PatternRule } from "./rules/types";

export interface RuleMatch {
  readonly rule: PatternRule;
  /** Offsets of the secret value in the scanned text. */
  readonly start: number;
  readonly end: number;
}

/** One regex over every keyword of a rule set, and which rules each keyword stands for. */
interface KeywordIndex {
  readonly pattern: RegExp;
  readonly rulesByKeyword: ReadonlyMap<string, readonly PatternRule[]>;
}

const keywordIndexes = new WeakMap<readonly PatternRule[], KeywordIndex>();

function keywordIndex(rules: readonly PatternRule[]): KeywordIndex {
  let index = keywordIndexes.get(rules);
  if (!index) {
    const rulesByKeyword = new Map<string, PatternRule[]>();
    for (const rule of rules) {
      for (const keyword of rule.keywords) rulesByKeyword.set(keyword, [...(rulesByKeyword.get(keyword) ?? []), rule]);
    }
    // The regex reports one keyword per position, the longest: a hit on "azconfig" must also
    // wake the rules of any keyword it contains (say "config").
    for (const [keyword, keywordRules] of rulesByKeyword) {
      for (const [other, otherRules] of rulesByKeyword) {
        if (other !== keyword && keyword.includes(other)) keywordRules.push(...otherRules.filter((r) => !keywordRules.includes(r)));
      }
    }
    const alternatives = [...rulesByKeyword.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    index = { pattern: new RegExp(alternatives.join("|"), "g"), rulesByKeyword };
    keywordIndexes.set(rules, index);
  }
  return index;
}

/**
 * For each rule, the start offsets of the lines that contain one of its keywords, ascending. One
 * regex pass finds every keyword of every rule (measured 3x faster than an indexOf per keyword).
 */
function candidateLines(lower: string, rules: readonly PatternRule[]): Map<PatternRule, number[]> {
  const { pattern, rulesByKeyword } = keywordIndex(rules);
  const lines = new Map<PatternRule, Set<number>>();
  pattern.lastIndex = 0;
  for (const hit of lower.matchAll(pattern)) {
    const lineStart = lower.lastIndexOf("\n", hit.index) + 1;
    for (const rule of rulesByKeyword.get(hit[0]) ?? []) {
      let starts = lines.get(rule);
      if (!starts) lines.set(rule, (starts = new Set()));
      starts.add(lineStart);
    }
  }
  return new Map([...lines].map(([rule, starts]) => [rule, [...starts].sort((a, b) => a - b)]));
}

/**
 * Runs our own rules. Regexes whose first token is a character class make V8 try every offset of
 * the text, so a rule's regex runs only on the lines that contain one of its keywords: a file
 * without "accountkey" never pays for the storage rule, and a file with it pays for those lines.
 * Rules therefore match within one line.
 */
export function runPatternRules(content: string, rules: readonly PatternRule[]): RuleMatch[] {
  const matches: RuleMatch[] = [];
  // Rules run in their given order, which is their priority when findings overlap.
  const linesByRule = candidateLines(content.toLowerCase(), rules);
  for (const rule of rules) {
    for (const lineStart of linesByRule.get(rule) ?? []) {
      const newline = content.indexOf("\n", lineStart);
      const line = content.slice(lineStart, newline === -1 ? content.length : newline);
      rule.pattern.lastIndex = 0;
      for (const match of line.matchAll(rule.pattern)) {
        const span = match.indices?.groups?.value ?? match.indices?.[0];
        if (!span) continue;
        const [start, end] = span;
        if (rule.reject?.(line.slice(start, end), match)) continue;
        matches.push({ rule, start: lineStart + start, end: lineStart + end });
      }
    }
  }
  return matches;
}
