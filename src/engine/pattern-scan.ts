import { allMatches } from "./regex-matches";
import { KeywordAutomaton, type KeywordEndTest } from "./keyword-automaton";
import { KeywordSetRules } from "./keyword-set-rules";
import { keywordWindows, type TextWindow } from "./keyword-windows";
import { isPatternRule, type PatternRule, type Rule, type RuleContext, type RuleHit } from "./rules/types";

/** Every match has all four fields (keyName possibly undefined): one object shape all the way through. */
export interface RuleMatch {
  readonly rule: Rule;
  /** Offsets of the secret value in the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly keyName?: string;
  /** See RuleHit.compound. */
  readonly compound?: boolean;
  /** See RuleHit.needsSection. */
  readonly needsSection?: boolean;
}

/** `hit` of `rule` as a match, `offset` characters further on: every field named, one object shape. */
function matchOf(rule: Rule, hit: RuleHit, offset: number): RuleMatch {
  return { rule, start: offset + hit.start, end: offset + hit.end, keyName: hit.keyName, compound: hit.compound, needsSection: hit.needsSection };
}

/** One automaton over every keyword of a rule set, and which rules each keyword stands for. */
interface KeywordIndex {
  readonly automaton: KeywordAutomaton;
  readonly rulesByKeyword: readonly (readonly Rule[])[];
  /** The rules woken by a set of several keywords, in priority order. */
  readonly rulesByKeywordSet: KeywordSetRules;
}

const keywordIndexes = new WeakMap<readonly Rule[], KeywordIndex>();

/** Tells keyword end tests apart in the index (functions have no natural key). */
const endTestIds = new WeakMap<KeywordEndTest, number>();
function endTestId(test: KeywordEndTest | undefined): number {
  if (!test) return 0;
  let id = endTestIds.get(test);
  if (id === undefined) endTestIds.set(test, (id = nextEndTestId++));
  return id;
}
let nextEndTestId = 1;

function keywordIndex(rules: readonly Rule[]): KeywordIndex {
  let index = keywordIndexes.get(rules);
  if (!index) {
    // One automaton keyword per keyword and end test: rules that share both share the entry.
    const byKeyword = new Map<string, { keyword: string; accept: KeywordEndTest | undefined; rules: Rule[] }>();
    // Rules are added in priority order, so each keyword's list is already sorted by priority.
    for (const rule of rules) {
      for (const keyword of rule.keywords) {
        const accept = rule.keywordEnds?.get(keyword) ?? rule.keywordEnd;
        const key = `${endTestId(accept)}\u0000${keyword}`;
        const entry = byKeyword.get(key);
        if (entry) {
          if (!entry.rules.includes(rule)) entry.rules.push(rule);
        } else byKeyword.set(key, { keyword, accept, rules: [rule] });
      }
    }
    const entries = [...byKeyword.values()];
    const rulesByKeyword = entries.map((entry) => entry.rules);
    index = {
      automaton: new KeywordAutomaton(
        entries.map((entry) => entry.keyword),
        entries.map((entry) => entry.accept),
      ),
      rulesByKeyword,
      rulesByKeywordSet: new KeywordSetRules((keywordIndexes) => {
        const priority = rulePriorities(rules);
        const set = new Set<Rule>();
        for (const keywordIndex of keywordIndexes) for (const rule of rulesByKeyword[keywordIndex]!) set.add(rule);
        return [...set].sort((a, b) => priority.get(a)! - priority.get(b)!);
      }),
    };
    keywordIndexes.set(rules, index);
  }
  return index;
}

export interface CandidateLine {
  readonly start: number;
  /** The offset of the line's newline, or the text's length. */
  readonly end: number;
  readonly rules: readonly Rule[];
}

/**
 * The candidate lines of `content`, or of the part from `from` to `to` (whole lines), with their
 * offsets in `content`.
 */
export function candidateLines(content: string, rules: readonly Rule[], from = 0, to = content.length): CandidateLine[] {
  const { automaton, rulesByKeyword, rulesByKeywordSet } = keywordIndex(rules);
  const lines: CandidateLine[] = [];
  const part = from === 0 && to === content.length ? content : content.slice(from, to);
  automaton.forEachLine(part, (start, end, keywordIndexes) => {
    // Most lines wake one keyword's rules, already in priority order: no copy, no sort.
    const woken = keywordIndexes.length === 1 ? rulesByKeyword[keywordIndexes[0]!]! : rulesByKeywordSet.get(keywordIndexes);
    lines.push({ start: from + start, end: from + end, rules: woken });
  });
  return lines;
}

