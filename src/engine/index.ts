// The engine's public surface. The CLI and the extension import from here only.
export { scan, scanText } from "./scan";
export { redact } from "./redact";
export { knownRules } from "./rules";
export type { PatternRule, RuleInfo } from "./rules/types";
export type { Finding, FindingKind, FindingSeverity, Position, ScanInput, ScanOptions, TextSpan } from "./types";
export { decodeFileContent } from "./decode";
export type { Decoded } from "./decode";
export { generatedFileReason, oversizeReason, SKIPPED_DIRECTORIES } from "./file-policy";
export { isIgnored, parseInlineIgnores } from "./policy/inline-ignore";
export type { InlineIgnoreDirective, InlineIgnores } from "./policy/inline-ignore";
