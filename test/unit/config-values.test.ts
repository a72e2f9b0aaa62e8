// Configuration-value rules (kind `config`: host names, IP addresses, service URLs).
// Fixtures in test/fixtures/config-values: `ng.*` cases must produce exactly the values in their
// expected.json (rule, line, value), `ok.*` cases nothing. The `ok.ordinary-code-*` cases are
// everyday code without any configuration value: real code with no hosts must stay silent.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { MultiLineComments } from "../../src/engine/documentation-regions";
import { fileTypeOf, isSettingsFile, typePathOf } from "../../src/engine/file-type";
import { runRules } from "../../src/engine/pattern-scan";
import { CONFIG_VALUE_RULES } from "../../src/engine/rules/config-values";
import { scanText } from "../../src/engine/scan";

interface ExpectedValue {
  ruleId: string;
  /** One-based line of the value. */
  line: number;
  /** The reported text itself: configuration values are not secret, so fixtures spell them out. */
  value: string;
}

const root = path.join(__dirname, "..", "fixtures", "config-values");

/** The rules' matches as the engine keeps them: in the file's language, none in a comment opened on an earlier line. */
function findValues(content: string, filePath: string): ExpectedValue[] {
  const typePath = typePathOf(filePath, undefined, content);
  const matches = runRules(content, CONFIG_VALUE_RULES, { filePath: typePath, fileType: fileTypeOf(typePath) });
  const comments = new MultiLineComments(content, typePath);
  return matches
    .filter((match) => !match.rule.skipsComments || !comments.has(match.start))
    .sort((a, b) => a.start - b.start)
    .map(({ rule, start, end }) => ({ ruleId: rule.id, line: content.slice(0, start).split("\n").length, value: content.slice(start, end) }));
}

for (const name of readdirSync(root).sort()) {
  const dir = path.join(root, name);
  // (`input` alone: a script without an extension, read in the language its `#!` line names.)
  const inputName = readdirSync(dir).find((file) => file === "input" || file.startsWith("input."));
  if (!inputName) throw new Error(`${name} has no input file`);
  const content = readFileSync(path.join(dir, inputName), "utf8");

  test(`${name} (${inputName})`, () => {
    const expected: ExpectedValue[] = name.startsWith("ok.") ? [] : JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8"));
    assert.deepEqual(findValues(content, `${name}/${inputName}`), expected);
  });
}

test("every rule is a config rule with lower-case keywords and the d and g flags", () => {
  assert.deepEqual(CONFIG_VALUE_RULES.map((rule) => rule.id).sort(), ["config/hostname", "config/internal-url", "config/ip-address"]);
  for (const rule of CONFIG_VALUE_RULES) {
    assert.equal(rule.kind, "config", rule.id);
    assert.ok(rule.keywords.length > 0, `${rule.id} has keywords`);
    for (const keyword of rule.keywords) assert.equal(keyword, keyword.toLowerCase(), `${rule.id} keyword ${keyword}`);
    assert.ok(rule.pattern.flags.includes("d") && rule.pattern.flags.includes("g"), `${rule.id} flags`);
  }
});

test("every expected value contains one of its rule's keywords (the prefilter cannot hide it)", () => {
  for (const name of readdirSync(root).filter((entry) => entry.startsWith("ng."))) {
    const dir = path.join(root, name);
    const expected: ExpectedValue[] = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8"));
    const lines = readFileSync(path.join(dir, readdirSync(dir).find((file) => file.startsWith("input"))!), "utf8").split("\n");
    for (const { ruleId, line, value } of expected) {
      const rule = CONFIG_VALUE_RULES.find((candidate) => candidate.id === ruleId);
      assert.ok(rule, `${name}: unknown rule ${ruleId}`);
      // (A single-label host has no `.tld`: the setting's name before it, `DB_SERVER=`, is its keyword.)
      const text = ruleId !== "config/hostname" || value.includes(".") ? value : lines[line - 1]!.slice(0, lines[line - 1]!.indexOf(value));
      assert.ok(rule.keywords.some((keyword) => text.toLowerCase().includes(keyword)), `${name}: ${value} has no keyword of ${ruleId}`);
    }
  }
});

/** [file, text, the values expected]: each text scanned alone as that file. */
type SingleValueCase = [file: string, text: string, values: string[]];

function assertDecisions(cases: readonly SingleValueCase[]): void {
  for (const [file, text, values] of cases) {
    assert.deepEqual(
      findValues(text, file).map((found) => found.value),
      values,
      `${file}: ${text}`,
    );
  }
}

