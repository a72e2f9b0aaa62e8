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

/**
 * planMove; where the file names the vault by its Resource Manager id, the id is looked up once
 * and the move planned again with it. `known` carries the id between plans of one move.
 */
export async function planMoveFindingVault(access: AzureAccess, input: MoveInput, known: { vaultResourceId?: string }, signal?: AbortSignal): Promise<MovePlan> {
  try {
    return planMove({ ...input, ...known });
  } catch (error) {
    if (!(error instanceof FixPlanError) || error.code !== "needsVaultResource" || known.vaultResourceId !== undefined) throw error;
    known.vaultResourceId = await findVaultResourceId(access, input.vaultUrl, signal);
    return planMove({ ...input, ...known });
  }
}
