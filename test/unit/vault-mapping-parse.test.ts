// .secrethygiene-vaults.json: what a valid file loads into, and what each mistake reports, where,
// and what is left out. Every vault and store name here is made up.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { VAULT_MAPPING_TEMPLATE } from "../../src/azure";
import { file, onlyProblem, parse, rangeOf, urls, WITH_EMULATOR } from "./vault-mapping-helpers";

const FULL = `{
  "$schema": "https://example.invalid/secrethygiene-vaults.schema.json",
  // Comments and trailing commas are fine: the file is JSON with comments.
  "defaultEnvironment": "dev",
  "environments": {
    "qa": { "aliases": ["quality"], "production": false },
    "production": { "aliases": ["live"] },
  },
  "environmentRules": [
    { "pattern": "deploy/live/**", "environment": "production" },
    { "pattern": "settings.{env}.ini" }
  ],
  "apps": [
    {
      "name": "orders-api",
      "root": "./services/orders/",
      "environments": {
        "development": {
          "keyVault": "https://Orders-Dev.vault.azure.net/",
          "appConfiguration": { "endpoint": "https://orders-config.azconfig.io", "label": "dev-blue" }
        },
        "qa": { "appConfiguration": "https://orders-config.azconfig.io" },
        "prod": { "keyVault": "https://orders-prod.vault.azure.net", "appConfiguration": { "endpoint": "https://orders-config.azconfig.io", "label": null } }
      }
    },
    { "name": "billing", "environments": { "staging": { "keyVault": "https://billing-stg.vault.azure.cn" } } }
  ]
}`;

describe("a valid file", () => {
  const parsed = parse(FULL);

  test("loads without problems", () => {
    assert.deepEqual(parsed.problems, []);
  });

  test("environments: defaults, the file's own, aliases canonicalised", () => {
    const { mapping } = parsed;
    assert.equal(mapping.defaultEnvironment, "development");
    assert.deepEqual(mapping.environments.names(), ["development", "test", "staging", "production", "qa"]);
    assert.equal(mapping.environments.canonical("QUALITY"), "qa");
    assert.equal(mapping.environments.canonical("qa"), "qa", "qa left test when the file defined it");
    assert.equal(mapping.environments.canonical("live"), "production");
    assert.equal(mapping.environments.isProduction("live"), false, "isProduction takes a name, not an alias");
    assert.equal(mapping.environments.isProduction("production"), true);
    assert.deepEqual(
      mapping.rules.map(({ pattern, environment }) => ({ pattern, environment })),
      [
        { pattern: "deploy/live/**", environment: "production" },
        { pattern: "settings.{env}.ini", environment: undefined },
      ],
    );
    assert.deepEqual(mapping.rules[0]!.range, rangeOf(FULL, `{ "pattern": "deploy/live/**", "environment": "production" }`));
  });

  test("apps: roots normalised, endpoints canonical, labels defaulted, alias keys canonical", () => {
    const [orders, billing] = parsed.mapping.apps;
    assert.equal(orders?.name, "orders-api");
    assert.equal(orders?.root, "services/orders");
    assert.equal(orders?.path, "apps[0]");
    assert.equal(billing?.root, "");
    assert.deepEqual([...orders.environments.keys()], ["development", "qa", "production"]);
    assert.deepEqual(urls(parsed, "orders-api", "development"), {
      keyVault: "https://orders-dev.vault.azure.net",
      appConfiguration: { endpoint: "https://orders-config.azconfig.io", label: "dev-blue" },
    });
    assert.deepEqual(urls(parsed, "orders-api", "qa"), { appConfiguration: { endpoint: "https://orders-config.azconfig.io", label: "qa" } });
    assert.deepEqual(urls(parsed, "orders-api", "production"), {
      keyVault: "https://orders-prod.vault.azure.net",
      appConfiguration: { endpoint: "https://orders-config.azconfig.io" },
    });
    assert.deepEqual(urls(parsed, "billing", "staging"), { keyVault: "https://billing-stg.vault.azure.cn" });
    const production = orders.environments.get("production")!;
    assert.equal(production.path, "apps[0].environments.prod");
    assert.deepEqual(production.ranges.keyVault, rangeOf(FULL, `"https://orders-prod.vault.azure.net"`));
    assert.deepEqual(production.ranges.entry.start, rangeOf(FULL, `{ "keyVault": "https://orders-prod`).start);
  });

  test("the template loads without problems", () => {
    const parsed = parse(VAULT_MAPPING_TEMPLATE);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.mapping.apps[0]?.environments.size, 2);
  });

  test("an empty object is a valid, empty mapping", () => {
    const parsed = parse("{}");
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.mapping.apps, []);
    assert.equal(parsed.mapping.defaultEnvironment, "development");
  });
});

