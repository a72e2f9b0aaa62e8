// planConfigMove with what "Move to App Configuration" stores beside the value: the label (which
// App Service references and the .NET notes must name), the key (exactly the path an appsettings
// member is read by), and the tags (which App Configuration's size limit counts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { configPreview, scanText } from "../../src/engine";
import { fingerprint } from "../../src/engine/fingerprint";
import type { Finding } from "../../src/engine";
import { appConfigurationKeyProblem, FixPlanError, planConfigMove, planMove, suggestedConfigurationKey } from "../../src/fixes";
import type { ConfigMoveInput, MovePlan } from "../../src/fixes";
import { parseEnvFile } from "../../src/azure/env-file";

const ENDPOINT = "https://contoso-config.azconfig.io";
const URL = "https://orders.internal.contoso.com/api";

function configIn(text: string, filePath: string): Finding {
  const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "config");
  assert.ok(finding, `the engine finds the configuration value in ${filePath}`);
  return finding;
}

function apply(text: string, plan: MovePlan): string {
  let out = text;
  for (const edit of [...plan.edits].reverse()) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** Plans the file's configuration value under the key the move proposes, unless `key` is given. */
function plan(text: string, filePath: string, options: Partial<Omit<ConfigMoveInput, "text" | "filePath" | "finding">> = {}): { plan: MovePlan; key: string; after: string } {
  const finding = configIn(text, filePath);
  const key = options.key ?? suggestedConfigurationKey(text, filePath, finding);
  const planned = planConfigMove({ endpoint: ENDPOINT, ...options, text, filePath, finding, key });
  return { plan: planned, key, after: apply(text, planned) };
}

function refusal(code: string) {
  return (error: unknown) => error instanceof FixPlanError && error.code === code;
}

test("an App Service reference names the label the value is stored under", () => {
  const settings = `{\n  "Values": {\n    "ORDERS_URL": "${URL}"\n  }\n}\n`;
  assert.equal(
    plan(settings, "local.settings.json", { label: "development" }).after,
    `{\n  "Values": {\n    "ORDERS_URL": "@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=ORDERS_URL; Label=development)"\n  }\n}\n`,
  );
  const bicep = `resource site 'Microsoft.Web/sites@2022-03-01' = {\n  properties: {\n    siteConfig: {\n      appSettings: [\n        {\n          name: 'ORDERS_URL'\n          value: '${URL}'\n        }\n      ]\n    }\n  }\n}\n`;
  assert.match(plan(bicep, "main.bicep", { label: "production" }).after, /value: '@Microsoft\.AppConfiguration\(Endpoint=https:\/\/contoso-config\.azconfig\.io; Key=ORDERS_URL; Label=production\)'/);
  // Without a label the setting has none, and App Service reads the unlabelled one.
  assert.match(plan(settings, "local.settings.json").after, /Key=ORDERS_URL\)"/);
  assert.match(plan(settings, "local.settings.json", { label: "" }).after, /Key=ORDERS_URL\)"/);
});

test("a Terraform App Service or Functions app setting gets App Configuration's reference, as Bicep's does", () => {
  const webApp = (value: string) => `resource "azurerm_linux_web_app" "orders" {\n  app_settings = {\n    "ORDERS_URL" = "${value}"\n    WORKERS      = "4"\n  }\n}\n`;
  const moved = plan(webApp(URL), "infra/main.tf", { label: "production" });
  assert.equal(moved.after, webApp(`@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=ORDERS_URL; Label=production)`));
  assert.equal(moved.plan.value, URL);
  assert.deepEqual(moved.plan.notes, ["Give the app's managed identity the App Configuration Data Reader role on the store, so App Service can resolve the reference."]);
  // On one line, and in a function app.
  const oneLine = `resource "azurerm_windows_function_app" "orders" {\n  app_settings = { "WORKERS" = "4", "ORDERS_URL" = "${URL}" }\n}\n`;
  assert.match(plan(oneLine, "main.tf").after, /"ORDERS_URL" = "@Microsoft\.AppConfiguration\(Endpoint=https:\/\/contoso-config\.azconfig\.io; Key=ORDERS_URL\)" \}/);
  // A key Terraform would read as a template is written so that it reads it as text.
  assert.match(plan(webApp(URL), "main.tf", { key: "orders/${env}/url" }).after, /Key=orders\/\$\$\{env\}\/url\)"/);
});

