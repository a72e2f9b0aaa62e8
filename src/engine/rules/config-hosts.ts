import { DomainSet } from "./domain-set";

/**
 * Which host names are configuration: a customer's Azure resources and internal names, not
 * public services, documentation hosts or names that only look like hosts.
 */

/** Names that always mean "this machine" or a fixed local endpoint, the same in every environment. */
const LOCAL_HOST_NAMES = new Set([
  "localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", "host.docker.internal", "gateway.docker.internal",
  "kubernetes.docker.internal", "host.containers.internal", "kubernetes.default", "kubernetes.default.svc",
  "kubernetes.default.svc.cluster.local", "metadata.google.internal",
]);

/** RFC 2606 and RFC 6761: names reserved for documentation and testing, never real hosts. */
const RESERVED_TOP_LEVEL = new Set(["example", "test", "invalid", "localhost"]);
const RESERVED_DOMAINS = ["example.com", "example.net", "example.org"];

/**
 * Public hosts that appear in code as references, not as configuration: standards and schema
 * namespaces, licences, source hosting, package registries, CDNs, and the sign-in and management
 * endpoints that are the same for every tenant. A host matches an entry or any name under it.
 * Kept short on purpose: a host missing here is reported at information level, which is cheap.
 */
const PUBLIC_REFERENCE_DOMAINS = [
  // Standards, schemas, licences
  "w3.org", "json-schema.org", "schema.org", "xmlsoap.org", "openxmlformats.org", "purl.org", "ietf.org", "iana.org",
  "rfc-editor.org", "oasis-open.org", "openid.net", "unicode.org", "whatwg.org", "ecma-international.org", "spdx.org",
  "opensource.org", "apache.org", "gnu.org", "creativecommons.org", "mozilla.org", "wikipedia.org", "apple.com",
  // HL7's canonical URIs name code systems and mappings (`"uri": "http://hl7.org/v3"` in a FHIR
  // StructureDefinition), and YAML's tag authority (`tag:yaml.org,2002:str`): identifiers, never fetched
  "hl7.org", "yaml.org",
  // OpenAPI's schema ids (`http://swagger.io/v2/schema.json#`, `https://spec.openapis.org/oas/3.1/schema/…`)
  // and Swagger's public Petstore, the specification's example API
  "swagger.io", "openapis.org",
  // Source hosting, package registries, container registries
  "github.com", "githubusercontent.com", "github.io", "gitlab.com", "bitbucket.org", "npmjs.org", "npmjs.com", "yarnpkg.com",
  "nuget.org", "pypi.org", "pythonhosted.org", "maven.org", "gradle.org", "rubygems.org", "crates.io", "golang.org",
  "docker.com", "docker.io", "ghcr.io", "k8s.io", "kubernetes.io", "stackoverflow.com",
  // Languages and frameworks, CDNs and fonts
  "nodejs.org", "python.org", "typescriptlang.org", "readthedocs.io", "readthedocs.org", "eclipse.org", "springframework.org",
  "googleapis.com", "gstatic.com", "google.com", "googleusercontent.com", "jsdelivr.net", "unpkg.com", "cdnjs.cloudflare.com", "bootstrapcdn.com",
  "letsencrypt.org",
  // Microsoft's own sites (documentation, schemas, Graph, the container registry) and the
  // sign-in and management endpoints shared by every tenant
  "microsoft.com", "aka.ms", "microsoftonline.com", "microsoftonline.us", "login.windows.net", "sts.windows.net", "graph.windows.net",
  "login.chinacloudapi.cn", "management.azure.com", "management.core.windows.net", "management.chinacloudapi.cn",
  "management.usgovcloudapi.net", "portal.azure.com", "azure.microsoft.com", "dev.azure.com", "marketplace.visualstudio.com",
  "code.visualstudio.com",
  // The sign-in endpoints of the other clouds (Germany's, the US government's alias, the
  // sovereign clouds of France, Germany and Singapore) and of Microsoft's pre-production one,
  // which MSAL's authority tables list: the same for every tenant there too
  "login.microsoftonline.de", "login.usgovcloudapi.net", "login.sovcloud-identity.fr", "login.sovcloud-identity.de",
  "login.sovcloud-identity.sg", "login.windows-ppe.net", "sts.windows-ppe.net", "login.microsoft-ppe.com",
  // Webhook hosts: the same for every customer (the secret is in the path, found by the secret rules)
  "slack.com", "office.com",
  // Developer tools' public endpoints, the same for everyone who uses the tool: Postman's OAuth
  // callback (`https://oauth.pstmn.io/v1/callback`) and echo service, OAuth and token debuggers
  "pstmn.io", "getpostman.com", "postman.com", "postman-echo.com", "oauthdebugger.com", "oidcdebugger.com", "jwt.io", "jwt.ms",
  "httpbin.org",
  // Vendors' public APIs, the same domain for every customer and environment (the key says whose
  // account), as API clients and SDK calls write them
  "openai.com", "anthropic.com", "stripe.com", "sendgrid.com", "twilio.com", "mailgun.net", "discord.com", "discordapp.com",
  "microsofttranslator.com", "telegram.org", "plot.ly",
  // Datadog's sites (`site: 'datadoghq.eu'`, `us5.datadoghq.com`) and their intake and API hosts:
  // the region the account lives in, the same for each of its environments
  "datadoghq.com", "datadoghq.eu", "ddog-gov.com",
  // Technology names spelled like domains
  "asp.net", "ado.net", "vb.net", "dot.net", "socket.io", "engine.io",
];

