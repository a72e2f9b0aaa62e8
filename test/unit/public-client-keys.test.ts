// A Firebase app's Google API key, a documentation site's Algolia search key and the keys of browser
// monitoring SDKs are public by design (see src/engine/public-client-keys.ts); any other Google API
// key stays reported. The fixture ng.google-api-key-beside-firebase-config shows a web
// app's configuration; these are the forms a fixture's `input.*` name cannot show.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const KEY = ["AIzaSy", "Dq4Lw8Nc2Vt6Rx0Jp3Hk7Mb5Zf9Gs1Ye2"].join("");

function secretRules(content: string, filePath: string): string[] {
  return scanText({ content, filePath }).filter((finding) => finding.kind === "secret").map((finding) => finding.ruleId);
}

test("the key in an Android app's google-services.json is not reported", () => {
  const content = `{\n  "client": [\n    {\n      "api_key": [\n        { "current_key": "${KEY}" }\n      ]\n    }\n  ]\n}\n`;
  assert.deepEqual(secretRules(content, "android/app/google-services.json"), []);
  // The same text under another name is any JSON file with a Google API key in it.
  assert.deepEqual(secretRules(content, "android/app/credentials.json"), ["gcp/api-key"]);
});

test("the key in an iOS app's GoogleService-Info.plist is not reported", () => {
  const content = `<plist version="1.0">\n<dict>\n\t<key>API_KEY</key>\n\t<string>${KEY}</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>417023958216</string>\n</dict>\n</plist>\n`;
  assert.deepEqual(secretRules(content, "ios/Runner/GoogleService-Info.plist"), []);
  assert.deepEqual(secretRules(content, "ios/Runner/Info.plist"), ["gcp/api-key"]);
});

test("a front end's Firebase build variable is public; a Maps key beside it is not", () => {
  const content = `NEXT_PUBLIC_FIREBASE_API_KEY=${KEY}\nVITE_FIREBASE_API_KEY="${KEY}"\nGOOGLE_MAPS_API_KEY=${KEY}\n`;
  const findings = scanText({ content, filePath: ".env.local" }).filter((finding) => finding.kind === "secret");
  assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.range.start.line + 1]), [["gcp/api-key", 3]]);
});

test("a documentation site's Algolia search key is public; the same key under apiKey elsewhere is a secret", () => {
  const searchKey = ["5f3c9a1e", "7b2d4c6e", "8a0f1b3d", "5e7c9a2b"].join("");
  const docusaurus = `module.exports = {\n  themeConfig: {\n    algolia: {\n      appId: "QX4PT7ZK2M",\n      apiKey: "${searchKey}",\n      indexName: "orders-docs",\n    },\n  },\n};\n`;
  assert.deepEqual(secretRules(docusaurus, "website/docusaurus.config.js"), []);
  const client = `const orders = createClient({\n  apiKey: "${searchKey}",\n  region: "eu",\n});\n`;
  assert.deepEqual(secretRules(client, "src/orders-client.js"), ["generic/named-secret"]);
});

// 32 hexadecimal digits, the shape of a Datadog API key, a Bugsnag notifier key and a Rollbar token.
const HEX_KEY = ["7c2e9a41", "d05b38f6", "e19a4c72", "b86d03f5"].join("");

test("a Datadog client token is public in a browser SDK's options and in a build variable; a Datadog API key is not", () => {
  const clientToken = `pub${HEX_KEY}`;
  const rum = `datadogRum.init({\n  applicationId: "3f1c0a52-8d4e-4b7a-9e26-51d7c0b8a4e3",\n  clientToken: "${clientToken}",\n  site: "datadoghq.eu",\n});\n`;
  assert.deepEqual(secretRules(rum, "web/src/monitoring.ts"), []);
  assert.deepEqual(secretRules(`DD_CLIENT_TOKEN=${clientToken}\nDD_API_KEY=${HEX_KEY}\n`, ".env"), ["generic/named-secret"]);
});

test("a New Relic browser key beside its application is public; alone it is reported", () => {
  const browserKey = `NRJS-${HEX_KEY.slice(0, 19)}`;
  const agent = `export const newRelic = { licenseKey: '${browserKey}', applicationID: '1601234567' };\n`;
  assert.deepEqual(secretRules(agent, "web/src/monitoring.ts"), []);
  const snippet = `;NREUM.info={beacon:"bam.nr-data.net",errorBeacon:"bam.nr-data.net",licenseKey:"${browserKey}",applicationID:"1601234567",sa:1}\n`;
  assert.deepEqual(secretRules(snippet, "public/index.js"), []);
  assert.deepEqual(secretRules(`new.relic.key=${browserKey}\n`, "app.properties"), ["newrelic/key"]);
});

test("a Bugsnag notifier's key given to Bugsnag.start is public; the same value under apiKey elsewhere is reported", () => {
  assert.deepEqual(secretRules(`Bugsnag.start({ apiKey: '${HEX_KEY}' });\n`, "web/src/errors.ts"), []);
  assert.deepEqual(secretRules(`Bugsnag.start({\n  releaseStage: 'production',\n  apiKey: '${HEX_KEY}',\n  plugins: [new BugsnagPluginReact()],\n});\n`, "web/src/errors.ts"), []);
  assert.deepEqual(secretRules(`Bugsnag.start('${HEX_KEY}');\n`, "web/src/errors.ts"), []);
  assert.deepEqual(secretRules(`const client = createClient({ apiKey: '${HEX_KEY}' });\n`, "web/src/errors.ts"), ["generic/named-secret"]);
});

test("a Rollbar access token in a browser configuration is public; with options a server SDK takes too, it is reported", () => {
  const browser = `export const rollbarConfig = {\n  accessToken: '${HEX_KEY}',\n  captureUncaught: true,\n  payload: { environment: 'production', client: { javascript: { source_map_enabled: true } } },\n};\n`;
  assert.deepEqual(secretRules(browser, "web/src/rollbar.ts"), []);
  const snippet = `<script>\nvar _rollbarConfig = {\n  accessToken: "${HEX_KEY}",\n  captureUncaught: true,\n  captureUnhandledRejections: true,\n};\n</script>\n`;
  assert.deepEqual(secretRules(snippet, "public/index.html"), []);
  // rollbar.js on Node takes captureUncaught too: no evidence of a page.
  const server = `const rollbar = new Rollbar({\n  accessToken: '${HEX_KEY}',\n  captureUncaught: true,\n});\n`;
  assert.deepEqual(secretRules(server, "server/rollbar.js"), ["generic/named-secret"]);
});
