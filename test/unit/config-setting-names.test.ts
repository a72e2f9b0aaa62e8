// The App Configuration key (and so the variable) a configuration value named by a generic word
// (`host`, `url`) gets: with the section that says which host it is, as a secret's `password` is
// named with its section. Values are made-up hosts under fabrikam/contoso and private addresses.
import assert from "node:assert/strict";
import { test } from "node:test";
import { configurationKeys as keys } from "./move-plan-helpers";


test("YAML: a generic leaf keeps its whole path, so two services' hosts are two keys; a variables section's names stay", () => {
  const values = `ingress:\n  hosts:\n    - host: orders.fabrikam.com\nconfig:\n  database:\n    host: pg-orders-prod.postgres.database.azure.com\n  redis:\n    host: orders-prod.redis.cache.windows.net\n`;
  assert.deepEqual(keys(values, "deploy/helm/orders/values.yaml"), [
    "ingress:hosts:host INGRESS__HOSTS__HOST",
    "config:database:host CONFIG__DATABASE__HOST",
    "config:redis:host CONFIG__REDIS__HOST",
  ]);
  assert.deepEqual(keys(`services:\n  api:\n    environment:\n      SMTP_HOST: smtp.fabrikam.com\n`, "docker-compose.yml"), ["SMTP_HOST SMTP_HOST"]);
  assert.deepEqual(keys(`env:\n  - name: LDAP_HOST\n    value: ldap.corp.fabrikam.com\n`, "k8s/deployment.yaml"), ["LDAP_HOST LDAP_HOST"]);
});

test("compose: a host inside a connection string is named by the variable that holds the string and its keyword", () => {
  const compose = [
    "services:",
    "  inventory:",
    "    environment:",
    `      ConnectionStrings__Sql: "Server=sql-inventory-dev.database.windows.net;Database=inventory"`,
    "  web:",
    "    environment:",
    "      - ConnectionStrings__Orders=Database=orders;Server=sql-orders-dev.database.windows.net",
    "      - ORDERS_HOST=orders.internal.fabrikam.com",
    "",
  ].join("\n");
  assert.deepEqual(keys(compose, "docker-compose.yml"), [
    "ConnectionStrings:Sql:Server CONNECTIONSTRINGS__SQL__SERVER",
    "ConnectionStrings:Orders:Server CONNECTIONSTRINGS__ORDERS__SERVER",
    "ORDERS_HOST ORDERS_HOST",
  ]);
});

test("code: a generic member is named with its object, or with the variable a call's result goes to", () => {
  const node = `export const redis = createClient({ url: "redis://cache.fabrikam.net:6379" });\nexport const pool = new Pool({ host: "pg-orders.fabrikam.com", port: 5432 });\n`;
  assert.deepEqual(keys(node, "src/config.ts"), ["redis_url REDIS_URL", "pool_host POOL_HOST"]);
  // Django: "default" says nothing; what holds it does.
  const django = `DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "HOST": "pg-orders-prod.postgres.database.azure.com",\n    }\n}\nCACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://10.1.4.20:6379/1"}}\n`;
  assert.deepEqual(keys(django, "orders/settings.py"), ["DATABASES_HOST DATABASES_HOST", "CACHES_LOCATION CACHES_LOCATION"]);
  // (The section in the member's case: a key in one case reads as one name.)
  assert.deepEqual(keys(`REDIS = {"host": "cache.fabrikam.net", "port": 6379}\ndb = {"HOST": "pg-orders.fabrikam.com"}\n`, "settings.py"), ["redis_host REDIS_HOST", "DB_HOST DB_HOST"]);
  // A named argument, in a call assigned to a variable.
  assert.deepEqual(keys(`conn = psycopg.connect(host="pg-orders.fabrikam.com", dbname="orders")\n`, "db.py"), ["conn_host CONN_HOST"]);
  assert.deepEqual(keys(`cache = Redis.new(url: "redis://cache.fabrikam.net:6379")\n`, "cache.rb"), ["cache_url CACHE_URL"]);
  // PHP's arrays hold their members with `=>`.
  assert.deepEqual(keys(`<?php\nreturn ['db' => ['host' => 'pg-orders.fabrikam.com', 'port' => 5432]];\n`, "config/database.php"), ["db_host DB_HOST"]);
  // A call whose result goes nowhere names nothing.
  assert.deepEqual(keys(`export const clients = {\n  orders: connect({ host: "pg-orders.fabrikam.com" }),\n};\n`, "src/db.ts"), ["host HOST_SETTING"]);
  // A variable of its own is already the value's name: no section, even inside a function.
  assert.deepEqual(keys(`function connect() {\n  const host = "pg-orders.fabrikam.com";\n  return host;\n}\n`, "src/db.ts"), ["host HOST_SETTING"]);
  // Names that say which value they are stay as they are.
  assert.deepEqual(keys(`export const config = {\n  statsdHost: "10.0.12.7",\n};\n`, "src/config.ts"), ["statsdHost STATSDHOST"]);
});

