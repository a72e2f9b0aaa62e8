// Azure keys without a signature of their own, known by the name or section they sit under:
// Event Grid's older topic keys (44 base64 characters, also the `aeg-sas-key` header's value) and
// Azure Maps' shared keys (43 base64url characters). They are reported by an azure/* rule, with the
// service's page on rotating or replacing them, not by the generic named-secret rule.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { knownRules, scanText } from "../../src/engine";

// Made-up values, assembled at run time so this file does not hold a detectable secret.
const EVENT_GRID_KEY = ["Vn4Kq8Xz2Lr6", "Tb9Wm3Hc7Jd1", "+Fg5Ys0Pa2Ue", "7Nk4Qw8="].join("");
const MAPS_KEY = ["Rk7Yt2Wq9Lm4", "Xc8Vb3Nh6Jd1", "-Fg5Zs0Pa2Ue", "7Qk_Hw8"].join("");

/** Each secret finding as [value, rule id]. */
function secrets(content: string, filePath: string): [string, string][] {
  return scanText({ content, filePath })
    .filter((finding) => finding.kind === "secret")
    .map((finding) => [content.slice(finding.range.startOffset, finding.range.endOffset), finding.ruleId]);
}

test("an Event Grid topic key under an Event Grid name or the aeg-sas-key header is azure/named-event-grid-key's", () => {
  assert.deepEqual(secrets(`EVENTGRID_KEY=${EVENT_GRID_KEY}\n`, ".env"), [[EVENT_GRID_KEY, "azure/named-event-grid-key"]]);
  assert.deepEqual(secrets(`headers = {"aeg-sas-key": "${EVENT_GRID_KEY}", "Content-Type": "application/json"}\n`, "publish.py"), [[EVENT_GRID_KEY, "azure/named-event-grid-key"]]);
  assert.deepEqual(secrets(`curl -X POST -H "aeg-sas-key: ${EVENT_GRID_KEY}" "$TOPIC_ENDPOINT"\n`, "publish.sh"), [[EVENT_GRID_KEY, "azure/named-event-grid-key"]]);
  assert.deepEqual(secrets(`{\n  "EventGrid": {\n    "TopicEndpoint": "https://egt-orders.westeurope-1.eventgrid.azure.net/api/events",\n    "TopicKey": "${EVENT_GRID_KEY}"\n  }\n}\n`, "appsettings.json"), [[EVENT_GRID_KEY, "azure/named-event-grid-key"]]);
});

test("an Azure Maps shared key under a Maps name or section is azure/named-maps-key's", () => {
  assert.deepEqual(secrets(`AZURE_MAPS_KEY=${MAPS_KEY}\n`, ".env"), [[MAPS_KEY, "azure/named-maps-key"]]);
  assert.deepEqual(secrets(`{\n  "Maps": {\n    "SubscriptionKey": "${MAPS_KEY}"\n  }\n}\n`, "appsettings.json"), [[MAPS_KEY, "azure/named-maps-key"]]);
  assert.deepEqual(secrets(`azureMaps:\n  clientId: 6f1c2d3e-0000-4000-8000-000000000000\n  key: ${MAPS_KEY}\n`, "values.yaml"), [[MAPS_KEY, "azure/named-maps-key"]]);
});

test("other services' keys, other shapes and other names stay with the rules that judged them before", () => {
  // A maps section that names no Azure (another vendor's key of the same length), or a name that says Google.
  assert.notEqual(secrets(`{\n  "maps": {\n    "apiKey": "${MAPS_KEY}"\n  }\n}\n`, "config.json")[0]?.[1], "azure/named-maps-key");
  assert.notEqual(secrets(`GOOGLE_MAPS_SUBSCRIPTION_KEY=${MAPS_KEY}\n`, ".env")[0]?.[1], "azure/named-maps-key");
  // An Event Grid name on a value that is no generated key, or on an id.
  assert.deepEqual(secrets(`EVENTGRID_TOPIC_KEY=ThisIsNotARealKeyJustSomeWordsHereOk123456=\n`, ".env").filter(([, rule]) => rule === "azure/named-event-grid-key"), []);
  assert.deepEqual(secrets(`EVENTGRID_TOPIC_ID=6f1c2d3e-0000-4000-8000-000000000000\n`, ".env"), []);
  // The same key under a name that says nothing of Event Grid is the generic rule's, as before.
  assert.deepEqual(secrets(`TOPIC_KEY=${EVENT_GRID_KEY}\n`, ".env").map(([, rule]) => rule), ["generic/named-secret"]);
});

test("the new rules link to the service's page on Microsoft Learn", () => {
  const docs = new Map(knownRules().map((rule) => [rule.id, rule.docsUrl]));
  assert.match(docs.get("azure/named-event-grid-key") ?? "", /^https:\/\/learn\.microsoft\.com\/azure\/event-grid\//);
  assert.match(docs.get("azure/named-maps-key") ?? "", /^https:\/\/learn\.microsoft\.com\/azure\/azure-maps\//);
});

test("a 64-byte key named for signing, encrypting or a token is the generic rule's; one named for an account stays Azure's", () => {
  // 88 base64 characters, as `openssl rand -base64 64` or a Storage account's key gives them.
  const key = createHash("sha512").update("not an account key").digest("base64");
  for (const line of [`JWT_SECRET = "${key}"`, `const signingKey = "${key}";`, `tsig_key: "${key}"`, `HMAC_KEY=${key}`, `sessionEncryptionKey = "${key}"`]) {
    assert.deepEqual(secrets(`${line}\n`, "settings.py"), [[key, "generic/named-secret"]], line);
  }
  for (const line of [`storage_key = "${key}"`, `var key = "${key}";`, `AccountKey = "${key}"`, `storageSigningKey = "${key}"`, `signing_key = "${key}"  # AccountName=ordersdata`]) {
    assert.equal(secrets(`${line}\n`, "settings.py")[0]?.[1], "azure/named-account-key", line);
  }
});

test("base64 of a hex digest's text is no account key; 64 random bytes in base64 in the same place still are", () => {
  const hexDigest = createHash("sha256").update("invoice 41 of the made-up shop").digest("hex");
  const encodedDigest = Buffer.from(hexDigest).toString("base64");
  assert.equal(encodedDigest.length, 88);
  const invoice = (value: string) => `<cac:AdditionalDocumentReference>\n  <cbc:ID>PIH</cbc:ID>\n  <cac:Attachment>\n    <cbc:EmbeddedDocumentBinaryObject mimeCode="text/plain">${value}</cbc:EmbeddedDocumentBinaryObject>\n  </cac:Attachment>\n</cac:AdditionalDocumentReference>\n`;
  assert.deepEqual(secrets(invoice(encodedDigest), "samples/invoice.xml"), []);
  const key = createHash("sha512").update("a made-up account key").digest("base64");
  assert.deepEqual(secrets(invoice(key), "samples/invoice.xml"), [[key, "azure/account-key-shape"]]);
});
