// Endpoint safety: only Azure's data-plane hosts, or loopback when the user enabled the emulator.
// The tricky hosts are the ones an attacker would try in a committed mapping file.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkArmEndpoint, checkEndpoint, parseSecretUri, sameEndpoint, secretUri, type DataPlaneService } from "../../src/azure";

const strict = { allowLoopback: false };
const withEmulator = { allowLoopback: true };

function accepted(input: string, service: DataPlaneService = "keyVault", policy = strict): string {
  const verdict = checkEndpoint(input, service, policy);
  assert.ok(verdict.accepted, `${input} should be accepted: ${verdict.accepted ? "" : verdict.reason}`);
  return verdict.endpoint.url;
}

function refused(input: string, service: DataPlaneService = "keyVault", policy = strict): string {
  const verdict = checkEndpoint(input, service, policy);
  assert.equal(verdict.accepted, false, `${input} should be refused`);
  return verdict.accepted ? "" : verdict.reason;
}

describe("Key Vault URLs", () => {
  test("public and sovereign clouds are accepted, in canonical form", () => {
    assert.equal(accepted("https://orders-dev-kv.vault.azure.net/"), "https://orders-dev-kv.vault.azure.net");
    assert.equal(accepted("  https://Orders-Dev-KV.Vault.Azure.Net  "), "https://orders-dev-kv.vault.azure.net");
    assert.equal(accepted("https://orders-kv.vault.azure.net:443"), "https://orders-kv.vault.azure.net");
    assert.equal(accepted("https://orders-kv.vault.azure.cn"), "https://orders-kv.vault.azure.cn");
    assert.equal(accepted("https://orders-kv.vault.usgovcloudapi.net"), "https://orders-kv.vault.usgovcloudapi.net");
    assert.equal(accepted("https://orders-kv.vault.microsoftazure.de"), "https://orders-kv.vault.microsoftazure.de");
    const verdict = checkEndpoint("https://orders-kv.vault.azure.cn", "keyVault", strict);
    assert.ok(verdict.accepted && verdict.endpoint.cloud === "AzureChinaCloud" && verdict.endpoint.name === "orders-kv");
  });

  test("an Azure domain inside another host is refused", () => {
    assert.match(refused("https://evil.vault.azure.net.attacker.com"), /not a Key Vault host: it must end with \.vault\.azure\.net/);
    refused("https://vault.azure.net.attacker.com");
    refused("https://evil-vault.azure.net");
    refused("https://myvaultvault.azure.net");
    refused("https://vault.azure.net");
    refused("https://orders-kv.vault.azure.net.");
  });

  test("user info before the host is refused, whatever it looks like", () => {
    assert.match(refused("https://vault.azure.net@evil.com"), /user name or password/);
    assert.match(refused("https://orders-kv.vault.azure.net:secret@evil.com"), /user name or password/);
    assert.match(refused("https://user:pass@orders-kv.vault.azure.net"), /user name or password/);
    refused("https://@orders-kv.vault.azure.net");
    refused("https://evil.com\\@orders-kv.vault.azure.net");
  });

  test("anything but https on the default port, without path, query or fragment, is refused", () => {
    assert.match(refused("http://orders-kv.vault.azure.net"), /must use https, not http/);
    assert.match(refused("ftp://orders-kv.vault.azure.net"), /must be an https URL/);
    assert.match(refused("orders-kv.vault.azure.net"), /is not a URL: write it as https:\/\/<name>\.vault\.azure\.net/);
    assert.match(refused("https://orders-kv.vault.azure.net:8443"), /default https port only/);
    assert.match(refused("https://orders-kv.vault.azure.net/secrets/db"), /without a path/);
    assert.match(refused("https://orders-kv.vault.azure.net/?x=1"), /query or a fragment/);
    assert.match(refused("https://orders-kv.vault.azure.net/#x"), /query or a fragment/);
    assert.match(refused("https://orders kv.vault.azure.net"), /spaces or control characters/);
    assert.match(refused(""), /empty/);
  });

  test("IP literals are refused; loopback only with the user-enabled emulator", () => {
    assert.match(refused("https://20.38.112.4"), /IP address/);
    assert.match(refused("https://[2001:db8::1]"), /IP address/);
    assert.match(refused("https://127.0.0.1:47311"), /secretHygiene\.localEmulator\.enabled.*workspace cannot turn that on/);
    refused("https://localhost:47311");
    refused("https://[::1]:47311");
    assert.equal(accepted("https://127.0.0.1:47311/", "keyVault", withEmulator), "https://127.0.0.1:47311");
    assert.equal(accepted("https://localhost:47311", "keyVault", withEmulator), "https://localhost:47311");
    assert.equal(accepted("https://[::1]:47311", "keyVault", withEmulator), "https://[::1]:47311");
    // WHATWG URL reads 2130706433 and 0x7f.1 as 127.0.0.1: loopback is loopback, however written.
    assert.equal(accepted("https://2130706433:47311", "keyVault", withEmulator), "https://127.0.0.1:47311");
    assert.match(refused("http://127.0.0.1:47311", "keyVault", withEmulator), /https/);
    refused("https://localhost.:47311", "keyVault", withEmulator);
    refused("https://127.0.0.2:47311", "keyVault", withEmulator);
  });

  test("punycode and look-alike hosts are refused", () => {
    // A Cyrillic 'е' in "net": URL turns the label into punycode, which matches no Azure domain.
    refused("https://orders.vault.azure.n\u0435t");
    refused("https://xn--orders-kv.vault.azure.net");
    refused("https://orders--kv.vault.azure.net");
    // Full-width dots normalise to '.', so this is a real Azure vault name and is fine.
    assert.equal(accepted("https://orders-kv\u3002vault\u3002azure\u3002net"), "https://orders-kv.vault.azure.net");
  });

  test("vault names follow Azure's rules", () => {
    refused("https://ab.vault.azure.net");
    refused("https://1orders.vault.azure.net");
    refused("https://orders-.vault.azure.net");
    refused(`https://${"a".repeat(25)}.vault.azure.net`);
    accepted(`https://${"a".repeat(24)}.vault.azure.net`);
  });

  test("Managed HSM and the other service are refused with a reason", () => {
    assert.match(refused("https://orders-hsm.managedhsm.azure.net"), /Managed HSM/);
    assert.match(refused("https://orders-config.azconfig.io"), /an App Configuration store, not a Key Vault/);
  });
});

