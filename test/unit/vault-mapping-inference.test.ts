// Which environment a file belongs to: the file's rules, then the built-in file-name conventions,
// then the nearest environment folder, then the default. And the glob matcher the rules use.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { EnvironmentCatalogue, inferEnvironment } from "../../src/azure";
import { globMatches } from "../../src/azure/vault-mapping/glob";
import { file, parse } from "./vault-mapping-helpers";

const builtIn = new EnvironmentCatalogue();

function environmentOf(path: string, catalogue = builtIn, rules: { pattern: string; environment?: string }[] = [], defaultEnvironment = "development") {
  return inferEnvironment(path, catalogue, rules, defaultEnvironment);
}

describe("built-in conventions", () => {
  test("the common stacks' file names", () => {
    const cases: [string, string, string][] = [
      ["src/Api/appsettings.Development.json", "development", "file name appsettings.{env}.json"],
      ["appsettings.Production.json", "production", "file name appsettings.{env}.json"],
      [".env.production", "production", "file name .env.{env}"],
      ["web/.env.staging.local", "staging", "file name .env.{env}.local"],
      [".env.local", "development", "file name .env.{env}"],
      ["charts/orders/values-prod.yaml", "production", "file name values-{env}.yaml"],
      ["charts/orders/values.uat.yml", "staging", "file name values.{env}.yml"],
      ["infra/main.prod.tfvars", "production", "file name *.{env}.tfvars"],
      ["infra/qa.tfvars", "test", "file name {env}.tfvars"],
      ["src/main/resources/application-stg.properties", "staging", "file name application-{env}.properties"],
      ["docker-compose.dev.yml", "development", "file name docker-compose.{env}.yml"],
    ];
    for (const [path, environment, reason] of cases) assert.deepEqual(environmentOf(path), { environment, reason }, path);
  });

  test("a test suite's name (auth.test.ts, test.py) is no test environment; a configuration file's is", () => {
    for (const path of ["src/auth.test.ts", "tests/test.py", "app/settings.test.py", "web/checkout.tests.jsx"]) assert.equal(environmentOf(path).environment, "development", path);
    for (const path of ["config/test.json", "deploy/orders.test.env"]) assert.equal(environmentOf(path).environment, "test", path);
  });

  test("then the nearest folder named after an environment", () => {
    assert.deepEqual(environmentOf("config/staging/app.json"), { environment: "staging", reason: "folder 'staging'" });
    assert.deepEqual(environmentOf("deploy/prod/eu/dev/app.json"), { environment: "development", reason: "folder 'dev'" });
    assert.deepEqual(environmentOf("deploy\\Prod\\app.json"), { environment: "production", reason: "folder 'Prod'" });
    // A file name convention beats the folder.
    assert.equal(environmentOf("dev/appsettings.Production.json").environment, "production");
    // The file name itself is not a folder (its word counts, after the folders: see below).
    assert.deepEqual(environmentOf("src/prod"), { environment: "production", reason: "'prod' in the file name prod" });
  });

  test("then the default environment", () => {
    assert.deepEqual(environmentOf("src/app.ts"), { environment: "development", reason: "no environment in the path: the default environment", byDefault: true });
    assert.equal(environmentOf("config/appsettings.Production.json").byDefault, undefined, "a path that names its environment is that environment's alone");
    assert.equal(environmentOf("src/app.ts", builtIn, [], "test").environment, "test");
    assert.equal(environmentOf("appsettings.json").environment, "development");
    assert.equal(environmentOf("settings.production-like.json").environment, "development");
  });
});

describe("a word of the file name, and doubt where the path names production", () => {
  test("a whole dot-separated word of the file name names its environment, after the conventions and folders", () => {
    const production = [
      "apps/billing/config/production.yml",
      "config/environments/production.rb",
      "application.production.yml",
      "prod.env",
      "secrets.prod.env",
      "config.prod.json",
      "config/settings.PROD.json",
      "environments/prod.yaml",
      "infra/main.prod.bicepparam",
      "infra/azuredeploy.parameters.prod.json",
      "docker-compose.production.override.yml",
      "settings.production.py",
    ];
    for (const path of production) {
      const inferred = environmentOf(path);
      assert.equal(inferred.environment, "production", path);
      assert.equal(inferred.byDefault, undefined, path);
      assert.equal(inferred.doubt, undefined, path);
    }
    assert.deepEqual(environmentOf("config.staging.json"), { environment: "staging", reason: "'staging' in the file name config.staging.json" });
    // A folder is nearer to the conventions than a word of the name: the folder decides.
    assert.equal(environmentOf("prod/notes.dev.json").environment, "production");
  });

  test("a file name that names two environments says nothing", () => {
    const inferred = environmentOf("dev-to-prod/sync.dev.prod.json");
    assert.equal(inferred.environment, "development");
    assert.equal(inferred.byDefault, true);
    assert.match(inferred.doubt ?? "", /sync\.dev\.prod\.json names production \('prod'\), but no convention places the file, so it would go to the default environment, development/);
  });

  test("a production word inside a compound (prod-eus, pre-prod, production-like) decides nothing, but puts the default in doubt", () => {
    for (const path of ["deploy/prod-eus/values.yaml", "settings.production-like.json", "config/non-prod/app.json", ".env.prod-eu"]) {
      const inferred = environmentOf(path);
      assert.equal(inferred.environment, "development", path);
      assert.ok(inferred.doubt, `${path} is in doubt`);
    }
    assert.match(environmentOf("deploy/prod-eus/values.yaml").doubt!, /^prod-eus names production \('prod'\)/);
    // A defined compound stays itself.
    const catalogue = new EnvironmentCatalogue();
    catalogue.define("pre-prod");
    assert.deepEqual(environmentOf("deploy/pre-prod/values.yaml", catalogue), { environment: "pre-prod", reason: "folder 'pre-prod'" });
    assert.deepEqual(environmentOf("values.pre-prod.yaml", catalogue), { environment: "pre-prod", reason: "file name values.{env}.yaml" });
    assert.equal(environmentOf("secrets.pre-prod.json", catalogue).doubt, undefined);
  });

  test("a file that names production in a non-production folder is in doubt; a production folder above a nearer one is not", () => {
    const inferred = environmentOf("config/dev/secrets.prod.env");
    assert.equal(inferred.environment, "development");
    assert.equal(inferred.doubt, "secrets.prod.env names production ('prod'), but folder 'dev' puts the file in development");
    assert.deepEqual(environmentOf("deploy/prod/eu/dev/app.json"), { environment: "development", reason: "folder 'dev'" });
    assert.equal(environmentOf("src/app.ts").doubt, undefined);
    assert.equal(environmentOf("src/products/app.ts").doubt, undefined, "a word that only starts like one is not one");
  });

  test("the file's own rule is the user's word: no doubt", () => {
    const inferred = environmentOf("secrets.prod.env", builtIn, [{ pattern: "secrets.*.env", environment: "staging" }]);
    assert.deepEqual(inferred, { environment: "staging", reason: 'rule "secrets.*.env" in the mapping file' });
  });
});

