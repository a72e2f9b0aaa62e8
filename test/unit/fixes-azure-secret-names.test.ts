// The names "Move to Key Vault" proposes for Azure credentials written as Azure apps write them:
// connection strings handed straight to a client, SDK credentials, Spring's YAML, command lines.
// A name says what the secret is (its account or host, then its kind) and tells a file's secrets apart.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { environmentVariableFor, planMove, settingNameFor, suggestedConfigurationKey, suggestedSecretName } from "../../src/fixes";

// Made-up values, assembled at run time so this file holds no detectable secret.
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64 = `${ALNUM}+/`;
/** `length` characters of `alphabet`, the same on every run. */
function fake(length: number, seed: number, alphabet = ALNUM): string {
  let state = seed * 7919 + 17;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    // (The high bits: an LCG's low bits repeat within a few dozen steps.)
    out += alphabet[(state >>> 16) % alphabet.length];
  }
  return out;
}
const storageKey = (seed: number) => `${fake(76, seed, B64)}${"+A"}St${fake(5, seed + 1, B64)}Q==`;
const cosmosKey = (seed: number) => `${fake(76, seed, B64)}${"AC"}Db${fake(5, seed + 1, B64)}Q==`;
const legacyAccountKey = (seed: number) => `${fake(86, seed, B64)}==`;
const sasKey = (seed: number) => `${fake(43, seed, B64)}=`;
const serviceBusKey = (seed: number) => `${fake(33, seed, B64)}${"+A"}SbB${fake(5, seed + 1, B64)}=`;
const hex32 = (seed: number) => fake(32, seed, "0123456789abcdef");
const entraSecret = (seed: number) => `${fake(3, seed)}${"8Q"}~${fake(34, seed + 1)}`;
const registryKey = (seed: number) => `${fake(42, seed, B64)}${"+A"}CRA${fake(5, seed + 1, B64)}`;
const legacyFunctionKey = (seed: number) => `${fake(54, seed, B64)}==`;
const signature = (seed: number) => encodeURIComponent(`${fake(43, seed, B64)}=`);
const guid = (seed: number) => `${hex32(seed).slice(0, 8)}-${hex32(seed).slice(8, 12)}-4${hex32(seed).slice(13, 16)}-a${hex32(seed).slice(17, 20)}-${hex32(seed).slice(20)}`;

/** Each secret finding's proposed Key Vault name and the variable the code would read, in order. */
function named(content: string, filePath: string): string[] {
  return scanText({ content, filePath })
    .filter((finding) => finding.kind === "secret")
    .map((finding) => {
      const secretName = suggestedSecretName(content, filePath, finding);
      return `${secretName} ${environmentVariableFor(settingNameFor(content, filePath, finding), secretName)}`;
    });
}

test("a connection string handed straight to a client names itself by its host, whatever keyword holds its key", () => {
  const content = [
    `export const pubsub = new WebPubSubServiceClient("Endpoint=https://wps-chat-prod.webpubsub.azure.com;AccessKey=${sasKey(1)};Version=1.0;", "chat");`,
    `export const settings = new AppConfigurationClient("Endpoint=https://appcs-orders.azconfig.io;Id=Ab1c-l9-s0:${fake(20, 2)};Secret=${sasKey(3)}");`,
    `export const mail = new EmailClient("endpoint=https://acs-mail.europe.communication.azure.com/;accesskey=${legacyAccountKey(4)}");`,
    "",
  ].join("\n");
  assert.deepEqual(named(content, "src/clients.ts"), [
    "wps-chat-prod-connection-string WPS_CHAT_PROD_CONNECTION_STRING",
    "appcs-orders-connection-string APPCS_ORDERS_CONNECTION_STRING",
    "acs-mail-connection-string ACS_MAIL_CONNECTION_STRING",
  ]);
});

test("Python's conn_str= names nothing: two clients' connection strings in one file get two names", () => {
  const content = [
    "sb_client = ServiceBusClient.from_connection_string(",
    `    conn_str="Endpoint=sb://sb-ingest-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${serviceBusKey(5)}"`,
    ")",
    "producer = EventHubProducerClient.from_connection_string(",
    `    conn_str="Endpoint=sb://evh-ingest-prod.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${serviceBusKey(6)};EntityPath=telemetry",`,
    '    eventhub_name="telemetry",',
    ")",
    "",
  ].join("\n");
  assert.deepEqual(named(content, "ingest.py"), ["sb-ingest-prod-connection-string SB_INGEST_PROD_CONNECTION_STRING", "evh-ingest-prod-connection-string EVH_INGEST_PROD_CONNECTION_STRING"]);
});

