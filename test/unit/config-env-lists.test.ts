// config/named-address: an address in a YAML list of name/value pairs (a Kubernetes container's
// `env`), where the item's `name:` on another line says the value is one. The values are made up.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { planConfigMove, suggestedConfigurationKey } from "../../src/fixes";

const MANIFEST = [
  "spec:",
  "  containers:",
  "    - name: orders",
  "      env:",
  "        - name: SEARCH_URL",
  '          value: "https://search.fabrikam.com"',
  "        - value: redis-orders",
  "          name: REDIS_HOST",
  "        - name: Jwt__Authority",
  "          # the tenant's issuer",
  "          value: https://login.fabrikam.com/orders",
  "        - name: CatalogServer",
  "          value: catalog.fabrikam.net:8443",
  "",
].join("\n");

const named = (content: string, filePath = "deploy/orders.yaml") =>
  scanText({ content, filePath })
    .filter((finding) => finding.ruleId === "config/named-address")
    .map((finding) => ({ line: finding.range.start.line + 1, value: content.slice(finding.range.startOffset, finding.range.endOffset), keyName: finding.keyName }));

test("an env item's value under a name that says address is a configuration value, named by the item", () => {
  assert.deepEqual(named(MANIFEST), [
    { line: 6, value: "https://search.fabrikam.com", keyName: "SEARCH_URL" },
    { line: 7, value: "redis-orders", keyName: "REDIS_HOST" },
    { line: 11, value: "https://login.fabrikam.com/orders", keyName: "Jwt__Authority" },
  ]);
  // A value its own line shows to be an address is the line rule's finding.
  const hostname = scanText({ content: MANIFEST, filePath: "deploy/orders.yaml" }).find((finding) => finding.range.start.line === 12);
  assert.deepEqual([hostname?.ruleId, hostname?.keyName], ["config/hostname", "CatalogServer"]);
});

test("not an address setting's value: other names, links, placeholders, loopback, templates, another item's value, other files", () => {
  const items = (name: string, value: string) => `env:\n  - name: ${name}\n    value: ${value}\n`;
  for (const [name, value] of [
    ["LOG_LEVEL", "https://search.fabrikam.com"],
    ["DOCS_URL", "https://docs.fabrikam.com/orders"],
    ["SEARCH_URL", "https://example.com/search"],
    ["SEARCH_URL", "http://localhost:9200"],
    ["SEARCH_URL", "$(SEARCH_ENDPOINT)"],
    ["SEARCH_URL", '"{{ .Values.searchUrl }}"'],
    ["SEARCH_URL", "search"],
    ["REDIS_HOST", "localhost"],
    ["REDIS_HOST", "your-host"],
    ["REDIS_HOST", "10.0.4.12"],
    ["API_ENDPOINT", "true"],
  ] as const) {
    assert.deepEqual(named(items(name, value)), [], `${name}: ${value}`);
  }
  // The next item's value is not this name's.
  assert.deepEqual(named("env:\n  - name: SEARCH_URL\n    valueFrom: { secretKeyRef: { name: s, key: k } }\n  - name: MODE\n    value: https://search.fabrikam.com\n"), []);
  // Only YAML, and not in tests.
  assert.deepEqual(named(MANIFEST, "deploy/orders.json"), []);
  assert.deepEqual(named(MANIFEST, "test/fixtures/orders.yaml"), []);
});

test("moved to App Configuration under the item's name", () => {
  const content = "env:\n  - name: SEARCH_URL\n    value: https://search.fabrikam.com\n";
  const finding = scanText({ content, filePath: "deploy/orders.yaml" }).find((candidate) => candidate.ruleId === "config/named-address")!;
  const key = suggestedConfigurationKey(content, "deploy/orders.yaml", finding);
  assert.equal(key, "SEARCH_URL");
  const plan = planConfigMove({ endpoint: "https://orders-config.azconfig.io", text: content, filePath: "deploy/orders.yaml", finding, key });
  assert.equal(plan.value, "https://search.fabrikam.com");
});

const APP_SETTINGS_LISTS = [
  "{",
  '  "Cors": {',
  '    "AllowedOrigins": [',
  '      "https://portal.northwindtraders.com",',
  '      "https://admin.northwindtraders.com"',
  "    ],",
  '    "AllowedMethods": [',
  '      "GET",',
  '      "POST"',
  "    ]",
  "  },",
  '  "Telemetry": { "DocsUrls": [', '      "https://docs.northwindtraders.com/telemetry"', "  ] },",
  '  "Identity": {',
  '    "ValidIssuers": [',
  '      "https://login.northwindtraders.com/tenant-a",',
  '      "https://login.northwindtraders.com/tenant-b"',
  "    ]",
  "  }",
  "}",
  "",
].join("\n");

test("a JSON settings file's list written one member a line: each address under a list named for addresses, named by its path", () => {
  assert.deepEqual(named(APP_SETTINGS_LISTS, "src/Api/appsettings.Production.json"), [
    { line: 4, value: "https://portal.northwindtraders.com", keyName: "Cors:AllowedOrigins" },
    { line: 5, value: "https://admin.northwindtraders.com", keyName: "Cors:AllowedOrigins" },
    { line: 17, value: "https://login.northwindtraders.com/tenant-a", keyName: "Identity:ValidIssuers" },
    { line: 18, value: "https://login.northwindtraders.com/tenant-b", keyName: "Identity:ValidIssuers" },
  ]);
  // Any other JSON file's list is data, not a setting the program reads.
  assert.deepEqual(named(APP_SETTINGS_LISTS, "src/Api/cors-origins.json"), []);
  assert.deepEqual(named(APP_SETTINGS_LISTS, "src/Api/appsettings.Production.yaml"), []);
});
