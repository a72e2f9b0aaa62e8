// Every finding names the setting it is assigned to, so the quick fix can name the stored secret:
// the configuration path in JSON and YAML, otherwise the name left of the assignment.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { scanText } from "../../src/engine";

// Made-up values, assembled at run time.
const PASSWORD = "Wq7!rZ2m" + "@Lp9";
const TOKEN = "ghp_" + "Q7w2Zr9Xk4Lm8Tn3Vb6Pd1Sf5Hy0Jc2Ga7Ke";

function keyNames(content: string, filePath: string): (string | undefined)[] {
  return scanText({ content, filePath }).map((finding) => finding.keyName);
}

test("appsettings.json: the configuration path, joined with ':'", () => {
  const json = JSON.stringify({ Logging: { Level: "Info" }, ConnectionStrings: { Default: `Server=tcp:sql.contoso.test,1433;User ID=app;Password=${PASSWORD};` } }, null, 2);
  assert.deepEqual(keyNames(json, "appsettings.Development.json"), ["ConnectionStrings:Default"]);
});

test("YAML: the path of mapping keys", () => {
  const yaml = `services:\n  worker:\n    environment:\n      GITHUB_TOKEN: ${TOKEN}\n`;
  assert.deepEqual(keyNames(yaml, "docker-compose.yml"), ["services:worker:environment:GITHUB_TOKEN"]);
});

test("a value in a YAML or JSONC comment takes the comment's own name, not the path of the key above it", () => {
  const yaml = `api_gateway: true\n# export SERVICE_PASSWORD=${PASSWORD}\nusers:\n  - name: admin\n    # password: ${PASSWORD}\n`;
  assert.deepEqual(keyNames(yaml, "group_vars/all.yml"), ["SERVICE_PASSWORD", "password"]);
  const jsonc = `{\n  "Logging": { "Level": "Info" },\n  // "Token": "${TOKEN}"\n  "Other": 1\n}\n`;
  assert.deepEqual(keyNames(jsonc, "settings.jsonc"), ["Token"]);
  // (A comment after a value on its line too.)
  assert.deepEqual(keyNames(`db:\n  host: db.internal # password: ${PASSWORD}\n`, "config.yml"), ["db:host", "password"]);
});

test(".env: the variable", () => {
  assert.deepEqual(keyNames(`DB_PASSWORD=${PASSWORD}\n`, ".env"), ["DB_PASSWORD"]);
});

test("code: the assigned name", () => {
  assert.deepEqual(keyNames(`const githubToken = "${TOKEN}";\n`, "src/client.ts"), ["githubToken"]);
  assert.deepEqual(keyNames(`db_password = "${PASSWORD}"\n`, "settings.py"), ["db_password"]);
});

test("Jsonnet's hidden fields (`::`, `:::`): the field's name, without the operator's colons", () => {
  const sql = `Server=tcp:sql.contoso.test,1433;User ID=app;Password=${PASSWORD};`;
  assert.deepEqual(keyNames(`{\n  orders:: '${sql}',\n  billing::: "${sql.replace("app", "billing")}",\n}\n`, "deploy/app.jsonnet"), ["orders", "billing"]);
});

test("a value assigned to Node's, Vite's, PowerShell's or Perl's environment is named by the variable", () => {
  assert.deepEqual(keyNames(`process.env.GITHUB_TOKEN = "${TOKEN}";\nimport.meta.env.CI_TOKEN = "${TOKEN}";\n`, "src/setup.ts"), ["GITHUB_TOKEN", "CI_TOKEN"]);
  assert.deepEqual(keyNames(`$env:GITHUB_TOKEN = "${TOKEN}"\n`, "setup.ps1"), ["GITHUB_TOKEN"]);
  assert.deepEqual(keyNames(`$ENV{GITHUB_TOKEN} = "${TOKEN}";\n`, "setup.pl"), ["GITHUB_TOKEN"]);
});

