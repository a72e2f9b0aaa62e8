// The real AppConfigurationClient against the emulator, with a connection string (HMAC verified
// exactly) and with a token credential (docs/azure-wire-protocol.md §4).
import { AppConfigurationClient, parseSecretReference, secretReferenceContentType } from "@azure/app-configuration";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { KEY_VAULT_REFERENCE_CONTENT_TYPE, type RunningEmulator } from "../../src/emulator";
import { appConfigClient, clientOptions, collect, rawRequest, startTestEmulator, statusOf } from "./helpers";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startTestEmulator({ appConfigStores: ["cfg-main", "cfg-paging", "cfg-other"], appConfigPageSize: 3 });
});
after(() => emulator.close());

describe("key-values", () => {
  test("set and get, with and without a label; the null label is its own setting", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    const unlabelled = await client.setConfigurationSetting({ key: "App:Db/Timeout", value: "30", contentType: "text/plain", tags: { team: "a" } });
    const labelled = await client.setConfigurationSetting({ key: "App:Db/Timeout", label: "prod", value: "60" });
    assert.notEqual(unlabelled.etag, labelled.etag);
    const readNull = await client.getConfigurationSetting({ key: "App:Db/Timeout" });
    assert.equal(readNull.value, "30");
    assert.equal(readNull.label, undefined);
    assert.equal(readNull.contentType, "text/plain");
    assert.deepEqual(readNull.tags, { team: "a" });
    assert.equal(readNull.isReadOnly, false);
    assert.ok(readNull.lastModified instanceof Date);
    const readProd = await client.getConfigurationSetting({ key: "App:Db/Timeout", label: "prod" });
    assert.equal(readProd.value, "60");
    assert.equal(readProd.label, "prod");
  });

  test("a missing setting is a 404 with an empty body", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    assert.equal((await statusOf(client.getConfigurationSetting({ key: "missing" }))).statusCode, 404);
    const response = await rawRequest(emulator, `${emulator.info.appConfig["cfg-main"]?.endpoint}/kv/missing?api-version=2026-04-01`, { headers: { Authorization: "Bearer t" } });
    assert.equal(response.status, 404);
    assert.equal(response.body, "");
  });

  test("add fails with 412 when the setting exists", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    await client.addConfigurationSetting({ key: "added", label: "l1", value: "first" });
    const error = await statusOf(client.addConfigurationSetting({ key: "added", label: "l1", value: "second" }));
    assert.equal(error.statusCode, 412);
    assert.equal((await client.getConfigurationSetting({ key: "added", label: "l1" })).value, "first");
  });

  test("delete answers 200 with the setting, then 204 when there is none", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    await client.setConfigurationSetting({ key: "to-delete", value: "x" });
    const deleted = await client.deleteConfigurationSetting({ key: "to-delete" });
    assert.equal(deleted.statusCode, 200);
    assert.equal((deleted as unknown as { value?: string }).value, "x", "the 200 carries the deleted key-value");
    assert.equal((await client.deleteConfigurationSetting({ key: "to-delete" })).statusCode, 204);
  });

  test("keys with reserved characters work when percent-encoded (the SDK's skipUrlEncoding quirk)", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    const key = "Weird key?#&=";
    await client.setConfigurationSetting({ key: encodeURIComponent(key), label: encodeURIComponent("a b&c"), value: "odd" });
    const read = await client.getConfigurationSetting({ key: encodeURIComponent(key), label: encodeURIComponent("a b&c") });
    assert.equal(read.key, key);
    assert.equal(read.label, "a b&c");
  });

  test("Key Vault references keep their content type and secret id", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    const secretId = "https://my-vault.vault.azure.net/secrets/db-password";
    await client.setConfigurationSetting({ key: "ConnectionStrings:Db", contentType: secretReferenceContentType, value: { secretId } });
    const read = await client.getConfigurationSetting({ key: "ConnectionStrings:Db" });
    assert.equal(read.contentType, KEY_VAULT_REFERENCE_CONTENT_TYPE);
    assert.equal(read.contentType, "application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8");
    assert.equal(parseSecretReference(read).value.secretId, secretId);
    assert.deepEqual(JSON.parse(read.value ?? ""), { uri: secretId });
  });
});