/**
 * Azure DNS zones and service names under which the first labels name one customer's resource
 * (`contoso-sql.database.windows.net`, `contosoorders.blob.core.windows.net`). A name under one of
 * these is an environment-specific endpoint; the zone itself (`core.windows.net` as
 * `EndpointSuffix`) or a service-wide name (`appconfig.azure.com`, the App Configuration token
 * audience) is a constant of the cloud, not configuration.
 */
const AZURE_ZONES = [
  "windows.net", "core.windows.net", "blob.core.windows.net", "queue.core.windows.net", "table.core.windows.net",
  "file.core.windows.net", "dfs.core.windows.net", "web.core.windows.net", "database.windows.net", "servicebus.windows.net",
  "cache.windows.net", "redis.cache.windows.net", "search.windows.net", "kusto.windows.net",
  "azure.net", "vault.azure.net", "vaultcore.azure.net", "managedhsm.azure.net", "eventgrid.azure.net", "redis.azure.net",
  "cache.azure.net", "redisenterprise.cache.azure.net",
  "azure.com", "appconfig.azure.com", "appconfig.azure.us", "appconfig.azure.cn", "documents.azure.com", "cosmos.azure.com",
  "mongo.cosmos.azure.com", "database.azure.com", "postgres.database.azure.com", "mysql.database.azure.com", "openai.azure.com", "cognitiveservices.azure.com",
  "cloudapp.azure.com", "webpubsub.azure.com", "communication.azure.com",
  "azurewebsites.net", "scm.azurewebsites.net", "azurestaticapps.net", "azure-api.net", "azure-devices.net",
  "azure-devices-provisioning.net", "azurefd.net", "azureedge.net", "trafficmanager.net", "cloudapp.net", "signalr.net",
  "service.signalr.net", "azuredatabricks.net", "azurehdinsight.net", "azuresynapse.net", "azurehealthcareapis.com",
  "azurecr.io", "azconfig.io", "azmk8s.io", "azurecontainerapps.io", "azurecontainer.io",
  // Azure AD B2C and Entra External ID tenants sign users in at <tenant>.b2clogin.com, <tenant>.ciamlogin.com
  "b2clogin.com", "ciamlogin.com", "b2clogin.cn", "b2clogin.us", "b2clogin.de",
  // Data Lake Storage Gen1 and Analytics accounts, Azure File Sync services, confidential ledgers
  "azuredatalakestore.net", "azuredatalakeanalytics.net", "afs.azure.net", "afs.azure.us", "confidential-ledger.azure.com",
  // Sovereign clouds
  "chinacloudapi.cn", "core.chinacloudapi.cn", "database.chinacloudapi.cn", "servicebus.chinacloudapi.cn", "chinacloudsites.cn",
  "azure.cn", "vault.azure.cn", "usgovcloudapi.net", "core.usgovcloudapi.net", "database.usgovcloudapi.net",
  "servicebus.usgovcloudapi.net", "vault.usgovcloudapi.net", "azure.us", "azurewebsites.us", "azurecr.us", "cloudapi.de",
  "core.cloudapi.de", "documents.azure.cn",
  // Their storage services' suffixes, as `blob.core.windows.net` is the public cloud's (an SDK's
  // `urlslug = "blob.core.usgovcloudapi.net"`): an account is the label before one
  "blob.core.usgovcloudapi.net", "queue.core.usgovcloudapi.net", "table.core.usgovcloudapi.net", "file.core.usgovcloudapi.net",
  "dfs.core.usgovcloudapi.net", "web.core.usgovcloudapi.net", "blob.core.chinacloudapi.cn", "queue.core.chinacloudapi.cn",
  "table.core.chinacloudapi.cn", "file.core.chinacloudapi.cn", "dfs.core.chinacloudapi.cn", "web.core.chinacloudapi.cn", "documents.azure.us", "cosmos.azure.cn", "cosmos.azure.us", "search.azure.cn",
  "search.azure.us", "cognitiveservices.azure.cn", "cognitiveservices.azure.us", "openai.azure.us", "azconfig.azure.cn",
  "azconfig.azure.us", "azurecr.cn",
];
const AZURE_ZONE_SET = new Set(AZURE_ZONES);

