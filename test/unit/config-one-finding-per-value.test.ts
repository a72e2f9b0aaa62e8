// One setting, one finding: addresses that share one string (`"AllowedHosts": "a;b"`, compose's
// `extra_hosts` entry `host:ip`, a comma-separated list in .env) are one value a move takes whole,
// so they are reported once, spanning the value. A list literal's members stay one finding each:
// each member is its own literal, and a move rewrites one literal.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const configValues = (content: string, filePath: string) =>
  scanText({ content, filePath, options: { includeConfig: true } })
    .filter((finding) => finding.kind === "config")
    .map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));

test("addresses in one string are one finding, spanning the setting's value", () => {
  const cases: [string, string, string[]][] = [
    ["appsettings.Production.json", `{\n  "AllowedHosts": "orders.contoso.com;orders-admin.contoso.com"\n}\n`, ["orders.contoso.com;orders-admin.contoso.com"]],
    ["docker-compose.override.yml", `services:\n  web:\n    extra_hosts:\n      - "erp01.corp.contoso.com:10.30.8.4"\n`, ["erp01.corp.contoso.com:10.30.8.4"]],
    [".env", `CORS_ORIGINS=https://shop.internal.contoso.com,https://admin.internal.contoso.com\n`, ["https://shop.internal.contoso.com,https://admin.internal.contoso.com"]],
    // The last address's port is the value's too.
    ["src/main/resources/application.properties", `spring.kafka.bootstrap-servers=kafka01.corp.contoso.com:9093,kafka02.corp.contoso.com:9093\n`, ["kafka01.corp.contoso.com:9093,kafka02.corp.contoso.com:9093"]],
    ["src/Settings.cs", `var hosts = "db01.corp.contoso.com:5432; db02.corp.contoso.com:5432";\n`, ["db01.corp.contoso.com:5432; db02.corp.contoso.com:5432"]],
  ];
  for (const [filePath, content, values] of cases) assert.deepEqual(configValues(content, filePath), values, filePath);
});

test("a list literal's members, and addresses apart on a line, stay one finding each", () => {
  const cases: [string, string, string[]][] = [
    ["shop/settings.py", `ALLOWED_HOSTS = ["shop.contoso.com", "shop-admin.internal.contoso.com", "localhost"]\n`, ["shop.contoso.com", "shop-admin.internal.contoso.com"]],
    ["src/hosts.ts", `const primary = "db01.corp.contoso.com", replica = "db02.corp.contoso.com";\n`, ["db01.corp.contoso.com", "db02.corp.contoso.com"]],
    ["ops/run.sh", `ssh db01.corp.contoso.com uptime; ssh db02.corp.contoso.com uptime\n`, ["db01.corp.contoso.com", "db02.corp.contoso.com"]],
  ];
  for (const [filePath, content, values] of cases) assert.deepEqual(configValues(content, filePath), values, filePath);
});

test("a YAML flow list's unquoted items are values of their own: not joined at its commas, and its ] is no part of the last", () => {
  const values = (content: string, filePath: string) =>
    scanText({ content, filePath })
      .filter((finding) => finding.kind === "config")
      .map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));
  assert.deepEqual(values(`cors:\n  allowed: [https://a.fabrikam-int.net, https://b.fabrikam-int.net/api]\n  admin: {url: https://admin.fabrikam-int.net}\n`, "deploy/config.yaml"), [
    "https://a.fabrikam-int.net",
    "https://b.fabrikam-int.net/api",
    "https://admin.fabrikam-int.net",
  ]);
  // (One string that lists several is still one value; an IPv6 host keeps its brackets.)
  assert.deepEqual(values(`cors:\n  allowed: "https://a.fabrikam-int.net,https://b.fabrikam-int.net"\n  node: http://[fd00::12]\n`, "deploy/config.yaml"), ["https://a.fabrikam-int.net,https://b.fabrikam-int.net", "http://[fd00::12]"]);
});
