// `apps`: each application's name, folder and per-environment targets. Endpoints pass the same
// safety check as every other endpoint (endpoints.ts); a refused one is reported and never reaches
// the mapping. The result is a draft: the shared-endpoint guard still has to look at all of them
// together before the apps are final (finishApps).
import { checkEndpoint, type DataPlaneService, type EndpointPolicy } from "../endpoints";
import type { EnvironmentCatalogue } from "./environments";
import { properties, shorten, stringValue, typeName, type JsonNode, type JsonText } from "./json-text";
import { environmentList } from "./parse-environments";
import { APP_CONFIGURATION_KEYS, APP_KEYS, APP_NAME, ENVIRONMENT_TARGET_KEYS, type AppMapping, type EnvironmentTarget, type TextRange } from "./types";

export interface DraftEndpoint {
  readonly url: string;
  readonly range: TextRange;
  readonly path: string;
}

export interface DraftEntry {
  readonly environment: string;
  readonly path: string;
  readonly range: TextRange;
  keyVault?: DraftEndpoint;
  appConfiguration?: DraftEndpoint & { readonly label?: string };
}

export interface DraftApp {
  readonly name: string;
  readonly root: string;
  readonly path: string;
  readonly range: TextRange;
  readonly entries: DraftEntry[];
  /** Environment → why its Key Vault was left out, as a sentence. */
  readonly refused: Map<string, string>;
}

/** App Configuration reserves these in labels for filters. */
const LABEL_RESERVED = ["*", ",", "\\"];

/** `services/orders`, or why the text is not a folder inside the mapping file's folder. */
export function normalizeRoot(text: string): { root: string } | { error: string } {
  if (text.includes("\\")) return { error: `use '/' between folder names: "${shorten(text.replace(/\\/g, "/"))}"` };
  if (text.startsWith("/") || /^[A-Za-z]:/.test(text)) return { error: "must be a folder relative to the mapping file, such as \"services/orders\", not an absolute path" };
  const segments = text.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.includes("..")) return { error: "must be a folder inside the mapping file's folder: remove '..'" };
  return { root: segments.join("/") };
}

/** The accepted endpoint, or why not (also reported). */
function endpoint(json: JsonText, node: JsonNode | undefined, path: string, service: DataPlaneService, policy: EndpointPolicy): DraftEndpoint | { refused: string } {
  const text = stringValue(node);
  if (text === undefined) {
    const example = service === "keyVault" ? "https://<name>.vault.azure.net" : "https://<name>.azconfig.io";
    const reason = `must be a URL in quotes, such as "${example}", not ${typeName(node)}`;
    json.report("schema", node, path, reason);
    return { refused: `it ${reason}.` };
  }
  const verdict = checkEndpoint(text, service, policy);
  if (!verdict.accepted) {
    json.report("endpoint-refused", node, path, `${verdict.reason} It is not used.`);
    return { refused: verdict.reason };
  }
  return { url: verdict.endpoint.url, range: json.rangeOf(node), path };
}

function appConfiguration(json: JsonText, node: JsonNode | undefined, path: string, environment: string, policy: EndpointPolicy): DraftEntry["appConfiguration"] {
  if (node?.type === "string") {
    const accepted = endpoint(json, node, path, "appConfiguration", policy);
    return "refused" in accepted ? undefined : { ...accepted, label: environment };
  }
  if (node?.type !== "object") {
    json.report("schema", node, path, `must be an endpoint ("https://<name>.azconfig.io") or { "endpoint": "…", "label": "…" }, not ${typeName(node)}`);
    return undefined;
  }
  const known = json.knownProperties(node, path, APP_CONFIGURATION_KEYS);
  const endpointEntry = known.get("endpoint");
  if (!endpointEntry) {
    json.report("schema", node, path, `"endpoint" is missing: add "endpoint": "https://<name>.azconfig.io"`);
    return undefined;
  }
  let label: string | undefined = environment;
  const labelEntry = known.get("label");
  if (labelEntry) {
    const text = stringValue(labelEntry.value);
    if (labelEntry.value?.type === "null") label = undefined;
    else if (text === undefined || text === "") {
      json.report("schema", labelEntry.value, `${path}.label`, `must be a label in quotes, or null for key-values without a label, not ${text === "" ? "an empty string" : typeName(labelEntry.value)}`);
      return undefined;
    } else if (LABEL_RESERVED.some((char) => text.includes(char))) {
      json.report("schema", labelEntry.value, `${path}.label`, `App Configuration reserves '*', ',' and '\\' in labels for filters: write "${shorten(text.replace(/[*,\\]/g, "-"))}"`);
      return undefined;
    } else label = text;
  }
  const accepted = endpoint(json, endpointEntry.value, `${path}.endpoint`, "appConfiguration", policy);
  return "refused" in accepted ? undefined : { ...accepted, ...(label === undefined ? {} : { label }) };
}