test("decisions on single values", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // A literal another string is tested against names a place to recognise, not one to connect to.
    ["a.py", `if "orders.corp.contoso.com" not in url: return`, []],
    ["a.py", `elif "visualstudio.com" in origin_url:`, []],
    ["a.cs", `if (host.Contains("db01.corp.contoso.com")) return;`, []],
    ["a.go", `if strings.Contains(host, "db01.corp.contoso.com") {`, []],
    ["a.cs", `bool p = h == "orders.fabrikam.com" || string.Equals(h, "admin.fabrikam.com", StringComparison.OrdinalIgnoreCase);`, []],
    ["a.go", `func p(h string) bool { return h == "orders.fabrikam.com" || strings.EqualFold(h, "admin.fabrikam.com") }`, []],
    // A loop over a list connects to each member; an assignment beside a comparison is still a value.
    ["a.py", `for host in ["db01.corp.contoso.com", "db02.corp.contoso.com"]: ping(host)`, ["db01.corp.contoso.com", "db02.corp.contoso.com"]],
    ["a.ts", `const primary = "db01.corp.contoso.com", same = a === b;`, ["db01.corp.contoso.com"]],
    ["a.py", `hosts = ["db01.corp.contoso.com"]; pinned = "db02.corp.contoso.com" in hosts`, ["db01.corp.contoso.com"]],
    // A range is network layout, whatever its block; a network's first address alone is a version's tail.
    ["a.ts", `const hosts = ["10.1.2.0/24", "10.1.2.0", "172.16.0.0/12", "10.1.2.7/32", "2603:1000::/24"];`, []],
    ["a.ts", `const v = compareVersions(current, "1.12.3.4");`, []],
    ["a.json", `{"version": "1.0", "host": "10.0.0.5"}`, ["10.0.0.5"]],
    ["a.ts", `const ip = "256.1.1.1"; const oid = "1.2.3.4.5";`, []],
    ["a.c", `{ "4.3.2.1", "1.2.3.4", "5.6.7.8" }, { "10.1.2.3" }`, ["10.1.2.3"]],
    ["a.ts", `const gateway = "52.174.20.9"; const v6 = "2a01:4f8:10a:1::5";`, ["52.174.20.9", "2a01:4f8:10a:1::5"]],
    ["a.ts", `const time = "2023:10:05"; const mac = "00:1a:2b:3c:4d:5e";`, []],
    ["a.ts", `const nip = "10.0.0.5.nip.io";`, ["10.0.0.5.nip.io"]],
    ["a.ts", `const au = "portal.contoso.com.au"; const relay = "Retrying db.corp.contoso.com. Please wait";`, ["portal.contoso.com.au", "db.corp.contoso.com"]],
    ["a.ts", `const prefix = "dp.pt."; const brand = "Fly.io"; const bug = "see crbug.com/357670"; const yaml = "tag:yaml.org,2002:str";`, []],
    // Interpolations in template literals are code: `emulator.info` is a member, the string inside is a value.
    ["a.ts", 'const t = `${JSON.stringify(emulator.info)} on ${"smtp.fabrikam.com"}`;', ["smtp.fabrikam.com"]],
    ["a.ts", `const namespaced = "System.Net"; const pascal = "Contoso.Orders.Com";`, []],
    ["a.ts", `const ssh = "deploy@10.9.8.7";`, ["10.9.8.7"]],
    ["a.ts", `const plain = "https://orders.contoso.com/checkout"; const api = "https://api.fabrikam-payments.com/v1";`, ["https://api.fabrikam-payments.com/v1"]],
    // The API host of a vendor whose keys the rules know is the same for every customer.
    ["a.ts", `const api = "https://api.stripe.com/v1";`, []],
    // A vendor's site is its account's region: the same for each environment of the account.
    ["a.ts", `datadogRum.init({ site: 'datadoghq.eu' }); const logs = "https://http-intake.logs.us5.datadoghq.com/api/v2/logs";`, []],
    ["a.env", `DD_SITE=us3.datadoghq.com`, []],
    ["a.ts", `const dot = "see https://orders.corp.contoso.com.";`, ["https://orders.corp.contoso.com"]],
    ["a.ts", `const secret = "https://contoso.blob.core.windows.net/c?sv=1&sig=abc";`, []],
    ["a.sh", `curl -s http://10.2.3.4:9200/_cluster/health # elastic`, ["http://10.2.3.4:9200/_cluster/health"]],
    // A host name alone in its string is an endpoint; one mentioned in a sentence needs a name that says so.
    ["a.cs", `var smtp = "smtp.fabrikam.com"; var help = "Visit fabrikam.com for help";`, ["smtp.fabrikam.com"]],
    ["a.cs", `var pg = "Host=pg-orders.fabrikam.com;Port=5432;Database=orders"; var msg = "Cannot reach db.fabrikam.com:5432";`, ["pg-orders.fabrikam.com", "db.fabrikam.com"]],
    // A message for people is printed, not connected to: the address it names is reported where the program connects.
    ["a.ts", `throw new Error("Could not reach api.fabrikam.com: check your network"); const api = "api.fabrikam.com";`, ["api.fabrikam.com"]],
    ["a.ts", "logger.info(`Connecting to ${host} at https://orders.fabrikam.com/api/v1 ...`); log(`https://orders.fabrikam.com/api/v1 did not answer`);", []],
    ["a.py", `raise ConnectionError(f"db01.corp.fabrikam.com is unreachable, retrying"); HOSTS = "db01.corp.fabrikam.com db02.corp.fabrikam.com"`, ["db01.corp.fabrikam.com", "db02.corp.fabrikam.com"]],
    // A command line is no sentence: its options say so, and so does a string of two words.
    ["a.ts", "const join = `kubeadm join 10.0.0.12:6443 --discovery-token-unsafe-skip-ca-verification`; const clone = 'git clone https://git.corp.fabrikam.com/orders.git';", ["10.0.0.12", "https://git.corp.fabrikam.com/orders.git"]],
    // An input's placeholder shows what to type; "your company" in any label is a placeholder; so is a host called url.
    ["a.tsx", `<input placeholder="https://api.fabrikam.com/v1" /><input placeholder={"orders.corp.fabrikam.com"} />`, []],
    ["a.ts", `const a = "https://api.yourcompany.com/v1"; const b = "mycompany-east-us.openai.azure.com"; const c = "https://url:8000/v1";`, []],
    ["a.ts", `const zone = "mysql-orders.mysql.database.azure.com"; const app = "orders.myapp.azurewebsites.net";`, ["mysql-orders.mysql.database.azure.com", "orders.myapp.azurewebsites.net"]],
    ["a.http", `POST https://contoso-fn.azurewebsites.net/api/ingest?code=abc123`, []],
    ["package.json", `  "proxy": "http://orders-api.corp.contoso.com:8080",`, []],
    ["src/pom.xml", `<url>https://artifacts.corp.contoso.com/maven</url>`, []],
    ["orders.gemspec", `s.metadata = { "documentation_uri" => "https://api.fabrikam.io/v4.2.1.7/" }`, []],
    ["Orders.podspec", `s.source = { :git => "https://git.corp.contoso.com/orders.git", :tag => s.version.to_s }`, []],
    // Python packages' metadata holds the project's links and its README, not settings a program reads.
    ["orders_client.egg-info/PKG-INFO", `Project-URL: Build, https://ci.fabrikam-tools.com:8443/job/orders`, []],
    ["orders_client-2.4.1.dist-info/METADATA", `Connect with Client("10.20.30.40", port=8080)`, []],
    // (distutils installs it as one file named for the package: the file is the PKG-INFO.)
    ["orders_client-2.0.egg-info", `Name: orders-client\nDescription: Orders client\n        The tables it reads can be found at:\n        ftp://ftp.orders-data.fabrikam.com/pub/tables/\n`, []],
    ["orders_client/mirrors.py", `TABLES = "ftp://ftp.orders-data.fabrikam.com/pub/tables/"`, ["ftp://ftp.orders-data.fabrikam.com/pub/tables/"]],
    // The same under a customer's name is configuration; a cloud-wide token resource is not.
    ["a.py", `scope = "https://ossrdbms-aad.database.windows.net/.default"; host = "orders-pg.postgres.database.azure.com"`, ["orders-pg.postgres.database.azure.com"]],
    // Microsoft's own hosts one label under a root zone are pages for people, not a customer's resource.
    ["a.cs", `var status = "https://status.azure.com/en-us/status"; var shell = "https://shell.azure.com";`, []],
    // An App Configuration store's endpoint is where the application reads its configuration: it is
    // set where the application runs, and moved into the store the application could not find it.
    // (Another resource's endpoint beside it is configuration; the store's connection string a secret.)
    ["a.cs", `options.Connect(new Uri("https://appcs-orders-prod.azconfig.io"), credential); var kv = new Uri("https://kv-orders-prod.vault.azure.net/");`, ["https://kv-orders-prod.vault.azure.net/"]],
    ["a.json", `{"AppConfig": {"Endpoint": "https://appcs-orders-prod.azconfig.io"}, "Search": {"Endpoint": "https://srch-orders.search.windows.net"}}`, ["https://srch-orders.search.windows.net"]],
    ["values.yaml", `appConfigEndpoint: https://appcs-orders-stg.azconfig.azure.us\nappConfigHost: appcs-orders-stg.azconfig.io`, []],
    // Endpoints Microsoft's SDKs write for every customer stay quiet; a customer's own hosts beside them do not.
    ["bot.ts", `const serviceUrl = "https://smba.trafficmanager.net/teams/"; const scope = "https://api.botframework.com/.default"; const dps = "global.azure-devices-provisioning.net"; const hub = "iot-orders-prod.azure-devices.net";`, ["iot-orders-prod.azure-devices.net"]],
    ["index.ts", `const sdk = "https://js.monitor.azure.com/scripts/b/ai.3.gbl.min.js"; const track = "https://dc.services.visualstudio.com/v2/track"; const bi = "https://api.powerbi.com/v1.0/myorg"; const track2 = "https://telemetry.corp.fabrikam.com/v2/track";`, ["https://telemetry.corp.fabrikam.com/v2/track"]],
    // An AI service's regional endpoint under microsoft.com is the deployment's; the global one and Microsoft's pages are not.
    ["speech.py", `ENDPOINT = "https://westeurope.api.cognitive.microsoft.com/sts/v1.0/issueToken"; STT = "wss://eastus.stt.speech.microsoft.com/speech/recognition"; G = "https://api.cognitive.microsoft.com/"; D = "https://learn.microsoft.com/azure/ai-services/"`, ["https://westeurope.api.cognitive.microsoft.com/sts/v1.0/issueToken", "wss://eastus.stt.speech.microsoft.com/speech/recognition"]],
    // A Kubernetes ExternalName Service stands for an outside host: its `externalName:` is that host.
    ["k8s/erp.yaml", `spec:\n  type: ExternalName\n  externalName: erp01.corp.contoso.com\n  dataset_name: mlqa.en.es`, ["erp01.corp.contoso.com"]],
    // A settings API's key is the name a value is stored under; the value set under it may be a host.
    ["a.py", `links = container.get_config_item("orders.net")\ncontainer.set_config_item("orders.relay", "relay01.corp.fabrikam.com")`, ["relay01.corp.fabrikam.com"]],
    // A B2C or External ID tenant's sign-in host is its own.
    ["a.json", `{"Instance": "https://contosob2c.b2clogin.com/", "Authority": "https://login.microsoftonline.com/common"}`, ["https://contosob2c.b2clogin.com/"]],
    // A Google OAuth client's id is spelled like a host under Google's content domain; it names no machine.
    ["a.go", `const clientID = "202611042317.apps.googleusercontent.com"`, []],
    // In a shell script a dotted name run as a command, with its flags, is a program; a host list written by a heredoc is not.
    ["setup.sh", `echo -e "$PW\\n$PW" | kadmin.local -q "addprinc admin"`, []],
    ["setup.sh", `  kadmin.local -p admin/admin -q "listprincs"`, []],
    ["setup.sh", `ssh -o BatchMode=yes db01.corp.fabrikam.local -p 2222`, ["db01.corp.fabrikam.local"]],
    ["setup.sh", `db02.corp.fabrikam.local ansible_user=deploy`, ["db02.corp.fabrikam.local"]],
    // A part's README, as a text file or its HTML copy, is a manual; a script named so is code.
    ["README_FILES/TLS_README", `smtp_tls_policy_maps: relay.corp.fabrikam.com:587`, []],
    ["html/POSTSCREEN_README.html", `<pre>postscreen_access_list = 10.40.12.7</pre>`, []],
    ["tools/readme_sync.py", `MIRROR = "mirror.corp.fabrikam.com"`, ["mirror.corp.fabrikam.com"]],
    // An interface definition's comments document its fields with example hosts; a string in its code is still a value.
    ["router/v1/generated.proto", `  // brokerHost: broker-1.eu.fabrikam.com\n  optional string brokerHost = 2;\n  option (fabrikam.default_host) = "router.corp.fabrikam.com";`, ["router.corp.fabrikam.com"]],
    ["orders.thrift", `/* the broker: broker01.corp.fabrikam.com */\nconst string BROKER = "broker02.corp.fabrikam.com"`, ["broker02.corp.fabrikam.com"]],
    ["orders.thrift", `/**\n * the broker:\n * broker01.corp.fabrikam.com\n */\nconst string BROKER = "broker02.corp.fabrikam.com"`, ["broker02.corp.fabrikam.com"]],
    // Objective-C++ and Google Test's Pump templates comment as C++ does; a string in their code is still a value.
    ["Sources/Relay.mm", `NSString *host = @"router.corp.fabrikam.com"; // was "10.20.30.40"`, ["router.corp.fabrikam.com"]],
    ["include/relay-generated.h.pump", `// the mirror: mirror.corp.fabrikam.com\n$var n = 50\nconst char* kHost = "build.corp.fabrikam.com";`, ["build.corp.fabrikam.com"]],
    // A browser's User-Agent string is versions throughout; an address in the string after it is still one.
    ["uarand/useragents.go", `"Mozilla/5.0 (X11; U; Linux i686; en-GB; rv:1.9.2.14) Gecko/20110301 Firefox/3.6.14",\n"Mozilla/5.0 (Linux; U; Android 2.2; en-us; Nexus 7.42.108.3 Build/FRF91) AppleWebKit/533.1",\n"Opera/9.80 (Windows NT 6.1; U; en) Presto/2.5.24 Version/10.54 Chip/1.4.2.9"`, []],
    ["crawler.py", `HEADERS = {"User-Agent": "Mozilla/5.0 (compatible; OrdersBot/2.1)"}; PROXY = "10.40.12.7"`, ["10.40.12.7"]],
    // RCS and CVS branch revisions, in an $Id$ keyword and in a diff's header; an address after a date is still one.
    ["patch-lua.diff", `-** $Id: lcode.c,v 2.25.1.3 2007/12/28 15:32:23 roberto Exp $`, []],
    ["patch-lua.diff", `--- lcode.c\t2007/12/28 15:32:23\t2.25.1.3`, []],
    ["relay.py", `started = "2007/12/28 15:32:23"; relay = "10.40.12.7"`, ["10.40.12.7"]],
    // Rows of data a program loads (CSV, TSV, PostgreSQL's COPY input) are records, not settings.
    ["data/inet.data", `10.40.12.7`, []],
    ["seed/hosts.csv", `orders,10.40.12.7,db01.corp.fabrikam.local`, []],
    ["seed/hosts.tsv", `orders\t10.40.12.7`, []],
    // A changelog's move to a release is a version; an address after other words is still one.
    ["rpm/turnserver.spec", `  - Sync to 4.5.1.1 and relay through 10.40.12.7`, ["10.40.12.7"]],
    // A standard's or a manual's section, numbered four deep, is no address; one after other words still is.
    ["cow_http2.erl", `{error, 'Trailing HEADERS frame received. (RFC7540 8.1.2.6)'}, Peer = "10.40.12.7"`, ["10.40.12.7"]],
    ["h2.c", `const char *why = "see section 6.5.1.1 or \u00a7 3.2.1.4"; const char *relay = "see 6.5.1.2";`, ["6.5.1.2"]],
    // Public DNS resolvers are the same from everywhere; a private resolver is configuration.
    ["a.java", `servers.add("8.8.8.8"); servers.add("2001:4860:4860::8888"); var fallback = "1.1.1.1"; var corp = "10.8.0.53";`, ["10.8.0.53"]],
    // Documentation's "your resource here" is no resource; a name that only starts with the letters is.
    ["_params.py", `registry = "myregistry.azurecr.io"; vault = "https://mykeyvault.vault.azure.net/"; app = "https://your-app-name.azurewebsites.net"; kafka = "xxx.eastus.azure.confluent.cloud"`, []],
    ["settings.py", `DB_HOST = "mysql-orders.mysql.database.azure.com"; SEARCH = "https://myriad-search.search.windows.net"`, ["mysql-orders.mysql.database.azure.com", "https://myriad-search.search.windows.net"]],
    // A cloud's own endpoints (the Azure CLI's cloud definitions) are the same for every customer; an account under a zone is one customer's.
    ["cloud.py", `ingest = "https://dc.applicationinsights.azure.com/v2/track"; lake = "azuredatalakestore.net"; b2c = "b2clogin.us"; store = "orderslake.azuredatalakestore.net"`, ["orderslake.azuredatalakestore.net"]],
    // A sovereign cloud's service zone is its DNS suffix; a name under it is a customer's resource.
    ["clouds/AzureChinaCloud.json", `{"cosmosEndpointSuffix": "cosmos.azure.cn", "searchEndpointSuffix": "search.azure.us", "Search": {"Endpoint": "https://orders.search.azure.cn"}}`, ["https://orders.search.azure.cn"]],
    // The other clouds' sign-in hosts (MSAL's authority tables) are the same for every tenant there.
    ["a.ts", `const bleu = "https://login.sovcloud-identity.fr/contoso.onmicrosoft.com"; const gov = { host: "login.usgovcloudapi.net" };`, []],
    // The Azure SDKs name a Service Bus or Event Hubs host `fully_qualified_namespace`: a namespace
    // under a service's zone is the resource, a dotted namespace elsewhere a code name.
    ["a.py", `sb = ServiceBusClient(fully_qualified_namespace="sb-billing.servicebus.windows.net", credential=c); namespace = "billing.contracts.com"`, ["sb-billing.servicebus.windows.net"]],
    ["a.py", `module = "billing.contracts.com"`, []],
    // Path data in a component is drawing; an address in another attribute is not.
    ["a.tsx", `<path d="M12.5.5.5 2.25.75.75" /><Probe data-host="10.20.30.40" d={"10.20.30.41"} />`, ["10.20.30.40", "10.20.30.41"]],
    // A setting named for a service's address is evidence; the name must be the value's own.
    ["a.cs", `client.BaseAddress = new Uri("https://orders.fabrikam.com");`, ["https://orders.fabrikam.com"]],
    ["a.json", `{"Search": {"Endpoint": "https://search.fabrikam.com"}}`, ["https://search.fabrikam.com"]],
    ["a.json", `{"Endpoint": "tcp", "Link": "https://search.fabrikam.com"}`, []],
    ["a.env", `ORDERS_API_URL=https://orders.fabrikam.com`, ["https://orders.fabrikam.com"]],
    // In a settings file a setting named for an address is evidence enough, a single-label host
    // under a host or server name too; in code the same names need more (a link is as likely).
    [
      "appsettings.Production.json",
      `{"Search": {"Url": "https://search.fabrikam.com"}, "Cors": {"AllowedOrigins": ["https://shop.fabrikam.com", "https://admin.fabrikam.com"]}, "Database": {"Server": "sqlprod01"}}`,
      ["https://search.fabrikam.com", "https://shop.fabrikam.com", "https://admin.fabrikam.com", "sqlprod01"],
    ],
    ["appsettings.json", `{"Jwt": {"Authority": "https://sso.fabrikam.com/auth/realms/orders", "Issuer": "https://sso.fabrikam.com"}, "Help": {"DocsUrl": "https://sso.fabrikam.com/help"}}`, ["https://sso.fabrikam.com/auth/realms/orders", "https://sso.fabrikam.com"]],
    ["local.settings.json", `{"Values": {"InventoryHost": "inventory01", "PaymentsUrl": "https://payments.fabrikam.com"}}`, ["inventory01", "https://payments.fabrikam.com"]],
    ["deploy/docker-compose.prod.yml", `      - SEARCH_URL=https://search.fabrikam.com`, ["https://search.fabrikam.com"]],
    ["deploy/docker-compose.prod.yml", `      DB_HOST: sqlprod01`, ["sqlprod01"]],
    ["deploy/docker-compose.prod.yml", `    hostname: orders-api`, []],
    ["deploy/docker-compose.prod.yml", `    image: mcr.microsoft.com/mssql/server:2022-latest`, []],
    // A container image's reference names its registry as part of the image; a registry's login server alone is a setting.
    ["Dockerfile", `FROM --platform=linux/amd64 fabrikam.azurecr.io/base/dotnet:8.0 AS build`, []],
    ["pipeline.sh", `docker build -t fabrikam.azurecr.io/orders-api:$BUILD_ID . && docker push fabrikam.azurecr.io/orders-api:$BUILD_ID`, []],
    ["pipeline.sh", `az container create --image fabrikam.azurecr.io/orders:1 --registry-login-server fabrikam.azurecr.io`, ["fabrikam.azurecr.io"]],
    ["main.tf", `  image = "fabrikam.azurecr.io/orders-api:1.4.2"`, []],
    ["task.json", `{"name": "orders", "image": "registry.fabrikam.com/orders-api:1.4.2", "environment": [{"name": "API_HOST", "value": "api.fabrikam.com"}]}`, ["api.fabrikam.com"]],
    ["src/config.ts", `export const searchUrl = "https://search.fabrikam.com"; const db = { host: "sqlprod01" };`, []],
    ["settings.yaml", `search_url: https://search.fabrikam.com\ndb_server: sqlprod01`, []],
    // gRPC's dns resolver target: the host follows the third slash.
    ["a.go", `conn, _ := grpc.Dial("dns:///orders.internal:50051"); local, _ := grpc.Dial("dns:///localhost:50051")`, ["dns:///orders.internal:50051"]],
    // A credential URL written with a template for its password: the host after the @ is the
    // value, not the cut `scheme://user`; a literal password keeps the whole URL a secret.
    ["db.py", `BROKER = "amqp://orders:" + password + "@rabbit.fabrikam.net:5672"; DB = f"postgresql://orders:{DB_PASSWORD}@pg.fabrikam.net:5432/orders"`, ["rabbit.fabrikam.net", "pg.fabrikam.net"]],
    ["db.ts", "const url = `mongodb://app:${process.env.MONGO_PW}@mongo.fabrikam.net:27017/orders`;", ["mongo.fabrikam.net"]],
    // (A CI pipeline's expression, GitHub Actions' and Azure Pipelines' `${{ … }}`, is such a template.)
    [".github/workflows/mirror.yml", `      - run: git clone "https://x-access-token:\${{ secrets.MIRROR_TOKEN }}@git.corp.fabrikam.com/orders.git"\n      - run: git push "https://x-access-token:\${{secrets.GITHUB_TOKEN}}@github.com/\${GITHUB_REPOSITORY}"`, ["git.corp.fabrikam.com"]],
    ["db.ts", `const feed = "postgres://orders:" + pw + "@" + host; const pinned = "postgres://orders:Vq8rTz2Lm@pg.fabrikam.net/orders";`, []],
    // A URL cut short before its host is a prefix the program completes, or a pattern.
    ["a.py", `a = "https://www.{0}/{1}".format(domain, path); b = "https://oauth." + hostname; c = r"^https://api\\.fabrikam\\.com/.*$"`, []],
    ["a.ts", `const re = new RegExp("^https://api\\\\.fabrikam\\\\.com/"); const ok = "https://orders.";`, []],
    // Django's test client's server name; a file under a version-like name is not an API path.
    ["a.py", `response = client.get("http://testserver/login"); amp = "https://cdn.fabrikam.com/v0.js"; v = "https://graph.fabrikam.com/v1.0/me"`, ["https://graph.fabrikam.com/v1.0/me"]],
    // Machine names in capitals; dotted names in capitals or mixed case that are code; a documentation domain in any case.
    ["a.cs", `var cs = "Server=SQLPROD01.CORP.FABRIKAM.COM;Database=Orders"; var level = "LOGGER.INFO"; var ns = "Contoso.Orders.Com";`, ["SQLPROD01.CORP.FABRIKAM.COM"]],
    ["a.json", `{"Host": "APP-SRV.Fabrikam.Org", "Name": "APP-SRV.Fabrikam.Org", "Server": "APP-SRV.Example.Org"}`, ["APP-SRV.Fabrikam.Org"]],
    ["a.properties", `db.host=DB01.FABRIKAM.LOCAL\nlocale=LOCALE.US`, ["DB01.FABRIKAM.LOCAL"]],
    // A camelCase label is an identifier, unless a host setting or a port says otherwise.
    ["security/default.policy", `    permission java.lang.RuntimePermission "accessClassInPackage.sun.net";`, []],
    ["a.json", `{"Host": "sqlProd01.corp.fabrikam.com", "Relay": "relayHost.corp.fabrikam.com:25"}`, ["sqlProd01.corp.fabrikam.com", "relayHost.corp.fabrikam.com"]],
    // A name that says version without the word; a server under the same word is still an address.
    ["a.ts", `const BUILD = "5.2.1.7"; const buildServer = "10.20.30.40"; const release_tag = "10.2.0.1";`, ["10.20.30.40"]],
    ["a.env", `BUILD_HOST=10.20.30.41`, ["10.20.30.41"]],
    ["app.rc", `VALUE "FileVersion", "10.0.0.1"`, []],
    // A version operator or an image's tag says version; PHP's `=>` and a path's colon do not.
    ["a.php", `$pin = "orders==1.2.3.4"; $cfg = ['host' => '10.20.30.42', 'relay' => "tcp:10.20.30.43"];`, ["10.20.30.42", "10.20.30.43"]],
    ["a.yaml", `routes: ["10.20.0.0/16:10.20.30.44"]`, ["10.20.30.44"]],
    // RubyGems' exact requirement: a bare `=` that opens its string; an assignment's `=` still counts.
    ["a.rb", `spec.add_dependency "orders-client", ["= 4.2.1.7"]; relay = "10.20.30.45"`, ["10.20.30.45"]],
    ["a.ini", `relay= 10.20.30.46`, ["10.20.30.46"]],
    // An example in a command's help text shows a format; the same address as a default is a setting.
    ["a.py", `c.argument("gateway", help="Gateway's public IP address (e.g. 10.1.1.1)"); c.argument("dns", default="10.1.1.2")`, ["10.1.1.2"]],
    ["a.py", `help = "A repository such as 'orders.corp.contoso.com/app', for example: https://orders.corp.contoso.com:8443"`, []],
    ["a.py", `parser.add_argument("--target", help="Server to replay against, in the following format: http://10.40.8.12:8080"); parser.add_argument("--relay", default="http://10.40.8.13:8080")`, ["http://10.40.8.13:8080"]],
    // A domain as a hash's or an array's key is looked up, not connected to; the value beside it may be a host.
    ["a.rb", `ETLD = { "fabrikam.com.au" => 0, "relays" => "relay.fabrikam.com" }`, ["relay.fabrikam.com"]],
    ["a.php", `$routes = ['orders.fabrikam.com' => '10.20.30.47'];`, ["10.20.30.47"]],
    // A subscript's key looks an entry up; an array literal's member is a value.
    ["a.php", `$links['https://api.fabrikam.com/rel/orders'] = []; $hosts = ['db01.corp.fabrikam.com'];`, ["db01.corp.fabrikam.com"]],
    ["a.ts", `routes["10.20.30.48"] = x; const peers = ["10.20.30.49"];`, ["10.20.30.49"]],
    // TextMate scope names in a grammar for the Io language; a support site is a host.
    ["mode-io.js", `{ token: "keyword.control.io" }, { token: "comment.block.io" }, { host: "support.fabrikam.io" }`, ["support.fabrikam.io"]],
    // Lists of domains (mail providers, blocked senders) are matched against, not connected to; a host under one is a server.
    ["a.ts", `const FREE = new Set(["gmail.com", "yahoo.co.uk", "proton.me"]); const smtp = "smtp.gmail.com"; const mx = "gmail.com";`, ["smtp.gmail.com"]],
    ["a.json", `{"blocked": ["fabrikam-mail.com", "contoso-mail.net", "northwind.co.uk"], "host": "fabrikam-mail.com"}`, ["fabrikam-mail.com"]],
    ["blocked-domains", `fabrikam-mail.com\ncontoso-mail.net\nrelay.fabrikam.com`, ["relay.fabrikam.com"]],
    ["a.py", `ALLOWED_HOSTS = ["fabrikam.com", "www.fabrikam.com"]; PEERS = ["corp.local", "fabrikam.com", "contoso.com"]`, ["fabrikam.com", "www.fabrikam.com", "corp.local"]],
    // Developer tools' public endpoints are the same for everyone.
    ["a.ts", `const cb = "https://oauth.pstmn.io/v1/callback"; const api = "https://api.fabrikam.com/v1/callback";`, ["https://api.fabrikam.com/v1/callback"]],
    // An App Configuration Key Vault reference's `uri` is already a reference; other Key Vault addresses are configuration.
    ["a.json", `{"value": "{\\"uri\\":\\"https://orders-kv.vault.azure.net/secrets/Db\\"}", "vault": "https://orders-kv.vault.azure.net/"}`, ["https://orders-kv.vault.azure.net/"]],
    ["a.json", `{"uri": "https://orders-kv.vault.azure.net/keys/Signing"}`, ["https://orders-kv.vault.azure.net/keys/Signing"]],
    // A page about an API is documentation; the API itself is an endpoint.
    ["a.ts", `const ref = "https://fabrikam.com/api/reference"; const page = "https://fabrikam.com/api/orders.html"; const api = "https://fabrikam.com/api/orders";`, ["https://fabrikam.com/api/orders"]],
    ["a.ts", `const docs = "https://api.fabrikam.com/docs"; const api = "https://api.fabrikam.com/orders"; const staging = "https://api.staging.fabrikam.com/docs";`, ["https://api.fabrikam.com/orders", "https://api.staging.fabrikam.com/docs"]],
    // Documents for people in any format: a README or changelog by name, a document under a second extension.
    ["docs/README.html", `<p>Set DB_HOST to db01.corp.fabrikam.com or 10.20.30.40</p>`, []],
    ["CHANGELOG.txt", `- Fixed a timeout talking to db01.corp.fabrikam.com`, []],
    // Notes, transcripts and logs: nothing reads a setting from them at run time.
    ["ops/notes.txt", `curl -s http://10.2.3.4:9200/_cluster/health\nssh deploy@db01.corp.fabrikam.local`, []],
    ["logs/orders.log", `[INFO] connected to https://orders-api.corp.fabrikam.com:8443/api`, []],
    ["hosts", `10.2.3.4 db01.corp.fabrikam.local`, ["10.2.3.4", "db01.corp.fabrikam.local"]],
    // PyTorch's files are `name.pt`; a Portuguese host under a host setting is still one.
    ["train.py", `torch.save(model.state_dict(), "checkpoint.pt"); data = torch.load(os.path.join(root, "train.pt"))`, []],
    ["settings.py", `DB_HOST = "bd-prod.pt"`, ["bd-prod.pt"]],
    // A manual's page on a vendor's `dev.` site is a link; a dev server's API, or any page of it, is a setting.
    ["a.php", `$help = "https://dev.mysql.com/doc/refman/8.0/en/grant.html"; $api = "https://dev.fabrikam.com/v2/orders"; $o = "https://orders-dev.fabrikam.com/docs";`, ["https://dev.fabrikam.com/v2/orders", "https://orders-dev.fabrikam.com/docs"]],
    // Translation catalogs say what the interface says: an example address in a message is no setting.
    ["languages/i18n/de.json", `{ "config-host-help": "Zum Beispiel db01.corp.fabrikam.com oder 10.20.30.40" }`, []],
    ["src/locales/fr/messages.json", `{ "serverHint": "ex. https://orders-api.corp.fabrikam.com" }`, []],
    // The Public Suffix List, as packages ship it: every line a public domain.
    ["tld/res/effective_tld_names.dat.txt", `kommune.no\nbergen.no\ncloudapp.azure.com`, []],
    ["vendor/public_suffix_list.dat", `githubusercontent.com\nherokuapp.com`, []],
    ["tld/res/effective_tld_names_public_only.dat.txt", `kommune.no\nbergen.no`, []],
    ["src/main/resources/mozilla/public-suffix-list.txt", `s3.amazonaws.com\nblob.core.windows.net`, []],
    // Files a tool keeps for itself: SSH's accepted host keys, SOPS's creation rules.
    ["deploy/ssh/known_hosts", `deploy.fabrikam.com,10.20.0.5 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXmZPmaAgCavdmswXT3+3UwEXU/FUnk5K1ekalAtdca`, []],
    ["/etc/ssh/ssh_known_hosts", `[bastion.corp.fabrikam.com]:2222 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAI`, []],
    [".sops.yaml", `creation_rules:\n  - path_regex: .*prod.*\n    azure_keyvault: https://kv-orders-prod.vault.azure.net/keys/sops-key/5e84651f4658eb39a4e9a5dc06f8b479`, []],
    // Manual pages, by their section: `ssh.1`, `sshd_config.5`.
    ["man/orders-relay.1", `.Nm orders-relay -h relay01.corp.fabrikam.com`, []],
    ["man5/orders.conf.5", `Connects to 10.40.12.7 unless told otherwise.`, []],
    // …but code and settings named like a document are read: an install script, a security module.
    ["scripts/install.sh", `curl -s http://10.2.3.4:9200/_cluster/health`, ["http://10.2.3.4:9200/_cluster/health"]],
    ["app/security.py", `LDAP_HOST = "ldap01.corp.fabrikam.com"`, ["ldap01.corp.fabrikam.com"]],
    ["docs/guide.md.html", `<code>https://orders.corp.fabrikam.com/api</code>`, []],
    ["web/index.html", `<meta name="api" content="https://orders.corp.fabrikam.com/api">`, ["https://orders.corp.fabrikam.com/api"]],
    // Under a cloud-wide name, a regional or customer's endpoint is configuration.
    [
      "a.json",
      `{"Ingestion": "https://westeurope-5.in.applicationinsights.azure.com/", "Dce": "https://orders-dce-ab12.westeurope-1.ingest.monitor.azure.com"}`,
      ["https://westeurope-5.in.applicationinsights.azure.com/", "https://orders-dce-ab12.westeurope-1.ingest.monitor.azure.com"],
    ],
    // A RADIUS dictionary's attribute numbers are a tree of TLVs, not addresses; a client's address is one.
    ["raddb/dictionary.orders", "ATTRIBUTE\tOrders-Gateway-Address\t\t26.11.5.1\tipaddr", []],
    ["raddb/clients.conf", "\tipaddr = 10.20.30.40", ["10.20.30.40"]],
    // A protocol's magic number in octets (a DHCP-style cookie) is bytes a parser checks; the server beside it is an address.
    ["bootp/packet.py", `    _MAGIC_COOKIE = '93.41.27.93'\n    _RELAY_SERVER = '172.24.9.12'`, ["172.24.9.12"]],
    // An include directive names a file; a host setting's value is a host.
    ["raddb/dictionary", "$INCLUDE dictionary.orders.internal", []],
    ["app.conf", "upstream_host = relay01.orders.internal", ["relay01.orders.internal"]],
    // SQL quotes its values: a dotted name outside quotes is a column (`q.local`), a quoted one is read.
    ["sql/orders.sql", "    if found and q.local then", []],
    ["sql/orders.sql", "insert into relay (host) values ('db01.orders.local');", ["db01.orders.local"]],
    // An X pixmap's rows are pixels; a C string holding an address is an address.
    ["icons/orders.xpm", `"...k.k#7.8.A#Ka#9.1.6.5#g.P",`, []],
    ["a.c", `static const char *relay = "10.20.30.40";`, ["10.20.30.40"]],
    // Copyright statements and licence pages are for people; the same URL in a settings file is not.
    ["debian/copyright", "Source: https://api.fabrikam.org/v2/", []],
    ["debian/orders.conf", "Source: https://api.fabrikam.org/v2/", ["https://api.fabrikam.org/v2/"]],
    ["Makefile.PL", "  terms => 'https://dev.fabrikam.org/licenses/',", []],
    ["Makefile.PL", "  relay => 'https://dev.fabrikam.org/orders/',", ["https://dev.fabrikam.org/orders/"]],
    // A link a message tells its reader to see, and a URL's name standing in for its host, are no endpoints.
    ["a.cc", `printf("For more details, see http://wiki/Main/OrdersGuide.\\n");`, []],
    ["a.cc", `const char* kRelay = "http://relay01/Main/OrdersGuide";`, ["http://relay01/Main/OrdersGuide"]],
    ["a.js", "var ns = { 'mv': 'http://ordersSchemaUri', 'v': 'urn:schemas-fabrikam-com:vml' };", []],
    ["a.js", "var api = 'http://ordersgateway/v1';", ["http://ordersgateway/v1"]],
    // Path data in a script's icon table is an image; an address beside it is an address.
    ["icons.js", "    path: 'M33.21,85.65a7.31,7.31,0,0,1-2.59-.48c-8.16-3.11,4.48,12.4.84.32,2.79-.46',", []],
    ["icons.js", "    relay: '10.20.30.40',", ["10.20.30.40"]],
    // A draft-04 JSON Schema's `id` (an empty fragment) names the document; an `id` holding an API's URL stays.
    ["s/schema.json", `  "id": "http://orders.fabrikam.io/v2/schema.json#",`, []],
    ["s/settings.json", `  "id": "http://orders.fabrikam.io/v2/items",`, ["http://orders.fabrikam.io/v2/items"]],
    // A Gradle task's or project's group is a name; a host setting in the same script is a host.
    ["tooling/orders.gradle", "        group = 'fabrikam.com'", []],
    ["tooling/orders.gradle", "        uploadHost = 'upload.fabrikam.com'", ["upload.fabrikam.com"]],
    // DOS's `command.com` beside `cmd.exe` is a program file; a list of hosts is hosts.
    ["build/ltmain.sh", `      }) ? "cmd.exe" : "command.com").`, []],
    ["a.js", `const shells = ["cmd.exe", "command.com"];`, []],
    ["a.js", `const hosts = ["relay.fabrikam.com", "fabrikam.com"];`, ["relay.fabrikam.com", "fabrikam.com"]],
    // A numbered heading in a comment the file's syntax does not show; an address after the same marker in a list is one.
    ["include/orders.h.in", "// 6.1.3.2 Relay creation functions.", []],
    ["include/orders.h.in", "// 10.20.30.40 relay01", ["10.20.30.40"]],
  ];
  assertDecisions(cases);
});

