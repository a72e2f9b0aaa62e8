// Where a file's secrets go: the deepest app root above it, the environment its path names, that
// app's target; and when something is missing, a sentence that says what to add.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { describeTarget, resolveTarget } from "../../src/azure";
import { file, parse, WITH_EMULATOR } from "./vault-mapping-helpers";

const { mapping } = parse(
  file({
    apps: [
      {
        name: "platform",
        environments: { development: { keyVault: "https://platform-dev.vault.azure.net" }, production: { keyVault: "https://platform-prod.vault.azure.net" } },
      },
      {
        name: "orders-api",
        root: "services/orders",
        environments: {
          development: { keyVault: "https://orders-dev.vault.azure.net", appConfiguration: "https://orders-config.azconfig.io" },
          test: { appConfiguration: { endpoint: "https://orders-config.azconfig.io", label: "ci" } },
          prod: { keyVault: "https://orders-prod.vault.azure.net" },
          staging: { keyVault: "http://orders-stg.vault.azure.net" },
        },
      },
      { name: "orders-worker", root: "services/orders/worker", environments: { development: { keyVault: "https://worker-dev.vault.azure.net" } } },
    ],
  }),
);

describe("resolveTarget", () => {
  test("the deepest root wins; the environment comes from the path", () => {
    const worker = resolveTarget(mapping, "services/orders/worker/appsettings.Development.json");
    assert.equal(worker.app?.name, "orders-worker");
    assert.deepEqual(worker.environment, { environment: "development", reason: "file name appsettings.{env}.json" });
    assert.equal(worker.target?.keyVault, "https://worker-dev.vault.azure.net");
    assert.equal(worker.problem, undefined);

    const orders = resolveTarget(mapping, "services/orders/.env.production");
    assert.equal(orders.app?.name, "orders-api");
    assert.equal(orders.target?.keyVault, "https://orders-prod.vault.azure.net");
    assert.equal(orders.target?.path, "apps[1].environments.prod");

    assert.equal(resolveTarget(mapping, "services/orders-legacy/a.json").app?.name, "platform", "a root is a folder, not a prefix");
    assert.equal(resolveTarget(mapping, "services/orders").app?.name, "orders-api");
    assert.equal(resolveTarget(mapping, "README.md").app?.name, "platform");
  });

  test("paths are normalised: backslashes, ./ and a leading /, and compared case-insensitively", () => {
    for (const path of ["services\\orders\\worker\\x.json", "./services/orders/worker/x.json", "/services//orders/worker/x.json", "Services/Orders/Worker/x.json"]) {
      assert.equal(resolveTarget(mapping, path).app?.name, "orders-worker", path);
    }
  });

  test("no entry for the environment: what to add, and where", () => {
    const resolved = resolveTarget(mapping, "services/orders/worker/values-prod.yaml");
    assert.equal(resolved.app?.name, "orders-worker");
    assert.equal(resolved.environment.environment, "production");
    assert.equal(resolved.target, undefined);
    assert.equal(resolved.problem, "orders-worker has no vault for production: add apps[2].environments.production.keyVault to .secrethygiene-vaults.json");
  });

  test("an entry with only App Configuration: the target, and why there is no vault", () => {
    const resolved = resolveTarget(mapping, "services/orders/config/test/app.json");
    assert.deepEqual(resolved.target?.appConfiguration, { endpoint: "https://orders-config.azconfig.io", label: "ci" });
    assert.equal(resolved.problem, "orders-api has no vault for test (only an App Configuration store): add apps[1].environments.test.keyVault to .secrethygiene-vaults.json");
  });

  test("a refused vault: why, instead of asking to add it", () => {
    const resolved = resolveTarget(mapping, "services/orders/config/staging/app.json");
    assert.equal(resolved.target, undefined);
    assert.equal(
      resolved.problem,
      "orders-api's vault for staging is not used: The vault URL must use https, not http. Fix apps[1].environments.staging.keyVault in .secrethygiene-vaults.json.",
    );
  });

  test("no app holds the file, or the file is outside the folder", () => {
    const { mapping: nested } = parse(file({ apps: [{ name: "a", root: "a", environments: {} }] }));
    const none = resolveTarget(nested, "b/.env.production");
    assert.equal(none.app, undefined);
    assert.equal(none.environment.environment, "production");
    assert.match(none.problem ?? "", /^No application in \.secrethygiene-vaults\.json holds b\/\.env\.production: add one to "apps" whose "root" is a folder above it/);
    assert.match(resolveTarget(nested, "../a/x.json").problem ?? "", /outside the folder of \.secrethygiene-vaults\.json/);
    assert.equal(resolveTarget(nested, "../a/x.json").app, undefined);
  });
});

describe("describeTarget", () => {
  test("vault name · environment, or the store, or no vault", () => {
    assert.equal(describeTarget(resolveTarget(mapping, "services/orders/appsettings.Development.json")), "orders-dev · development");
    assert.equal(describeTarget(resolveTarget(mapping, "services/orders/test/x.json")), "orders-config (App Configuration) · test");
    assert.equal(describeTarget(resolveTarget(mapping, "services/orders/staging/x.json")), "no vault · staging");
    const { mapping: local } = parse(file({ apps: [{ name: "a", environments: { development: { keyVault: "https://localhost:47311" } } }] }), WITH_EMULATOR);
    assert.equal(describeTarget(resolveTarget(local, "x.json")), "localhost:47311 · development");
  });
});
