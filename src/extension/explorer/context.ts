// What every explorer node shares: Azure access, the vault mappings, the settings, the filter, the
// sign-in state and a cache of Resource Manager's view of the vaults (for health checks and fixes).
import * as vscode from "vscode";
import { isAzureError, isEnabledSubscription, isLoopbackEndpoint, sameEndpoint, type KeyVaultInfo, type VaultDirectory } from "../../azure";
import type { AzureAccess, DirectorySource } from "../azure-access";
import { describe } from "../describe";
import { endpointName } from "../endpoint-names";
import type { VaultMappings } from "../vault-mappings";
import type { ExplorerSettings } from "./explorer-settings";
import type { VaultUse } from "./health";

/** Resource Manager's record of a vault, with the directory that can change it. */
export interface ArmVault {
  readonly info?: KeyVaultInfo;
  readonly directory?: VaultDirectory;
  /** Why there is no record. */
  readonly problem?: string;
}

export interface ExplorerNodeLike {
  readonly id: string;
}

/** A vault's node, as the explorer reloads it when a move writes to the vault. */
export interface VaultNodeLike extends ExplorerNodeLike {
  readonly vaultUrl: string;
  /** Forgets the secrets and health loaded, so they load again. */
  secretsChanged(): void;
  /** Forgets everything loaded (the vault's Resource Manager record too). */
  reset(): void;
}

export interface ExplorerContext {
  readonly access: AzureAccess;
  readonly mappings: VaultMappings;
  readonly log: vscode.LogOutputChannel;
  /** The view's settings, as a folder sets them for its vaults (rotation days are resource-scoped). */
  settings(scope?: vscode.ConfigurationScope): ExplorerSettings;
  /** The lower-cased name filter, or undefined. */
  filter(): string | undefined;
  readonly arm: ArmLookup;
  readonly auth: SignInState;
  /** Where the workspace maps this vault (every folder, every app). */
  vaultUses(vaultUrl: string): VaultUse[];
  /** Every vault URL the workspace maps, in mapping order (repeats included). */
  allMappedVaults(): string[];
  /** Reads every folder's mapping (cached by VaultMappings), for vaultUses. */
  loadMappings(): Promise<void>;
  /** Repaints a node (or the whole tree). */
  changed(node?: ExplorerNodeLike): void;
  /** A vault's node was made: the latest of each is reloaded when the vault is written to elsewhere. */
  vaultShown(node: VaultNodeLike): void;
}

const ARM_SCOPE = "https://management.azure.com/.default";
const SILENT_CHECK_MS = 3000;

/**
 * Whether the user is signed in to Azure, checked without prompting. With VS Code's sign-in that is
 * a silent session request; the Azure CLI and DefaultAzureCredential cannot be asked without running
 * them, so they count as signed in and a failure shows on the node that needed them.
 */
export class SignInState {
  private known: Promise<boolean> | undefined;

  constructor(private readonly access: AzureAccess) {}

  signedIn(): Promise<boolean> {
    this.known ??= this.check();
    return this.known;
  }

  reset(): void {
    this.known = undefined;
  }

  private async check(): Promise<boolean> {
    if (this.access.credentialChoice() !== "vscode") return true;
    try {
      const session = await Promise.race([
        vscode.authentication.getSession("microsoft", [ARM_SCOPE], { silent: true }),
        // A runtime without the Microsoft provider may never answer.
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), SILENT_CHECK_MS)),
      ]);
      return session !== undefined;
    } catch {
      return false;
    }
  }
}

/**
 * Finds a vault's Resource Manager record by its URL: in the local emulator for loopback URLs, else
 * in every subscription the user can list. Listings are cached until the next refresh.
 */
/** A Resource Manager listing: the vaults it found, and why some could not be listed (the reason a vault is missing). */
interface Listing {
  readonly vaults: ArmVault[];
  readonly failures: readonly string[];
}

