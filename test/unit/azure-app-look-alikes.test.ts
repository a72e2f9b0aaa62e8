// Look-alikes and misses found in a review of Azure application code (Azure-Samples quickstarts,
// Azure SDK samples, Functions apps): each case pairs the look-alike with the secret of the same
// shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const RANDOM_PASSWORD = ["Vb8nRw", "3Tq6"].join("");
const URL_TOKEN = ["Hx7Kp2Qz9Lm4", "Rt6Wv8Ys3Nb5"].join("");


test("an Azure AD B2C user flow's or custom policy's name (`B2C_1_reset`, `B2C_1A_PasswordReset`) is no password", () => {
  const policies = (forgot: string, edit: string) =>
    [
      `export const b2cPolicies = {`,
      `  names: {`,
      `    signUpSignIn: "B2C_1_susi",`,
      `    forgotPassword: "${forgot}",`,
      `  },`,
      `  authorities: {`,
      `    editProfile: { authority: "https://contosob2c.b2clogin.com/contosob2c.onmicrosoft.com/${edit}" },`,
      `  },`,
      `};`,
    ].join("\n") + "\n";
  for (const [forgot, edit] of [["B2C_1_reset", "b2c_1_edit_profile_v2"], ["b2c_1_password_reset", "B2C_1A_ProfileEditWithMfa"], ["B2C_1A_PasswordReset", "B2C_1_edit_profile_web"]]) {
    assert.deepEqual(secretValuesIn(policies(forgot!, edit!), "src/authConfig.js", { includeConfig: true }), [], `${forgot} ${edit}`);
  }
  // A password under the same name is one, and so is a token in a B2C authority's path.
  assert.deepEqual(secretValuesIn(policies(RANDOM_PASSWORD, "b2c_1_edit_profile_v2"), "src/authConfig.js", { includeConfig: true }), [RANDOM_PASSWORD]);
  const withToken = policies("B2C_1_reset", `b2c_1_edit/${URL_TOKEN}`);
  assert.deepEqual(secretValuesIn(withToken, "src/authConfig.js", { includeConfig: true }).length, 1);
});

// A base64url run as long as a 1024-bit RSA private exponent, made up.
const JWK_PRIVATE = Array.from({ length: 172 }, (_, i) => "Qx7_Lm2-Vb9Rt4Kz8Np3Hs6"[(i * 7 + 3) % 23]).join("");
const JWK_MODULUS = Array.from({ length: 172 }, (_, i) => "Wc5Gy1Jd8Fo3Ue7Ai2Pv9Xq"[(i * 5 + 1) % 23]).join("");

test("a private JSON Web Key written as a JavaScript object (`d: Buffer.from('…', 'base64')`) is a private key", () => {
  const literal = (member: string) =>
    [
      `const keyInJWKFormat = {`,
      `  kty: 'RSA',`,
      `  ${member}`,
      `  e: Buffer.from('AQAB', 'base64'),`,
      `  n: Buffer.from(`,
      `    '${JWK_MODULUS}',`,
      `    'base64'`,
      `  ),`,
      `};`,
      `await client.importKey("imported", keyInJWKFormat);`,
    ].join("\n") + "\n";
  for (const member of [`d: Buffer.from(\n    '${JWK_PRIVATE}',\n    'base64'\n  ),`, `d: '${JWK_PRIVATE}',`, `"d": "${JWK_PRIVATE}",`]) {
    const text = literal(member);
    const hits = secretValuesIn(text, "src/keys/import-key.ts", { includeConfig: true });
    assert.equal(hits.length, 1, member.slice(0, 12));
    assert.ok(hits[0]!.startsWith("{") && hits[0]!.includes(JWK_PRIVATE));
  }
  // A public key (no `d`), and a test's stand-in for one (`d: 'test-d'`), are not.
  assert.deepEqual(secretValuesIn(literal(""), "src/keys/import-key.ts", { includeConfig: true }), []);
  assert.deepEqual(secretValuesIn(literal("d: 'test-d',"), "test/jwk.test.ts", { includeConfig: true }), []);
  // (Another object's `d` beside the key is not the key's.)
  assert.deepEqual(secretValuesIn(`const keys = { jwk: { kty: 'RSA', n: '${JWK_MODULUS}', e: 'AQAB' }, id: 'd' };\n`, "src/keys.ts", { includeConfig: true }), []);
});

const configValues = (content: string, filePath: string) =>
  scanText({ content, filePath, options: { includeConfig: true } })
    .filter((finding) => finding.kind === "config")
    .map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));

test("the Teams scopes of Azure Communication Services (`https://auth.msft.communication.azure.com/Teams.ManageCalls`) are the same for everyone", () => {
  const request = (scope: string) => `export const teamsUserRequest = {\n  scopes: [\n    '${scope}/Teams.ManageCalls',\n    '${scope}/Teams.ManageChats'\n  ]\n};\n`;
  assert.deepEqual(configValues(request("https://auth.msft.communication.azure.com"), "src/authConfig.js"), []);
  // A customer's Communication Services resource is configuration.
  const endpoint = `const endpoint = "https://contoso-calls.unitedstates.communication.azure.com/";\n`;
  assert.deepEqual(configValues(endpoint, "src/config.js"), ["https://contoso-calls.unitedstates.communication.azure.com/"]);
});

test("a sovereign cloud's storage endpoint suffix (`blob.core.usgovcloudapi.net`) is the cloud's, as `blob.core.windows.net` is", () => {
  for (const suffix of ["blob.core.usgovcloudapi.net", "queue.core.chinacloudapi.cn", "dfs.core.usgovcloudapi.net"]) {
    assert.deepEqual(configValues(`\turlslug = "${suffix}"\n`, "storage/account.go"), [], suffix);
  }
  // An account under it is a customer's endpoint.
  assert.deepEqual(configValues(`\tendpoint = "contosoorders.blob.core.usgovcloudapi.net"\n`, "storage/account.go"), ["contosoorders.blob.core.usgovcloudapi.net"]);
});