function entry(json: JsonText, node: JsonNode | undefined, path: string, environment: string, policy: EndpointPolicy, refused: Map<string, string>): DraftEntry | undefined {
  if (node?.type !== "object") {
    json.report("schema", node, path, `must be an object such as { "keyVault": "https://<name>.vault.azure.net" }, not ${typeName(node)}`);
    return undefined;
  }
  const known = json.knownProperties(node, path, ENVIRONMENT_TARGET_KEYS);
  if (known.size === 0) {
    json.report("schema", node, path, `names no target: add "keyVault": "https://<name>.vault.azure.net" and/or "appConfiguration": "https://<name>.azconfig.io"`);
    return undefined;
  }
  const draft: DraftEntry = { environment, path, range: json.rangeOf(node) };
  const vaultEntry = known.get("keyVault");
  if (vaultEntry) {
    const accepted = endpoint(json, vaultEntry.value, `${path}.keyVault`, "keyVault", policy);
    if ("refused" in accepted) refused.set(environment, accepted.refused);
    else draft.keyVault = accepted;
  }
  const storeEntry = known.get("appConfiguration");
  if (storeEntry) draft.appConfiguration = appConfiguration(json, storeEntry.value, `${path}.appConfiguration`, environment, policy);
  return draft;
}

function entries(json: JsonText, node: JsonNode | undefined, path: string, catalogue: EnvironmentCatalogue, policy: EndpointPolicy, refused: Map<string, string>): DraftEntry[] {
  if (node?.type !== "object") {
    json.report("schema", node, path, `must be an object keyed by environment, such as { "development": { "keyVault": "https://<name>.vault.azure.net" } }, not ${typeName(node)}`);
    return [];
  }
  const byEnvironment = new Map<string, string>();
  return properties(node).flatMap(([keyNode, value, key]) => {
    const entryPath = `${path}.${key}`;
    const environment = catalogue.canonical(key);
    if (!environment) {
      json.report("schema", keyNode, entryPath, `'${shorten(key)}' is not an environment: use one of ${environmentList(catalogue)} (or an alias such as prod), or define it under "environments" at the top of the file`);
      return [];
    }
    const earlier = byEnvironment.get(environment);
    if (earlier !== undefined) {
      json.report("schema", keyNode, entryPath, `${key === environment ? environment : `'${key}' means ${environment}, which`} is already mapped (${earlier}): merge the two entries`);
      return [];
    }
    byEnvironment.set(environment, entryPath);
    return entry(json, value, entryPath, environment, policy, refused) ?? [];
  });
}

/** Names and roots already taken, lower-cased: paths compare case-insensitively on Windows and macOS. */
interface Taken {
  readonly names: Map<string, string>;
  readonly roots: Map<string, string>;
}

