// Front-end bundlers ship their prefixed variables (`NEXT_PUBLIC_`, `VITE_`, …) to every browser:
// a token, key or id there is the client's, a password or a secret a leak to every visitor.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { secretStrength } from "../../src/engine/rules/secret-names";
import { seededBytes } from "./seeded-bytes";

/** Keys of no particular value, the same on every run. */
const randomBytes = seededBytes(20261215);

test("a bundler's client variable holds the client's token, key or id, whatever tool's prefix says so", () => {
  const prefixes = ["NEXT_PUBLIC_", "VITE_", "REACT_APP_", "GATSBY_", "NG_APP_", "EXPO_PUBLIC_", "NUXT_PUBLIC_", "PUBLIC_"];
  for (const prefix of prefixes) for (const rest of ["ANALYTICS_TOKEN", "MAPS_API_KEY", "APP_ID"]) assert.equal(secretStrength(`${prefix}${rest}`), undefined, prefix + rest);
  assert.equal(secretStrength("import.meta.env.VITE_ANALYTICS_TOKEN"), undefined);
  const hex = randomBytes(16).toString("hex");
  const env = prefixes.map((prefix) => `${prefix}ANALYTICS_TOKEN=${hex}\n`).join("");
  assert.deepEqual(scanText({ content: env, filePath: "web/.env.production" }), []);
  // Without a bundler's prefix, the same token is a server's.
  assert.equal(scanText({ content: `ANALYTICS_TOKEN=${hex}\n`, filePath: "web/.env.production" }).length, 1);
});

test("a password or a secret in a bundler's client variable is reported: every visitor gets it", () => {
  assert.equal(secretStrength("NEXT_PUBLIC_DB_PASSWORD"), "password");
  assert.equal(secretStrength("VITE_SMTP_PASS"), "password");
  assert.equal(secretStrength("NEXT_PUBLIC_STRIPE_SECRET_KEY"), "key");
  assert.equal(secretStrength("REACT_APP_CLIENT_SECRET"), secretStrength("CLIENT_SECRET"));
  const content = `NEXT_PUBLIC_DB_PASSWORD=${randomBytes(18).toString("base64")}\nNEXT_PUBLIC_STRIPE_SECRET_KEY=${randomBytes(16).toString("hex")}\n`;
  assert.deepEqual(
    scanText({ content, filePath: "web/.env.production" }).map((finding) => finding.keyName),
    ["NEXT_PUBLIC_DB_PASSWORD", "NEXT_PUBLIC_STRIPE_SECRET_KEY"],
  );
});
