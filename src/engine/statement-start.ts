/**
 * The line where the statement or key that a value belongs to starts: the line a person sees as
 * the finding's, and where an inline ignore marker for it goes. Usually the value's own line; an
 * earlier one where the value does not start its statement:
 *
 *   key: |                        a YAML block scalar (or a plain one below its key): the key's line;
 *     -----BEGIN …                no comment can go inside the block, where it would be content
 *
 *   CS = ("Server=…;"             a string written in pieces over several lines (joined by `+`,
 *         "Password=…;")          `&`, `.`, by adjacency in Python and C, or after `=` or `\`)
 *
 * Only a value that is the first thing of its block, or a piece of one string expression, climbs:
 * a YAML list's items, a call's arguments and a mapping's entries each start their own statement,
 * so a marker above one of them never silences the next.
 */
import { fileExtensionOf, C_AND_CPP_EXTENSIONS, isYamlFile, typePathOf } from "./file-type";
import { TextIndex } from "./text-index";

/** How many lines above its value a statement may start: pieces of one string, not a file. */
const MAX_CLIMB = 50;

/** A YAML key (or list dash) that takes its value on the lines below: `key: |`, `key: >-`, `- |`, `key:`, after a tag or an anchor. */
const YAML_KEY_ABOVE_VALUE =
  /^[ \t]*(?:-[ \t]+)?(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'-][^#]{0,300}?|-[^\s#][^#]{0,300}?)[ \t]*:(?:[ \t]+(?:!!?[\w/-]*|&[\w-]+))*(?:[ \t]+[|>][1-9+-]{0,2})?[ \t]*(?:#.*)?$/;
const YAML_DASH_BLOCK_SCALAR = /^[ \t]*-(?:[ \t]+(?:!!?[\w/-]*|&[\w-]+))*[ \t]+[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$/;

/** Languages where two string literals side by side are one string: `"Server=…;" "Password=…;"`. */
const ADJACENT_LITERALS_JOIN = new Set(["py", "pyi", "pyw", "pyx", ...C_AND_CPP_EXTENSIONS, "m", "mm"]);
/** Files where a line ending in `\` does not continue onto the next. */
const NO_BACKSLASH_CONTINUATION = new Set(["json", "jsonc", "har", "md", "markdown", "mdx", "rst", "adoc", "txt"]);

/** A line's end that says a string's next piece follows: a concatenation operator. */
const ENDS_WITH_CONCATENATION = /(?:\+|&|\.\.?|\|\|)$/;
/** A line's start that joins it to the string above: a quote, or a concatenation operator before one. */
const STARTS_WITH_PIECE = /^(?:(?:\+|&|\.\.?|\|\|)[ \t]*)?[rRbBuUfF@$]{0,2}["'`]/;
const STARTS_WITH_OPERATOR = /^(?:\+|&|\.\.?|\|\|)[ \t]*[rRbBuUfF@$]{0,2}["'`]/;
const ENDS_WITH_QUOTE = /["'`]$/;
/** An assignment whose value is on the next line: `token =`, `token :=`, `'key' =>`. */
const ENDS_WITH_ASSIGNMENT = /(?:[^=!<>]=|:=|=>)$/;
/** A comment after a piece's closing quote (`"Server=…;"  # note`): the piece still goes on below. */
const COMMENT_AFTER_QUOTE = /(["'`])[ \t]+(?:#|\/\/).*$/;
/** Odd number of backslashes at the end: the line goes on below. */
const ENDS_WITH_BACKSLASH = /(?:^|[^\\])(?:\\\\)*\\$/;

const LINE_BREAK_AT_END = /(?:\r?\n|\r)$/;
/** How much of a line's start or end is read: a minified file's megabyte line is never copied whole, once per finding. */
const LINE_EDGE = 400;

/** The first or last LINE_EDGE characters of a line, without its line break. */
function lineEdge(content: string, lines: TextIndex, line: number, edge: "start" | "end"): string {
  const start = lines.lineStart(line) ?? content.length;
  const end = lines.lineStart(line + 1) ?? content.length;
  const text = edge === "start" ? content.slice(start, Math.min(end, start + LINE_EDGE)) : content.slice(Math.max(start, end - LINE_EDGE), end);
  return text.replace(LINE_BREAK_AT_END, "");
}

/** The zero-based line where the statement holding the value at `valueStart` starts. */
export function statementStartLine(content: string, lines: TextIndex, valueStart: number, typePath: string): number {
  const valueLine = lines.positionAt(valueStart).line;
  if (isYamlFile(typePath)) return yamlKeyLine(content, lines, valueStart, valueLine) ?? valueLine;
  const extension = fileExtensionOf(typePath);
  const adjacentLiteralsJoin = ADJACENT_LITERALS_JOIN.has(extension);
  const backslashContinues = !NO_BACKSLASH_CONTINUATION.has(extension);
  let start = valueLine;
  // (A `(` before the first piece belongs to the expression only once two pieces are joined:
  // alone, `f(` then `"ghp_…",` is a call whose arguments are each their own value.)
  let joinedPieces = false;
  for (let climbed = 0; start > 0 && climbed < MAX_CLIMB; climbed++) {
    const above = lineEdge(content, lines, start - 1, "end").trimEnd().replace(COMMENT_AFTER_QUOTE, "$1");
    const here = lineEdge(content, lines, start, "start").trimStart();
    if (backslashContinues && ENDS_WITH_BACKSLASH.test(above)) {
      start--;
      continue;
    }
    if (!STARTS_WITH_PIECE.test(here)) break;
    if (STARTS_WITH_OPERATOR.test(here) || ENDS_WITH_CONCATENATION.test(above) || (adjacentLiteralsJoin && ENDS_WITH_QUOTE.test(above))) {
      joinedPieces = true;
      start--;
      continue;
    }
    if (ENDS_WITH_ASSIGNMENT.test(above) || (joinedPieces && above.endsWith("("))) start--;
    break;
  }
  return start;
}

/**
 * The line of the YAML key whose value starts at `valueStart` on a later line: the value is the
 * first thing of its key's block (blank lines only between), and the key holds nothing else.
 */
function yamlKeyLine(content: string, lines: TextIndex, valueStart: number, valueLine: number): number | undefined {
  const lineStart = lines.lineStart(valueLine) ?? 0;
  if (valueStart - lineStart > LINE_EDGE || content.slice(lineStart, valueStart).trim() !== "") return undefined;
  const indentOf = (text: string) => text.length - text.trimStart().length;
  const valueIndent = valueStart - lineStart;
  for (let line = valueLine - 1; line >= 0 && line >= valueLine - MAX_CLIMB; line--) {
    const text = lineEdge(content, lines, line, "start");
    if (text.trim() === "") continue;
    if (indentOf(text) >= valueIndent) return undefined;
    return YAML_KEY_ABOVE_VALUE.test(text) || YAML_DASH_BLOCK_SCALAR.test(text) ? line : undefined;
  }
  return undefined;
}

/**
 * The line of `content` where the statement of a finding at `offset` starts, as a scan of the
 * same text under `filePath` and `languageId` reads it: where "Ignore this finding…" puts its
 * marker above, for it to count (statement-ignores.ts) and to go where a comment can.
 */
export function findingStatementLine(content: string, filePath: string, offset: number, languageId?: string): number {
  return statementStartLine(content, new TextIndex(content), offset, typePathOf(filePath, languageId, content));
}