describe("syntax and size", () => {
  test("invalid JSON is a syntax problem where it breaks; what parsed still loads", () => {
    const text = `{\n  "apps": [ { "name": "a", "environments": { "dev": { "keyVault": "https://a-dev.vault.azure.net" } } } ]\n  "defaultEnvironment": "test"\n}`;
    const parsed = parse(text);
    const problem = onlyProblem(parsed, "syntax");
    assert.equal(problem.message, "Not valid JSON: ',' is expected.");
    assert.deepEqual(problem.range, rangeOf(text, `"defaultEnvironment"`));
    assert.equal(parsed.mapping.apps.length, 1);
  });

  test("an empty file is one warning; a non-object is one error", () => {
    assert.match(onlyProblem(parse("  \n"), "schema").message, /The file is empty: write \{ "apps": \[\] \}/);
    assert.equal(onlyProblem(parse("  \n"), "schema").severity, "warning");
    const array = parse(`[1]`);
    assert.match(onlyProblem(array, "schema").message, /must be a JSON object .* not an array/);
  });

  test("huge, binary and deeply nested input is one quick syntax problem", () => {
    for (const text of ["{" + `"a": 1, `.repeat(200_000) + "}", "\u0000\u0001binary\u0000", "[".repeat(900_000)]) {
      const started = performance.now();
      const parsed = parse(text);
      assert.ok(performance.now() - started < 2_000, "parsing takes under 2 s");
      assert.equal(parsed.problems.length, 1, JSON.stringify(parsed.problems.map((problem) => problem.message)));
      assert.equal(parsed.problems[0]!.code, "syntax");
      assert.deepEqual(parsed.mapping.apps, []);
    }
    assert.match(parse("{" + " ".repeat(1_000_001) + "}").problems[0]!.message, /characters long.*not read/);
    assert.match(parse("\u0000").problems[0]!.message, /binary/);
    assert.match(parse("[".repeat(900_000)).problems[0]!.message, /nested too deeply/);
  });

  test("a file full of errors reports the first twenty and a count", () => {
    const syntax = parse("[" + "1 ".repeat(5_000) + "]").problems.filter((problem) => problem.code === "syntax");
    assert.equal(syntax.length, 21);
    assert.match(syntax[20]!.message, /and 4979 more syntax errors/);
  });
});

