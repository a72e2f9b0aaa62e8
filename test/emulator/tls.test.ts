// The emulator's TLS: verification stays on (an untrusting client fails), the per-client CA makes it
// pass, and the CA can vouch for loopback names only.
import assert from "node:assert/strict";
import { SecretClient } from "@azure/keyvault-secrets";
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import * as https from "node:https";
import type { TLSSocket } from "node:tls";
import { after, before, test } from "node:test";
import forge from "node-forge";
import type { RunningEmulator } from "../../src/emulator";
import { secretClient, startTestEmulator, statusOf } from "./helpers";

let emulator: RunningEmulator;
before(async () => {
  emulator = await startTestEmulator({ vaults: ["kv-tls"] });
});
after(() => emulator.close());

test("a client that does not trust the emulator CA is refused by TLS verification", async () => {
  const untrusting = new SecretClient(emulator.info.vaults["kv-tls"] ?? "", { getToken: () => Promise.resolve({ token: "t", expiresOnTimestamp: Date.now() + 60_000 }) }, { disableChallengeResourceVerification: true, retryOptions: { maxRetries: 0 } });
  const error = await statusOf(untrusting.getSecret("anything"));
  assert.match(`${error.code} ${error.message}`, /UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to verify the first certificate|self.signed/i);
});

test("the CA file holds the CA the endpoints chain to, and the trusted client connects", async () => {
  assert.equal(readFileSync(emulator.info.caCertPath, "utf8"), emulator.caCertPem);
  await secretClient(emulator, "kv-tls").setSecret("tls-ok", "emulator-test-value-tls");
  const peer = await new Promise<X509Certificate>((resolve, reject) => {
    const request = https.get(`${emulator.info.vaults["kv-tls"]}/`, { ca: emulator.caCertPem }, (response) => {
      response.resume();
      const certificate = (response.socket as TLSSocket).getPeerX509Certificate();
      if (certificate) resolve(certificate);
      else reject(new Error("no peer certificate"));
    });
    request.on("error", reject);
  });
  assert.ok(peer.checkIssued(new X509Certificate(emulator.caCertPem)));
  assert.match(peer.subjectAltName ?? "", /DNS:localhost/);
  assert.match(peer.subjectAltName ?? "", /IP Address:127\.0\.0\.1/);
});

test("the CA is limited by name constraints to localhost and loopback addresses", () => {
  const ca = forge.pki.certificateFromPem(emulator.caCertPem);
  const constraints = ca.getExtension("nameConstraints") as { critical?: boolean; permittedSubtrees?: Array<{ type: number; value: string }> } | null;
  assert.ok(constraints?.critical);
  const permitted = constraints.permittedSubtrees ?? [];
  assert.deepEqual(permitted.map((subtree) => subtree.type), [2, 7, 7]);
  assert.equal(permitted[0]?.value, "localhost");
  assert.equal(forge.util.bytesToHex(permitted[1]?.value ?? ""), "7f000000ff000000");
  const basic = ca.getExtension("basicConstraints") as { cA?: boolean; pathLenConstraint?: number } | null;
  assert.equal(basic?.cA, true);
  assert.equal(basic?.pathLenConstraint, 0);
});
