// Names "Move to Key Vault" gives that say whose secret it is, where the file's own name for it says
// only what kind it is: a Maven server's password by the server's id, a nested object's password by
// the object it is in, a vendor's name written in camel case as one word.
import assert from "node:assert/strict";
import { test } from "node:test";
import { movedValues } from "./move-plan-helpers";

// Made-up values, assembled at run time so this file holds no detectable secret.
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** `length` characters of ALNUM, the same on every run. */
function fake(length: number, seed: number): string {
  let state = seed * 7919 + 17;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += ALNUM[(state >>> 16) % ALNUM.length];
  }
  return out;
}

/** Each secret's proposed name, the variable the moved text reads, and the line left where the value was. */
function moved(content: string, filePath: string): string[] {
  return movedValues(content, filePath, { kind: "secret" }).map(({ name, plan, line }) => `${name} ${plan.environmentVariable} ${line}`);
}

test("a vendor's name written with capitals inside is one word of the variable's name", () => {
  const content = [
    `const GitHubToken = "${fake(36, 1)}";`,
    `const openAIKey = "${fake(32, 2)}";`,
    `const client = new SendGridClient({ apiKey: "${fake(32, 3)}" });`,
    "",
  ].join("\n");
  assert.deepEqual(moved(content, "src/clients.ts"), [
    "GitHubToken GITHUB_TOKEN const GitHubToken = process.env.GITHUB_TOKEN!;",
    "openAIKey OPENAI_KEY const openAIKey = process.env.OPENAI_KEY!;",
    'sendgrid-api-key SENDGRID_API_KEY const client = new SendGridClient({ apiKey: process.env.SENDGRID_API_KEY! });',
  ]);
});

test("a nested object's password is named with the object that holds it, in each language's literals", () => {
  assert.deepEqual(moved(`module.exports = {\n  db: {\n    password: "${fake(20, 4)}",\n  },\n};\n`, "config.js"), ["db-password DB_PASSWORD password: process.env.DB_PASSWORD,"]);
  assert.deepEqual(moved(`CONFIG = {"db": {"host": "localhost", "password": "${fake(20, 5)}"}}\n`, "config.py"), [
    'db-password DB_PASSWORD CONFIG = {"db": {"host": "localhost", "password": os.environ["DB_PASSWORD"]}}',
  ]);
  assert.deepEqual(moved(`CONFIG = { db: { host: "localhost", password: "${fake(20, 6)}" } }\n`, "config.rb"), ['db-password DB_PASSWORD CONFIG = { db: { host: "localhost", password: ENV.fetch("DB_PASSWORD") } }']);
  assert.deepEqual(moved(`<?php\nreturn ['db' => ['host' => 'localhost', 'password' => '${fake(20, 7)}']];\n`, "config.php"), [
    "db-password DB_PASSWORD return ['db' => ['host' => 'localhost', 'password' => getenv('DB_PASSWORD')]];",
  ]);
  // Django's DATABASES, past the "default" that names nothing; a variable's object; nodemailer's `auth:`, by its owner.
  assert.deepEqual(moved(`DATABASES = {"default": {"ENGINE": "x", "PASSWORD": "${fake(20, 8)}"}}\n`, "settings.py").map((row) => row.split(" ").slice(0, 2).join(" ")), ["DATABASES-PASSWORD DATABASES_PASSWORD"]);
  assert.deepEqual(moved(`const db = { password: "${fake(20, 9)}" };\n`, "db.ts"), ["db-password DB_PASSWORD const db = { password: process.env.DB_PASSWORD! };"]);
  assert.deepEqual(moved(`export default {\n  smtp: { auth: { user: "me", pass: "${fake(20, 10)}" } },\n};\n`, "mail.ts"), ['smtp-pass SMTP_PASS smtp: { auth: { user: "me", pass: process.env.SMTP_PASS! } },']);
  // A call's named argument, by the variable its result goes to where that says whose it is.
  assert.deepEqual(moved(`db = psycopg.connect(host="h", password="${fake(20, 11)}")\n`, "db.py").map((row) => row.split(" ").slice(0, 2).join(" ")), ["db-password DB_PASSWORD"]);
});