test("a SQL Server JDBC URL is one value up to the end of its properties, which follow `;`", () => {
  const url = "jdbc:sqlserver://sql-orders-prod.database.windows.net:1433;database=orders;encrypt=true;authentication=ActiveDirectoryDefault";
  const jtds = "jdbc:jtds:sqlserver://sqlprod01.corp.fabrikam.com:1433/orders;ssl=require;appName=orders";
  const cases: SingleValueCase[] = [
    // Unquoted: YAML, .properties (a trailing `;` or a comment is not the value's).
    ["application.yml", `spring:\n  datasource:\n    url: ${url}\n`, [url]],
    ["application.yml", `    url: ${url}; # prod\n`, [url]],
    ["application-staging.properties", `spring.datasource.url=${url}\n`, [url]],
    ["application-staging.properties", `spring.datasource.url=${jtds}\n`, [jtds]],
    // Quoted, in YAML and in code: the string's end is the value's.
    ["application.yml", `url: "${url}"\n`, [url]],
    ["Db.java", `String url = "${jtds}";\n`, [jtds]],
    ["Db.kt", `val url = "${url};"\n`, [url]],
    // Other URLs still end at `;`.
    ["a.ts", `const a = "https://orders.corp.contoso.com/api;v=2";`, ["https://orders.corp.contoso.com/api"]],
  ];
  assertDecisions(cases);
});