/**
 * Azure names that are the same for every customer of a cloud, under the zones above where a first
 * label would otherwise be taken for a customer's resource: the resources tokens are asked for
 * (`https://storage.azure.com/.default`, `https://ossrdbms-aad.database.windows.net/.default` for
 * Entra sign-in to PostgreSQL and MySQL) and service-wide APIs (Log Analytics, Application
 * Insights). Every environment asks for the same ones, so there is nothing to configure. Exact
 * names only: a name under one is regional or a customer's (`westeurope-5.in.applicationinsights.azure.com`,
 * `orders-dce.westeurope-1.ingest.monitor.azure.com`), which is configuration.
 */
const AZURE_CLOUD_WIDE_NAMES = new Set([
  "storage.azure.com", "servicebus.azure.net", "eventhubs.azure.net", "redis.azure.com", "search.azure.com", "monitor.azure.com",
  "ml.azure.com", "gallery.azure.com", "digitaltwins.azure.net", "iothubs.azure.net", "purview.azure.net", "attest.azure.net",
  "datalake.azure.net", "rest.media.azure.net", "batch.core.windows.net", "analysis.windows.net", "kusto.kusto.windows.net",
  "ossrdbms-aad.database.windows.net", "ossrdbms-aad.database.usgovcloudapi.net", "ossrdbms-aad.database.chinacloudapi.cn",
  "batch.core.usgovcloudapi.net", "batch.chinacloudapi.cn", "dev.azuresynapse.net", "sql.azuresynapse.net",
  "api.loganalytics.io", "api.applicationinsights.io", "api.loganalytics.azure.com", "ade.loganalytics.io",
  "ade.applicationinsights.io", "adx.monitor.azure.com", "dc.applicationinsights.azure.com", "dc.applicationinsights.azure.cn",
  "dc.applicationinsights.us", "identity.confidential-ledger.core.azure.com", "downloads.bicep.azure.com",
  // The same in the sovereign clouds
  "management.core.usgovcloudapi.net", "management.core.chinacloudapi.cn", "gallery.usgovcloudapi.net", "gallery.chinacloudapi.cn",
  "rest.media.usgovcloudapi.net", "rest.media.chinacloudapi.cn", "graph.chinacloudapi.cn", "microsoftgraph.chinacloudapi.cn",
  "graph.microsoft.us", "portal.azure.us", "portal.azure.cn", "dev.azuresynapse.usgovcloudapi.net", "dev.azuresynapse.azure.cn",
  "api.loganalytics.us", "api.applicationinsights.us", "api.loganalytics.azure.cn", "api.applicationinsights.azure.cn",
  "login.partner.microsoftonline.cn", "management.core.cloudapi.de", "rest.media.cloudapi.de", "ossrdbms-aad.database.cloudapi.de",
  // Endpoints Microsoft's SDKs and samples write for every customer: Application Insights' browser
  // SDK's CDN and its classic ingestion endpoint, the Bot Framework's token and API hosts and the
  // Teams connector's service URL, IoT Hub Device Provisioning's global endpoint, the Power BI REST API,
  // and the resource Communication Services' Teams users ask tokens for (`…/Teams.ManageCalls`).
  "auth.msft.communication.azure.com", "js.monitor.azure.com", "dc.services.visualstudio.com", "api.botframework.com", "token.botframework.com",
  "login.botframework.com", "directline.botframework.com", "smba.trafficmanager.net", "global.azure-devices-provisioning.net",
  "api.powerbi.com",
]);