describe("size limit", () => {
  // Documented: 10,000 characters for the key, label, value, content type and tags together.
  const filler = (length: number) => "v".repeat(length);

  test("a key-value of 10,000 characters is stored; one more is a 413 problem+json, and nothing is stored", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    const [key, label, contentType, tags] = ["Big:Value", "prod", "text/plain", { source: "src/app.ts" }];
    const around = key.length + label.length + contentType.length + "source".length + tags.source.length;
    const stored = await client.setConfigurationSetting({ key, label, contentType, tags, value: filler(10_000 - around) });
    assert.equal(stored.value?.length, 10_000 - around);

    const error = await statusOf(client.setConfigurationSetting({ key, label, contentType, tags, value: filler(10_001 - around) }));
    assert.equal(error.statusCode, 413);
    assert.equal((await client.getConfigurationSetting({ key, label })).value?.length, 10_000 - around, "the stored value is unchanged");

    const raw = await rawRequest(emulator, `${emulator.info.appConfig["cfg-main"]?.endpoint}/kv/Too:Big?api-version=2026-04-01`, {
      method: "PUT",
      headers: { Authorization: "Bearer t", "Content-Type": "application/json" },
      body: JSON.stringify({ value: filler(10_000) }),
    });
    assert.equal(raw.status, 413);
    assert.match(String(raw.headers["content-type"]), /^application\/problem\+json/);
    const problem = JSON.parse(raw.body) as { status: number; title: string; detail: string };
    assert.equal(problem.status, 413);
    assert.match(problem.detail, /10007 characters.*at most 10000/);
    assert.equal((await statusOf(client.getConfigurationSetting({ key: "Too:Big" }))).statusCode, 404);
  });

  test("the key and the tags count as much as the value", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    assert.equal((await statusOf(client.setConfigurationSetting({ key: `K${filler(9_000)}`, value: filler(1_000) }))).statusCode, 413);
    assert.equal((await statusOf(client.setConfigurationSetting({ key: "Tagged", value: filler(5_000), tags: { note: filler(5_000) } }))).statusCode, 413);
  });
});

describe("ETags", () => {
  test("onlyIfChanged: 304 while unchanged, 200 after a change", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    const set = await client.setConfigurationSetting({ key: "etagged", value: "v1" });
    const unchanged = await client.getConfigurationSetting(set, { onlyIfChanged: true });
    assert.equal(unchanged.statusCode, 304);
    assert.equal(unchanged.value, undefined);
    await client.setConfigurationSetting({ key: "etagged", value: "v2" });
    const changed = await client.getConfigurationSetting(set, { onlyIfChanged: true });
    assert.equal(changed.statusCode, 200);
    assert.equal(changed.value, "v2");
  });

  test("onlyIfUnchanged: a stale etag is a 412 for set and delete", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    const stale = await client.setConfigurationSetting({ key: "optimistic", value: "v1" });
    const fresh = await client.setConfigurationSetting({ key: "optimistic", value: "v2" });
    assert.equal((await statusOf(client.setConfigurationSetting({ ...stale, value: "v3" }, { onlyIfUnchanged: true }))).statusCode, 412);
    assert.equal((await statusOf(client.deleteConfigurationSetting(stale, { onlyIfUnchanged: true }))).statusCode, 412);
    const written = await client.setConfigurationSetting({ ...fresh, value: "v3" }, { onlyIfUnchanged: true });
    assert.equal(written.value, "v3");
  });

  test("the ETag header is quoted, the body etag is not, and every response has a Sync-Token", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    const set = await client.setConfigurationSetting({ key: "headers", value: "v" });
    const response = await rawRequest(emulator, `${emulator.info.appConfig["cfg-main"]?.endpoint}/kv/headers?api-version=2026-04-01`, { headers: { Authorization: "Bearer t" } });
    assert.equal(response.headers.etag, `"${set.etag}"`);
    assert.equal((JSON.parse(response.body) as { etag: string }).etag, set.etag);
    assert.match(String(response.headers["sync-token"]), /^([^=]+)=([^;]+);sn=(\d+)$/);
    assert.match(String(response.headers["content-type"]), /^application\/vnd\.microsoft\.appconfig\.kv\+json/);
  });
});

