/**
 * JSON (with comments): the string value around a span, and the edit that removes a member.
 *
 * Member removal is done here rather than with jsonc-parser's `modify(text, path, undefined)`:
 * measured on an appsettings.json with comments, `modify` re-formats the neighbouring members and
 * drops or moves their comments (removing the first member deleted the next member's `/* … *\/`
 * comment; removing the last moved the removed member's comment onto the previous line). Here the
 * edit covers the member's own line (with its trailing comment) and one comma, nothing else.
 */
import { createScanner, findNodeAtOffset, getNodePath, parseTree } from "jsonc-parser";
import type { Node, ParseError } from "jsonc-parser";
import { describeSyntaxError, TextIndex } from "../engine";
import { FixPlanError } from "./errors";
import { baseNameOf } from "./file-kind";
import type { TextEdit } from "./types";

export interface JsonString {
  /** The string node, quotes included. */
  readonly node: Node;
  /** The decoded value. */
  readonly value: string;
  /** Property keys and array indices from the root to the value. */
  readonly path: readonly (string | number)[];
  /** The member `"key": value` when the string is an object member's value. */
  readonly property?: Node;
}

/** A text's tree (undefined for nesting too deep to parse) and its first syntax error. */
interface ParsedText {
  readonly text: string;
  readonly root: Node | undefined;
  readonly firstError: ParseError | undefined;
}

/**
 * The last text parsed. Naming each of a file's findings (the CLI's settingName, one call per
 * finding) reads the same text again and again: parsing it each time made a file's naming
 * quadratic in its findings. The tree is only read, never changed, so it can be shared.
 */
let lastParsed: ParsedText | undefined;

function parseOnce(text: string): ParsedText {
  if (lastParsed?.text === text) return lastParsed;
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    // A byte order mark is no JSON token, but every reader of these files skips it (same offsets).
    root = parseTree(text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    // jsonc-parser descends recursively: absurd nesting exhausts the stack.
    root = undefined;
    errors.length = 0;
  }
  lastParsed = { text, root, firstError: errors[0] };
  return lastParsed;
}

/**
 * The tree of a file that parses as JSON with comments and trailing commas (as ASP.NET Core, the
 * Functions host and VS Code read their JSON). A file that does not parse is refused, naming its
 * first error: jsonc-parser recovers from errors by guessing, and its guess can drop the member
 * the value sits in or make it another's, so the secret would be stored under the wrong name and
 * the edit made in a file that stays broken. `then` ends the message: what to do once it parses.
 * Undefined for nesting too deep to parse.
 */
export function parsedJson(text: string, filePath: string, then: string): Node | undefined {
  const { root, firstError: first } = parseOnce(text);
  if (first) {
    const line = new TextIndex(text).positionAt(first.offset).line + 1;
    throw new FixPlanError("brokenFile", `${baseNameOf(filePath)} does not parse (line ${line}: ${describeSyntaxError(first.error)}): fix it, then ${then}.`);
  }
  return root;
}

/**
 * The JSON string value whose content holds `[start, end)` in the file at `filePath`;
 * FixPlanError when there is none, or when the file does not parse (parsedJson).
 */
export function jsonStringAt(text: string, filePath: string, start: number, end: number): JsonString {
  const root = parsedJson(text, filePath, "move the value");
  const node = root ? findNodeAtOffset(root, start) : undefined;
  if (!node || node.type !== "string" || typeof node.value !== "string" || start < node.offset + 1 || end > node.offset + node.length - 1) {
    // (A private JWK is found whole: the object is the key, and a reference is a string.)
    if (node && (node.type === "object" || node.type === "array") && node.offset === start) {
      throw new FixPlanError(
        "unsupported",
        `The secret is a whole JSON ${node.type} (a JSON Web Key, say), not a string a reference can stand in for: store it in Key Vault as one JSON secret by hand, and have the program read it from there instead of from this file.`,
      );
    }
    // (The file parses: parsedJson refused it otherwise.)
    throw new FixPlanError("noBounds", "The value is not inside a JSON string the fix can find: move it by hand.");
  }
  const parent = node.parent;
  if (parent?.type === "property" && parent.children?.[0] === node) {
    throw new FixPlanError("noBounds", "The value is a property name, not a setting value: move it by hand.");
  }
  const property = parent?.type === "property" ? parent : undefined;
  return { node, value: node.value, path: getNodePath(node), ...(property ? { property } : {}) };
}

