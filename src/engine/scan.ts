import { lintSource } from "@secretlint/core";
import { creator as recommendedPreset } from "@secretlint/secretlint-rule-preset-recommend";
import type { SecretLintCoreConfig, SecretLintCoreResultMessage } from "@secretlint/types";
import { expandToConnectionString } from "./compound";
import { fingerprint } from "./fingerprint";
import { locateValue } from "./locate";
import { runPatternRules } from "./pattern-scan";
import { isPlaceholder } from "./placeholder";
import { redact } from "./redact";
import { PATTERN_RULES } from "./rules";
import { secretlintRule } from "./rules/secretlint";
import type { PatternRule, RuleInfo } from "./rules/types";
import { TextIndex } from "./text-index";
import type { Finding, OffsetSpan, ScanInput, ScanOptions } from "./types";

// Rules are imported statically so the bundler follows them: secretlint's config loader resolves
// rule packages by name at run time, which a single-file bundle cannot do.
const SECRETLINT_CONFIG: SecretLintCoreConfig = {
  rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: recommendedPreset }],
};

/** A located value before it becomes a Finding. */
interface Candidate {
  readonly rule: RuleInfo;
  readonly detectorId: string;
  readonly start: number;
  readonly end: number;
  readonly compound?: OffsetSpan;
}

function extensionOf(filePath: string): string {
  const base = filePath.slice(Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot) : "";
}

/** Values the rule reported next to the match; one of them is usually the bare secret. */
function reportedValues(message: SecretLintCoreResultMessage): string[] {
  const data = (message as { data?: Record<string, unknown> }).data;
  if (!data) return [];
  return Object.values(data).filter((value): value is string => typeof value === "string");
}

async function secretlintCandidates(content: string, filePath: string): Promise<Candidate[]> {
  const result = await lintSource({
    source: { content, filePath, ext: extensionOf(filePath), contentType: "text" },
    // Unmasked on purpose: we need the raw value to locate it. secretlint's message text is dropped
    // and every string that leaves the engine is built from the redacted preview.
    options: { config: SECRETLINT_CONFIG, maskSecrets: false },
  });
  return result.messages.map((message) => {
    const [matchStart, matchEnd] = message.range;
    const hints = reportedValues(message);
    const windowEnd = Math.min(content.length, matchEnd + Math.max(0, ...hints.map((hint) => hint.length)));
    const located = locateValue(content.slice(matchStart, windowEnd), matchEnd - matchStart, hints);
    return {
      rule: secretlintRule(message.ruleId, message.docsUrl),
      detectorId: message.messageId,
      start: matchStart + located.start,
      end: matchStart + located.end,
    };
  });
}

/** Built-in rules plus the workspace's own, minus those it switched off. Cached per options object. */
const ruleSets = new WeakMap<ScanOptions, readonly PatternRule[]>();
function activeRules(options: ScanOptions | undefined): readonly PatternRule[] {
  if (!options) return PATTERN_RULES;
  let rules = ruleSets.get(options);
  if (!rules) {
    const disabled = new Set(options.disabledRules ?? []);
    rules = [...PATTERN_RULES, ...(options.customRules ?? [])].filter(
      (rule) => !disabled.has(rule.id) && (options.includeConfig !== false || rule.kind !== "config"),
    );
    ruleSets.set(options, rules);
  }
  return rules;
}

function ownCandidates(content: string, options: ScanOptions | undefined): Candidate[] {
  return runPatternRules(content, activeRules(options)).map(({ rule, start, end }) => ({
    rule,
    detectorId: rule.id,
    start,
    end,
    ...(rule.compound ? { compound: expandToConnectionString(content, start, end) } : {}),
  }));
}

/**
 * Keeps one candidate per place: where spans overlap, the earlier candidate wins. Our own rules
 * come first (they know Azure formats and compound credentials), then secretlint's.
 */
function withoutOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Scans one text. Pure apart from hashing: no file system, no `vscode`, no network. The result is
 * sorted by position, with one finding per value.
 */
export async function scan(input: ScanInput): Promise<Finding[]> {
  const { content, filePath, options } = input;
  if (content.length === 0) return [];
  const disabled = new Set(options?.disabledRules ?? []);
  const allow = options?.allow ?? [];
  const candidates = withoutOverlaps([
    ...ownCandidates(content, options),
    ...(await secretlintCandidates(content, filePath)).filter((candidate) => !disabled.has(candidate.rule.id)),
  ]).filter((candidate) => {
    const value = content.slice(candidate.start, candidate.end);
    return !isPlaceholder(value) && !allow.some((pattern) => pattern.test(value));
  });
  if (candidates.length === 0) return []; // the common case: skip building the line index

  const index = new TextIndex(content);
  const occurrences = new Map<string, number>();
  return candidates.map(({ rule, detectorId, start, end, compound }) => {
    const value = content.slice(start, end);
    const occurrenceKey = `${rule.id}\u0000${value}`;
    const occurrence = occurrences.get(occurrenceKey) ?? 0;
    occurrences.set(occurrenceKey, occurrence + 1);
    const preview = redact(value);
    return {
      ruleId: rule.id,
      detectorId,
      kind: rule.kind,
      message: `${rule.title}: ${preview}`,
      range: index.span(start, end),
      ...(compound ? { compound: index.span(compound.start, compound.end) } : {}),
      preview,
      fingerprint: fingerprint(rule.id, filePath, value, occurrence),
      docsUrl: rule.docsUrl,
      ...(rule.severity ? { severity: rule.severity } : {}),
    };
  });
}
