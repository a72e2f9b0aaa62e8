// Spring's multi-document application.yml (and .properties with `#---`): a value in a document for
// one profile (`spring.config.activate.on-profile: prod`, Boot 2.3's `spring.profiles: prod`) is that
// environment's. The move stores it under that environment's store and label, not the file's, where
// it would take the place of the default document's value under the same key; a document for several
// profiles (`prod & eu`) is refused. Made-up adatum hosts.
import "../azure/vscode-stub";
import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveTarget } from "../../src/azure";
import { scanText } from "../../src/engine";
import { configMoveRefusal, springDocumentProfile, suggestedConfigurationKey } from "../../src/fixes";
import { preparedForEnvironment, type PreparedDocument } from "../../src/extension/moves/prepare";
import { MoveStopped } from "../../src/extension/moves/move-stopped";
import type { FileTarget, VaultMappings } from "../../src/extension/vault-mappings";
import { file, parse } from "./vault-mapping-helpers";

const APPLICATION_YML = [
  "spring:",
  "  datasource:",
  "    url: jdbc:postgresql://pg-orders-dev.adatum-int.net:5432/orders",
  "orders:",
  "  catalog-url: https://catalog-dev.adatum-int.net",
  "---",
  "spring:",
  "  config:",
  "    activate:",
  "      on-profile: prod",
  "  datasource:",
  "    url: jdbc:postgresql://pg-orders-prod.adatum-int.net:5432/orders",
  "---",
  "spring.profiles: staging",
  "orders:",
  "  catalog-url: https://catalog-stg.adatum-int.net",
  "---",
  "spring:",
  "  config:",
  "    activate:",
  '      on-profile: "prod & eu"',
  "orders:",
  "  catalog-url: https://catalog-eu.adatum-int.net",
  "",
].join("\n");
const PATH = "src/main/resources/application.yml";

const profileAt = (text: string, path: string, needle: string) => springDocumentProfile(text, path, text.indexOf(needle));

test("the document a value is in says its profile: on-profile, spring.profiles, a .properties #--- document; none in the default document", () => {
  assert.equal(profileAt(APPLICATION_YML, PATH, "pg-orders-dev"), undefined);
  assert.deepEqual(profileAt(APPLICATION_YML, PATH, "pg-orders-prod"), { expression: "prod", profile: "prod" });
  assert.deepEqual(profileAt(APPLICATION_YML, PATH, "catalog-stg"), { expression: "staging", profile: "staging" });
  assert.deepEqual(profileAt(APPLICATION_YML, PATH, "catalog-eu"), { expression: "prod & eu" });
  const properties = "orders.catalog-url=https://catalog-dev.adatum-int.net\n#---\nspring.config.activate.on-profile=prod\norders.catalog-url=https://catalog-prod.adatum-int.net\n";
  assert.equal(profileAt(properties, "application.properties", "catalog-dev"), undefined);
  assert.deepEqual(profileAt(properties, "application.properties", "catalog-prod"), { expression: "prod", profile: "prod" });
  // (`spring.profiles.active` chooses profiles; it does not make a document one profile's.)
  assert.equal(profileAt("spring:\n  profiles:\n    active: dev\norders:\n  url: https://orders.adatum-int.net\n", PATH, "orders.adatum"), undefined);
  // Other YAML files have no profiles.
  assert.equal(profileAt(APPLICATION_YML, "deploy/values.yaml", "pg-orders-prod"), undefined);
});

test("a document for several profiles is refused, naming them; one profile's value keeps its property's key", () => {
  const findings = scanText({ content: APPLICATION_YML, filePath: PATH }).filter((finding) => finding.kind === "config");
  const at = (needle: string) => findings.find((finding) => APPLICATION_YML.slice(finding.range.startOffset, finding.range.endOffset).includes(needle))!;
  const place = (needle: string) => ({ text: APPLICATION_YML, filePath: PATH, start: at(needle).range.startOffset, end: at(needle).range.endOffset });
  assert.match(configMoveRefusal(place("catalog-eu")) ?? "", /Spring profiles 'prod & eu'/);
  assert.equal(configMoveRefusal(place("pg-orders-prod")), undefined);
  assert.equal(suggestedConfigurationKey(APPLICATION_YML, PATH, at("pg-orders-prod")), "/application/spring.datasource.url");
});

