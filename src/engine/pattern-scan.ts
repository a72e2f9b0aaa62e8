import { isPatternRule, type PatternRule, type Rule, type RuleContext, type RuleHit } from "./rules/types";

export interface RuleMatch {
  readonly rule: Rule;
  /** Offsets of the secret value in the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly keyName?: string;
}

/** One regex over every keyword of a rule set, and which rules each keyword stands for. */
interface KeywordIndex {
  readonly pattern: RegExp;
  readonly rulesByKeyword: ReadonlyMap<string, readonly Rule[]>;
}

const keywordIndexes = new WeakMap<readonly Rule[], KeywordIndex>();

function keywordIndex(rules: readonly Rule[]): KeywordIndex {
  let index = keywordIndexes.get(rules);
  if (!index) {
    const rulesByKeyword = new Map<string, Rule[]>();
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
function candidateLines(lower: string, rules: readonly Rule[]): Map<Rule, number[]> {
  const { pattern, rulesByKeyword } = keywordIndex(rules);
  const lines = new Map<Rule, number[]>();
  pattern.lastIndex = 0;
  let lineStart = 0;
  let nextNewline = lower.indexOf("\n");
  for (const hit of lower.matchAll(pattern)) {
    // Hits come in order, so line starts only move forward: each newline is visited once.
    while (nextNewline !== -1 && nextNewline < hit.index) {
      lineStart = nextNewline + 1;
      nextNewline = lower.indexOf("\n", lineStart);
    }
    for (const rule of rulesByKeyword.get(hit[0]) ?? []) {
      let starts = lines.get(rule);
      if (!starts) lines.set(rule, (starts = []));
      if (starts[starts.length - 1] !== lineStart) starts.push(lineStart);
    }
  }
  return lines;
}

function patternHits(rule: PatternRule, text: string, context: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  rule.pattern.lastIndex = 0;
  for (const match of text.matchAll(rule.pattern)) {
    const span = match.indices?.groups?.value ?? match.indices?.[0];
    if (!span) continue;
    const [start, end] = span;
    if (start === end) continue;
    if (rule.reject?.(text.slice(start, end), match, context)) continue;
    const keyName = match.groups?.name;
    hits.push({ start, end, ...(keyName ? { keyName } : {}) });
  }
  return hits;
}

function ruleHits(rule: Rule, text: string, context: RuleContext): readonly RuleHit[] {
  return isPatternRule(rule) ? patternHits(rule, text, context) : rule.find(text, context);
}

/**
 * Runs rules. Regexes whose first token is a character class make V8 try every offset of the
 * text, so a line-scoped rule runs only on the lines that contain one of its keywords: a file
 * without "accountkey" never pays for the storage rule, and a file with it pays for those lines.
 * Text-scoped rules (PEM blocks) run over the whole text, once, if a keyword occurs at all.
 */
export function runRules(content: string, rules: readonly Rule[], context: RuleContext): RuleMatch[] {
  const matches: RuleMatch[] = [];
  // Rules run in their given order, which is their priority when findings overlap.
  const linesByRule = candidateLines(content.toLowerCase(), rules);
  for (const rule of rules) {
    const lineStarts = linesByRule.get(rule);
    if (!lineStarts) continue;
    if (rule.scope === "text") {
      for (const hit of ruleHits(rule, content, context)) matches.push({ rule, ...hit });
      continue;
    }
    for (const lineStart of lineStarts) {
      const newline = content.indexOf("\n", lineStart);
      const line = content.slice(lineStart, newline === -1 ? content.length : newline);
      for (const hit of ruleHits(rule, line, context)) {
        matches.push({ rule, start: lineStart + hit.start, end: lineStart + hit.end, ...(hit.keyName ? { keyName: hit.keyName } : {}) });
      }
    }
  }
  return matches;
}
