// A vault's Resource Manager id, for files that name a vault by it (ARM parameters files). The
// vault mapping holds only the vault's URL, so the id is looked up in the places the user can
// reach, the same ones "Configure Vaults…" lists: the local emulator's directory and Azure's.
import { FixPlanError, planMove, type MoveInput, type MovePlan } from "../../fixes";
import { isEnabledSubscription, isLoopbackEndpoint, keyVaultResourceId, sameEndpoint } from "../../azure";
import type { AzureAccess } from "../azure-access";
import { MoveStopped } from "./move-stopped";

export async function findVaultResourceId(access: AzureAccess, vaultUrl: string, signal?: AbortSignal): Promise<string> {
  const emulatorVault = isLoopbackEndpoint(vaultUrl);
  for (const source of access.directorySources()) {
    // The emulator's directory lists only loopback vaults, Azure's only Azure's.
    if ((source.local === true) !== emulatorVault) continue;
    const subscriptions = source.fixedSubscriptionId
      ? [source.fixedSubscriptionId]
      : (await source.directory.listSubscriptions({ signal })).filter(isEnabledSubscription).map((subscription) => subscription.subscriptionId);
    for (const subscriptionId of subscriptions) {
      const vault = (await source.directory.listKeyVaults(subscriptionId, { signal })).find((candidate) => sameEndpoint(candidate.vaultUrl, vaultUrl));
      const id = vault ? keyVaultResourceId(vault) : undefined;
      if (id) return id;
    }
  }
  throw new MoveStopped(
    "failed",
    `The file names the vault by its Resource Manager id, and ${vaultUrl} was not found in the ${emulatorVault ? "local emulator" : "subscriptions your Azure sign-in can list"}. Nothing was stored or changed.`,
  );
}

/** Runs the id's lookup (every subscription's vaults: it can take a while) under a cancellable progress notification, with its signal. */
export type LookupProgress = (lookUp: (signal: AbortSignal) => Promise<string>) => PromiseLike<string>;

/**
 * planMove; where the file names the vault by its Resource Manager id, the id is looked up once
 * and the move planned again with it. `known` carries the id between plans of one move. The
 * lookup stops on `signal`, or, for a plan made before any progress is shown, runs under
 * `progress`, so a slow Resource Manager shows what the move waits for, and its Cancel stops it.
 */
export async function planMoveFindingVault(access: AzureAccess, input: MoveInput, known: { vaultResourceId?: string }, signal?: AbortSignal, progress?: LookupProgress): Promise<MovePlan> {
  try {
    return planMove({ ...input, ...known });
  } catch (error) {
    if (!(error instanceof FixPlanError) || error.code !== "needsVaultResource" || known.vaultResourceId !== undefined) throw error;
    const lookUp = (stop: AbortSignal | undefined) => findVaultResourceId(access, input.vaultUrl, stop);
    known.vaultResourceId = await (progress ? progress(lookUp) : lookUp(signal));
    return planMove({ ...input, ...known });
  }
}
