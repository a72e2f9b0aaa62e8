// Credentials for Node hosts (the CLI, and the extension when the user picks Azure CLI or the
// default chain instead of VS Code's sign-in). @azure/identity is loaded on the first token
// request, not at import: it pulls in MSAL, and most runs never talk to Azure.
import type { AccessToken, GetTokenOptions, TokenCredential } from "@azure/core-auth";
import { fromCredentialError } from "./errors";

/** `vscode`: VS Code's Microsoft sign-in (extension only). `azureCli`: `az login`. `default`: DefaultAzureCredential. */
export type CredentialChoice = "vscode" | "azureCli" | "default";

export const CREDENTIAL_CHOICES: readonly CredentialChoice[] = ["vscode", "azureCli", "default"];

/**
 * Creates the real credential on first use and turns identity's errors into AzureErrors
 * (`signedOut`, `expiredSignIn`) that say what to do.
 */
class LazyCredential implements TokenCredential {
  private credential: Promise<TokenCredential> | undefined;

  constructor(private readonly create: () => Promise<TokenCredential>) {}

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    this.credential ??= this.create();
    try {
      return await (await this.credential).getToken(scopes, options);
    } catch (error) {
      throw (error instanceof Error ? fromCredentialError(error) : undefined) ?? error;
    }
  }
}

// Key Vault's challenge names the vault's tenant and the SDK passes it to getToken; "*" lets the
// credential follow it (guest accounts, vaults in another tenant) instead of refusing.
const ANY_TENANT = { additionallyAllowedTenants: ["*"] };

/** `az login`'s account, through `az account get-access-token`. */
export function azureCliCredential(): TokenCredential {
  return new LazyCredential(async () => new (await import("@azure/identity")).AzureCliCredential(ANY_TENANT));
}

/**
 * DefaultAzureCredential: environment variables, workload identity, managed identity, Azure CLI,
 * Azure PowerShell, Azure Developer CLI. What the CLI uses, in CI and on a developer's machine.
 */
export function defaultAzureCredential(): TokenCredential {
  return new LazyCredential(async () => new (await import("@azure/identity")).DefaultAzureCredential(ANY_TENANT));
}

/** The credential for a Node host; `vscode` exists only inside the extension (src/extension/azure-credential.ts). */
export function nodeCredential(choice: Exclude<CredentialChoice, "vscode">): TokenCredential {
  return choice === "azureCli" ? azureCliCredential() : defaultAzureCredential();
}
