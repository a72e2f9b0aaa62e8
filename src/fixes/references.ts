// The two ways configuration points at a Key Vault secret instead of holding it. The quick fixes
// write them into files; the Vaults view copies them to the clipboard. One spelling for both.

/** App Service / Functions app setting value, resolved by the app's managed identity. */
export function keyVaultReference(secretUri: string): string {
  return `@Microsoft.KeyVault(SecretUri=${secretUri})`;
}

/**
 * App Service / Functions app setting value that App Service reads from App Configuration. Without
 * `Label=` App Service reads the key-value that has no label, so a value stored under a label
 * (the environment's) must name it.
 */
export function appServiceConfigurationReference(endpoint: string, key: string, label?: string): string {
  return `@Microsoft.AppConfiguration(Endpoint=${endpoint}; Key=${key}${label ? `; Label=${label}` : ""})`;
}

/**
 * Why `part` (a key or a label) cannot stand in an @Microsoft.AppConfiguration reference: its
 * parts are separated by `;` and `=` inside `(…)`, and blanks around a part are not kept.
 */
export function appServiceReferencePartProblem(part: string): string | undefined {
  if (/[;=()]/.test(part) || part.trim() !== part) return `'${part}' cannot be written in an @Microsoft.AppConfiguration reference (it holds ; = ( ) or blanks at an end)`;
  return undefined;
}

/** The value of an App Configuration Key Vault reference (content type application/vnd.microsoft.appconfig.keyvaultref+json). */
export function appConfigurationReference(secretUri: string): string {
  return JSON.stringify({ uri: secretUri });
}

/** What a Key Vault's Resource Manager id says: `/subscriptions/<s>/resourceGroups/<g>/providers/Microsoft.KeyVault/vaults/<v>`. */
export interface VaultResource {
  readonly id: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly vaultName: string;
}

// Vault names are 3–24 letters, digits and dashes; resource group names may hold ( ) . _ - too.
const VAULT_RESOURCE_ID = /^\/subscriptions\/([0-9A-Za-z-]{1,64})\/resourceGroups\/([-\w.()]{1,90})\/providers\/Microsoft\.KeyVault\/vaults\/([0-9A-Za-z-]{3,24})$/i;

/** The parts of a Key Vault resource id, or undefined when `id` is not one. */
export function vaultResourceOf(id: string): VaultResource | undefined {
  const match = VAULT_RESOURCE_ID.exec(id.trim());
  return match ? { id: id.trim(), subscriptionId: match[1]!, resourceGroup: match[2]!, vaultName: match[3]! } : undefined;
}
