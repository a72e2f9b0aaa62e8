// A configuration value that is the default of a read the code does already
// (`process.env.ORDERS_URL ?? "…"`): the key is the name read, and the move takes the default out,
// so the setting keeps one source instead of gaining a second variable. Made-up contoso hosts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { FixPlanError, planConfigMove, readsKeyVariable, suggestedConfigurationKey } from "../../src/fixes";
import type { MovePlan } from "../../src/fixes";

const ENDPOINT = "https://contoso-config.azconfig.io";
const URL = "https://orders-api.internal.contoso.com";

function apply(text: string, plan: MovePlan): string {
  let out = text;
  for (const edit of [...plan.edits].reverse()) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** The key proposed for the file's one configuration value, and the file after the move under it. */
function moved(text: string, filePath: string, key?: string): { key: string; after: string; plan: MovePlan } {
  const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "config");
  assert.ok(finding, `the engine finds the value in ${filePath}`);
  const proposed = key ?? suggestedConfigurationKey(text, filePath, finding);
  const plan = planConfigMove({ text, filePath, finding, key: proposed, endpoint: ENDPOINT, label: "production" });
  return { key: proposed, after: apply(text, plan), plan };
}

test("JavaScript: ?? and || after process.env.X: the key is X and the read stands alone", () => {
  const nullish = moved(`export const config = {\n  ordersApiUrl: process.env.ORDERS_API_URL ?? "${URL}",\n};\n`, "src/config.ts");
  assert.equal(nullish.key, "ORDERS_API_URL");
  assert.equal(nullish.after, `export const config = {\n  ordersApiUrl: process.env.ORDERS_API_URL!,\n};\n`);
  assert.equal(nullish.plan.value, URL);
  assert.match(nullish.plan.notes[0]!, /^The default is gone: process\.env\.ORDERS_API_URL now stands alone/);
  assert.ok(nullish.plan.notes.some((note) => note.includes(`ORDERS_API_URL="@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=ORDERS_API_URL; Label=production)"`)));
  const or = moved(`const u = process.env["ORDERS_API_URL"] || '${URL}';\n`, "src/client.js");
  assert.equal(or.key, "ORDERS_API_URL");
  assert.equal(or.after, `const u = process.env["ORDERS_API_URL"];\n`);
});

test("Python, C#, Java, Go, Ruby, PHP: the default leaves the read that has it", () => {
  assert.equal(moved(`import os\nORDERS_URL = os.getenv("ORDERS_URL", "${URL}")\n`, "app/settings.py").after, `import os\nORDERS_URL = os.getenv("ORDERS_URL")\n`);
  assert.equal(moved(`import os\nORDERS_URL = os.environ.get('ORDERS_URL', default='${URL}')\n`, "app/settings.py").after, `import os\nORDERS_URL = os.environ.get('ORDERS_URL')\n`);
  assert.equal(moved(`import os\nORDERS_URL = os.getenv("ORDERS_URL") or "${URL}"\n`, "app/settings.py").after, `import os\nORDERS_URL = os.getenv("ORDERS_URL")\n`);
  const csharpEnv = moved(`var orders = Environment.GetEnvironmentVariable("ORDERS_URL") ?? "${URL}";\n`, "Program.cs");
  assert.deepEqual([csharpEnv.key, csharpEnv.after], ["ORDERS_URL", `var orders = Environment.GetEnvironmentVariable("ORDERS_URL") ?? throw new InvalidOperationException("ORDERS_URL is not set");\n`]);
  assert.equal(moved(`String orders = System.getenv().getOrDefault("ORDERS_URL", "${URL}");\n`, "src/Orders.java").after, `import java.util.Objects;\n\nString orders = Objects.requireNonNull(System.getenv("ORDERS_URL"), "ORDERS_URL is not set");\n`);
  assert.equal(moved(`orders := cmp.Or(os.Getenv("ORDERS_URL"), "${URL}")\n`, "main.go").after, `orders := os.Getenv("ORDERS_URL")\n`);
  assert.equal(moved(`ORDERS_URL = ENV.fetch("ORDERS_URL", "${URL}")\n`, "config/orders.rb").after, `ORDERS_URL = ENV.fetch("ORDERS_URL")\n`);
  assert.equal(moved(`<?php\n$orders = getenv('ORDERS_URL') ?: '${URL}';\n`, "orders.php").after, `<?php\n$orders = getenv('ORDERS_URL');\n`);
});

