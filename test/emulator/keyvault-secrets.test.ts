// The real SecretClient against the emulator: every non-delete operation, the challenge, paging,
// versions and the error codes (docs/azure-wire-protocol.md §1–2).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { collect, fakeCredential, rawRequest, secretClient, startTestEmulator, statusOf } from "./helpers";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startTestEmulator({ vaults: ["kv-alpha", "kv-beta"] });
});
after(() => emulator.close());

describe("authentication", () => {
  test("the first request gets the recorded 401 challenge before its body is read", async () => {
    const url = `${emulator.info.vaults["kv-alpha"]}/secrets/probe?api-version=2025-07-01`;
    const response = await rawRequest(emulator, url, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ value: "emulator-test-value-probe" }) });
    assert.equal(response.status, 401);
    assert.equal(response.headers["www-authenticate"], `Bearer authorization="https://login.microsoftonline.com/${emulator.info.tenantId}", resource="https://vault.azure.net"`);
    assert.deepEqual(JSON.parse(response.body), { error: { code: "Unauthorized", message: "AKV10000: Request is missing a Bearer, PoP, or MTLS_POP token." } });
    const probe = await rawRequest(emulator, url, { headers: { Authorization: "Bearer any-token" } });
    assert.equal(probe.status, 404, "the unauthenticated PUT must not have stored anything");
  });

  test("the SDK asks for one token, with the vault scope and the tenant from the challenge", async () => {
    const credential = fakeCredential();
    const client = secretClient(emulator, "kv-alpha", credential);
    await client.setSecret("auth-check", "emulator-test-value-auth");
    await client.getSecret("auth-check");
    assert.deepEqual(credential.requests, [{ scopes: ["https://vault.azure.net/.default"], tenantId: emulator.info.tenantId }]);
  });

  test("a request without a bearer token after the challenge is refused", async () => {
    const response = await rawRequest(emulator, `${emulator.info.vaults["kv-alpha"]}/secrets?api-version=7.5`, { headers: { Authorization: "Basic abc" } });
    assert.equal(response.status, 401);
  });
});

describe("set and get", () => {
  test("set returns the bundle; get latest and get by version read it back", async () => {
    const client = secretClient(emulator, "kv-alpha");
    const expiresOn = new Date("2030-01-01T00:00:00Z");
    const notBefore = new Date("2025-01-01T00:00:00Z");
    const set = await client.setSecret("db-password", "emulator-test-value-1", { contentType: "text/plain", tags: { env: "test" }, expiresOn, notBefore });
    assert.equal(set.value, "emulator-test-value-1");
    assert.match(set.properties.version ?? "", /^[0-9a-f]{32}$/);
    assert.equal(set.properties.vaultUrl, emulator.info.vaults["kv-alpha"]);
    assert.equal(set.properties.id, `${emulator.info.vaults["kv-alpha"]}/secrets/db-password/${set.properties.version}`);
    assert.deepEqual(set.properties.expiresOn, expiresOn);
    assert.deepEqual(set.properties.notBefore, notBefore);
    assert.ok(set.properties.createdOn instanceof Date && Math.abs(set.properties.createdOn.getTime() - Date.now()) < 5000);
    assert.equal(set.properties.recoveryLevel, "Recoverable+Purgeable");
    assert.equal(set.properties.recoverableDays, 90);

    const second = await client.setSecret("db-password", "emulator-test-value-2");
    const latest = await client.getSecret("db-password");
    assert.equal(latest.value, "emulator-test-value-2");
    assert.equal(latest.properties.version, second.properties.version);
    const first = await client.getSecret("db-password", { version: set.properties.version });
    assert.equal(first.value, "emulator-test-value-1");
    assert.equal(first.properties.contentType, "text/plain");
    assert.deepEqual(first.properties.tags, { env: "test" });
  });

  test("names are case-insensitive and keep their first spelling", async () => {
    const client = secretClient(emulator, "kv-alpha");
    await client.setSecret("MixedCase-Name", "emulator-test-value-case");
    const read = await client.getSecret("mixedcase-name");
    assert.equal(read.name, "MixedCase-Name");
  });

  test("an empty value is a valid secret", async () => {
    const client = secretClient(emulator, "kv-alpha");
    await client.setSecret("empty-value", "");
    assert.equal((await client.getSecret("empty-value")).value, "");
  });

  test("vaults are separate: the same name holds different values", async () => {
    await secretClient(emulator, "kv-alpha").setSecret("shared-name", "emulator-test-value-alpha");
    await secretClient(emulator, "kv-beta").setSecret("shared-name", "emulator-test-value-beta");
    assert.equal((await secretClient(emulator, "kv-alpha").getSecret("shared-name")).value, "emulator-test-value-alpha");
    assert.equal((await secretClient(emulator, "kv-beta").getSecret("shared-name")).value, "emulator-test-value-beta");
  });
});