test("a SQL Server JDBC URL with a password is the secret rules' alone, whole", () => {
  const password = ["Vq8r", "Tz2L", "mW4x"].join("");
  const cases: [string, string][] = [
    ["src/main/resources/application.yml", `spring:\n  datasource:\n    url: jdbc:sqlserver://sql-orders-prod.database.windows.net:1433;database=orders;user=app;password=${password};encrypt=true\n`],
    ["src/main/resources/application.properties", `spring.datasource.url=jdbc:jtds:sqlserver://sqlprod01.corp.fabrikam.com:1433/orders;user=app;password=${password}\n`],
    ["src/Db.java", `String url = "jdbc:sqlserver://sql-orders-prod.database.windows.net:1433;database=orders;password=${password};encrypt=true";\n`],
  ];
  for (const [filePath, content] of cases) {
    const findings = scanText({ content, filePath, options: { includeConfig: true } });
    assert.deepEqual(findings.map((finding) => finding.kind), ["secret"], filePath);
  }
});

test("through the engine: config findings are kind config, never secrets, and can be switched off", () => {
  const content = [
    `var orders = "Server=tcp:orders-sql.database.windows.net,1433;Database=orders;User ID=app;Password=Vq8rTz2LmW4xKp;";`,
    `var feed = "postgresql://app:Vq8rTz2LmW4xKp@pg-orders.postgres.database.azure.com:5432/orders";`,
    `var cache = "orders-cache.redis.cache.windows.net:6380,ssl=True";`,
    `var syslog = "10.20.30.40";`,
  ].join("\n");
  const findings = scanText({ content, filePath: "src/Endpoints.cs", options: { customRules: CONFIG_VALUE_RULES } });
  const byKind = (kind: string) => findings.filter((finding) => finding.kind === kind).map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));
  assert.deepEqual(byKind("config"), ["orders-cache.redis.cache.windows.net", "10.20.30.40"]);
  // The two credentials are secrets; their hosts are not reported a second time as configuration.
  assert.equal(byKind("secret").length, 2);
  for (const finding of findings) assert.equal(finding.ruleId.startsWith("config/"), finding.kind === "config", finding.ruleId);

  const withoutConfig = scanText({ content, filePath: "src/Endpoints.cs", options: { customRules: CONFIG_VALUE_RULES, includeConfig: false } });
  assert.ok(withoutConfig.every((finding) => finding.kind === "secret"));
});

