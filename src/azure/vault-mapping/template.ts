// A starting point for a new `.secrethygiene-vaults.json`, with the format explained where it is
// used. The names are examples; the parser reads it without problems (a unit test holds it to that).
export const VAULT_MAPPING_TEMPLATE = `{
  // Which Key Vault (and App Configuration store) each application uses in each environment.
  // A file's environment comes from its path: appsettings.Production.json, .env.staging,
  // values-prod.yaml, config/test/…, secrets.prod.json; anything else is the default environment
  // (a move asks where the path names production but nothing else places the file).
  "defaultEnvironment": "development",
  "apps": [
    {
      "name": "my-app",
      // Folder of the application, relative to this file; "" is the whole folder.
      "root": "",
      "environments": {
        "development": {
          "keyVault": "https://my-app-dev.vault.azure.net"
        },
        "production": {
          "keyVault": "https://my-app-prod.vault.azure.net",
          // A plain endpoint uses the environment's name as the label.
          "appConfiguration": "https://my-app-config.azconfig.io"
        }
      }
    }
  ]
}
`;
