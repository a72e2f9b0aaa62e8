// Look-alikes found in npm packages for payments and commerce (checkout widgets, payment gateways'
// SDKs, invoicing): each case pairs the look-alike with the secret of the same shape that must
// still be reported. The values are our own, made up or drawn from a seeded generator.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";
import { seededBytes } from "./seeded-bytes";

const randomBytes = seededBytes(20261207);
const base64url = (json: string) => Buffer.from(json).toString("base64url");
// Split so that the repository's own scan does not read it whole.
const RANDOM_PASSWORD = ["Vk7qZ2mRx", "9TbL4wNp"].join("");

test("an idempotence key names one request, not a credential, as an idempotency key does", () => {
  const guid = "5d2f8c1a-93be-4e07-a6d4-1b7e0c9f3a28";
  assert.deepEqual(secretValuesIn(`const idempotenceKey = '${guid}';\n`, "README.md"), []);
  assert.deepEqual(secretValuesIn(`checkout.createPayment(payload, { idempotenceToken: '${guid}' });\n`, "src/payments.ts"), []);
  // The same value under a service's key is still that service's key.
  assert.deepEqual(secretValuesIn(`const serviceKey = '${guid}';\n`, "README.md"), [guid]);
});

test("a member read through optional chaining (`process?.env?.X`) in a README's code is a lookup", () => {
  const options = (value: string) => ["```js", "const options = {", `  key_secret: ${value},`, `  webhook_secret: ${value.replace("KEY", "WEBHOOK")},`, "};", "```", ""].join("\n");
  assert.deepEqual(secretValuesIn(options("process?.env?.GATEWAY_KEY"), "README.md"), []);
  assert.deepEqual(secretValuesIn(options("opts?.gateway?.KEY"), "README.md"), []);
  // A literal in the same place is still found.
  assert.deepEqual(secretValuesIn(options(`"${RANDOM_PASSWORD}"`), "README.md"), [RANDOM_PASSWORD, RANDOM_PASSWORD]);
});

test("a 64-byte base64 value under a publishable key's name is made to be served, not an Azure account key", () => {
  const key = randomBytes(64).toString("base64");
  assert.deepEqual(secretValuesIn(`var defaults = { cookieTestUrl: "https://pay.example.com/start.html", publishableKey: "${key}" };\n`, "dist/checkout.js"), []);
  assert.deepEqual(secretValuesIn(`  publishableKey: '${key}',\n`, "lib/checkout.js"), []);
  // Under an account key's name it is still reported.
  assert.deepEqual(secretValuesIn(`  accountKey: '${key}',\n`, "lib/checkout.js"), [key]);
});

test("a JWT whose signature is shorter than any algorithm's (`.xxx`) is documentation's example", () => {
  const unsigned = `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url('{"exp":4102444800,"scope":"orders.read"}')}`;
  assert.deepEqual(secretValuesIn(` * const token = '${unsigned}.xxx';\n`, "lib/helpers/jwt.d.ts"), []);
  assert.deepEqual(secretValuesIn(`const token = '${unsigned}.signature';\n`, "lib/helpers/jwt.ts"), []);
  // With a signature of HS256's length, or none at all (an unsigned token), it is a token.
  const signed = `${unsigned}.${randomBytes(32).toString("base64url")}`;
  assert.deepEqual(secretValuesIn(`const token = '${signed}';\n`, "lib/helpers/jwt.ts"), [signed]);
  assert.deepEqual(secretValuesIn(`const token = '${unsigned}.';\n`, "lib/helpers/jwt.ts"), [`${unsigned}.`]);
});