test("a key or label a reference cannot hold is refused before anything is stored", () => {
  const settings = `{ "Values": { "ORDERS_URL": "${URL}" } }\n`;
  assert.throws(() => plan(settings, "local.settings.json", { key: "Orders;Key=x" }), refusal("invalidInput"));
  assert.throws(() => plan(settings, "local.settings.json", { label: "dev;Key=other" }), refusal("invalidInput"));
  assert.throws(() => plan(settings, "local.settings.json", { label: " dev" }), refusal("invalidInput"));
  // Elsewhere no reference is written, and such a label is only a label.
  assert.equal(plan(`const ordersUrl = "${URL}";\n`, "src/client.ts", { label: "dev;x" }).after, "const ordersUrl = process.env.ORDERSURL!;\n");
});

test("an appsettings member whose name holds a dot, a blank, __ or a non-ASCII letter is stored under exactly its path", () => {
  for (const [member, path] of [
    ["Orders Api", "Orders Api:BaseUrl"],
    ["Orders.Api", "Orders.Api:BaseUrl"],
    ["Orders__Api", "Orders__Api:BaseUrl"],
    ["Größe.Dienste", "Größe.Dienste:BaseUrl"],
  ] as const) {
    const text = `{\n  ${JSON.stringify(member)}: { "BaseUrl": "${URL}" },\n  "Retries": 3\n}\n`;
    const moved = plan(text, "appsettings.json", { label: "development" });
    assert.equal(moved.key, path);
    assert.equal(moved.plan.readsConfigurationKey, path, "the path ASP.NET Core reads once the member is gone");
    assert.equal(moved.after, `{\n  ${JSON.stringify(member)}: {},\n  "Retries": 3\n}\n`);
    assert.ok(moved.plan.notes.some((note) => note.includes(`so ${path} comes from App Configuration`)));
  }
});

test("a key other than the path the application reads is refused, so no member is removed with nothing in its place", () => {
  const text = `{\n  "Orders Api": { "BaseUrl": "${URL}" }\n}\n`;
  for (const key of ["Orders-Api:BaseUrl", "Orders:Api:BaseUrl", "orders api:baseurl"]) {
    assert.throws(() => plan(text, "appsettings.json", { key }), (error: unknown) => error instanceof FixPlanError && error.code === "invalidInput" && error.message.includes("Orders Api:BaseUrl"), key);
  }
  // A path App Configuration cannot hold is refused too: the service takes no %.
  assert.throws(() => plan(`{\n  "Discount%": { "Url": "${URL}" }\n}\n`, "appsettings.json"), refusal("invalidInput"));
});

test("the keys . and .. are refused (the service would read them as a path)", () => {
  for (const key of [".", ".."]) {
    assert.match(appConfigurationKeyProblem(key) ?? "", /does not take the key/);
    assert.throws(() => plan(`const ordersUrl = "${URL}";\n`, "src/client.ts", { key }), refusal("invalidInput"), key);
  }
  assert.equal(appConfigurationKeyProblem("..."), undefined);
  assert.equal(appConfigurationKeyProblem("Orders:../x"), undefined);
  for (const key of ["", "a%b", "a*", "a,b", "a\\b", 'a"b', "a\nb", "x".repeat(1001)]) assert.ok(appConfigurationKeyProblem(key), JSON.stringify(key));
});