/**
 * Public mail providers' domains, exactly (`smtp.gmail.com` is a server and stays): code holds
 * them to sort addresses (free-mail checks, sign-up rules), and they are the same everywhere.
 */
const PUBLIC_MAIL_DOMAINS = new Set([
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "hotmail.de", "live.com", "msn.com",
  "yahoo.com", "yahoo.co.uk", "yahoo.co.jp", "yahoo.fr", "yahoo.de", "ymail.com", "aol.com", "icloud.com", "me.com", "mac.com",
  "protonmail.com", "proton.me", "pm.me", "gmx.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "mail.com", "mail.ru",
  "yandex.com", "yandex.ru", "qq.com", "163.com", "126.com", "sina.com", "zoho.com", "fastmail.com", "tutanota.com", "hey.com",
  "orange.fr", "free.fr", "laposte.net", "libero.it", "naver.com", "daum.net", "rediffmail.com", "comcast.net", "verizon.net",
  "att.net", "btinternet.com", "mailinator.com",
]);

/**
 * An AWS service's own endpoint, the same for every account: `sts.amazonaws.com`,
 * `access-analyzer-fips.ca-central-1.amazonaws.com`, `s3.dualstack.eu-west-1.amazonaws.com` (as
 * the SDKs' endpoint tables list them). An account's resources have more labels in front
 * (`orders.s3.eu-west-1.amazonaws.com`, `a1b2c3.execute-api.…`, `db.x1y2.eu-west-1.rds.…`) and stay.
 */
const AWS_SERVICE_ENDPOINT = /^[a-z0-9-]{1,63}(?:\.(?:dualstack|fips))?(?:\.[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]{3,12}-\d)?\.amazonaws\.com(?:\.cn)?$/;

/** Top-level labels that only exist inside private networks. */
export const INTERNAL_SUFFIXES = ["local", "internal", "corp", "lan", "intranet", "localdomain", "svc", "consul", "home.arpa"];

/**
 * Public top-level domains a bare host name must end with to be reported. A short list of the
 * domains service hosts use, leaving out those that collide with code: file extensions (`.py`,
 * `.sh`, `.md`, `.rs`, `.pl`, `.so`, `.cc`, `.in`, `.tf`, `.mk`), members and properties
 * (`.app`, `.dev`, `.name`, `.info` as in `logger.info`, `.at`, `.it`, `.is`, `.no`, `.ms` as in
 * `timeout.ms`). URLs are not limited to these: their scheme already says they are addresses.
 */
export const HOST_NAME_TLDS = [
  "com", "net", "org", "io", "biz", "cloud", "gov", "edu", "mil",
  "us", "uk", "eu", "de", "fr", "nl", "ch", "se", "dk", "fi", "ie", "es", "pt", "ca", "au", "nz", "jp", "cn", "br", "sg",
  "hk", "kr", "tw", "za", "mx", "ru",
];

/** First labels of reversed domain names: Java and Android packages (`org.apache.commons.net`). */
export const PACKAGE_ROOTS = new Set(["com", "org", "net", "io", "edu", "gov", "java", "javax", "jakarta", "android", "androidx", "kotlin", "scala", "sun"]);

function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function topLevelLabel(host: string): string {
  return host.slice(host.lastIndexOf(".") + 1);
}

/**
 * The top-level labels a bare host name is reported under: the public ones of HOST_NAME_TLDS and
 * the private networks'. Longest first, as the host rule's alternation needs them.
 */
export const HOST_TLDS = [...HOST_NAME_TLDS, ...INTERNAL_SUFFIXES.map((suffix) => topLevelLabel(suffix))].sort((a, b) => b.length - a.length);

const INTERNAL_SUFFIX_SET = new DomainSet(INTERNAL_SUFFIXES);
const AZURE_ZONE_DOMAINS = new DomainSet(AZURE_ZONES);
const RESERVED_DOMAIN_SET = new DomainSet(RESERVED_DOMAINS);
const PUBLIC_REFERENCE_DOMAIN_SET = new DomainSet(PUBLIC_REFERENCE_DOMAINS);

