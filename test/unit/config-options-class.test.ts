// C# options classes: a default written in the class (`public string BaseUrl { get; set; } = "…"`)
// is the value of the property in the class's section, which the options binder sets. The key is
// `<section>:<property>`, and the move removes the initializer (no `configuration` is in scope there,
// so a read written into it would not compile), or refuses where the binder cannot set the member.
// Made-up fabrikam hosts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText, type Finding } from "../../src/engine";
import { FixPlanError, planConfigMove, suggestedConfigurationKey } from "../../src/fixes";
import { applyPlan } from "./move-plan-helpers";

const ENDPOINT = "https://fabrikam-config.azconfig.io";

function configValues(text: string, filePath: string): Finding[] {
  return scanText({ content: text, filePath }).filter((finding) => finding.kind === "config");
}

/** Each value's key and the line it leaves behind, or the refusal. */
function moves(text: string, filePath: string): string[] {
  return configValues(text, filePath).map((finding) => {
    const key = suggestedConfigurationKey(text, filePath, finding);
    try {
      const plan = planConfigMove({ text, filePath, finding, key, endpoint: ENDPOINT });
      const after = applyPlan(text, plan);
      const line = after.split("\n")[finding.range.start.line]!.trim();
      return `${key} → ${line}`;
    } catch (error) {
      if (error instanceof FixPlanError) return `${key} refused: ${error.message}`;
      throw error;
    }
  });
}

const SHIPPING = [
  "namespace Fabrikam.Orders.Options;",
  "",
  "public sealed class ShippingOptions",
  "{",
  '    public const string SectionName = "Shipping";',
  '    public string BaseUrl { get; set; } = "https://shipping-api.fabrikam-int.net";',
  '    public string CarrierHost { get; init; } = "carrier.fabrikam-int.net";',
  '    public Uri Callback { get; set; } = new("https://callbacks.fabrikam-int.net/shipping");',
  "}",
  "",
].join("\n");

test("an options class's defaults are keyed by its SectionName and the property, and the move removes the initializer", () => {
  assert.deepEqual(moves(SHIPPING, "Options/ShippingOptions.cs"), [
    "Shipping:BaseUrl → public string BaseUrl { get; set; }",
    "Shipping:CarrierHost → public string CarrierHost { get; init; }",
    "Shipping:Callback → public Uri Callback { get; set; }",
  ]);
  const finding = configValues(SHIPPING, "Options/ShippingOptions.cs")[0]!;
  const plan = planConfigMove({ text: SHIPPING, filePath: "Options/ShippingOptions.cs", finding, key: "Shipping:BaseUrl", endpoint: ENDPOINT });
  assert.equal(plan.value, "https://shipping-api.fabrikam-int.net");
  assert.ok(!applyPlan(SHIPPING, plan).includes("configuration["), "no read of configuration is written into the class");
  assert.ok(plan.notes.some((note) => note.includes('services.Configure<ShippingOptions>(configuration.GetSection("Shipping"))') && note.includes('BindConfiguration("Shipping")')));
});

test("without SectionName the section is the class's name less Options or Settings; a key that does not end in the property is refused", () => {
  const smtp = `public class SmtpSettings\n{\n    public string Host { get; set; } = "smtp-relay.fabrikam-int.net";\n}\n`;
  assert.deepEqual(moves(smtp, "SmtpSettings.cs"), ["Smtp:Host → public string Host { get; set; }"]);
  const finding = configValues(smtp, "SmtpSettings.cs")[0]!;
  // (Configuration keys match case-insensitively.)
  assert.doesNotThrow(() => planConfigMove({ text: smtp, filePath: "SmtpSettings.cs", finding, key: "Mail:smtp:host", endpoint: ENDPOINT }));
  assert.throws(() => planConfigMove({ text: smtp, filePath: "SmtpSettings.cs", finding, key: "smtp-relay:Host2", endpoint: ENDPOINT }), (error: unknown) => error instanceof FixPlanError && /ends in :Host/.test(error.message));
});

test("a member the options binder cannot set is refused with the reason, not rewritten into code that does not compile", () => {
  const options = [
    "public class PartnerOptions",
    "{",
    '    public const string LegacyUrl = "https://legacy.fabrikam-int.net";',
    '    public static readonly string AuditUrl = "https://audit.fabrikam-int.net";',
    '    public string FeedUrl = "https://feed.fabrikam-int.net";',
    '    public string ReportsUrl { get; } = "https://reports.fabrikam-int.net";',
    '    public string LedgerUrl { get; set; } = "https://ledger.fabrikam-int.net" + Suffix;',
    "}",
    "",
  ].join("\n");
  const answers = moves(options, "PartnerOptions.cs");
  assert.equal(answers.length, 5);
  assert.match(answers[0]!, /^Partner:LegacyUrl refused: PartnerOptions\.LegacyUrl is a const/);
  assert.match(answers[1]!, /^Partner:AuditUrl refused: PartnerOptions\.AuditUrl is static/);
  assert.match(answers[2]!, /^Partner:FeedUrl refused: PartnerOptions\.FeedUrl is a field/);
  assert.match(answers[3]!, /^Partner:ReportsUrl refused: PartnerOptions\.ReportsUrl has no public set or init accessor/);
  assert.match(answers[4]!, /^Partner:LedgerUrl refused: The default of PartnerOptions\.LedgerUrl is more than the value/);
});

test("Configure<ShippingOptions>(o => …) is keyed by the options class's section; a class not named for options keeps its member's name", () => {
  const program = `services.Configure<ShippingOptions>(o =>\n{\n    o.BaseUrl = "https://shipping-cfg.fabrikam-int.net";\n});\n`;
  assert.deepEqual(moves(program, "Program.cs"), ['Shipping:BaseUrl → o.BaseUrl = configuration["Shipping:BaseUrl"];']);
  const client = `public sealed class PricingClient\n{\n    public string Endpoint { get; set; } = "https://pricing.fabrikam-int.net";\n}\n`;
  assert.notEqual(suggestedConfigurationKey(client, "PricingClient.cs", configValues(client, "PricingClient.cs")[0]!), "Pricing:Endpoint");
});