const STORE = "https://orders-config.azconfig.io";
const mapping = parse(
  file({
    apps: [
      {
        name: "orders",
        root: "",
        environments: {
          development: { appConfiguration: { endpoint: STORE, label: "dev" } },
          production: { appConfiguration: { endpoint: STORE, label: "prod" } },
        },
      },
    ],
  }),
);

function preparedFor(relativePath: string): { mappings: VaultMappings; prepared: PreparedDocument } {
  const target = { folder: {}, mappingUri: {}, mapping, relativePath, resolved: resolveTarget(mapping.mapping, relativePath) } as unknown as FileTarget;
  const mappings = { targetFor: () => Promise.resolve(target) } as unknown as VaultMappings;
  const prepared = {
    document: { uri: {} },
    text: APPLICATION_YML,
    version: 1,
    filePath: relativePath,
    findings: [],
    environment: target.resolved?.environment.environment,
    appConfiguration: target.resolved?.target?.appConfiguration,
    otherConfigurationTargets: [{ environment: "production", appConfiguration: { endpoint: STORE, label: "prod" } }],
  } as unknown as PreparedDocument;
  return { mappings, prepared };
}

test("a profile's document goes to that environment's store and label, and is no other environment's", async () => {
  const { mappings, prepared } = preparedFor(PATH);
  assert.equal(prepared.appConfiguration?.label, "dev", "the path alone gives the default environment");
  const production = await preparedForEnvironment(mappings, prepared, "prod", "The value is in the document for the Spring profile 'prod'");
  assert.equal(production.environment, "production");
  assert.equal(production.appConfiguration?.label, "prod");
  assert.equal(production.otherConfigurationTargets, undefined, "the document is not every environment's");
  assert.equal(production.text, APPLICATION_YML);
});

test("a profile the mapping file has no environment for is refused, naming the profile", async () => {
  const { mappings, prepared } = preparedFor(PATH);
  await assert.rejects(
    preparedForEnvironment(mappings, prepared, "cloud", "The value is in the document for the Spring profile 'cloud'"),
    (error: unknown) => error instanceof MoveStopped && error.outcome === "failed" && /Spring profile 'cloud'.*no environment 'cloud'/.test(error.message),
  );
});

test("on-profile written as a YAML list decides as the scalar does: one profile is that profile's, several stay refused", () => {
  const document = (profile: string) => `orders:\n  url: https://orders-dev.adatum-int.net\n---\nspring:\n  config:\n    activate:\n${profile}\norders:\n  url: https://orders-x.adatum-int.net\n`;
  const at = (profile: string) => profileAt(document(profile), PATH, "orders-x");
  assert.deepEqual(at("      on-profile:\n        - prod"), { expression: "prod", profile: "prod" });
  assert.deepEqual(at("      on-profile:\n      - prod"), { expression: "prod", profile: "prod" }, "a list's dashes may sit at its key's column");
  assert.deepEqual(at("      on-profile: [prod]"), { expression: "prod", profile: "prod" });
  assert.deepEqual(at('      on-profile: ["prod"]'), { expression: "prod", profile: "prod" });
  assert.deepEqual(at("      on-profile: [prod, staging]"), { expression: "prod, staging" });
  assert.deepEqual(at("      on-profile:\n        - prod\n        - staging"), { expression: "prod, staging" });
  // (The default document's value has no profile, and Boot 2.3's spring.profiles reads the same.)
  assert.equal(profileAt(document("      on-profile:\n        - prod"), PATH, "orders-dev"), undefined);
  assert.deepEqual(profileAt("orders:\n  url: a\n---\nspring:\n  profiles:\n    - staging\norders:\n  url: https://orders-x.adatum-int.net\n", PATH, "orders-x"), { expression: "staging", profile: "staging" });
  // A .properties list by index.
  const properties = "orders.url=https://orders-dev.adatum-int.net\n#---\nspring.config.activate.on-profile[0]=prod\norders.url=https://orders-x.adatum-int.net\n";
  assert.deepEqual(profileAt(properties, "application.properties", "orders-x"), { expression: "prod", profile: "prod" });
});
