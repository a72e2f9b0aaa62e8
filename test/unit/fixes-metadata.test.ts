// What is recorded with a stored secret: tags within Key Vault's limits, a content type, an expiry.
import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_TAG_VALUE_LENGTH, MAX_TAGS, secretMetadata } from "../../src/fixes";

const base = {
  sourcePath: "src/Orders.Api/appsettings.json",
  rotationDays: 60,
  now: new Date("2025-03-10T12:30:00Z"),
  createdBy: "dev@contoso.test",
  compound: false,
  ruleId: "github/token",
};

test("tags: rotation, origin and owner; app and env when given", () => {
  const { tags, expiresOn } = secretMetadata({ ...base, app: "orders", environment: "prod" });
  assert.deepEqual(tags, {
    "rotation-days": "60",
    "rotate-by": "2025-05-09",
    source: "src/Orders.Api/appsettings.json",
    "created-by": "dev@contoso.test",
    "detected-by": "github/token",
    app: "orders",
    env: "prod",
  });
  assert.equal(expiresOn.toISOString(), "2025-05-09T12:30:00.000Z");
});

test("tags: app and env are left out when unknown or blank", () => {
  const { tags } = secretMetadata({ ...base, app: "  ", environment: undefined });
  assert.ok(!("app" in tags));
  assert.ok(!("env" in tags));
});

test("tags: at most 15, each value within 256 characters; a long path keeps its end", () => {
  const sourcePath = `${"deep/".repeat(80)}appsettings.json`;
  const { tags } = secretMetadata({ ...base, sourcePath, createdBy: "x".repeat(400), app: "a".repeat(300) });
  assert.ok(Object.keys(tags).length <= MAX_TAGS);
  for (const value of Object.values(tags)) assert.ok(value.length <= MAX_TAG_VALUE_LENGTH, `${value.length} characters`);
  assert.ok(tags.source!.endsWith("/appsettings.json"));
  assert.ok(tags.source!.startsWith("…"));
  assert.ok(tags.app!.endsWith("…"));
});

test("tags: Windows separators become /", () => {
  assert.equal(secretMetadata({ ...base, sourcePath: "src\\app\\.env" }).tags.source, "src/app/.env");
});

const CONTENT_TYPES: [string, boolean, string][] = [
  ["github/token", false, "text/plain"],
  ["azure/sql-connection-string", true, "application/x-connection-string"],
  ["url/credentials", true, "text/uri-list"],
  ["private-key/pem", false, "application/x-pem-file"],
  ["jwt/token", false, "application/jwt"],
];

for (const [ruleId, compound, contentType] of CONTENT_TYPES) {
  test(`contentType for ${ruleId}${compound ? " (compound)" : ""}: ${contentType}`, () => {
    assert.equal(secretMetadata({ ...base, ruleId, compound }).contentType, contentType);
  });
}

test("contentType for a service principal's JSON credentials: application/json", () => {
  assert.equal(secretMetadata({ ...base, ruleId: "azure/entra-client-secret", compound: true, json: true }).contentType, "application/json");
});

test("expiresOn = now + rotationDays; the rotate-by tag is its date", () => {
  const { expiresOn, tags } = secretMetadata({ ...base, rotationDays: 1, now: new Date("2024-12-31T23:00:00Z") });
  assert.equal(expiresOn.toISOString(), "2025-01-01T23:00:00.000Z");
  assert.equal(tags["rotate-by"], "2025-01-01");
});

test("rotationDays must be a whole number of days, at least 1", () => {
  for (const rotationDays of [0, -5, 1.5, Number.NaN]) assert.throws(() => secretMetadata({ ...base, rotationDays }), RangeError);
});
