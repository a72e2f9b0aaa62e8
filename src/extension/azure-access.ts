// How the extension reaches Azure: the sign-in the user chose, the local emulator when the user
// enabled it, and the stores and directories built from those. Every endpoint still goes through
// the Azure layer's safety check when a store is opened.
import type { TokenCredential } from "@azure/core-auth";
import * as vscode from "vscode";
import {
  AppConfigurationStore,
  ArmVaultDirectory,
  AzureError,
  isLoopbackEndpoint,
  KeyVaultSecretStore,
  nodeCredential,
  type AzureConnection,
  type ConfigurationStore,
  type CredentialChoice,
  type EndpointPolicy,
  type SecretStore,
  type VaultDirectory,
} from "../azure";
import { VsCodeMicrosoftCredential } from "./azure-credential";
import { emulatorEndpointName } from "./endpoint-names";
import { SETTINGS_SECTION, SettingKey } from "./contributions";
import { isLocalEmulatorEnabled, localEmulatorState, type EmulatorEndpoints } from "./local-emulator";

/** A place to pick vaults and stores from, for "Configure Vaults…" and the vault explorer. */
export interface DirectorySource {
  readonly label: string;
  readonly directory: VaultDirectory;
  /** The emulator's one subscription; Azure's are listed. */
  readonly fixedSubscriptionId?: string;
  /** The local emulator: its vaults have loopback URLs. */
  readonly local?: true;
}

export interface AccessOptions {
  /** May VS Code's sign-in prompt appear? Default true: the user just asked for this. */
  readonly interactive?: boolean;
}

export class AzureAccess {
  private credentials = new Map<string, TokenCredential>();

  /** The sign-in the user picked: a user-level setting, so a repository cannot choose it. */
  credentialChoice(): CredentialChoice {
    const value = vscode.workspace.getConfiguration(SETTINGS_SECTION).inspect<CredentialChoice>(SettingKey.azureCredential)?.globalValue;
    return value === "azureCli" || value === "default" ? value : "vscode";
  }

  /** What endpoints a workspace file may name: Azure's, and loopback only when the user enabled the emulator. */
  endpointPolicy(): EndpointPolicy {
    return { allowLoopback: isLocalEmulatorEnabled() };
  }

  /**
   * @param options.interactive false for work the user did not start this moment (a tree loading,
   *   restored at startup): VS Code's sign-in is then asked silently and a missing session is
   *   reported as "signed out" instead of opening a prompt.
   */
  connection(options: AccessOptions = {}): AzureConnection {
    const choice = this.credentialChoice();
    const interactive = options.interactive ?? true;
    // Only VS Code's sign-in differs by `interactive`; one Azure CLI or default credential (and its token cache) serves both.
    const key = choice === "vscode" ? `vscode:${interactive}` : choice;
    let credential = this.credentials.get(key);
    if (!credential) {
      credential = choice === "vscode" ? new VsCodeMicrosoftCredential(() => interactive) : nodeCredential(choice);
      this.credentials.set(key, credential);
    }
    const emulator = localEmulatorState();
    return { credential, localEmulator: emulator.enabled && "trust" in emulator ? emulator.trust : undefined };
  }

  /** Throws the emulator's own problem (not running, file missing) for a loopback URL, which says more than "refused". */
  private checkEmulatorFor(url: string): void {
    if (!isLoopbackEndpoint(url)) return;
    const emulator = localEmulatorState();
    if (emulator.enabled && "problem" in emulator) throw new AzureError("endpointRefused", emulator.problem);
  }

  secretStore(vaultUrl: string, options?: AccessOptions): SecretStore {
    this.checkEmulatorFor(vaultUrl);
    // Messages name an emulator vault as the Vaults view does (`orders-dev`), not by 127.0.0.1:port.
    return KeyVaultSecretStore.open(vaultUrl, this.connection(options), emulatorEndpointName(vaultUrl, "keyVault", this.emulatorEndpoints()));
  }

  configurationStore(endpoint: string, options?: AccessOptions): ConfigurationStore {
    this.checkEmulatorFor(endpoint);
    return AppConfigurationStore.open(endpoint, this.connection(options));
  }

  /** The running emulator's endpoints, when the user enabled it and it is running. */
  emulatorEndpoints(): EmulatorEndpoints | undefined {
    const emulator = localEmulatorState();
    return emulator.enabled && "endpoints" in emulator ? emulator.endpoints : undefined;
  }

  /** Why the enabled emulator cannot be used (its info file missing, its CA gone), in words for the user; undefined when it can, or is off. */
  emulatorProblem(): string | undefined {
    const emulator = localEmulatorState();
    return emulator.enabled && "problem" in emulator ? emulator.problem : undefined;
  }

  /** Azure (through the chosen sign-in) and, when enabled and running, the local emulator. */
  directorySources(options?: AccessOptions): DirectorySource[] {
    const connection = this.connection(options);
    const sources: DirectorySource[] = [{ label: "Azure", directory: ArmVaultDirectory.open(connection) }];
    const endpoints = this.emulatorEndpoints();
    if (endpoints && connection.localEmulator) {
      sources.unshift({ label: "Local emulator", directory: ArmVaultDirectory.open(connection, endpoints.arm), fixedSubscriptionId: endpoints.subscriptionId || undefined, local: true });
    }
    return sources;
  }
}
