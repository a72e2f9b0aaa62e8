// Where a file's secrets go: the application whose folder holds it (the deepest root wins), the
// environment its path names (inference.ts), and that application's target for that environment.
// When something is missing, a sentence says what to add to the mapping file.
import { checkEndpoint, type DataPlaneService } from "../endpoints";
import { inferEnvironment, type InferredEnvironment } from "./inference";
import { VAULT_MAPPING_FILE, type AppMapping, type EnvironmentTarget, type VaultMapping } from "./types";

export interface ResolvedTarget {
  /** Undefined: no application's root holds the file. */
  readonly app?: AppMapping;
  readonly environment: InferredEnvironment;
  /** The app's entry for the environment; undefined when there is none. */
  readonly target?: EnvironmentTarget;
  /**
   * Set whenever there is no Key Vault for the file (no app, no entry, or an entry without a
   * usable keyVault): what is missing and what to write in the mapping file.
   */
  readonly problem?: string;
}

/** `services/orders/app.json`: `/`-separated, without `./` or a leading `/`; undefined when outside. */
function normalizePath(relativePath: string): string | undefined {
  const segments = relativePath.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".");
  return segments.includes("..") ? undefined : segments.join("/");
}

/** The application whose root holds `path`; the deepest when roots are nested. */
export function appFor(apps: readonly AppMapping[], path: string): AppMapping | undefined {
  const lower = path.toLowerCase();
  let best: AppMapping | undefined;
  for (const app of apps) {
    const root = app.root.toLowerCase();
    const holds = root === "" || lower === root || lower.startsWith(`${root}/`);
    if (holds && (!best || app.root.length > best.root.length)) best = app;
  }
  return best;
}

function missingVault(app: AppMapping, environment: string, target: EnvironmentTarget | undefined): string {
  const refusal = app.refused.get(environment);
  const key = `${target?.path ?? `${app.path}.environments.${environment}`}.keyVault`;
  if (refusal) return `${app.name}'s vault for ${environment} is not used: ${refusal} Fix ${key} in ${VAULT_MAPPING_FILE}.`;
  const only = target?.appConfiguration ? " (only an App Configuration store)" : "";
  return `${app.name} has no vault for ${environment}${only}: add ${key} to ${VAULT_MAPPING_FILE}`;
}

/**
 * @param chosenEnvironment the environment the user chose for this file (a path in doubt, see
 * InferredEnvironment.doubt) instead of the one its path gives; ignored unless it names one.
 */
export function resolveTarget(mapping: VaultMapping, relativePath: string, chosenEnvironment?: string): ResolvedTarget {
  const path = normalizePath(relativePath);
  if (path === undefined) {
    return {
      environment: inferEnvironment(relativePath.replace(/\\/g, "/"), mapping.environments, mapping.rules, mapping.defaultEnvironment),
      problem: `${relativePath} is outside the folder of ${VAULT_MAPPING_FILE}, so the mapping does not apply to it.`,
    };
  }
  const chosen = chosenEnvironment === undefined ? undefined : mapping.environments.canonical(chosenEnvironment);
  const environment: InferredEnvironment = chosen ? { environment: chosen, reason: "chosen for this move" } : inferEnvironment(path, mapping.environments, mapping.rules, mapping.defaultEnvironment);
  const app = appFor(mapping.apps, path);
  if (!app) {
    return {
      environment,
      problem: `No application in ${VAULT_MAPPING_FILE} holds ${path}: add one to "apps" whose "root" is a folder above it (or "" for the whole folder).`,
    };
  }
  const target = app.environments.get(environment.environment);
  const problem = target?.keyVault ? undefined : missingVault(app, environment.environment, target);
  return { app, environment, ...(target ? { target } : {}), ...(problem ? { problem } : {}) };
}

/** The vault or store name an endpoint's host starts with (`orders-dev`), or `host:port` for the emulator. */
function endpointName(url: string, service: DataPlaneService): string {
  // The mapping holds accepted endpoints only; loopback ones passed with the user's emulator setting.
  const verdict = checkEndpoint(url, service, { allowLoopback: true });
  return verdict.accepted ? verdict.endpoint.name : url;
}

/** A short label for the status bar or a tree item: `orders-dev · development`. */
export function describeTarget(resolved: ResolvedTarget): string {
  const { target, environment } = resolved;
  if (target?.keyVault) return `${endpointName(target.keyVault, "keyVault")} · ${environment.environment}`;
  if (target?.appConfiguration) return `${endpointName(target.appConfiguration.endpoint, "appConfiguration")} (App Configuration) · ${environment.environment}`;
  return `no vault · ${environment.environment}`;
}
