// The JSON schema VS Code validates .secrethygiene-vaults.json with, and the parser, agree: same
// keys, same required keys, the same verdict on valid and broken files. What only the parser can
// know (the user's emulator setting, the file's own environments, shared or production vaults) is
// listed at the end, so a difference is a decision and not an accident.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import Ajv from "ajv";
import {
  APP_CONFIGURATION_KEYS,
  APP_KEYS,
  ENVIRONMENT_DEFINITION_KEYS,
  ENVIRONMENT_RULE_KEYS,
  ENVIRONMENT_TARGET_KEYS,
  VAULT_MAPPING_KEYS,
  VAULT_MAPPING_LIMITS,
  VAULT_MAPPING_TEMPLATE,
} from "../../src/azure";
import { parse, WITH_EMULATOR } from "./vault-mapping-helpers";

const root = path.join(__dirname, "..", "..");
const schema = JSON.parse(readFileSync(path.join(root, "schemas", "secrethygiene-vaults.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const { definitions } = schema;

const KV = "https://orders-dev.vault.azure.net";
const STORE = "https://orders-config.azconfig.io";
const app = (environments: unknown, extra: object = {}) => ({ apps: [{ name: "orders-api", environments, ...extra }] });

/** Errors only: warnings (shared vaults, unknown keys aside) do not make a file invalid. */
function parserRejects(document: unknown): boolean {
  return parse(JSON.stringify(document), WITH_EMULATOR).problems.some((problem) => problem.severity === "error" || problem.code === "schema");
}

test("the schema and the parser know the same keys, and reject others", () => {
  assert.equal(schema.$schema, "http://json-schema.org/draft-07/schema#");
  const pairs: [object, readonly string[]][] = [
    [schema, VAULT_MAPPING_KEYS],
    [definitions.environmentDefinition, ENVIRONMENT_DEFINITION_KEYS],
    [definitions.environmentRule, ENVIRONMENT_RULE_KEYS],
    [definitions.app, APP_KEYS],
    [definitions.environmentTarget, ENVIRONMENT_TARGET_KEYS],
    [definitions.environmentTarget.properties.appConfiguration.oneOf[1], APP_CONFIGURATION_KEYS],
  ];
  for (const [object, keys] of pairs) {
    const described = object as { properties: object; additionalProperties: boolean };
    assert.deepEqual(Object.keys(described.properties).sort(), [...keys].sort());
    assert.equal(described.additionalProperties, false);
  }
});

test("the schema states the parser's limits", () => {
  assert.equal(schema.properties.environmentRules.maxItems, VAULT_MAPPING_LIMITS.environmentRules);
  assert.equal(schema.properties.environments.maxProperties, VAULT_MAPPING_LIMITS.environments);
  assert.equal(definitions.environmentDefinition.properties.aliases.maxItems, VAULT_MAPPING_LIMITS.aliases);
  assert.equal(definitions.environmentRule.properties.pattern.maxLength, VAULT_MAPPING_LIMITS.patternLength);
});

test("the keys the schema requires are the ones the parser requires", () => {
  assert.deepEqual(definitions.app.required, ["name"]);
  assert.ok(parserRejects({ apps: [{ environments: {} }] }) && !validate({ apps: [{ environments: {} }] }));
  assert.ok(!parserRejects({ apps: [{ name: "a" }] }) && validate({ apps: [{ name: "a" }] }));
  assert.deepEqual(definitions.environmentRule.required, ["pattern"]);
  const withoutEnvironment = { environmentRules: [{ pattern: "deploy/blue/**" }] };
  assert.ok(parserRejects(withoutEnvironment) && !validate(withoutEnvironment), "a pattern without {env} needs environment, in both");
  const withEnv = { environmentRules: [{ pattern: "settings.{env}.ini" }] };
  assert.ok(!parserRejects(withEnv) && validate(withEnv));
});

test("valid files pass both; each broken file fails both", () => {
  const valid: unknown[] = [
    {},
    { $schema: "x", defaultEnvironment: "Test", apps: [] },
    { environments: { qa: { aliases: ["quality"], production: false }, production: { aliases: ["live"] }, perf: null } },
    { environmentRules: [{ pattern: "deploy/live/**", environment: "production" }, { pattern: "settings.{env}.ini" }] },
    app({ development: { keyVault: KV, appConfiguration: { endpoint: STORE, label: "dev-blue" } }, prod: { keyVault: "https://orders-prod.vault.azure.cn/" } }, { root: "services/orders" }),
    app({ test: { appConfiguration: STORE }, staging: { appConfiguration: { endpoint: "https://orders-config.azconfig.azure.us", label: null } } }),
    app({ development: { keyVault: "https://127.0.0.1:47311", appConfiguration: "https://localhost:47312" } }),
    app({ development: { keyVault: "https://Orders-Dev.Vault.Azure.Net" } }, { root: "" }),
  ];
  for (const document of valid) {
    assert.ok(validate(document), `schema rejects ${JSON.stringify(document)}: ${JSON.stringify(validate.errors)}`);
    assert.deepEqual(parse(JSON.stringify(document), WITH_EMULATOR).problems, [], JSON.stringify(document));
  }
  assert.deepEqual(parse(VAULT_MAPPING_TEMPLATE).problems, []);

  const broken: unknown[] = [
    { unknown: true },
    { defaultEnvironment: 3 },
    { defaultEnvironment: "blue green" },
    { environments: [] },
    { environments: { "Blue Green": {} } },
    { environments: { qa: { aliases: "quality" } } },
    { environments: { qa: { aliases: ["q a"] } } },
    { environments: { qa: { production: "no" } } },
    { environments: { qa: { owner: "x" } } },
    { environmentRules: {} },
    { environmentRules: [{ pattern: "" }] },
    { environmentRules: [{ pattern: "{env}/{env}.json" }] },
    { environmentRules: [{ pattern: "../x/**", environment: "test" }] },
    { environmentRules: [{ pattern: "x/**", environment: "blue green" }] },
    { environmentRules: [{ pattern: "x/**", environment: "test", flags: "i" }] },
    { environmentRules: [{ pattern: "a/".repeat(101), environment: "test" }] },
    { apps: {} },
    { apps: [{ name: "orders api" }] },
    { apps: [{ name: "-orders" }] },
    { apps: [{ name: "a".repeat(64) }] },
    { apps: [{ name: "a", root: "../x" }] },
    { apps: [{ name: "a", root: "/srv/a" }] },
    { apps: [{ name: "a", root: "C:/a" }] },
    { apps: [{ name: "a", root: "a\\b" }] },
    { apps: [{ name: "a", owner: "x" }] },
    { apps: [{ name: "a", environments: [] }] },
    app({ "blue green": { keyVault: KV } }),
    app({ development: KV }),
    app({ development: {} }),
    app({ development: { keyvault: KV } }),
    app({ development: { keyVault: "http://orders-dev.vault.azure.net" } }),
    app({ development: { keyVault: "https://evil.example.com" } }),
    app({ development: { keyVault: "https://x.vault.azure.net@evil.com" } }),
    app({ development: { keyVault: "https://orders-dev.vault.azure.net/secrets/a" } }),
    app({ development: { keyVault: "https://orders-dev.vault.azure.net?x=1" } }),
    app({ development: { keyVault: "https://evil.vault.azure.net.attacker.com" } }),
    app({ development: { keyVault: "https://o.vault.azure.net" } }),
    app({ development: { keyVault: STORE } }),
    app({ development: { keyVault: "https://20.38.112.4" } }),
    app({ development: { appConfiguration: KV } }),
    app({ development: { appConfiguration: { label: "x" } } }),
    app({ development: { appConfiguration: { endpoint: STORE, label: "" } } }),
    app({ development: { appConfiguration: { endpoint: STORE, label: "a,b" } } }),
    app({ development: { appConfiguration: { endpoint: STORE, label: 3 } } }),
    app({ development: { appConfiguration: { endpoint: STORE, tenant: "x" } } }),
    app({ development: { appConfiguration: 3 } }),
  ];
  for (const document of broken) {
    assert.equal(validate(document), false, `schema accepts ${JSON.stringify(document)}`);
    assert.ok(parserRejects(document), `parser accepts ${JSON.stringify(document)}`);
  }
});

test("what only the parser can know: the schema accepts these, the parser does not", () => {
  const parserOnly: [unknown, string][] = [
    [app({ stagging: { keyVault: KV } }), "environment names: the file can define its own"],
    [{ defaultEnvironment: "sandbox" }, "the same"],
    [{ defaultEnvironment: "production" }, "a production default"],
    [{ environmentRules: [{ pattern: "**/dev/**", environment: "production" }] }, "a production rule over development paths"],
    [{ apps: [{ name: "a" }, { name: "A", root: "x" }] }, "duplicate names"],
    [{ apps: [{ name: "a" }, { name: "b" }] }, "duplicate roots"],
    [{ environments: { production: { production: false } } }, "production stays production"],
    [app({ development: { keyVault: "https://orders-prod.vault.azure.net" }, production: { keyVault: "https://orders-prod.vault.azure.net" } }), "a production vault for development"],
  ];
  for (const [document, why] of parserOnly) {
    assert.ok(validate(document), `${why}: ${JSON.stringify(validate.errors)}`);
    assert.ok(parserRejects(document), why);
  }
  // The user's emulator setting: the schema allows loopback, the parser only with the setting on.
  const loopback = app({ development: { keyVault: "https://127.0.0.1:47311" } });
  assert.ok(validate(loopback));
  assert.ok(parse(JSON.stringify(loopback)).problems.some((problem) => problem.code === "endpoint-refused"));
});