describe("schema problems point at the key or value, and say what to write", () => {
  test("unknown keys are warnings at the key and are ignored", () => {
    const text = file({ vaults: [], apps: [{ name: "a", owner: "x", environments: { dev: { keyVault: "https://a-dev.vault.azure.net", secret: "x" } } }] });
    const parsed = parse(text);
    const problems = parsed.problems.map(({ code, severity, path, range }) => ({ code, severity, path, range }));
    assert.deepEqual(problems, [
      { code: "schema", severity: "warning", path: "vaults", range: rangeOf(text, `"vaults"`) },
      { code: "schema", severity: "warning", path: "apps[0].owner", range: rangeOf(text, `"owner"`) },
      { code: "schema", severity: "warning", path: "apps[0].environments.dev.secret", range: rangeOf(text, `"secret"`) },
    ]);
    assert.match(parsed.problems[0]!.message, /^vaults: unknown key, ignored \(allowed here: defaultEnvironment, environments, environmentRules, apps\)$/);
    assert.deepEqual(urls(parsed, "a", "development"), { keyVault: "https://a-dev.vault.azure.net" });
  });

  test("duplicate app names: the second is an error at its name and is left out", () => {
    const text = file({ apps: [{ name: "orders-api", environments: {} }, { name: "Orders-API", root: "other", environments: {} }] });
    const parsed = parse(text);
    const problem = onlyProblem(parsed, "schema");
    assert.deepEqual(problem.range, rangeOf(text, `"Orders-API"`));
    assert.equal(problem.path, "apps[1].name");
    assert.match(problem.message, /'Orders-API' is already the name of apps\[0\] \(orders-api\): give each application its own name/);
    assert.deepEqual(
      parsed.mapping.apps.map((app) => app.name),
      ["orders-api"],
    );
  });

  test("two apps with the same root (after normalising) cannot be told apart", () => {
    const text = file({ apps: [{ name: "a", root: "services/orders" }, { name: "b", root: "./Services/Orders/" }, { name: "c" }, { name: "d", root: "" }] });
    const parsed = parse(text);
    const problems = parsed.problems.map(({ path, range, message }) => ({ path, range, message }));
    assert.deepEqual(problems, [
      {
        path: "apps[1].root",
        range: rangeOf(text, `"./Services/Orders/"`),
        message: `apps[1].root: apps[0] (a) already covers 'Services/Orders', so no file could tell the two apart: give this application its own folder in "root". It is ignored`,
      },
      {
        path: "apps[3].root",
        range: rangeOf(text, `""`),
        message: `apps[3].root: apps[2] (c) already covers the whole folder, so no file could tell the two apart: give this application its own folder in "root". It is ignored`,
      },
    ]);
    assert.deepEqual(
      parsed.mapping.apps.map((app) => app.name),
      ["a", "c"],
    );
  });

  test("roots outside the folder, absolute or with backslashes are refused", () => {
    for (const [root, expected] of [
      ["../shared", /remove '\.\.'/],
      ["/srv/app", /relative to the mapping file.*not an absolute path/],
      ["C:/src/app", /not an absolute path/],
      ["services\\orders", /use '\/' between folder names: "services\/orders"/],
    ] as const) {
      const text = file({ apps: [{ name: "a", root }] });
      const problem = onlyProblem(parse(text), "schema");
      assert.match(problem.message, expected);
      assert.deepEqual(problem.range, rangeOf(text, JSON.stringify(root)));
    }
  });

  test("names: missing, or not a name", () => {
    const text = file({ apps: [{ environments: {} }, { name: "orders api!" }] });
    const parsed = parse(text);
    assert.equal(parsed.problems.length, 2);
    assert.match(parsed.problems[0]!.message, /^apps\[0\]: "name" is missing: add "name": "<application>"/);
    assert.match(parsed.problems[1]!.message, /must be 1-63 letters, digits.*: write "orders-api-"/);
    assert.deepEqual(parsed.problems[1]!.range, rangeOf(text, `"orders api!"`));
    assert.deepEqual(parsed.mapping.apps, []);
  });

  test("unknown environment names are errors at the key, listing the known ones; the file's own environments count", () => {
    const text = file({
      environments: { perf: {} },
      apps: [{ name: "a", environments: { stagging: { keyVault: "https://a-stg.vault.azure.net" }, perf: { keyVault: "https://a-perf.vault.azure.net" } } }],
    });
    const parsed = parse(text);
    const problem = onlyProblem(parsed, "schema");
    assert.deepEqual(problem.range, rangeOf(text, `"stagging"`));
    assert.equal(
      problem.message,
      `apps[0].environments.stagging: 'stagging' is not an environment: use one of development, test, staging, production, perf (or an alias such as prod), or define it under "environments" at the top of the file`,
    );
    assert.deepEqual([...parsed.mapping.apps[0]!.environments.keys()], ["perf"]);
  });

  test("one environment written twice (alias and name) keeps the first", () => {
    const text = file({ apps: [{ name: "a", environments: { production: { keyVault: "https://a-prod.vault.azure.net" }, prod: { keyVault: "https://a-prod2.vault.azure.net" } } }] });
    const parsed = parse(text);
    const problem = onlyProblem(parsed, "schema");
    assert.deepEqual(problem.range, rangeOf(text, `"prod"`));
    assert.match(problem.message, /'prod' means production, which is already mapped \(apps\[0\]\.environments\.production\): merge the two entries/);
    assert.deepEqual(urls(parsed, "a", "production"), { keyVault: "https://a-prod.vault.azure.net" });
  });

  test("a key written twice in one object: only the first is read", () => {
    const text = `{ "defaultEnvironment": "test", "defaultEnvironment": "staging" }`;
    const parsed = parse(text);
    const problem = onlyProblem(parsed, "schema");
    assert.deepEqual(problem.range, rangeOf(text, `"defaultEnvironment"`, 1));
    assert.equal(parsed.mapping.defaultEnvironment, "test");
  });

  test("entries: not an object, empty, bad label, missing endpoint", () => {
    const text = file({
      apps: [
        {
          name: "a",
          environments: {
            development: "https://a-dev.vault.azure.net",
            test: {},
            staging: { appConfiguration: { endpoint: "https://a-config.azconfig.io", label: "a*b" } },
            production: { appConfiguration: { label: "prod" } },
          },
        },
      ],
    });
    const parsed = parse(text);
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.path, problem.range]),
      [
        ["apps[0].environments.development", rangeOf(text, `"https://a-dev.vault.azure.net"`)],
        ["apps[0].environments.test", rangeOf(text, `{}`)],
        ["apps[0].environments.staging.appConfiguration.label", rangeOf(text, `"a*b"`)],
        ["apps[0].environments.production.appConfiguration", rangeOf(text, `{\n            "label": "prod"\n          }`)],
      ],
    );
    assert.match(parsed.problems[0]!.message, /must be an object such as \{ "keyVault": "https:\/\/<name>\.vault\.azure\.net" \}, not a string/);
    assert.match(parsed.problems[1]!.message, /names no target: add "keyVault"/);
    assert.match(parsed.problems[2]!.message, /reserves '\*', ',' and '\\' in labels for filters: write "a-b"/);
    assert.match(parsed.problems[3]!.message, /"endpoint" is missing/);
    assert.deepEqual(parsed.mapping.apps[0]!.environments.size, 0);
  });

  test("environmentRules: missing environment, unknown environment, two {env}, '..', too long", () => {
    const long = "a/".repeat(101) + "x";
    const text = file({
      environmentRules: [{ pattern: "deploy/blue/**" }, { pattern: "x/**", environment: "prodution" }, { pattern: "{env}/{env}.json" }, { pattern: "../x/**", environment: "test" }, { pattern: long, environment: "test" }, { pattern: "ok.{env}.cfg" }],
    });
    const parsed = parse(text);
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.path, problem.range]),
      [
        ["environmentRules[0]", rangeOf(text, `{\n      "pattern": "deploy/blue/**"\n    }`)],
        ["environmentRules[1].environment", rangeOf(text, `"prodution"`)],
        ["environmentRules[2].pattern", rangeOf(text, `"{env}/{env}.json"`)],
        ["environmentRules[3].pattern", rangeOf(text, `"../x/**"`)],
        ["environmentRules[4].pattern", rangeOf(text, JSON.stringify(long))],
      ],
    );
    assert.match(parsed.problems[0]!.message, /a pattern without "\{env\}" needs "environment"/);
    assert.match(parsed.problems[1]!.message, /must name an environment \(development, test, staging, production\), not 'prodution'/);
    assert.match(parsed.problems[2]!.message, /more than once/);
    assert.match(parsed.problems[3]!.message, /cannot reach outside it/);
    assert.match(parsed.problems[4]!.message, /at most 200/);
    assert.deepEqual(
      parsed.mapping.rules.map((rule) => rule.pattern),
      ["ok.{env}.cfg"],
    );
  });

  test("environments: bad names, bad aliases, an alias that is another environment's name, one word twice", () => {
    const text = file({
      environments: {
        "Blue Green": {},
        qa2: { aliases: ["q a", "staging", 3], production: "no" },
        perf: { aliases: ["load"] },
        soak: { aliases: ["load"] },
      },
    });
    const parsed = parse(text);
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.path, problem.range]),
      [
        ["environments.Blue Green", rangeOf(text, `"Blue Green"`)],
        ["environments.qa2.aliases[0]", rangeOf(text, `"q a"`)],
        ["environments.qa2.aliases[1]", rangeOf(text, `"staging"`)],
        ["environments.qa2.aliases[2]", rangeOf(text, `3`)],
        ["environments.qa2.production", rangeOf(text, `"no"`)],
        ["environments.soak.aliases[0]", rangeOf(text, `"load"`, 1)],
      ],
    );
    assert.match(parsed.problems[0]!.message, /write "blue-green"/);
    assert.match(parsed.problems[2]!.message, /'staging' is an environment of its own, so it cannot also mean qa2/);
    assert.match(parsed.problems[5]!.message, /'load' is already an alias of perf in this file/);
    assert.equal(parsed.mapping.environments.canonical("load"), "perf");
  });

  test("defaultEnvironment must name an environment", () => {
    const text = file({ defaultEnvironment: "sandbox" });
    const parsed = parse(text);
    const problem = onlyProblem(parsed, "schema");
    assert.deepEqual(problem.range, rangeOf(text, `"sandbox"`));
    assert.match(problem.message, /must be the name of an environment .* not 'sandbox'; "development" is used/);
    assert.equal(parsed.mapping.defaultEnvironment, "development");
    assert.deepEqual(parsed.mapping.defaultEnvironmentRange, rangeOf(text, `"sandbox"`));
  });
});