test("a secret's own name stays where what holds it names nothing or holds variables by their names", () => {
  const names = (content: string, filePath: string) => moved(content, filePath).map((row) => row.split(" ").slice(0, 2).join(" "));
  assert.deepEqual(names(`connect({ password: "${fake(20, 12)}" });\n`, "a.ts"), ["password PASSWORD"]);
  assert.deepEqual(names(`const client = connect({ password: "${fake(20, 13)}" });\n`, "b.ts"), ["password PASSWORD"]);
  assert.deepEqual(names(`app.use(session({ secret: "${fake(20, 14)}" }));\n`, "c.ts"), ["secret SECRET"]);
  assert.deepEqual(names(`module.exports = { env: { API_KEY: "${fake(20, 15)}" } };\n`, "settings.js"), ["API-KEY API_KEY"]);
  assert.deepEqual(names(`const credentials = { password: "${fake(20, 16)}" };\n`, "d.ts"), ["password PASSWORD"]);
  assert.deepEqual(names(`const body = { password: "${fake(20, 18)}" };\n`, "login.ts"), ["password PASSWORD"]);
  assert.deepEqual(names(`requests.get(url, headers={"api_key": "${fake(20, 25)}"})\n`, "fetch.py"), ["api-key API_KEY"]);
  assert.deepEqual(names(`const o = { password: "${fake(20, 19)}" };\n`, "f.ts"), ["password PASSWORD"]);
  // (An object that names itself names its members: the object's name, not its variable's.)
  assert.deepEqual(names(`const providers = [{ name: "orders", apiKey: "${fake(20, 17)}" }];\n`, "e.ts"), ["orders-apiKey ORDERS_API_KEY"]);
});

test("Maven's settings.xml: a server's password is named by the server's id, and read as Maven reads a variable", () => {
  const content = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">`,
    "  <servers>",
    "    <server>",
    "      <id>nexus-releases</id>",
    "      <username>deploy</username>",
    `      <password>${fake(20, 20)}</password>`,
    "    </server>",
    "    <server>",
    "      <!-- <id>not-this</id> -->",
    "      <username>deploy</username>",
    `      <password>${fake(20, 21)}</password>`,
    "      <configuration><id>nor-this</id></configuration>",
    "      <id>nexus-snapshots</id>",
    "    </server>",
    "    <server>",
    "      <id>ssh-deploy</id>",
    `      <passphrase>${fake(20, 22)}</passphrase>`,
    "    </server>",
    "  </servers>",
    "  <proxies>",
    `    <proxy><id>corp.proxy</id><host>proxy.contoso.com</host><username>me</username><password>${fake(20, 23)}</password></proxy>`,
    "  </proxies>",
    "</settings>",
    "",
  ].join("\n");
  assert.deepEqual(moved(content, ".m2/settings.xml"), [
    "nexus-releases-password NEXUS_RELEASES_PASSWORD <password>${env.NEXUS_RELEASES_PASSWORD}</password>",
    "nexus-snapshots-password NEXUS_SNAPSHOTS_PASSWORD <password>${env.NEXUS_SNAPSHOTS_PASSWORD}</password>",
    "ssh-deploy-passphrase SSH_DEPLOY_PASSPHRASE <passphrase>${env.SSH_DEPLOY_PASSPHRASE}</passphrase>",
    "corp-proxy-password CORP_PROXY_PASSWORD <proxy><id>corp.proxy</id><host>proxy.contoso.com</host><username>me</username><password>${env.CORP_PROXY_PASSWORD}</password></proxy>",
  ]);
  // An element with no id around it is named by the element that holds it.
  assert.deepEqual(moved(`<config>\n  <database>\n    <password>${fake(20, 24)}</password>\n  </database>\n</config>\n`, "app.xml").map((row) => row.split(" ").slice(0, 2).join(" ")), ["database-password DATABASE_PASSWORD"]);
});

test("an XML element's generic text is named by the element that holds it, past one that names nothing", () => {
  const content = [
    "<configuration>",
    `  <database><host>db.internal</host><password>${fake(20, 60)}</password></database>`,
    "  <smtp>",
    `    <credentials><password>${fake(20, 61)}</password></credentials>`,
    "  </smtp>",
    `  <settings><password>${fake(20, 62)}</password></settings>`,
    `  <properties><password>${fake(20, 63)}</password></properties>`,
    `  <Redis><Password>${fake(20, 64)}</Password></Redis>`,
    `  <smtp><smtpPassword>${fake(20, 65)}</smtpPassword></smtp>`,
    "</configuration>",
    "",
  ].join("\n");
  assert.deepEqual(moved(content, "app.xml").map((row) => row.split(" ").slice(0, 2).join(" ")), [
    "database-password DATABASE_PASSWORD",
    "smtp-password SMTP_PASSWORD",
    "password PASSWORD",
    "password PASSWORD",
    "Redis-Password REDIS_PASSWORD",
    "smtpPassword SMTP_PASSWORD",
  ]);
  // (An entry named by its attribute: the parent holds such entries, and says nothing of whose.)
  assert.deepEqual(moved(`<resources>\n  <string name="password">${fake(20, 66)}</string>\n</resources>\n`, "res/values/strings.xml").map((row) => row.split(" ").slice(0, 2).join(" ")), ["password PASSWORD"]);
  // MSBuild's PropertyGroup holds properties by their own names.
  assert.deepEqual(moved(`<Project>\n  <PropertyGroup>\n    <Password>${fake(20, 67)}</Password>\n  </PropertyGroup>\n</Project>\n`, "Deploy.props").map((row) => row.split(" ").slice(0, 2).join(" ")), ["Password PASSWORD"]);
});