test("a PEM block whose body is one made-up run typed again and again is no key", () => {
  const run = ["QWERTmnbvcxz", "4k5j6h7g8f9d", "slakdjfhgytr"].join("");
  const madeUp = `-----BEGIN EC PRIVATE KEY-----\\n${run}/${run}\\n${run}/${run}\\n-----END EC PRIVATE KEY-----`;
  assert.deepEqual(secretValuesIn(`const client = new Client({ apiKey: 'organizations/x/apiKeys/y', apiSecret: '${madeUp}' });\n`, "README.md"), []);
  // A body of key material never repeats itself, and is reported.
  const body = randomBytes(120).toString("base64");
  const key = `-----BEGIN EC PRIVATE KEY-----\\n${body.slice(0, 64)}\\n${body.slice(64)}\\n-----END EC PRIVATE KEY-----`;
  assert.deepEqual(secretValuesIn(`const client = new Client({ apiKey: 'organizations/x/apiKeys/y', apiSecret: '${key}' });\n`, "README.md"), [key]);
});

test("an Authorization member whose value is a bundler's module member (`__WEBPACK_IMPORTED_MODULE_…`) is code", () => {
  const propTypes = "  authorization: __WEBPACK_IMPORTED_MODULE_7_prop_types___default.a.string,\n";
  assert.deepEqual(secretValuesIn(`Fields.propTypes = {\n${propTypes}};\n`, "docs/demo.js"), []);
  // A header's value written in the code is still found.
  const token = randomBytes(24).toString("base64url");
  assert.deepEqual(secretValuesIn(`const headers = {\n  authorization: "Bearer ${token}",\n};\n`, "docs/demo.js"), [token]);
});

test("a batch file's option whose value starts at its own folder (`%~dp0`) names a file", () => {
  const line = 'set tls=--tls-cert "%~dp0.\\certs\\server.pem" --tls-pass "%~dp0.\\certs\\pass.phrase"\n';
  assert.deepEqual(secretValuesIn(line, "bin/https/start.cmd"), []);
  // The password itself on the same option is still found.
  assert.deepEqual(secretValuesIn(`set tls=--tls-cert "%~dp0.\\certs\\server.pem" --tls-pass "${RANDOM_PASSWORD}"\n`, "bin/https/start.cmd"), [RANDOM_PASSWORD]);
});

test("a Yandex Cloud key's shape inside a longer run of base64 (an embedded file) is a piece of that run", () => {
  const yandexKey = `YCAJ${randomBytes(27).toString("base64url").slice(0, 36)}`;
  const blob = `${randomBytes(90).toString("base64")}/${yandexKey}+${randomBytes(90).toString("base64")}`;
  assert.deepEqual(secretValuesIn(`module.exports = { font: "${blob}" };\n`, "lib/assets.js"), []);
  // On its own it is a key.
  assert.deepEqual(secretValuesIn(`YC_API_KEY=${yandexKey}\n`, ".env"), [yandexKey]);
});

test("a call of a camel-case function cut at its first argument, in code inside a JSON string, is code", () => {
  const source = '  "source": "contract Kit {\\n    function f() {\\n        OrderToken token1 = installOrderToken(dao, acl, \\"Token 1\\");\\n    }\\n}\\n",\n';
  assert.deepEqual(secretValuesIn(`{\n${source}}\n`, "build/contracts/Kit.json"), []);
  // A literal assigned in the same code is still found.
  const literal = `  "source": "contract Kit {\\n    string token1 = \\"${RANDOM_PASSWORD}\\";\\n}\\n",\n`;
  assert.deepEqual(secretValuesIn(`{\n${literal}}\n`, "build/contracts/Kit.json"), [RANDOM_PASSWORD]);
});

test("a webhook URL whose parts read REDACTED was scrubbed, in a migration's comment", () => {
  const scrubbed = "https://hooks.slack.com/services/TC_REDACTED/B01_REDACTED/mk_REDACTED";
  assert.deepEqual(secretValuesIn(`        //     "url":"${scrubbed}",\n`, "core/server/data/migrations/16-refactor-slack-setting.js"), []);
  // The same URL with its parts is a webhook.
  const parts = ["T0", "7QZ2M8KX"].join("") + "/" + ["B0", "9LR4W6NP"].join("") + "/" + randomBytes(18).toString("base64url").replace(/[-_]/g, "a");
  const webhook = `https://hooks.slack.com/services/${parts}`;
  assert.deepEqual(secretValuesIn(`        //     "url":"${webhook}",\n`, "core/server/data/migrations/16-refactor-slack-setting.js"), [webhook]);
});
