// Keys for values in Spring Boot's property files: the property's dotted name under /application/,
// as Spring Cloud Azure App Configuration's default key filter reads it, list items by index, and
// the variable Spring binds to the property. Made-up contoso hosts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { configurationKeys as keys } from "./move-plan-helpers";
import { scanText } from "../../src/engine";
import { planConfigMove, suggestedConfigurationKey } from "../../src/fixes";


test("application.yml: a whole value is its property's, dotted under /application/, read from Spring's variable", () => {
  const yaml = `spring:\n  data:\n    redis:\n      host: redis-orders.internal.contoso.com\nmanagement:\n  zipkin:\n    tracing:\n      endpoint: http://zipkin.observability:9411/api/v2/spans\ninventory:\n  base-url: https://inventory.prod.contoso.com\n`;
  assert.deepEqual(keys(yaml, "src/main/resources/application.yml"), [
    "/application/spring.data.redis.host SPRING_DATA_REDIS_HOST",
    "/application/management.zipkin.tracing.endpoint MANAGEMENT_ZIPKIN_TRACING_ENDPOINT",
    "/application/inventory.base-url INVENTORY_BASEURL",
  ]);
  // A part of a value keeps the path key: under the property's own name the store would set the property to the part alone.
  assert.deepEqual(keys(`spring:\n  kafka:\n    bootstrap-servers: evh-orders-prod.servicebus.windows.net:9093\n`, "application-prod.yaml"), ["spring:kafka:bootstrap-servers SPRING__KAFKA__BOOTSTRAP_SERVERS"]);
});

test("a list item's property keeps its index, in YAML and in .properties", () => {
  const yaml = `spring:\n  cloud:\n    azure:\n      keyvault:\n        secret:\n          property-sources:\n            - name: shared\n              endpoint: https://kv-shared-stg.vault.azure.net/\n            - endpoint: https://kv-orders-stg.vault.azure.net/\n`;
  assert.deepEqual(keys(yaml, "bootstrap.yml"), [
    "/application/spring.cloud.azure.keyvault.secret.property-sources[0].endpoint SPRING_CLOUD_AZURE_KEYVAULT_SECRET_PROPERTYSOURCES_0_ENDPOINT",
    "/application/spring.cloud.azure.keyvault.secret.property-sources[1].endpoint SPRING_CLOUD_AZURE_KEYVAULT_SECRET_PROPERTYSOURCES_1_ENDPOINT",
  ]);
  const properties = `spring.mail.host=smtp.contoso.com\nspring.cloud.azure.keyvault.secret.property-sources[0].endpoint=https://kv-orders-stg.vault.azure.net/\n`;
  assert.deepEqual(keys(properties, "src/main/resources/application-staging.properties"), [
    "/application/spring.mail.host SPRING_MAIL_HOST",
    "/application/spring.cloud.azure.keyvault.secret.property-sources[0].endpoint SPRING_CLOUD_AZURE_KEYVAULT_SECRET_PROPERTYSOURCES_0_ENDPOINT",
  ]);
});

test("a placeholder's default is stored under the name it reads, and the move leaves the placeholder alone", () => {
  const yaml = `orders:\n  url: \${orders.api-base:https://orders-api.internal.contoso.com}\n`;
  const finding = scanText({ content: yaml, filePath: "application.yml" }).find((candidate) => candidate.kind === "config")!;
  const key = suggestedConfigurationKey(yaml, "application.yml", finding);
  assert.equal(key, "/application/orders.api-base");
  const plan = planConfigMove({ text: yaml, filePath: "application.yml", finding, key, endpoint: "https://contoso-config.azconfig.io" });
  assert.deepEqual(plan.edits.map((edit) => [yaml.slice(edit.start, edit.end), edit.newText]), [["${orders.api-base:https://orders-api.internal.contoso.com}", "${orders.api-base}"]]);
  assert.equal(plan.value, "https://orders-api.internal.contoso.com");
  // Spring looks the placeholder's name up in the environment as ORDERS_API_BASE.
  assert.ok(plan.notes.some((note) => note.includes("ORDERS_API_BASE=")));
});

test("other YAML files keep their colon-separated keys", () => {
  assert.deepEqual(keys(`config:\n  redis:\n    host: redis-orders.internal.contoso.com\n`, "deploy/values.yaml"), ["config:redis:host CONFIG__REDIS__HOST"]);
});

test(".properties: a URL with the escaped colons Properties.store writes (https\\://) is found, and moved whole with the value Java reads", () => {
  const path = "src/main/resources/application.properties";
  const text = `orders.url=https\\://orders-int.contoso.net\\:8443/api?region\\=eu\n`;
  const findings = scanText({ content: text, filePath: path }).filter((finding) => finding.kind === "config");
  assert.deepEqual(findings.map((finding) => text.slice(finding.range.startOffset, finding.range.endOffset)), ["https\\://orders-int.contoso.net\\:8443/api?region\\=eu"]);
  const key = suggestedConfigurationKey(text, path, findings[0]!);
  assert.equal(key, "/application/orders.url");
  const plan = planConfigMove({ text, filePath: path, finding: findings[0]!, key, endpoint: "https://contoso-config.azconfig.io" });
  assert.equal(plan.value, "https://orders-int.contoso.net:8443/api?region=eu");
  assert.deepEqual(plan.edits.map((edit) => [edit.start, edit.end, edit.newText]), [[11, text.length - 1, "${ORDERS_URL}"]]);
  // Judged as Java reads it: a public page stays quiet escaped as unescaped.
  assert.equal(scanText({ content: `docs.link=https\\://www.contoso.com/privacy\n`, filePath: path }).length, 0);
  // Elsewhere the backslash is the value's own (YAML keeps it): no URL.
  assert.equal(scanText({ content: `orders:\n  url: https\\://orders-int.contoso.net/api\n`, filePath: "src/main/resources/application.yml" }).length, 0);
});
