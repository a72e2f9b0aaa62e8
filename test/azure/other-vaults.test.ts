// A secret moved out of a file every environment reads (src/extension/moves/other-vaults.ts): the
// note naming the environments that now lack it, and the button's store of the same value under
// the same name in their vaults, with the real SecretClient against the emulator.
import "./vscode-stub";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { KeyVaultSecretStore, type SecretStore } from "../../src/azure";
import type { RunningEmulator } from "../../src/emulator";
import { sharedSecretNote, sharedSecretsNote, storeAllInOtherVaults } from "../../src/extension/moves/other-vaults";
import type { SecretToStore } from "../../src/extension/moves/vault-steps";
import { emulatorConnection, startContractEmulator } from "./harness";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startContractEmulator();
});
after(() => emulator.close());

const log = { info: () => undefined, warn: () => undefined } as unknown as Parameters<typeof storeAllInOtherVaults>[2]["log"];
/** As the extension opens the emulator's vaults: named as the emulator names them. */
const open = (vaultUrl: string): SecretStore =>
  KeyVaultSecretStore.open(vaultUrl, emulatorConnection(emulator), Object.entries(emulator.info.vaults).find(([, url]) => url === vaultUrl)?.[0]);
/** Made up at run time: no real secret, and none a scanner would take for one. */
const madeUp = (word: string) => ["other", "vaults", word, String(Date.now())].join("-");

test("the note names the environments that lack the key and their vaults", () => {
  assert.equal(
    sharedSecretNote("appsettings.json", "ConnectionStrings:Default", [
      { environment: "staging", vaultName: "orders-stg" },
      { environment: "production", vaultName: "orders-prod" },
    ]),
    "appsettings.json is read in every environment: staging and production now lack ConnectionStrings:Default; store it in their vaults too (orders-stg, orders-prod).",
  );
  assert.equal(sharedSecretNote("appsettings.json", "Smtp:Password", [{ environment: "production", vaultName: "orders-prod" }]), "appsettings.json is read in every environment: production now lacks Smtp:Password; store it in its vault too (orders-prod).");
  assert.equal(sharedSecretNote("appsettings.json", "Smtp:Password", []), "");
});

test("stores the same value under the same name in each other vault, with that environment's tag; a vault whose name holds another value is named, never the values", async () => {
  const dev = emulator.info.vaults["contract-dev-kv"]!;
  const prod = emulator.info.vaults["contract-prod-kv"]!;
  const value = madeUp("moved");
  const other = madeUp("prod-own");
  await open(prod).setSecret("Smtp--Password", other, {});
  const toStore = (environment: string): SecretToStore => ({ name: "Smtp--Password", value, contentType: "text/plain", tags: { env: environment } });
  const others = [{ environment: "staging", vaultUrl: dev }, { environment: "production", vaultUrl: prod }];
  const copies = [{ fileName: "appsettings.json", readAs: "Smtp:Password", others, secret: toStore }];
  const result = await storeAllInOtherVaults(open, copies, {
    onCollision: "otherName",
    signal: new AbortController().signal,
    log,
  });
  assert.equal(result.failed, true);
  assert.match(result.message, /^'Smtp--Password' is stored in contract-dev-kv \(staging\) too\. Not stored in contract-prod-kv \(production\): 'Smtp--Password' holds another value in contract-prod-kv, and the app reads the secret by that name, as Smtp:Password/);
  assert.ok(!result.message.includes(value) && !result.message.includes(other), "no value in the message");
  const stored = await open(dev).getSecret("Smtp--Password", {});
  assert.equal(stored?.value, value);
  assert.equal(stored?.properties.tags?.env, "staging");
  assert.equal((await open(prod).getSecret("Smtp--Password", {}))?.value, other, "production's own value stays");

  // Asked again with a new version allowed: production gets it too; staging already holds it.
  const again = await storeAllInOtherVaults(open, copies, { onCollision: "newVersion", signal: new AbortController().signal, log });
  assert.deepEqual(again, { message: "'Smtp--Password' is stored in contract-dev-kv (staging), already there; contract-prod-kv (production) too.", failed: false });
  assert.equal((await open(prod).getSecret("Smtp--Password", {}))?.value, value);
});

test("Move All's note names every key a shared file no longer holds, once per file; its store says secrets that went to the same vaults in one sentence", async () => {
  const others = [{ environment: "production", vaultUrl: emulator.info.vaults["contract-prod-kv"]! }];
  const copy = (readAs: string, name: string, value: string) => ({ fileName: "appsettings.json", readAs, others, secret: (environment: string): SecretToStore => ({ name, value, contentType: "text/plain", tags: { env: environment } }) });
  const first = madeUp("mailer");
  const second = madeUp("ledger");
  const copies = [copy("Mailer:Password", "Mailer--Password", first), copy("Ledger:Password", "Ledger--Password", second)];
  assert.equal(
    sharedSecretsNote(copies, () => "orders-prod"),
    "appsettings.json is read in every environment: production now lacks Mailer:Password and Ledger:Password; store them in its vault too (orders-prod).",
  );
  const result = await storeAllInOtherVaults(open, copies, { onCollision: "otherName", signal: new AbortController().signal, log });
  assert.deepEqual(result, { message: "'Mailer--Password' and 'Ledger--Password' are stored in contract-prod-kv (production) too.", failed: false });
  assert.equal((await open(others[0]!.vaultUrl).getSecret("Ledger--Password", {}))?.value, second);
});
