// A move on a file whose path names production while the inference gives a non-production
// environment (src/extension/moves/environment-question.ts): it asks, or takes the preset answer,
// and never falls back to the development vault on its own. The stand-in for `vscode` fails the
// test if the default question is reached; the tests pass their own.
import "../azure/vscode-stub";
import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveTarget } from "../../src/azure";
import { settleEnvironment, type EnvironmentOption } from "../../src/extension/moves/environment-question";
import { MoveStopped } from "../../src/extension/moves/move-stopped";
import type { FileTarget } from "../../src/extension/vault-mappings";
import { file, parse } from "./vault-mapping-helpers";

const DEV = "https://billing-dev.vault.azure.net";
const PROD = "https://billing-prod.vault.azure.net";
const STORE = "https://billing-config.azconfig.io";

const mapping = parse(
  file({
    apps: [
      {
        name: "billing",
        root: "apps/billing",
        environments: { development: { keyVault: DEV, appConfiguration: STORE }, test: {}, production: { keyVault: PROD } },
      },
    ],
  }),
);

function targetOf(relativePath: string): FileTarget {
  return { folder: {}, mappingUri: {}, mapping, relativePath, resolved: resolveTarget(mapping.mapping, relativePath) } as unknown as FileTarget;
}

/** A question that answers `answer` and records what it was asked. */
function answering(answer: string | undefined) {
  const asked: { doubt: string; options: readonly EnvironmentOption[] }[] = [];
  const ask = (doubt: string, options: readonly EnvironmentOption[]) => {
    asked.push({ doubt, options });
    return Promise.resolve(answer);
  };
  return { asked, ask };
}

test("a production-named file that no convention places is asked for, with the app's environments that have a vault", async () => {
  const target = targetOf("apps/billing/deploy/prod-eus/secrets.yaml");
  assert.equal(target.resolved?.target?.keyVault, DEV, "what the path alone gives");
  const { asked, ask } = answering("production");
  const settled = await settleEnvironment(target, "keyVault", undefined, ask);
  assert.equal(asked.length, 1);
  assert.match(asked[0]!.doubt, /^prod-eus names production \('prod'\)/);
  assert.deepEqual(asked[0]!.options, [
    { environment: "development", production: false, endpoint: DEV },
    { environment: "production", production: true, endpoint: PROD },
  ]);
  assert.equal(settled?.resolved?.target?.keyVault, PROD);
  assert.deepEqual(settled?.resolved?.environment, { environment: "production", reason: "chosen for this move" });
});

test("App Configuration moves are offered the environments with a store", async () => {
  const { asked, ask } = answering("development");
  const settled = await settleEnvironment(targetOf("apps/billing/settings.production-like.json"), "appConfiguration", undefined, ask);
  assert.deepEqual(
    asked[0]!.options.map((option) => option.environment),
    ["development"],
  );
  assert.equal(settled?.resolved?.target?.appConfiguration?.endpoint, STORE);
});

test("Escape stores nothing: the move is cancelled, not sent to the default", async () => {
  const { ask } = answering(undefined);
  await assert.rejects(settleEnvironment(targetOf("apps/billing/dev/secrets.prod.env"), "keyVault", undefined, ask), (error: unknown) => error instanceof MoveStopped && error.outcome === "cancelled");
});

test("a preset answer is taken without asking; one that is no environment fails", async () => {
  const { asked, ask } = answering("development");
  const settled = await settleEnvironment(targetOf("apps/billing/deploy/prod-eus/secrets.yaml"), "keyVault", "prod", ask);
  assert.equal(asked.length, 0);
  assert.equal(settled?.resolved?.target?.keyVault, PROD);
  await assert.rejects(settleEnvironment(targetOf("apps/billing/deploy/prod-eus/secrets.yaml"), "keyVault", "prod-eus", ask), /'prod-eus' is not an environment of the mapping file/);
});

test("a file whose path is not in doubt is left as resolved, without asking", async () => {
  const { asked, ask } = answering("production");
  for (const path of ["apps/billing/src/app.ts", "apps/billing/config.prod.json", "apps/billing/appsettings.Development.json"]) {
    const target = targetOf(path);
    assert.equal(await settleEnvironment(target, "keyVault", undefined, ask), target, path);
  }
  assert.equal(asked.length, 0);
  assert.equal(targetOf("apps/billing/config.prod.json").resolved?.target?.keyVault, PROD);
});