describe("the file's rules and environments", () => {
  const { mapping } = parse(
    file({
      defaultEnvironment: "test",
      environments: { production: { aliases: ["live"] }, qa: { aliases: ["quality"] }, perf: {} },
      environmentRules: [
        { pattern: "deploy/live/**", environment: "production" },
        { pattern: "settings.{env}.ini" },
        { pattern: "ops/*.cfg", environment: "perf" },
      ],
    }),
  );
  const infer = (path: string) => inferEnvironment(path, mapping.environments, mapping.rules, mapping.defaultEnvironment);

  test("rules come first, in order, and say so", () => {
    assert.deepEqual(infer("deploy/live/app/appsettings.Development.json"), { environment: "production", reason: 'rule "deploy/live/**" in the mapping file' });
    assert.deepEqual(infer("x/settings.quality.ini"), { environment: "qa", reason: 'rule "settings.{env}.ini" in the mapping file' });
    assert.deepEqual(infer("ops/load.cfg"), { environment: "perf", reason: 'rule "ops/*.cfg" in the mapping file' });
    assert.equal(infer("ops/sub/load.cfg").environment, "test", "a pattern with '/' is anchored at the folder of the mapping file");
  });

  test("aliases and new environments work in the built-in conventions and folders", () => {
    assert.equal(infer(".env.live").environment, "production");
    assert.equal(infer("values-qa.yaml").environment, "qa", "qa left test when the file defined it");
    assert.equal(infer("values-testing.yaml").environment, "test");
    assert.equal(infer("config/perf/app.json").environment, "perf");
    assert.equal(infer("deploy/blue/app.json").environment, "test", "the file's default");
  });
});

describe("the environment catalogue", () => {
  test("defining an environment named after another's alias takes the word", () => {
    const catalogue = new EnvironmentCatalogue();
    assert.deepEqual(catalogue.define("qa", ["quality"]), ["qa"]);
    assert.equal(catalogue.canonical("qa"), "qa");
    assert.ok(!catalogue.list().find((environment) => environment.name === "test")!.aliases.includes("qa"));
  });

  test("an environment's own name never becomes another's alias", () => {
    const catalogue = new EnvironmentCatalogue();
    catalogue.define("qa2", ["staging", "checks"]);
    assert.equal(catalogue.canonical("staging"), "staging");
    assert.equal(catalogue.canonical("checks"), "qa2");
  });
});

describe("glob", () => {
  test("*, ?, ** and file-name-only patterns, case-insensitively", () => {
    assert.ok(globMatches("deploy/live/**", "deploy/live/a/b.json"));
    assert.ok(globMatches("deploy/live/**", "./deploy/live/b.json"));
    assert.ok(!globMatches("deploy/live/**", "x/deploy/live/b.json"));
    assert.ok(globMatches("**/dev/**", "a/b/dev/c.json"));
    assert.ok(globMatches("**/dev/**", "dev/c.json"));
    assert.ok(globMatches("*.tfvars", "infra/deep/main.tfvars"));
    assert.ok(globMatches("app?.json", "APP1.JSON"));
    assert.ok(!globMatches("app?.json", "app.json"));
    assert.ok(!globMatches("ops/*.cfg", "ops/a/b.cfg"));
    assert.ok(globMatches("ops/**/secrets-*.json", "ops/a/b/secrets-prod.json"));
    assert.ok(!globMatches("ops/**/secrets-*.json", "ops/a/b/prod-secrets.json"));
  });

  test("stays linear on patterns that make a regular expression backtrack", () => {
    const started = performance.now();
    assert.equal(globMatches(`${"*a".repeat(50)}b`, "a".repeat(5_000)), false);
    assert.equal(globMatches(`${"**/a/".repeat(20)}b`, "a/".repeat(2_000) + "c"), false);
    assert.ok(performance.now() - started < 1_000);
  });
});