test("C#: a configuration key's default keeps the key, which App Configuration must then hold", () => {
  const text = `var orders = builder.Configuration["Services:Orders:BaseUrl"] ?? "${URL}/";\n`;
  const planned = moved(text, "Program.cs");
  assert.equal(planned.key, "Services:Orders:BaseUrl");
  assert.equal(planned.after, `var orders = builder.Configuration["Services:Orders:BaseUrl"] ?? throw new InvalidOperationException("Services:Orders:BaseUrl is not set");\n`);
  assert.equal(planned.plan.readsConfigurationKey, "Services:Orders:BaseUrl");
  const finding = scanText({ content: text, filePath: "Program.cs" }).find((candidate) => candidate.kind === "config")!;
  assert.throws(() => planConfigMove({ text, filePath: "Program.cs", finding, key: "Orders:Url", endpoint: ENDPOINT }), (error: unknown) => error instanceof FixPlanError && error.code === "invalidInput");
  const getValue = moved(`var orders = app.Configuration.GetValue<string>("Orders:Url", "${URL}");\n`, "Program.cs");
  assert.deepEqual([getValue.key, getValue.after], ["Orders:Url", `var orders = app.Configuration.GetValue<string>("Orders:Url") ?? throw new InvalidOperationException("Orders:Url is not set");\n`]);
});

test("an environment read's default keeps its variable under any key the user types", () => {
  const planned = moved(`export const ordersUrl = process.env.ORDERS_API_URL ?? "${URL}";\n`, "src/config.ts", "Orders:ApiUrl");
  assert.equal(planned.after, `export const ordersUrl = process.env.ORDERS_API_URL!;\n`);
  assert.equal(planned.plan.environmentVariable, undefined);
  assert.ok(planned.plan.notes.some((note) => note.includes(`ORDERS_API_URL="@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=Orders:ApiUrl; Label=production)"`)));
});

test("a literal with more after it is only part of the default: refused, never a second variable", () => {
  const text = `const u = process.env.ORDERS_API_URL ?? "${URL}" + "/v2";\n`;
  const finding = scanText({ content: text, filePath: "src/client.js" }).find((candidate) => candidate.kind === "config")!;
  assert.throws(
    () => planConfigMove({ text, filePath: "src/client.js", finding, key: suggestedConfigurationKey(text, "src/client.js", finding), endpoint: ENDPOINT }),
    (error: unknown) => error instanceof FixPlanError && error.code === "unsupported" && /only part of the default of process\.env\.ORDERS_API_URL/.test(error.message),
  );
});

test("not a default: another argument is moved as before", () => {
  const argument = moved(`const client = connect(process.env.ORDERS_API_URL, "${URL}");\n`, "src/client.js");
  assert.notEqual(argument.key, "ORDERS_API_URL");
  assert.match(argument.after, /process\.env\.ORDERS_API_URL, process\.env\.\w+\)/);
});

test("the file's own read of the variable is no other value's: no caution for the key it proposes", () => {
  const text = `export const ordersUrl = process.env.ORDERS_API_URL ?? "${URL}";\n`;
  const finding = scanText({ content: text, filePath: "src/config.ts" }).find((candidate) => candidate.kind === "config")!;
  const place = { text, filePath: "src/config.ts", start: finding.range.startOffset, end: finding.range.endOffset };
  assert.equal(readsKeyVariable(place, "ORDERS_API_URL"), false);
  // Read a second time elsewhere in the file: that read is another value's.
  const twice = `${text}export const again = process.env.ORDERS_API_URL;\n`;
  assert.equal(readsKeyVariable({ ...place, text: twice }, "ORDERS_API_URL"), true);
});

test("a read of the same name elsewhere in the file with another default is named in the move's notes", () => {
  const text = [
    `export const primary = process.env.API_URL ?? "https://api-a.internal.contoso.com";`,
    ``,
    `export function standby() {`,
    `  return process.env.API_URL ?? "https://api-b.internal.contoso.com";`,
    `}`,
    `export const same = process.env.API_URL ?? "https://api-a.internal.contoso.com";`,
    ``,
  ].join("\n");
  const findings = scanText({ content: text, filePath: "src/api.ts" }).filter((finding) => finding.kind === "config");
  assert.equal(findings.length, 3);
  const plan = (line: number) => planConfigMove({ text, filePath: "src/api.ts", finding: findings.find((finding) => finding.range.start.line === line)!, key: "API_URL", endpoint: ENDPOINT });
  const differs = (notes: readonly string[]) => notes.filter((note) => /different default/.test(note));
  assert.deepEqual(differs(plan(0).notes), ["process.env.API_URL is read on line 4 too, with a different default: the stored value is this one's, and that read keeps its own while API_URL is unset."]);
  assert.deepEqual(differs(plan(3).notes), ["process.env.API_URL is read on lines 1 and 6 too, with different defaults: the stored value is this one's, and those reads keep theirs while API_URL is unset."]);
  // (A read with the same default, or no default, says nothing.)
  assert.deepEqual(differs(planConfigMove({ text: `const a = process.env.API_URL ?? "https://api-a.internal.contoso.com";\nconst b = process.env.API_URL;\n`, filePath: "src/api.ts", finding: scanText({ content: `const a = process.env.API_URL ?? "https://api-a.internal.contoso.com";\nconst b = process.env.API_URL;\n`, filePath: "src/api.ts" })[0]!, key: "API_URL", endpoint: ENDPOINT }).notes), []);
});