describe("update properties", () => {
  test("PATCH changes only the fields it names", async () => {
    const client = secretClient(emulator, "kv-alpha");
    const set = await client.setSecret("patched", "emulator-test-value-patch", { contentType: "text/plain", tags: { owner: "team-a" } });
    const version = set.properties.version ?? "";
    const updated = await client.updateSecretProperties("patched", version, { enabled: false });
    assert.equal(updated.enabled, false);
    assert.equal(updated.contentType, "text/plain");
    assert.deepEqual(updated.tags, { owner: "team-a" });
    const retagged = await client.updateSecretProperties("patched", version, { tags: { owner: "team-b" }, enabled: true });
    assert.deepEqual(retagged.tags, { owner: "team-b" });
    assert.equal(retagged.contentType, "text/plain");
    assert.equal((await client.getSecret("patched")).value, "emulator-test-value-patch");
  });

  test("PATCH with exp: null removes the expiry; an absent exp keeps it", async () => {
    const client = secretClient(emulator, "kv-alpha");
    const expiresOn = new Date(Date.UTC(2030, 5, 1));
    await client.setSecret("expiring", "emulator-test-value-expiring", { expiresOn });
    const kept = await client.updateSecretProperties("expiring", "", { tags: { owner: "team-a" } });
    assert.equal(kept.expiresOn?.getTime(), expiresOn.getTime());
    // The SDK's type says Date | undefined; its serializer sends null as JSON null.
    const cleared = await client.updateSecretProperties("expiring", "", { expiresOn: null as unknown as undefined });
    assert.equal(cleared.expiresOn, undefined);
    assert.deepEqual(cleared.tags, { owner: "team-a" });
    assert.equal((await client.getSecret("expiring")).properties.expiresOn, undefined);
  });

  test("a disabled secret answers 403 SecretDisabled to get, but is listed", async () => {
    const client = secretClient(emulator, "kv-alpha");
    await client.setSecret("disabled-one", "emulator-test-value-disabled", { enabled: false });
    const error = await statusOf(client.getSecret("disabled-one"));
    assert.equal(error.statusCode, 403);
    assert.equal(error.code, "Forbidden");
    assert.match(error.message, /Operation get is not allowed on a disabled secret/);
    assert.equal((error.details as { error: { innerError: { code: string } } }).error.innerError.code, "SecretDisabled");
    const listed = await collect(client.listPropertiesOfSecrets());
    assert.equal(listed.find((properties) => properties.name === "disabled-one")?.enabled, false);
  });
});