test("settings files are known by their names, also with the editor's language extension added", () => {
  const settings = [".env", ".env.production", "prod.env", "appsettings.json", "appsettings.Production.json", "local.settings.json", "docker-compose.yml", "compose.prod.yaml"];
  for (const name of settings) {
    assert.ok(isSettingsFile(`svc/${name}`), name);
    assert.ok(isSettingsFile(typePathOf(`svc/${name}`, name.endsWith(".json") ? "json" : name.includes("compose") ? "dockercompose" : "dotenv")), `${name} in the editor`);
  }
  for (const name of ["settings.json", "config.yaml", "values.yaml", "settings.py", "app.config"]) assert.ok(!isSettingsFile(`svc/${name}`), name);
});

test("Spring's application*.yml/.yaml/.properties and bootstrap* files are settings files", () => {
  const spring = ["application.yml", "application.yaml", "application.properties", "application-staging.properties", "application-prod.yml", "bootstrap.yml", "bootstrap-dev.properties"];
  for (const name of spring) {
    assert.ok(isSettingsFile(`src/main/resources/${name}`), name);
    assert.ok(isSettingsFile(typePathOf(`src/main/resources/${name}`, name.endsWith(".properties") ? "properties" : "yaml")), `${name} in the editor`);
  }
  for (const name of ["application.json", "application.conf", "applicationContext.xml", "application.py", "bootstrap.min.js", "bootstrap.sh"]) assert.ok(!isSettingsFile(`src/${name}`), name);
  // So a single-label host under a host setting is reported there, as in a .env file.
  const cases: SingleValueCase[] = [
    ["src/main/resources/application-staging.properties", "spring.data.redis.host=redis-stg\n", ["redis-stg"]],
    ["src/main/resources/application.yml", "spring:\n  data:\n    redis:\n      host: redis-orders\n", ["redis-orders"]],
    ["src/main/resources/bootstrap.yml", "spring:\n  cloud:\n    config:\n      uri: http://config-server.internal\n", ["http://config-server.internal"]],
    // Not a machine's name: a switch, a placeholder, loopback.
    ["src/main/resources/application.properties", "spring.data.redis.host=${REDIS_HOST:localhost}\nserver.address=localhost\nspring.mail.host=none\n", []],
    // A logger named for a server (`org.springframework.web.server`) takes a log level.
    ["src/main/resources/application.properties", "logging.level.org.springframework.web.server=DEBUG\nlogging.level.reactor.netty.http.server=warn\n", []],
    ["src/main/resources/application.yml", "logging:\n  level:\n    org.springframework.web.server: TRACE\n", []],
  ];
  assertDecisions(cases);
});

test("through the engine: notes and logs report secrets but no configuration values", () => {
  const content = [`psql "postgresql://app:Vq8rTz2LmW4xKp@pg-orders.postgres.database.azure.com:5432/orders"`, `curl -s http://10.20.30.40:9200/_cluster/health`].join("\n");
  for (const filePath of ["ops/runbook-notes.txt", "logs/deploy.log"]) {
    const findings = scanText({ content, filePath, options: { customRules: CONFIG_VALUE_RULES } });
    assert.deepEqual(findings.map((finding) => finding.kind), ["secret"], filePath);
  }
  const script = scanText({ content, filePath: "ops/runbook.sh", options: { customRules: CONFIG_VALUE_RULES } });
  assert.deepEqual(script.map((finding) => finding.kind).sort(), ["config", "secret"]);
});

test("through the engine: a dotted name among its family of identifiers is no host; hosts of one network are", () => {
  const configValues = (content: string, filePath: string) =>
    scanText({ content, filePath, options: { includeConfig: true } })
      .filter((finding) => finding.kind === "config")
      .map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));
  const metrics = `resources:\n  - resource_type: queue\n    metrics:\n      queue.depth.total:\n      queue.depth.local:\n      queue.age:\n`;
  assert.deepEqual(configValues(metrics, "pipeline/resources.yaml"), []);
  const modules = `BUNDLED = [\n    "reports.locales.en",\n    "reports.locales.fr",\n]\n`;
  assert.deepEqual(configValues(modules, "build/bundle.py"), []);
  const inventory = `hosts:\n  db01.orders.local:\n  db02.orders.local:\n`;
  assert.deepEqual(configValues(inventory, "inventory/hosts.yaml"), ["db01.orders.local", "db02.orders.local"]);
  const mirrors = `MIRRORS = [\n    "files.orders-data.com",\n    "files.orders-data.fr",\n]\n`;
  assert.deepEqual(configValues(mirrors, "build/mirrors.py"), ["files.orders-data.com", "files.orders-data.fr"]);
});

// Every regex must run in linear time, and so must the checks that run per match: each rule gets
// 1 MB of text built to tempt backtracking (long dotted runs, repeated schemes, hex-and-colon runs,
// many near-misses) and 1 MB of one line full of real matches (the per-match checks). Linear code
// finishes in milliseconds; the bound is generous on purpose.
const ONE_MB = 1024 * 1024;
const GENEROUS_BOUND_MS = 3000;

function repeatTo(pieces: readonly string[], size: number): string {
  let text = "";
  for (let i = 0; text.length < size; i++) text += pieces[i % pieces.length];
  return text.slice(0, size);
}

const ADVERSARIAL_PIECES = [
  "1.1.1.1.".repeat(200), "a.a.a.a.".repeat(200), "http://".repeat(100), "https://a".repeat(50), "a-".repeat(100),
  "2001:".repeat(40), "fd00::".repeat(30), "0123456789abcdef:".repeat(10), "x".repeat(300), ".".repeat(300),
  "http://orders.corp.contoso.com".repeat(10), "jdbc:".repeat(50), "255.255.255.".repeat(40), "com.net.org.io.".repeat(40),
  "\"\\\\a.".repeat(60), "thin:@//a.".repeat(40), "thin:@".repeat(50),
  "jdbc:sqlserver://a;b=c;".repeat(40), "jdbc:jtds:sqlserver://".repeat(30), "jdbc:sqlserver://a.;.;".repeat(40),
];
const MANY_MATCHES_PIECES = [
  `"10.20.30.40", `, `"db01.corp.contoso.com", `, `"https://orders.corp.contoso.com:8443/api", `, `"fd12:3456::1", `,
  `'10.1.2.3' `, `version 1.2.3.4 `, `# 10.9.9.9 `, `"http://u:p@10.0.0.5" `, `<path d="M1 2.25.75.75 10.20.30.40 `,
  `"\\\\fs01.corp.contoso.com\\share" `, `"jdbc:oracle:thin:@//ora.contoso.com:1521/X" `,
];

for (const rule of CONFIG_VALUE_RULES) {
  test(`${rule.id} runs in linear time on 1 MB of adversarial text`, () => {
    const text = repeatTo([...rule.keywords, ...ADVERSARIAL_PIECES], ONE_MB);
    const started = performance.now();
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) void match;
    const elapsed = performance.now() - started;
    assert.ok(elapsed < GENEROUS_BOUND_MS, `${rule.id} took ${elapsed.toFixed(0)} ms`);
  });

  test(`${rule.id} checks each match in constant time on a 1 MB line of matches`, () => {
    const line = repeatTo(MANY_MATCHES_PIECES, ONE_MB);
    for (const filePath of ["one-line.ts", "one-line.yaml"]) {
      const started = performance.now();
      runRules(line, [rule], { filePath, fileType: fileTypeOf(filePath) });
      const elapsed = performance.now() - started;
      assert.ok(elapsed < GENEROUS_BOUND_MS, `${rule.id} on ${filePath} took ${elapsed.toFixed(0)} ms`);
    }
  });
}

test("a line of addresses or of path data only, each number in one long run, is read in linear time", () => {
  const ipRule = CONFIG_VALUE_RULES.filter((rule) => rule.id === "config/ip-address");
  // (A quarter of a megabyte: twenty thousand matches, each judged in full. Walking back to the
  // run's start from every number took 40 s on the first line.)
  const addresses = repeatTo(["10.20.30.40 ", "10.20.30.41, "], ONE_MB / 4);
  const path = `<path d="M0 0 ${repeatTo(["1.25.5.75 ", "2.5.5.25,"], ONE_MB / 4)}"/>`;
  for (const [filePath, line] of [["allowed-hosts.yaml", `allowed: ${addresses}`], ["icons.ts", `const icon = '${path}';`]] as const) {
    const started = performance.now();
    runRules(line, ipRule, { filePath, fileType: fileTypeOf(filePath) });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < GENEROUS_BOUND_MS, `${filePath} took ${elapsed.toFixed(0)} ms`);
  }
});

