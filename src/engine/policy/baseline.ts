/**
 * A baseline records the findings a team has accepted (or will fix later) so that only new ones
 * are reported. It is committed with the repository, so it holds no values and no previews: only
 * each finding's fingerprint (a truncated hash of rule, path, value and occurrence), its rule id
 * and its file for people reading a diff. No line numbers and no timestamps, so moving code or
 * running the update twice leaves the file unchanged byte for byte.
 */
import { parse } from "jsonc-parser";
import type { ParseError } from "jsonc-parser";
import type { Finding } from "../types";
import { describeSyntaxError } from "./json-document";

export const BASELINE_VERSION = 1;
export const DEFAULT_BASELINE_PATH = ".secrethygiene-baseline.json";

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  /** Path relative to the folder root, with forward slashes. */
  readonly file: string;
}

export interface Baseline {
  readonly entries: readonly BaselineEntry[];
  readonly fingerprints: ReadonlySet<string>;
}

/** A baseline file that cannot be used; the message says what to fix. */
export class BaselineError extends Error {}

const FINGERPRINT = /^[0-9a-f]{32}$/;

function normalizePath(file: string): string {
  return file.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  // Code-unit order, not locale order: the same bytes on every machine.
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}

/**
 * The text of a baseline file for these findings, keyed by the path each was scanned under.
 * `kept` entries (say, for files this run did not scan) are carried over.
 */
export function createBaseline(
  findingsByFile: Iterable<readonly [string, readonly Pick<Finding, "fingerprint" | "ruleId">[]]>,
  kept: readonly BaselineEntry[] = [],
): string {
  const entries = new Map<string, BaselineEntry>();
  for (const entry of kept) entries.set(entry.fingerprint, { fingerprint: entry.fingerprint, ruleId: entry.ruleId, file: normalizePath(entry.file) });
  for (const [file, findings] of findingsByFile) {
    for (const finding of findings) {
      entries.set(finding.fingerprint, { fingerprint: finding.fingerprint, ruleId: finding.ruleId, file: normalizePath(file) });
    }
  }
  const findings = [...entries.values()].sort(compareEntries);
  return `${JSON.stringify({ version: BASELINE_VERSION, findings }, null, 2)}\n`;
}

/** What is wrong with text that is not JSON and where, in words that quote none of it. */
function jsonSyntaxError(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return "comments or trailing commas are not allowed";
  const before = text.slice(0, first.offset);
  const line = before.split("\n").length;
  const column = first.offset - (before.lastIndexOf("\n") + 1) + 1;
  return `${describeSyntaxError(first.error)} at line ${line}, column ${column}`;
}

/** Reads a baseline file; throws a {@link BaselineError} that says what is wrong with it. */
export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON.parse's message: it quotes the text, and a file given as the baseline by mistake may hold secrets.
    throw new BaselineError(`not valid JSON (${jsonSyntaxError(text)})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new BaselineError('expected an object like {"version": 1, "findings": [...]}');
  }
  const { version, findings } = data as { version?: unknown; findings?: unknown };
  if (version !== BASELINE_VERSION) {
    // (A number is shown; anything else only by its type, since the file may hold secrets.)
    const shown = typeof version === "number" ? String(version) : version === undefined ? "missing" : `of type ${Array.isArray(version) ? "array" : version === null ? "null" : typeof version}`;
    throw new BaselineError(`unsupported version (${shown}): this version of Secret Hygiene reads version ${BASELINE_VERSION}`);
  }
  if (!Array.isArray(findings)) throw new BaselineError("'findings' must be an array");
  const entries = findings.map((item: unknown, index): BaselineEntry => {
    const { fingerprint, ruleId, file } = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof fingerprint !== "string" || !FINGERPRINT.test(fingerprint)) {
      throw new BaselineError(`findings[${index}]: 'fingerprint' must be 32 lower-case hex digits`);
    }
    if (typeof ruleId !== "string" || ruleId === "") throw new BaselineError(`findings[${index}]: 'ruleId' must be a rule id`);
    if (typeof file !== "string" || file === "") throw new BaselineError(`findings[${index}]: 'file' must be a relative path`);
    return { fingerprint, ruleId, file };
  });
  return { entries, fingerprints: new Set(entries.map((entry) => entry.fingerprint)) };
}

/** The findings a baseline does not list (all of them when there is no baseline). */
export function filterBaselined<T extends Pick<Finding, "fingerprint">>(findings: readonly T[], baseline: Baseline | undefined): T[] {
  if (!baseline || baseline.fingerprints.size === 0) return [...findings];
  return findings.filter((finding) => !baseline.fingerprints.has(finding.fingerprint));
}
