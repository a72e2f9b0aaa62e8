/**
 * Which markers silence a finding: one on any line of its statement, from the line its key or
 * statement starts on (see statementStartLine) to the value's last line or the closing quote's
 * below it, so a marker after `key: |`, after a PEM's closing `"""` or above the first line of a
 * string written in pieces counts. A marker pointing below (`-next-line`) counts on the line above that start, and so does
 * `gitleaks:allow` alone on its line there: gitleaks has no next-line form, and its users put it
 * above a block they cannot write a comment in. Nothing further away: not the line above an item of
 * the same list, nor one after the statement.
 */
import { isIgnored, type InlineIgnores } from "./policy/inline-ignore";
import { isYamlFile } from "./file-type";
import { statementStartLine } from "./statement-start";
import type { TextIndex } from "./text-index";

/** Only a comment's opener before `gitleaks:allow`: the line holds nothing else. */
const COMMENT_ONLY_BEFORE = /^[ \t]*(?:\/\/+|\/\*+|\*|#+|<!--|--|;+|%|REM\b|::|')[ \t]*$/i;
const GITLEAKS_ALLOW = "gitleaks:allow";
/** A line whose first character (after indentation) closes a string. */
const OPENS_WITH_QUOTE = /^[ \t]*["'`]/;
/** Enough of a line to see its indentation and first character. */
const LINE_PEEK = 200;

/** Whether a marker in `content` (as `lines` counts its lines) silences `ruleId`'s value at [start, end). */
export function isStatementIgnored(ignores: InlineIgnores, content: string, lines: TextIndex, typePath: string, ruleId: string, start: number, end: number): boolean {
  const first = statementStartLine(content, lines, start, typePath);
  const last = statementEndLine(content, lines, end, typePath);
  for (let line = first; line <= last; line++) if (isIgnored(ignores, line, ruleId)) return true;
  return first > 0 && gitleaksAllowAlone(ignores, content, lines, first - 1);
}

/**
 * The value's last line or, where the value ends its line and the next line opens with a quote
 * (`"""  # pragma: allowlist secret` under a PEM, `` `; // gitleaks:allow ``), that line: the
 * string closes there. Not in YAML, whose block scalars close without a quote: a line opening
 * with one there is the next key.
 */
function statementEndLine(content: string, lines: TextIndex, end: number, typePath: string): number {
  const last = lines.positionAt(end).line;
  const next = lines.lineStart(last + 1);
  if (next === undefined || isYamlFile(typePath) || content.slice(end, next).trim() !== "") return last;
  return OPENS_WITH_QUOTE.test(content.slice(next, next + LINE_PEEK)) ? last + 1 : last;
}

function gitleaksAllowAlone(ignores: InlineIgnores, content: string, lines: TextIndex, line: number): boolean {
  if (!ignores.byLine.get(line)?.some((directive) => directive.marker === GITLEAKS_ALLOW && directive.line === line)) return false;
  const text = content.slice(lines.lineStart(line), lines.lineStart(line + 1) ?? content.length);
  return COMMENT_ONLY_BEFORE.test(text.slice(0, text.indexOf(GITLEAKS_ALLOW)));
}