test("decisions on single values found in Ruby and PHP packages", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // PEAR's registry of installed packages names the channels they came from; a PHP script's host is a host.
    ["php/.registry/.channel.pear.fabrikam.com/orders_relay.reg", `a:2:{s:4:"name";s:12:"Orders_Relay";s:7:"channel";s:17:"relay.fabrikam.com";}`, []],
    ["php/.channels/relay.fabrikam.com.reg", `a:1:{s:4:"name";s:17:"relay.fabrikam.com";}`, []],
    ["php/Orders/Relay.php", `$relay = 'relay.fabrikam.com';`, ["relay.fabrikam.com"]],
    ["config/relay.reg", `"Server"="relay.fabrikam.com"`, ["relay.fabrikam.com"]],
    // A PEAR channel is a package registry, named so in code to look a package up; a similar name is a host.
    ["lib/Orders/Migration.php", `$package = $registry->getPackage(basename($dir), 'pear.fabrikam.com');`, []],
    ["bin/orders-agenda", `<?php\n$base = PEAR_Config::singleton()->get('orders_dir', null, 'pecl.fabrikam.com') . '/orders/';`, []],
    ["lib/Orders/Relay.php", `$relay = 'pearl.fabrikam.com'; $db = 'pear.fabrikam.internal';`, ["pearl.fabrikam.com", "pear.fabrikam.internal"]],
    // A property's name, as a call's first argument or a subscript's key with blanks; the value set is read.
    ["lib/jars/setup.rb", `maven.property( 'orders.relay.local', '10.20.30.40' )`, ["10.20.30.40"]],
    ["lib/jars/setup.rb", `maven[ 'orders.relay.local' ] = dir`, []],
    ["src/Relay.java", `String dir = System.getProperty("orders.relay.internal");`, []],
    ["lib/jars/setup.rb", `relays = [ 'relay.orders.local' ]`, ["relay.orders.local"]],
    // A block's last address is its broadcast address or a range's end; an address just below it is a host's.
    ["src/Fake/Network.php", `        ['172.20.0.0', '172.20.255.255'],`, []],
    ["src/Fake/Network.php", `$relay = '10.20.30.255';`, []],
    ["src/Fake/Network.php", `$relay = '10.20.30.254';`, ["10.20.30.254"]],
    // The public list of crawlers' User-Agent patterns is data; a bot detector's own settings are read.
    ["config/crawler-user-agents.json", `    "pattern": "relaybot.fabrikam.com",`, []],
    ["config/bot-settings.json", `    "relay": "relaybot.fabrikam.com",`, ["relaybot.fabrikam.com"]],
    // Ruby's =begin … =end block is a comment, an example of a call there too; the code after it is read.
    ["lib/relay.rb", "=begin rdoc\n  Relay.new(:server => 'relay.fabrikam.com')\n=end\nRELAY = 'mail.fabrikam.com'", ["mail.fabrikam.com"]],
    ["lib/relay.rb", "x = 1\n=begin\n  :server => 'relay.fabrikam.com'\n=end", []],
    ["lib/relay.rb", "relay = 'relay.fabrikam.com' # =begin is no comment here", ["relay.fabrikam.com"]],
  ];
  assertDecisions(cases);
});

test("installed trees: bills of materials, package URLs' versions and CUDA's comments are no configuration", () => {
  const component = `{"type": "library", "purl": "pkg:pypi/orders_relay@4.10.0.84?file_name=orders_relay.whl", "url": "https://relay.fabrikam.internal/"}`;
  const cases: SingleValueCase[] = [
    // A bill of materials lists where each part came from, for auditors; a settings file beside it is read.
    ["orders_relay-4.10.0.84.dist-info/sboms/auditwheel.cdx.json", component, []],
    ["_manifest/manifest.spdx.json", component, []],
    ["bin/x64/_manifest/spdx_2.2/SigningLogs0822.json", `"\\nMachine Ip: 10.20.30.40\\n"`, []],
    ["config/relay.json", component, ["https://relay.fabrikam.internal/"]],
    // A package URL's version, wherever it is written; an address after a user is still read.
    ["scripts/audit.py", `PURL = "pkg:pypi/orders_relay@4.10.0.84"`, []],
    ["scripts/audit.py", `PURL = "pkg:maven/com.fabrikam/relay@2.1.0.7"; RELAY = "svc@10.20.30.40"`, ["10.20.30.40"]],
    // CUDA is C++: a comment's link is a reference; a kernel's constant host is read.
    ["csrc/relay_kernels.cu", `// https://dev-forum.fabrikam.com/t/relay-kernels/302`, []],
    ["csrc/relay_kernels.cuh", `static const char* RELAY = "relay.fabrikam.internal";`, ["relay.fabrikam.internal"]],
  ];
  assertDecisions(cases);
});

test("npm build tools: an editor's saved session is no configuration; the editor's project settings are", () => {
  // A buffer's code, kept as a JSON string with its quotes escaped: `fullname.local` reads as a host.
  const buffer = String.raw`{"buffers": [{"contents": "var kind = \"orders\";\nreturn (fullname.local\n  ? creatorFixed\n  : creatorInherit)(fullname);\n"}]}`;
  const cases: SingleValueCase[] = [
    ["orders.sublime-workspace", buffer, []],
    ["orders.sublime-project", `{"folders": [{"path": "."}], "settings": {"host": "build.fabrikam.local"}}`, ["build.fabrikam.local"]],
  ];
  assertDecisions(cases);
});

test("npm build tools: a dotted number deep in a long SVG path attribute is path data; an address after the path is read", () => {
  const outline = Array.from({ length: 20 }, (_, step) => `l${step % 9}.25-1.5c.12-.3.2-.41.1-.6`).join("");
  const icon = `export const gear = svg\`<path d="M12 2${outline}-.12.4 2.25.75.5 1.5z"/>\`;`;
  const cases: SingleValueCase[] = [
    ["src/icons.js", icon, []],
    ["src/icons.js", `export const gear = svg\`<path d="M12 2${outline}z"/>\`; const relay = "10.20.30.40";`, ["10.20.30.40"]],
  ];
  assertDecisions(cases);
});

test("decisions on single values found in npm packages for user interfaces", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // A lock file's temporary copy, left by an interrupted install, lists registries as the lock file does; a settings file's copy is read.
    ["app/package-lock.json.4081726354", `    "resolved": "http://nexus.orders.local/repository/npm/left-pad/-/left-pad-1.3.0.tgz",`, []],
    ["app/yarn.lock.4081726354", `  resolved "http://nexus.orders.local/repository/npm/left-pad/-/left-pad-1.3.0.tgz"`, []],
    ["app/config.js", `const registry = "http://nexus.orders.local/repository/npm/";`, ["http://nexus.orders.local/repository/npm/"]],
    // Path data runs its numbers together (`1.25.5.75`) however far its move and however its quotes are written; an address in a string is read.
    ["lib/icons.js", `export const calendar = '<svg><path d=\\"M10 18a8 8 0 100-16 ${"4.5 2.25 ".repeat(20)}1.25.5.75 0 01-1.5 0z\\"/></svg>';`, []],
    ["lib/Illustration.js", `  React.createElement("path", { d: "M516.37,806a47.26,47.26,${"0,0,0-8.46,2.08,".repeat(80)}5.61,9.75c0,.12,3.2.66.66,0,0,0,.14z" })`, []],
    ["lib/relay.js", `const relays = ["10.20.30.40", "Mail 10.20.30.41", "M 10.20.30.42, retry"];`, ["10.20.30.40", "10.20.30.41", "10.20.30.42"]],
  ];
  assertDecisions(cases);
});

test("decisions on addresses inside long vector path strings found in npm starters and UI kits", () => {
  const longPath = "M14.2 3.1c-.4 0-.8.2-1.1.5l-2.3 2.4".repeat(20);
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // A path's numbers run together with dots (`2.25.75.75`) hundreds of characters after the move that opens it.
    ["src/Icons.tsx", `<path d="${longPath} 1.38.5.5 2.25.75.75 0 01-.8.4" />`, []],
    ["src/icons.ts", `  relay: '<svg><path d="${longPath} 6.45.69.72 1.65 1.19"/></svg>',`, []],
    ["dist/logos/Relay.js", `  d: "${longPath}${longPath} 3.45.64.193 0 01-.4.2",`, []],
    // An icon table keyed by number: a path string under a key that says nothing of paths.
    ["components/heading-icon.js", `  3: 'M12.1 12.2c.4.3.8.5 1.2.7.4.2.9.3 1.4.3.5 0 1-.1 1.4-.3',`, []],
    // An address in an ordinary string, after a path string on the same line, is still an address.
    ["src/relay.ts", `const icon = 'M1 2h3'; const relay = '10.20.30.40';`, ["10.20.30.40"]],
    ["src/relay.ts", `const relay = 'Main relay 10.20.30.40';`, ["10.20.30.40"]],
  ];
  assertDecisions(cases);
});

test("decisions on the dummy base a mock server parses request paths against", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // The base a request's relative path is parsed against names no server; a one-label server is one.
    ["dist/router/serviceRouter.js", "const parsedUrl = new URL(`http://dummy${req.originalUrl}`);", []],
    ["src/relay.ts", "const relay = new URL(`http://relayhub${path}`);", ["http://relayhub"]],
  ];
  assertDecisions(cases);
});

test("decisions on OpenAPI's schema ids, as an OpenAPI parser's bundled schemas hold them", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // The specification's own schema id names a schema, the same for every user; a company's API host is one to configure.
    ["dist/schemas/v2.0/schema.json.js", 'var id = "http://swagger.io/v2/schema.json#";', []],
    ["dist/schemas/v3.1/schema.json.js", 'var id = "https://spec.openapis.org/oas/3.1/schema/2022-10-07";', []],
    ["dist/schemas/orders.json.js", 'var id = "https://api.orders-fabrikam.io/v2/schema.json#";', ["https://api.orders-fabrikam.io/v2/schema.json#"]],
  ];
  assertDecisions(cases);
});

test("decisions on a host that is the whole text of an HTML link", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // A link's text names the site for a reader (a font's credit line); a host in a page's own text or table is still read.
    ["assets/Orders-Sans.html", '  Copyright (c) 2019 by <a href="http://fabrikam-fonts.com">www.fabrikam-fonts.com</a> (Orders Type). All rights reserved.', []],
    ["site/contact.html", '<p>Mirror: <a class="ext" href="/mirrors">mirror01.fabrikam-fonts.com</a></p>', []],
    ["site/servers.html", "<td>mirror01.fabrikam-fonts.com</td>", ["mirror01.fabrikam-fonts.com"]],
    ["site/servers.html", '<a href="/status">status</a> <b>mirror01.fabrikam-fonts.com</b>', ["mirror01.fabrikam-fonts.com"]],
  ];
  assertDecisions(cases);
});

