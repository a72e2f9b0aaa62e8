// Each finding links to documentation: for an Azure service's key, the page that says how to
// regenerate, rotate or stop using it, which is what a user needs once a key has leaked.
import assert from "node:assert/strict";
import { test } from "node:test";
import { knownRules } from "../../src/engine";

test("every rule links to documentation over https", () => {
  for (const rule of knownRules()) assert.match(rule.docsUrl, /^https:\/\/[a-z0-9.-]+\/\S+$/, rule.id);
});

test("an Azure service's key links to that service's page on Microsoft Learn", () => {
  const docs = new Map(knownRules().map((rule) => [rule.id, rule.docsUrl]));
  const expected: [string, RegExp][] = [
    ["azure/storage-account-key", /\/azure\/storage\/common\/storage-account-keys-manage$/],
    ["azure/storage-connection-string", /\/azure\/storage\/common\/storage-account-keys-manage$/],
    ["azure/sas-token", /\/azure\/storage\//],
    ["azure/cosmos-account-key", /\/azure\/cosmos-db\//],
    ["azure/service-bus-key", /\/azure\/service-bus-messaging\//],
    ["azure/event-hubs-key", /\/azure\/event-hubs\//],
    ["azure/iot-hub-key", /\/azure\/iot-hub\//],
    ["azure/redis-access-key", /\/azure\/azure-cache-for-redis\//],
    ["azure/functions-key", /\/azure\/azure-functions\//],
    ["azure/search-key", /\/azure\/search\//],
    ["azure/devops-pat-legacy", /\/azure\/devops\//],
    ["azure/cognitive-services-key", /\/azure\/ai-services\//],
    ["azure/entra-client-secret", /\/entra\/identity-platform\//],
    ["azure/auth-file-client-secret", /\/entra\/identity-platform\//],
    ["azure/logic-apps-trigger-url", /\/azure\/logic-apps\//],
  ];
  for (const [id, page] of expected) assert.match(docs.get(id) ?? "", new RegExp(`^https://learn\\.microsoft\\.com${page.source}`), id);
  // Rules that span services keep the Key Vault guidance.
  assert.match(docs.get("azure/shared-access-key") ?? "", /\/key-vault\/secrets\/secrets-best-practices$/);
});
