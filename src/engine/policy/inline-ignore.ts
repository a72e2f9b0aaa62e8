/**
 * Comments in the scanned text that silence findings: our own markers and the ones secretlint,
 * gitleaks and detect-secrets users already have in their code. A marker counts in any comment
 * syntax (`//`, `#`, `--`, `/* *\/`, `<!-- -->`, `;`, `REM`), after code on its line too, but not
 * as a string's text nor as prose in a documentation file (see markerCounts).
 *
 *   secret-hygiene-ignore [rule/id, …] [-- reason]            this line
 *   secret-hygiene-ignore-next-line [rule/id, …] [-- reason]  the line below
 *   secretlint-disable-line, secretlint-disable-next-line     this line, the line below
 *   secretlint-disable … secretlint-enable                     the lines between (or to the end)
 *   gitleaks:allow, pragma: allowlist secret                   this line
 *   pragma: allowlist nextline secret                          the line below
 *
 * Only our own markers take rule ids: the other tools' rule names are not ours, so their markers
 * silence every rule, as their users expect.
 */

import { markerCounts } from "./comment-context";

/** One marker found in the text. Lines are zero-based. */
export interface InlineIgnoreDirective {
  /** The marker as written, e.g. `secret-hygiene-ignore-next-line`. */
  readonly marker: string;
  /** The line the marker is on. */
  readonly line: number;
  /** First and last line it silences (inclusive); `lastLine` is Infinity for an unclosed block. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** Rules it silences; absent means every rule. */
  readonly ruleIds?: readonly string[];
  /** Where each of `ruleIds` is written: its offset in the text. */
  readonly ruleIdOffsets?: readonly number[];
  /** Why, from the text after ` -- `. */
  readonly reason?: string;
}

export interface InlineIgnores {
  readonly directives: readonly InlineIgnoreDirective[];
  /** Single-line directives by the line they silence, so a lookup is one map access. */
  readonly byLine: ReadonlyMap<number, readonly InlineIgnoreDirective[]>;
  /** Block directives (`secretlint-disable` … `secretlint-enable`), usually none. */
  readonly blocks: readonly InlineIgnoreDirective[];
}

const NO_IGNORES: InlineIgnores = { directives: [], byLine: new Map(), blocks: [] };

/**
 * Every marker, longest form first within each family. One pass over the text finds them all; the
 * word-boundary checks happen in code (see isStandalone) so the regex stays a plain alternation of
 * literals that V8 scans quickly.
 */
const MARKERS =
  /secret-hygiene-ignore(?:-next-line)?|secretlint-(?:disable(?:-next-line|-line)?|enable)|gitleaks:allow|pragma: ?allowlist[ -](?:nextline[ -])?secret/g;

/** `azure/sas-token`, `custom/internal-id`: rule ids always have a namespace. */
const RULE_ID = /[A-Za-z0-9@][\w.@-]*\/[\w./-]*[\w]/y;
/** Between ids: a comma, or blanks before another id (`azure/sas-token github/token`). */
const LIST_SEPARATOR = /[ \t]*,[ \t]*|[ \t]+(?=[A-Za-z0-9@][\w.@-]*\/)/y;
/**
 * Before the ids: blanks, and the ways people write a list that are not ours but mean it:
 * `: azure/sas-token`, `rule=azure/sas-token`, `(azure/sas-token)`, `[…]`, `'…'`, `` `…` ``.
 * Read as ids rather than left as words: otherwise the marker would silence every rule.
 */