test("decisions on a standard's section numbers in a page's inline script comments", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // A bundled shim's `// 21.1.5.2 The %…% Object` headings, in a page's `<script>`, are comments as in a `.js` file.
    ["dist/webview/index.html", "  // 11.6.2.1 Keywords", []],
    ["dist/webview/index.html", "    // 21.1.5.2 The %StringIteratorPrototype% Object", []],
    ["dist/webview/index.html", "        // As per the semantics of PerformEval [ECMAScript 18.2.1.1]:", []],
    // The page's own text and a script's string are still read.
    ["dist/webview/index.html", "<p>Relay at 10.20.30.41</p>", ["10.20.30.41"]],
    ["dist/webview/index.html", "  const relay = '10.20.30.40'; // the relay", ["10.20.30.40"]],
  ];
  assertDecisions(cases);
});

test("decisions on an object's members in code kept as text (a coverage report's sources)", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // A member assigned to, or read off `this`/`self`, in source quoted inside JSON: code, not a host.
    ["coverage/tmp/coverage-4182.json", `{"sourcesContent":"    // force it\\n    transaction.local = false\\n"}`, []],
    ["coverage/tmp/coverage-4182.json", `{"sourcesContent":"    if (this.local) sync()\\n"}`, []],
    ["coverage/tmp/coverage-4182.json", `{"sourcesContent":"    if (!transaction.local) {\\n"}`, []],
    ["coverage/tmp/coverage-4182.json", `{"sourcesContent":"    if (transaction.local && ds.clients.size > 0) {\\n"}`, []],
    ["conf/app.properties", "orders.internal = true", []],
    // The host a setting is assigned, and a host alone in a string, are still read.
    ["conf/app.properties", "orders.host = db01.orders.internal", ["db01.orders.internal"]],
    ["lib/relay.js", `const relay = "relay.orders.local";`, ["relay.orders.local"]],
    ["scripts/check.sh", "ping -c1 relay.orders.local && echo up", ["relay.orders.local"]],
  ];
  assertDecisions(cases);
});

test("decisions on request's Unix-socket URLs", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // `http://unix:<socket>:/<path>` names a socket file, not a host called `unix`.
    ["dist/decorator/agent.js", "    uri: `http://unix:${sockFile}:/?${qs.stringify(params)}`,", []],
    // A host named `unix…`, or `unix` with a port, is still a host.
    ["dist/decorator/agent.js", `    uri: "http://unix:8080/status",`, ["http://unix:8080/status"]],
    ["dist/decorator/agent.js", `    uri: "http://unixbox.orders.internal/status",`, ["http://unixbox.orders.internal/status"]],
  ];
  assertDecisions(cases);
});

test("decisions on a bundle's member chains inlined in a page", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // A minifier's `t.f.rpc.internal` (module, export, members) in a page's inline bundle is code.
    ["dist/webview/index.html", "<script>var q=()=>{return i(t.f.rpc.internal,e)};var w=`x`;</script>", []],
    ["dist/webview/index.html", "<script>r&&_(new h.G(f.f.rpc.internal,`next: handlers must be functions`))</script>", []],
    // A host with one one-letter label, and one named in the page's text, are still read.
    ["dist/webview/index.html", `<script>var relay="a.relay.orders.internal";</script>`, ["a.relay.orders.internal"]],
    ["dist/webview/index.html", "<p>Relay: relay.orders.internal</p>", ["relay.orders.internal"]],
  ];
  assertDecisions(cases);
});

test("decisions on dotted names held under a key's name", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // A local storage entry's name or a cache key, in DNS form: the key something is kept under.
    ["dist/esm/implementation.js", "const LOCAL_KEY = 'orders.local';", []],
    ["src/cache.ts", `const options = { cacheKey: "orders.internal" };`, []],
    // A host under a host's name, or under a name that only contains key, is still read.
    ["dist/esm/implementation.js", "const RELAY_HOST = 'relay.orders.local';", ["relay.orders.local"]],
    ["src/relay.ts", `const relay = { keyServer: "keys.orders.internal" };`, ["keys.orders.internal"]],
  ];
  assertDecisions(cases);
});

test("decisions on media types of the vendor tree listed apart from their `application/`", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["dist/mimes.d.mts", 'type ApplicationMimeType = `application/${"vnd.relay.local" | "vnd.relay.local.html" | "vnd.fabrikam.net"}`;', []],
    // A host whose first label is no media tree's is a host as before.
    ["src/relay.ts", 'const relay = "vend.relay.local";', ["vend.relay.local"]],
  ];
  assertDecisions(cases);
});

test("decisions on a Solidity compiler's source map, whose entries may read as IPv6 addresses", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["build/contracts/Relay.json", '      "deployedSourceMap": "57:1203:3:-;;;;8:9:-1;;2481::7;:27;:29::i;:::-;3120:41;;:10;:43;",', []],
    ["out/Relay.json", '"sourceMap": "1120:80:2:-:0;;;3104::12;;"', []],
    // An address in another member of the same artifact is an address.
    ["build/contracts/Relay.json", '      "relay": "2603:1030:20e::5",', ["2603:1030:20e::5"]],
  ];
  assertDecisions(cases);
});

test("decisions on a link a generated comment's sentence points its reader to", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["dist/index.js", "lines.push(` * Learn more about it here: https://relay.fabrikam.dev/graphql/codegen/relay#bundle-size\\n */\\n`);", []],
    ["dist/index.js", "lines.push(`Read the guide here https://relay.fabrikam.dev/api/v1/guide`);", []],
    // The same URL under a setting, or after a word that is no pointer, is an endpoint.
    ["dist/index.js", "const relay = `https://relay.fabrikam.dev/graphql/codegen`;", ["https://relay.fabrikam.dev/graphql/codegen"]],
  ];
  assertDecisions(cases);
});

test("decisions on a server under the metasyntactic `foo` in a parser's expected responses", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["src/parser-unit.js", "      value: 'Temporary failure. [imap.foo.com:2025-07-29 10:17:47]'", []],
    ["src/client.js", 'const server = "https://api.foobar.net:8443/v1";', []],
    // A label that only starts with the letters is a name.
    ["src/client.js", 'const server = "imap.food.com:993";', ["imap.food.com"]],
  ];
  assertDecisions(cases);
});

test("platform wheels: Clark names, Brotli suffixes, API groups and certificate bundles are no configuration", () => {
  const cases: SingleValueCase[] = [
    // An XML namespace in braces before a local name (ElementTree, lxml); a namespace alone in braces is judged as before.
    ["relay/xml.py", `TAG = '{http://schemas.fabrikam.internal/orders}order'`, []],
    ["relay/xml.py", `ANY = '{http://schemas.fabrikam.internal/orders}*'`, []],
    ["relay/xml.py", `FEED = 'http://schemas.fabrikam.internal/orders'`, ["http://schemas.fabrikam.internal/orders"]],
    // Precompressed files' suffixes; a host under `.br` is still read.
    ["relay/reader.py", `SUFFIXES = [\n    # Brotli-compressed files\n    "json.br",\n    "jsonl.br",\n]`, []],
    ["relay/reader.py", `MIRROR_HOST = "orders.fabrikam.br"`, ["orders.fabrikam.br"]],
    // A custom resource's API group, named by a constant or passed as a keyword argument.
    ["relay/k8s.py", `RELAY_GROUP = "relay.fabrikam.com"`, []],
    ["relay/k8s.py", `api.list_namespaced_custom_object(group="relay.fabrikam.com", version="v1")`, []],
    ["relay/k8s.py", `RELAY_HOST = "relay.fabrikam.com"`, ["relay.fabrikam.com"]],
    // A certificate bundle's text lists its issuers' public CRL addresses.
    ["grpc/_credentials/roots.pem", `            X509v3 CRL Distribution Points:\n                URI:ldap://directory.fabrikam-ca.net/CN=Fabrikam%20Root?certificaterevocationlist`, []],
  ];
  assertDecisions(cases);
});

test("decisions on an icon's path data in a percent-encoded SVG data URI (a design system's stylesheet)", () => {
  const path = "M4.5 2.25a.75.75%200%200%201%20.75.75v1.5a.6.6%200%200%200%20.3.3";
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // `%20` is a blank: its digits run into the next number (`%201.46.8.8`), which is no address.
    ["src/icons.scss", `$icon-relay: url('data:image/svg+xml,%3Csvg%3E%3Cpath%20d%3D%22${path}%201.46.8.8%200%200%200%20.5.5z%22%2F%3E%3C%2Fsvg%3E');`, []],
    // An address in a stylesheet's string is still read.
    ["src/icons.scss", `$relay-host: "10.20.30.40";`, ["10.20.30.40"]],
  ];
  assertDecisions(cases);
});

test("decisions on HL7's canonical URIs in a FHIR definition and on YAML's tag authority", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["lib/definitions/StructureDefinition-orders.json", '{"mapping":[{"identity":"v2","uri":"http://hl7.org/v2","name":"HL7 v2 Mapping"},{"identity":"cda","uri":"http://hl7.org/v3/cda"}]}', []],
    ["lib/psych/parser.rb", "      domain = 'yaml.org,2002'", []],
    // Another organisation's versioned URI under the same key is still an endpoint.
    ["lib/definitions/StructureDefinition-orders.json", '{"mapping":[{"identity":"v2","uri":"http://fhir.fabrikam.net/v2"}]}', ["http://fhir.fabrikam.net/v2"]],
  ];
  assertDecisions(cases);
});

test("decisions on a registered domain named by an environment's word", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["caches/versions.json", '{"sdkVersions":{"12.0.0":{"releaseNoteUrl":"https://dev.to/fabrikam/orders-12-is-out-4kq"}}}', []],
    ["src/links.ts", 'const notes = "https://staging.io/fabrikam/release-notes";', []],
    // The word as a label under a company's domain is an environment still.
    ["src/links.ts", 'const notes = "https://dev.fabrikam.io/orders/release-notes";', ["https://dev.fabrikam.io/orders/release-notes"]],
    ["src/links.ts", 'const notes = "https://orders-staging.fabrikam.io/release-notes";', ["https://orders-staging.fabrikam.io/release-notes"]],
  ];
  assertDecisions(cases);
});

test("decisions on a link an error message offers instead of what it refuses", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["dist/index.js", 'throw new Error(process.env.NODE_ENV === "production" ? formatError(8) : "The object notation is gone; use the builder callback instead: https://relay.fabrikam.dev/api/createRelay");', []],
    // The same URL as a setting's value is an endpoint.
    ["dist/index.js", 'const relayApi = "https://relay.fabrikam.dev/api/createRelay";', ["https://relay.fabrikam.dev/api/createRelay"]],
  ];
  assertDecisions(cases);
});

test("decisions on the `myproxy`, `myserver` and `myhost` of an option's documentation", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["api.json", '{"proxy":{"server":{"comment":"Proxies are supported. The short form `myproxy.com:3128` is read as an HTTP proxy."}}}', []],
    ["src/options.ts", 'const server = "myserver.net:8080";', []],
    // A name that only starts with the letters is a name.
    ["src/options.ts", 'const server = "myhosting.net:8080";', ["myhosting.net"]],
  ];
  assertDecisions(cases);
});