const fileNamedRuleSets = new WeakMap<readonly Rule[], readonly Rule[]>();
/** The rules of a set that a file's name wakes (see RuleBase.fileName): most sets have one or none. */
function fileNamedRules(rules: readonly Rule[]): readonly Rule[] {
  let named = fileNamedRuleSets.get(rules);
  if (!named) fileNamedRuleSets.set(rules, (named = rules.filter((rule) => rule.fileName !== undefined)));
  return named;
}

const priorities = new WeakMap<readonly Rule[], Map<Rule, number>>();
function rulePriorities(rules: readonly Rule[]): Map<Rule, number> {
  let map = priorities.get(rules);
  if (!map) priorities.set(rules, (map = new Map(rules.map((rule, index) => [rule, index]))));
  return map;
}

/**
 * Results of the line-scoped rules for one line's text, relative to the line. A line's results
 * depend only on its text (and the file's type), so an unchanged line need not run again: this is
 * how a one-line edit in a long file re-runs the rules on one line. It holds the lines of the last
 * scan and of the current one, no others: its size follows the document, whatever its length,
 * and the text of deleted lines is not kept.
 */
export class LineResultCache {
  private previous = new Map<string, readonly RuleMatch[]>();
  private current = new Map<string, readonly RuleMatch[]>();
  constructor(
    readonly rules: readonly Rule[],
    readonly context: RuleContext,
  ) {}

  /** A new scan of the document: the last scan's lines are the ones worth keeping. */
  startScan(): void {
    if (this.current.size === 0) return;
    this.previous = this.current;
    this.current = new Map();
  }

  get(line: string): readonly RuleMatch[] | undefined {
    let matches = this.current.get(line);
    if (matches === undefined) {
      matches = this.previous.get(line);
      if (matches !== undefined) this.current.set(line, matches);
    }
    return matches;
  }

  set(line: string, matches: readonly RuleMatch[]): void {
    this.current.set(line, matches);
  }
}

function patternHits(rule: PatternRule, text: string, context: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  if (rule.minLength !== undefined && text.length < rule.minLength) return hits;
  if (rule.mayMatch && !rule.mayMatch(text)) return hits;
  const matches = rule.reach !== undefined && text.length > 2 * rule.reach ? matchesInWindows(rule.pattern, text, keywordWindows(text, rule.keywords, rule.reach)) : allMatches(rule.pattern, text);
  for (const match of matches) {
    const span = match.indices?.groups?.value ?? match.indices?.[0];
    if (!span) continue;
    const [start, end] = span;
    if (start === end) continue;
    if (rule.reject?.(text.slice(start, end), match, context)) continue;
    const keyName = match.groups?.name;
    hits.push({ start, end, keyName: keyName || undefined, compound: rule.compoundWhere?.(text, start, end) || undefined });
  }
  return hits;
}

/**
 * The matches of a global, `d`-flagged `pattern` in the windows of `text`, with offsets in `text`,
 * in order and not overlapping, as a run over the whole text gives them. A match that touches a
 * window's edge where the text goes on is left out: it may go on past the edge, or hold there only
 * because the pattern took the edge for the text's (`$`, `\b`, a lookaround); a window that
 * reaches further finds it if it is there.
 */
