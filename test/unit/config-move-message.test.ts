// A configuration value's message says what to do with it: "move to App Configuration" where the
// move can rewrite the file, "set per environment" where the planner refuses the file's kind (an
// nginx configuration, an HTML page, a .properties file nothing says who reads). One answer for
// both: the engine's takesConfigurationMove, which the planner asks before anything else.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { takesConfigurationMove } from "../../src/engine/file-type";
import { configMoveRefusal } from "../../src/fixes";
import { fileKindOf } from "../../src/fixes/file-kind";

const URL = "http://erp01.corp.contoso.com:8080";

function messages(content: string, filePath: string): string[] {
  return scanText({ content, filePath, options: { includeConfig: true } })
    .filter((finding) => finding.kind === "config")
    .map((finding) => finding.message);
}

test("a value in a file the move refuses says set per environment; elsewhere, move to App Configuration", () => {
  const refused: [string, string][] = [
    ["deploy/nginx/orders.conf", `location / {\n  proxy_pass ${URL};\n}\n`],
    ["public/index.html", `<script>window.api = "${URL}/api";</script>\n`],
    ["config.toml", `[orders]\nurl = "${URL}"\n`],
    ["src/main/resources/orders.properties", `orders.url=${URL}\n`],
  ];
  for (const [filePath, content] of refused) {
    const found = messages(content, filePath);
    assert.equal(found.length, 1, filePath);
    assert.match(found[0]!, /\(configuration value: set per environment\)$/, filePath);
  }
  const movable: [string, string][] = [
    [".env", `ORDERS_URL=${URL}\n`],
    ["appsettings.json", `{ "Orders": { "Url": "${URL}" } }\n`],
    ["src/client.ts", `const ordersUrl = "${URL}";\n`],
    ["src/main/resources/application.properties", `orders.url=${URL}\n`],
    ["deploy/values.yaml", `orders:\n  url: ${URL}\n`],
  ];
  for (const [filePath, content] of movable) {
    const found = messages(content, filePath);
    assert.equal(found.length, 1, filePath);
    assert.match(found[0]!, /\(configuration value: move to App Configuration\)$/, filePath);
  }
});

test("the engine's answer is the planner's: a file the engine says no move takes is refused up front, the others are not for their kind", () => {
  const paths = [
    "nginx.conf", "index.html", "config.toml", "app.ini", "orders.properties", "notes.txt", "Dockerfile", ".npmrc",
    ".env", "appsettings.json", "settings.json", "values.yaml", "web.config", "pom.xml", "main.ts", "Orders.cs", "main.go", "main.tf",
    "src/main/resources/application.properties", "src/main/resources/bootstrap-dev.properties", "src/main/resources/application.yml",
    "deploy/run.sh", "prod.tfvars", "CMakeLists.txt", "main.bicepparam", "Orders.m", "analysis.jl",
  ];
  for (const filePath of paths) {
    const kind = fileKindOf(filePath, "");
    const plannerRefusesKind =
      kind.family === "npmrc" || (kind.family === "code" && kind.language === "other") || (kind.family === "plain" && !/(?:^|\/)(?:application|bootstrap)(?:-[^/.]+)?\.properties$/.test(filePath));
    assert.equal(takesConfigurationMove(filePath), !plannerRefusesKind, filePath);
    if (plannerRefusesKind) {
      const text = `url = ${URL}\n`;
      assert.match(configMoveRefusal({ text, filePath, start: 6, end: 6 + URL.length }) ?? "", /^Nothing reads an App Configuration key from (?:this file type|code in this language) by itself/, filePath);
    }
  }
});
