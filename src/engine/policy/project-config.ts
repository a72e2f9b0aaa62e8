/**
 * `.secrethygiene.json`, the workspace configuration committed with a repository: allowed values,
 * rules switched off, paths left out, the team's own rules and where the baseline lives. Parsing is
 * forgiving: each mistake becomes a problem that names the entry, and everything else still loads.
 * schemas/secrethygiene.schema.json describes the same keys for editors (a unit test holds the two
 * together).
 */
import { SECRETS_GUIDE } from "../rules/docs";
import { knownRules } from "../rules";
import { looksRandom } from "../rules/secret-values";
import type { PatternRule } from "../rules/types";
import type { FindingKind, FindingSeverity, ScanOptions } from "../types";
import { DEFAULT_BASELINE_PATH } from "./baseline";
import { JsonDocument, properties, typeName } from "./json-document";
import type { ConfigProblem, JsonNode } from "./json-document";
import { compileUserRegex, USER_PATTERN_REACH } from "./user-regex";

export const PROJECT_CONFIG_FILE = ".secrethygiene.json";

/** Every key the file may have, in the order the documentation lists them. */
export const PROJECT_CONFIG_KEYS = ["$schema", "allow", "disabledRules", "ignorePaths", "customRules", "baseline"] as const;
export const CUSTOM_RULE_KEYS = ["id", "title", "pattern", "keywords", "kind", "severity", "docsUrl"] as const;
export const CUSTOM_RULE_PREFIX = "custom/";

const KINDS: readonly FindingKind[] = ["secret", "config"];
const SEVERITIES: readonly FindingSeverity[] = ["error", "warning", "information", "hint"];
const CUSTOM_RULE_ID = /^custom\/[A-Za-z0-9][\w.-]*$/;
const DEFAULT_DOCS: Record<FindingKind, string> = {
  secret: SECRETS_GUIDE,
  config: "https://learn.microsoft.com/azure/azure-app-configuration/overview",
};

export interface ProjectConfig {
  /** What the engine applies: custom rules, disabled rules, the allow-list. */
  readonly options: ScanOptions;
  /** gitignore-style patterns, relative to the folder that holds the file. */
  readonly ignorePaths: readonly string[];
  /** Relative to the folder that holds the file. */
  readonly baselinePath: string;
  readonly problems: readonly ConfigProblem[];
  /** How many `customRules` entries were left out for a problem (a run without them looks for less). */
  readonly droppedCustomRules: number;
}

export const EMPTY_PROJECT_CONFIG: ProjectConfig = { options: {}, ignorePaths: [], baselinePath: DEFAULT_BASELINE_PATH, problems: [], droppedCustomRules: 0 };

/** Strings of an array; other items are reported and left out. */
function stringItems(document: JsonDocument, node: JsonNode | undefined, path: string): { value: string; node: JsonNode; path: string }[] {
  if (node?.type !== "array") {
    document.report(node, path, `must be an array of strings, not ${typeName(node)}`);
    return [];
  }
  return (node.children ?? []).flatMap((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (item.type !== "string" || typeof item.value !== "string" || item.value.trim() === "") {
      document.report(item, itemPath, `must be a non-empty string, not ${item.type === "string" ? "an empty one" : typeName(item)}`);
      return [];
    }
    return [{ value: item.value, node: item, path: itemPath }];
  });
}

function parseAllow(document: JsonDocument, node: JsonNode | undefined): RegExp[] {
  return stringItems(document, node, "allow").flatMap(({ value, node: item, path }) => {
    // Without `g`: the engine calls `.test`, which a global regex would make stateful.
    const compiled = compileUserRegex(value, "");
    if ("error" in compiled) {
      document.report(item, path, compiled.error);
      return [];
    }
    if (compiled.regex.test("")) {
      document.report(item, path, "matches every value (it matches empty text), so it would hide every finding");
      return [];
    }
    return [compiled.regex];
  });
}

function isRelativeInside(path: string): boolean {
  return !/^(?:[\\/]|[A-Za-z]:)/.test(path) && !path.split(/[\\/]/).includes("..");
}