describe("App Configuration endpoints", () => {
  test("public and sovereign clouds, replicas included", () => {
    assert.equal(accepted("https://orders-config.azconfig.io", "appConfiguration"), "https://orders-config.azconfig.io");
    accepted("https://orders-config-westus.azconfig.io", "appConfiguration");
    accepted("https://orders-config.azconfig.azure.cn", "appConfiguration");
    accepted("https://orders-config.azconfig.azure.us", "appConfiguration");
  });

  test("everything else is refused", () => {
    assert.match(refused("https://orders-kv.vault.azure.net", "appConfiguration"), /a Key Vault, not an App Configuration store/);
    assert.match(refused("https://orders-config.azconfig.io.evil.com", "appConfiguration"), /must end with \.azconfig\.io/);
    refused("https://cfg.azconfig.io", "appConfiguration");
    refused("http://orders-config.azconfig.io", "appConfiguration");
    refused("https://127.0.0.1:47313", "appConfiguration");
    accepted("https://127.0.0.1:47313", "appConfiguration", withEmulator);
  });
});

describe("Resource Manager and secret URIs", () => {
  test("only Azure's management hosts, or loopback with the emulator", () => {
    assert.ok(checkArmEndpoint("https://management.azure.com/", strict).accepted);
    assert.ok(checkArmEndpoint("https://management.chinacloudapi.cn", strict).accepted);
    assert.equal(checkArmEndpoint("https://management.azure.com.evil.com", strict).accepted, false);
    assert.equal(checkArmEndpoint("https://127.0.0.1:47310", strict).accepted, false);
    assert.ok(checkArmEndpoint("https://127.0.0.1:47310", withEmulator).accepted);
  });

  test("secret URIs: built with a trailing slash for the latest version; parsed only on accepted vaults", () => {
    assert.equal(secretUri("https://orders-kv.vault.azure.net/", "db-password"), "https://orders-kv.vault.azure.net/secrets/db-password/");
    assert.deepEqual(parseSecretUri("https://orders-kv.vault.azure.net/secrets/db-password/", strict), { vaultUrl: "https://orders-kv.vault.azure.net", name: "db-password", version: undefined });
    const versioned = parseSecretUri(`https://orders-kv.vault.azure.net/secrets/db/${"A".repeat(32)}`, strict);
    assert.equal(versioned.version, "a".repeat(32));
    assert.throws(() => parseSecretUri("https://evil.example/secrets/db", strict), { name: "AzureError", kind: "endpointRefused" });
    assert.throws(() => parseSecretUri("https://orders-kv.vault.azure.net/keys/db", strict), { kind: "endpointRefused" });
    assert.throws(() => parseSecretUri("https://127.0.0.1:47311/secrets/db", strict), { kind: "endpointRefused" });
  });

  test("a refused secret URI's message shows no credential, query or pasted value", () => {
    const password = ["Vq3", "nT8", "xK2", "mR7"].join("-");
    const signature = ["Zr4", "Lq9", "Wd2", "Hx6"].join("");
    for (const uri of [`https://admin:${password}@orders-kv.vault.azure.net/secrets/db?api-version=7.4`, `https://ordersdata.blob.core.windows.net/c/b?sv=2022-11-02&sig=${signature}`, password]) {
      assert.throws(
        () => parseSecretUri(uri, strict),
        (error: Error) => !error.message.includes(password) && !error.message.includes(signature) && /is not a Key Vault secret URI/.test(error.message),
        uri.length.toString(),
      );
    }
  });

  test("sameEndpoint compares canonical origins", () => {
    assert.ok(sameEndpoint("https://Orders-KV.vault.azure.net/", "https://orders-kv.vault.azure.net"));
    assert.equal(sameEndpoint("https://127.0.0.1:1", "https://127.0.0.1:2"), false);
  });
});
