// The moved JavaScript is run, not only read: with the variable the plan names set to another
// made-up value, the program must use that value; without it, it must not go on with the old one.
// Values are compared with assert.ok, so a failure never prints one.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runInNewContext } from "node:vm";
import { applyPlan, planFirstSecret } from "./move-plan-helpers";

// Made-up values, assembled at run time so this file does not hold a detectable secret.
const PASSWORD = "Rq7Lm" + "X2vK9pT4wZ";
const TOKEN = "ghp_" + "T3nB8xQ1mK6wR9vL2cZ7pJ4sH0dF5gY8aU2e";
const FROM_ENVIRONMENT = "Vault-" + "Zt5Nq8Wm";

/** Runs CommonJS `code` with `env` as process.env and returns what `expression` evaluates to after it. */
function run(code: string, env: Record<string, string>, expression: string): unknown {
  const sandbox = { process: { env }, module: { exports: {} as unknown }, result: undefined as unknown };
  runInNewContext(`${code}\n;result = ${expression};`, sandbox, { timeout: 1000 });
  return sandbox.result;
}

const CASES: readonly { readonly name: string; readonly code: string; readonly uses: string; readonly expected: (value: string) => string }[] = [
  { name: "a const", code: `const password = "${PASSWORD}";\n`, uses: "password", expected: (value) => value },
  { name: "a nested module.exports", code: `"use strict";\nmodule.exports = { db: { host: "db.internal", password: "${PASSWORD}" } };\n`, uses: "module.exports.db.password", expected: (value) => value },
  { name: "a default parameter", code: `function connect(user, password = "${PASSWORD}") { return password; }\n`, uses: 'connect("orders")', expected: (value) => value },
  { name: "a class field", code: `class Client { apiToken = "${TOKEN}"; }\n`, uses: "new Client().apiToken", expected: (value) => value },
  { name: "a ?? default", code: `const dbPassword = process.env.DB_PASSWORD ?? "${PASSWORD}";\n`, uses: "dbPassword", expected: (value) => value },
  { name: "a || default in brackets", code: `const token = process.env["GITHUB_TOKEN"] || "${TOKEN}";\n`, uses: "token", expected: (value) => value },
  { name: "a header's part", code: `const headers = { Authorization: "Bearer ${TOKEN}" };\n`, uses: "headers.Authorization", expected: (value) => `Bearer ${value}` },
];

for (const { name, code, uses, expected } of CASES) {
  test(`moved JavaScript reads the variable the plan names: ${name}`, () => {
    const plan = planFirstSecret(code, "src/settings.js");
    const variable = plan.environmentVariable;
    assert.ok(variable !== undefined, "the plan names the variable to set");
    const moved = applyPlan(code, plan);
    assert.ok(run(moved, { [variable]: FROM_ENVIRONMENT }, uses) === expected(FROM_ENVIRONMENT), "the moved code uses the environment's value");
    assert.ok(run(code, {}, uses) === expected(plan.value), "the original used the literal (the test runs what it thinks it runs)");
    // Unset, the read gives undefined (the notes warn), never the old value.
    const unset = run(moved, {}, uses);
    assert.ok(unset === undefined || (typeof unset === "string" && unset !== expected(plan.value) && unset.includes("undefined")));
    assert.ok(plan.notes.some((note) => note.includes(`${variable} is not set`) || note.includes(`${variable}, which the code read already`)));
  });
}
