// Configuration values in a file SOPS encrypted: the metadata it writes (the Key Vault key that can
// open the file, under `sops:`) is read by `sops` and sealed by the file's MAC, no setting to move.
// Whole-engine scans: the `sops:` block is a fact of the file, not of a line. Ciphertexts made up.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const CIPHERTEXT = "ENC[AES256_GCM,data:j0bW9SlL2kUvUfvloI4VCsFC,iv:NT+sGHuQEFZwjgZwQvW1M24JTP6vlVJJftpJPUX4uwU=,tag:p3UirQvvDzPPxP0aFQqLVQ==,type:str]";
const VAULT = "https://kv-orders-prod.vault.azure.net";

const configValues = (content: string, filePath: string) =>
  scanText({ content, filePath })
    .filter((finding) => finding.kind === "config")
    .map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));

test("the key vault SOPS names in an encrypted file's metadata is no configuration value, in each format", () => {
  const yaml = [
    `password: ${CIPHERTEXT}`,
    "host_unencrypted: orders-db.corp.fabrikam.com",
    "sops:",
    "    azure_kv:",
    `        - vault_url: ${VAULT}`,
    "          name: sops-key",
    "    hc_vault:",
    "        - vault_address: http://vault.corp.fabrikam.com:8200",
    `    mac: ${CIPHERTEXT}`,
    "    version: 3.8.1",
    "",
  ].join("\n");
  // A value SOPS left in the clear (`_unencrypted`) is the application's, and stays.
  assert.deepEqual(configValues(yaml, "deploy/secrets.enc.yaml"), ["orders-db.corp.fabrikam.com"]);

  const json = [
    "{",
    `  "password": "${CIPHERTEXT}",`,
    '  "sops": {',
    `    "azure_kv": [ { "vault_url": "${VAULT}", "name": "sops" } ],`,
    '    "lastmodified": "2024-06-12T09:00:00Z",',
    `    "mac": "${CIPHERTEXT}"`,
    "  },",
    '  "search_url_unencrypted": "https://search.corp.fabrikam.com"',
    "}",
    "",
  ].join("\n");
  assert.deepEqual(configValues(json, "deploy/secrets.json"), ["https://search.corp.fabrikam.com"]);

  const dotenv = [`DB_PASSWORD=${CIPHERTEXT}`, `sops_azure_kv__list_0__map_vault_url=${VAULT}`, "sops_azure_kv__list_0__map_name=sops-key", `sops_mac=${CIPHERTEXT}`, ""].join("\n");
  assert.deepEqual(configValues(dotenv, "deploy/secrets.enc.env"), []);

  const ini = ["[db]", `password = ${CIPHERTEXT}`, "", "[sops]", `azure_kv__list_0__map_vault_url = ${VAULT}`, `mac = ${CIPHERTEXT}`, ""].join("\n");
  assert.deepEqual(configValues(ini, "deploy/secrets.enc.ini"), []);
});

test("a sops key in a file SOPS did not encrypt is the application's setting", () => {
  const plain = ["sops:", "  azure_kv:", `    - vault_url: ${VAULT}`, ""].join("\n");
  assert.deepEqual(configValues(plain, "deploy/settings.yaml"), [VAULT]);
});