function parseIgnorePaths(document: JsonDocument, node: JsonNode | undefined): string[] {
  return stringItems(document, node, "ignorePaths").flatMap(({ value: written, node: item, path }) => {
    // Windows' separator (`test\fixtures\`) matches nothing to gitignore rules, where `\` escapes
    // the next character: read as `/` unless it escapes `[`, `]`, `!`, `#`, a blank or itself.
    // (`\*` and `\?` too: `logs\*.txt` means a folder's files far more often than a file named `*`.)
    const value = written.replace(/\\(?![[\]!# \\])/g, "/");
    if (value !== written) document.report(item, path, `'\\' is read as '/': write ${JSON.stringify(value)}`, "warning");
    // A leading "/" anchors a gitignore pattern to the root, so only "../" leaves it.
    if (value.split("/").includes("..")) {
      document.report(item, path, "patterns are relative to this folder and cannot reach outside it ('..')");
      return [];
    }
    // `./dist/` means this folder's dist/, but to .gitignore rules `.` is an ordinary name: the
    // pattern would match nothing. A leading `/` anchors it to this folder, as meant.
    const pattern = value.trim();
    const negation = pattern.startsWith("!") ? "!" : "";
    const anchored = pattern.slice(negation.length).replace(/^(?:\.\/)+/, "/");
    if (anchored === "/" || anchored === ".") {
      document.report(item, path, "names this whole folder: list the files and folders to leave out instead");
      return [];
    }
    return [negation + anchored];
  });
}

function parseBaselinePath(document: JsonDocument, node: JsonNode | undefined): string {
  if (node?.type !== "string" || typeof node.value !== "string" || node.value.trim() === "") {
    document.report(node, "baseline", `must be a path relative to this folder, not ${typeName(node)}`);
    return DEFAULT_BASELINE_PATH;
  }
  if (!isRelativeInside(node.value)) {
    document.report(node, "baseline", "must be a path relative to this folder, inside it");
    return DEFAULT_BASELINE_PATH;
  }
  return node.value.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
}

function stringProperty(document: JsonDocument, node: JsonNode | undefined, path: string): string | undefined {
  if (node?.type === "string" && typeof node.value === "string" && node.value.trim() !== "") return node.value;
  document.report(node, path, `must be a non-empty string, not ${typeName(node)}`);
  return undefined;
}

function oneOf<T extends string>(document: JsonDocument, node: JsonNode | undefined, path: string, allowed: readonly T[]): T | undefined {
  if (node?.type === "string" && allowed.includes(node.value as T)) return node.value as T;
  document.report(node, path, `must be one of ${allowed.map((value) => `"${value}"`).join(", ")}`);
  return undefined;
}

/** One entry of `customRules` as a PatternRule, or undefined (with problems recorded) when unusable. */
/**
 * A name from the file as a message may quote it: as it is when it is short and plain (`custom/acme`, 24 characters at most),
 * otherwise its start and length. A key or id that is a pasted token would be printed to stderr and
 * into SARIF in full.
 */
function quotable(text: string): string {
  // (Not 32: an AI services key is 32 characters. A name is words: a random-looking one may be a
  // value pasted in the wrong place.)
  return text.length <= 24 && /^[\w.:@/-]*$/.test(text) && !looksRandom(text) ? text : `${text.slice(0, 4)}…(${text.length})`;
}

/**
 * An object's values by key, for the keys it may have. Unknown keys are reported. So is a key given
 * twice: JSON keeps only the last, so the earlier one is silently ignored otherwise (two `allow`
 * lists, say, where the first was meant to count too).
 */
function knownProperties(document: JsonDocument, node: JsonNode, path: string, keys: readonly string[], keysHint: string): Map<string, JsonNode | undefined> {
  const values = new Map<string, JsonNode | undefined>();
  const keyNodes = new Map<string, JsonNode>();
  for (const [keyNode, valueNode, key] of properties(node)) {
    const keyPath = path === "" ? quotable(key) : `${path}.${quotable(key)}`;
    if (!keys.includes(key)) {
      document.report(keyNode, keyPath, `unknown key (${keysHint})`);
      continue;
    }
    const earlier = keyNodes.get(key);
    if (earlier) document.report(earlier, keyPath, "given again below, and only the last one applies: this one is ignored (merge the two)", "warning");
    values.set(key, valueNode);
    keyNodes.set(key, keyNode);
  }
  return values;
}

const CUSTOM_RULE_NAME = "a name of letters, digits, '_', '.' and '-' that starts with a letter or digit";

/** Why `id` (which fails CUSTOM_RULE_ID) is not a custom rule id, with a valid id to use where one can be shown. */
function customRuleIdProblem(id: string): string {
  const hasPrefix = id.startsWith(CUSTOM_RULE_PREFIX);
  // Without the prefix, the name is what follows a built-in-looking `github/` (or the whole id).
  const name = hasPrefix ? id.slice(CUSTOM_RULE_PREFIX.length) : id.replace(/^[^/]*\//, "");
  const suggestion = suggestedCustomRuleId(name);
  if (hasPrefix) return `'${CUSTOM_RULE_PREFIX}' must be followed by ${CUSTOM_RULE_NAME}${suggestion ? `: use '${suggestion}'` : ""}`;
  const reason = `custom rule ids start with '${CUSTOM_RULE_PREFIX}' so they never clash with built-in rules`;
  return suggestion ? `${reason}: use '${suggestion}'` : `${reason}, followed by ${CUSTOM_RULE_NAME}`;
}

/**
 * `name` made into a valid id, or undefined. Only a name that can be shown as written is used: a
 * suggestion made from a value that may not be shown would show most of it.
 */
function suggestedCustomRuleId(name: string): string | undefined {
  if (quotable(name) !== name) return undefined;
  const suggestion = `${CUSTOM_RULE_PREFIX}${name.replace(/[^\w.-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "")}`;
  return CUSTOM_RULE_ID.test(suggestion) ? suggestion : undefined;
}

function parseCustomRule(document: JsonDocument, node: JsonNode, path: string, seenIds: Set<string>): PatternRule | undefined {
  if (node.type !== "object") {
    document.report(node, path, `must be an object with id, pattern, keywords and kind, not ${typeName(node)}`);
    return undefined;
  }
  const values = knownProperties(document, node, path, CUSTOM_RULE_KEYS, `custom rules have ${CUSTOM_RULE_KEYS.join(", ")}`);
  let usable = true;
  const required = (key: string) => {
    if (values.has(key)) return true;
    document.report(node, path, `'${key}' is missing`);
    usable = false;
    return false;
  };

  let id: string | undefined;
  if (required("id")) {
    id = stringProperty(document, values.get("id"), `${path}.id`);
    if (id !== undefined && !CUSTOM_RULE_ID.test(id)) {
      document.report(values.get("id"), `${path}.id`, customRuleIdProblem(id));
      id = undefined;
    } else if (id !== undefined && seenIds.has(id)) {
      document.report(values.get("id"), `${path}.id`, `'${quotable(id)}' is already the id of another custom rule`);
      id = undefined;
    }
    if (id === undefined) usable = false;
    else seenIds.add(id);
  }

  let pattern: RegExp | undefined;
  if (required("pattern")) {
    const source = stringProperty(document, values.get("pattern"), `${path}.pattern`);
    if (source !== undefined) {
      // `g` to find every match on a line, `d` for the offsets of the `value` group. `m`: a line
      // is handed to the rule with its `\r` (a CRLF file), and an old Mac file's lines are all one
      // (its breaks are lone `\r`); `^` and `$` must still mean the line's start and end.
      const compiled = compileUserRegex(source, "gdm");
      if ("error" in compiled) document.report(values.get("pattern"), `${path}.pattern`, compiled.error);
      else if (new RegExp(compiled.regex.source, compiled.regex.flags.replace("g", "")).test("")) {
        document.report(values.get("pattern"), `${path}.pattern`, "matches empty text, so it would report nothing useful");
      } else pattern = compiled.regex;
    }
    if (!pattern) usable = false;
  }

  let keywords: string[] = [];
  if (required("keywords")) {
    keywords = stringItems(document, values.get("keywords"), `${path}.keywords`).map(({ value }) => value.toLowerCase());
    if (keywords.length === 0) {
      if (values.get("keywords")?.type === "array") {
        document.report(values.get("keywords"), `${path}.keywords`, "needs at least one keyword: the rule runs only on lines that contain one");
      }
      usable = false;
    }
  }

  const kind = required("kind") ? oneOf(document, values.get("kind"), `${path}.kind`, KINDS) : undefined;
  if (!kind) usable = false;
  const severity = values.has("severity") ? oneOf(document, values.get("severity"), `${path}.severity`, SEVERITIES) : undefined;
  const title = values.has("title") ? stringProperty(document, values.get("title"), `${path}.title`) : undefined;
  let docsUrl: string | undefined;
  if (values.has("docsUrl")) {
    docsUrl = stringProperty(document, values.get("docsUrl"), `${path}.docsUrl`);
    if (docsUrl !== undefined && !/^https?:\/\/\S+$/.test(docsUrl)) {
      document.report(values.get("docsUrl"), `${path}.docsUrl`, "must be an http or https URL");
      docsUrl = undefined;
    }
  }
  if (!usable || !id || !pattern || !kind) return undefined;
  return {
    id,
    title: title ?? id,
    kind,
    docsUrl: docsUrl ?? DEFAULT_DOCS[kind],
    keywords,
    pattern,
    reach: USER_PATTERN_REACH,
    ...(severity ? { severity } : {}),
  };
}

function parseCustomRules(document: JsonDocument, node: JsonNode | undefined): PatternRule[] {
  if (node?.type !== "array") {
    document.report(node, "customRules", `must be an array of rules, not ${typeName(node)}`);
    return [];
  }
  const seenIds = new Set<string>();
  return (node.children ?? []).flatMap((item, index) => parseCustomRule(document, item, `customRules[${index}]`, seenIds) ?? []);
}

function parseDisabledRules(document: JsonDocument, node: JsonNode | undefined, customRules: readonly PatternRule[]): string[] {
  const known = new Set([...knownRules().map((rule) => rule.id), ...customRules.map((rule) => rule.id)]);
  return stringItems(document, node, "disabledRules").map(({ value, node: item, path }) => {
    // Kept even when unknown: it may name a rule of a newer version. A typo deserves a warning.
    if (!known.has(value)) document.report(item, path, `no rule has the id '${quotable(value)}'`, "warning");
    return value;
  });
}

/** Parses the text of `.secrethygiene.json`. Never throws: problems are returned with the result. */
export function parseProjectConfig(text: string): ProjectConfig {
  const document = new JsonDocument(text);
  const root = document.root;
  if (!root || root.type !== "object") {
    if (root) document.report(root, "", `must be a JSON object, not ${typeName(root)}`);
    else if (document.problems.length === 0) document.report(undefined, "", "the file is empty: write {} for the defaults");
    return { ...EMPTY_PROJECT_CONFIG, problems: document.problems };
  }
  const values = knownProperties(document, root, "", PROJECT_CONFIG_KEYS, `the file may have ${PROJECT_CONFIG_KEYS.filter((k) => k !== "$schema").join(", ")}`);
  const allow = values.has("allow") ? parseAllow(document, values.get("allow")) : [];
  const customRulesNode = values.get("customRules");
  const customRules = values.has("customRules") ? parseCustomRules(document, customRulesNode) : [];
  const droppedCustomRules = customRulesNode === undefined ? 0 : customRulesNode.type === "array" ? (customRulesNode.children?.length ?? 0) - customRules.length : 1;
  const disabledRules = values.has("disabledRules") ? parseDisabledRules(document, values.get("disabledRules"), customRules) : [];
  const ignorePaths = values.has("ignorePaths") ? parseIgnorePaths(document, values.get("ignorePaths")) : [];
  const baselinePath = values.has("baseline") ? parseBaselinePath(document, values.get("baseline")) : DEFAULT_BASELINE_PATH;
  const options: ScanOptions = {
    ...(customRules.length > 0 ? { customRules } : {}),
    ...(disabledRules.length > 0 ? { disabledRules } : {}),
    ...(allow.length > 0 ? { allow } : {}),
  };
  return { options, ignorePaths, baselinePath, problems: document.problems, droppedCustomRules };
}