const SPACES = /[ \t]*(?:(?:rules?[ \t]*)?[:=][ \t]*)?[([{"'`]?[ \t]*/y;
const LIST_CLOSER = /[ \t]*[)\]}"'`]/y;
/** ` -- ` before a reason; a `--` glued to a word is not one. */
const REASON_SEPARATOR = /(?<=^|[ \t])--(?=[ \t]|$)/g;
/** What closes a comment at the end of a line; not part of a reason. */
const COMMENT_CLOSER = /\s*(?:\*\/|-->|%>|\*@|#\}|\}\})?\s*$/;

const WORD_CHAR = /[\w]/;

/**
 * A marker counts only as a whole token: not `my-secret-hygiene-ignore` nor `gitleaks:allowed`. A
 * hyphen next to it is fine when no word follows (`<!--secret-hygiene-ignore-->`).
 */
function isStandalone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before !== undefined && (WORD_CHAR.test(before) || (before === "-" && WORD_CHAR.test(text[start - 2] ?? "")))) return false;
  const after = text[end];
  if (after !== undefined && (WORD_CHAR.test(after) || (after === "-" && WORD_CHAR.test(text[end + 1] ?? "")))) return false;
  return true;
}

/**
 * A comment's opener, then blanks, where a marker starts: `//`, `/*`, ` * ` inside a block, `#`,
 * `<!--`, `--`, `;`, `%`, `REM`, `'` (Visual Basic), `{#`, `@*`, `(*`, `!`. Not after a quote: a
 * string that holds one (a generator's `"/* secretlint-disable"`) is text.
 */
const COMMENT_OPENER_BEFORE = /(?:^|[^"'`])(?:\/\/+|\/\*+|(?:^|\s)\*|#|<!--|--|;|%|\bREM|\bdnl|'|\{#|@\*|\(\*|!)[ \t]*$/i;
/** Words after `secretlint-disable` other than a comment's closer: the names of secretlint's rules. */
const NAMES_RULES_AFTER = /^[ \t]+(?!--|\*\/|-->|#\}|\*@|\*\))[@\w]/;

/** The text before `at` on its line, at most 200 characters of it. */
function lineTextBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 200), at);
  return window.slice(Math.max(window.lastIndexOf("\n"), window.lastIndexOf("\r")) + 1);
}

/**
 * The rest of the line after a marker, at most 4,000 characters of it: ids, a reason and a string's
 * closing quote fit, and a line holding a marker every few characters is not read to its end once
 * per marker.
 */
function restOfLine(text: string, from: number): string {
  let end = from;
  const limit = Math.min(text.length, from + 4000);
  while (end < limit && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return text.slice(from, end);
}

/** Line breaks in [from, to): `\n`, `\r\n` or a lone `\r`, as TextIndex counts them. */
function lineBreaksBetween(text: string, from: number, to: number, hasCarriageReturns: boolean): number {
  let breaks = 0;
  if (!hasCarriageReturns) {
    // indexOf is several times faster than a character loop, and most text has only `\n`.
    for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) breaks++;
    return breaks;
  }
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks;
}

/** Rule ids and a reason after one of our markers: `azure/sas-token, github/token -- rotated`. */
function parseArguments(restOfLine: string, offset: number): { ruleIds?: string[]; ruleIdOffsets?: number[]; reason?: string } {
  const rest = restOfLine.replace(COMMENT_CLOSER, "");
  const ruleIds: string[] = [];
  const ruleIdOffsets: number[] = [];
  SPACES.lastIndex = 0;
  SPACES.exec(rest);
  let position = SPACES.lastIndex;
  for (;;) {
    RULE_ID.lastIndex = position;
    const id = RULE_ID.exec(rest);
    if (!id) break;
    ruleIds.push(id[0]);
    ruleIdOffsets.push(offset + position);
    position = RULE_ID.lastIndex;
    LIST_SEPARATOR.lastIndex = position;
    if (!LIST_SEPARATOR.exec(rest)) break;
    position = LIST_SEPARATOR.lastIndex;
  }
  if (ruleIds.length > 0) {
    LIST_CLOSER.lastIndex = position;
    if (LIST_CLOSER.exec(rest)) position = LIST_CLOSER.lastIndex;
  }
  REASON_SEPARATOR.lastIndex = position;
  const separator = REASON_SEPARATOR.exec(rest);
  const reason = separator ? rest.slice(REASON_SEPARATOR.lastIndex).trim() : "";
  return { ...(ruleIds.length > 0 ? { ruleIds, ruleIdOffsets } : {}), ...(reason ? { reason } : {}) };
}

/** Which lines a marker silences, relative to its own line, or whether it opens or closes a block. */
function reach(marker: string): "line" | "next-line" | "block-start" | "block-end" {
  if (marker.endsWith("next-line") || marker.includes("nextline")) return "next-line";
  if (marker === "secretlint-disable") return "block-start";
  if (marker === "secretlint-enable") return "block-end";
  return "line";
}

/**
 * Finds every ignore marker in the text in one pass. Costs one regex scan when there are none, and
 * returns a shared empty result then.
 */
/**
 * Lower-case pieces every marker contains. The engine's keyword pass looks for them along with the
 * rules' keywords, and calls parseInlineIgnores only for texts that have one.
 */
export const INLINE_IGNORE_MARKER_PIECES: readonly string[] = ["secret-hygiene-ignore", "secretlint-", "gitleaks:allow", "allowlist"];

/** @param filePath the text's path, when known: in prose files (Markdown…) a marker counts only in an HTML comment or a code fence. */
export function parseInlineIgnores(content: string, filePath?: string): InlineIgnores {
  MARKERS.lastIndex = 0;
  let match = MARKERS.exec(content);
  if (!match) return NO_IGNORES;

  const directives: InlineIgnoreDirective[] = [];
  const byLine = new Map<number, InlineIgnoreDirective[]>();
  const blocks: InlineIgnoreDirective[] = [];
  let openBlock: { marker: string; line: number } | undefined;
  // Lines are counted incrementally between markers, so the text is walked once in all.
  let line = 0;
  let counted = 0;
  const hasCarriageReturns = content.includes("\r");
  for (; match; match = MARKERS.exec(content)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isStandalone(content, start, end)) continue;
    line += lineBreaksBetween(content, counted, start, hasCarriageReturns);
    counted = start;

    const marker = match[0];
    // A string that holds a marker, and a README's sentence that mentions one, silence nothing.
    if (!markerCounts(content, start, restOfLine(content, end), filePath)) continue;
    const kind = reach(marker);
    if (kind === "block-start") {
      // It silences every line to the end of the file, so it counts only as a comment's first word,
      // and only for every rule: `secretlint-disable @secretlint/secretlint-rule-npm` names
      // secretlint's rules, not ours, and prose that mentions it ("we never use
      // secretlint-disable") is no comment.
      if (openBlock) continue;
      if (!COMMENT_OPENER_BEFORE.test(lineTextBefore(content, start))) continue;
      if (NAMES_RULES_AFTER.test(restOfLine(content, end))) continue;
      openBlock = { marker, line };
      continue;
    }
    if (kind === "block-end") {
      if (openBlock) {
        const block = { marker: openBlock.marker, line: openBlock.line, firstLine: openBlock.line, lastLine: line };
        blocks.push(block);
        directives.push(block);
        openBlock = undefined;
      }
      continue;
    }
    const ours = marker.startsWith("secret-hygiene-");
    const target = kind === "next-line" ? line + 1 : line;
    const directive: InlineIgnoreDirective = {
      marker,
      line,
      firstLine: target,
      lastLine: target,
      ...(ours ? parseArguments(restOfLine(content, end), end) : {}),
    };
    directives.push(directive);
    const onLine = byLine.get(target);
    if (onLine) onLine.push(directive);
    else byLine.set(target, [directive]);
  }
  if (openBlock) {
    const block = { marker: openBlock.marker, line: openBlock.line, firstLine: openBlock.line, lastLine: Number.POSITIVE_INFINITY };
    blocks.push(block);
    directives.push(block);
  }
  return directives.length === 0 ? NO_IGNORES : { directives, byLine, blocks };
}

function covers(directive: InlineIgnoreDirective, ruleId: string): boolean {
  return directive.ruleIds === undefined || directive.ruleIds.includes(ruleId);
}

/** True when a marker silences `ruleId` on this zero-based line. */
export function isIgnored(ignores: InlineIgnores, line: number, ruleId: string): boolean {
  const onLine = ignores.byLine.get(line);
  if (onLine?.some((directive) => covers(directive, ruleId))) return true;
  return ignores.blocks.some((block) => block.firstLine <= line && line <= block.lastLine && covers(block, ruleId));
}
