// pydantic-settings classes: pydantic sets a field of a BaseSettings class from the environment
// variable named by the class's env_prefix and the field's name (`APP_API_KEY`), so a default
// written in the class is that variable's value. The move takes the default out (`api_key: str`)
// and names the setting, the secret and the notes' variable as pydantic reads it; before, it wrote
// `os.environ["API_KEY"]` into the class, read at import under a name pydantic never reads.
// Made-up values, assembled at run time so this file holds no detectable secret.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { FixPlanError, planMove, suggestedSecretName } from "../../src/fixes";
import { applyPlan, movedValues, TEST_APP_CONFIGURATION as ENDPOINT, TEST_VAULT } from "./move-plan-helpers";

const PASSWORD = "Jw4Qz" + "T8nX2vL6pRk";
const STRIPE_KEY = "sk_live_" + "Hq7Wm3Xc9Tz2Lp5Rv8Bn4Kd";

const SETTINGS = [
  "from pydantic import Field, SecretStr",
  "from pydantic_settings import BaseSettings, SettingsConfigDict",
  "",
  "",
  "class Settings(BaseSettings):",
  '    model_config = SettingsConfigDict(env_prefix="APP_")',
  "",
  `    api_key: str = "${STRIPE_KEY}"`,
  `    db_password: SecretStr = '${PASSWORD}'  # rotated yearly`,
  '    orders_url: str = Field(default="https://orders-api.fabrikam-int.net")',
  '    audit_url: str = Field("https://audit.fabrikam-int.net", description="where audits go")',
  "",
  "    def local(self) -> str:",
  '        local_url: str = "https://local.fabrikam-int.net"',
  "        return local_url",
  "",
  "",
  "class LegacySettings(BaseSettings):",
  `    smtp_password: str = "Qm${PASSWORD}"`,
  "",
  "    class Config:",
  '        env_prefix = "legacy_"',
  "",
].join("\n");

const moves = (text: string, filePath: string) => movedValues(text, filePath);

test("a settings field's default is taken out, and the setting is named for the variable pydantic reads", () => {
  const moved = moves(SETTINGS, "app/settings.py");
  assert.deepEqual(
    moved.map(({ name, line }) => `${name} → ${line}`),
    [
      "APP-API-KEY → api_key: str",
      "APP-DB-PASSWORD → db_password: SecretStr  # rotated yearly",
      "APP_ORDERS_URL → orders_url: str",
      'APP_AUDIT_URL → audit_url: str = Field(description="where audits go")',
      // (A method's variable is no field: it is read from the environment as before.)
      'local_url → local_url: str = os.environ["LOCAL_URL"]',
      "LEGACY-SMTP-PASSWORD → smtp_password: str",
    ],
  );
  const [apiKey, , ordersUrl] = moved;
  assert.equal(apiKey!.plan.value, STRIPE_KEY);
  assert.equal(apiKey!.plan.environmentVariable, "APP_API_KEY");
  assert.ok(!apiKey!.plan.edits.some((edit) => edit.newText.includes("import os")), "nothing reads os.environ in the class");
  assert.ok(apiKey!.plan.notes.some((note) => note.startsWith('Settings.api_key has no default now: pydantic-settings sets it from the environment variable APP_API_KEY (the class\'s env_prefix "APP_"')));
  assert.ok(apiKey!.plan.notes.some((note) => note.includes(`APP_API_KEY="@Microsoft.KeyVault(SecretUri=${TEST_VAULT}/secrets/APP-API-KEY/)"`)));
  assert.ok(ordersUrl!.plan.notes.some((note) => note.includes(`APP_ORDERS_URL="@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=APP_ORDERS_URL)`)));
  assert.equal(moved[5]!.plan.environmentVariable, "LEGACY_SMTP_PASSWORD");
  // (With Windows line breaks the blank line between the class and its field is still blank.)
  const crlf = SETTINGS.replaceAll("\n", "\r\n");
  assert.deepEqual(
    moves(crlf, "app/settings.py").map(({ name }) => name),
    moved.map(({ name }) => name),
  );
});

test("a class that reads its own dotenv file is told the variable wins over the file's line; an alias names the variable", () => {
  const text = [
    "from pydantic import Field",
    "from pydantic_settings import BaseSettings",
    "",
    "class Settings(BaseSettings):",
    '    model_config = {"env_prefix": "orders_", "env_file": ".env"}',
    '    reports_url: str = Field(default="https://reports.fabrikam-int.net", alias="REPORTS")',
    '    base_url: str = "https://orders-api.fabrikam-int.net"',
    "",
  ].join("\n");
  const [alias, base] = moves(text, "settings.py");
  // (env_prefix does not apply to a field with an alias: the alias is the variable's name.)
  assert.equal(`${alias!.name} → ${alias!.line}`, 'REPORTS → reports_url: str = Field(alias="REPORTS")');
  assert.equal(base!.line, "base_url: str");
  assert.equal(base!.name, "ORDERS_BASE_URL");
  assert.ok(base!.plan.notes.some((note) => note.startsWith("Settings reads a dotenv file itself (env_file)") && note.includes("ORDERS_BASE_URL takes precedence")));
});

