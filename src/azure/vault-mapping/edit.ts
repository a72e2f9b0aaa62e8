// Writes one application's target for one environment into the mapping file's text, the way a
// person would: only the values that change are replaced, so comments, key order and formatting
// elsewhere survive. jsonc-parser computes the edits; the new text is returned, not written.
import { applyEdits, modify, parseTree, type FormattingOptions, type JSONPath, type Node, type ParseError } from "jsonc-parser";
import { EnvironmentCatalogue } from "./environments";
import { properties, stringValue } from "./json-text";
import { parseVaultMapping } from "./parse";
import { VAULT_MAPPING_FILE } from "./types";

export interface TargetToSet {
  /** Undefined: the entry's keyVault stays as it is. */
  readonly keyVault?: string;
  /**
   * Undefined: stays as it is. `label` undefined (or the environment's own name) is written as the
   * plain endpoint string, whose label is the environment's name; `null` means key-values without
   * a label.
   */
  readonly appConfiguration?: { readonly endpoint: string; readonly label?: string | null };
}

export interface AppToSet {
  readonly name: string;
  /** Used only when the app is created: an existing app (found by name) keeps its root. */
  readonly root?: string;
}

function formatting(eol: string): FormattingOptions {
  return { tabSize: 2, insertSpaces: true, eol };
}

/** The tree of a file we can edit safely, or an Error that says why not. */
function editableTree(text: string): Node | undefined {
  if (text.trim() === "") return undefined;
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    root = undefined;
  }
  if (errors.length > 0 || root?.type !== "object") {
    throw new Error(`${VAULT_MAPPING_FILE} is not a valid JSON object: fix the problems it shows, then try again.`);
  }
  const apps = properties(root).find(([, , key]) => key === "apps")?.[1];
  if (apps && apps.type !== "array") throw new Error(`"apps" in ${VAULT_MAPPING_FILE} is not an array: fix it, then try again.`);
  return root;
}

/** The index of the app named `name` (compared as the parser compares names), or -1. */
function appIndex(root: Node | undefined, name: string): number {
  const apps = properties(root).find(([, , key]) => key === "apps")?.[1];
  return (apps?.children ?? []).findIndex((app) => stringValue(properties(app).find(([, , key]) => key === "name")?.[1])?.toLowerCase() === name.toLowerCase());
}

/** The key already used in the app for this environment (it may be an alias, `prod`), if any. */
function existingKey(root: Node | undefined, index: number, canonical: string, canonicalOf: (word: string) => string | undefined): { key: string; value: Node | undefined } | undefined {
  const apps = properties(root).find(([, , key]) => key === "apps")?.[1];
  const environments = properties(apps?.children?.[index]).find(([, , key]) => key === "environments")?.[1];
  const found = properties(environments).find(([, , key]) => (canonicalOf(key) ?? key.toLowerCase()) === canonical);
  return found && { key: found[2], value: found[1] };
}

function appConfigurationValue(target: NonNullable<TargetToSet["appConfiguration"]>, environment: string): unknown {
  if (target.label === undefined || target.label === environment) return target.endpoint;
  return { endpoint: target.endpoint, label: target.label };
}

/**
 * The mapping file's text with `app`'s entry for `environment` set to `target` (the app is added
 * when missing, and the file created from empty text). Fields of `target` left undefined keep their
 * current values. Endpoints are written as given: the parser checks them when it reads the file.
 * Throws when the text is not a JSON object that can be edited without losing anything.
 */
export function setEnvironmentTarget(text: string, app: AppToSet, environment: string, target: TargetToSet): string {
  const root = editableTree(text);
  // The file's own environments and aliases decide which key is the same environment.
  const catalogue = root ? parseVaultMapping(text, { allowLoopback: true }).mapping.environments : new EnvironmentCatalogue();
  const canonicalOf = (word: string) => catalogue.canonical(word) ?? word.toLowerCase();
  const canonical = canonicalOf(environment);
  const values: [string, unknown][] = [];
  if (target.keyVault !== undefined) values.push(["keyVault", target.keyVault]);
  if (target.appConfiguration !== undefined) values.push(["appConfiguration", appConfigurationValue(target.appConfiguration, canonical)]);
  if (values.length === 0) return text;

  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const options = formatting(eol);
  let next = text.trim() === "" ? "" : text;
  const edit = (path: JSONPath, value: unknown, isArrayInsertion = false) => {
    next = applyEdits(next, modify(next, path, value, { formattingOptions: options, isArrayInsertion }));
  };

  const index = appIndex(root, app.name);
  if (index === -1) {
    const folder = app.root?.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
    const created = { name: app.name, ...(folder ? { root: folder } : {}), environments: { [canonical]: Object.fromEntries(values) } };
    const hasApps = properties(root).some(([, , key]) => key === "apps");
    if (hasApps) edit(["apps", -1], created, true);
    else edit(["apps"], [created]);
  } else {
    const existing = existingKey(root, index, canonical, canonicalOf);
    const key = existing?.key ?? canonical;
    if (existing?.value?.type === "object") for (const [name, value] of values) edit(["apps", index, "environments", key, name], value);
    else edit(["apps", index, "environments", key], Object.fromEntries(values));
  }
  if (text.trim() === "" && !next.endsWith(eol)) next += eol;
  return next;
}