test("a URL or a shared access signature stored whole is named by its host and what it reaches, not by code or sig", () => {
  const http = `GET https://func-orders-prod.azurewebsites.net/api/Health?code=${legacyFunctionKey(7)}&clientId=default\n`;
  assert.deepEqual(named(http, "requests.http"), ["func-orders-prod-Health-url FUNC_ORDERS_PROD_HEALTH_URL"]);
  const header = `curl -X POST "https://iot-orders-prod.azure-devices.net/devices/sensor-01/messages/events?api-version=2021-04-12" \\\n  -H "Authorization: SharedAccessSignature sr=iot-orders-prod.azure-devices.net%2Fdevices%2Fsensor-01&sig=${signature(8)}&se=1767225600" \\\n  -d '{}'\n`;
  assert.deepEqual(named(header, "ops/notes.sh"), ["iot-orders-prod-sensor-01-sas-token IOT_ORDERS_PROD_SENSOR_01_SAS_TOKEN"]);
  const headers = `headers = {"Authorization": "SharedAccessSignature sr=iot-orders-prod.azure-devices.net%2Fdevices%2Fsensor-02&sig=${signature(54)}&se=1767225600"}\n`;
  assert.deepEqual(named(headers, "send.py"), ["iot-orders-prod-sensor-02-sas-token IOT_ORDERS_PROD_SENSOR_02_SAS_TOKEN"]);
});

test("Spring's application.yml is named by the dotted property path, as application.properties is", () => {
  const yaml = [
    "spring:",
    "  cloud:",
    "    azure:",
    "      cosmos:",
    "        endpoint: https://cosmos-spring-prod.documents.azure.com:443/",
    `        key: ${legacyAccountKey(9)}`,
    "      eventhubs:",
    `        connection-string: Endpoint=sb://evh-spring-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${serviceBusKey(10)}`,
    "",
  ].join("\n");
  assert.deepEqual(named(yaml, "src/main/resources/application.yml"), [
    "spring-cloud-azure-cosmos-key SPRING_CLOUD_AZURE_COSMOS_KEY",
    "spring-cloud-azure-eventhubs-connection-string SPRING_CLOUD_AZURE_EVENTHUBS_CONNECTION_STRING",
  ]);
  const properties = `spring.cloud.azure.eventhubs.connection-string=Endpoint=sb://evh-spring-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${serviceBusKey(10)}\n`;
  assert.deepEqual(named(properties, "src/main/resources/application.properties"), ["spring-cloud-azure-eventhubs-connection-string SPRING_CLOUD_AZURE_EVENTHUBS_CONNECTION_STRING"]);
  // A profile's file and bootstrap.yml are Spring's too; other YAML keeps its leaf's name.
  assert.deepEqual(named(`spring:\n  datasource:\n    password: ${entraSecret(11)}\n`, "config/application-prod.yaml"), ["spring-datasource-password SPRING_DATASOURCE_PASSWORD"]);
  assert.deepEqual(named(`database:\n  password: ${entraSecret(11)}\n`, "config/app.yaml"), ["database-password DATABASE_PASSWORD"]);
  // A configuration value gets the App Configuration key its .properties line gets: the property's,
  // under Spring Cloud Azure App Configuration's /application/ prefix.
  const configurationKey = (content: string, filePath: string) => {
    const finding = scanText({ content, filePath }).find((candidate) => candidate.kind === "config");
    assert.ok(finding);
    return suggestedConfigurationKey(content, filePath, finding);
  };
  assert.equal(configurationKey("orders:\n  service:\n    base-url: https://orders-api.internal.contoso.com/v1\n", "application.yml"), "/application/orders.service.base-url");
  assert.equal(configurationKey("orders.service.base-url=https://orders-api.internal.contoso.com/v1\n", "application.properties"), "/application/orders.service.base-url");
});

