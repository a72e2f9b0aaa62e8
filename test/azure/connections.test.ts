// What happens around the stores: credential failures as the real SDK surfaces them, the emulator's
// CA trusted per client only, and endpoints refused before any connection is made.
import { AuthenticationError, AzureCliCredential, CredentialUnavailableError } from "@azure/identity";
import { SecretClient } from "@azure/keyvault-secrets";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { AppConfigurationStore, ArmVaultDirectory, KeyVaultSecretStore, toAzureError, type AzureError } from "../../src/azure";
import type { RunningEmulator } from "../../src/emulator";
import { emulatorConnection, startContractEmulator, TEST_RETRY } from "./harness";

let emulator: RunningEmulator;
let other: RunningEmulator;
before(async () => {
  [emulator, other] = await Promise.all([startContractEmulator(), startContractEmulator()]);
});
after(() => Promise.all([emulator.close(), other.close()]));

/** What a SecretClient with `credential` throws on its first call, as an AzureError. */
async function throughSecretClient(credential: ConstructorParameters<typeof SecretClient>[1]): Promise<AzureError> {
  const client = new SecretClient(emulator.info.vaults["contract-dev-kv"]!, credential, {
    tlsOptions: { ca: emulator.caCertPem },
    retryOptions: TEST_RETRY,
    disableChallengeResourceVerification: true,
  });
  try {
    await client.getSecret("anything");
  } catch (error) {
    return toAzureError(error, { service: "keyVault", resource: "contract-dev-kv", access: "read" });
  }
  throw new Error("expected the call to fail");
}

describe("credential failures, as the SDK throws them", () => {
  test("no sign-in available (CredentialUnavailableError) is `signedOut`", async () => {
    const error = await throughSecretClient({ getToken: () => Promise.reject(new CredentialUnavailableError("Please run 'az login' from a command prompt to authenticate before using this credential.")) });
    assert.equal(error.kind, "signedOut");
    assert.match(error.message, /not signed in to Azure \(run 'az login'\)/);
  });

  // AzureCliCredential reports everything `az` says as CredentialUnavailableError: the real
  // credential runs here, with only its call to `az` replaced by what `az` prints.
  describe("Azure CLI: what `az` printed decides the message", () => {
    const cli = createRequire(__filename)(join(dirname(require.resolve("@azure/identity")), "credentials", "azureCliCredential.js")) as {
      cliCredentialInternals: { getAzureCliAccessToken: (...args: unknown[]) => Promise<{ stdout: string; stderr: string; error: Error | null }> };
    };
    const real = cli.cliCredentialInternals.getAzureCliAccessToken;
    after(() => {
      cli.cliCredentialInternals.getAzureCliAccessToken = real;
    });
    const whenAzPrints = (stderr: string) => {
      cli.cliCredentialInternals.getAzureCliAccessToken = () => Promise.resolve({ stdout: "", stderr, error: null });
      return throughSecretClient(new AzureCliCredential({ additionallyAllowedTenants: ["*"] }));
    };

    test("not installed: install the CLI, not 'az login' (which would fail with 'command not found')", async () => {
      for (const stderr of ["/bin/sh: 1: az: not found", "'az' is not recognized as an internal or external command"]) {
        const error = await whenAzPrints(stderr);
        assert.equal(error.kind, "signedOut");
        assert.match(error.message, /^The Azure CLI is not installed \(or not on the PATH\): install it \(https:\/\/aka\.ms\/azure-cli\), run 'az login', then retry\.$/);
      }
    });

    test("an expired or revoked refresh token is `expiredSignIn`, as through the default chain", async () => {
      const expired = await whenAzPrints("ERROR: AADSTS700082: The refresh token has expired due to inactivity.\nInteractive authentication is needed. Please run:\naz login --scope https://vault.azure.net/.default");
      assert.equal(expired.kind, "expiredSignIn");
      assert.equal(expired.message, "Your Azure sign-in has expired or was revoked (AADSTS700082; run 'az login'). Sign in again, then retry.");
      // Other "az login" advice identity replaces with its own sentence, the code with it: what is
      // left to say is "not signed in (run 'az login')", which is still the thing to do.
      const revoked = await whenAzPrints("ERROR: AADSTS50173: The provided grant has expired due to it being revoked. Please run 'az login' to setup account.");
      assert.match(revoked.message, /\(run 'az login'\)/);
    });

    test("never signed in is still `signedOut` (run 'az login')", async () => {
      const error = await whenAzPrints("ERROR: Please run 'az login' to setup account.");
      assert.equal(error.kind, "signedOut");
      assert.match(error.message, /not signed in to Azure \(run 'az login'\)/);
    });
  });

  test("an expired refresh token (AADSTS700082) is `expiredSignIn`", async () => {
    const aadError = new AuthenticationError(400, { error: "invalid_grant", error_description: "AADSTS700082: The refresh token has expired due to inactivity." });
    const error = await throughSecretClient({ getToken: () => Promise.reject(aadError) });
    assert.equal(error.kind, "expiredSignIn");
    assert.match(error.message, /AADSTS700082/);
  });

  test("the token is requested for the tenant named in the Key Vault challenge", async () => {
    const requests: { scopes: string | string[]; tenantId?: string }[] = [];
    const client = new SecretClient(emulator.info.vaults["contract-dev-kv"]!, {
      getToken: (scopes, options) => {
        requests.push({ scopes, tenantId: options?.tenantId });
        return Promise.resolve({ token: "contract-test-token", expiresOnTimestamp: Date.now() + 3_600_000 });
      },
    }, { tlsOptions: { ca: emulator.caCertPem }, disableChallengeResourceVerification: true });
    await client.getSecret("anything").catch(() => undefined);
    assert.deepEqual(requests, [{ scopes: ["https://vault.azure.net/.default"], tenantId: emulator.info.tenantId }]);
  });
});