test(".NET notes say how to load the label: Select names it as written, since EnvironmentName is capitalised", () => {
  const appsettings = plan(`{\n  "Orders": { "ServiceUrl": "${URL}" }\n}\n`, "appsettings.json", { label: "development" });
  const note = appsettings.plan.notes.find((candidate) => candidate.includes("AddAzureAppConfiguration"));
  assert.ok(note);
  assert.ok(note.includes('.Select(KeyFilter.Any, LabelFilter.Null).Select(KeyFilter.Any, "development")'), note);
  assert.match(note, /label 'development'/);
  assert.match(note, /EnvironmentName is "Development"/);
  const csharp = plan(`var client = new HttpClient { BaseAddress = new Uri("${URL}") };\n`, "Program.cs", { label: "production" });
  assert.ok(csharp.plan.notes.some((candidate) => candidate.includes('.Select(KeyFilter.Any, "production")') && candidate.includes('EnvironmentName is "Production"')));
  // A label of the mapping's own choosing: no environment name to compare with.
  const custom = plan(`var client = new HttpClient { BaseAddress = new Uri("${URL}") };\n`, "Program.cs", { label: "eu-west" });
  assert.ok(custom.plan.notes.some((candidate) => candidate.includes('.Select(KeyFilter.Any, "eu-west")') && !candidate.includes("EnvironmentName")));
  // Without a label the default provider setup finds it: no Select.
  assert.ok(!plan(`{\n  "Orders": { "ServiceUrl": "${URL}" }\n}\n`, "appsettings.json").plan.notes.some((candidate) => candidate.includes("Select")));
  const xml = plan(`<configuration><appSettings><add key="OrdersUrl" value="${URL}" /></appSettings></configuration>\n`, "web.config", { label: "staging" });
  assert.ok(xml.plan.notes.some((candidate) => candidate.includes('labelFilter="staging"')), xml.plan.notes.join(" | "));
});

test("a secret referenced from App Configuration: the note selects the label its reference setting has", () => {
  const password = "Hq7Lz" + "R2vX9mK4pW";
  const text = `{\n  "Email": {\n    "SmtpPassword": "${password}"\n  }\n}\n`;
  const finding = scanText({ content: text, filePath: "appsettings.json" }).find((candidate) => candidate.kind === "secret");
  assert.ok(finding);
  const planned = planMove({ text, filePath: "appsettings.json", finding, secretName: "Email--SmtpPassword", vaultUrl: "https://contoso.vault.azure.net", throughAppConfiguration: true, appConfigurationLabel: "development" });
  assert.ok(planned.notes.some((note) => note.includes('.Select(KeyFilter.Any, "development").ConfigureKeyVault(')), planned.notes.join(" | "));
});

/**
 * A finding for a long URL literal, as the engine would report it: the engine stops looking at
 * URLs long before 10,000 characters, but a plan must hold whatever the store's limit holds.
 */
function longUrlFinding(text: string, filePath: string, url: string): Finding {
  const model = configIn(`const ordersUrl = "${URL}";\n`, filePath);
  const start = text.indexOf(url);
  return { ...model, range: { ...model.range, startOffset: start, endOffset: start + url.length }, preview: configPreview(url), fingerprint: fingerprint(model.ruleId, filePath, url, 0) };
}

test("the size check counts the key, label and tags with the value, as App Configuration's 10,000-character limit does", () => {
  const tags = { source: "src/".padEnd(256, "x"), "detected-by": "config/internal-url", "created-by": "secret-hygiene" };
  const tagCharacters = Object.entries(tags).flat().join("").length;
  const key = "ordersUrl";
  const planUrl = (url: string, options: Partial<ConfigMoveInput>) => {
    const text = `const ordersUrl = "${url}";\n`;
    return planConfigMove({ ...options, text, filePath: "src/client.ts", finding: longUrlFinding(text, "src/client.ts", url), key });
  };
  const urlOf = (length: number) => `${URL}?q=`.padEnd(length, "x");
  // A value that fits alone, but not with its key, label and tags.
  assert.doesNotThrow(() => planUrl(urlOf(9_900), {}));
  assert.throws(
    () => planUrl(urlOf(9_900), { label: "development", tags }),
    (error: unknown) => error instanceof FixPlanError && error.code === "unsupported" && /10,000 characters/.test(error.message) && !error.message.includes("xxxx"),
  );
  // Exactly at the limit it is stored; one character more is refused.
  const fits = 10_000 - key.length - "development".length - tagCharacters;
  assert.doesNotThrow(() => planUrl(urlOf(fits), { label: "development", tags }));
  assert.throws(() => planUrl(urlOf(fits + 1), { label: "development", tags }), refusal("unsupported"));
});