test("an SDK credential is named by the endpoint or account its call shows, and by the kind of key", () => {
  const csharp = [
    "builder.Services.AddSingleton(_ => new CosmosClient(",
    '    "https://cosmos-orders-prod.documents.azure.com:443/",',
    `    "${legacyAccountKey(12)}"));`,
    "var searchClient = new SearchClient(",
    '    new Uri("https://srch-orders.search.windows.net"),',
    '    "products",',
    `    new AzureKeyCredential("${hex32(13).toUpperCase()}"));`,
    "var credential = new ClientSecretCredential(",
    `    "${guid(14)}",`,
    `    "${guid(15)}",`,
    `    "${entraSecret(16)}");`,
    "",
  ].join("\n");
  assert.deepEqual(named(csharp, "Program.cs"), ["cosmos-orders-prod-account-key COSMOS_ORDERS_PROD_ACCOUNT_KEY", "srch-orders-key SRCH_ORDERS_KEY", "client-secret CLIENT_SECRET"]);

  const java = [
    "ClientSecretCredential credential = new ClientSecretCredentialBuilder()",
    `    .tenantId("${guid(17)}")`,
    `    .clientSecret("${entraSecret(18)}")`,
    "    .build();",
    `StorageSharedKeyCredential shared = new StorageSharedKeyCredential("stjavaprod", "${storageKey(19)}");`,
    "",
  ].join("\n");
  assert.deepEqual(named(java, "App.java"), ["client-secret CLIENT_SECRET", "stjavaprod-account-key STJAVAPROD_ACCOUNT_KEY"]);

  assert.deepEqual(named(`\tcred, _ := azblob.NewSharedKeyCredential("stgoprod", "${legacyAccountKey(20)}")\n`, "main.go"), ["stgoprod-account-key STGOPROD_ACCOUNT_KEY"]);

  const python = [
    `cosmos = CosmosClient("https://cosmos-ingest.documents.azure.com:443/", credential="${cosmosKey(21)}")`,
    `speech_config = speechsdk.SpeechConfig(subscription="${hex32(22)}", region="westeurope")`,
    `sb = ServiceBusClient("sb-sdk-prod.servicebus.windows.net", credential=AzureNamedKeyCredential("RootManageSharedAccessKey", "${sasKey(23)}"))`,
    'spark.conf.set(',
    '    "fs.azure.account.key.stlakeprod.dfs.core.windows.net",',
    `    "${legacyAccountKey(24)}",`,
    ")",
    "",
  ].join("\n");
  assert.deepEqual(named(python, "ingest.py"), [
    "cosmos-ingest-account-key COSMOS_INGEST_ACCOUNT_KEY",
    "speech-key SPEECH_KEY",
    "sb-sdk-prod-key SB_SDK_PROD_KEY",
    "stlakeprod-account-key STLAKEPROD_ACCOUNT_KEY",
  ]);

  const typescript = [
    'const account = "stwebprod01";',
    `const sharedKeyCredential = new StorageSharedKeyCredential(account, "${legacyAccountKey(25)}");`,
    "export const cosmos = new CosmosClient({",
    '  endpoint: "https://cosmos-web-prod.documents.azure.com:443/",',
    `  key: "${legacyAccountKey(26)}",`,
    "});",
    "",
  ].join("\n");
  assert.deepEqual(named(typescript, "src/clients.ts"), ["stwebprod01-account-key STWEBPROD01_ACCOUNT_KEY", "cosmos-web-prod-account-key COSMOS_WEB_PROD_ACCOUNT_KEY"]);

  // A credential's class built for a user is named by the user; a class's body is no call: its hosts are other code's.
  assert.deepEqual(named(`var credential = new NetworkCredential("svc-reports", "${fake(6, 48)}#${fake(5, 49)}!");\n`, "Reports.cs"), ["svc-reports-password SVC_REPORTS_PASSWORD"]);
  const settings = [
    "public static class Settings",
    "{",
    '    public const string SearchEndpoint = "https://srch-orders.search.windows.net";',
    `    public static readonly string key = "${cosmosKey(49)}";`,
    "}",
    "",
  ].join("\n");
  assert.deepEqual(named(settings, "Settings.cs"), ["key KEY"]);

  // A name that says whose the secret is stays, as does a name Terraform reads the variable by.
  assert.deepEqual(named(`ORDERS_SP_SECRET = "${entraSecret(40)}"\ncredential = ClientSecretCredential(tenant_id, client_id, ORDERS_SP_SECRET)\n`, "auth.py"), ["ORDERS-SP-SECRET ORDERS_SP_SECRET"]);
  assert.deepEqual(named(`provider "azurerm" {\n  features {}\n  client_secret = "${entraSecret(41)}"\n}\n`, "main.tf"), ["client-secret CLIENT_SECRET"]);
  assert.deepEqual(named(`variable "password" {\n  description = "The key of stordersprod01.blob.core.windows.net"\n  default     = "${storageKey(42)}"\n}\n`, "variables.tf"), ["password PASSWORD"]);
});

