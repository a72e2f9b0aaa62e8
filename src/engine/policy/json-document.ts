/**
 * JSON (with comments) parsed into a tree that keeps offsets, so each problem in a configuration
 * file can point at the exact key or value. Parsing recovers from errors: what is well-formed
 * still loads, and every syntax error becomes a problem of its own.
 */
import { parseTree, printParseErrorCode } from "jsonc-parser";
import type { Node, ParseError, ParseErrorCode } from "jsonc-parser";
import { TextIndex } from "../text-index";
import type { TextSpan } from "../types";

export type { Node as JsonNode } from "jsonc-parser";

/** Something wrong in a configuration file, where it is, and whether the rest still applies. */
export interface ConfigProblem {
  readonly message: string;
  /** Where in the document, such as `customRules[1].pattern`; empty for the document itself. */
  readonly path: string;
  /** `error`: the entry was left out. `warning`: it applies, but probably not as meant. */
  readonly severity: "error" | "warning";
  readonly range: TextSpan;
}

/** Plain words for jsonc-parser's error names (printParseErrorCode); unknown names pass through. */
const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "not a valid number",
  PropertyNameExpected: "a property name in double quotes is expected",
  ValueExpected: "a value is expected",
  ColonExpected: "':' is expected",
  CommaExpected: "',' is expected",
  CloseBraceExpected: "'}' is expected",
  CloseBracketExpected: "']' is expected",
  EndOfFileExpected: "unexpected text after the end of the document",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "control character in a string",
};

/** jsonc-parser's error code in plain words, for every JSON file we read (config, baseline, vault mapping). */
export function describeSyntaxError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return SYNTAX_MESSAGES[name] ?? name;
}

/** Far deeper than any configuration file is written, far shallower than the parser's stack allows. */
const MOST_NESTING = 256;

/** Whether brackets and braces outside strings open more than `most` levels at some point. */
function nestsDeeperThan(text: string, most: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (++depth > most) return true;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) depth--;
  }
  return false;
}

/** A parsed document and a way to record problems against it. */
export class JsonDocument {
  readonly root: Node | undefined;
  readonly problems: ConfigProblem[] = [];
  private readonly index: TextIndex;

  constructor(readonly text: string) {
    this.index = new TextIndex(text);
    // The parser recurses once a level: a document nested thousands deep would overflow the
    // stack and stop the whole run, where any other broken file is one problem of its own.
    if (nestsDeeperThan(text, MOST_NESTING)) {
      this.root = undefined;
      this.problems.push({ message: `nested more than ${MOST_NESTING} levels deep: not read`, path: "", severity: "error", range: this.index.span(0, Math.min(text.length, 1)) });
      return;
    }
    const errors: ParseError[] = [];
    this.root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
    for (const error of errors) {
      this.problems.push({
        message: `not valid JSON: ${describeSyntaxError(error.error)}`,
        path: "",
        severity: "error",
        range: this.index.span(error.offset, error.offset + Math.max(error.length, 0)),
      });
    }
  }

  /** Records a problem on a node (the whole document when the node is missing). */
  report(node: Node | undefined, path: string, message: string, severity: ConfigProblem["severity"] = "error"): void {
    const start = node?.offset ?? 0;
    const end = node ? node.offset + node.length : Math.min(this.text.length, 1);
    this.problems.push({ message: path ? `${path}: ${message}` : message, path, severity, range: this.index.span(start, end) });
  }
}

/** An object's properties as [key node, value node, key]. */
export function properties(node: Node): [Node, Node | undefined, string][] {
  return (node.children ?? []).flatMap((property) => {
    const [keyNode, valueNode] = property.children ?? [];
    return keyNode && typeof keyNode.value === "string" ? [[keyNode, valueNode, keyNode.value] as [Node, Node | undefined, string]] : [];
  });
}

/** A JSON value's type as a user would name it. */
export function typeName(node: Node | undefined): string {
  if (!node) return "nothing";
  return node.type === "null" ? "null" : node.type;
}
