// Spring `@ConfigurationProperties(prefix = "orders")` classes: Spring binds a field through its
// setter from `orders.<field in kebab case>`, which relaxed binding reads from the environment
// variable `ORDERS_APIKEY`, so a field's initializer is that property's default. The move takes the
// initializer out and names the value for the property (`/application/orders.base-url`) and the
// variable; before, it wrote System.getenv("API_KEY") into the initializer, a name Spring never binds.
// Made-up values, assembled at run time so this file holds no detectable secret.
import assert from "node:assert/strict";
import { test } from "node:test";
import { movedValues, TEST_APP_CONFIGURATION as ENDPOINT, TEST_VAULT } from "./move-plan-helpers";

const PASSWORD = "Jw4Qz" + "T8nX2vL6pRk";
const STRIPE_KEY = "sk_live_" + "Hq7Wm3Xc9Tz2Lp5Rv8Bn4Kd";
const PATH = "src/main/java/com/fabrikam/orders/OrdersProperties.java";

function orders(fields: readonly string[], accessors = true): string {
  return [
    "package com.fabrikam.orders;",
    "",
    "import org.springframework.boot.context.properties.ConfigurationProperties;",
    "",
    '@ConfigurationProperties(prefix = "orders")',
    "public class OrdersProperties {",
    ...fields.map((field) => `    ${field}`),
    "",
    ...(accessors
      ? ["    public void setApiKey(String apiKey) { this.apiKey = apiKey; }", "    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }", "    public void setPassword(String password) { this.password = password; }"]
      : []),
    "}",
    "",
  ].join("\n");
}

const moves = (text: string) => movedValues(text, PATH);

test("a bound field's initializer is taken out, and the value is named for the property Spring binds", () => {
  const text = orders([`private String apiKey = "${STRIPE_KEY}";`, 'private String baseUrl = "https://orders-api.fabrikam-int.net"; // the orders service']);
  const moved = moves(text);
  assert.deepEqual(
    moved.map(({ name, plan, line }) => `${name} ${plan.environmentVariable ?? "-"} → ${line}`),
    ["ORDERS-APIKEY ORDERS_APIKEY → private String apiKey;", "/application/orders.base-url - → private String baseUrl; // the orders service"],
  );
  const [apiKey, baseUrl] = moved;
  assert.equal(apiKey!.plan.value, STRIPE_KEY);
  assert.ok(apiKey!.plan.notes.some((note) => note.startsWith("OrdersProperties.apiKey has no default now: Spring binds it to orders.api-key (from the environment variable ORDERS_APIKEY")));
  assert.ok(apiKey!.plan.notes.some((note) => note.includes(`ORDERS_APIKEY="@Microsoft.KeyVault(SecretUri=${TEST_VAULT}/secrets/ORDERS-APIKEY/)"`)));
  assert.ok(baseUrl!.plan.notes.some((note) => note.includes(`ORDERS_BASEURL="@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=/application/orders.base-url)`)));
});

test("a field Spring does not bind keeps the read of the environment: static, final, no setter, a method's variable", () => {
  const unbound = orders([`private static String apiKey = "${STRIPE_KEY}";`, `private final String password = "${PASSWORD}";`, 'public String url() { String baseUrl = "https://orders-api.fabrikam-int.net"; return baseUrl; }']);
  assert.deepEqual(
    moves(unbound).map(({ line }) => line),
    ['private static String apiKey = Objects.requireNonNull(System.getenv("API_KEY"), "API_KEY is not set");', 'private final String password = Objects.requireNonNull(System.getenv("PASSWORD"), "PASSWORD is not set");', 'public String url() { String baseUrl = Objects.requireNonNull(System.getenv("BASEURL"), "BASEURL is not set"); return baseUrl; }'],
  );
  const withoutSetter = orders([`private String apiKey = "${STRIPE_KEY}";`], false);
  assert.deepEqual(
    moves(withoutSetter).map(({ line }) => line),
    ['private String apiKey = Objects.requireNonNull(System.getenv("API_KEY"), "API_KEY is not set");'],
  );
});

test("Lombok's @Data gives the setter, and the prefix may be the annotation's value", () => {
  const text = [
    "@Data",
    '@ConfigurationProperties("mail")',
    "public class MailProperties {",
    `    private String smtpPassword = "${PASSWORD}";`,
    "}",
    "",
  ].join("\n");
  const [moved] = moves(text);
  assert.equal(`${moved!.name} ${moved!.plan.environmentVariable} → ${moved!.line}`, "MAIL-SMTPPASSWORD MAIL_SMTPPASSWORD → private String smtpPassword;");
  assert.ok(moved!.plan.notes[0]!.includes("Spring binds it to mail.smtp-password"));
});

