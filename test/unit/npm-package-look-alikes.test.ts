// Look-alikes found in popular npm packages (a sample drawn at random from npm's high-impact list):
// each case pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";
import { seededBytes } from "./seeded-bytes";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const RANDOM_KEY = ["Qm7vTz2LpX9", "wRk4NbY8cJ", "h3sDf6GaE1u"].join("");
const PREFIXED_KEY = ["ABC_", "Vq8mZt3KxR", "p7LwN2"].join("");


test("a `k…Key` constant that spells, without its `k`, the defaults key it holds names that key", () => {
  const constants = [
    'static NSString *const kABCJsRootKey = @"ABC_jsRoot";',
    'static NSString *const kABCJsBundleKey = @"ABC_jsBundle";',
    'static const char *kAbcJsRootKey = "abc_jsRoot";',
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${constants}\n`, "ios/ABCSettings.mm"), []);
  // A value that does not spell the constant's name is judged as before: a key under a `k` name is a key.
  assert.deepEqual(secretValuesIn(`static NSString *const kABCServiceKey = @"${RANDOM_KEY}";\n`, "ios/ABCSettings.mm"), [RANDOM_KEY]);
  assert.deepEqual(secretValuesIn(`static NSString *const kABCServiceKey = @"${PREFIXED_KEY}";\n`, "ios/ABCSettings.mm"), [PREFIXED_KEY]);
});

test("an acronym of four letters in camel case (`Http`, `Smtp`) is a piece of an identifier, as `Xml` is", () => {
  assert.deepEqual(secretValuesIn("    this._statsKey = 'session_XMLHttpRequest_' + String(name);\n", "lib/net/Request.js"), []);
  assert.deepEqual(secretValuesIn("const relayKey = 'mail_SmtpRelayHost';\n", "lib/mail.js"), []);
  assert.deepEqual(secretValuesIn("const renderKey = 'widget_HtmlRenderer';\n", "lib/render.js"), []);
  // A random value with a capital and three consonants in it is still a key.
  const random = ["Wd4x_Ktrp", "Hq9ZmV2sLc7NbT"].join("");
  assert.deepEqual(secretValuesIn(`const relayKey = '${random}';\n`, "lib/mail.js"), [random]);
});

test("an image service's URL names its asset by ids after an `/image/` segment; a token before it or in its query is a credential", () => {
  const space = ["Pq7ZkT2wLx", "9RmN4vYb8c"].join("");
  const asset = ["3fa1c09be7d2", "4a6b8e51c0d9", "f27a4b13"].join("");
  const image = `https://cdn.imagehost.io/api/v1/image/assets%2F${space}%2F${asset}`;
  assert.deepEqual(secretValuesIn(`export const info = {\n  image: "${image}",\n};\n`, "lib/blocks/slot/component-info.mjs"), []);
  assert.deepEqual(secretValuesIn(`const thumb = "https://img.cdnhost.net/images/${space}/w640";\n`, "lib/thumb.js"), []);
  // A token before the segment, or in the query, still makes the URL a capability.
  const beforeImage = `https://api.nodehost.io/v2/${space}/image/${asset}`;
  assert.deepEqual(secretValuesIn(`const rpc = "${beforeImage}";\n`, "lib/rpc.js"), [beforeImage]);
  const hook = `https://api.imagehost.io/v1/hooks/${space}`;
  assert.deepEqual(secretValuesIn(`const hook = "${hook}";\n`, "lib/notify.js"), [hook]);
});

test("in code kept in an escaped string, the name after `\\n` or `\\t` is the next line's (`Key`, not `nKey`)", () => {
  // A JSON value holding a Go snippet, as jsii's tablets hold translated examples.
  const snippet = `{"snippets": {"go": "props := &TagProperty{\\n\\tKey: jsii.String(\\"key\\"),\\n\\tValue: jsii.String(\\"value\\"),\\n}"}}\n`;
  assert.deepEqual(secretValuesIn(snippet, "pkg/.jsii.tabl.json"), []);
  // A secret's name after the escape is read whole, and its value found.
  const password = ["Wq8zT3mK", "v9xLp2Rd"].join("");
  assert.deepEqual(secretValuesIn(`const env = \`HOST=db.internal\\nDB_PASSWORD=${password}\\n\`;\n`, "lib/env.js"), [password]);
  assert.deepEqual(secretValuesIn(`message: "first\\npassword = ${password}"\n`, "docs/notes.txt"), [password]);
});

test("a Merkle tree's root under a name that says token is a published hash; the token beside it is a secret", () => {
  const root = `0x${["4be1a9c03d7f", "2e6b8a51c0d9", "f27a4b133fa1", "c09be7d24a6b", "8e51c0d9f27a4b13"].join("")}`;
  assert.deepEqual(secretValuesIn(`export const TOKEN_COUNTER_MERKLE_ROOT = "${root}";\n`, "lib/fine-tuning/const.js"), []);
  const token = ["Wq8zT3mKv9", "xLp2RdNb4c"].join("");
  assert.deepEqual(secretValuesIn(`export const TOKEN_COUNTER_API_TOKEN = "${token}";\n`, "lib/fine-tuning/const.js"), [token]);
});

test("\"login / password\" in a comment names two fields, as \"login and password\" does; a .netrc line's password is found", () => {
  assert.deepEqual(secretValuesIn("  // when it carries neither do we fall back to the login / password config fields.\n", "lib/connection.js"), []);
  const password = ["Wq8zT3mK", "v9xLp2Rd"].join("");
  assert.deepEqual(secretValuesIn(`login deploy password ${password}\n`, "docs/netrc.txt"), [password]);
});

test("a label with an East Asian word beside a Latin one (a locale's messages kept in code) is no password", () => {
  const labels = ["export const Upload = {", "  'zh-CN': {", "    withCredentials: '附带Cookie',", "    password: 'API 비밀번호',", "  },", "};"].join("\n");
  assert.deepEqual(secretValuesIn(`${labels}\n`, "esm/locales/Upload.js"), []);
  // A password with digits or symbols beside such letters, and a Latin one, are still passwords.
  const mixed = ["Пароль", "7x!Kq2"].join("");
  assert.deepEqual(secretValuesIn(`const db = { password: '${mixed}' };\n`, "lib/db.js"), [mixed]);
  const latin = ["Wq8zT3mK", "v9xLp2Rd"].join("");
  assert.deepEqual(secretValuesIn(`const db = { password: '${latin}' };\n`, "lib/db.js"), [latin]);
});

test("a parser generator's table in printable characters (lezer's `tokenData`) is data; a long token or a symbol-rich password is still found", () => {
  // Letters, digits and the symbols such an encoder writes numbers with (printable ASCII, none of a
  // template's or a prose's: no `?`, `$`, `{`).
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%&()*+-;<=>@^_`|~";
  const table = [...seededBytes(4601)(600)].map((byte) => alphabet[byte % alphabet.length]).join("");
  const parser = `export const parser = LRParser.deserialize({\n  version: 14,\n  tokenData: "${table}",\n  tokenizers: [0, 1],\n});\n`;
  assert.deepEqual(secretValuesIn(parser, "dist/index.es.js"), []);
  // A token of the same length in base64, and a short password drawn from every symbol, are judged as before.
  const token = seededBytes(4602)(450).toString("base64");
  assert.deepEqual(secretValuesIn(`const tokenData = "${token}";\n`, "lib/session.js"), [token]);
  const password = table.slice(0, 40);
  assert.deepEqual(secretValuesIn(`const db = { password: "${password}" };\n`, "lib/db.js"), [password]);
});

test("an API Management policy expression (`@(context.…)`) under a token's name is code the gateway runs; a literal token there is found", () => {
  const policy = [
    "<policies>",
    "  <inbound>",
    '    <set-variable name="accessToken" value="@(context.Request.Headers.GetValueOrDefault("Authorization", "").Split(\' \').Last())" />',
    '    <set-variable name="token" value="@(context.Variables.GetValueOrDefault<IResponse>("reply").Body.As<JObject>())" />',
    "  </inbound>",
    "</policies>",
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${policy}\n`, "policies/callback.xml"), []);
  assert.deepEqual(secretValuesIn(`<set-variable name="token" value="${RANDOM_KEY}" />\n`, "policies/callback.xml"), [RANDOM_KEY]);
});

