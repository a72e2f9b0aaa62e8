/**
 * The `allows` of a `.secretlintrc.json`, so a repository that already tuned secretlint keeps its
 * allow-list. secretlint puts them in each rule's options (`rules[].options.allows`, rules nested
 * in presets included). Each entry is a string or `/regex/flags`; secretlint drops a finding when an
 * entry matches inside the secret, and so do we: a plain string matches as a substring. Rule ids
 * differ between the tools, so every entry applies to every rule.
 */
import JSON5 from "json5";
import { TextIndex } from "../text-index";
import { JsonDocument, properties } from "./json-document";
import type { ConfigProblem, JsonNode } from "./json-document";
import { compileUserRegex } from "./user-regex";

export const SECRETLINT_CONFIG_FILE = ".secretlintrc.json";

export interface SecretlintAllows {
  readonly allow: readonly RegExp[];
  readonly problems: readonly ConfigProblem[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function property(node: JsonNode | undefined, name: string): JsonNode | undefined {
  if (node?.type !== "object") return undefined;
  return properties(node).find(([, , key]) => key === name)?.[1];
}

function collectAllows(document: JsonDocument, rules: JsonNode | undefined, path: string, allow: RegExp[]): void {
  if (rules?.type !== "array") return;
  (rules.children ?? []).forEach((rule, index) => {
    const rulePath = `${path}[${index}]`;
    for (const [allowsNode, allowsPath] of [
      [property(property(rule, "options"), "allows"), `${rulePath}.options.allows`],
      [property(rule, "allows"), `${rulePath}.allows`],
    ] as const) {
      if (allowsNode?.type !== "array") continue;
      (allowsNode.children ?? []).forEach((item, itemIndex) => {
        const itemPath = `${allowsPath}[${itemIndex}]`;
        if (item.type !== "string" || typeof item.value !== "string" || item.value === "") {
          document.report(item, itemPath, "must be a non-empty string", "warning");
          return;
        }
        const text = item.value;
        const compiled = /^\/.+\/[a-z]*$/s.test(text) ? compileUserRegex(text, "") : { regex: new RegExp(escapeRegex(text)) };
        if ("error" in compiled) document.report(item, itemPath, compiled.error, "warning");
        else if (compiled.regex.test("")) document.report(item, itemPath, "matches empty text, so it would hide every finding: left out", "warning");
        else allow.push(compiled.regex);
      });
    }
    collectAllows(document, property(rule, "rules"), `${rulePath}.rules`, allow);
  });
}

function allowsOf(document: JsonDocument): SecretlintAllows {
  const allow: RegExp[] = [];
  collectAllows(document, property(document.root, "rules"), "rules", allow);
  return { allow, problems: document.problems };
}

/**
 * Reads the allow-list out of a `.secretlintrc.json`; the rest of secretlint's settings do not
 * apply. secretlint reads the file as JSON5 (through rc-config-loader): unquoted keys, single
 * quotes and the like are valid there. It is not our file, so nothing in it is an error of ours:
 * what we cannot use is a warning, and the run goes on without it.
 */
export function parseSecretlintAllows(text: string): SecretlintAllows {
  const document = new JsonDocument(text);
  if (!document.problems.some((problem) => problem.severity === "error")) return allowsOf(document);
  const json5 = json5AsJson(text);
  if ("json" in json5) {
    // Problems point into the JSON written here, not into the file: each is put at the file's
    // start instead, and its path (`rules[0].options.allows[1]`) says where it is.
    const { allow, problems } = allowsOf(new JsonDocument(json5.json));
    const start = new TextIndex(text).span(0, Math.min(text.length, 1));
    return { allow, problems: problems.map((problem) => ({ ...problem, severity: "warning", range: start })) };
  }
  const index = new TextIndex(text);
  return {
    allow: [],
    problems: [{ message: `not valid JSON5, as secretlint reads it (${json5.reason}): its allows do not apply`, path: "", severity: "warning", range: index.span(json5.offset, Math.min(text.length, json5.offset + 1)) }],
  };
}

/** A JSON5 text as JSON, or why it is not JSON5 and the offset where its parser stopped. */
function json5AsJson(text: string): { json: string } | { reason: string; offset: number } {
  try {
    return { json: JSON.stringify(JSON5.parse(text.replace(/^\uFEFF/, ""))) };
  } catch (error) {
    // JSON5's SyntaxError: "JSON5: invalid character 'x' at 3:5", with the line and column (1-based).
    const { message, lineNumber, columnNumber } = error as { message?: unknown; lineNumber?: unknown; columnNumber?: unknown };
    const reason = typeof message === "string" ? message.replace(/^JSON5: /, "").replace(/ at \d+:\d+$/, "") : "unreadable";
    return { reason, offset: typeof lineNumber === "number" && typeof columnNumber === "number" ? offsetOf(text, lineNumber, columnNumber) : 0 };
  }
}

/** The offset of a 1-based line and column as JSON5 counts them (lines end at \n). */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let at = 1; at < line; at++) {
    const newline = text.indexOf("\n", offset);
    if (newline === -1) break;
    offset = newline + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}
