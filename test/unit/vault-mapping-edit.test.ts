// Editing the mapping file: the new text sets one app's target for one environment, keeps every
// comment and the rest of the formatting, creates the file from nothing, and changes nothing the
// second time.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setEnvironmentTarget, VAULT_MAPPING_TEMPLATE } from "../../src/azure";
import { parse, urls } from "./vault-mapping-helpers";

const COMMENTED = `{
  // Owned by the platform team: ask in #platform before changing vaults.
  "defaultEnvironment": "development",
  "apps": [
    {
      "name": "orders-api", // the public API
      "root": "services/orders",
      "environments": {
        /* prod is the alias the team uses */
        "prod": { "keyVault": "https://orders-prod.vault.azure.net" },
        "development": {
          "keyVault": "https://orders-dev.vault.azure.net",
          "appConfiguration": "https://orders-config.azconfig.io" // label: development
        }
      }
    }
  ]
}
`;

describe("setEnvironmentTarget", () => {
  test("replaces only the value that changes; comments and layout survive", () => {
    const next = setEnvironmentTarget(COMMENTED, { name: "orders-api" }, "development", { keyVault: "https://orders-dev2.vault.azure.net" });
    assert.equal(next, COMMENTED.replace("https://orders-dev.vault.azure.net", "https://orders-dev2.vault.azure.net"));
  });

  test("an environment written as an alias is found by its canonical name, and the alias key is kept", () => {
    const next = setEnvironmentTarget(COMMENTED, { name: "ORDERS-API" }, "production", { appConfiguration: { endpoint: "https://orders-config.azconfig.io", label: "live" } });
    assert.ok(next.includes(`"prod": {`), next);
    assert.ok(!next.includes(`"production"`), next);
    for (const comment of ["// Owned by the platform team", "// the public API", "/* prod is the alias the team uses */", "// label: development"]) assert.ok(next.includes(comment), comment);
    const parsed = parse(next);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(urls(parsed, "orders-api", "production"), {
      keyVault: "https://orders-prod.vault.azure.net",
      appConfiguration: { endpoint: "https://orders-config.azconfig.io", label: "live" },
    });
  });

  test("a new environment and a new app are added; the app's root is written when given", () => {
    let next = setEnvironmentTarget(COMMENTED, { name: "orders-api" }, "staging", { keyVault: "https://orders-stg.vault.azure.net" });
    next = setEnvironmentTarget(next, { name: "billing", root: "./services/billing/" }, "dev", { keyVault: "https://billing-dev.vault.azure.net" });
    const parsed = parse(next);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(urls(parsed, "orders-api", "staging"), { keyVault: "https://orders-stg.vault.azure.net" });
    const billing = parsed.mapping.apps.find((app) => app.name === "billing");
    assert.equal(billing?.root, "services/billing");
    assert.deepEqual([...billing.environments.keys()], ["development"]);
    assert.ok(next.includes(`"development": {\n`), "a new environment is written by its canonical name");
    assert.ok(next.includes("// Owned by the platform team"));
  });

  test("labels: the environment's own name is the plain form; null means no label", () => {
    const plain = setEnvironmentTarget(COMMENTED, { name: "orders-api" }, "development", { appConfiguration: { endpoint: "https://orders-config2.azconfig.io", label: "development" } });
    assert.ok(plain.includes(`"appConfiguration": "https://orders-config2.azconfig.io" // label: development`), plain);
    const none = setEnvironmentTarget(COMMENTED, { name: "orders-api" }, "development", { appConfiguration: { endpoint: "https://orders-config.azconfig.io", label: null } });
    assert.deepEqual(urls(parse(none), "orders-api", "development")?.appConfiguration, { endpoint: "https://orders-config.azconfig.io" });
  });

  test("created from empty text, as the parser reads it back", () => {
    const created = setEnvironmentTarget("", { name: "orders-api", root: "services/orders" }, "prod", { keyVault: "https://orders-prod.vault.azure.net" });
    assert.equal(
      created,
      `{
  "apps": [
    {
      "name": "orders-api",
      "root": "services/orders",
      "environments": {
        "production": {
          "keyVault": "https://orders-prod.vault.azure.net"
        }
      }
    }
  ]
}
`,
    );
    assert.deepEqual(parse(created).problems, []);
    const whole = setEnvironmentTarget("  \n", { name: "site" }, "development", { keyVault: "https://site-dev.vault.azure.net" });
    assert.ok(!whole.includes('"root"'), "no root: the whole folder");
  });

  test("idempotent: the same change twice gives the same text", () => {
    const cases: [string, Parameters<typeof setEnvironmentTarget>[1], string, Parameters<typeof setEnvironmentTarget>[3]][] = [
      [COMMENTED, { name: "orders-api" }, "staging", { keyVault: "https://orders-stg.vault.azure.net", appConfiguration: { endpoint: "https://orders-config.azconfig.io", label: "stg" } }],
      [COMMENTED, { name: "new-app", root: "x" }, "test", { keyVault: "https://new-app-test.vault.azure.net" }],
      [VAULT_MAPPING_TEMPLATE, { name: "my-app" }, "production", { keyVault: "https://my-app-prod.vault.azure.net" }],
      ["", { name: "a" }, "development", { appConfiguration: { endpoint: "https://a-config.azconfig.io" } }],
    ];
    for (const [text, app, environment, target] of cases) {
      const once = setEnvironmentTarget(text, app, environment, target);
      assert.equal(setEnvironmentTarget(once, app, environment, target), once);
    }
    assert.equal(setEnvironmentTarget(VAULT_MAPPING_TEMPLATE, { name: "my-app" }, "production", { keyVault: "https://my-app-prod.vault.azure.net" }), VAULT_MAPPING_TEMPLATE);
  });

  test("nothing to set leaves the text alone; CRLF files stay CRLF", () => {
    assert.equal(setEnvironmentTarget(COMMENTED, { name: "orders-api" }, "test", {}), COMMENTED);
    const crlf = COMMENTED.replace(/\n/g, "\r\n");
    const next = setEnvironmentTarget(crlf, { name: "orders-api" }, "test", { keyVault: "https://orders-test.vault.azure.net" });
    assert.ok(!/[^\r]\n/.test(next), "every line ends with CRLF");
  });

  test("an entry that is not an object is replaced whole", () => {
    const text = `{ "apps": [ { "name": "a", "environments": { "development": "https://a-dev.vault.azure.net" } } ] }`;
    const next = setEnvironmentTarget(text, { name: "a" }, "development", { keyVault: "https://a-dev.vault.azure.net" });
    assert.deepEqual(parse(next).problems, []);
  });

  test("a file it cannot edit safely is refused with a reason", () => {
    assert.throws(() => setEnvironmentTarget(`{ "apps": [ `, { name: "a" }, "development", { keyVault: "https://a-dev.vault.azure.net" }), /is not a valid JSON object: fix the problems it shows/);
    assert.throws(() => setEnvironmentTarget(`[]`, { name: "a" }, "development", { keyVault: "https://a-dev.vault.azure.net" }), /is not a valid JSON object/);
    assert.throws(() => setEnvironmentTarget(`{ "apps": {} }`, { name: "a" }, "development", { keyVault: "https://a-dev.vault.azure.net" }), /"apps" in \.secrethygiene-vaults\.json is not an array/);
  });
});