test("a URL scheme before the value is not a setting name", () => {
  const key = "live_" + "815204736_" + "Rk2Zq9Wx4Vn8Lp3Hs6Jd1Fb5Tc0GeM";
  assert.deepEqual(keyNames(`stream to rtmp://ingest.contoso.test/app/${key}\n`, "notes.txt"), [undefined]);
});

test("a connection string split over concatenated literals: the name assigned the first literal", () => {
  const code = `var orders = "Server=tcp:sql.contoso.test;Database=orders;" + "User ID=app;Password=${PASSWORD};";\n`;
  assert.deepEqual(keyNames(code, "src/Db.cs"), ["orders"]);
  // No name before the first literal: the keyword right before the value, as for one literal.
  const call = `conn.Open("Provider=SQLOLEDB.1;User ID=app; " & "Password=${PASSWORD};Data Source=db01;")\n`;
  assert.deepEqual(keyNames(call, "src/Db.vb"), ["Password"]);
});

test("a type between the name and `=` is not the name: TypeScript, Python, Go, Rust, Kotlin, Bicep; a Terraform variable names its default", () => {
  assert.deepEqual(keyNames(`const apiKey: string = "${TOKEN}";\n`, "src/a.ts"), ["apiKey"]);
  assert.deepEqual(keyNames(`let token: string | undefined = "${TOKEN}";\n`, "src/a.ts"), ["token"]);
  assert.deepEqual(keyNames(`token: str = "${TOKEN}"\n`, "a.py"), ["token"]);
  assert.deepEqual(keyNames(`var token string = "${TOKEN}"\n`, "a.go"), ["token"]);
  assert.deepEqual(keyNames(`let token: &str = "${TOKEN}";\n`, "a.rs"), ["token"]);
  assert.deepEqual(keyNames(`val token: String = "${TOKEN}"\n`, "a.kt"), ["token"]);
  assert.deepEqual(keyNames(`param githubToken string = '${TOKEN}'\n`, "main.bicep"), ["githubToken"]);
  assert.deepEqual(keyNames(`variable "github_token" {\n  type    = string\n  default = "${TOKEN}"\n}\n`, "variables.tf"), ["github_token"]);
  // A type first (C#, Dart) and a parameter after an annotated one keep the word before `=`.
  assert.deepEqual(keyNames(`private const string ApiKey = "${TOKEN}";\n`, "A.cs"), ["ApiKey"]);
  assert.deepEqual(keyNames(`def f(x: int, token = "${TOKEN}"):\n`, "a.py"), ["token"]);
  // A word before a colon is no annotation when the word before `=` is no type.
  assert.deepEqual(keyNames(`else: api_token = "${TOKEN}"\n`, "a.py"), ["api_token"]);
  assert.deepEqual(keyNames(`// TODO: rotate GITHUB_TOKEN = "${TOKEN}"\n`, "a.ts"), ["GITHUB_TOKEN"]);
});

test("a connection string is named by what it is assigned to, not by a keyword inside it; web.config's by its name attribute", () => {
  // A 64-byte key's shape (88 characters of base64), made up for this test.
  const key = createHash("sha512").update("key-name.test.ts").digest("base64");
  const storage = (account: string) => `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${key};EndpointSuffix=core.windows.net`;
  assert.deepEqual(keyNames(`orders_storage = "${storage("orders")}"\n`, "app/settings.py"), ["orders_storage"]);
  // Passed straight to a call: the keyword before the value, not the string's first keyword.
  assert.deepEqual(keyNames(`client = BlobServiceClient.from_connection_string("${storage("orders")}")\n`, "app/blobs.py"), ["AccountKey"]);
  const config = `<connectionStrings>\n  <add name="CrmContext" providerName="System.Data.SqlClient" connectionString="${storage("crm")}" />\n  <add name="Reporting" connectionString="Server=tcp:rep.database.windows.net,1433;Database=rep;User ID=rep;Password=${PASSWORD};" />\n</connectionStrings>\n`;
  assert.deepEqual(keyNames(config, "Web.config"), ["CrmContext", "Reporting"]);
});