export function hasInternalSuffix(host: string): boolean {
  return INTERNAL_SUFFIX_SET.covers(host);
}

/**
 * The zones above that Microsoft names its own hosts in, one label down (`status.azure.com`,
 * `login.windows.net`, `shell.azure.com`); customers' resources sit under a service's zone.
 */
const AZURE_ROOT_ZONES = new Set([
  "azure.com", "azure.net", "windows.net", "core.windows.net", "azure.us", "azure.cn", "chinacloudapi.cn", "core.chinacloudapi.cn",
  "usgovcloudapi.net", "core.usgovcloudapi.net", "cloudapi.de", "core.cloudapi.de",
]);

export function isAzureResourceHost(host: string): boolean {
  return AZURE_ZONE_DOMAINS.isParentOf(host) && !AZURE_ROOT_ZONES.has(host.slice(host.indexOf(".") + 1));
}

/**
 * An App Configuration store's own endpoint (`appcs-orders-prod.azconfig.io`) is where the
 * application reads its configuration from: moved into the store, it could no longer find the
 * store at start-up. It is set where the application is hosted (an app setting, an environment
 * variable, a Helm value per environment), so it is no value to report as one to move there.
 */
const APP_CONFIGURATION_ZONES = new DomainSet(["azconfig.io", "azconfig.azure.cn", "azconfig.azure.us"]);

/**
 * A regional endpoint of the AI services under `microsoft.com` (`westeurope.api.cognitive.microsoft.com`,
 * `eastus.stt.speech.microsoft.com`): the region is the deployment's choice, and may differ between
 * environments, unlike the rest of Microsoft's hosts there.
 */
const REGIONAL_AI_SERVICES_ENDPOINT = /^[a-z0-9-]{2,40}\.(?:api\.cognitive|stt\.speech|tts\.speech)\.microsoft\.com$/;

/**
 * A PEAR channel, a PHP package registry, by the name the convention gives it: `pear.` or `pecl.`
 * before its owner's domain (`pear.php.net`, `pecl.php.net`, a framework's own `pear.<domain>`).
 * Code names one to ask PEAR's registry for a package (`getPackage('Orders', 'pear.…')`, a
 * setting's channel layer), which is the same everywhere. A private network's name stays: that
 * could be any machine's.
 */
const PEAR_CHANNEL = /^pe(?:ar|cl)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

function isPearChannel(host: string): boolean {
  return PEAR_CHANNEL.test(host) && !hasInternalSuffix(host);
}

/** A cloud zone on its own: `core.windows.net`, or a private DNS zone like `privatelink.blob.core.windows.net`. */
function isBareCloudZone(host: string): boolean {
  return AZURE_ZONE_SET.has(host.startsWith("privatelink.") ? host.slice("privatelink.".length) : host);
}

/**
 * True for a host name (lower case, any top-level domain) that could be configuration: not local,
 * not reserved for documentation, not a public reference, not a bare cloud zone or mail domain.
 */
export function isConfigurableHostName(host: string): boolean {
  if (LOCAL_HOST_NAMES.has(host) || host.endsWith(".localhost")) return false;
  if (RESERVED_TOP_LEVEL.has(topLevelLabel(host)) || RESERVED_DOMAIN_SET.covers(host)) return false;
  if (PUBLIC_REFERENCE_DOMAIN_SET.covers(host) && !REGIONAL_AI_SERVICES_ENDPOINT.test(host)) return false;
  if (isBareCloudZone(host) || AZURE_CLOUD_WIDE_NAMES.has(host) || PUBLIC_MAIL_DOMAINS.has(host)) return false;
  if (APP_CONFIGURATION_ZONES.covers(host)) return false;
  if (AWS_SERVICE_ENDPOINT.test(host)) return false;
  if (isPearChannel(host)) return false;
  // Reverse-DNS zones (in-addr.arpa) are DNS plumbing; home.arpa is the one private-network suffix.
  if (topLevelLabel(host) === "arpa" && !isUnder(host, "home.arpa")) return false;
  return host.split(".").every((label) => label.length > 0 && !label.startsWith("-") && !label.endsWith("-"));
}
