// A file whose path names production while no convention or rule made it production
// (InferredEnvironment.doubt: `secrets.prod-eus.env`, `deploy/prod-eus/values.yaml`): a move does
// not store its secret on that guess, since a wrong guess puts a production secret in a development
// vault. The user picks the environment among the app's; a preset answer (tests, scripted use) is
// taken as it is; Escape stores nothing.
import * as vscode from "vscode";
import { resolveTarget } from "../../azure";
import type { FileTarget } from "../vault-mappings";
import { CANCELLED_BEFORE_STORING, MoveStopped } from "./move-stopped";

/** What the move writes to, so only environments that have one are offered. */
export type NeededTarget = "keyVault" | "appConfiguration";

export interface EnvironmentOption {
  readonly environment: string;
  readonly production: boolean;
  /** The vault URL or store endpoint the environment maps to. */
  readonly endpoint: string;
}

/** Asks which environment; undefined: Escape. */
export type AskEnvironment = (doubt: string, options: readonly EnvironmentOption[]) => Thenable<string | undefined>;

export const askEnvironment: AskEnvironment = async (doubt, options) => {
  const picked = await vscode.window.showQuickPick(
    options.map((option) => ({ label: option.environment, description: option.production ? `production · ${option.endpoint}` : option.endpoint, environment: option.environment })),
    {
      title: "Which environment is this file for?",
      placeHolder: `${doubt}. Pick its environment (add an environmentRules entry to the mapping file to decide it for good).`,
      ignoreFocusOut: true,
    },
  );
  return picked?.environment;
};

/**
 * The file's target with its environment settled: as resolved when nothing is in doubt (or no app
 * holds the file), else the preset or asked environment's. Throws MoveStopped ("cancelled") on Escape.
 */
export async function settleEnvironment(target: FileTarget | undefined, needs: NeededTarget, preset: string | undefined, ask: AskEnvironment = askEnvironment): Promise<FileTarget | undefined> {
  const doubt = target?.resolved?.environment.doubt;
  const app = target?.resolved?.app;
  if (!target?.mapping || !doubt || !app) return target;
  const catalogue = target.mapping.mapping.environments;
  const options = [...app.environments.values()].flatMap((entry) => {
    const endpoint = needs === "keyVault" ? entry.keyVault : entry.appConfiguration?.endpoint;
    return endpoint ? [{ environment: entry.environment, production: catalogue.isProduction(entry.environment), endpoint }] : [];
  });
  // Nowhere to store it in any environment: the move fails on the missing vault, as it would anyway.
  if (options.length === 0) return target;
  if (preset !== undefined && !catalogue.canonical(preset)) throw new MoveStopped("failed", `'${preset}' is not an environment of the mapping file (${catalogue.names().join(", ")}). Nothing was stored.`);
  const chosen = preset ?? (await ask(doubt, options));
  if (chosen === undefined) throw new MoveStopped("cancelled", CANCELLED_BEFORE_STORING);
  return { ...target, resolved: resolveTarget(target.mapping.mapping, target.relativePath, chosen) };
}