test("a name/value pair's value is named by the pair's name, an ARM parameter's by the parameter; a plain `value` member keeps its path", () => {
  const key = createHash("sha512").update("name/value pairs").digest("base64");
  const storage = `DefaultEndpointsProtocol=https;AccountName=fn;AccountKey=${key};EndpointSuffix=core.windows.net`;
  const template = `{\n  "resources": [\n    {\n      "properties": {\n        "siteConfig": {\n          "appSettings": [\n            { "name": "AzureWebJobsStorage", "value": "${storage}" }\n          ]\n        }\n      }\n    }\n  ]\n}\n`;
  assert.deepEqual(keyNames(template, "infra/azuredeploy.json"), ["AzureWebJobsStorage"]);
  const dapr = `spec:\n  type: state.azure.blobstorage\n  metadata:\n  - name: accountName\n    value: ordersdata\n  - name: accountKey\n    value: ${key}\n`;
  assert.deepEqual(keyNames(dapr, "components/statestore.yaml"), ["accountKey"]);
  const parameters = `{\n  "parameters": {\n    "storageAccountKey": { "value": "${key}" }\n  }\n}\n`;
  assert.deepEqual(keyNames(parameters, "infra/azuredeploy.parameters.json"), ["storageAccountKey"]);
  // An app reads `Storage:value`: that is its name.
  assert.deepEqual(keyNames(`{\n  "Storage": { "value": "${storage}" }\n}\n`, "appsettings.json"), ["Storage:value"]);
  // …also when the object has a `key` or a `name` of its own: in appsettings the path is what the app reads.
  assert.deepEqual(keyNames(`{\n  "GitHub": { "key": "deploy-bot", "value": "${TOKEN}" }\n}\n`, "appsettings.Development.json"), ["GitHub:value"]);
  // Elsewhere a `key`/`value` object is a pair (Postman environments, App Configuration exports).
  assert.deepEqual(keyNames(`{\n  "values": [ { "key": "storageKey", "value": "${TOKEN}" } ]\n}\n`, "prod.postman_environment.json"), ["storageKey"]);
});

// A map keyed by tokens: one finding's value must not become another's name (names are shown in
// reports and proposed as the stored secret's name).
const KEY_ID = "AKIA" + "CQETGAHYTTPF73XA";
const BOT_TOKEN = "xoxb-" + "433689775447-3512716920644-zIKOVtYnjiKKD1oqVuwqQYrd";

test("a key that is itself a secret is left out of every name", () => {
  const cases: [content: string, filePath: string][] = [
    [`webhooks:\n  ${BOT_TOKEN}: ${TOKEN}\n`, "hooks.yaml"],
    [JSON.stringify({ tokens: { [KEY_ID]: TOKEN } }, null, 2), "tokens.json"],
    [`const byKey = { "${BOT_TOKEN}": "${TOKEN}" };\n`, "map.js"],
    [`tokens.${KEY_ID}=${TOKEN}\n`, "app.properties"],
    // …a key that holds a token among other text, or one that a `:` runs through (a clone URL).
    [JSON.stringify({ remotes: { [`https://oauth2:${TOKEN}@git.contoso.com/orders.git`]: BOT_TOKEN } }, null, 2), "remotes.json"],
    [JSON.stringify({ [`token=${TOKEN}`]: BOT_TOKEN }, null, 2), "pairs.json"],
  ];
  for (const [content, filePath] of cases) {
    const names = keyNames(content, filePath);
    assert.ok(names.length >= 1, filePath);
    for (const name of names) assert.ok(name === undefined || (!name.includes(KEY_ID) && !name.includes(BOT_TOKEN) && !name.includes(TOKEN)), `${filePath}: a name holds a value`);
  }
  assert.deepEqual(keyNames(`webhooks:\n  ${BOT_TOKEN}: ${TOKEN}\n`, "hooks.yaml"), ["webhooks", "webhooks"]);
});