test("code: a list's items are named by the list and their index (a list of one by the list), not by the file", () => {
  assert.deepEqual(keys(`ALLOWED_HOSTS = ["orders.fabrikam.com", "orders-admin.fabrikam.com"]\nINTERNAL_IPS = ["10.1.0.5"]\n`, "orders/settings.py"), [
    "ALLOWED_HOSTS:0 ALLOWED_HOSTS__0",
    "ALLOWED_HOSTS:1 ALLOWED_HOSTS__1",
    "INTERNAL_IPS INTERNAL_IPS",
  ]);
  assert.deepEqual(keys(`const kafkaBrokers = ["kafka-1.fabrikam.net:9092", "kafka-2.fabrikam.net:9092"];\n`, "src/config.ts"), ["kafkaBrokers:0 KAFKABROKERS__0", "kafkaBrokers:1 KAFKABROKERS__1"]);
  // One member a line, a comment and a trailing comma among them; an object's list member.
  const django = `CORS_ALLOWED_ORIGINS = [\n    # the portal, then partners\n    "https://portal.fabrikam-int.net",\n    "https://partners.fabrikam-int.net",\n]\n`;
  assert.deepEqual(keys(django, "orders/settings.py"), ["CORS_ALLOWED_ORIGINS:0 CORS_ALLOWED_ORIGINS__0", "CORS_ALLOWED_ORIGINS:1 CORS_ALLOWED_ORIGINS__1"]);
  const express = `app.use(cors({ origin: ["https://portal.fabrikam-int.net", "https://backoffice.fabrikam-int.net"] }));\n`;
  assert.deepEqual(keys(express, "server/index.js"), ["origin:0 ORIGIN__0", "origin:1 ORIGIN__1"]);
  // A value with no name and no list around it is named by its host (below).
  assert.deepEqual(keys("export async function items(sku: string) {\n  return fetch(`https://inventory.fabrikam.com/api/items/${sku}`);\n}\n", "src/client.ts"), ["inventory:Url INVENTORY__URL"]);
});

test("a value nothing names is named by its host and what it is of it, never by the rule that found it", () => {
  const node = [
    `const rates = await fetch("https://api.fabrikam-shipping.com/v3/rates");`,
    `export const bus = new ServiceBusClient("sb-orders-prod.servicebus.windows.net", credential);`,
    `const root = await fetch("https://orders-api.internal.fabrikam.com/");`,
    `const prices = await fetch("http://10.20.4.17:8081/prices");`,
    "",
  ].join("\n");
  assert.deepEqual(keys(node, "src/server.ts"), ["fabrikam-shipping:Url FABRIKAM_SHIPPING__URL", "sb-orders-prod:Host SB_ORDERS_PROD__HOST", "orders-api:BaseUrl ORDERS_API__BASEURL", "server:Url SERVER__URL"]);
  assert.deepEqual(keys(`package main\n\nfunc main() {\n\tconn, _ := grpc.Dial("dns:///routing.fulfilment.svc:50051")\n\t_ = conn\n}\n`, "main.go"), ["routing:Url ROUTING__URL"]);
});

test("C#: a property assigned in a client's lambda is named by the property and the typed or named client", () => {
  const program = [
    `builder.Services.AddHttpClient<InventoryClient>(client =>`,
    `    client.BaseAddress = new Uri("https://inventory-api.internal.fabrikam.com/"));`,
    `builder.Services.AddHttpClient("tax", client =>`,
    `{`,
    `    client.BaseAddress = new Uri("https://tax-gateway.fabrikam.com/api/");`,
    `});`,
    `builder.Services.AddGrpcClient<Routing.RoutingClient>(o => o.Address = new Uri("https://routing.fulfilment.svc.cluster.local:5001"));`,
    `builder.Services.AddStackExchangeRedisCache(options => options.Configuration = "redis-orders.fabrikam.internal");`,
    "",
  ].join("\n");
  assert.deepEqual(keys(program, "Program.cs"), [
    "InventoryClient:BaseAddress INVENTORYCLIENT__BASEADDRESS",
    "tax:BaseAddress TAX__BASEADDRESS",
    "RoutingClient:Address ROUTINGCLIENT__ADDRESS",
    "StackExchangeRedisCache:Configuration STACKEXCHANGEREDISCACHE__CONFIGURATION",
  ]);
  // A field initialised with a target-typed new is named by the field.
  const client = `public sealed class PricingClient\n{\n    private static readonly Uri PricingEndpoint = new("http://10.20.4.17:8081/prices");\n}\n`;
  assert.deepEqual(keys(client, "Clients/PricingClient.cs"), ["PricingEndpoint PRICINGENDPOINT"]);
  // A JavaScript lambda's parameter may hold `$`.
  const script = `app.configure(($cfg) => $cfg.endpoint = "https://search-gateway.fabrikam.com/v2");\n`;
  assert.deepEqual(keys(script, "src/app.js"), ["configure:endpoint CONFIGURE__ENDPOINT"]);
});

