// The two ways configuration points at a Key Vault secret instead of holding it. The quick fixes
// write them into files; the Vaults view copies them to the clipboard. One spelling for both.

/** App Service / Functions app setting value, resolved by the app's managed identity. */
export function keyVaultReference(secretUri: string): string {
  return `@Microsoft.KeyVault(SecretUri=${secretUri})`;
}

/** The value of an App Configuration Key Vault reference (content type application/vnd.microsoft.appconfig.keyvaultref+json). */
export function appConfigurationReference(secretUri: string): string {
  return JSON.stringify({ uri: secretUri });
}