test("CI and deployment YAML: a configuration value is read as a variable, and the notes point at App Configuration, never a vault or a secret", () => {
  const workflow = plan(`jobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      ORDERS_URL: ${URL}\n    steps:\n      - run: echo hi\n`, ".github/workflows/deploy.yml", { label: "development" });
  assert.match(workflow.after, /ORDERS_URL: \$\{\{ vars\.ORDERS_URL \}\}/);
  const pipelines = plan(`variables:\n  ordersUrl: ${URL}\nsteps:\n  - script: echo hi\n`, "azure-pipelines.yml", { label: "development" });
  assert.match(pipelines.after, /ordersUrl: \$\(ORDERSURL\)/);
  const kubernetes = plan(`orders:\n  url: ${URL}\n`, "values.yaml", { label: "development" });
  for (const { plan: planned } of [workflow, pipelines, kubernetes]) {
    // (GitHub's settings page is called "Secrets and variables".)
    const notes = planned.notes.join(" ").replace("Secrets and variables", "");
    assert.match(notes, /az appconfig kv show --endpoint https:\/\/contoso-config\.azconfig\.io --key \S+ --label development/);
    assert.doesNotMatch(notes, /secret|vault|Key Vault|CSI/i, notes);
  }
  assert.match(workflow.plan.notes.join(" "), /Actions variables/);
  assert.match(pipelines.plan.notes.join(" "), /AzureAppConfigurationExport@10, KeyFilter ordersUrl, Label development/);
  // A secret in the same places still goes to the vault.
  const token = "ghp_" + "V8mQ2xL7kR4wZ9tN3bC6pJ1sH5dF0gY2aU7e";
  const text = `jobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      GH_TOKEN: ${token}\n`;
  const secret = scanText({ content: text, filePath: ".github/workflows/deploy.yml" }).find((candidate) => candidate.kind === "secret");
  assert.ok(secret);
  const moved = planMove({ text, filePath: ".github/workflows/deploy.yml", finding: secret, secretName: "GH-TOKEN", vaultUrl: "https://contoso.vault.azure.net" });
  assert.match(apply(text, moved), /\$\{\{ secrets\.GH_TOKEN \}\}/);
});

test("Spring's application*.yml and .properties: the value becomes ${NAME}, which Spring itself resolves from the environment when it starts", () => {
  const jdbc = "jdbc:sqlserver://sql-orders-prod.database.windows.net:1433;database=orders;encrypt=true";
  const yaml = plan(`spring:\n  datasource:\n    url: ${jdbc}\n`, "src/main/resources/application.yml", { label: "development" });
  const name = /\$\{(\w+)\}/.exec(yaml.after)?.[1];
  assert.ok(name, yaml.after);
  // The whole URL, its `;` properties included, leaves the file.
  assert.equal(yaml.after, `spring:\n  datasource:\n    url: \${${name}}\n`);
  assert.equal(yaml.plan.value, jdbc);
  const properties = plan(`spring.application.name=orders\nspring.data.redis.host=redis-stg\n`, "src/main/resources/application-staging.properties", { label: "staging" });
  assert.match(properties.after, /^spring\.application\.name=orders\nspring\.data\.redis\.host=\$\{\w+\}\n$/);
  assert.equal(properties.plan.value, "redis-stg");
  for (const { plan: planned } of [yaml, properties]) {
    const notes = planned.notes.join(" ");
    assert.match(notes, /Spring resolves \$\{\w+\} from its environment/, notes);
    assert.match(notes, /Run with secrets/, notes);
    // Not the note of YAML that nothing expands (Kubernetes manifests, Helm values).
    assert.doesNotMatch(notes, /do not expand|envsubst|Kustomize/, notes);
  }
});