describe("lists and paging", () => {
  test("listPropertiesOfSecrets pages with maxresults and absolute next links, without values", async () => {
    const client = secretClient(emulator, "kv-beta");
    for (let index = 0; index < 12; index++) await client.setSecret(`paged-${String(index).padStart(2, "0")}`, `emulator-test-value-page-${index}`);
    const pages = [];
    for await (const page of client.listPropertiesOfSecrets().byPage({ maxPageSize: 5 })) pages.push(page);
    const names = pages.flat().map((properties) => properties.name).filter((name) => name.startsWith("paged-"));
    assert.deepEqual(names, Array.from({ length: 12 }, (_, index) => `paged-${String(index).padStart(2, "0")}`));
    assert.ok(pages.length >= 3, `expected several pages, got ${pages.length}`);
    assert.ok(pages.slice(0, -1).every((page) => page.length === 5));
    const item = pages.flat().find((properties) => properties.name === "paged-00");
    assert.equal(item?.version, undefined, "list items carry no version");
    assert.equal((item as { value?: string } | undefined)?.value, undefined);
  });

  test("the next link is absolute, on the request's origin, and keeps maxresults", async () => {
    const url = `${emulator.info.vaults["kv-beta"]}/secrets?api-version=2025-07-01&maxresults=2`;
    const page = JSON.parse((await rawRequest(emulator, url, { headers: { Authorization: "Bearer t" } })).body) as { value: unknown[]; nextLink: string };
    assert.equal(page.value.length, 2);
    assert.ok(page.nextLink.startsWith(`${emulator.info.vaults["kv-beta"]}/secrets?api-version=2025-07-01&$skiptoken=`));
    assert.ok(page.nextLink.endsWith("&maxresults=2"));
    const last = JSON.parse((await rawRequest(emulator, `${emulator.info.vaults["kv-beta"]}/secrets?api-version=7.6&maxresults=25&$skiptoken=${encodeURIComponent(new URL(page.nextLink).searchParams.get("$skiptoken") ?? "")}`, { headers: { Authorization: "Bearer t" } })).body) as { nextLink: unknown };
    assert.equal(last.nextLink, null);
  });

  test("listPropertiesOfSecretVersions lists every version with its id; unknown names list nothing", async () => {
    const client = secretClient(emulator, "kv-beta");
    const versions = [];
    for (let index = 0; index < 4; index++) versions.push((await client.setSecret("rotating", `emulator-test-value-rotation-${index}`)).properties.version);
    const listed = [];
    for await (const page of client.listPropertiesOfSecretVersions("rotating").byPage({ maxPageSize: 3 })) listed.push(...page);
    assert.deepEqual(listed.map((properties) => properties.version), versions);
    assert.deepEqual(await collect(client.listPropertiesOfSecretVersions("never-created")), []);
  });

  test("maxresults outside 1..25 is a 400", async () => {
    const response = await rawRequest(emulator, `${emulator.info.vaults["kv-beta"]}/secrets?api-version=7.5&maxresults=26`, { headers: { Authorization: "Bearer t" } });
    assert.equal(response.status, 400);
    assert.equal((JSON.parse(response.body) as { error: { code: string } }).error.code, "BadParameter");
  });
});

