// Configuration and infrastructure files: the stored value is what the file's reader gets, the
// edited file still reads, and where the planner cannot be sure it refuses. (From a fidelity
// review of the planner: YAML, compose, .properties, .ini, .env, ARM, Terraform, appsettings.json, XML.)
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import type { Finding } from "../../src/engine";
import { FixPlanError, mergePlanEdits, planConfigMove, planMove, suggestedSecretName } from "../../src/fixes";
import type { MovePlan, ReplacementStyle, TextEdit } from "../../src/fixes";
import { parseEnvFile } from "../../src/azure/env-file";

// Made-up values, assembled at run time so this file does not hold a detectable secret.
const PASSWORD = "Jw4Qz" + "T8nX2vL6pR";
const VAULT = "https://contoso-orders-kv.vault.azure.net";
const VAULT_ID = "/subscriptions/6f1c2d3e-0000-4000-8000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/contoso-orders-kv";

function secretIn(text: string, filePath: string): Finding {
  const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "secret");
  assert.ok(finding, `the engine detects the secret in ${filePath}`);
  return finding;
}

function apply(text: string, edits: MovePlan["edits"]): string {
  let out = text;
  for (const edit of [...edits].reverse()) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

interface Options {
  style?: ReplacementStyle;
  secretName?: string;
  vaultResourceId?: string;
  throughAppConfiguration?: boolean;
}

function plan(text: string, filePath: string, options: Options = {}): MovePlan {
  const finding = secretIn(text, filePath);
  return planMove({
    text,
    filePath,
    finding,
    secretName: options.secretName ?? suggestedSecretName(text, filePath, finding),
    vaultUrl: VAULT,
    ...(options.style ? { style: options.style } : {}),
    ...(options.vaultResourceId ? { vaultResourceId: options.vaultResourceId } : {}),
    ...(options.throughAppConfiguration ? { throughAppConfiguration: true } : {}),
  });
}

function move(text: string, filePath: string, options: Options = {}): { value: string; after: string; plan: MovePlan } {
  const planned = plan(text, filePath, options);
  return { value: planned.value, after: apply(text, planned.edits), plan: planned };
}

/** Refused with `code`, and the message names neither the secret nor its fragments. */
function refuses(text: string, filePath: string, code: string, pattern?: RegExp, options: Options = {}): void {
  assert.throws(
    () => plan(text, filePath, options),
    (error: unknown) => {
      assert.ok(error instanceof FixPlanError, String(error));
      assert.equal(error.code, code, error.message);
      assert.ok(!error.message.includes(PASSWORD.slice(0, 8)), "the message does not hold the secret");
      if (pattern) assert.match(error.message, pattern);
      return true;
    },
  );
}

test("XML: a character reference to CR stays a CR; literal line breaks are what XML normalises (F20)", () => {
  const attribute = `<configuration><appSettings>\n  <add key="DbPassword" value="Jw4QzT8n&#13;X2vL6pR" />\n</appSettings></configuration>\n`;
  assert.equal(move(attribute, "web.config").value, "Jw4QzT8n\rX2vL6pR");
  const element = `<config>\n  <password>Jw4QzT8n&#xD;&#xA;X2vL6pR</password>\n</config>\n`;
  assert.equal(move(element, "app.xml").value, "Jw4QzT8n\r\nX2vL6pR");
  // A CRLF file's own line breaks are no part of a one-line value, and &amp; still decodes.
  const crlf = `<configuration><appSettings>\r\n  <add key="DbPassword" value="Jw4Qz&amp;T8nX2vL6pR" />\r\n</appSettings></configuration>\r\n`;
  assert.equal(move(crlf, "web.config").value, "Jw4Qz&T8nX2vL6pR");
});

const ARM_HEAD = `{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0",`;

test("ARM templates: [[…] is stored as the […] Resource Manager deploys; other leading [[ are refused (F12)", () => {
  const setting = (value: string) => `${ARM_HEAD} "resources": [ { "properties": { "siteConfig": { "appSettings": [ { "name": "DB_PASSWORD", "value": ${JSON.stringify(value)} } ] } } } ] }\n`;
  const moved = move(setting(`[[${PASSWORD}]`), "azuredeploy.json");
  assert.equal(moved.value, `[${PASSWORD}]`);
  assert.match(moved.after, /"value": "@Microsoft\.KeyVault\(SecretUri=/);
  refuses(setting(`[[${PASSWORD}`), "azuredeploy.json", "notLiteral", /\[\[/);
  // A parameter's default, removed: the same rule.
  const parameter = (value: string) => `${ARM_HEAD} "parameters": { "dbPassword": { "type": "string", "defaultValue": ${JSON.stringify(value)} } }, "resources": [] }\n`;
  assert.equal(move(parameter(`[[${PASSWORD}]`), "azuredeploy.json").value, `[${PASSWORD}]`);
  refuses(parameter(`[[${PASSWORD}`), "azuredeploy.json", "notLiteral");
  assert.equal(move(parameter(PASSWORD), "azuredeploy.json").value, PASSWORD);
});

test(".env: an unquoted value gets a quoted reference, which a shell can source and Run with Secrets reads back as written (M5)", () => {
  const reference = `@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/DB-PASSWORD/)`;
  const after = move(`APP_PORT=8080\nDB_PASSWORD=${PASSWORD}\n`, ".env", { secretName: "DB-PASSWORD" }).after;
  assert.equal(after, `APP_PORT=8080\nDB_PASSWORD="${reference}"\n`);
  assert.deepEqual(
    parseEnvFile(after).map((entry) => entry.value),
    ["8080", reference],
  );
  // A value with a comment after it keeps the comment outside the quotes.
  assert.equal(move(`DB_PASSWORD=${PASSWORD} # local only\n`, ".env", { secretName: "DB-PASSWORD" }).after, `DB_PASSWORD="${reference}" # local only\n`);
});

test(".env: backticks and a name with - are refused, for \"Run with secrets\" would not read the reference (F11)", () => {
  refuses("DB_PASSWORD=`" + PASSWORD + "`\n", ".env", "notLiteral", /backticks/);
  refuses(`DB-PASSWORD=${PASSWORD}\n`, ".env", "unsupported", /DB_PASSWORD/);
  refuses(`DB-PASSWORD=${PASSWORD}\n`, ".env", "unsupported", undefined, { style: "removeValue" });
  // Names "Run with secrets" reads are moved as before, a dot included.
  assert.equal(move(`db.password='${PASSWORD}'\n`, ".env").after, `db.password='@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/db-password/)'\n`);
  assert.equal(move(`export DB_PASSWORD=${PASSWORD}\n`, ".env", { style: "removeValue" }).after, "");
});

test(".properties: the value is the rest of the line as Java reads it; backslashes, continuations, quotes and a # inside are refused (F9)", () => {
  const reference = `@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/db-password/)`;
  assert.equal(move(`db.password=${PASSWORD}\n`, "app.properties").after, `db.password=${reference}\n`);
  assert.equal(move(`db.password : ${PASSWORD}\r\n`, "app.properties").after, `db.password : ${reference}\r\n`);
  // Java keeps trailing blanks and Spring Boot trims them: refused (see the test further down).
  refuses(`db.password=Jw4Qz\\u0041T8nX2vL6pR\n`, "app.properties", "notLiteral", /backslash/);
  refuses(`db.password=${PASSWORD}\\\n    Zq9Lm2\n`, "app.properties", "notLiteral");
  refuses(`db.hosts=a,b,\\\n  db.password=${PASSWORD}\n`, "app.properties", "notLiteral", /continued/);
  refuses(`db.password=Jw4QzT8n #X2vL6pR\n`, "app.properties", "noBounds", /# included/);
  refuses(`db.password="${PASSWORD}"\n`, "app.properties", "noBounds", /quotes are part of the value/);
});

test(".ini: % , quotes, a comment after the value and continuation lines are refused, for INI readers differ (F10)", () => {
  assert.equal(move(`[db]\npassword = ${PASSWORD}\nhost = db\n`, "app.ini").after, `[db]\npassword = @Microsoft.KeyVault(SecretUri=${VAULT}/secrets/db--password/)\nhost = db\n`);
  refuses(`[db]\npassword = Jw4Qz%%T8nX2vL6pR\n`, "app.ini", "notLiteral", /%/);
  refuses(`[db]\npassword = '${PASSWORD}'\n`, "setup.cfg", "notLiteral", /quotes/);
  refuses(`[db]\npassword = "${PASSWORD}"\n`, "app.ini", "notLiteral", /quotes/);
  refuses(`[db]\npassword = ${PASSWORD} ; rotated in May\n`, "app.ini", "notLiteral", /comment/);
  refuses(`[db]\npassword = ${PASSWORD}\n    Zq9Lm2Xk\n`, "app.ini", "notLiteral", /continued/);
});

const TOKEN = "ghp_" + "V8mQ2xL7kR4wZ9tN3bC6pJ1sH5dF0gY2aU7e";

test("YAML: a scalar that goes on over several lines is refused; one-line scalars, list items and block scalars are moved (F7)", () => {
  const continued = `env:\n  password: ${PASSWORD}\n    Zq9Lm2Xk\n  other: 1\n`;
  refuses(continued, "k8s/app.yaml", "noBounds", /not on one line/);
  refuses(continued, "k8s/app.yaml", "noBounds", /not on one line/, { style: "keyVaultReference" });
  // After a blank line it still goes on (YAML folds the blank line into a line break).
  refuses(`env:\n  password: ${PASSWORD}\n\n     Zq9Lm2Xk\n`, "k8s/app.yaml", "noBounds");
  // The secret on the continuation line, and a double-quoted scalar that does not close on its line.
  assert.throws(() => plan(`env:\n  auth: token\n    ${TOKEN}\n`, "k8s/app.yaml"), (error: unknown) => error instanceof FixPlanError && /from the line above/.test(error.message));
  assert.throws(() => plan(`env:\n  auth: "Bearer ${TOKEN}\n    more"\n`, "k8s/app.yaml"), (error: unknown) => error instanceof FixPlanError && error.code === "noBounds");
  // Not continuations: a sibling key, a Kubernetes name/value pair, a deeper comment, the next list item.
  assert.equal(move(`env:\n  password: ${PASSWORD}\n  other: 1\n`, "k8s/app.yaml").after, "env:\n  password: ${PASSWORD}\n  other: 1\n");
  assert.equal(
    move(`env:\n  - name: DB_PASSWORD\n    value: ${PASSWORD}\n  - name: DB_HOST\n    value: db\n`, "k8s/app.yaml").after,
    "env:\n  - name: DB_PASSWORD\n    value: ${DB_PASSWORD}\n  - name: DB_HOST\n    value: db\n",
  );
  assert.equal(move(`env:\n  password: ${PASSWORD}\n      # rotated in May\n  other: 1\n`, "k8s/app.yaml").value, PASSWORD);
  // A block scalar's lines are text, more indented ones included: the placeholder goes in, a quoted reference does not.
  const script = `steps:\n  - run: |\n      echo ${TOKEN} \\\n        | gh auth login --with-token\n`;
  assert.equal(move(script, ".github/workflows/ci.yml").value, TOKEN);
  refuses(script, ".github/workflows/ci.yml", "noBounds", undefined, { style: "keyVaultReference" });
});

test("docker compose: $$ is stored as the $ compose passes on; $NAME and ${NAME} are refused (F8)", () => {
  const mapping = (value: string) => `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${value}\n`;
  const list = (value: string) => `services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=${value}\n`;
  for (const file of [mapping, list]) {
    const moved = move(file("Jw4Qz$$T8nX2vL6pR"), "docker-compose.yml");
    assert.equal(moved.value, "Jw4Qz$T8nX2vL6pR");
    assert.ok(moved.after.includes("POSTGRES_PASSWORD${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is not set}".replace("PASSWORD$", file === list ? "PASSWORD=$" : "PASSWORD: $")));
    refuses(file("Jw4Qz$T8nX2vL6pR"), "docker-compose.yml", "notLiteral", /substitution/);
  }
  assert.equal(move(mapping(`"Jw4Qz$$T8nX2vL6pR"`), "compose.yaml", { style: "keyVaultReference" }).value, "Jw4Qz$T8nX2vL6pR");
  // Outside compose a $ is text.
  assert.equal(move(`env:\n  password: Jw4Qz$$T8nX2vL6pR\n`, "k8s/app.yaml").value, "Jw4Qz$$T8nX2vL6pR");
});

test("appsettings.json: a key no Key Vault secret name maps to is refused, never given an invalid name (F16)", () => {
  for (const text of [`{ "Db": { "Admin_Password": "${PASSWORD}" } }\n`, `{ "Smtp.Password": "${PASSWORD}" }\n`, `{ "Db": { "Pass--word": "${PASSWORD}" } }\n`]) {
    refuses(text, "appsettings.json", "unsupported", /cannot supply/);
    // Through App Configuration the key is App Configuration's, which may hold _ and .
    assert.equal(move(text, "appsettings.json", { throughAppConfiguration: true }).plan.style, "removeValue");
  }
  const moved = move(`{ "Db": { "Admin_Password": "${PASSWORD}" } }\n`, "appsettings.json", { throughAppConfiguration: true });
  assert.ok(moved.plan.notes.every((note) => !/name the secret/.test(note)));
  // A key the provider can express is moved, and the note names a valid secret.
  const named = move(`{ "Db": { "Admin-Password": "${PASSWORD}" } }\n`, "appsettings.json", { secretName: "DbAdminPassword" });
  assert.equal(named.after, `{ "Db": {} }\n`);
  assert.ok(named.plan.notes.some((note) => note.includes("name the secret Db--Admin-Password")));
});

test("appsettings.json: a key whose secret name would pass 127 characters is refused for its length, not its characters", () => {
  const section = "VeryLongSectionNameForTheBillingSubsystemConfiguration";
  const text = `{ "${section}": { "${section}2": { "${section}3": { "Password": "${PASSWORD}" } } } }\n`;
  refuses(text, "appsettings.json", "unsupported", /its secret's name would be 178 characters, and Key Vault allows at most 127\. Shorten the key/);
  // 127 exactly is a name.
  const fits = "A".repeat(127 - "--Password".length);
  assert.equal(move(`{ "${fits}": { "Password": "${PASSWORD}" } }\n`, "appsettings.json").plan.style, "removeValue");
});

test("Terraform: a line inside a heredoc is refused, for its text is passed on as written (F14)", () => {
  const heredoc = `resource "azurerm_linux_web_app" "a" {\n  custom = <<EOT\n  password = "${PASSWORD}"\nEOT\n}\n`;
  refuses(heredoc, "main.tf", "noBounds", /heredoc/, { vaultResourceId: VAULT_ID });
  refuses(heredoc, "main.tf", "noBounds", /heredoc/, { vaultResourceId: VAULT_ID, style: "keyVaultReference" });
  refuses(heredoc.replace("<<EOT", "<<-EOT").replace("\nEOT", "\n  EOT"), "main.tf", "noBounds", /heredoc/, { vaultResourceId: VAULT_ID });
  // After the heredoc closes, arguments are arguments again.
  const after = `resource "azurerm_mssql_server" "a" {\n  custom = <<EOT\n  text\nEOT\n  administrator_login_password = "${PASSWORD}"\n}\n`;
  assert.match(move(after, "main.tf", { vaultResourceId: VAULT_ID }).after, /administrator_login_password = data\.azurerm_key_vault_secret\.\w+\.value/);
});

test("Move All: two Terraform arguments reading the same secret get one data block (F17)", () => {
  const text = `resource "azurerm_mssql_server" "a" {\n  administrator_login_password = "${PASSWORD}"\n}\n\nresource "azurerm_mssql_server" "b" {\n  administrator_login_password = "${PASSWORD}"\n}\n`;
  const findings = scanText({ content: text, filePath: "main.tf" }).filter((finding) => finding.kind === "secret");
  assert.equal(findings.length, 2);
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const planned = planMove({ text, filePath: "main.tf", finding, secretName: "sql-admin-password", vaultUrl: VAULT, vaultResourceId: VAULT_ID });
    assert.ok(mergePlanEdits(taken, planned.edits));
  }
  const after = apply(text, [...taken].sort((a, b) => a.start - b.start));
  assert.equal(after.match(/data "azurerm_key_vault_secret" "sql_admin_password"/g)?.length, 1);
  assert.equal(after.match(/= data\.azurerm_key_vault_secret\.sql_admin_password\.value/g)?.length, 2);
  // The same label for another vault's secret is a conflict, not a second block.
  const [first, second] = findings;
  const conflict: TextEdit[] = [];
  assert.ok(mergePlanEdits(conflict, planMove({ text, filePath: "main.tf", finding: first!, secretName: "sql-admin-password", vaultUrl: VAULT, vaultResourceId: VAULT_ID }).edits));
  assert.equal(mergePlanEdits(conflict, planMove({ text, filePath: "main.tf", finding: second!, secretName: "sql-admin-password", vaultUrl: VAULT, vaultResourceId: VAULT_ID.replace("contoso-orders-kv", "contoso-other-kv") }).edits), false);
});

test("YAML: a connection string in a plain scalar is stored whole, though its User ID has a space (F18)", () => {
  const connection = `Server=tcp:orders.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password=${PASSWORD};Encrypt=True`;
  for (const [file, text] of [
    ["k8s/app.yaml", `env:\n  DB_CONN: ${connection};\n`],
    ["docker-compose.yml", `services:\n  api:\n    environment:\n      DB_CONN: ${connection}\n`],
  ] as const) {
    const moved = move(text, file);
    assert.equal(moved.value, connection, file);
    assert.equal(moved.plan.compound, true);
    assert.ok(moved.after.includes(file === "k8s/app.yaml" ? "DB_CONN: ${DB_CONN}" : "DB_CONN: ${DB_CONN:?DB_CONN is not set}"), moved.after);
    assert.ok(!moved.after.includes("Initial Catalog"), "the server and catalog go with it");
  }
  // Quoted, the engine's span is already the whole string.
  assert.equal(move(`env:\n  DB_CONN: "${connection}"\n`, "k8s/app.yaml").value, connection);
  // Inside a longer value, where the string starts is a guess: refused.
  refuses(`env:\n  ARGS: --connection Server=tcp:orders.database.windows.net;User ID=app;Password=${PASSWORD}\n`, "k8s/app.yaml", "noBounds", /User ID/);
});

test("XML: a value found up to an entity's middle (&amp without ;) runs on to the URL's end (F21)", () => {
  const text = `<configuration><appSettings>\n  <add key="Orders:ServiceUrl" value="http://10.20.30.40:8080/api?a=1&amp;b=2&amp;c=3" />\n</appSettings></configuration>\n`;
  const finding = scanText({ content: text, filePath: "web.config" }).find((candidate) => candidate.kind === "config");
  assert.ok(finding);
  const planned = planConfigMove({ text, filePath: "web.config", finding, key: "Orders:ServiceUrl" });
  assert.equal(planned.value, "http://10.20.30.40:8080/api?a=1&b=2&c=3");
  assert.equal(apply(text, planned.edits), `<configuration><appSettings>\n  <add key="Orders:ServiceUrl" value="\${Orders:ServiceUrl}" />\n</appSettings></configuration>\n`);
});

// From the review of this session's diff: over-refusals and one missed heredoc.
test("appsettings.json: a member named with the colon itself (\"ConnectionStrings:Default\") maps to a secret name and moves", () => {
  const text = `{\n  "ConnectionStrings:Default": "Server=tcp:sql.contoso.test;Database=orders;User ID=app;Password=${PASSWORD};"\n}\n`;
  const moved = move(text, "appsettings.json", { style: "removeValue" });
  assert.equal(moved.value, `Server=tcp:sql.contoso.test;Database=orders;User ID=app;Password=${PASSWORD};`);
  assert.doesNotMatch(moved.after, /Password=/);
});

test(".properties: trailing blanks (kept by Java, trimmed by Spring) are refused; a line after an escaped backslash is no continuation", () => {
  refuses(`spring.datasource.password=${PASSWORD}   \n`, "application.properties", "noBounds", /blanks/);
  const moved = move(`app.home=C:\\\\\nspring.datasource.password=${PASSWORD}\n`, "application.properties");
  assert.equal(moved.value, PASSWORD);
});

test("Terraform: a script's own heredoc inside Terraform's does not end it", () => {
  const text = `resource "azurerm_linux_virtual_machine" "vm" {\n  custom_data = base64encode(<<-EOT\n    cat >/etc/app.conf <<EOF\n    mode=prod\n    EOF\n    export DB_PASSWORD="${PASSWORD}"\n  EOT\n  )\n}\n`;
  refuses(text, "main.tf", "noBounds", /heredoc/, { style: "keyVaultReference" });
});

test("an unquoted connection string with blanks in its keywords is stored whole in .properties, INI and a Compose list item", () => {
  const connection = `Server=tcp:orders.database.windows.net,1433;Initial Catalog=Orders Db;User ID=app;Password=${PASSWORD};Encrypt=True`;
  const properties = move(`db.conn=${connection}\n`, "app.properties", { style: "keyVaultReference" });
  assert.equal(properties.value, connection);
  assert.equal(properties.after, `db.conn=@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/db-conn/)\n`);
  assert.equal(move(`[db]\nconn = ${connection}\n`, "app.ini", { style: "keyVaultReference" }).value, connection);
  // Compose gives the container what follows `DB_CONN=`: that is stored, and the name stays.
  const compose = move(`services:\n  api:\n    environment:\n      - DB_CONN=${connection}\n`, "docker-compose.yml");
  assert.equal(compose.value, connection);
  assert.ok(compose.after.includes("      - DB_CONN=${DB_CONN:?DB_CONN is not set}\n"), compose.after);
  // ODBC's braces hold a blank and a `;` of the password's own.
  const odbc = `Driver={ODBC Driver 18 for SQL Server};Server=db1;Uid=app;Pwd={Jw4 Qz;T8nX2vL6pR}`;
  assert.equal(move(`db:\n  conn: ${odbc}\n`, "config.yaml").value, odbc);
  // A comment after a plain scalar is YAML's, not the password's.
  const commented = `Server=db1;Database=Orders;User Id=app;Password=${PASSWORD}`;
  assert.equal(move(`db:\n  conn: ${commented} # prod db\n`, "config.yaml").value, commented);
  // Inside a longer value the string is moved alone: the option after it stays where it was.
  const argument = `Server=db1;Database=Orders;Uid=app;Password=${PASSWORD}`;
  const inArgs = move(`args: --conn ${argument} --verbose\n`, "deploy.yml");
  assert.equal(inArgs.value, argument);
  assert.ok(inArgs.after.endsWith(" --verbose\n"), inArgs.after);
});

test("a secret in Spring's application*.properties becomes ${NAME}, as in Spring's YAML: Spring resolves no Key Vault reference written in the file", () => {
  const moved = move(`spring.datasource.username=orders\nspring.datasource.password=${PASSWORD}\n`, "src/main/resources/application-prod.properties");
  assert.equal(moved.value, PASSWORD);
  assert.equal(moved.after, "spring.datasource.username=orders\nspring.datasource.password=${SPRING_DATASOURCE_PASSWORD}\n");
  const notes = moved.plan.notes.join(" ");
  assert.match(notes, /Spring resolves \$\{SPRING_DATASOURCE_PASSWORD\}/);
  assert.match(notes, /SPRING_DATASOURCE_PASSWORD="@Microsoft\.KeyVault\(SecretUri=/);
  assert.doesNotMatch(notes, /Nothing resolves/);
  // The reference still, when asked for; and in a .properties file Spring does not read.
  assert.equal(move(`spring.datasource.password=${PASSWORD}\n`, "application.properties", { style: "keyVaultReference" }).after, `spring.datasource.password=@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/spring-datasource-password/)\n`);
  assert.match(move(`db.password=${PASSWORD}\n`, "conf/app.properties").after, /^db\.password=@Microsoft\.KeyVault\(SecretUri=/);
});

test(".properties: a JDBC URL as the portal gives it, unquoted with a trailing `;`, is stored whole, `;` included, as Java reads it", () => {
  const jdbc = `jdbc:sqlserver://orders-sql.database.windows.net:1433;database=orders;user=app@orders-sql;password=${PASSWORD};encrypt=true;loginTimeout=30;`;
  for (const separator of ["=", " = "]) {
    const moved = move(`spring.datasource.url${separator}${jdbc}\n`, "application.properties");
    assert.equal(moved.plan.compound, true);
    assert.equal(moved.value, jdbc);
    // (Spring resolves the placeholder from the environment, where App Service resolves the reference.)
    assert.equal(moved.after, `spring.datasource.url${separator}\${SPRING_DATASOURCE_URL}\n`);
  }
  // Anything but `;`s after the string is still more than the string: refused.
  refuses(`spring.datasource.url=${jdbc} # prod\n`, "application.properties", "noBounds", /longer value/);
});
