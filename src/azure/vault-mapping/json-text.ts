// JSON with comments, parsed into a tree that keeps offsets, and offsets turned into line/character
// positions, so each problem points at the exact key or value in the mapping file. A file that is
// too large, binary or nested too deeply becomes one syntax problem: reading it must never hang or
// throw, whatever a repository commits.
import { parseTree, type Node, type ParseError } from "jsonc-parser";
import { describeSyntaxError, TextIndex } from "../../engine";
import type { MappingProblem, MappingProblemCode, TextRange } from "./types";
import { VAULT_MAPPING_LIMITS } from "./types";

export type { Node as JsonNode } from "jsonc-parser";

/** A broken file can hold one error per character; the first few say all there is to say. */
const MAX_SYNTAX_PROBLEMS = 20;

/** A problem with its path in front of the message, as every problem of the file reads. */
export function problemAt(code: MappingProblemCode, range: TextRange, path: string, message: string, severity: MappingProblem["severity"]): MappingProblem {
  return { code, message: path ? `${path}: ${message}` : message, severity, range, path };
}

/** Why the text is not even tried as JSON, or undefined. */
function unreadable(text: string): string | undefined {
  if (text.length > VAULT_MAPPING_LIMITS.fileLength) {
    return `The file is ${text.length.toLocaleString("en-US")} characters long; a vault mapping is a few hundred lines at most, so it is not read (limit ${VAULT_MAPPING_LIMITS.fileLength.toLocaleString("en-US")}).`;
  }
  if (text.includes("\u0000")) return "The file is binary (it contains NUL characters), not JSON: write the mapping as JSON text.";
  return undefined;
}

export class JsonText {
  readonly root: Node | undefined;
  readonly problems: MappingProblem[] = [];
  private lines: TextIndex | undefined;

  constructor(readonly text: string) {
    const refusal = unreadable(text);
    if (refusal) {
      this.problems.push(problemAt("syntax", { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, "", refusal, "error"));
      return;
    }
    const errors: ParseError[] = [];
    try {
      this.root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
    } catch {
      // jsonc-parser descends recursively: thousands of nested brackets exhaust the stack.
      this.root = undefined;
      this.report("syntax", undefined, "", "The file is nested too deeply to be a vault mapping (its objects and arrays go a few levels deep).");
      return;
    }
    for (const error of errors.slice(0, MAX_SYNTAX_PROBLEMS)) {
      this.problems.push(problemAt("syntax", this.range(error.offset, error.offset + error.length), "", `Not valid JSON: ${describeSyntaxError(error.error)}.`, "error"));
    }
    if (errors.length > MAX_SYNTAX_PROBLEMS) {
      const last = errors[MAX_SYNTAX_PROBLEMS]!;
      this.problems.push(problemAt("syntax", this.range(last.offset, last.offset + last.length), "", `…and ${errors.length - MAX_SYNTAX_PROBLEMS} more syntax errors.`, "error"));
    }
  }

  position(offset: number): { line: number; character: number } {
    this.lines ??= new TextIndex(this.text);
    return this.lines.positionAt(offset);
  }

  range(start: number, end: number): TextRange {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  rangeOf(node: Node | undefined): TextRange {
    return node ? this.range(node.offset, node.offset + node.length) : this.range(0, Math.min(1, this.text.length));
  }

  report(code: MappingProblemCode, node: Node | undefined, path: string, message: string, severity: MappingProblem["severity"] = "error"): void {
    this.problems.push(problemAt(code, this.rangeOf(node), path, message, severity));
  }

  /**
   * An object's properties with the keys it may have. Unknown keys are a `schema` warning and left
   * out; a key written twice is an error and only its first value is read (JSON.parse would take
   * the last, but a reviewer reads the first).
   */
  knownProperties(node: Node, path: string, allowed: readonly string[]): Map<string, { key: Node; value: Node | undefined }> {
    const found = new Map<string, { key: Node; value: Node | undefined }>();
    for (const [keyNode, valueNode, key] of properties(node)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (!allowed.includes(key)) {
        this.report("schema", keyNode, keyPath, `unknown key, ignored (allowed here: ${allowed.filter((name) => name !== "$schema").join(", ")})`, "warning");
      } else if (found.has(key)) {
        this.report("schema", keyNode, keyPath, `'${key}' is written twice in this object; only the first is read: remove this one`);
      } else {
        found.set(key, { key: keyNode, value: valueNode });
      }
    }
    return found;
  }
}

/** An object's properties as [key node, value node, key]. */
export function properties(node: Node | undefined): [Node, Node | undefined, string][] {
  if (node?.type !== "object") return [];
  return (node.children ?? []).flatMap((property) => {
    const [keyNode, valueNode] = property.children ?? [];
    return keyNode && typeof keyNode.value === "string" ? [[keyNode, valueNode, keyNode.value] as [Node, Node | undefined, string]] : [];
  });
}

export function typeName(node: Node | undefined): string {
  if (!node) return "nothing";
  return node.type === "null" ? "null" : `${node.type === "array" || node.type === "object" ? "an" : "a"} ${node.type}`;
}

/** User text for a message, cut short: a message must stay readable whatever the file holds. */
export function shorten(text: string, length = 60): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** The node's string value, or undefined when it is not a string. */
export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === "string" && typeof node.value === "string" ? node.value : undefined;
}