test("C#: a client registered with two type arguments, by nameof, or configured down a chain is named by the client, not the lambda's parameters", () => {
  const extensions = [
    `services.AddHttpClient<ITaxClient, TaxClient>((sp, http) =>`,
    `{`,
    `    http.BaseAddress = new Uri("https://tax-gateway.fabrikam.com");`,
    `});`,
    `services.AddHttpClient(nameof(CrmClient), client => client.BaseAddress = new("https://crm-api.fabrikam.com/"));`,
    `services.AddHttpClient<LoyaltyClient>()`,
    `    .ConfigureHttpClient(c => c.BaseAddress = new Uri("https://loyalty-api.fabrikam.com"));`,
    `services.AddHttpClient("ledger")`,
    `    .ConfigureHttpClient((IServiceProvider sp, HttpClient c) => c.BaseAddress = new Uri("https://ledger-api.fabrikam.com"));`,
    "",
  ].join("\n");
  assert.deepEqual(keys(extensions, "Clients/ServiceCollectionExtensions.cs"), [
    "TaxClient:BaseAddress TAXCLIENT__BASEADDRESS",
    "CrmClient:BaseAddress CRMCLIENT__BASEADDRESS",
    "LoyaltyClient:BaseAddress LOYALTYCLIENT__BASEADDRESS",
    "ledger:BaseAddress LEDGER__BASEADDRESS",
  ]);
});

test("a string or comment holding brackets does not change what the value sits in", () => {
  const text = `export const redis = createClient({\n  name: "orders)",\n  // see (docs}\n  url: "redis://cache.fabrikam.net:6379",\n});\n`;
  assert.deepEqual(keys(text, "src/cache.ts"), ["redis_url REDIS_URL"]);
  const python = `# see {docs)\nDATABASES = {\n    "default": {"NAME": """orders}""", "HOST": "pg-orders.fabrikam.com"},\n}\n`;
  assert.deepEqual(keys(python, "settings.py"), ["DATABASES_HOST DATABASES_HOST"]);
});

test("YAML: a flow list's items are numbered as a block list's, so two moves never read one variable; a list of one keeps the list's name", () => {
  const flow = `cors:\n  allowed: [https://a.fabrikam-int.net, https://b.fabrikam-int.net]\n  hosts: ["10.1.2.3", "10.1.2.4"]\n  admin: [https://admin.fabrikam-int.net]\n`;
  assert.deepEqual(keys(flow, "deploy/config.yaml"), [
    "allowed:0 ALLOWED__0",
    "allowed:1 ALLOWED__1",
    "cors:hosts:0 CORS__HOSTS__0",
    "cors:hosts:1 CORS__HOSTS__1",
    "admin ADMIN",
  ]);
  const block = `cors:\n  allowed:\n    - https://a.fabrikam-int.net\n    - https://b.fabrikam-int.net\n`;
  assert.deepEqual(keys(block, "deploy/config.yaml"), ["allowed:0 ALLOWED__0", "allowed:1 ALLOWED__1"]);
  // Spring's property files index them as its binder does.
  assert.deepEqual(keys(flow, "src/main/resources/application.yml"), [
    "/application/cors.allowed[0] CORS_ALLOWED_0",
    "/application/cors.allowed[1] CORS_ALLOWED_1",
    "/application/cors.hosts[0] CORS_HOSTS_0",
    "/application/cors.hosts[1] CORS_HOSTS_1",
    "/application/cors.admin[0] CORS_ADMIN_0",
  ]);
  assert.deepEqual(keys(block, "src/main/resources/application.yml"), ["/application/cors.allowed[0] CORS_ALLOWED_0", "/application/cors.allowed[1] CORS_ALLOWED_1"]);
});