test("on a command line the option names its value, with the account or user the line gives", () => {
  const workflow = [
    "jobs:",
    "  deploy:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - run: |",
    `          az storage blob upload-batch --account-name stwebprod01 --account-key ${legacyAccountKey(27)} -d '$web' -s ./dist`,
    `      - run: az storage blob upload --account-name stwebprod01 -c releases -f app.zip -n app.zip --sas-token "se=2026-12-31T23%3A59%3A59Z&sp=racwdl&spr=https&sv=2022-11-02&sr=c&sig=${signature(28)}"`,
    `      - run: docker login crwebprod.azurecr.io -u crwebprod -p ${registryKey(29)}`,
    "",
  ].join("\n");
  assert.deepEqual(named(workflow, ".github/workflows/deploy.yml"), [
    "stwebprod01-account-key STWEBPROD01_ACCOUNT_KEY",
    "stwebprod01-sas-token STWEBPROD01_SAS_TOKEN",
    "crwebprod-password CRWEBPROD_PASSWORD",
  ]);

  // A workflow reads it as the Actions secret of that name.
  const [accountKey] = scanText({ content: workflow, filePath: ".github/workflows/deploy.yml" });
  assert.ok(accountKey);
  const plan = planMove({ text: workflow, filePath: ".github/workflows/deploy.yml", finding: accountKey, secretName: suggestedSecretName(workflow, ".github/workflows/deploy.yml", accountKey), vaultUrl: "https://kv-web-prod.vault.azure.net" });
  assert.deepEqual(plan.edits.map((edit) => edit.newText), ["${{ secrets.STWEBPROD01_ACCOUNT_KEY }}"]);

  const pipeline = [
    "steps:",
    `  - script: az login --service-principal -u ${guid(30)} -p ${entraSecret(31)} --tenant ${guid(32)}`,
    `  - script: git clone https://${fake(52, 33, "abcdefghijklmnopqrstuvwxyz234567")}@dev.azure.com/contoso/orders/_git/shared-lib`,
    "",
  ].join("\n");
  assert.deepEqual(named(pipeline, "azure-pipelines.yml"), ["client-secret CLIENT_SECRET", "contoso-devops-pat CONTOSO_DEVOPS_PAT"]);

  const shell = [
    `az login --service-principal --username ${guid(33)} --password ${entraSecret(34)} --tenant ${guid(35)}`,
    `az acr login --name crordersprod --username crordersprod --password ${registryKey(36)}`,
    `sudo mount -t cifs //stordersfiles.file.core.windows.net/orders /mnt/orders -o vers=3.0,username=stordersfiles,password=${legacyAccountKey(37)},dir_mode=0777`,
    "",
  ].join("\n");
  assert.deepEqual(named(shell, "ops/notes.sh"), ["client-secret CLIENT_SECRET", "crordersprod-password CRORDERSPROD_PASSWORD", "stordersfiles-account-key STORDERSFILES_ACCOUNT_KEY"]);

  const powershell = [
    `$securePassword = ConvertTo-SecureString "${entraSecret(38)}" -AsPlainText -Force`,
    `cmd.exe /C "cmdkey /add:\`"stordersfiles.file.core.windows.net\`" /user:\`"localhost\\stordersfiles\`" /pass:\`"${storageKey(39)}\`""`,
    "",
  ].join("\n");
  assert.deepEqual(named(powershell, "Deploy.ps1"), ["client-secret CLIENT_SECRET", "stordersfiles-account-key STORDERSFILES_ACCOUNT_KEY"]);

  // The Azure CLI's database servers name themselves by -n as well as --name.
  assert.deepEqual(named(`az postgres flexible-server create -g rg-orders -n pg-orders -u pgadmin -p '${fake(14, 50)}' --tier Burstable\n`, "infra.sh"), ["pg-orders-password PG_ORDERS_PASSWORD"]);
});

test("a name is never read from the value, nor from a word beside it that looks like a key", () => {
  const pat = fake(52, 43, "abcdefghijklmnopqrstuvwxyz234567");
  const cases: [string, string][] = [
    [`curl -u ${pat}: https://dev.azure.com/contoso/_apis/projects\n`, "ops.sh"],
    [`az devops login --username ${fake(20, 44, "abcdefghij0123456789")} --password ${pat}\n`, "ops.sh"],
    [`curl "https://func-orders-prod.azurewebsites.net/api/${legacyFunctionKey(45)}/run"\n`, "ops.sh"],
    [`const credential = new StorageSharedKeyCredential("${fake(24, 46, "abcdefghijklmnopqrstuvwxyz0123456789")}", "${storageKey(47)}");\n`, "clients.ts"],
    [`const settings = new AppConfigurationClient("Endpoint=https://${fake(44, 51)}.azconfig.io;Id=Ab1c-l9-s0:${fake(20, 52)};Secret=${sasKey(53)}");\n`, "clients.ts"],
  ];
  for (const [content, filePath] of cases) {
    for (const finding of scanText({ content, filePath }).filter((candidate) => candidate.kind === "secret")) {
      const name = suggestedSecretName(content, filePath, finding);
      const words = content.match(/[A-Za-z0-9]{16,}/g) ?? [];
      assert.ok(!words.some((word) => name.toLowerCase().includes(word.toLowerCase().slice(0, 12))), `${filePath}: ${finding.ruleId} is named by a word that looks like a key`);
    }
  }
});
