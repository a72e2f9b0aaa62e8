// Parses `.secrethygiene-vaults.json`. Forgiving, like the sibling `.secrethygiene.json`: every
// mistake is a problem at the exact key or value, with what to write instead, and everything else
// still loads. Never throws. What the guards refuse (guards.ts) and every endpoint the safety check
// refuses are left out, so a VaultMapping only ever holds targets we may connect to.
// schemas/secrethygiene-vaults.schema.json describes the same format for the editor; a unit test
// holds the two together.
import type { EndpointPolicy } from "../endpoints";
import { DEFAULT_ENVIRONMENT, EnvironmentCatalogue } from "./environments";
import { guardSharedEndpoints, type EndpointUse } from "./guards";
import { JsonText, typeName } from "./json-text";
import { finishApps, parseApps, type DraftApp } from "./parse-apps";
import { parseDefaultEnvironment, parseEnvironments } from "./parse-environments";
import { parseRules } from "./parse-rules";
import { VAULT_MAPPING_KEYS, type MappingProblem, type ParsedVaultMapping, type TextPosition } from "./types";

function emptyMapping(): ParsedVaultMapping["mapping"] {
  return { defaultEnvironment: DEFAULT_ENVIRONMENT, environments: new EnvironmentCatalogue(), rules: [], apps: [] };
}

/** Every Key Vault and App Configuration target of every app, for the shared-endpoint guard. */
function endpointUses(apps: readonly DraftApp[]): EndpointUse[] {
  const uses: EndpointUse[] = [];
  for (const entry of apps.flatMap((app) => app.entries)) {
    const { keyVault, appConfiguration, environment } = entry;
    if (keyVault) uses.push({ key: keyVault.url, service: "keyVault", environment, path: keyVault.path, range: keyVault.range, display: keyVault.url });
    if (appConfiguration) {
      const label = appConfiguration.label === undefined ? "no label" : `label '${appConfiguration.label}'`;
      // A prefix keeps "no label" apart from every label.
      const key = `${appConfiguration.url}\n${appConfiguration.label === undefined ? "-" : `=${appConfiguration.label}`}`;
      uses.push({ key, service: "appConfiguration", environment, path: appConfiguration.path, range: appConfiguration.range, display: `${appConfiguration.url} (${label})` });
    }
  }
  return uses;
}

/** Leaves out what the shared-endpoint guard refused, remembering why for resolve's messages. */
function applySharedGuard(json: JsonText, apps: DraftApp[], catalogue: EnvironmentCatalogue): void {
  const { problems, leftOut } = guardSharedEndpoints(endpointUses(apps), catalogue);
  json.problems.push(...problems);
  if (leftOut.size === 0) return;
  // The guard's message without its `path: ` prefix, as a sentence for resolve's "why not".
  const reasons = new Map<string, string>();
  for (const problem of problems) if (problem.severity === "error") reasons.set(problem.path, `${problem.message.slice(problem.path.length + 2)}.`);
  const leftOutPaths = new Set([...leftOut].map((use) => use.path));
  for (const app of apps) {
    for (const entry of app.entries) {
      if (entry.keyVault && leftOutPaths.has(entry.keyVault.path)) {
        app.refused.set(entry.environment, reasons.get(entry.keyVault.path) ?? `${entry.keyVault.path} was left out.`);
        entry.keyVault = undefined;
      }
      if (entry.appConfiguration && leftOutPaths.has(entry.appConfiguration.path)) entry.appConfiguration = undefined;
    }
  }
}

function before(a: TextPosition, b: TextPosition): number {
  return a.line - b.line || a.character - b.character;
}

export function parseVaultMapping(text: string, policy: EndpointPolicy): ParsedVaultMapping {
  const json = new JsonText(text);
  const root = json.root;
  if (root?.type !== "object") {
    if (root) json.report("schema", root, "", `The mapping must be a JSON object such as { "apps": [ … ] }, not ${typeName(root)}.`);
    else if (json.problems.length === 0) json.report("schema", undefined, "", `The file is empty: write { "apps": [] } and add an application with its vault for each environment.`, "warning");
    return { mapping: emptyMapping(), problems: json.problems };
  }
  const values = json.knownProperties(root, "", VAULT_MAPPING_KEYS);
  // The file's environments come first in meaning: the default, rules and apps all name them.
  const environments = new EnvironmentCatalogue();
  const definitions = values.get("environments");
  if (definitions) parseEnvironments(json, definitions.value, environments);
  const defaultEntry = values.get("defaultEnvironment");
  const defaultEnvironment = parseDefaultEnvironment(json, defaultEntry?.value, environments);
  const rulesEntry = values.get("environmentRules");
  const rules = rulesEntry ? parseRules(json, rulesEntry.value, environments) : [];
  const appsEntry = values.get("apps");
  const drafts = appsEntry ? parseApps(json, appsEntry.value, environments, policy) : [];
  applySharedGuard(json, drafts, environments);

  // Stable sort: problems read top to bottom, as the editor lists them.
  const problems: MappingProblem[] = [...json.problems].sort((a, b) => before(a.range.start, b.range.start));
  return {
    mapping: {
      defaultEnvironment: defaultEnvironment.name,
      ...(defaultEnvironment.range ? { defaultEnvironmentRange: defaultEnvironment.range } : {}),
      environments,
      rules,
      apps: finishApps(drafts),
    },
    problems,
  };
}