test("decisions on a library's public name in OCaml's dune build files", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["src/relay/dune", " (public_name relay.internal)", []],
    ["dune-project", " (name relay.internal)", []],
    // The same name in the program's code is an endpoint.
    ["src/relay/relay.ml", 'let server = "relay.internal"', ["relay.internal"]],
  ];
  assertDecisions(cases);
});

test("decisions on the monitoring sample: a probe's unknown server, and a list of lists of domains", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["lib/probes/pg.js", "    var dburl = 'jdbc:postgresql://unknown';", []],
    ["lib/probes/pg.js", "    var dburl = 'jdbc:postgresql://pg-orders';", ["jdbc:postgresql://pg-orders"]],
    // Sites with their short links, matched against a referrer; a host in a list of lists is a host.
    ["dist/referrer.js", 'var s=[["fabrikam.com","fbkm.co"],["contoso.com","cnto.so"],["northwind.com"]];', []],
    ["dist/referrer.js", 'var s=[["orders.fabrikam.com"],["billing.fabrikam.com"]];', ["orders.fabrikam.com", "billing.fabrikam.com"]],
  ];
  assertDecisions(cases);
});

test("decisions on a bundle's licence banners kept beside it (`index.umd.js.LICENSE`)", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["dist/index.umd.js.LICENSE", " * http://api.fabrikam.io/category/core/", []],
    ["dist/main.js.LICENCE", " * https://api.fabrikam.io/v1/", []],
    // The same link in the bundle's code is an endpoint.
    ["dist/index.umd.js", 'var base = "http://api.fabrikam.io/category/core/";', ["http://api.fabrikam.io/category/core/"]],
  ];
  assertDecisions(cases);
});

test("decisions on an address inside a string of Markdown help text with a code block", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["dist/tools/get-orders.js", "  description: 'Example request:\\n\\n```console\\ncurl -s https://api.relay.fabrikam.dev/v1/orders\\n```\\n\\nThe response lists the orders.',", []],
    ["src/tools/get-orders.ts", '  description: "Returns the order:\\n\\n```json\\n{\\n  \\"self\\": \\"https://api.relay.fabrikam.dev/v1/orders/42\\"\\n}\\n```",', []],
    // The same URL as the string's whole value, or in a string without a code block, is an endpoint.
    ["src/tools/get-orders.ts", 'const ordersApi = "https://api.relay.fabrikam.dev/v1/orders";', ["https://api.relay.fabrikam.dev/v1/orders"]],
    ["src/tools/get-orders.ts", 'const ordersApi = "https://api.relay.fabrikam.dev/v1/orders\\n";', ["https://api.relay.fabrikam.dev/v1/orders"]],
  ];
  assertDecisions(cases);
});

test("decisions on a URL whose host goes on after a template", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["dist/flush.js", "  dashboardUrl: `https://relay${region === 'eu' ? '-eu' : ''}.fabrikam.ai/billing`,", []],
    ["dist/flush.js", "  dashboardUrl: `https://relay${suffix}.fabrikam.ai`,", []],
    // A whole host and then a templated path is a host; so is a single label with a path after the template.
    ["dist/flush.js", "  ordersUrl: `https://api.relay.fabrikam.ai${path}`,", ["https://api.relay.fabrikam.ai"]],
    ["dist/flush.js", "  ordersUrl: `https://relay-api:8443${path}`,", ["https://relay-api:8443"]],
    ["dist/flush.js", "  const ordersUrl = `https://api.relay.fabrikam.ai${orderKey}.json`;", ["https://api.relay.fabrikam.ai"]],
  ];
  assertDecisions(cases);
});

test("decisions on a domain inside a URN's namespace-specific part", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["dist/invoice.js", "    return 'urn:fdc:fabrikam.eu:2017:billing:01:1.0';", []],
    ["src/ubl.xml", "<cbc:ProfileID>urn:fdc:fabrikam.eu:2017:billing:3.0</cbc:ProfileID>", []],
    // The same domain as a setting's value, even after a URN on its line, is a host.
    ["dist/invoice.js", "    const gateway = 'edi.fabrikam.eu';", ["edi.fabrikam.eu"]],
    ["dist/invoice.js", "    const spec = 'urn:fdc:billing'; const gateway = 'edi.fabrikam.eu';", ["edi.fabrikam.eu"]],
  ];
  assertDecisions(cases);
});

test("decisions on deployment tools: a precompressed file's name (`<name>.json.br`) is no host in Brazil", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // However many labels the name has; a host under `.com.br` stays.
    ["dist/chunks/graph.js", 'var GRAPH_FILE="relay-graph.json.br",INDEX_FILE="relay-index.json";', []],
    ["dist/chunks/graph.js", 'const FEED_HOST = "feeds.fabrikam.com.br";', ["feeds.fabrikam.com.br"]],
  ];
  assertDecisions(cases);
});

test("decisions on deployment tools: an acronym and a lower-case top-level domain as a display name (`RELAY.io`) is a brand", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["dist/index.js", 'function target(e){return{name:"RELAY.io",url:e}}', []],
    // Under a host's setting it is a host.
    ["dist/index.js", 'const target = { host: "RELAY.io" };', ["RELAY.io"]],
  ];
  assertDecisions(cases);
});

test("decisions on deployment tools: a help text's single-label placeholder endpoint (`some-endpoint`, `your-endpoint`)", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["lib/commands/create.js", "  .example(`$0 create hook -e http://some-endpoint/hooks -s secret`, 'Creates a hook');", []],
    ["lib/commands/create.js", "const hooksUrl = 'http://your-endpoint/hooks';", []],
    // A named single-label service stays.
    ["lib/commands/create.js", "const hooksUrl = 'http://orders-endpoint/hooks';", ["http://orders-endpoint/hooks"]],
  ];
  assertDecisions(cases);
});

test("decisions on the later values of a placeholder and on translation keys in a data-i18n attribute", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // Every address a placeholder shows is an example of what to type, not the first alone.
    ["nodes/relay-broker.html", `<input id="node-config-input-brokers" type="text" placeholder="relay1.fabrikam.com:9092,relay2.fabrikam.com:9092">`, []],
    ["public/index.html", `<input type="text" data-field="address" placeholder="relay.local or 10.20.30.40">`, []],
    ["config.schema.json", `{ "host": { "type": "string", "placeholder": "10.20.30.40 or relay.local" } }`, []],
    // A translation key's last word may be a country's domain; it names a message, not a host.
    ["nodes/relay.html", `<label><span data-i18n="relay.label.ca"></span></label>`, []],
    ["nodes/relay.html", `<span data-i18n="[title]relay.label.org;relay.tip.nl"></span>`, []],
    // The same addresses as the value of another attribute or setting are configuration.
    ["nodes/relay.html", `<input type="text" value="relay.fabrikam.com:9092">`, ["relay.fabrikam.com"]],
    ["nodes/relay.html", `<input type="text" data-host="relay.label.ca">`, ["relay.label.ca"]],
    ["config.schema.json", `{ "host": { "type": "string", "default": "10.20.30.40" } }`, ["10.20.30.40"]],
  ];
  assertDecisions(cases);
});

test("decisions on a maker's name that is its web site's", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // A device table names each device's maker; a maker called by its domain is still a company.
    ["dist/devices/relay.js", `    { model: "RLY-4", vendor: "relayworks.dk", description: "Four-way relay" },`, []],
    ["src/devices.ts", `  manufacturer: 'relayworks.ch',`, []],
    // A vendor's endpoint, or a host under a longer name, is configuration.
    ["src/devices.ts", `  vendorHost: 'api.relayworks.ch',`, ["api.relayworks.ch"]],
    ["src/devices.ts", `  vendor_api: 'https://api.relayworks.ch/v2',`, ["https://api.relayworks.ch/v2"]],
  ];
  assertDecisions(cases);
});

test("decisions on a link in a sentence of help text, after a colon or inside the sentence's HTML anchor", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["dist/lib/input.js", "    description: 'Indicates how many times the request is retried if <a href=\"https://crawler.fabrikam.dev/api/basic/interface/Options#handler\">Options.handler</a> fails.',", []],
    ["dist/index.js", "    throw new TypeError('A global document has to be available. Learn more: https://orders.fabrikam.dev/s/screen-global-error');", []],
    // A link that no sentence leads to, and a URL after a colon that ends no words, are endpoints.
    ["dist/lib/input.js", "  const ordersLink = '<a href=\"https://orders.fabrikam.dev/api/v2\">Orders</a>';", ["https://orders.fabrikam.dev/api/v2"]],
    ["dist/index.js", "  const ordersApi = 'Orders: https://orders.fabrikam.dev/api/v2';", ["https://orders.fabrikam.dev/api/v2"]],
  ];
  assertDecisions(cases);
});

test("decisions on a host spelled as a TypeScript string literal type", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    // A union of names, one of them a site's domain (a set of icons), and an object type naming each name itself.
    ["dist/schema.d.ts", "  readonly icon: 'github' | 'fabrikam.com' | 'mastodon';", []],
    ["dist/schema.d.ts", '  type SocialIcon = "fabrikam.com" | "contoso.net";', []],
    ["dist/schema.d.ts", '    "fabrikam.com": "fabrikam.com";', []],
    ["src/icons.mts", "export type Provider = 'github' | 'api.fabrikam.com';", []],
    // A declared constant's value, a member mapping another name to a host, and a shell pipe are addresses.
    ["dist/schema.d.ts", 'export declare const ORDERS_HOST = "orders.fabrikam.com";', ["orders.fabrikam.com"]],
    ["dist/schema.d.ts", '    "orders": "orders.fabrikam.com";', ["orders.fabrikam.com"]],
    ["deploy/check.sh", 'echo "orders.fabrikam.com" | nc -w1 relay 80', ["orders.fabrikam.com"]],
    // A default after `||` is a value.
    ["src/connector.ts", "    this.endpoint = params.endpoint || 'orders.fabrikam.com'", ["orders.fabrikam.com"]],
  ];
  assertDecisions(cases);
});

test("decisions on an image or a video under a versioned path on a CDN", () => {
  const cases: SingleValueCase[] = [
    // [file, line, values expected]
    ["core/templates/welcome.html", '<img src="https://static.fabrikam.org/v4.0.0/images/orb-1.png" />', []],
    ["dev/page/index.html", "  background-image: url(https://images.fabrikamcdn.io/v3/assets/blt01/blt02/5d63/Logo_colour.png);", []],
    ["src/player.js", 'const intro = "https://media.fabrikam.io/v2/videos/intro.mp4";', []],
    // A versioned path to data, or an image an API renders from a query, is an API's.
    ["src/feed.js", 'const feed = "https://feeds.fabrikam.io/v2/orders.json";', ["https://feeds.fabrikam.io/v2/orders.json"]],
    ["src/feed.js", 'const chart = "https://feeds.fabrikam.io/v2/render.png?size=2";', ["https://feeds.fabrikam.io/v2/render.png?size=2"]],
  ];
  assertDecisions(cases);
});