test("a random key under which a module keeps its shared object on the global object (`g[key] || (g[key] = …)`) is no secret; a key sent elsewhere is", () => {
  const slotKey = `_${["9f2c4e71a0b3", "d85e6c1f7a2b", "94d3"].join("")}`;
  const runtime = `(function(module){var g = typeof global === "object" ? global : window;var secret = "${slotKey}";module.exports = (g[secret] || (g[secret] = { context: {} }));})(mod);\n`;
  assert.deepEqual(secretValuesIn(runtime, "lib/Node.js"), []);
  assert.deepEqual(secretValuesIn(`const sharedKey = "${slotKey}"; globalThis[sharedKey] ??= new Map();\n`, "lib/registry.js"), []);
  // The same value sent with a request, or compared rather than assigned, is still a secret.
  assert.deepEqual(secretValuesIn(`var secret = "${slotKey}"; request.set("X-Secret", secret);\n`, "lib/client.js"), [slotKey]);
  assert.deepEqual(secretValuesIn(`var secret = "${slotKey}"; if (cache[secret] == null) load();\n`, "lib/client.js"), [slotKey]);
});

test("IIS's AES provider keeps its session key encrypted for the machine (applicationhost.config); a session key elsewhere is found", () => {
  const wrapped = seededBytes(6021)(268).toString("base64");
  const provider = `            <add name="AesProvider" type="Microsoft.ApplicationHost.AesProtectedConfigurationProvider" description="Uses an AES session key to encrypt and decrypt" keyContainerName="iisConfigurationKey" useOAEP="false" useMachineContainer="true" sessionKey="${wrapped}" />`;
  const config = ["<configuration>", "    <configProtectedData>", "        <providers>", provider, "        </providers>", "    </configProtectedData>", "</configuration>"].join("\n");
  assert.deepEqual(secretValuesIn(`${config}\n`, ".vs/Orders/config/applicationhost.config"), []);
  // Any other element's sessionKey attribute is a key in the clear.
  assert.deepEqual(secretValuesIn(`<session name="orders" sessionKey="${wrapped}" />\n`, "Orders/web.config"), [wrapped]);
});