test(".env: the value becomes the App Configuration reference, quoted, with its label, which Run with Secrets resolves", () => {
  const { plan: planned, after } = plan(`ORDERS_URL=${URL}\nexport BILLING_URL="https://billing.internal.contoso.com/api"\n`, ".env", { label: "development" });
  const reference = `@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=ORDERS_URL; Label=development)`;
  // (A shell sourcing the file cannot parse the bare `(`, `;` and blanks; Run with Secrets drops the quotes.)
  assert.equal(after, `ORDERS_URL="${reference}"\nexport BILLING_URL="https://billing.internal.contoso.com/api"\n`);
  assert.equal(parseEnvFile(after)[0]!.value, reference, "Run with Secrets reads the reference as it was written");
  assert.match(planned.notes.join(" "), /Run with secrets/);
  const exported = plan(`export BILLING_URL=https://billing.internal.contoso.com/api\n`, ".env");
  assert.equal(exported.after, `export BILLING_URL="@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=BILLING_URL)"\n`, "quoted where a shell sources the file");
});

test("a file nothing reads App Configuration keys from: the refusal says what works, and names no style", () => {
  for (const [text, filePath] of [
    [`{\n  "ordersUrl": "${URL}"\n}\n`, "config/settings.json"],
    [`orders.url=${URL}\n`, "src/main/resources/app.properties"],
    // XML that is no .NET *.config file: a configuration builder's ${token} would stay literal text.
    [`<resources>\n  <string name="api_base_url">${URL}</string>\n</resources>\n`, "app/src/main/res/values/config.xml"],
    [`<hibernate-configuration><session-factory>\n  <property name="hibernate.connection.url">${URL}</property>\n</session-factory></hibernate-configuration>\n`, "src/main/resources/hibernate.cfg.xml"],
    [`<beans>\n  <bean id="orders" class="Orders">\n    <property name="url" value="${URL}"/>\n  </bean>\n</beans>\n`, "src/main/resources/applicationContext.xml"],
  ] as const) {
    assert.throws(
      () => plan(text, filePath),
      (error: unknown) => error instanceof FixPlanError && error.code === "unsupported" && /^Nothing reads an App Configuration key from .* by itself: have the program read the key/.test(error.message) && !/style|removeValue/.test(error.message),
      filePath,
    );
  }
});

test("refused configuration moves say what works for a configuration value: no style to choose, no secure parameter, no Key Vault", () => {
  const armTemplate = `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "resources": [{ "properties": { "ordersUrl": "${URL}" } }]\n}\n`;
  const terraformArgument = `resource "azurerm_api_management_backend" "orders" {\n  protocol = "http"\n  url      = "${URL}"\n}\n`;
  for (const [text, filePath, says] of [
    [armTemplate, "azuredeploy.json", /nothing resolves an App Configuration reference in an ARM template: pass the value as a parameter set at deployment/],
    [`var ordersUrl = '${URL}'\n`, "main.bicep", /nothing resolves an App Configuration reference in Bicep: pass the value as a parameter set at deployment/],
    [terraformArgument, "main.tf", /^Outside app_settings and connection_string, Terraform has no App Configuration reference: read the key with a data "azurerm_app_configuration_key" block/],
    [`let orders = "see ${URL} now";\n`, "src/main.rs", /^The string holds more than the value and cannot be split here: move it by hand\.$/],
  ] as const) {
    assert.throws(
      () => plan(text, filePath),
      (error: unknown) => error instanceof FixPlanError && error.code === "unsupported" && says.test(error.message) && !/style|secure|Key Vault|removeValue/i.test(error.message),
      filePath,
    );
  }
});

test("two members of one list moved one after the other read two variables, not one", () => {
  const filePath = "orders/settings.py";
  let text = `ALLOWED_HOSTS = ["orders.contoso-int.net", "orders-admin.contoso-int.net"]\n`;
  for (let moved = 0; moved < 2; moved++) {
    // (Each move is planned on the file the one before left, as the extension plans it.)
    const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "config")!;
    const key = suggestedConfigurationKey(text, filePath, finding);
    text = apply(text, planConfigMove({ endpoint: ENDPOINT, text, filePath, finding, key }));
  }
  assert.equal(text, `import os\n\nALLOWED_HOSTS = [os.environ["ALLOWED_HOSTS__0"], os.environ["ALLOWED_HOSTS__1"]]\n`);
});