test("a section qualifies a generic name in the name's own case, never as a mixed-case secret name", () => {
  const names = (content: string, filePath: string) => moved(content, filePath).map((row) => row.split(" ").slice(0, 2).join(" "));
  assert.deepEqual(names(`GAPIS-CREDENTIALS:\n  client_secret: ${fake(24, 30)}\nSMTP:\n  password: ${fake(20, 31)}\n`, "values.yaml"), [
    "gapis-credentials-client-secret GAPIS_CREDENTIALS_CLIENT_SECRET",
    "smtp-password SMTP_PASSWORD",
  ]);
  assert.deepEqual(names(`ordersDb = {"PASSWORD": "${fake(20, 32)}"}\n`, "settings.py"), ["ORDERS-DB-PASSWORD ORDERS_DB_PASSWORD"]);
  assert.deepEqual(names(`Smtp:\n  Password: ${fake(20, 33)}\n`, "mail.yaml"), ["Smtp-Password SMTP_PASSWORD"]);
});

test("a Go composite literal's or a C# object initializer's password is named with the type it builds", () => {
  const names = (content: string, filePath: string) => moved(content, filePath).map((row) => row.split(" ").slice(0, 2).join(" "));
  const go = [
    "package main",
    "",
    "func main() {",
    `\tcfg := mysql.Config{User: "app", Passwd: "${fake(20, 40)}"}`,
    "\tsmtp := SmtpSettings{",
    '\t\tHost:     "mail",',
    `\t\tPassword: "${fake(20, 41)}",`,
    "\t}",
    `\tclient := redis.NewClient(&redis.Options{Addr: "cache:6379", Password: \`${fake(20, 42)}\`})`,
    // (A name that says whose it is already; a map's key; a type that names nothing.)
    `\tmail := SmtpSettings{SmtpPassword: "${fake(20, 43)}"}`,
    `\tm := map[string]string{"password": "${fake(20, 44)}"}`,
    `\tcreds := Credentials{Password: "${fake(20, 45)}"}`,
    "\t_, _, _, _, _, _ = cfg, smtp, client, mail, m, creds",
    "}",
    "",
  ].join("\n");
  assert.deepEqual(names(go, "main.go"), ["Mysql-Passwd MYSQL_PASSWD", "Smtp-Password SMTP_PASSWORD", "Redis-Password REDIS_PASSWORD", "SmtpPassword SMTP_PASSWORD", "password PASSWORD", "Password PASSWORD"]);
  const csharp = [
    "class Setup",
    "{",
    "    void Configure()",
    "    {",
    `        var opts = new RedisOptions { Password = "${fake(20, 46)}" };`,
    "        var db = new DbSettings",
    "        {",
    `            Password = "${fake(20, 47)}",`,
    "        };",
    `        services.Configure(new Orders.Data.DatabaseOptions() { Password = @"${fake(20, 48)}" });`,
    `        var cred = new NetworkCredential("app", "${fake(20, 49)}");`,
    `        var mail = new SmtpSettings { SmtpPassword = "${fake(20, 50)}" };`,
    `        var c = new Credentials { Password = "${fake(20, 51)}" };`,
    "    }",
    "}",
    "",
  ].join("\n");
  assert.deepEqual(names(csharp, "Setup.cs"), [
    "Redis-Password REDIS_PASSWORD",
    "Db-Password DB_PASSWORD",
    "Database-Password DATABASE_PASSWORD",
    "app-password APP_PASSWORD",
    "SmtpPassword SMTP_PASSWORD",
    "Password PASSWORD",
  ]);
});

test("a C# target-typed new() is named with the type its declaration gives", () => {
  const names = (content: string, filePath: string) => moved(content, filePath).map((row) => row.split(" ").slice(0, 2).join(" "));
  const csharp = [
    "class Setup",
    "{",
    `    private readonly RedisOptions _redis = new() { Host = "cache", Password = "${fake(20, 52)}" };`,
    "    public SmtpSettings Smtp { get; init; } = new()",
    "    {",
    `        Password = "${fake(20, 53)}",`,
    "    };",
    // (A dictionary's initializer holds entries, whatever its type.)
    `    Dictionary<string, string> settings = new() { ["Password"] = "${fake(20, 54)}" };`,
    "}",
    "",
  ].join("\n");
  assert.deepEqual(names(csharp, "Setup.cs"), ["Redis-Password REDIS_PASSWORD", "Smtp-Password SMTP_PASSWORD", "Password PASSWORD"]);
});