describe("the emulator's CA and credential, per client", () => {
  test("stores on the emulator never ask the user's credential for a token", async () => {
    // emulatorConnection's credential rejects every call: the contract suites would fail if used.
    const store = KeyVaultSecretStore.open(emulator.info.vaults["contract-dev-kv"]!, emulatorConnection(emulator));
    await store.setSecret("credential-check", "contract-test-value-cred");
    assert.equal((await store.getSecret("credential-check"))?.value, "contract-test-value-cred");
  });

  test("a client trusting another emulator's CA refuses the TLS connection", async () => {
    const connection = { ...emulatorConnection(emulator), localEmulator: { caCertPem: other.caCertPem } };
    const store = KeyVaultSecretStore.open(emulator.info.vaults["contract-dev-kv"]!, connection);
    const error = await store.getSecret("anything").then(
      () => undefined,
      (caught: AzureError) => caught,
    );
    assert.equal(error?.kind, "network");
    assert.match(error?.message ?? "", /TLS certificate of Key Vault '127\.0\.0\.1:\d+' is not trusted/);
  });

  test("an announced emulator endpoint with nothing listening (a stale info file) says the emulator is not running", async () => {
    const stale = "https://127.0.0.1:1";
    const connection = { ...emulatorConnection(emulator), localEmulator: { caCertPem: emulator.caCertPem, endpoints: [stale] } };
    const error = await KeyVaultSecretStore.open(stale, connection).getSecret("anything").then(
      () => undefined,
      (caught: AzureError) => caught,
    );
    assert.equal(error?.kind, "network");
    assert.match(error?.message ?? "", /^The local emulator is not running on 127\.0\.0\.1:1 \(ECONNREFUSED\): start it again/);
  });

  test("an emulator vault opened with its emulator name: errors name it as the Vaults view does, and a stopped emulator still says it is not running", async () => {
    const store = KeyVaultSecretStore.open(emulator.info.vaults["contract-dev-kv"]!, emulatorConnection(emulator), "contract-dev-kv");
    assert.equal(store.vaultName, "contract-dev-kv");
    const stored = await store.setSecret("named-disabled", "contract-test-value-named");
    await store.updateProperties("named-disabled", stored.version, { enabled: false });
    const disabled = await store.getSecret("named-disabled").then(
      () => undefined,
      (caught: AzureError) => caught,
    );
    assert.match(disabled?.message ?? "", /Key Vault 'contract-dev-kv'/);
    assert.doesNotMatch(disabled?.message ?? "", /127\.0\.0\.1/);

    const stale = "https://127.0.0.1:1";
    const connection = { ...emulatorConnection(emulator), localEmulator: { caCertPem: emulator.caCertPem, endpoints: [stale] } };
    const stopped = await KeyVaultSecretStore.open(stale, connection, "gone-kv").getSecret("anything").then(
      () => undefined,
      (caught: AzureError) => caught,
    );
    assert.match(stopped?.message ?? "", /^The local emulator is not running on 127\.0\.0\.1:1 \(ECONNREFUSED\): start it again/);
    // An Azure vault keeps its host name: the name is the emulator's only.
    assert.equal(KeyVaultSecretStore.open("https://orders-dev.vault.azure.net", emulatorConnection(emulator), "something-else").vaultName, "orders-dev");
  });

  test("a loopback endpoint the emulator did not announce: the advice names what names the info file, and no setting by default", () => {
    const refusal = (infoFileNamedBy?: string) => {
      try {
        KeyVaultSecretStore.open("https://127.0.0.1:2", { ...emulatorConnection(emulator), localEmulator: { caCertPem: emulator.caCertPem, endpoints: [], infoFileNamedBy } });
      } catch (error) {
        return (error as AzureError).message;
      }
      throw new Error("expected a refusal");
    };
    assert.equal(refusal("SECRET_HYGIENE_EMULATOR_INFO"), "The running local emulator does not serve https://127.0.0.1:2: start it (npm start) or check SECRET_HYGIENE_EMULATOR_INFO.");
    assert.doesNotMatch(refusal(), /secretHygiene\./);
  });
});

describe("endpoints are checked before any client exists", () => {
  const refused = (open: () => unknown): AzureError => {
    try {
      open();
    } catch (error) {
      return error as AzureError;
    }
    throw new Error("expected a refusal");
  };

  test("a loopback vault without the user-enabled emulator is refused", () => {
    const withoutEmulator = { ...emulatorConnection(emulator), localEmulator: undefined };
    const error = refused(() => KeyVaultSecretStore.open(emulator.info.vaults["contract-dev-kv"]!, withoutEmulator));
    assert.equal(error.kind, "endpointRefused");
    assert.match(error.message, /secretHygiene\.localEmulator\.enabled/);
  });

  test("a loopback port the running emulator did not announce is refused", () => {
    const error = refused(() => AppConfigurationStore.open("https://127.0.0.1:1", emulatorConnection(emulator)));
    assert.equal(error.kind, "endpointRefused");
    assert.match(error.message, /does not serve https:\/\/127\.0\.0\.1:1/);
  });

  test("a host that merely contains an Azure domain is refused", () => {
    const error = refused(() => KeyVaultSecretStore.open("https://evil.vault.azure.net.attacker.com", emulatorConnection(emulator)));
    assert.equal(error.kind, "endpointRefused");
  });

  test("an ARM endpoint other than Resource Manager (or the emulator) is refused", () => {
    const error = refused(() => ArmVaultDirectory.open(emulatorConnection(emulator), "https://management.azure.com.attacker.com"));
    assert.equal(error.kind, "endpointRefused");
  });
});
