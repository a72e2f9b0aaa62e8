/**
 * Where a rule without a page of its own sends the user: Microsoft's Key Vault guidance on keeping
 * secrets, which says what to do with any hardcoded one. (Rules with a service's own rotation page
 * link that instead.)
 */
export const SECRETS_GUIDE = "https://learn.microsoft.com/azure/key-vault/secrets/secrets-best-practices";
