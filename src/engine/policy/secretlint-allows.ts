/**
 * The `allows` of a `.secretlintrc.json`, so a repository that already tuned secretlint keeps its
 * allow-list. secretlint puts them in each rule's options (`rules[].options.allows`, rules nested
 * in presets included). Each entry is a string or `/regex/flags`; secretlint drops a finding when an
 * entry matches inside the secret, and so do we: a plain string matches as a substring. Rule ids
 * differ between the tools, so every entry applies to every rule.
 */
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

/** Reads the allow-list out of a `.secretlintrc.json`; the rest of secretlint's settings do not apply. */
export function parseSecretlintAllows(text: string): SecretlintAllows {
  const document = new JsonDocument(text);
  const allow: RegExp[] = [];
  collectAllows(document, property(document.root, "rules"), "rules", allow);
  return { allow, problems: document.problems };
}
