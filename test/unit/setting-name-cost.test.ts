// The CLI names every finding (withSettingNames), one settingNameFor call each: a file's naming
// must cost about its length, not its length once per finding. Reading Bicep from the start, and
// searching the rest of the text for an Azure host, for every finding made a file with many
// findings take seconds to name (more than its scan).
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText, typePathOf } from "../../src/engine";
import { bicepContextAt } from "../../src/fixes/bicep";
import { withSettingNames } from "../../src/cli/setting-names";
import { seededBytes } from "./seeded-bytes";

/** Keys of no particular value, the same on every run. */
const randomBytes = seededBytes(20261208);

const FINDINGS = 2000;
/** Generous: naming these files took several seconds when each finding read the whole text. */
const BUDGET_MS = 1500;

/** A random account key, generated: no value in this file is a real one. */
const accountKey = () => randomBytes(64).toString("base64");

function timedNames(filePath: string, content: string): { names: (string | undefined)[]; ms: number } {
  const findings = scanText({ content, filePath });
  assert.equal(findings.length, FINDINGS, "every value found");
  const started = performance.now();
  const named = withSettingNames(content, typePathOf(filePath, undefined, content), findings);
  return { names: named.map((finding) => finding.settingName), ms: performance.now() - started };
}

test("naming a Bicep file's many Key Vault secrets reads the file once", () => {
  let content = "param vaultName string\n";
  for (let i = 0; i < FINDINGS; i++) {
    content += `resource s${i} 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {\n  name: '\${vaultName}/orders-${i}'\n  properties: {\n    value: 'DefaultEndpointsProtocol=https;AccountName=orders${i};AccountKey=${accountKey()};EndpointSuffix=core.windows.net'\n  }\n}\n`;
  }
  const { names, ms } = timedNames("infra/many.bicep", content);
  assert.deepEqual(names.slice(0, 2), ["orders-0", "orders-1"]);
  assert.ok(ms < BUDGET_MS, `named in ${Math.round(ms)} ms`);
});

test("naming code's many credentials searches each one's calls for an Azure host, not the rest of the file", () => {
  let content = "";
  for (let i = 0; i < FINDINGS; i++) content += `export const client${i} = createClient({ name: "svc${i}", accountKey: "${accountKey()}", host: "h${i}.contoso.com" });\n`;
  const { names, ms } = timedNames("src/many.ts", content);
  assert.equal(names[0], "accountKey");
  assert.ok(ms < BUDGET_MS, `named in ${Math.round(ms)} ms`);
});

test("Bicep read on from the last offset gives what a read from the start gives", () => {
  const content = [
    "param vaultName string",
    "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {",
    "  name: 'kv-orders'",
    "  resource child 'secrets' = {",
    "    name: 'orders-child'",
    "    properties: { contentType: 'text/plain', value: 'first-value' }",
    "  }",
    "}",
    "resource site 'Microsoft.Web/sites@2023-01-01' = {",
    "  name: 'orders-web'",
    "  properties: {",
    "    siteConfig: {",
    "      appSettings: [",
    "        { name: 'ORDERS_KEY', value: 'second-value' }",
    "      ]",
    "    }",
    "  }",
    "}",
    "resource s 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [for region in regions: {",
    "  name: '${vaultName}/orders-db-password'",
    "  properties: {",
    "    value: 'third-value'",
    "  }",
    "}]",
    "",
  ].join("\n");
  const offsets = ["first-value", "second-value", "third-value"].map((value) => content.indexOf(value));
  // In order, each read goes on from the last; in reverse, each starts again.
  const onwards = offsets.map((offset) => bicepContextAt(content, offset));
  const fresh = [...offsets].reverse().map((offset) => bicepContextAt(content, offset)).reverse();
  assert.deepEqual(onwards, fresh);
  assert.deepEqual(
    onwards.map((context) => context.secretName ?? context.siblingName),
    ["orders-child", "ORDERS_KEY", "orders-db-password"],
  );
});