test("a YAML item's own name: Compose's environment list and a flow mapping's member", () => {
  const compose = `services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=${PASSWORD}\n      - "API_TOKEN=${PASSWORD}x"\n`;
  assert.deepEqual(keyNames(compose, "docker-compose.yml"), ["services:db:environment:POSTGRES_PASSWORD", "services:db:environment:API_TOKEN"]);
  assert.deepEqual(keyNames(`db: { user: app, password: "${PASSWORD}" }\n`, "config.yml"), ["db:password"]);
});

test("Redis's masterauth is named masterauth; Node's process.env.NAME is NAME", () => {
  assert.deepEqual(keyNames(`masterauth ${PASSWORD}x\nrequirepass ${PASSWORD}y\n`, "redis.conf"), ["masterauth", "requirepass"]);
  assert.deepEqual(keyNames(`process.env.DB_PASSWORD = "${PASSWORD}";\n`, "seed.js"), ["DB_PASSWORD"]);
});

test("a PEM block in Python's triple quotes is named by its variable", () => {
  const body = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj", "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu"].join("\n");
  const python = `SIGNING_KEY = """-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----"""\n`;
  assert.deepEqual(keyNames(python, "signing.py"), ["SIGNING_KEY"]);
});

test("YAML: a list item's first key is its siblings' sibling, not their parent", () => {
  const task = `- name: Create the orders user\n  community.mysql.mysql_user:\n    name: orders\n    password: "${PASSWORD}"\n`;
  assert.deepEqual(keyNames(task, "roles/db/tasks/main.yml"), ["community.mysql.mysql_user:password"]);
  const pipeline = `jobs:\n  deploy:\n    steps:\n      - name: Deploy\n        env:\n          DEPLOY_TOKEN: ${TOKEN}\n`;
  assert.deepEqual(keyNames(pipeline, ".github/workflows/deploy.yml"), ["jobs:deploy:steps:env:DEPLOY_TOKEN"]);
});

test("YAML: a key with colons in it (Pulumi's `project:key`) is one key", () => {
  const stack = `config:\n  orders:dbPassword:\n    secure: v1:AAABAJ7mQ2pX\n  orders:stripeKey: ${TOKEN}\n  orders:adminPassword: ${PASSWORD}\n`;
  assert.deepEqual(keyNames(stack, "Pulumi.prod.yaml"), ["config:orders:stripeKey", "config:orders:adminPassword"]);
  assert.deepEqual(keyNames(`outer:\n  first:\n    nested: 1\n  "ns:password": ${PASSWORD}\n`, "app.yaml"), ["outer:ns:password"]);
});

test("YAML: a list item's NAME= names a vendor's token too, and a CI script's `- export NAME=`", () => {
  const compose = `services:\n  api:\n    environment:\n      - GITHUB_TOKEN=${TOKEN}\n`;
  assert.deepEqual(keyNames(compose, "docker-compose.yml"), ["services:api:environment:GITHUB_TOKEN"]);
  const pipeline = `pipelines:\n  default:\n    - step:\n        script:\n          - export GH_TOKEN=${TOKEN}\n          - export DB_PASSWORD=${PASSWORD}\n`;
  assert.deepEqual(keyNames(pipeline, "bitbucket-pipelines.yml"), ["pipelines:default:step:script:GH_TOKEN", "pipelines:default:step:script:DB_PASSWORD"]);
});

test("Terraform's state is JSON: an output's value is named by its path", () => {
  const state = JSON.stringify({ version: 4, outputs: { db_connection_string: { value: `Server=tcp:sql.contoso.test,1433;Database=orders;User ID=app;Password=${PASSWORD};`, type: "string", sensitive: true } } }, null, 2);
  assert.deepEqual(keyNames(state, "infra/terraform.tfstate"), ["outputs:db_connection_string:value"]);
});

test("the name before a prefixed literal, a Visual Basic `As` type, and a scheme's word used as a name", () => {
  const connection = `Server=db1.corp.local;Database=Orders;User Id=app;Password=${PASSWORD}`;
  assert.deepEqual(keyNames(`CONN = r"${connection}"\n`, "app.py"), ["CONN"]);
  assert.deepEqual(keyNames(`Dim cs As String = "${connection}"\n`, "Db.vb"), ["cs"]);
  assert.deepEqual(keyNames(`REDIS=cache01.corp.local:6380,password=${PASSWORD},ssl=True\n`, ".env"), ["REDIS"]);
});