function matchesInWindows(pattern: RegExp, text: string, windows: readonly TextWindow[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let searchedTo = 0;
  for (const window of windows) {
    const part = text.slice(window.start, window.end);
    const cutBefore = window.start > 0;
    const cutAfter = window.end < text.length;
    // Go on from where the last window's matches end, as one run over the whole text would.
    for (const match of allMatches(pattern, part, Math.max(0, searchedTo - window.start))) {
      const start = window.start + match.index;
      const end = start + match[0].length;
      if ((cutBefore && match.index === 0) || (cutAfter && end === window.end)) continue;
      matches.push(shifted(match, window.start));
      searchedTo = Math.max(end, start + 1);
    }
  }
  return matches;
}

/** `match`, found in a part of a text that starts at `offset`, with the offsets of the whole text. */
function shifted(match: RegExpExecArray, offset: number): RegExpExecArray {
  if (offset === 0) return match;
  match.index += offset;
  const move = (span: [number, number] | undefined): [number, number] | undefined => span && [span[0] + offset, span[1] + offset];
  const indices = match.indices;
  if (indices) {
    for (let i = 0; i < indices.length; i++) indices[i] = move(indices[i])!;
    if (indices.groups) for (const name of Object.keys(indices.groups)) indices.groups[name] = move(indices.groups[name])!;
  }
  return match;
}

/** Which lines lie wholly inside a comment (see MultiLineComments). */
export interface LineComments {
  covers(start: number, end: number): boolean;
}

const commentSkippingRuleSets = new WeakMap<readonly Rule[], boolean>();
/** Whether a line's rules include one that never reports in a comment (asked once per set of woken rules). */
function wakesCommentSkippingRule(rules: readonly Rule[]): boolean {
  let wakes = commentSkippingRuleSets.get(rules);
  if (wakes === undefined) commentSkippingRuleSets.set(rules, (wakes = rules.some((rule) => rule.skipsComments === true)));
  return wakes;
}

function ruleHits(rule: Rule, text: string, context: RuleContext, wokenAt?: readonly number[]): readonly RuleHit[] {
  return isPatternRule(rule) ? patternHits(rule, text, context) : rule.find(text, context, wokenAt);
}

/**
 * Runs rules. Regexes whose first token is a character class make V8 try every offset of the
 * text, so a line-scoped rule runs only on the lines that contain one of its keywords: a file
 * without "accountkey" never pays for the storage rule, and a file with it pays for those lines.
 * Text-scoped rules (PEM blocks) run over the whole text, once, if a keyword occurs at all.
 * Matches come in rule-priority order (the order of `rules`), which decides overlaps.
 */
export function runRules(
  content: string,
  rules: readonly Rule[],
  context: RuleContext,
  cache?: LineResultCache,
  lines: readonly CandidateLine[] = candidateLines(content, rules),
  comments?: LineComments,
): RuleMatch[] {
  const usable = cache && cache.rules === rules && cache.context.fileType === context.fileType && cache.context.filePath === context.filePath ? cache : undefined;
  usable?.startScan();
  const matches: RuleMatch[] = [];
  /** Text-scoped rules and the lines that woke them. */
  const textRules = new Map<Rule, number[]>();
  for (const line of lines) {
    const text = content.slice(line.start, line.end);
    // A line inside a block comment: the rules that never report in one need not read it (the
    // MDN links on 7,000 JSDoc lines of TypeScript's lib.dom.d.ts were a sixth of a lib/ pass).
    // Its results then differ from the same text's elsewhere, so they are cached apart: no line's
    // text holds a newline.
    const commented = comments !== undefined && wakesCommentSkippingRule(line.rules) && comments.covers(line.start, line.end);
    const key = commented ? `\n${text}` : text;
    let lineMatches = usable?.get(key);
    if (!lineMatches) {
      const found: RuleMatch[] = [];
      for (const rule of line.rules) {
        if (rule.scope === "text" || (commented && rule.skipsComments)) continue;
        for (const hit of ruleHits(rule, text, context)) found.push(matchOf(rule, hit, 0));
      }
      lineMatches = found;
      usable?.set(key, found);
    }
    for (const match of lineMatches) matches.push(matchOf(match.rule, match, line.start));
    for (const rule of line.rules) {
      if (rule.scope !== "text") continue;
      const wokenAt = textRules.get(rule);
      if (wokenAt) wokenAt.push(line.start);
      else textRules.set(rule, [line.start]);
    }
  }
  for (const [rule, wokenAt] of textRules) for (const hit of ruleHits(rule, content, context, wokenAt)) matches.push(matchOf(rule, hit, 0));
  for (const rule of fileNamedRules(rules)) {
    if (!rule.fileName!.test(context.filePath)) continue;
    for (const hit of ruleHits(rule, content, context)) matches.push(matchOf(rule, hit, 0));
  }
  const priority = rulePriorities(rules);
  return matches.sort((a, b) => priority.get(a.rule)! - priority.get(b.rule)! || a.start - b.start);
}