test("a secret field whose variable the system sets is refused, not moved to a variable pydantic does not read", () => {
  const text = `from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    user: str = "${STRIPE_KEY}"\n`;
  const [finding] = scanText({ content: text, filePath: "settings.py" });
  const secretName = suggestedSecretName(text, "settings.py", finding!);
  assert.throws(
    () => planMove({ text, filePath: "settings.py", finding: finding!, secretName, vaultUrl: TEST_VAULT }),
    (error: unknown) => error instanceof FixPlanError && error.message.startsWith("pydantic-settings sets Settings.user from the environment variable USER, which cannot hold this secret") && !error.message.includes(STRIPE_KEY),
  );
});

test("a Field( call over several lines loses its default= line", () => {
  const text = [
    "from pydantic import AliasChoices, Field, SecretStr",
    "from pydantic_settings import BaseSettings, SettingsConfigDict",
    "",
    "class Settings(BaseSettings):",
    '    model_config = SettingsConfigDict(env_prefix="APP_")',
    "    stripe_key: SecretStr = Field(",
    '        title="Stripe",',
    `        default="${STRIPE_KEY}",`,
    '        validation_alias="STRIPE_SECRET",',
    "    )",
    "    db_password: SecretStr = Field(",
    `        default="${PASSWORD}",`,
    '        validation_alias=AliasChoices("DB_PASSWORD", "PGPASSWORD"),',
    "    )",
    "",
  ].join("\n");
  const [stripe, database] = moves(text, "app/settings.py");
  assert.equal(stripe!.name, "STRIPE-SECRET");
  assert.equal(stripe!.plan.environmentVariable, "STRIPE_SECRET");
  assert.ok(stripe!.plan.notes[0]!.includes("from the environment variable STRIPE_SECRET (the field's alias"));
  const after = applyPlan(text, stripe!.plan);
  assert.ok(after.includes('    stripe_key: SecretStr = Field(\n        title="Stripe",\n        validation_alias="STRIPE_SECRET",\n    )\n'), after);
  // (Of AliasChoices, the first choice is the one pydantic-settings takes whenever it is set.)
  assert.equal(database!.plan.environmentVariable, "DB_PASSWORD");
});

test("the variable is the one the pydantic version reads: validation_alias before alias in 2, env= in 1", () => {
  const v2 = [
    "from pydantic import Field",
    "from pydantic_settings import BaseSettings, SettingsConfigDict",
    "",
    "class Settings(BaseSettings):",
    '    model_config = SettingsConfigDict(env_prefix="APP_")',
    `    stripe_key: str = Field("${STRIPE_KEY}", alias="stripeKey", validation_alias="STRIPE_SECRET")`,
    `    db_password: str = Field("${PASSWORD}", env="OTHER_PASSWORD")`,
    "",
  ].join("\n");
  assert.deepEqual(moves(v2, "app/settings.py").map(({ plan }) => plan.environmentVariable), ["STRIPE_SECRET", "APP_DB_PASSWORD"]);
  const v1 = [
    "from pydantic import BaseSettings, Field",
    "",
    "class Settings(BaseSettings):",
    `    stripe_key: str = Field("${STRIPE_KEY}", alias="stripeKey")`,
    `    db_password: str = Field("${PASSWORD}", env="OTHER_PASSWORD")`,
    "",
    "    class Config:",
    '        env_prefix = "APP_"',
    "",
  ].join("\n");
  assert.deepEqual(moves(v1, "app/settings.py").map(({ plan }) => plan.environmentVariable), ["APP_STRIPE_KEY", "OTHER_PASSWORD"]);
});

test("a case-sensitive class's variable keeps its case in the plan, as pydantic-settings reads it", () => {
  const text = [
    "from pydantic_settings import BaseSettings, SettingsConfigDict",
    "",
    "class Settings(BaseSettings):",
    '    model_config = SettingsConfigDict(env_prefix="orders_", case_sensitive=True)',
    `    api_key: str = "${STRIPE_KEY}"`,
    "",
  ].join("\n");
  const [moved] = moves(text, "settings.py");
  assert.equal(moved!.line, "api_key: str");
  // (The variable Run with secrets and Move all set: on Linux ORDERS_API_KEY would leave the field unset.)
  assert.equal(moved!.plan.environmentVariable, "orders_api_key");
  assert.ok(moved!.plan.notes[0]!.includes("from the environment variable orders_api_key"));
});