test("TOML and INI: the name after its [section]'s, so two sections' passwords are two settings", () => {
  assert.deepEqual(keyNames(`[database]\npassword = "${PASSWORD}"\n\n[replica]\npassword = "${PASSWORD}x"\n`, "config.toml"), ["database:password", "replica:password"]);
  assert.deepEqual(keyNames(`[tools.github]\ntoken = "${TOKEN}"\n`, "config.toml"), ["tools:github:token"]);
  assert.deepEqual(keyNames(`[mysqld]\npassword=${PASSWORD}\n`, "my.cnf"), ["mysqld:password"]);
  // Above the first header, and under a header that is no plain name (supervisord's, git's), the name alone.
  assert.deepEqual(keyNames(`password = "${PASSWORD}"\n[server]\nport = 80\n`, "config.toml"), ["password"]);
  assert.deepEqual(keyNames(`[program:worker]\nenvironment=GITHUB_TOKEN="${TOKEN}"\n`, "supervisord.conf"), ["GITHUB_TOKEN"]);
});

test("a command's long option names the value after it; CMake's set() names its variable", () => {
  const key = createHash("sha512").update("account key").digest("base64");
  assert.deepEqual(keyNames(`az storage blob upload --account-name ordersdata --account-key ${key} -c drops\n`, "deploy.sh"), ["account-key"]);
  assert.deepEqual(keyNames(`tool sync --token "${TOKEN}"\n`, "sync.sh"), ["token"]);
  assert.deepEqual(keyNames(`set(ENV{GH_TOKEN} "${TOKEN}")\nset(CI_TOKEN ${TOKEN})\n`, "CMakeLists.txt"), ["GH_TOKEN", "CI_TOKEN"]);
  // A generator expression's condition is no name: the definition it yields is.
  assert.deepEqual(keyNames(`target_compile_definitions(app PRIVATE "$<$<CONFIG:Release>:GH_TOKEN=${TOKEN}>")\n`, "CMakeLists.txt"), ["GH_TOKEN"]);
});

test("a value alone on the line below a block string's opener takes the opener's name", () => {
  assert.deepEqual(keyNames(`enum Keys {\n    static let releaseToken = """\n        ${TOKEN}\n        """\n}\n`, "Keys.swift"), ["releaseToken"]);
  assert.deepEqual(keyNames(`$deployToken = @"\n${TOKEN}\n"@\n`, "deploy.ps1"), ["deployToken"]);
  assert.deepEqual(keyNames(`$env:GH_TOKEN = @"\n${TOKEN}\n"@\n`, "deploy.ps1"), ["GH_TOKEN"], "PowerShell's environment drive is no type annotation");
  assert.deepEqual(keyNames(`locals {\n  github_token = <<-EOT\n    ${TOKEN}\n  EOT\n}\n`, "main.tf"), ["github_token"]);
  // Only the line right below the opener, and Nix's '' only in Nix.
  assert.deepEqual(keyNames(`notes = """\nfirst line\n${TOKEN}\n"""\n`, "notes.py"), [undefined]);
  assert.deepEqual(keyNames(`token = ''\n${TOKEN}\n`, "a.py"), [undefined]);
});

test("a raw string's hashes before its quote do not hide the name: Swift's #\"…\"#, Rust's r#\"…\"#", () => {
  assert.deepEqual(keyNames(`let releaseToken = #"${TOKEN}"#\n`, "Keys.swift"), ["releaseToken"]);
  assert.deepEqual(keyNames(`let release_token = r##"${TOKEN}"##;\n`, "main.rs"), ["release_token"]);
});

// An Entra ID client secret's shape (three characters, a digit, `Q~`, 34 more), made up for these tests.
const CLIENT_SECRET = "Xqr8Q~" + "Ab3dEf5hIj7lMn9pQr1tUv3xYz5B7d9F1h";

