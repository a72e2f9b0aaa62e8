// How a vault or store is named in titles and the Vaults view (src/extension/endpoint-names.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import type { EmulatorEndpoints } from "../../src/azure";
import { endpointName } from "../../src/extension/endpoint-names";

const emulator: EmulatorEndpoints = {
  vaults: { "shop-dev": "https://127.0.0.1:35701" },
  appConfig: { "shop-config": { endpoint: "https://127.0.0.1:35702" } },
  arm: "https://127.0.0.1:35700",
  subscriptionId: "00000000-0000-0000-0000-000000000000",
};

test("an emulator endpoint goes by the emulator's name for it, as the Vaults view shows it", () => {
  assert.equal(endpointName("https://127.0.0.1:35701", "keyVault", emulator), "shop-dev");
  assert.equal(endpointName("https://127.0.0.1:35701/", "keyVault", emulator), "shop-dev", "a trailing slash is the same endpoint");
  assert.equal(endpointName("https://127.0.0.1:35702", "appConfiguration", emulator), "shop-config");
});

test("without the emulator's list, a loopback endpoint is its host and port; Azure's the first label of its host", () => {
  assert.equal(endpointName("https://127.0.0.1:35701", "keyVault", undefined), "127.0.0.1:35701");
  assert.equal(endpointName("https://orders-dev.vault.azure.net", "keyVault", emulator), "orders-dev");
  assert.equal(endpointName("https://orders-config.azconfig.io", "appConfiguration", undefined), "orders-config");
});
