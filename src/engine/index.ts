// The engine's public surface. The CLI and the extension import from here only.
export { scan } from "./scan";
export { redact } from "./redact";
export { knownRules } from "./rules";
export type { RuleInfo } from "./rules/types";
export type { Finding, FindingKind, FindingSeverity, Position, ScanInput, ScanOptions, TextSpan } from "./types";
export type { PatternRule } from "./rules/types";
export { decodeFileContent } from "./decode";
export type { Decoded } from "./decode";
export { oversizeReason, SKIPPED_DIRECTORIES } from "./file-policy";