/** The key names of the findings `ruleId` reports. */
function keyNamesOf(content: string, filePath: string, ruleId: string): (string | undefined)[] {
  return scanText({ content, filePath })
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.keyName);
}

test("a command line's NAME=value pairs: each value is named by the NAME right before it, not by the line's first", () => {
  const hex = createHash("md5").update("api key").digest("hex");
  const command = `az webapp config appsettings set -g rg-orders -n app-orders --settings API_KEY=${hex} CLIENT_SECRET=${CLIENT_SECRET}\n`;
  assert.deepEqual(keyNamesOf(command, "deploy.sh", "azure/entra-client-secret"), ["CLIENT_SECRET"]);
  // A header's scheme or a user before the value is still the value's own setting's.
  assert.deepEqual(keyNames(`Authorization: Bearer ${TOKEN}\n`, "notes.txt"), ["Authorization"]);
});

test("an option whose value is a quoted NAME=value pair names it by the NAME: `-var=\"client_secret=…\"`", () => {
  assert.deepEqual(keyNamesOf(`terraform apply -auto-approve -var="client_secret=${CLIENT_SECRET}"\n`, "apply.sh", "azure/entra-client-secret"), ["client_secret"]);
  assert.deepEqual(keyNamesOf(`terraform apply -var='client_secret=${CLIENT_SECRET}'\n`, "apply.sh", "azure/entra-client-secret"), ["client_secret"]);
  // An option with a value of its own keeps its name.
  assert.deepEqual(keyNamesOf(`tool login --client-secret="${CLIENT_SECRET}"\n`, "login.sh", "azure/entra-client-secret"), ["client-secret"]);
});