test("a fork URL pinned at a block (`http://host:8545@<block>`) is a host, its port and a block number; a numeric password before a host is found", () => {
  assert.deepEqual(secretValuesIn("Pin the fork to a block with `@`: `http://127.0.0.1:7545@4821730`.\n", "README.md"), []);
  assert.deepEqual(secretValuesIn('const forkUrl = "http://node.internal:8545@12000000";\n', "src/fork.js"), []);
  // A password of digits before a host, named or an address, is still a credential.
  assert.deepEqual(secretValuesIn('const rpc = "https://relayer:48213@node.chainhost.io";\n', "src/rpc.js"), ["48213"]);
  assert.deepEqual(secretValuesIn('const rpc = "https://relayer:48213@10.2.3.4:8545";\n', "src/rpc.js"), ["48213"]);
});

test("an object's default string form in Android's `dumpsys` output (`mToken=ActivityRecord{…}`, `android.os.Binder@…`) is no token; a token under the same name is", () => {
  const dump = [
    "    mBaseLayer=21000 mSubLayer=0    mToken=ActivityRecord{5a1b2c3 u0 com.contoso.orders/.MainActivity t12}",
    "    mBaseLayer=11000 mSubLayer=0    mToken=WallpaperWindowToken{7d0e1f2 token=android.os.Binder@3c4d5e6}",
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${dump}\n`, "src/commands/__tests__/dumpsys-window.txt"), []);
  // A random token under the name, and typed passwords with an `@` or a `{`, are judged as before.
  assert.deepEqual(secretValuesIn(`    mToken=${RANDOM_KEY}\n`, "src/commands/__tests__/dumpsys-window.txt"), [RANDOM_KEY]);
  const objectLike = ["Tz9qW", "@5a3c9f1"].join("");
  assert.deepEqual(secretValuesIn(`const db = { password: "${objectLike}" };\n`, "lib/db.js"), [objectLike]);
});

test("an old Google Sheets link's `key=` (`docs.google.com/spreadsheet/ccc?key=…`) is the sheet's id; a key sent to a Google API is found", () => {
  const sheetId = ["0Bx7", "Qm2vTz9LpW4", "kR8nYc3JhSd6GfE1", "uA5oXb0"].join("");
  const comment = `//https://docs.google.com/spreadsheet/ccc?key=${sheetId}\n`;
  assert.deepEqual(secretValuesIn(comment, "src/model/unicode.js"), []);
  assert.deepEqual(secretValuesIn(`const sheet = "https://spreadsheets.google.com/pub?hl=en&key=${sheetId}";\n`, "src/model/sheet.js"), []);
  // The same key to a maps or data API is an API key.
  assert.deepEqual(secretValuesIn(`const url = "https://maps.googleapis.com/maps/api/geocode/json?key=${sheetId}";\n`, "src/geo.js"), [sheetId]);
});

test("networking packages: an enode URL's user part is the node's public key; a token as another URL's user is found", () => {
  const nodeId = seededBytes(8601)(64).toString("hex");
  assert.deepEqual(secretValuesIn(`const bootnode = "enode://${nodeId}@10.2.3.4:30303";\n`, "src/peers.js"), []);
  const token = ["Tq8vLm3Zx", "R7kWp2Nc9H", "b4Yd6"].join("");
  assert.deepEqual(secretValuesIn(`const feed = "https://${token}@pkgs.fabrikam.io/team/";\n`, "src/feed.js"), [token]);
});

test("networking packages: a bundler's renamed type after `Authorization:` in a declaration is a type; a header's literal value is found", () => {
  const declaration = ['interface RequestHeaders {', '  "Authorization": HeaderText$1;', '  "Proxy-Authorization": HeaderText_2;', "}"].join("\n");
  assert.deepEqual(secretValuesIn(`${declaration}\n`, "dist/headers-Ab12Cd.d.mts"), []);
  assert.deepEqual(secretValuesIn(`const headers = { "Authorization": "${RANDOM_KEY}" };\n`, "src/client.ts"), [RANDOM_KEY]);
  assert.deepEqual(secretValuesIn(`const raw = "Authorization: ${RANDOM_KEY}";\n`, "src/client.ts"), [RANDOM_KEY]);
});

test("networking packages: a call after `:=` in a contract's source kept in its build artifact is code; a literal after `:=` is found", () => {
  const source = "        let token := calldataload(add(assetOffset, 40))\\n        let ok := call(gas, token, 0, 0, 0, 0, 0)\\n";
  assert.deepEqual(secretValuesIn(`{\n  "source": "${source}"\n}\n`, "lib/artifacts/RelayProxy.json"), []);
  assert.deepEqual(secretValuesIn(`API_TOKEN := ${RANDOM_KEY}\n`, "Makefile"), [RANDOM_KEY]);
});

test("certificate and hashing packages: a README's code read as bare text (a call opening its arguments, a function type's first parameter) holds no value; a bare key is found", () => {
  const sample = ["```ts", "const secret = generateSeed({", "  rounds: 20,", "});", "export const hasher: {", "  digestWithSecret: (input: Bytes, secret: Bytes) => bigint", "  keyed: (seed?: number) => bigint", "}", "```"].join("\n");
  assert.deepEqual(secretValuesIn(`${sample}\n`, "README.md"), []);
  assert.deepEqual(secretValuesIn(`secret: ${RANDOM_KEY}\n`, "README.md"), [RANDOM_KEY]);
  assert.deepEqual(secretValuesIn(`secret: (${RANDOM_KEY})\n`, "README.md"), [RANDOM_KEY]);
});

test("certificate and hashing packages: a class's field declared with its type in a coverage report's page is a type; a field given a key is found", () => {
  const page = ["<pre>export class RelaySuite {", "  public type = 'RelaySignature2031';", "  public signingKey: Secp256r1SigningKey2031;", "  private verificationKey: Ed448VerificationKey2031;", "}</pre>"].join("\n");
  assert.deepEqual(secretValuesIn(`${page}\n`, "coverage/lcov-report/src/suites/RelaySuite.ts.html"), []);
  assert.deepEqual(secretValuesIn(`<pre>  public signingKey = '${RANDOM_KEY}';</pre>\n`, "coverage/lcov-report/src/suites/RelaySuite.ts.html"), [RANDOM_KEY]);
});

test("monitoring packages: an object's key constant holding its own name (`State.Warehouse02Key = \"warehouse02\"`) names a key; a key under such a member is found", () => {
  const members = ['Tracker.Warehouse01Key = "warehouse01";', 'Tracker.Warehouse02Key = "warehouse02";', 'this.Territory02Key = "territory02";'].join("\n");
  assert.deepEqual(secretValuesIn(`${members}\n`, "dist/tracker.js"), []);
  // A random value under the same member, or a word that is not the member's name, is still a key.
  assert.deepEqual(secretValuesIn(`Tracker.Warehouse01Key = "${RANDOM_KEY}";\n`, "dist/tracker.js"), [RANDOM_KEY]);
  assert.deepEqual(secretValuesIn('Tracker.Territory01Key = "warehouse07";\n', "dist/tracker.js"), ["warehouse07"]);
});

test("monitoring packages: a Travis CI status image's `token=` only draws the badge; a token in another URL's query is found", () => {
  const badgeToken = ["Zq4Wn8", "Tr2Lm6", "Xv9Kp3"].join("");
  const readme = `[![Build Status](https://travis-ci.com/fabrikam/orders.svg?token=${badgeToken}&branch=main)](https://travis-ci.com/fabrikam/orders)\n`;
  assert.deepEqual(secretValuesIn(readme, "README.md"), []);
  assert.deepEqual(secretValuesIn(`<img src="https://travis-ci.org/fabrikam/orders.svg?branch=main&token=${badgeToken}">\n`, "docs/index.html"), []);
  // The same token sent to an API is a token.
  assert.deepEqual(secretValuesIn(`const feed = "https://api.fabrikam.io/orders.json?token=${badgeToken}";\n`, "src/feed.js"), [badgeToken]);
});

test("deployment tools: a CLI's command ids, lower-case words joined by colons (`pg:credentials:rotate`, `auth:2fa:disable`), name no value; a random word after the name is found", () => {
  const manifest = ['{', '  "commands": {', '    "db:credentials:rotate": {', '      "id": "db:credentials:rotate",', '      "examples": " $ relay auth:2fa:disable ",', '      "aliases": ["orders:db:credentials:repair-default"]', "    }", "  }", "}"].join("\n");
  assert.deepEqual(secretValuesIn(`${manifest}\n`, "oclif.manifest.json"), []);
  const generated = RANDOM_KEY.toLowerCase();
  assert.deepEqual(secretValuesIn(`{\n  "id": "db:credentials:${generated}"\n}\n`, "oclif.manifest.json"), [generated]);
  assert.deepEqual(secretValuesIn(`password: ${RANDOM_KEY}\n`, "config/relay.yaml"), [RANDOM_KEY]);
});

test("deployment tools: an HTML character reference (`pass: '&#10004;'`, a check's mark in a report) is a symbol; a key after `&` is found", () => {
  const icons = ["const statusIcons = {", "  pass: '&#10004;',", "  password: '&#x2714;',", "  secret: '&check;&nbsp;',", "};"].join("\n");
  assert.deepEqual(secretValuesIn(`${icons}\n`, "dist/report.js"), []);
  assert.deepEqual(secretValuesIn(`const statusIcons = {\n  secret: '&${RANDOM_KEY}',\n};\n`, "dist/report.js"), [`&${RANDOM_KEY}`]);
});

test("deployment tools: a CircleCI status badge's `circle-token=` only draws the badge; the same token sent to CircleCI's API is found", () => {
  const badgeToken = ["7d2c9e4f1a", "b8305e6c2f", "94a1d7b3e0", "5c8f2a6d91"].join("");
  const readme = [
    `![CI](https://circleci.com/gh/fabrikam/orders.png?circle-token=${badgeToken} "CI status")`,
    `[![CircleCI](https://dl.circleci.com/status-badge/img/gh/fabrikam/orders/tree/main.svg?style=svg&circle-token=${badgeToken})](https://circleci.com/gh/fabrikam/orders)`,
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${readme}\n`, "README.md"), []);
  assert.deepEqual(secretValuesIn(`curl "https://circleci.com/api/v1.1/project/gh/fabrikam/orders?circle-token=${badgeToken}"\n`, "README.md"), [badgeToken]);
});

test("browser automation packages: a GraphQL persisted query's id before its operation's name (`/graphql/<id>/OrderList`) is the query's, not a token; a token before it, or an id with no operation after it, is found", () => {
  const queryId = ["Rk4vTq9-Wm2Lx", "Pb7N_zYc3H"].join("");
  const persisted = `https://api.shopfront.io/graphql/${queryId}/OrderList?variables=%7B%22count%22%3A20%7D`;
  assert.deepEqual(secretValuesIn(`const endpoints = {\n  orders: "${persisted}",\n};\n`, "dist/index.js"), []);
  // A token ahead of the segment is still one, and so is a bare id that no operation's name follows.
  const token = ["Zt8qLw3Nx", "Vb6Rk2Pm9Yc4"].join("");
  const keyed = `https://api.shopfront.io/v1/${token}/graphql/${queryId}/OrderList`;
  assert.deepEqual(secretValuesIn(`const endpoint = "${keyed}";\n`, "dist/index.js"), [keyed]);
  const bare = `https://hooks.shopfront.io/graphql/${queryId}`;
  assert.deepEqual(secretValuesIn(`const endpoint = "${bare}";\n`, "dist/index.js"), [bare]);
});

test("browser automation packages: `pw` between the colons of an npm script's name (`ci:pw:core-bundle`) is a segment of the name, not a password; a random value after it is found", () => {
  const scripts = [
    "{",
    '  "scripts": {',
    '    "ci:pw:core-bundle": "npm ci --prefix ./bundles/core",',
    '    "ci:pw:bundles": "npm run ci:pw:core-bundle && npm run ci:pw:zip-bundle"',
    "  }",
    "}",
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${scripts}\n`, "package.json"), []);
  assert.deepEqual(secretValuesIn(`{\n  "cache": "orders:pw:${RANDOM_KEY}"\n}\n`, "package.json"), [RANDOM_KEY]);
});

test("browser automation packages: a credential's Kubernetes secret named by its namespace and a generated name (`cattle-global-data:cc-xq7pz`) is a reference; a random value after the namespace is found", () => {
  const mock = "const cluster = {\n  aksConfig: {\n    azureCredentialSecret: 'cattle-global-data:cc-xq7pz',\n    dnsPrefix: 'orders',\n  },\n};\n";
  assert.deepEqual(secretValuesIn(mock, "e2e/blueprints/cluster-mocks.ts"), []);
  assert.deepEqual(secretValuesIn(`const cluster = { azureCredentialSecret: 'cattle-global-data:${RANDOM_KEY}' };\n`, "e2e/blueprints/cluster-mocks.ts"), [`cattle-global-data:${RANDOM_KEY}`]);
});

test("browser automation packages: a scoped package's name and an export's (`@orders/context:Slot`) under a key's name names the package's slot; a random value under it is found", () => {
  assert.deepEqual(secretValuesIn('var globalKey = "@orders/context:Slot";\n', "build/index.cjs"), []);
  assert.deepEqual(secretValuesIn(`var globalKey = "@orders/context:${RANDOM_KEY}";\n`, "build/index.cjs"), [`@orders/context:${RANDOM_KEY}`]);
});

test("browser automation packages: capitalised words between pipes (`\"Key|Token|Secret|Password\"`) are the alternatives of a pattern built from them; a random value under such a name is found", () => {
  assert.deepEqual(secretValuesIn('var SECRET_SUFFIXES_CAMEL = "Key|Token|Secret|Password|Passwd|Credential";\n', "build/cleanup.js"), []);
  assert.deepEqual(secretValuesIn(`var SECRET_SUFFIXES_CAMEL = "${RANDOM_KEY}";\n`, "build/cleanup.js"), [RANDOM_KEY]);
});

test("browser automation packages: an element's name and its id (`input#req_old_credential`) under a password's name is a scraper's selector; a random value after `#` is found", () => {
  assert.deepEqual(secretValuesIn("const CHANGE_PASSWORD_OLD_PASS = 'input#req_parameter_old_credential';\n", "lib/scrapers/bank.js"), []);
  assert.deepEqual(secretValuesIn(`const CHANGE_PASSWORD_OLD_PASS = 'input#${RANDOM_KEY}';\n`, "lib/scrapers/bank.js"), [`input#${RANDOM_KEY}`]);
});

test("CMS and static-site packages: an export's name paired with its module's path (`[\"CART_INJECTION_KEY\", \"es/hooks/use-cart/index.mjs\"]`) is a path; a key beside the same name is found", () => {
  const imports = ["const autoImports = [", '  ["CART_INJECTION_KEY", "es/hooks/use-cart/index.mjs"],', '  ["LOCALE_INJECTION_KEY", "lib/hooks/use-locale/index.cjs"],', '  ["THEME_KEY", "src/hooks/useTheme.tsx"],', "];"].join("\n");
  assert.deepEqual(secretValuesIn(`${imports}\n`, "dist/module.mjs"), []);
  assert.deepEqual(secretValuesIn(`const pairs = [["CART_API_KEY", "${RANDOM_KEY}"]];\n`, "dist/module.mjs"), [RANDOM_KEY]);
});

test("CMS and static-site packages: a store's key built of words and named fields (`cart_{shopId}_{userId}`) is a template; a key under the same name is found", () => {
  const keys = ["  storageKeys: {", '    cartKey: "cart_{shopId}_{userId}",', '    sessionKey: "session:{tenantId}:v2",', "  },"].join("\n");
  assert.deepEqual(secretValuesIn(`const options = {\n${keys}\n};\n`, "dist/module.mjs"), []);
  assert.deepEqual(secretValuesIn(`const options = {\n  cartKey: "${RANDOM_KEY}",\n};\n`, "dist/module.mjs"), [RANDOM_KEY]);
});

test("CMS and static-site packages: a SHA-256 multihash in multibase (`uEi…`, a schema descriptor's content address) is a digest; the same bytes without the header under the name are found", () => {
  const digest = seededBytes(9701)(32);
  const address = (bytes: Buffer) => `u${Buffer.concat([Buffer.from([0x12, 0x20]), bytes]).toString("base64url")}`;
  const descriptors = ["{", '  "orders": {', '    "type": "example",', '    "keys": [', `      "${address(digest)}",`, `      "${address(seededBytes(9702)(32))}"`, "    ]", "  }", "}"].join("\n");
  assert.deepEqual(secretValuesIn(`${descriptors}\n`, "src/__fixtures__/descriptors.json"), []);
  assert.deepEqual(secretValuesIn(`{\n  "keys": "${address(digest)}"\n}\n`, "src/descriptors.json"), []);
  // The same 32 bytes as a plain base64url key are a key.
  const key = digest.toString("base64url");
  assert.deepEqual(secretValuesIn(`{\n  "apiKey": "${key}"\n}\n`, "src/descriptors.json"), [key]);
});

test("CMS and static-site packages: a CircleCI status image's `circle-token=` only draws the badge; the same token sent to CircleCI's API is found", () => {
  const badgeToken = ["7c3e9a1f5b", "2d8e4a6c0f", "9b1d3e5a7c", "2f4b6d8e0a"].join("");
  // (A badge without a link around it, then another badge: `[![CircleCI](…)] [![codecov](…)]`.)
  const badge = `[![CircleCI](https://circleci.com/gh/fabrikam/orders/tree/main.svg?style=svg&circle-token=${badgeToken})]`;
  const readme = `# orders ${badge} [![codecov](https://codecov.io/gh/fabrikam/orders/branch/main/graph/badge.svg)](https://codecov.io/gh/fabrikam/orders)\n`;
  assert.deepEqual(secretValuesIn(readme, "README.md"), []);
  const call = `const builds = "https://circleci.com/api/v1.1/project/gh/fabrikam/orders?circle-token=${badgeToken}";\n`;
  assert.deepEqual(secretValuesIn(call, "src/builds.js"), [badgeToken]);
});
