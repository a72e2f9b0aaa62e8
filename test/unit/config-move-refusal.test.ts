// configMoveRefusal: the light bulb's up-front answer to "would Move to App Configuration succeed
// here?", which must be the planner's own answer for the place, asked without a store or a key.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText, type Finding } from "../../src/engine";
import { configMoveRefusal, FixPlanError, planConfigMove, suggestedConfigurationKey } from "../../src/fixes";

const URL = "https://orders.internal.contoso.com/api";
const ENDPOINT = "https://contoso-config.azconfig.io";

function configIn(text: string, filePath: string): Finding {
  const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "config");
  assert.ok(finding, `the engine finds the configuration value in ${filePath}`);
  return finding;
}

/** The planner's refusal of the move the preferred action makes, or undefined when it plans. */
function plannerRefusal(text: string, filePath: string, finding: Finding): string | undefined {
  try {
    planConfigMove({ text, filePath, finding, key: suggestedConfigurationKey(text, filePath, finding), label: "development", endpoint: ENDPOINT });
    return undefined;
  } catch (error) {
    if (error instanceof FixPlanError) return error.message;
    throw error;
  }
}

function refusalAt(text: string, filePath: string): { finding: Finding; refusal: string | undefined } {
  const finding = configIn(text, filePath);
  return { finding, refusal: configMoveRefusal({ text, filePath, start: finding.range.startOffset, end: finding.range.endOffset }) };
}

test("where the move can only fail, the refusal is known up front and is the planner's own message", () => {
  for (const [text, filePath] of [
    [`{\n  "ordersUrl": "${URL}"\n}\n`, "config/settings.json"],
    // (A .properties file other than Spring's application* and bootstrap*: nothing says who reads it.)
    [`orders.url=${URL}\n`, "src/main/resources/orders.properties"],
    [`<resources>\n  <string name="api_base_url">${URL}</string>\n</resources>\n`, "app/src/main/res/values/config.xml"],
    [`[orders]\nurl = "${URL}"\n`, "config.toml"],
    [`[orders]\nurl = ${URL}\n`, "app.ini"],
    [`server {\n  proxy_pass ${URL};\n}\n`, "nginx.conf"],
    [`FROM node:20\nENV ORDERS_URL=${URL}\n`, "Dockerfile"],
    [`resource "azurerm_api_management_backend" "orders" {\n  url = "${URL}"\n}\n`, "main.tf"],
    [`var ordersUrl = '${URL}'\n`, "main.bicep"],
    [`NSString *ordersUrl = @"${URL}";\n`, "Orders.m"],
  ] as const) {
    const { finding, refusal } = refusalAt(text, filePath);
    assert.ok(refusal, `${filePath} is refused up front`);
    assert.equal(refusal, plannerRefusal(text, filePath, finding), filePath);
    assert.doesNotMatch(refusal, /style|removeValue/, filePath);
  }
});

test("where the move plans, nothing is refused up front", () => {
  for (const [text, filePath] of [
    [`ORDERS_URL=${URL}\n`, ".env"],
    [`{\n  "Orders": {\n    "ServiceUrl": "${URL}"\n  }\n}\n`, "appsettings.json"],
    [`{\n  "Values": {\n    "ORDERS_URL": "${URL}"\n  }\n}\n`, "local.settings.json"],
    [`const ordersUrl = "${URL}";\n`, "src/client.ts"],
    [`var ordersUrl = "${URL}";\n`, "Orders.cs"],
    [`orders:\n  url: ${URL}\n`, "deploy/values.yaml"],
    // Spring resolves the ${…} the move writes.
    [`orders.url=${URL}\n`, "src/main/resources/application.properties"],
    [`orders:\n  url: ${URL}\n`, "src/main/resources/application-prod.yml"],
    [`resource "azurerm_linux_web_app" "orders" {\n  app_settings = {\n    ORDERS_URL = "${URL}"\n  }\n}\n`, "main.tf"],
  ] as const) {
    const { finding, refusal } = refusalAt(text, filePath);
    assert.equal(refusal, undefined, filePath);
    assert.equal(plannerRefusal(text, filePath, finding), undefined, filePath);
  }
});

test("a range outside the text (a diagnostic older than the document) is no refusal: the move scans afresh", () => {
  assert.equal(configMoveRefusal({ text: "short", filePath: "config/settings.json", start: 10, end: 20 }), undefined);
});

test("a URL that carries a credential is a secret, stored whole; a configuration move there is refused, up front and by the planner", () => {
  const token = ["Qm7vK2xT9w", "Lp4ZrT8nB3"].join("");
  const password = ["hunter", "22x"].join("");
  for (const url of [`https://hooks.corp.example.local/notify/${token}`, `ldap://ad.corp.example.local/?bindpw=${password}`]) {
    const text = `const notifyUrl = "${url}";\n`;
    const findings = scanText({ content: text, filePath: "src/notify.ts" });
    assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.kind]), [["url/capability", "secret"]], url.slice(0, 30));
    const [secret] = findings as [Finding];
    assert.equal(text.slice(secret.range.startOffset, secret.range.endOffset), url);
    assert.ok(secret.preview.startsWith(url.slice(0, 26)) && !secret.preview.includes(token) && !secret.preview.includes(password), secret.preview);
    // Were a configuration move asked at that span (a custom rule's finding), it is refused.
    const refusal = configMoveRefusal({ text, filePath: "src/notify.ts", start: secret.range.startOffset, end: secret.range.endOffset });
    assert.match(refusal ?? "", /carries a credential.*Move to Key Vault/, url.slice(0, 30));
  }
  // A file's name, a resource path, a setting's word, a content hash, a commit: not credentials.
  for (const url of [`${URL}?auth=sso`, `${URL}/assets/main.3f9a8c7b2e1d4f6a9b8c.js`, `${URL}/commit/3f9a8c7b2e1d4f6a9b8c3f9a8c7b2e1d4f6a9b8c`, `${URL}/assets/IMG20240105Screenshot.png`, `${URL}/v2/orders/12345`]) {
    const text = `const serviceUrl = "${url}";\n`;
    assert.equal(refusalAt(text, "src/service.ts").refusal, undefined, url);
  }
});

test("one line judged in two files in a row gets each file's answer (the service-URL judgement is remembered per line and file)", () => {
  const line = `const ordersUrl = "${URL}";\n`;
  const configIn = (filePath: string) => scanText({ content: line, filePath }).filter((finding) => finding.kind === "config").length;
  // A test's data is no configuration value; the same line in the app is.
  assert.deepEqual(["src/orders.ts", "test/orders.test.ts", "src/orders.ts"].map(configIn), [1, 0, 1]);
});