describe("read-only locks", () => {
  test("a locked setting refuses writes and deletes with the recorded 409; unlocking allows them again", async () => {
    const client = appConfigClient(emulator, "cfg-main");
    await client.setConfigurationSetting({ key: "locked", label: "prod", value: "v1" });
    const locked = await client.setReadOnly({ key: "locked", label: "prod" }, true);
    assert.equal(locked.isReadOnly, true);
    const error = await statusOf(client.setConfigurationSetting({ key: "locked", label: "prod", value: "v2" }));
    assert.equal(error.statusCode, 409);
    assert.equal((await statusOf(client.deleteConfigurationSetting({ key: "locked", label: "prod" }))).statusCode, 409);

    const raw = await rawRequest(emulator, `${emulator.info.appConfig["cfg-main"]?.endpoint}/kv/locked?label=prod&api-version=2026-04-01`, {
      method: "PUT",
      headers: { Authorization: "Bearer t", "Content-Type": "application/json" },
      body: JSON.stringify({ value: "v3" }),
    });
    assert.equal(raw.status, 409);
    assert.match(String(raw.headers["content-type"]), /^application\/problem\+json/);
    assert.deepEqual(JSON.parse(raw.body), {
      type: "https://azconfig.io/errors/key-locked",
      title: "Modifing key 'locked' is not allowed",
      name: "locked",
      detail: "The key is read-only. To allow modification unlock it first.",
      status: 409,
    });

    const unlocked = await client.setReadOnly({ key: "locked", label: "prod" }, false);
    assert.equal(unlocked.isReadOnly, false);
    assert.equal((await client.setConfigurationSetting({ key: "locked", label: "prod", value: "v2" })).value, "v2");
  });

  test("locking a missing setting is a 404", async () => {
    assert.equal((await statusOf(appConfigClient(emulator, "cfg-main").setReadOnly({ key: "nothing-here" }, true))).statusCode, 404);
  });
});

describe("lists", () => {
  before(async () => {
    const client = appConfigClient(emulator, "cfg-paging");
    for (let index = 0; index < 8; index++) await client.setConfigurationSetting({ key: `App:Setting${index}`, label: index % 2 === 0 ? "dev" : "prod", value: `${index}` });
    await client.setConfigurationSetting({ key: "Other:Thing", value: "no label" });
    await client.setConfigurationSetting({ key: "Star*Key", value: "literal star" });
  });

  test("listing pages through `after` tokens (page size 3)", async () => {
    const client = appConfigClient(emulator, "cfg-paging");
    const pages = [];
    for await (const page of client.listConfigurationSettings().byPage()) pages.push(page.items);
    assert.deepEqual(pages.map((page) => page.length), [3, 3, 3, 1]);
    assert.equal(pages.flat().length, 10);
  });

  test("key and label filters: prefix, list, exact and the null label", async () => {
    const client = appConfigClient(emulator, "cfg-paging");
    const keys = async (options: Parameters<AppConfigurationClient["listConfigurationSettings"]>[0]) => (await collect(client.listConfigurationSettings(options))).map((setting) => `${setting.key}|${setting.label ?? ""}`);
    assert.equal((await keys({ keyFilter: "App:*" })).length, 8);
    assert.deepEqual(await keys({ keyFilter: "App:*", labelFilter: "prod" }), ["App:Setting1|prod", "App:Setting3|prod", "App:Setting5|prod", "App:Setting7|prod"]);
    assert.deepEqual(await keys({ keyFilter: "App:Setting0,App:Setting1" }), ["App:Setting0|dev", "App:Setting1|prod"]);
    assert.deepEqual(await keys({ labelFilter: "\0" }), ["Other:Thing|", "Star*Key|"]);
    assert.deepEqual(await keys({ keyFilter: "Star\\*Key" }), ["Star*Key|"]);
  });

  test("the first page carries @nextLink and a Link header with the same after token", async () => {
    const endpoint = emulator.info.appConfig["cfg-paging"]?.endpoint;
    const response = await rawRequest(emulator, `${endpoint}/kv?api-version=2026-04-01&key=App:*`, { headers: { Authorization: "Bearer t" } });
    const body = JSON.parse(response.body) as { items: unknown[]; "@nextLink": string };
    assert.equal(body.items.length, 3);
    assert.match(body["@nextLink"], /^\/kv\?.*after=/);
    assert.equal(response.headers.link, `<${body["@nextLink"]}>; rel="next"`);
    assert.match(String(response.headers["content-type"]), /kvset\+json/);
  });

  test("pageEtags: unchanged pages answer 304 and come back empty", async () => {
    const client = appConfigClient(emulator, "cfg-paging");
    const first = [];
    for await (const page of client.listConfigurationSettings({ keyFilter: "App:*" }).byPage()) first.push(page);
    const etags = first.map((page) => page.etag ?? "");
    await client.setConfigurationSetting({ key: "App:Setting7", label: "prod", value: "changed" });
    const again = [];
    for await (const page of client.listConfigurationSettings({ keyFilter: "App:*", pageEtags: etags }).byPage()) again.push(page);
    assert.deepEqual(again.map((page) => Number(page._response.status)), [304, 304, 200]);
    assert.equal(again[2]?.items.find((setting) => setting.key === "App:Setting7")?.value, "changed");
  });

  test("checkConfigurationSettings (HEAD) pages by the Link header", async () => {
    const client = appConfigClient(emulator, "cfg-paging");
    const pages = [];
    for await (const page of client.checkConfigurationSettings({ keyFilter: "App:*" }).byPage()) pages.push(page);
    assert.equal(pages.length, 3);
    assert.ok(pages.every((page) => typeof page.etag === "string"));
  });

  test("revisions list every write, newest first; labels and keys are listed", async () => {
    const client = appConfigClient(emulator, "cfg-other");
    for (const value of ["r1", "r2", "r3"]) await client.setConfigurationSetting({ key: "revised", label: "rev", value });
    const revisions = await collect(client.listRevisions({ keyFilter: "revised" }));
    assert.deepEqual(revisions.map((revision) => revision.value), ["r3", "r2", "r1"]);
    await client.setConfigurationSetting({ key: "unlabelled", value: "u" });
    const labels = (await collect(client.listLabels())).map((label) => label.name);
    assert.deepEqual(labels, [null, "rev"]);
  });
});