const KOTLIN_PATH = "src/main/kotlin/com/fabrikam/orders/OrdersProperties.kt";

test("Kotlin: a primary constructor's default goes, and Spring binds the parameter through the constructor", () => {
  const text = [
    "package com.fabrikam.orders",
    "",
    "import org.springframework.boot.context.properties.ConfigurationProperties",
    "",
    '@ConfigurationProperties(prefix = "orders")',
    "data class OrdersProperties(",
    '    val baseUrl: String = "https://orders-api.fabrikam-int.net",',
    `    val apiKey: String = "${STRIPE_KEY}",`,
    ")",
    "",
  ].join("\n");
  const moved = movedValues(text, KOTLIN_PATH);
  assert.deepEqual(
    moved.map(({ name, plan, line }) => `${name} ${plan.environmentVariable ?? "-"} → ${line}`),
    ["/application/orders.base-url - → val baseUrl: String,", "ORDERS-APIKEY ORDERS_APIKEY → val apiKey: String,"],
  );
  const apiKey = moved[1]!;
  assert.equal(apiKey.plan.value, STRIPE_KEY);
  assert.ok(apiKey.plan.notes[0]!.startsWith("OrdersProperties.apiKey has no default now: Spring binds it to orders.api-key (from the environment variable ORDERS_APIKEY, or a property source) through OrdersProperties's constructor"));
  assert.match(apiKey.plan.notes[0]!, /fails to start/);
});

test("Kotlin: a var of the class's body becomes lateinit (a nullable one = null); the class is the one the property is in", () => {
  const text = [
    '@ConfigurationProperties(prefix = "orders")',
    'data class OrdersProperties(val region: String = "westeurope")',
    "",
    '@ConfigurationProperties("billing")',
    "class BillingProperties {",
    `    var apiKey: String = "${STRIPE_KEY}"`,
    `    var smtpPassword: String? = "${PASSWORD}"`,
    "}",
    "",
  ].join("\n");
  assert.deepEqual(
    movedValues(text, KOTLIN_PATH).map(({ name, plan, line }) => `${name} ${plan.environmentVariable} → ${line}`),
    ["BILLING-APIKEY BILLING_APIKEY → lateinit var apiKey: String", "BILLING-SMTPPASSWORD BILLING_SMTPPASSWORD → var smtpPassword: String? = null"],
  );
});

test("Kotlin: what Spring does not bind keeps the read of the environment: a val of the body, a class without the annotation", () => {
  const text = [
    '@ConfigurationProperties(prefix = "orders")',
    "data class OrdersProperties(val region: String)",
    "",
    "class Client(",
    `    val apiKey: String = "${STRIPE_KEY}",`,
    ")",
    "",
    '@ConfigurationProperties("billing")',
    "class BillingProperties {",
    `    val smtpPassword: String = "${PASSWORD}"`,
    "}",
    "",
  ].join("\n");
  assert.deepEqual(
    movedValues(text, KOTLIN_PATH).map(({ line }) => line),
    ['val apiKey: String = System.getenv("API_KEY") ?: error("API_KEY is not set"),', 'val smtpPassword: String = System.getenv("SMTP_PASSWORD") ?: error("SMTP_PASSWORD is not set")'],
  );
});

test("Kotlin: a constructor on one line is bound too; a nullable parameter is null without a value; a var with its own accessor keeps the read", () => {
  const text = [
    `@ConfigurationProperties("orders") data class OrdersProperties(val apiKey: String = "${STRIPE_KEY}", val password: String? = "${PASSWORD}")`,
    "",
    '@ConfigurationProperties("billing")',
    "class BillingProperties {",
    `    var apiKey: String = "${STRIPE_KEY}"`,
    "        set(value) { field = value.trim() }",
    "}",
    "",
  ].join("\n");
  const moved = movedValues(text, KOTLIN_PATH);
  // (Each move alone: the other value is still in the line.)
  assert.deepEqual(
    moved.map(({ name, line }) => `${name} → ${line.replace(STRIPE_KEY, "…").replace(PASSWORD, "…")}`),
    [
      'ORDERS-APIKEY → @ConfigurationProperties("orders") data class OrdersProperties(val apiKey: String, val password: String? = "…")',
      'ORDERS-PASSWORD → @ConfigurationProperties("orders") data class OrdersProperties(val apiKey: String = "…", val password: String?)',
      'apiKey → var apiKey: String = System.getenv("API_KEY") ?: error("API_KEY is not set")',
    ],
  );
  assert.match(moved[1]!.plan.notes[0]!, /Without a value it is null\./);
});
