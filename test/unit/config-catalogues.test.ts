import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { CATALOGUE_LEAST_VALUES, CATALOGUE_MOST_LINES_APART, catalogueEntries, type CatalogueCandidate } from "../../src/engine/config-catalogues";

/** `count` values under one name (or none), `step` lines apart from `firstLine`. */
function entries(count: number, keyName: string | undefined, firstLine = 0, step = 1, prefix = "node"): CatalogueCandidate[] {
  return Array.from({ length: count }, (_, i) => ({ line: firstLine + i * step, value: `${prefix}${i}.fabrikam-cloud.com`, keyName }));
}

test("values under one name, or items of a list, make a catalogue once there are enough of them", () => {
  assert.deepEqual([...catalogueEntries(entries(CATALOGUE_LEAST_VALUES, "Value", 0, 4))], [0, 1, 2, 3, 4, 5]);
  assert.equal(catalogueEntries(entries(CATALOGUE_LEAST_VALUES, undefined)).size, CATALOGUE_LEAST_VALUES);
  // One environment's worth fewer is a table of environments: configuration, each of them.
  assert.equal(catalogueEntries(entries(CATALOGUE_LEAST_VALUES - 1, "host")).size, 0);
});

test("a name is its last segment in any case", () => {
  const mixed = entries(CATALOGUE_LEAST_VALUES, "endpoint").map((candidate, i) => ({ ...candidate, keyName: i % 2 ? "regions.Endpoint" : "config:endpoint" }));
  assert.equal(catalogueEntries(mixed).size, CATALOGUE_LEAST_VALUES);
});

test("settings with names of their own are no catalogue, however many", () => {
  const settings = entries(12, undefined).map((candidate, i) => ({ ...candidate, keyName: `service${i}` }));
  assert.equal(catalogueEntries(settings).size, 0);
});

test("the same value again does not count twice", () => {
  const repeated = entries(CATALOGUE_LEAST_VALUES, "host").map((candidate, i) => ({ ...candidate, value: i < 2 ? "one.fabrikam-cloud.com" : candidate.value }));
  assert.equal(catalogueEntries(repeated).size, 0);
});

test("entries further apart than a few lines are separate settings", () => {
  assert.equal(catalogueEntries(entries(CATALOGUE_LEAST_VALUES, "host", 0, CATALOGUE_MOST_LINES_APART + 1)).size, 0);
  assert.equal(catalogueEntries(entries(CATALOGUE_LEAST_VALUES, "host", 0, CATALOGUE_MOST_LINES_APART)).size, CATALOGUE_LEAST_VALUES);
});

test("a catalogue beside settings takes only its own entries", () => {
  const settings = entries(4, undefined, 0, 1, "svc").map((candidate, i) => ({ ...candidate, keyName: `service${i}` }));
  const catalogue = entries(CATALOGUE_LEAST_VALUES, "endpoint", 6);
  const found = catalogueEntries([...settings, ...catalogue]);
  assert.deepEqual([...found].sort((a, b) => a - b), [4, 5, 6, 7, 8, 9]);
});

test("a module of lookups' defaults is settings, each named by what it reads; a table of hosts stays a catalogue", () => {
  const services = ["orders", "billing", "catalog", "ledger", "search", "payments"];
  const modules: Record<string, string> = {
    "src/config.ts": services.map((s) => `export const ${s}Url = process.env.${s.toUpperCase()}_URL ?? "https://${s}.fabrikam-int.net";`).join("\n"),
    "app/settings.py": services.map((s) => `${s.toUpperCase()}_URL = os.getenv("${s.toUpperCase()}_URL", "https://${s}.fabrikam-int.net")`).join("\n"),
    "Program.cs": services.map((s) => `var ${s} = builder.Configuration["${s[0]!.toUpperCase()}${s.slice(1)}:Url"] ?? "https://${s}.fabrikam-int.net";`).join("\n"),
  };
  for (const [filePath, content] of Object.entries(modules)) {
    const found = scanText({ content, filePath });
    assert.equal(found.length, services.length, filePath);
    assert.ok(found.every((finding) => finding.keyName !== undefined && /orders|billing|catalog|ledger|search|payments/i.test(finding.keyName)), filePath);
  }
  // Defaults whose read no pattern names (a section's member, a typed GetValue, a `??` on the next line) are settings too.
  const program = [
    `var search = builder.Configuration.GetValue<string>("Search:Url") ?? "https://search.fabrikam-int.net";`,
    `var shipping = builder.Configuration.GetSection("Shipping")["Url"] ?? "https://shipping.fabrikam-int.net";`,
    `var redis = builder.Configuration.GetConnectionString("Redis") ?? "redis-orders.fabrikam-int.net";`,
    `var fx = builder.Configuration["Fx:Url"]`,
    `    ?? "https://fx.fabrikam-int.net";`,
    `var audit = Settings.Read("audit") || "https://audit.fabrikam-int.net";`,
    `var ledger = Lookup("ledger") ?? @"https://ledger.fabrikam-int.net";`,
  ].join("\n");
  assert.equal(scanText({ content: program, filePath: "Api/Program.cs" }).length, 6);
  const table = `export const REGIONS = [\n${services.map((s, i) => `  { name: "r${i}", host: "s3.region${i}.fabrikam-cloud.com" },`).join("\n")}\n];\n`;
  assert.equal(scanText({ content: table, filePath: "src/regions.ts" }).length, 0);
});