describe("authentication", () => {
  test("a token credential works over HTTPS (bearer)", async () => {
    const client = appConfigClient(emulator, "cfg-other", "token");
    await client.setConfigurationSetting({ key: "via-token", value: "t" });
    assert.equal((await client.getConfigurationSetting({ key: "via-token" })).value, "t");
  });

  test("a wrong HMAC secret is a 401 with an HMAC challenge", async () => {
    const info = emulator.info.appConfig["cfg-main"];
    assert.ok(info);
    const wrongSecret = Buffer.alloc(32, 7).toString("base64");
    const forged = info.connectionString.replace(/Secret=.*$/, `Secret=${wrongSecret}`);
    const client = new AppConfigurationClient(forged, clientOptions(emulator));
    const error = await statusOf(client.getConfigurationSetting({ key: "App:Db/Timeout" }));
    assert.equal(error.statusCode, 401);
    const response = error as unknown as { response?: { headers: { get(name: string): string | undefined } } };
    assert.equal(response.response?.headers.get("www-authenticate"), 'HMAC-SHA256 error="invalid_token", error_description="Invalid Signature"');
  });

  test("an unknown credential id is a 401", async () => {
    const info = emulator.info.appConfig["cfg-main"];
    assert.ok(info);
    const client = new AppConfigurationClient(info.connectionString.replace(/Id=[^;]+/, "Id=not-a-key"), clientOptions(emulator));
    assert.equal((await statusOf(client.getConfigurationSetting({ key: "App:Db/Timeout" }))).statusCode, 401);
  });

  test("a key of another store is a 401", async () => {
    const other = emulator.info.appConfig["cfg-other"];
    const main = emulator.info.appConfig["cfg-main"];
    assert.ok(other && main);
    const client = new AppConfigurationClient(other.connectionString.replace(other.endpoint, main.endpoint), clientOptions(emulator));
    assert.equal((await statusOf(client.getConfigurationSetting({ key: "App:Db/Timeout" }))).statusCode, 401);
  });

  test("a read-only access key reads but gets 403 on writes", async () => {
    const client = appConfigClient(emulator, "cfg-main", "read-only-connection-string");
    assert.equal((await client.getConfigurationSetting({ key: "App:Db/Timeout" })).value, "30");
    assert.equal((await statusOf(client.setConfigurationSetting({ key: "App:Db/Timeout", value: "31" }))).statusCode, 403);
  });

  test("no Authorization header is a 401", async () => {
    const response = await rawRequest(emulator, `${emulator.info.appConfig["cfg-main"]?.endpoint}/kv?api-version=2026-04-01`);
    assert.equal(response.status, 401);
    assert.equal(response.headers["www-authenticate"], "HMAC-SHA256, Bearer");
  });
});