/** An AzureError's message is written for people and carries no request data; anything else is not shown. */
function reason(error: unknown, otherwise: string): string {
  return isAzureError(error) ? error.message : otherwise;
}

export class ArmLookup {
  private emulator: Promise<Listing> | undefined;
  private azure: Promise<Listing | string> | undefined;

  constructor(
    private readonly access: AzureAccess,
    private readonly auth: SignInState,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  reset(): void {
    this.emulator = undefined;
    this.azure = undefined;
  }

  async find(vaultUrl: string): Promise<ArmVault> {
    if (isLoopbackEndpoint(vaultUrl)) {
      this.emulator ??= this.listEmulator();
      return found(await this.emulator, vaultUrl, "The local emulator does not list this vault.");
    }
    if (!(await this.auth.signedIn())) return { problem: "You are not signed in to Azure." };
    this.azure ??= this.listAzure();
    const listing = await this.azure;
    if (typeof listing === "string") return { problem: listing };
    return found(listing, vaultUrl, "None of your subscriptions lists this vault (or you have no Reader role on it).");
  }

  private sources(): DirectorySource[] {
    try {
      return this.access.directorySources({ interactive: false });
    } catch (error) {
      this.log.warn(`Vault explorer: no directory: ${describe(error)}`);
      return [];
    }
  }

  private async listEmulator(): Promise<Listing> {
    const source = this.sources().find((candidate) => candidate.fixedSubscriptionId);
    if (!source?.fixedSubscriptionId) return { vaults: [], failures: [] };
    try {
      const vaults = await source.directory.listKeyVaults(source.fixedSubscriptionId);
      return { vaults: vaults.map((info) => ({ info, directory: source.directory })), failures: [] };
    } catch (error) {
      this.log.warn(`Vault explorer: listing the emulator's vaults failed: ${describe(error)}`);
      this.emulator = undefined;
      return { vaults: [], failures: [reason(error, "The local emulator's vault list could not be read.")] };
    }
  }

  private async listAzure(): Promise<Listing | string> {
    const source = this.sources().find((candidate) => !candidate.fixedSubscriptionId);
    if (!source) return "Resource Manager is not available.";
    try {
      const subscriptions = (await source.directory.listSubscriptions()).filter(isEnabledSubscription);
      const failures: string[] = [];
      const perSubscription = await Promise.all(
        subscriptions.map((subscription) =>
          source.directory.listKeyVaults(subscription.subscriptionId).then(
            (vaults) => vaults.map((info) => ({ info, directory: source.directory })),
            (error: unknown) => {
              this.log.warn(`Vault explorer: listing the vaults of subscription ${subscription.subscriptionId} failed: ${describe(error)}`);
              failures.push(`Listing the vaults of subscription ${subscription.name || subscription.subscriptionId} failed: ${reason(error, "Resource Manager could not be reached.")}`);
              return [];
            },
          ),
        ),
      );
      return { vaults: perSubscription.flat(), failures };
    } catch (error) {
      this.azure = undefined;
      return reason(error, "Resource Manager could not be reached.");
    }
  }
}

/**
 * The vault's record in a listing, or why there is none: a listing that failed is the likelier
 * reason (a stopped emulator, a 403 or 429 on a subscription) than a vault no listing names.
 */
function found(listing: Listing, vaultUrl: string, notListed: string): ArmVault {
  const vault = listing.vaults.find((candidate) => candidate.info && sameEndpoint(candidate.info.vaultUrl, vaultUrl));
  if (vault) return vault;
  const [first, ...more] = listing.failures;
  if (!first) return { problem: notListed };
  return { problem: more.length > 0 ? `${first} (Listing ${more.length} more ${more.length === 1 ? "subscription" : "subscriptions"} failed too.)` : first };
}

/** `orders-dev`: the vault's name, from the emulator's list for loopback URLs. */
export function endpointDisplayName(ctx: ExplorerContext, url: string, service: "keyVault" | "appConfiguration"): string {
  return endpointName(url, service, ctx.access.emulatorEndpoints());
}