/** The sibling member `name` of the object holding `property`, as App Service settings arrays pair them. */
export function siblingString(property: Node, name: string): string | undefined {
  const sibling = property.parent?.children?.find((member) => member.children?.[0]?.value === name);
  const value: unknown = sibling?.children?.[1]?.value;
  return typeof value === "string" ? value : undefined;
}

/** The first token at or after `offset`, skipping whitespace and comments. */
function nextToken(text: string, offset: number): { start: number; end: number; text: string } {
  const scanner = createScanner(text, true);
  scanner.setPosition(offset);
  scanner.scan();
  const start = scanner.getTokenOffset();
  const end = start + scanner.getTokenLength();
  return { start, end, text: text.slice(start, end) };
}

function isLineEnd(text: string, at: number): boolean {
  return at >= text.length || text[at] === "\n" || text[at] === "\r";
}

/** After `at`: spaces, then an optional comment that ends on this line. Where that leaves off. */
function skipRestOfLine(text: string, at: number): number {
  let p = at;
  while (text[p] === " " || text[p] === "\t") p++;
  if (text.startsWith("//", p)) {
    const newline = text.indexOf("\n", p);
    return newline === -1 ? text.length : text[newline - 1] === "\r" ? newline - 1 : newline;
  }
  if (text.startsWith("/*", p)) {
    const close = text.indexOf("*/", p + 2);
    const newline = text.indexOf("\n", p);
    if (close !== -1 && (newline === -1 || close < newline)) return skipRestOfLine(text, close + 2);
  }
  return p;
}

/** Edits that delete the member `property` from its object and leave valid JSON. */
export function removeMemberEdits(text: string, property: Node): TextEdit[] {
  const siblings = property.parent?.children ?? [];
  const index = siblings.indexOf(property);
  const memberStart = property.offset;
  const memberEnd = property.offset + property.length;
  const after = nextToken(text, memberEnd);
  const commaAfter = after.text === "," ? after : undefined;
  const previous = index > 0 ? siblings[index - 1] : undefined;
  const commaBefore = previous ? nextToken(text, previous.offset + previous.length) : undefined;
  const isLast = index === siblings.length - 1;

  const lineStart = text.lastIndexOf("\n", memberStart - 1) + 1;
  const restEnd = skipRestOfLine(text, commaAfter ? commaAfter.end : memberEnd);
  if (/^[ \t]*$/.test(text.slice(lineStart, memberStart)) && isLineEnd(text, restEnd)) {
    // The member has its line(s) to itself: remove them whole, with its trailing comment.
    const lineEnd = text.startsWith("\r\n", restEnd) ? restEnd + 2 : Math.min(restEnd + 1, text.length);
    const edits: TextEdit[] = [];
    // Removing the last member would leave the previous member's comma trailing.
    if (isLast && !commaAfter && commaBefore?.text === ",") edits.push({ start: commaBefore.start, end: commaBefore.end, newText: "" });
    edits.push({ start: lineStart, end: lineEnd, newText: "" });
    return edits;
  }
  if (commaAfter) {
    let end = commaAfter.end;
    while (text[end] === " " || text[end] === "\t") end++;
    return [{ start: memberStart, end, newText: "" }];
  }
  if (commaBefore?.text === ",") return [{ start: commaBefore.start, end: memberEnd, newText: "" }];
  // The only member, sharing its line with the braces: `{ "Token": "…" }` becomes `{}`.
  let start = memberStart;
  while (text[start - 1] === " " || text[start - 1] === "\t") start--;
  let end = memberEnd;
  while (text[end] === " " || text[end] === "\t") end++;
  return [{ start, end, newText: "" }];
}
