// App Configuration's HMAC-SHA256 scheme, signed by hand from the documented algorithm rather than
// by the SDK, so the verifier is checked against the specification and not only against one client.
import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { after, before, test } from "node:test";
import type { RunningEmulator } from "../../src/emulator";
import { rawRequest, startTestEmulator } from "./helpers";

let emulator: RunningEmulator;
let endpoint: string;
let credential: string;
let secret: string;
before(async () => {
  emulator = await startTestEmulator({ appConfigStores: ["cfg-hmac"] });
  const info = emulator.info.appConfig["cfg-hmac"];
  assert.ok(info);
  endpoint = info.endpoint;
  const parts = Object.fromEntries(info.connectionString.split(";").map((part) => [part.slice(0, part.indexOf("=")), part.slice(part.indexOf("=") + 1)]));
  credential = parts.Id ?? "";
  secret = parts.Secret ?? "";
});
after(() => emulator.close());

interface SignOptions {
  method: string;
  pathAndQuery: string;
  body?: string;
  date?: Date;
  /** Sign this body hash instead of the real one. */
  contentHash?: string;
  key?: string;
}

function signedHeaders({ method, pathAndQuery, body = "", date = new Date(), contentHash, key = secret }: SignOptions): Record<string, string> {
  const host = new URL(endpoint).host;
  const hash = contentHash ?? createHash("sha256").update(body).digest("base64");
  const xMsDate = date.toUTCString();
  const stringToSign = `${method}\n${pathAndQuery}\n${xMsDate};${host};${hash}`;
  const signature = createHmac("sha256", Buffer.from(key, "base64")).update(stringToSign).digest("base64");
  return {
    "x-ms-date": xMsDate,
    "x-ms-content-sha256": createHash("sha256").update(body).digest("base64"),
    Authorization: `HMAC-SHA256 Credential=${credential}&SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}`,
    ...(contentHash ? { "x-ms-content-sha256": contentHash } : {}),
  };
}

async function send(options: SignOptions, headers: Record<string, string> = signedHeaders(options)) {
  return rawRequest(emulator, `${endpoint}${options.pathAndQuery}`, { method: options.method, headers: { ...headers, "Content-Type": "application/json" }, body: options.body });
}

test("a request signed by hand from the documented algorithm is accepted", async () => {
  const body = JSON.stringify({ value: "hand-signed" });
  const put = await send({ method: "PUT", pathAndQuery: "/kv/hand?api-version=2023-11-01", body });
  assert.equal(put.status, 200);
  const get = await send({ method: "GET", pathAndQuery: "/kv/hand?api-version=2023-11-01" });
  assert.equal((JSON.parse(get.body) as { value: string }).value, "hand-signed");
});

test("the raw path and query are what is signed, in the order sent", async () => {
  assert.equal((await send({ method: "GET", pathAndQuery: "/kv?label=*&api-version=2023-11-01&key=*" })).status, 200);
  const signedForOtherOrder = signedHeaders({ method: "GET", pathAndQuery: "/kv?api-version=2023-11-01&key=*&label=*" });
  const reordered = await send({ method: "GET", pathAndQuery: "/kv?label=*&api-version=2023-11-01&key=*" }, signedForOtherOrder);
  assert.equal(reordered.status, 401);
});

test("a date more than 15 minutes off is refused as expired", async () => {
  const response = await send({ method: "GET", pathAndQuery: "/kv?api-version=2023-11-01", date: new Date(Date.now() - 16 * 60 * 1000) });
  assert.equal(response.status, 401);
  assert.equal(response.headers["www-authenticate"], 'HMAC-SHA256 error="invalid_token", error_description="The access token has expired"');
});

test("a body that does not match x-ms-content-sha256 is refused", async () => {
  const signedHash = createHash("sha256").update(JSON.stringify({ value: "what was signed" })).digest("base64");
  const response = await send({ method: "PUT", pathAndQuery: "/kv/tampered?api-version=2023-11-01", body: JSON.stringify({ value: "what was sent" }), contentHash: signedHash });
  assert.equal(response.status, 401);
  assert.match(String(response.headers["www-authenticate"]), /Invalid content hash/);
});

test("a signature made with another key is refused", async () => {
  const response = await send({ method: "GET", pathAndQuery: "/kv?api-version=2023-11-01", key: Buffer.alloc(32, 1).toString("base64") });
  assert.equal(response.status, 401);
  assert.match(String(response.headers["www-authenticate"]), /Invalid Signature/);
});

test("signed headers must include host and the content hash", async () => {
  const headers = signedHeaders({ method: "GET", pathAndQuery: "/kv?api-version=2023-11-01" });
  headers.Authorization = (headers.Authorization ?? "").replace("SignedHeaders=x-ms-date;host;x-ms-content-sha256", "SignedHeaders=x-ms-date");
  const response = await send({ method: "GET", pathAndQuery: "/kv?api-version=2023-11-01" }, headers);
  assert.equal(response.status, 401);
  assert.match(String(response.headers["www-authenticate"]), /Signed request header 'host' is not provided/);
});
