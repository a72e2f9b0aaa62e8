import { lintSource } from "@secretlint/core";
import { creator as recommendedPreset } from "@secretlint/secretlint-rule-preset-recommend";
import type { SecretLintCoreConfig, SecretLintCoreResultMessage } from "@secretlint/types";
import { fingerprint } from "./fingerprint";
import { locateValue } from "./locate";
import { redact } from "./redact";
import { secretlintRule } from "./rules";
import { TextIndex } from "./text-index";
import type { Finding, ScanInput } from "./types";

// Rules are imported statically so the bundler follows them: secretlint's config loader resolves
// rule packages by name at run time, which a single-file bundle cannot do.
const SECRETLINT_CONFIG: SecretLintCoreConfig = {
  rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: recommendedPreset }],
};

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

/**
 * Scans one text. Pure apart from hashing: no file system, no `vscode`, no network. The result is
 * sorted by position, with one finding per distinct value span.
 */
export async function scan(input: ScanInput): Promise<Finding[]> {
  const { content, filePath } = input;
  if (content.length === 0) return [];
  const result = await lintSource({
    source: { content, filePath, ext: extensionOf(filePath), contentType: "text" },
    // Unmasked on purpose: we need the raw value to locate it. secretlint's message text is dropped
    // below and every string that leaves this function is built from the redacted preview.
    options: { config: SECRETLINT_CONFIG, maskSecrets: false },
  });

  if (result.messages.length === 0) return []; // the common case: skip building the line index
  const index = new TextIndex(content);
  const seenSpans = new Set<string>();
  const occurrences = new Map<string, number>();
  const findings: Finding[] = [];
  const messages = [...result.messages].sort((a, b) => a.range[0] - b.range[0]);
  for (const message of messages) {
    const [matchStart, matchEnd] = message.range;
    const hints = reportedValues(message);
    const windowEnd = Math.min(content.length, matchEnd + Math.max(0, ...hints.map((hint) => hint.length)));
    const located = locateValue(content.slice(matchStart, windowEnd), matchEnd - matchStart, hints);
    const startOffset = matchStart + located.start;
    const endOffset = matchStart + located.end;
    const spanKey = `${startOffset}:${endOffset}`;
    if (seenSpans.has(spanKey)) continue; // two rules on one value: report it once
    seenSpans.add(spanKey);

    const rule = secretlintRule(message.ruleId, message.docsUrl);
    const value = content.slice(startOffset, endOffset);
    const occurrenceKey = `${rule.id}\u0000${value}`;
    const occurrence = occurrences.get(occurrenceKey) ?? 0;
    occurrences.set(occurrenceKey, occurrence + 1);
    const preview = redact(value);
    findings.push({
      ruleId: rule.id,
      detectorId: message.messageId,
      kind: rule.kind,
      message: `${rule.title}: ${preview}`,
      range: index.span(startOffset, endOffset),
      preview,
      fingerprint: fingerprint(rule.id, filePath, value, occurrence),
      docsUrl: rule.docsUrl,
    });
  }
  return findings;
}