function app(json: JsonText, node: JsonNode, path: string, catalogue: EnvironmentCatalogue, policy: EndpointPolicy, taken: Taken): DraftApp | undefined {
  if (node.type !== "object") {
    json.report("schema", node, path, `must be an object such as { "name": "orders-api", "environments": { … } }, not ${typeName(node)}`);
    return undefined;
  }
  const known = json.knownProperties(node, path, APP_KEYS);
  let usable = true;
  const nameEntry = known.get("name");
  const name = stringValue(nameEntry?.value);
  if (!nameEntry) {
    json.report("schema", node, path, `"name" is missing: add "name": "<application>" (letters, digits, '.', '_' and '-')`);
    usable = false;
  } else if (name === undefined || !APP_NAME.test(name)) {
    const suggestion = name?.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[._-]+/, "").slice(0, 63);
    json.report("schema", nameEntry.value, `${path}.name`, `must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit${suggestion ? `: write "${suggestion}"` : ""}`);
    usable = false;
  } else if (taken.names.has(name.toLowerCase())) {
    json.report("schema", nameEntry.value, `${path}.name`, `'${name}' is already the name of ${taken.names.get(name.toLowerCase())}: give each application its own name. This one is ignored`);
    usable = false;
  }

  let root = "";
  const rootEntry = known.get("root");
  if (rootEntry) {
    const text = stringValue(rootEntry.value);
    const normalized = text === undefined ? { error: `must be a folder in quotes, such as "services/orders" ("" for the whole folder), not ${typeName(rootEntry.value)}` } : normalizeRoot(text);
    if ("error" in normalized) {
      json.report("schema", rootEntry.value, `${path}.root`, normalized.error);
      usable = false;
    } else root = normalized.root;
  }
  const rootOwner = taken.roots.get(root.toLowerCase());
  if (usable && rootOwner !== undefined) {
    const where = root === "" ? "the whole folder" : `'${root}'`;
    json.report("schema", rootEntry?.value ?? nameEntry?.value, rootEntry ? `${path}.root` : path, `${rootOwner} already covers ${where}, so no file could tell the two apart: give this application its own folder in "root". It is ignored`);
    usable = false;
  }

  const refused = new Map<string, string>();
  const environments = known.get("environments");
  // Entries are read even when the app is ignored, so every mistake shows at once.
  const drafts = environments ? entries(json, environments.value, `${path}.environments`, catalogue, policy, refused) : [];
  if (!usable || name === undefined) return undefined;
  taken.names.set(name.toLowerCase(), `${path} (${name})`);
  taken.roots.set(root.toLowerCase(), `${path} (${name})`);
  return { name, root, path, range: json.rangeOf(node), entries: drafts, refused };
}

export function parseApps(json: JsonText, node: JsonNode | undefined, catalogue: EnvironmentCatalogue, policy: EndpointPolicy): DraftApp[] {
  if (node?.type !== "array") {
    json.report("schema", node, "apps", `must be an array of applications, such as [{ "name": "orders-api", "environments": { … } }], not ${typeName(node)}`);
    return [];
  }
  const taken: Taken = { names: new Map(), roots: new Map() };
  return (node.children ?? []).flatMap((item, index) => app(json, item, `apps[${index}]`, catalogue, policy, taken) ?? []);
}

/** The drafts as the mapping holds them: entries with nothing usable left are left out. */
export function finishApps(drafts: readonly DraftApp[]): AppMapping[] {
  return drafts.map((draft) => {
    const environments = new Map<string, EnvironmentTarget>();
    for (const entry of draft.entries) {
      if (!entry.keyVault && !entry.appConfiguration) continue;
      environments.set(entry.environment, {
        environment: entry.environment,
        path: entry.path,
        ...(entry.keyVault ? { keyVault: entry.keyVault.url } : {}),
        ...(entry.appConfiguration ? { appConfiguration: { endpoint: entry.appConfiguration.url, ...(entry.appConfiguration.label === undefined ? {} : { label: entry.appConfiguration.label }) } } : {}),
        ranges: {
          entry: entry.range,
          ...(entry.keyVault ? { keyVault: entry.keyVault.range } : {}),
          ...(entry.appConfiguration ? { appConfiguration: entry.appConfiguration.range } : {}),
        },
      });
    }
    return { name: draft.name, root: draft.root, path: draft.path, range: draft.range, environments, refused: draft.refused };
  });
}
