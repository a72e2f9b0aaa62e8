// The guards: one vault for two environments (shared-vault), and every way the file could let a
// development path reach a production vault (production-vault-reachable), rule by rule as guards.ts
// states them. All names are made up.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { EnvironmentCatalogue, resolveTarget } from "../../src/azure";
import { guardNonProductionRule, ProbeBudget } from "../../src/azure/vault-mapping/guards";
import { file, onlyProblem, parse, rangeOf, urls } from "./vault-mapping-helpers";

const DEV = "https://orders-dev.vault.azure.net";
const PROD = "https://orders-prod.vault.azure.net";
const STORE = "https://orders-config.azconfig.io";

function reachable(text: string) {
  return parse(text).problems.filter((problem) => problem.code === "production-vault-reachable");
}

describe("shared-vault", () => {
  test("one vault for two non-production environments of one app: a warning on the second", () => {
    const text = file({ apps: [{ name: "orders", environments: { development: { keyVault: DEV }, test: { keyVault: "https://Orders-Dev.vault.azure.net/" } } }] });
    const parsed = parse(text);
    const problem = onlyProblem(parsed, "shared-vault");
    assert.equal(problem.severity, "warning");
    assert.equal(problem.path, "apps[0].environments.test.keyVault");
    assert.deepEqual(problem.range, rangeOf(text, `"https://Orders-Dev.vault.azure.net/"`));
    assert.equal(
      problem.message,
      "apps[0].environments.test.keyVault: https://orders-dev.vault.azure.net is also development's (apps[0].environments.development.keyVault). One vault per environment keeps one environment's runs from reading or overwriting another's secrets: give test its own",
    );
    // A warning: both still apply.
    assert.deepEqual(urls(parsed, "orders", "test"), { keyVault: DEV });
  });

  test("across apps too, once per environment that joins; the same environment in two apps is fine", () => {
    const text = file({
      apps: [
        { name: "a", root: "a", environments: { development: { keyVault: DEV } } },
        { name: "b", root: "b", environments: { development: { keyVault: DEV }, staging: { keyVault: DEV } } },
        { name: "c", root: "c", environments: { staging: { keyVault: DEV } } },
      ],
    });
    const problems = parse(text).problems;
    assert.deepEqual(
      problems.map((problem) => [problem.code, problem.path]),
      [["shared-vault", "apps[1].environments.staging.keyVault"]],
    );
  });

  test("App Configuration: the same store and label for two environments warns; different labels do not", () => {
    const text = file({
      apps: [
        {
          name: "a",
          environments: {
            development: { appConfiguration: STORE },
            test: { appConfiguration: STORE },
            staging: { appConfiguration: { endpoint: STORE, label: "shared" } },
            qa: { appConfiguration: { endpoint: STORE, label: "shared" } },
          },
        },
      ],
      environments: { qa: {} },
    });
    const problem = onlyProblem(parse(text), "shared-vault");
    assert.equal(problem.path, "apps[0].environments.qa.appConfiguration.endpoint");
    assert.match(problem.message, /https:\/\/orders-config\.azconfig\.io \(label 'shared'\) is also staging's/);
  });
});

describe("production-vault-reachable", () => {
  test("rule 2: a production vault mapped for a non-production environment is left out there, whichever comes first", () => {
    const text = file({
      apps: [
        { name: "a", root: "a", environments: { development: { keyVault: PROD, appConfiguration: STORE } } },
        { name: "b", root: "b", environments: { prod: { keyVault: PROD } } },
      ],
    });
    const parsed = parse(text);
    const problem = onlyProblem(parsed, "production-vault-reachable");
    assert.equal(problem.severity, "error");
    assert.equal(problem.path, "apps[0].environments.development.keyVault");
    assert.deepEqual(problem.range, rangeOf(text, `"${PROD}"`));
    assert.match(problem.message, /is production's \(apps\[1\]\.environments\.prod\.keyVault\), a production environment; mapped for development as well, development files would write to it\. Left out: give development its own vault/);
    assert.deepEqual(urls(parsed, "a", "development"), { appConfiguration: { endpoint: STORE, label: "development" } });
    assert.deepEqual(urls(parsed, "b", "production"), { keyVault: PROD });
    // Resolve says why there is no vault, instead of asking to add the one that is there.
    const resolved = resolveTarget(parsed.mapping, "a/.env");
    assert.equal(resolved.target?.keyVault, undefined);
    assert.match(resolved.problem ?? "", /^a's vault for development is not used: .*is production's.*Fix apps\[0\]\.environments\.development\.keyVault in \.secrethygiene-vaults\.json\.$/);
  });

  test("rule 2 for App Configuration: same store and label for production and staging; two production environments only warn", () => {
    const text = file({
      environments: { "prod-eu": { production: true } },
      apps: [
        {
          name: "a",
          environments: {
            production: { keyVault: PROD, appConfiguration: { endpoint: STORE, label: "live" } },
            staging: { appConfiguration: { endpoint: STORE, label: "live" } },
            "prod-eu": { keyVault: PROD },
          },
        },
      ],
    });
    const parsed = parse(text);
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.code, problem.severity, problem.path]),
      [
        ["production-vault-reachable", "error", "apps[0].environments.staging.appConfiguration.endpoint"],
        ["shared-vault", "warning", "apps[0].environments.prod-eu.keyVault"],
      ],
    );
    assert.equal(urls(parsed, "a", "staging"), undefined, "nothing usable is left of the staging entry");
  });

  test("rule 1: a production default is refused and the first non-production environment is used", () => {
    const text = file({ defaultEnvironment: "prod", apps: [{ name: "a", environments: { production: { keyVault: PROD } } }] });
    const parsed = parse(text);
    const problem = onlyProblem(parsed, "production-vault-reachable");
    assert.equal(problem.severity, "error");
    assert.deepEqual(problem.range, rangeOf(text, `"prod"`));
    assert.match(problem.message, /^defaultEnvironment: the default environment is production: every file without an environment in its path, a developer's scratch files included/);
    assert.equal(parsed.mapping.defaultEnvironment, "development");
    assert.equal(resolveTarget(parsed.mapping, "scratch.txt").target, undefined);
  });

  test("rule 1 also catches an environment the file made production", () => {
    const text = file({ defaultEnvironment: "staging", environments: { staging: { production: true } } });
    const problems = reachable(text);
    assert.deepEqual(
      problems.map((problem) => [problem.severity, problem.path]),
      [
        ["error", "defaultEnvironment"],
        ["warning", "environments.staging.production"],
      ],
    );
    assert.equal(parse(text).mapping.defaultEnvironment, "development");
  });

  test("rule 3: production stays production, and keeps its words", () => {
    const text = file({ environments: { production: { production: false }, qa: { aliases: ["prod", "checks"] }, prd: {} } });
    const parsed = parse(text);
    const problems = reachable(text);
    assert.deepEqual(
      problems.map((problem) => [problem.severity, problem.path, problem.range]),
      [
        ["error", "environments.production.production", rangeOf(text, "false")],
        ["error", "environments.qa.aliases[0]", rangeOf(text, `"prod"`)],
        ["error", "environments.prd", rangeOf(text, `"prd"`)],
      ],
    );
    assert.match(problems[0]!.message, /production is a production environment and stays one.*remove "production": false/);
    assert.match(problems[1]!.message, /'prod' means production, a production environment; making it mean qa would send production files/);
    const { environments } = parsed.mapping;
    assert.equal(environments.isProduction("production"), true);
    assert.equal(environments.canonical("prod"), "production");
    assert.equal(environments.canonical("prd"), "production");
    assert.equal(environments.canonical("checks"), "qa");
  });

  test("rule 3, the other way: a development word or environment made production is a warning and applies", () => {
    const text = file({ environments: { production: { aliases: ["local"] }, development: { production: true } }, defaultEnvironment: "test" });
    const problems = reachable(text);
    assert.deepEqual(
      problems.map((problem) => [problem.severity, problem.path]),
      [
        ["warning", "environments.production.aliases[0]"],
        ["warning", "environments.development.production"],
      ],
    );
    assert.match(problems[0]!.message, /'local' meant development; now production, a production environment, so files named after it \(\.env\.local, local\/ folders\) write to production vaults/);
    const { environments } = parse(text).mapping;
    assert.equal(environments.canonical("local"), "production");
    assert.equal(environments.isProduction("development"), true);
  });

  describe("rule 4: environment rules that send paths to production", () => {
    function ruleProblem(pattern: string, environment = "production") {
      const text = file({ environmentRules: [{ pattern, environment }] });
      const parsed = parse(text);
      const problems = parsed.problems.filter((problem) => problem.code === "production-vault-reachable");
      assert.ok(problems.length <= 1, JSON.stringify(problems));
      const problem = problems[0];
      if (problem) assert.deepEqual(problem.range, rangeOf(text, JSON.stringify(pattern)));
      return { problem, kept: parsed.mapping.rules.length === 1 };
    }

    test("a: {env} with a production environment is refused", () => {
      const { problem, kept } = ruleProblem("settings.{env}.ini");
      assert.equal(problem?.severity, "error");
      assert.match(problem?.message ?? "", /"\{env\}" takes the environment from the path, but "environment": "production" overrides it, so settings\.development\.ini would write to production's vaults/);
      assert.equal(kept, false);
    });

    test("b: a pattern that names a development place is refused", () => {
      for (const [pattern, example] of [
        ["**/dev/**", "dev/example, which folder 'dev' puts in development"],
        [".env.development", ".env.development, which file name .env.{env} puts in development"],
        ["*.dev.tfvars", "example.dev.tfvars, which file name *.{env}.tfvars puts in development"],
        ["config/staging/*.json", "config/staging/example.json, which folder 'staging' puts in staging"],
        ["appsettings.Development.json", "appsettings.Development.json, which file name appsettings.{env}.json puts in development"],
      ]) {
        const { problem, kept } = ruleProblem(pattern!);
        assert.equal(problem?.severity, "error", pattern);
        assert.ok(problem?.message.includes(`sends ${example}, to production: a development file would write to a production vault. Left out`), problem?.message);
        assert.equal(kept, false, pattern);
      }
    });

    test("c: a pattern that could match a development path is a warning, and the rule applies", () => {
      for (const [pattern, example] of [
        ["deploy/*/values.yaml", "deploy/development/values.yaml, which folder 'development'"],
        [".env.*", ".env.development, which file name .env.{env}"],
        ["appsettings.json", "development/appsettings.json, which folder 'development'"],
        ["**/secrets.json", "development/secrets.json, which folder 'development'"],
      ]) {
        const { problem, kept } = ruleProblem(pattern!);
        assert.equal(problem?.severity, "warning", pattern);
        assert.ok(problem?.message.includes(`also matches ${example}`), problem?.message);
        assert.equal(kept, true, pattern);
      }
    });

    test("d: a catch-all production rule is refused", () => {
      for (const pattern of ["*", "**", "**/*"]) {
        const { problem, kept } = ruleProblem(pattern);
        assert.equal(problem?.severity, "error", pattern);
        assert.match(problem?.message ?? "", /matches every file/);
        assert.equal(kept, false);
      }
    });

    test("anchored production rules, names that say production, and non-production rules pass", () => {
      for (const pattern of ["deploy/live/**", "appsettings.Production.json", "**/secrets.prod.json", "infra/main.prod.tfvars", "deploy/prod/**/*.yaml"]) {
        const { problem, kept } = ruleProblem(pattern);
        assert.equal(problem, undefined, `${pattern}: ${problem?.message}`);
        assert.equal(kept, true);
      }
      assert.equal(ruleProblem("**/*", "development").problem, undefined);
      assert.equal(ruleProblem("**/dev/**", "test").problem, undefined);
    });

    test("the aliases the file adds count: 'live' made production is not a development word", () => {
      const text = file({ environments: { production: { aliases: ["live"] }, development: { aliases: ["sandbox"] } }, environmentRules: [{ pattern: "sandbox/*.json", environment: "live" }] });
      const problem = onlyProblem(parse(text), "production-vault-reachable");
      assert.match(problem.message, /sends sandbox\/example\.json, which folder 'sandbox' puts in development/);
    });

    test("rules with many wildcards are checked quickly and say when they were not fully checked", () => {
      const pattern = "a?/b?/c?/d?/e?/f?/g?/h?/i?/j?.json";
      const { problem } = ruleProblem(pattern);
      assert.equal(problem?.severity, "warning");
      assert.match(problem?.message ?? "", /has 10 wildcards; only the first 8 were checked/);
      const many = Array.from({ length: 50 }, (_, index) => ({ pattern: `r${index}/${"*".repeat(1)}a*b*c*d*e*f*g*h*i.json`, environment: "production" }));
      const started = performance.now();
      const parsed = parse(file({ environmentRules: many }));
      assert.ok(performance.now() - started < 2_000, `took ${performance.now() - started} ms`);
      assert.ok(parsed.problems.some((problem) => /too many broad production rules/.test(problem.message)));
    });
  });
});

describe("non-production-takes-production", () => {
  function takes(rules: { pattern: string; environment?: string }[], extra: object = {}) {
    const text = file({ ...extra, environmentRules: rules });
    const parsed = parse(text);
    return { text, parsed, problems: parsed.problems.filter((problem) => problem.code === "non-production-takes-production") };
  }

  test("rule 5: a non-production rule that would take a production file warns, and applies", () => {
    for (const [pattern, environment, example] of [
      ["**/appsettings*.json", "development", "also matches appsettings.production.json, which file name appsettings.{env}.json puts in production, and sends it to development"],
      [".env.*", "staging", "also matches .env.production, which file name .env.{env} puts in production, and sends it to staging"],
      ["charts/values*.yaml", "test", "also matches charts/values.production.yaml, which file name values.{env}.yaml puts in production, and sends it to test"],
      ["deploy/prod/**", "staging", "sends deploy/prod/example, which folder 'prod' puts in production, to staging"],
      ["config/settings.{env}.json", "development", "also matches config/settings.production.json, which 'production' in the file name settings.production.json puts in production, and sends it to development"],
    ] as const) {
      const { text, parsed, problems } = takes([{ pattern, environment }]);
      assert.equal(problems.length, 1, `${pattern}: ${JSON.stringify(parsed.problems)}`);
      const problem = problems[0]!;
      assert.equal(problem.severity, "warning");
      assert.deepEqual(problem.range, rangeOf(text, JSON.stringify(pattern)));
      assert.ok(problem.message.startsWith(`environmentRules[0].pattern: ${example}: its production secrets would go to a ${environment} vault`), problem.message);
      assert.equal(parsed.mapping.rules.length, 1, "a warning: the rule applies");
    }
  });

  test("a production rule before it takes those files first; rules that name no production file pass", () => {
    assert.deepEqual(takes([{ pattern: "src/appsettings.{env}.json" }, { pattern: "src/appsettings*.json", environment: "development" }]).problems, []);
    assert.match(takes([{ pattern: "**/appsettings.Production.json", environment: "production" }, { pattern: "**/appsettings*.json", environment: "development" }]).problems[0]?.message ?? "", /also matches appsettings\.prod\.json/, "prod is not Production");
    for (const pattern of ["appsettings.Development.json", "deploy/dev/**", "tools/*.dev.json", "src/local.settings.json"]) {
      assert.deepEqual(takes([{ pattern, environment: "development" }]).problems, [], pattern);
    }
    // {env} without "environment": the path's own word decides, production included.
    assert.deepEqual(takes([{ pattern: "settings.{env}.ini" }]).problems, []);
  });

  test("the catalogue's production words are the ones tried", () => {
    const catalogue = new EnvironmentCatalogue([
      { name: "development", aliases: [], production: false },
      { name: "live", aliases: ["prd-eu"], production: true },
    ]);
    const verdict = guardNonProductionRule({ pattern: "ops/*.cfg", environment: "development" }, [], catalogue, new ProbeBudget());
    assert.match(verdict?.message ?? "", /^also matches ops\/live\.cfg, which 'live' in the file name live\.cfg puts in live, and sends it to development/);
    assert.equal(guardNonProductionRule({ pattern: "ops/*.cfg", environment: "live" }, [], catalogue, new ProbeBudget()), undefined, "a production rule is rule 4's");
  });

  test("rule 6: an environment named like production but not marked production warns, once, on its name", () => {
    const text = file({ environments: { "prod-eu": {}, "production-west": { aliases: ["pw"] } } });
    const parsed = parse(text);
    const problems = parsed.problems.filter((problem) => problem.code === "non-production-takes-production");
    assert.deepEqual(
      problems.map((problem) => [problem.path, problem.severity]),
      [
        ["environments.prod-eu", "warning"],
        ["environments.production-west", "warning"],
      ],
    );
    assert.deepEqual(problems[0]!.range, rangeOf(text, '"prod-eu"'));
    assert.equal(
      problems[0]!.message,
      `environments.prod-eu: prod-eu holds 'prod', a word of production, yet prod-eu is not a production environment: files named after it (.env.prod-eu, prod-eu/ folders) write to its vaults with none of production's guards. Add "production": true if it is production, or "production": false to say it is not`,
    );
    assert.equal(parsed.mapping.environments.isProduction("prod-eu"), false, "a warning: the definition applies as written");
  });

  test("rule 6 covers aliases, and a written flag either way silences it", () => {
    const alias = parse(file({ environments: { staging: { aliases: ["prod-like"] } } })).problems.filter((problem) => problem.code === "non-production-takes-production");
    assert.match(alias[0]?.message ?? "", /^environments\.staging: staging's alias 'prod-like' holds 'prod'/);
    for (const flag of [true, false]) {
      const parsed = parse(file({ environments: { "prod-eu": { production: flag } } }));
      assert.deepEqual(parsed.problems.filter((problem) => problem.code === "non-production-takes-production"), [], `"production": ${flag}`);
    }
    assert.deepEqual(parse(file({ environments: { perf: {}, "eu-west": { aliases: ["qa2"] } } })).problems, []);
  });
});
