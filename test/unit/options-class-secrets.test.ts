// C# options classes, secrets: the options binder sets a property from its section, so a secret
// written as the default (`public string ApiKey { get; set; } = "…"`) is the value of
// `Shipping:ApiKey`. Move to Key Vault takes the initializer out (a `configuration[…]` read written
// into it would not compile) and names the secret as the Key Vault provider maps it to that key
// (`Shipping--ApiKey`). Made-up values, assembled at run time so this file holds no detectable secret.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText, type Finding } from "../../src/engine";
import { FixPlanError, planMove, type ReplacementStyle } from "../../src/fixes";
import { movedValues, TEST_VAULT } from "./move-plan-helpers";

const PASSWORD = "Jw4Qz" + "T8nX2vL6pRk";
const STRIPE_KEY = "sk_live_" + "Hq7Wm3Xc9Tz2Lp5Rv8Bn4Kd";
const OTHER_STRIPE_KEY = "sk_live_" + "Rb2Nc8Vx4Qm7Jt1Gh6Zs3Wy";

const SHIPPING = [
  "namespace Fabrikam.Orders.Options;",
  "",
  "public sealed class ShippingOptions",
  "{",
  '    public const string SectionName = "Shipping";',
  `    public string ApiKey { get; set; } = "${STRIPE_KEY}";`,
  `    public string ConnectionString { get; init; } = "Server=tcp:fabrikam-sql.database.windows.net,1433;Database=orders;User ID=app;Password=${PASSWORD};";`,
  "}",
  "",
].join("\n");

function secrets(text: string, filePath: string): Finding[] {
  return scanText({ content: text, filePath }).filter((finding) => finding.kind === "secret");
}

/** Each secret's suggested name, its plan and the line the plan leaves. */
const moves = (text: string, filePath: string, secretOptions: { style?: ReplacementStyle; throughAppConfiguration?: boolean } = {}) => movedValues(text, filePath, { kind: "secret", secretOptions });

test("a secret default of an options class is named for the member's key, and the move removes the initializer", () => {
  const moved = moves(SHIPPING, "Options/ShippingOptions.cs");
  assert.deepEqual(
    moved.map(({ name, plan, line }) => `${name} ${plan.style} ${plan.readsConfigurationKey} → ${line}`),
    ["Shipping--ApiKey removeValue Shipping:ApiKey → public string ApiKey { get; set; }", "Shipping--ConnectionString removeValue Shipping:ConnectionString → public string ConnectionString { get; init; }"],
  );
  const { plan } = moved[0]!;
  assert.equal(plan.value, STRIPE_KEY);
  assert.ok(plan.notes.some((note) => note.startsWith("ShippingOptions.ApiKey has no default now: the options binder sets it from Shipping:ApiKey") && note.includes('BindConfiguration("Shipping")')));
  assert.ok(plan.notes.some((note) => note.includes("AddAzureKeyVault(") && note.includes("reads the secret Shipping--ApiKey as Shipping:ApiKey")));
  assert.ok(plan.notes.some((note) => note.includes("reads the environment variable Shipping__ApiKey as Shipping:ApiKey") && note.includes(`Shipping__ApiKey="@Microsoft.KeyVault(SecretUri=${TEST_VAULT}/secrets/Shipping--ApiKey/)"`)));
  assert.ok(plan.notes.some((note) => note.includes("Key Vault Secrets User")));
});

test("the configuration style removes the default too, rather than writing configuration[…] into the initializer", () => {
  for (const style of ["configuration", "removeValue"] as const) {
    const [moved] = moves(SHIPPING, "Options/ShippingOptions.cs", { style });
    assert.equal(moved!.line, "public string ApiKey { get; set; }", style);
    assert.equal(moved!.plan.style, "removeValue");
  }
  // Through App Configuration, its Key Vault reference holds the member's key.
  const [through] = moves(SHIPPING, "Options/ShippingOptions.cs", { style: "configuration", throughAppConfiguration: true });
  assert.equal(through!.line, "public string ApiKey { get; set; }");
  assert.equal(through!.plan.readsConfigurationKey, "Shipping:ApiKey");
  assert.ok(through!.plan.notes.some((note) => note.includes("ConfigureKeyVault") && note.includes("Shipping:ApiKey")));
});

test("a secret name the Key Vault provider does not map to the member's key is refused, naming the one that does", () => {
  const finding = secrets(SHIPPING, "Options/ShippingOptions.cs")[0]!;
  assert.throws(
    () => planMove({ text: SHIPPING, filePath: "Options/ShippingOptions.cs", finding, secretName: "stripe-key", vaultUrl: TEST_VAULT }),
    (error: unknown) => error instanceof FixPlanError && error.code === "invalidInput" && error.message.endsWith("name the secret Shipping--ApiKey.") && !error.message.includes(STRIPE_KEY),
  );
});

test("where the binder cannot take the default, the default move reads the environment and the configuration style is refused", () => {
  const partner = [
    "public class PartnerOptions",
    "{",
    `    public string ApiKey = "${STRIPE_KEY}";`,
    `    public string Authorization { get; set; } = "Bearer ${OTHER_STRIPE_KEY}";`,
    "}",
    "",
  ].join("\n");
  const moved = moves(partner, "PartnerOptions.cs");
  assert.deepEqual(
    moved.map(({ plan, line }) => `${plan.style} → ${line}`),
    [
      'environmentVariable → public string ApiKey = System.Environment.GetEnvironmentVariable("API_KEY") ?? throw new System.InvalidOperationException("API_KEY is not set");',
      'environmentVariable → public string Authorization { get; set; } = "Bearer " + (System.Environment.GetEnvironmentVariable("PARTNER_OPTIONS_STRIPE_SECRET_KEY") ?? throw new System.InvalidOperationException("PARTNER_OPTIONS_STRIPE_SECRET_KEY is not set"));',
    ],
  );
  const [field, bearer] = secrets(partner, "PartnerOptions.cs");
  const configuration = (finding: Finding) => () => planMove({ text: partner, filePath: "PartnerOptions.cs", finding, secretName: "Partner--ApiKey", vaultUrl: TEST_VAULT, style: "configuration" });
  assert.throws(configuration(field!), (error: unknown) => error instanceof FixPlanError && /PartnerOptions\.ApiKey is a field/.test(error.message));
  assert.throws(configuration(bearer!), (error: unknown) => error instanceof FixPlanError && /holds more than the value/.test(error.message));
});