describe("errors", () => {
  test("404 SecretNotFound with the service's wording", async () => {
    const error = await statusOf(secretClient(emulator, "kv-alpha").getSecret("does-not-exist"));
    assert.equal(error.statusCode, 404);
    assert.equal(error.code, "SecretNotFound");
    assert.match(error.message, /A secret with \(name\/id\) does-not-exist was not found in this key vault/);
  });

  test("an unknown version is a 404 too", async () => {
    const client = secretClient(emulator, "kv-alpha");
    await client.setSecret("versioned", "emulator-test-value-v");
    const error = await statusOf(client.getSecret("versioned", { version: "0123456789abcdef0123456789abcdef" }));
    assert.equal(error.statusCode, 404);
  });

  test("a name outside [0-9a-zA-Z-] is a 400 BadParameter", async () => {
    const error = await statusOf(secretClient(emulator, "kv-alpha").setSecret("bad_name", "emulator-test-value-bad"));
    assert.equal(error.statusCode, 400);
    assert.equal(error.code, "BadParameter");
  });

  test("more than 15 tags is a 400 BadParameter, as Key Vault keeps at most 15", async () => {
    const tags = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`tag${index}`, "x"]));
    const client = secretClient(emulator, "kv-alpha");
    await client.setSecret("fifteen-tags", "emulator-test-value-tags", { tags: tags(15) });
    const error = await statusOf(client.setSecret("sixteen-tags", "emulator-test-value-tags", { tags: tags(16) }));
    assert.equal(error.statusCode, 400);
    assert.equal(error.code, "BadParameter");
    const patched = await statusOf(client.updateSecretProperties("fifteen-tags", "", { tags: tags(16) }));
    assert.equal(patched.statusCode, 400);
  });

  test("a tag name over 512 characters or a value over 256 is a 400 BadParameter, as Key Vault's limits", async () => {
    const client = secretClient(emulator, "kv-alpha");
    await client.setSecret("long-tags", "emulator-test-value-tags", { tags: { ["n".repeat(512)]: "v".repeat(256) } });
    for (const tags of [{ ["n".repeat(513)]: "v" }, { owner: "v".repeat(257) }]) {
      const error = await statusOf(client.setSecret("long-tags", "emulator-test-value-tags", { tags }));
      assert.equal(error.statusCode, 400);
      assert.equal(error.code, "BadParameter");
      assert.equal((await statusOf(client.updateSecretProperties("long-tags", "", { tags }))).statusCode, 400);
    }
  });

  test("a content type over 255 characters is a 400 BadParameter, on a set and on a PATCH", async () => {
    const client = secretClient(emulator, "kv-alpha");
    const longest = `application/${"x".repeat(255 - "application/".length)}`;
    assert.equal((await client.setSecret("long-content-type", "emulator-test-value-ct", { contentType: longest })).properties.contentType, longest);
    const error = await statusOf(client.setSecret("long-content-type", "emulator-test-value-ct", { contentType: `${longest}x` }));
    assert.equal(error.statusCode, 400);
    assert.equal(error.code, "BadParameter");
    assert.equal((await statusOf(client.updateSecretProperties("long-content-type", "", { contentType: `${longest}x` }))).statusCode, 400);
    assert.equal((await client.getSecret("long-content-type")).properties.contentType, longest, "the refused PATCH changed nothing");
  });

  test("an empty name is a 405, as recorded", async () => {
    const error = await statusOf(secretClient(emulator, "kv-alpha").setSecret("", "emulator-test-value-empty"));
    assert.equal(error.statusCode, 405);
    assert.equal(error.code, "MethodNotAllowed");
  });

  test("a request without api-version is a 400", async () => {
    const response = await rawRequest(emulator, `${emulator.info.vaults["kv-alpha"]}/secrets`, { headers: { Authorization: "Bearer t" } });
    assert.equal(response.status, 400);
  });
});

describe("backup and restore", () => {
  test("a backup is opaque and restores every version after a purge", async () => {
    const client = secretClient(emulator, "kv-alpha");
    const first = await client.setSecret("backed-up", "emulator-test-value-b1");
    const second = await client.setSecret("backed-up", "emulator-test-value-b2");
    const blob = await client.backupSecret("backed-up");
    assert.ok(blob instanceof Uint8Array && blob.length > 0);
    assert.ok(!Buffer.from(blob).toString("latin1").includes("emulator-test-value-b1"), "the blob must not show the value");

    await (await client.beginDeleteSecret("backed-up", { intervalInMs: 20 })).pollUntilDone();
    await client.purgeDeletedSecret("backed-up");
    const restored = await client.restoreSecretBackup(blob);
    assert.equal(restored.name, "backed-up");
    assert.equal(restored.version, second.properties.version);
    assert.equal((await client.getSecret("backed-up", { version: first.properties.version })).value, "emulator-test-value-b1");
    assert.equal((await client.getSecret("backed-up")).value, "emulator-test-value-b2");
  });

  test("restoring onto an existing name is a 409; a corrupt blob is the recorded 400", async () => {
    const client = secretClient(emulator, "kv-alpha");
    await client.setSecret("restore-conflict", "emulator-test-value-rc");
    const blob = await client.backupSecret("restore-conflict");
    assert.ok(blob);
    assert.equal((await statusOf(client.restoreSecretBackup(blob))).statusCode, 409);
    const corrupt = Uint8Array.from(blob);
    corrupt[corrupt.length - 1] = corrupt[corrupt.length - 1]! ^ 0xff;
    const error = await statusOf(client.restoreSecretBackup(corrupt));
    assert.equal(error.statusCode, 400);
    assert.equal(error.code, "Malformed backup blob");
  });

  test("backing up an unknown secret is a 404", async () => {
    assert.equal((await statusOf(secretClient(emulator, "kv-alpha").backupSecret("no-such-secret"))).statusCode, 404);
  });
});