describe("refused endpoints: an error at the value, with the reason, and never in the mapping", () => {
  const cases: [string, RegExp][] = [
    ["http://orders-dev.vault.azure.net", /must use https, not http/],
    ["https://evil.example.com", /evil\.example\.com is not a Key Vault host: it must end with \.vault\.azure\.net/],
    ["https://x.vault.azure.net@evil.com", /must not contain a user name or password/],
    ["https://orders-dev.vault.azure.net/secrets/db", /without a path/],
    ["https://orders-config.azconfig.io", /is an App Configuration store, not a Key Vault/],
    ["https://127.0.0.1:47311", /local address.*secretHygiene\.localEmulator\.enabled/],
    ["https://localhost:47311", /local address/],
  ];
  for (const [url, reason] of cases) {
    test(`keyVault ${url}`, () => {
      const text = file({ apps: [{ name: "a", environments: { development: { keyVault: url } } }] });
      const parsed = parse(text);
      const problem = onlyProblem(parsed, "endpoint-refused");
      assert.equal(problem.severity, "error");
      assert.equal(problem.path, "apps[0].environments.development.keyVault");
      assert.deepEqual(problem.range, rangeOf(text, JSON.stringify(url)));
      assert.match(problem.message, reason);
      assert.match(problem.message, /It is not used\.$/);
      assert.equal(parsed.mapping.apps[0]!.environments.get("development"), undefined);
      assert.match(parsed.mapping.apps[0]!.refused.get("development") ?? "", reason);
    });
  }

  test("appConfiguration endpoints are checked as App Configuration, in both forms", () => {
    const text = file({
      apps: [
        {
          name: "a",
          environments: {
            development: { keyVault: "https://a-dev.vault.azure.net", appConfiguration: "https://a-dev.vault.azure.net" },
            test: { keyVault: "https://a-test.vault.azure.net", appConfiguration: { endpoint: "https://evil.example.com" } },
          },
        },
      ],
    });
    const parsed = parse(text);
    const refused = parsed.problems.filter((problem) => problem.code === "endpoint-refused");
    assert.deepEqual(
      refused.map((problem) => [problem.path, problem.range]),
      [
        ["apps[0].environments.development.appConfiguration", rangeOf(text, `"https://a-dev.vault.azure.net"`, 1)],
        ["apps[0].environments.test.appConfiguration.endpoint", rangeOf(text, `"https://evil.example.com"`)],
      ],
    );
    assert.match(refused[0]!.message, /is a Key Vault, not an App Configuration store/);
    assert.match(refused[1]!.message, /not a App Configuration host: it must end with \.azconfig\.io/);
    // The vault of each entry still applies; only the refused store is left out.
    assert.deepEqual(urls(parsed, "a", "development"), { keyVault: "https://a-dev.vault.azure.net" });
    assert.deepEqual(urls(parsed, "a", "test"), { keyVault: "https://a-test.vault.azure.net" });
  });

  test("loopback is accepted when the user enabled the emulator", () => {
    const text = file({ apps: [{ name: "a", environments: { development: { keyVault: "https://127.0.0.1:47311/", appConfiguration: "https://localhost:47312" } } }] });
    const parsed = parse(text, WITH_EMULATOR);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(urls(parsed, "a", "development"), { keyVault: "https://127.0.0.1:47311", appConfiguration: { endpoint: "https://localhost:47312", label: "development" } });
  });
});
