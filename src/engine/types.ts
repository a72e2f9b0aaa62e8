/**
 * The shape of what the engine returns. Everything here is plain data so the CLI, the extension and
 * tests can share it without importing `vscode` or any Node-only module.
 */

import type { PatternRule } from "./rules/types";

/** `secret` belongs in Key Vault; `config` is sensitive-but-not-secret and belongs in App Configuration. */
export type FindingKind = "secret" | "config";

/** Zero-based line and UTF-16 column, the convention of both VS Code and SARIF's `utf16CodeUnits`. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A half-open span of offsets in the scanned text. */
export interface OffsetSpan {
  readonly start: number;
  readonly end: number;
}

/** A half-open span in the scanned text, as offsets and as positions. */
export interface TextSpan {
  readonly start: Position;
  readonly end: Position;
  readonly startOffset: number;
  readonly endOffset: number;
}

export interface Finding {
  /** Stable rule id, for example `secretlint/github`. Used by ignores, baselines and SARIF. */
  readonly ruleId: string;
  /** Which detector inside the rule matched (secretlint's messageId), for example `GITHUB_TOKEN`. */
  readonly detectorId: string;
  readonly kind: FindingKind;
  /** Human-readable message. Never contains the secret: only its redacted preview. */
  readonly message: string;
  /** Span of the secret value itself, not of the surrounding match (no variable name, no quotes). */
  readonly range: TextSpan;
  /**
   * For a compound credential (a connection string holding a key or password), the span of the
   * whole credential, which is stored as one secret. Absent for a standalone secret.
   */
  readonly compound?: TextSpan;
  /** Redacted form of the value, such as `ghp_…(40)`. Safe to log and display. */
  readonly preview: string;
  /**
   * Stable identity of the finding that survives edits elsewhere in the file: derived from the rule,
   * the path as the caller gave it, a hash of the value and its occurrence index. No line numbers.
   */
  readonly fingerprint: string;
  /** Where the rule is documented. */
  readonly docsUrl: string;
  /**
   * The setting or variable the value is assigned to, as a configuration path where the file's
   * structure gives one: `ConnectionStrings:Default` in appsettings.json, `DB_PASSWORD` in .env,
   * `password` in `password = "…"`. Absent when the value stands alone. Names the stored secret.
   */
  readonly keyName?: string;
  /** A severity the rule asks for (custom rules); absent means the user's severity setting. */
  readonly severity?: FindingSeverity;
}

export type FindingSeverity = "error" | "warning" | "information" | "hint";

export interface ScanInput {
  /** The text to scan. */
  readonly content: string;
  /**
   * Path of the text, used for file-type decisions and in the fingerprint. Pass a path relative to
   * the workspace or repository root so fingerprints match across machines and clones.
   */
  readonly filePath: string;
  /**
   * Where the file sits in its project, when `filePath` does not say: the path its place is judged
   * by (a test, documentation, a locale's messages; and its type), relative to the project's root.
   * The CLI passes it for a file outside the current folder, whose `filePath` (`../other/tests/x.py`)
   * names folders above that project. Defaults to `filePath`; the fingerprint always uses `filePath`.
   */
  readonly placePath?: string;
  /**
   * The text's VS Code language id, where its path does not tell the language: a notebook cell
   * (whose path is its notebook's, and whose text is the cell's code), an untitled editor.
   * The fingerprint still uses `filePath` alone.
   */
  readonly languageId?: string;
  /** Workspace policy: extra rules, rules switched off, allowed values. Absent means defaults. */
  readonly options?: ScanOptions;
}

export interface ScanOptions {
  /** Rules from the workspace configuration file, run after the built-in ones. */
  readonly customRules?: readonly PatternRule[];
  /** Ids of rules that must not report (built-in or custom). */
  readonly disabledRules?: readonly string[];
  /** A finding whose value matches one of these is dropped (allow-list). */
  readonly allow?: readonly RegExp[];
  /** Report `config` findings (host names, IP addresses, internal URLs). Default true. */
  readonly includeConfig?: boolean;
}