test("PowerShell: a variable's name without its `$` for every rule, and a parameter's name (`-ClientSecret '…'`)", () => {
  assert.deepEqual(keyNamesOf(`$clientSecret = '${CLIENT_SECRET}'\n`, "deploy.ps1", "azure/entra-client-secret"), ["clientSecret"]);
  const connect = `Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId b5e1c0d2-4a7f-4c3e-8d19-0f6a2e7b9c44 -ClientSecret '${CLIENT_SECRET}'\n`;
  assert.deepEqual(keyNamesOf(connect, "deploy.ps1", "azure/entra-client-secret"), ["ClientSecret"]);
  assert.deepEqual(keyNamesOf(connect.replace(/'/g, ""), "deploy.ps1", "azure/entra-client-secret"), ["ClientSecret"]);
  // A parameter that takes any text or any address names no setting.
  assert.deepEqual(keyNamesOf(`$secure = ConvertTo-SecureString -String '${CLIENT_SECRET}' -AsPlainText -Force\n`, "deploy.ps1", "azure/entra-client-secret"), [undefined]);
  assert.deepEqual(keyNamesOf(`Invoke-RestMethod -Uri "https://api.contoso.com/v1/orders" -Headers $headers\n`, "deploy.ps1", "config/internal-url"), [undefined]);
  // A Unix tool's one-dash option in lower case is no parameter's name.
  assert.deepEqual(keyNamesOf(`tool -s ${CLIENT_SECRET}\n`, "run.sh", "azure/entra-client-secret"), [undefined]);
});

test("Bicep and Terraform name/value pairs: the pair's name names the value for every rule, not `value`", () => {
  const bicep = `resource site 'Microsoft.Web/sites@2022-03-01' = {\n  name: 'orders'\n  properties: {\n    siteConfig: {\n      appSettings: [\n        { name: 'CLIENT_SECRET', value: '${CLIENT_SECRET}' }\n        {\n          name: 'GITHUB_TOKEN'\n          value: '${TOKEN}'\n        }\n      ]\n    }\n  }\n}\n`;
  assert.deepEqual(keyNamesOf(bicep, "main.bicep", "azure/entra-client-secret"), ["CLIENT_SECRET"]);
  assert.deepEqual(keyNamesOf(bicep, "main.bicep", "github/token"), ["GITHUB_TOKEN"]);
  const terraform = `resource "helm_release" "orders" {\n  set_sensitive {\n    name  = "auth.clientSecret"\n    value = "${CLIENT_SECRET}"\n  }\n}\n`;
  assert.deepEqual(keyNamesOf(terraform, "main.tf", "azure/entra-client-secret"), ["auth.clientSecret"]);
  // A `value` with no name beside it keeps its own.
  assert.deepEqual(keyNamesOf(`var settings = {\n  value: '${CLIENT_SECRET}'\n}\n`, "main.bicep", "azure/entra-client-secret"), ["value"]);
});

test("curl's `-u user:password` and HTTPie's `-a`: the password is named for its user and as a password, the URL after it by nothing", () => {
  const password = "Wq7rZ2m" + "Lp9xK4vT";
  const names = (content: string) => scanText({ content, filePath: "ops.sh" }).map((finding) => `${finding.kind} ${finding.keyName}`);
  assert.deepEqual(names(`curl -u admin:${password} https://jenkins.contoso.com/api/json\n`), ["secret admin_password", "config undefined"]);
  assert.deepEqual(names(`curl --user "\${CI_USER}:${password}" https://jenkins.contoso.com/api/json\n`), ["secret CI_USER_PASSWORD", "config undefined"]);
  assert.deepEqual(names(`http -a deploy:${password} POST https://api.contoso.com/releases\n`), ["secret deploy_password", "config undefined"]);
  // REST Client's header with the user and the password in the clear, as two words.
  assert.deepEqual(keyNames(`GET https://api.contoso.test/orders\nAuthorization: Basic deploy ${password}\n`, "orders.http"), ["deploy_password"]);
});

test("YAML: a script's line in a block scalar names a value by its own NAME= (a pipeline's inlineScript, a workflow's run)", () => {
  const pipeline = `steps:\n  - task: AzureCLI@2\n    inputs:\n      inlineScript: |\n        az webapp config appsettings set -g rg -n orders --settings LOG_LEVEL=info CLIENT_SECRET=${CLIENT_SECRET}\n`;
  assert.deepEqual(keyNamesOf(pipeline, "azure-pipelines.yml", "azure/entra-client-secret"), ["steps:inputs:inlineScript:CLIENT_SECRET"]);
  const workflow = `jobs:\n  build:\n    steps:\n      - run: |\n          export DB_PASSWORD=${PASSWORD}\n          terraform apply -var="github_token=${TOKEN}"\n`;
  assert.deepEqual(keyNames(workflow, ".github/workflows/ci.yml"), ["jobs:build:steps:run:DB_PASSWORD", "jobs:build:steps:run:github_token"]);
  // A script line with no NAME= before the value keeps the path.
  assert.deepEqual(keyNames(`jobs:\n  build:\n    steps:\n      - run: |\n          gh auth login --with-token ${TOKEN}\n`, ".github/workflows/ci.yml"), ["jobs:build:steps:run"]);
});

test("XML: a value that is an element's whole text is named by the element (Maven's `<sonar.token>`, `<password>`)", () => {
  const sonar = "squ_" + createHash("sha1").update("sonar token").digest("hex");
  const settings = `<settings>\n  <servers>\n    <server>\n      <id>github</id>\n      <password>${TOKEN}</password>\n    </server>\n  </servers>\n  <profiles><profile><properties>\n    <sonar.token>${sonar}</sonar.token>\n  </properties></profile></profiles>\n</settings>\n`;
  assert.deepEqual(keyNames(settings, "settings.xml"), ["password", "sonar.token"]);
  // Not an element that holds any text (a plist's `<string>`), nor an HTML page's.
  assert.deepEqual(keyNames(`<dict>\n  <key>Release</key>\n  <string>${TOKEN}</string>\n</dict>\n`, "Info.plist"), [undefined]);
  assert.deepEqual(keyNames(`<p>Copy <code>${TOKEN}</code> there.</p>\n`, "index.html"), [undefined]);
});
