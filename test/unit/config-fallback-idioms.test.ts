// Defaults of reads written in the common idioms of each language (a trailing comma, an n-ary
// cmp.Or, Laravel's env(), Ruby's fetch block, C#'s GetValue and GetSection, Java's Optional,
// Spring's Environment and @Value, an f-string's field): the key is the name read and the move
// takes the default out. A default the fix cannot take out whole is refused, never given a second
// variable. Made-up contoso hosts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { FixPlanError, configMoveRefusal, planConfigMove, readsKeyVariable, suggestedConfigurationKey } from "../../src/fixes";
import type { MovePlan } from "../../src/fixes";

const ENDPOINT = "https://contoso-config.azconfig.io";
const HOST = "orders-api.internal.contoso.com";
const URL = `https://${HOST}`;

function apply(text: string, plan: MovePlan): string {
  let out = text;
  for (const edit of [...plan.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

function configFinding(text: string, filePath: string) {
  const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "config");
  assert.ok(finding, `the engine finds the value in ${filePath}`);
  return finding;
}

/** The key proposed for the file's one configuration value, and the file after the move under it. */
function moved(text: string, filePath: string): { key: string; after: string; plan: MovePlan } {
  const finding = configFinding(text, filePath);
  const key = suggestedConfigurationKey(text, filePath, finding);
  const plan = planConfigMove({ text, filePath, finding, key, endpoint: ENDPOINT, label: "production" });
  return { key, after: apply(text, plan), plan };
}

/** The planner's refusal of the file's one configuration value, and the light bulb's reason. */
function refused(text: string, filePath: string): { error: FixPlanError; reason: string | undefined } {
  const finding = configFinding(text, filePath);
  const key = suggestedConfigurationKey(text, filePath, finding);
  let error: unknown;
  try {
    planConfigMove({ text, filePath, finding, key, endpoint: ENDPOINT });
  } catch (caught) {
    error = caught;
  }
  assert.ok(error instanceof FixPlanError, `the move is refused in ${filePath}`);
  return { error, reason: configMoveRefusal({ text, filePath, start: finding.range.startOffset, end: finding.range.endOffset }) };
}

function assertMoved(text: string, filePath: string, key: string, after: string): MovePlan {
  const result = moved(text, filePath);
  assert.deepEqual([result.key, result.after], [key, after]);
  return result.plan;
}

test("JavaScript: `as string` on the default and a parenthesised default go with it; a ternary on the same variable and a destructuring default are the read", () => {
  assertMoved(`const u = process.env.ORDERS_URL ?? "${URL}" as string;\n`, "src/a.ts", "ORDERS_URL", `const u = process.env.ORDERS_URL!;\n`);
  assertMoved(`const u = process.env.ORDERS_URL ?? ("${URL}");\n`, "src/a.ts", "ORDERS_URL", `const u = process.env.ORDERS_URL!;\n`);
  assertMoved(`const c = {\n  u: process.env.ORDERS_URL ? process.env.ORDERS_URL : "${URL}",\n};\n`, "src/a.ts", "ORDERS_URL", `const c = {\n  u: process.env.ORDERS_URL!,\n};\n`);
  // (Not where the ternary is part of a larger operand: `x + a ? a : "…"` tests `x + a`.)
  assert.match(moved(`const u = prefix + process.env.ORDERS_URL ? process.env.ORDERS_URL : "${URL}";\n`, "src/a.js").after, /^const u = prefix \+ process\.env\.ORDERS_URL \? process\.env\.ORDERS_URL : process\.env\.\w+;\n$/);
  assertMoved(`const { PORT, ORDERS_URL = "${URL}" } = process.env;\n`, "src/a.js", "ORDERS_URL", `const { PORT, ORDERS_URL } = process.env;\n`);
});

test("Python: black's trailing comma, `if \"X\" in os.environ else`, `or`", () => {
  assertMoved(`import os\nLEDGER_URL = os.getenv(\n    "LEDGER_URL",\n    "${URL}",\n)\n`, "app/settings.py", "LEDGER_URL", `import os\nLEDGER_URL = os.getenv("LEDGER_URL")\n`);
  assertMoved(`import os\nSEARCH_URL = os.environ["SEARCH_URL"] if "SEARCH_URL" in os.environ else "${URL}"\n`, "app/settings.py", "SEARCH_URL", `import os\nSEARCH_URL = os.environ["SEARCH_URL"]\n`);
  assertMoved(`import os\nREPORTS_URL = os.environ.get("REPORTS_URL") or "${URL}"\n`, "app/settings.py", "REPORTS_URL", `import os\nREPORTS_URL = os.environ.get("REPORTS_URL")\n`);
});

test("Go: cmp.Or loses only its default argument; gofmt's trailing comma; `if v == \"\" { v = … }` goes", () => {
  assertMoved(`var catalog = cmp.Or(os.Getenv("CATALOG_URL"), os.Getenv("LEGACY_CATALOG_URL"), "${URL}")\n`, "main.go", "LEGACY_CATALOG_URL", `var catalog = cmp.Or(os.Getenv("CATALOG_URL"), os.Getenv("LEGACY_CATALOG_URL"))\n`);
  assertMoved(`var ledger = cmp.Or(\n\tos.Getenv("LEDGER_URL"),\n\t"${URL}",\n)\n`, "main.go", "LEDGER_URL", `var ledger = os.Getenv("LEDGER_URL")\n`);
  assertMoved(`var ledger = cmp.Or(\n\tos.Getenv("LEDGER_URL"),\n\tos.Getenv("OLD_LEDGER_URL"),\n\t"${URL}",\n)\n`, "main.go", "OLD_LEDGER_URL", `var ledger = cmp.Or(\n\tos.Getenv("LEDGER_URL"),\n\tos.Getenv("OLD_LEDGER_URL"),\n)\n`);
  assertMoved(
    `func reportsURL() string {\n\tv := os.Getenv("REPORTS_URL")\n\tif v == "" {\n\t\tv = "${URL}"\n\t}\n\treturn v\n}\n`,
    "main.go",
    "REPORTS_URL",
    `func reportsURL() string {\n\tv := os.Getenv("REPORTS_URL")\n\treturn v\n}\n`,
  );
});

test("PHP's Laravel env(), Ruby's fetch block, Kotlin's getOrDefault, Java's Optional", () => {
  assertMoved(`<?php\nreturn ['url' => env('ORDERS_URL', '${URL}')];\n`, "config/services.php", "ORDERS_URL", `<?php\nreturn ['url' => env('ORDERS_URL')];\n`);
  assertMoved(`config.x.catalog_url = ENV.fetch("CATALOG_URL") { "${URL}" }\n`, "config/initializers/services.rb", "CATALOG_URL", `config.x.catalog_url = ENV.fetch("CATALOG_URL")\n`);
  assertMoved(`val stock = System.getenv().getOrDefault("STOCK_URL", "${URL}")\n`, "src/Stock.kt", "STOCK_URL", `val stock = System.getenv("STOCK_URL") ?: error("STOCK_URL is not set")\n`);
  assertMoved(`String fx = Optional.ofNullable(System.getenv("FX_URL")).orElse("${URL}");\n`, "src/Fx.java", "FX_URL", `import java.util.Objects;\n\nString fx = Objects.requireNonNull(System.getenv("FX_URL"), "FX_URL is not set");\n`);
});

test("C#: GetValue<T>(k) ??, GetSection(s)[k] ?? and GetConnectionString(k) ?? keep the key they read", () => {
  const getValue = assertMoved(`var u = builder.Configuration.GetValue<string>("Search:Url") ?? "${URL}";\n`, "Program.cs", "Search:Url", `var u = builder.Configuration.GetValue<string>("Search:Url") ?? throw new InvalidOperationException("Search:Url is not set");\n`);
  assert.equal(getValue.readsConfigurationKey, "Search:Url");
  const section = assertMoved(`var u = builder.Configuration.GetSection("Shipping")["Url"] ?? "${URL}";\n`, "Program.cs", "Shipping:Url", `var u = builder.Configuration.GetSection("Shipping")["Url"] ?? throw new InvalidOperationException("Shipping:Url is not set");\n`);
  assert.equal(section.readsConfigurationKey, "Shipping:Url");
  assertMoved(`var u = builder.Configuration.GetSection("Services").GetValue<string>("Search", "${URL}");\n`, "Program.cs", "Services:Search", `var u = builder.Configuration.GetSection("Services").GetValue<string>("Search") ?? throw new InvalidOperationException("Services:Search is not set");\n`);
  assertMoved(`var u = builder.Configuration.GetConnectionString("Search") ?? "${URL}";\n`, "Program.cs", "ConnectionStrings:Search", `var u = builder.Configuration.GetConnectionString("Search") ?? throw new InvalidOperationException("ConnectionStrings:Search is not set");\n`);
});

test("Spring: Environment.getProperty(k, default) and @Value's placeholder lose the default, under /application/<property>", () => {
  const property = assertMoved(`String audit = env.getProperty("orders.audit-url", "${URL}");\n`, "src/Audit.java", "/application/orders.audit-url", `String audit = env.getProperty("orders.audit-url");\n`);
  assert.ok(property.notes.some((note) => note.includes("ORDERS_AUDIT_URL")));
  assertMoved(`class C {\n    @Value("\${orders.catalog-url:${URL}}")\n    private String catalogUrl;\n}\n`, "src/C.java", "/application/orders.catalog-url", `class C {\n    @Value("\${orders.catalog-url}")\n    private String catalogUrl;\n}\n`);
  assertMoved(`class C(\n    @Value("\\\${billing.ledger-url:${URL}}") val ledgerUrl: String,\n)\n`, "src/C.kt", "/application/billing.ledger-url", `class C(\n    @Value("\\\${billing.ledger-url}") val ledgerUrl: String,\n)\n`);
  // (System.getProperty reads the JVM's properties, not Spring's: no Spring key.)
  const jvmProperty = `String u = System.getProperty("orders.url", "${URL}");\n`;
  assert.notEqual(suggestedConfigurationKey(jvmProperty, "src/U.java", configFinding(jvmProperty, "src/U.java")), "/application/orders.url");
});

test("a default that is only part of an expression or of its string, or of a read the fix does not know, is refused", () => {
  for (const [text, filePath] of [
    [`const u = process.env.REPORTS_URL ?? "${URL}" + "/v2";\n`, "src/a.ts"],
    [`var r = builder.Configuration.GetConnectionString("Redis") ?? "redis-orders.internal.contoso.com:6380,ssl=true";\n`, "Program.cs"],
    [`PAYMENTS_URL = env("PAYMENTS_URL", "${URL}")\n`, "app/settings.py"],
    [`var search = getEnv("SEARCH_URL", "${URL}")\n`, "main.go"],
    [`const u = process.env.ORDERS_URL?.trim() || "${URL}";\n`, "src/a.js"],
  ] as const) {
    const { error, reason } = refused(text, filePath);
    assert.equal(error.code, "unsupported", filePath);
    assert.match(error.message, /default/, text);
    assert.ok(!error.message.includes(HOST), "the message does not quote the value");
    assert.equal(reason, error.message, "the light bulb gives the same reason");
  }
});

test("Python f-string: a default inside a replacement field leaves its read there, a string of its own", () => {
  const plan = assertMoved(
    `import os\nDB_DSN = f"postgresql://{os.getenv('PGHOST', '${HOST}')}:5432/reports"\n`,
    "app/settings.py",
    "PGHOST",
    `import os\nDB_DSN = f"postgresql://{os.getenv('PGHOST')}:5432/reports"\n`,
  );
  assert.equal(plan.value, HOST);
});

test("Python 3.12 f-string that reuses its quote inside a field: the default leaves its read, and the rest of the string stays whole", () => {
  const plan = assertMoved(
    `import os\nDB_DSN = f"postgresql://{os.getenv("PGHOST", "${HOST}")}:5432/reports"\n`,
    "app/settings.py",
    "PGHOST",
    `import os\nDB_DSN = f"postgresql://{os.getenv("PGHOST")}:5432/reports"\n`,
  );
  assert.equal(plan.value, HOST);
  assertMoved(`import os\nDSN = f"{os.getenv("PGHOST", "${HOST}")}:5432"\n`, "app/settings.py", "PGHOST", `import os\nDSN = f"{os.getenv("PGHOST")}:5432"\n`);
  // (Any other value in such a field is code, refused as in the older form.)
  assert.match(refused(`import os\nDSN = f"{connect("${URL}")}"\n`, "app/settings.py").error.message, /f-string's replacement field/);
});

test("Vite: import.meta.env is set when the app is built, not when it runs", () => {
  const { plan } = moved(`const base: string = import.meta.env.VITE_API_BASE ?? "${URL}";\n`, "web/src/api.ts");
  assert.ok(plan.notes.some((note) => note.includes("vite build")), plan.notes.join("\n"));
  assert.ok(!plan.notes.some((note) => /before the program starts|wherever the program runs/.test(note)), plan.notes.join("\n"));
});

test("a read written over several lines is quoted on one line in the notes", () => {
  const plan = assertMoved(`import os\nDATABASE_HOST = os.getenv(\n    "DATABASE_HOST", "${HOST}"\n)\n`, "app/db.py", "DATABASE_HOST", `import os\nDATABASE_HOST = os.getenv("DATABASE_HOST")\n`);
  assert.match(plan.notes[0]!, /os\.getenv\("DATABASE_HOST"\) now stands alone/);
  assert.ok(plan.notes.every((note) => !note.includes("\n")));
});

test("a read that stays (cmp.Or's last one) is the value's own: no caution for the key it proposes", () => {
  const text = `var catalog = cmp.Or(os.Getenv("CATALOG_URL"), os.Getenv("LEGACY_CATALOG_URL"), "${URL}")\n`;
  const finding = configFinding(text, "main.go");
  assert.equal(readsKeyVariable({ text, filePath: "main.go", start: finding.range.startOffset, end: finding.range.endOffset }, "LEGACY_CATALOG_URL"), false);
});

test("a ternary after a comparison is no whole operand; a ternary's else branch ends a default", () => {
  assert.match(moved(`const u = x == process.env.ORDERS_URL ? process.env.ORDERS_URL : "${URL}";\n`, "src/a.js").after, /^const u = x == process\.env\.ORDERS_URL \? process\.env\.ORDERS_URL : process\.env\.\w+;\n$/);
  assertMoved(`const u = local ? "http://localhost:8080" : process.env.ORDERS_URL ?? "${URL}";\n`, "src/a.js", "ORDERS_URL", `const u = local ? "http://localhost:8080" : process.env.ORDERS_URL;\n`);
  assertMoved(`const u = local ? process.env.ORDERS_URL ?? "${URL}" : "http://localhost:8080";\n`, "src/a.js", "ORDERS_URL", `const u = local ? process.env.ORDERS_URL : "http://localhost:8080";\n`);
});