test("AliasChoices: the move names the first string choice, the variable pydantic-settings prefers, and says so", () => {
  const oneLine = [
    "from pydantic import AliasChoices, AliasPath, Field",
    "from pydantic_settings import BaseSettings",
    "",
    "class Settings(BaseSettings):",
    `    api_token: str = Field(default="${STRIPE_KEY}", validation_alias=AliasChoices("ORDERS_TOKEN", "LEGACY_TOKEN"))`,
    `    db_password: str = Field("${PASSWORD}", validation_alias=AliasChoices(AliasPath("DATABASE", "password"), 'PGPASSWORD'))`,
    "",
  ].join("\n");
  const [token, database] = moves(oneLine, "settings.py");
  assert.equal(token!.line, 'api_token: str = Field(validation_alias=AliasChoices("ORDERS_TOKEN", "LEGACY_TOKEN"))');
  assert.equal(token!.plan.environmentVariable, "ORDERS_TOKEN");
  assert.ok(token!.plan.notes.some((note) => note.includes("the first of AliasChoices") && note.includes("ORDERS_TOKEN") && note.includes("LEGACY_TOKEN")), token!.plan.notes.join("\n"));
  // (A path into another variable's JSON is no variable's name: the first plain name is.)
  assert.equal(database!.plan.environmentVariable, "PGPASSWORD");
  assert.ok(database!.plan.notes.some((note) => note.includes("AliasPath")), database!.plan.notes.join("\n"));
  const overLines = [
    "from pydantic import AliasChoices, Field",
    "from pydantic_settings import BaseSettings",
    "",
    "class Settings(BaseSettings):",
    "    db_password: str = Field(",
    `        default="${PASSWORD}",`,
    '        validation_alias=AliasChoices("DB_PASSWORD", "PGPASSWORD"),',
    "    )",
    "",
  ].join("\n");
  const [overLinesMove] = moves(overLines, "settings.py");
  assert.equal(overLinesMove!.plan.environmentVariable, "DB_PASSWORD");
  assert.ok(applyPlan(overLines, overLinesMove!.plan).includes('    db_password: str = Field(\n        validation_alias=AliasChoices("DB_PASSWORD", "PGPASSWORD"),\n    )\n'));
});

test("a ClassVar in a settings class is no field: its default is read from the environment, not removed", () => {
  const text = [
    "from typing import ClassVar",
    "from pydantic_settings import BaseSettings",
    "",
    "class Settings(BaseSettings):",
    `    API_TOKEN: ClassVar[str] = "${STRIPE_KEY}"`,
    "",
  ].join("\n");
  const [moved] = moves(text, "settings.py");
  // (Removing the default would leave Settings.API_TOKEN undefined: pydantic never sets a ClassVar.)
  assert.equal(moved!.line, 'API_TOKEN: ClassVar[str] = os.environ["API_TOKEN"]');
});

test("an alias no environment variable can be named (api-key) is refused for what it is", () => {
  const text = `from pydantic import Field\nfrom pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    api_key: str = Field("${STRIPE_KEY}", alias="api-key")\n`;
  const [finding] = scanText({ content: text, filePath: "settings.py" });
  const secretName = suggestedSecretName(text, "settings.py", finding!);
  assert.throws(
    () => planMove({ text, filePath: "settings.py", finding: finding!, secretName, vaultUrl: TEST_VAULT }),
    (error: unknown) => error instanceof FixPlanError && error.message.startsWith("pydantic-settings sets Settings.api_key from the environment variable API-KEY, which is no shell variable's name") && !error.message.includes(STRIPE_KEY),
  );
});

test("Annotated fields and SecretStr(…) defaults: the default goes, and an alias in the annotation names the variable", () => {
  const text = [
    "from typing import Annotated",
    "from pydantic import Field, SecretStr",
    "from pydantic_settings import BaseSettings, SettingsConfigDict",
    "",
    "class Settings(BaseSettings):",
    '    model_config = SettingsConfigDict(env_prefix="APP_")',
    "",
    `    jwt_secret: Annotated[str, Field(alias="JWT_SIGNING_KEY")] = "${PASSWORD}"`,
    `    api_key: Annotated[str, Field(min_length=8)] = "${STRIPE_KEY}"`,
    `    db_password: SecretStr = SecretStr("Qm${PASSWORD}")  # rotated yearly`,
    "",
  ].join("\n");
  const moved = moves(text, "app/settings.py");
  assert.deepEqual(
    moved.map(({ name, line, plan }) => `${name} ${plan.environmentVariable} → ${line}`),
    [
      'JWT-SIGNING-KEY JWT_SIGNING_KEY → jwt_secret: Annotated[str, Field(alias="JWT_SIGNING_KEY")]',
      "APP-API-KEY APP_API_KEY → api_key: Annotated[str, Field(min_length=8)]",
      "APP-DB-PASSWORD APP_DB_PASSWORD → db_password: SecretStr  # rotated yearly",
    ],
  );
  assert.ok(!moved.some(({ plan }) => plan.edits.some((edit) => edit.newText.includes("os.environ"))), "nothing reads os.environ in the class");
});
