// A list written one member a line (as Prettier and every JSON formatter write a long one): its
// members' lines do not show the list's name, yet the name decides as it does for a list written
// on one line. Type packages and links for people are not configuration values either way.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const configValues = (content: string, filePath: string) =>
  scanText({ content, filePath })
    .filter((finding) => finding.kind === "config")
    .map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));

test("tsconfig's type packages over several lines are no configuration values, as on one line", () => {
  const tsconfig = JSON.stringify({ compilerOptions: { strict: true, types: ["node", "datatables.net", "fabrikam-orders.net"] } }, null, 2);
  assert.deepEqual(configValues(tsconfig, "tsconfig.json"), []);
  const typesMap = JSON.stringify({ typesMap: { Sockets: { match: "socket\\.io\\.js$", types: ["node", "socketcluster.io"] } } }, null, 2);
  assert.deepEqual(configValues(typesMap, "typesMap.json"), []);
  const yaml = "compilerOptions:\n  types:\n    - node\n    - datatables.net\n";
  assert.deepEqual(configValues(yaml, "config.yaml"), []);
});

test("a list named for endpoints over several lines still gives its addresses; a namespace under a service's zone too", () => {
  const settings = JSON.stringify({ Downstream: { Endpoints: ["https://orders.internal.fabrikam.com/api"] }, ServiceBus: { namespace: ["orders-prod.servicebus.windows.net"] } }, null, 2);
  assert.deepEqual(configValues(settings, "settings.json"), ["https://orders.internal.fabrikam.com/api", "orders-prod.servicebus.windows.net"]);
});

test("monitoring packages: a domain listed beside its own wildcard is a pattern to match, on one line or over several; a domain or host alone is still reported", () => {
  const services = [
    "const services = [",
    "  {",
    '    name: "Fabrikam",',
    "    domains: [",
    '      "fabrikam.com",',
    '      "*.fabrikam.com",',
    '      "fabrikam-cdn.net",',
    '      "*.fabrikam-cdn.net"',
    "    ],",
    "  },",
    "];",
    "const matchers = ['*.contoso.org', 'contoso.org'];",
  ].join("\n");
  assert.deepEqual(configValues(`${services}\n`, "dist/services.js"), []);
  // A domain whose wildcard stands elsewhere, or a host beside its own wildcard, is an address as before.
  const apart = ['const primary = "fabrikam.com";', "const other = 1;", 'const pattern = "*.fabrikam.com";'].join("\n");
  assert.deepEqual(configValues(`${apart}\n`, "src/hosts.js"), ["fabrikam.com"]);
  assert.deepEqual(configValues('const hosts = ["orders.fabrikam.com", "*.orders.fabrikam.com"];\n', "src/hosts.js"), ["orders.fabrikam.com"]);
});
