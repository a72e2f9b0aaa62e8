// The reads a move writes stop the program, naming the variable, where it is unset, in the
// languages that can say so in an expression (stopping-read.ts): C#'s `?? throw`, Kotlin's
// `?: error(…)`, Java's Objects.requireNonNull, Perl's `// die(…)`, Lua's `or error(…)`, a
// shell's `${X:?…}`. What changes with them: parentheses where an operator touches the read,
// Java's import, and the defaults a move takes out.
import assert from "node:assert/strict";
import { test } from "node:test";
import { javaImportObjectsEdit, javaObjectsIsAnother } from "../../src/fixes/imports";
import { perlTermAfterName, standsAlone } from "../../src/fixes/stopping-read";
import { applyPlan, planFirstSecret } from "./move-plan-helpers";

/** A made-up password, written in two pieces so that no scanner takes this file for a secret. */
const PASSWORD = "Wm4Rq" + "T8zLx2Kd7V";
/** A made-up GitHub token, found wherever it stands (a password is found only where a name says so). */
const GITHUB_TOKEN = "ghp_" + "Lc4Nw8Ty2Hq6Zr1Kv9Xm3Pb7Sd5Fj0Ga2Uex";

function moved(text: string, filePath: string): string {
  return applyPlan(text, planFirstSecret(text, filePath));
}

function notes(text: string, filePath: string): string {
  return planFirstSecret(text, filePath).notes.join("\n");
}

test("C#: the read stands as it is where nothing touches it, in parentheses beside an operator or a member access", () => {
  const stop = (name: string) => `Environment.GetEnvironmentVariable("${name}") ?? throw new InvalidOperationException("${name} is not set")`;
  assert.equal(moved(`using System;\nvar apiKey = "${PASSWORD}";\n`, "Program.cs"), `using System;\nvar apiKey = ${stop("API_KEY")};\n`);
  assert.equal(moved(`using System;\nClient.Connect(apiKey: "${PASSWORD}", retries: 3);\n`, "Program.cs"), `using System;\nClient.Connect(apiKey: (${stop("API_KEY")}), retries: 3);\n`);
  assert.equal(moved(`using System;\nvar apiKey = "${PASSWORD}".Trim();\n`, "Program.cs"), `using System;\nvar apiKey = (${stop("API_KEY")}).Trim();\n`);
  assert.equal(moved(`using System;\nvar header = "Bearer ${PASSWORD}";\n`, "Program.cs"), `using System;\nvar header = "Bearer " + (${stop("AUTHORIZATION")});\n`);
  // (A line that goes on with an operator on the next: the read would take the rest into its throw.)
  assert.equal(moved(`using System;\nvar apiKey = "${PASSWORD}"\n    + suffix;\n`, "Program.cs"), `using System;\nvar apiKey = (${stop("API_KEY")})\n    + suffix;\n`);
  assert.equal(moved(`using System;\nclass A { string ApiKey => "${PASSWORD}"; }\n`, "Program.cs"), `using System;\nclass A { string ApiKey => ${stop("API_KEY")}; }\n`);
  // Without System imported the exception is written by its full name, as the read is.
  assert.match(moved(`namespace Orders.Lib\n{\n    class Keys { string apiKey = "${PASSWORD}"; }\n}\n`, "Keys.cs"), /System\.Environment\.GetEnvironmentVariable\("API_KEY"\) \?\? throw new System\.InvalidOperationException\("API_KEY is not set"\);/);
  assert.doesNotMatch(notes(`using System;\nvar apiKey = "${PASSWORD}";\n`, "Program.cs"), /not set/);
});

test("Kotlin, Perl, Lua: the read that stops, in parentheses where the string is joined", () => {
  assert.equal(moved(`val apiKey = "${PASSWORD}"\n`, "App.kt"), `val apiKey = System.getenv("API_KEY") ?: error("API_KEY is not set")\n`);
  assert.equal(moved(`val header = "Bearer ${PASSWORD}"\n`, "App.kt"), `val header = "Bearer " + (System.getenv("AUTHORIZATION") ?: error("AUTHORIZATION is not set"))\n`);
  // (Kotlin goes on with a `.` on the next line.)
  assert.equal(moved(`val apiKey = "${PASSWORD}"\n    .trim()\n`, "App.kt"), `val apiKey = (System.getenv("API_KEY") ?: error("API_KEY is not set"))\n    .trim()\n`);
  // `die` in parentheses: a list operator would take in the arguments after it.
  assert.equal(moved(`connect(api_key => '${PASSWORD}', retries => 3);\n`, "app.pl"), `connect(api_key => $ENV{API_KEY} // die("API_KEY is not set"), retries => 3);\n`);
  assert.equal(moved(`my $header = 'Bearer ${PASSWORD}';\n`, "app.pl"), `my $header = 'Bearer ' . ($ENV{AUTHORIZATION} // die("AUTHORIZATION is not set"));\n`);
  assert.equal(moved(`local header = "Bearer ${PASSWORD}"\n`, "app.lua"), `local header = "Bearer " .. (os.getenv("AUTHORIZATION") or error("AUTHORIZATION is not set"))\n`);
  assert.equal(moved(`client:connect({ api_key = "${PASSWORD}" })\n`, "app.lua"), `client:connect({ api_key = os.getenv("API_KEY") or error("API_KEY is not set") })\n`);
});

test("Java: Objects.requireNonNull, with java.util.Objects imported in order among the file's imports", () => {
  const body = `public class App {\n    String apiKey = "${PASSWORD}";\n}\n`;
  const read = `Objects.requireNonNull(System.getenv("API_KEY"), "API_KEY is not set")`;
  assert.equal(moved(`package a;\n\nimport java.io.File;\nimport java.util.List;\n\n${body}`, "App.java"), `package a;\n\nimport java.io.File;\nimport java.util.List;\nimport java.util.Objects;\n\n${body.replace(`"${PASSWORD}"`, read)}`);
  assert.equal(moved(`package a;\n\nimport java.util.Map;\nimport javax.net.ssl.SSLContext;\n\n${body}`, "App.java"), `package a;\n\nimport java.util.Map;\nimport java.util.Objects;\nimport javax.net.ssl.SSLContext;\n\n${body.replace(`"${PASSWORD}"`, read)}`);
  assert.equal(moved(`package a;\n\n${body}`, "App.java"), `package a;\n\nimport java.util.Objects;\n\n${body.replace(`"${PASSWORD}"`, read)}`);
  assert.equal(moved(`package a;\n\nimport java.util.*;\n\n${body}`, "App.java"), `package a;\n\nimport java.util.*;\n\n${body.replace(`"${PASSWORD}"`, read)}`);
  // Static imports are not where a type's import goes.
  assert.equal(javaImportObjectsEdit("package a;\n\nimport static org.junit.Assert.assertTrue;\nimport org.junit.Test;\n\nclass T {}\n")?.newText, "import java.util.Objects;\n");
  assert.equal(javaImportObjectsEdit("import java.util.Objects;\nclass T {}\n"), undefined);
  // Joined to the rest of a string, the call needs no parentheses.
  assert.match(moved(`class App {\n    String header = "Bearer ${PASSWORD}";\n}\n`, "App.java"), /String header = "Bearer " \+ Objects\.requireNonNull\(System\.getenv\("AUTHORIZATION"\), "AUTHORIZATION is not set"\);/);
});

test("a default taken out leaves a read that stops: C#'s environment and configuration reads, Kotlin's, Java's, Perl's, Lua's", () => {
  assert.equal(
    moved(`using System;\nvar apiKey = Environment.GetEnvironmentVariable("PAYMENTS_API_KEY") ?? "${PASSWORD}";\n`, "Program.cs"),
    `using System;\nvar apiKey = Environment.GetEnvironmentVariable("PAYMENTS_API_KEY") ?? throw new InvalidOperationException("PAYMENTS_API_KEY is not set");\n`,
  );
  // (Already in parentheses: none added.)
  assert.equal(
    moved(`using System;\nvar header = "Bearer " + (Environment.GetEnvironmentVariable("PAYMENTS_API_KEY") ?? "${PASSWORD}");\n`, "Program.cs"),
    `using System;\nvar header = "Bearer " + (Environment.GetEnvironmentVariable("PAYMENTS_API_KEY") ?? throw new InvalidOperationException("PAYMENTS_API_KEY is not set"));\n`,
  );
  assert.equal(
    moved(`val apiKey = System.getenv().getOrDefault("PAYMENTS_API_KEY", "${PASSWORD}").trim()\n`, "App.kt"),
    `val apiKey = (System.getenv("PAYMENTS_API_KEY") ?: error("PAYMENTS_API_KEY is not set")).trim()\n`,
  );
  assert.equal(
    moved(`class App {\n    String apiKey = System.getenv().getOrDefault("PAYMENTS_API_KEY", "${PASSWORD}");\n}\n`, "App.java"),
    `import java.util.Objects;\n\nclass App {\n    String apiKey = Objects.requireNonNull(System.getenv("PAYMENTS_API_KEY"), "PAYMENTS_API_KEY is not set");\n}\n`,
  );
  const plan = planFirstSecret(`my $key = $ENV{PAYMENTS_API_KEY} || '${PASSWORD}';\n`, "app.pl");
  assert.match(plan.notes.join("\n"), /The default is gone: PAYMENTS_API_KEY, which the code read already, is the value's only source, and where it is not set the program now stops with "PAYMENTS_API_KEY is not set"/);
  // Where only what follows the read goes, the read stays as written: the note says what it gives.
  const go = `package main\n\nimport "os"\n\nfunc key() string {\n\tapiKey := os.Getenv("PAYMENTS_API_KEY")\n\tif apiKey == "" {\n\t\tapiKey = "${PASSWORD}"\n\t}\n\treturn apiKey\n}\n`;
  assert.doesNotMatch(moved(go, "main.go"), /not set/);
});

test("what a read gives where it goes on without the value, in the languages that cannot stop in an expression", () => {
  assert.match(notes(`Dim apiKey = "${PASSWORD}"\n`, "App.vb"), /Environment\.GetEnvironmentVariable\("API_KEY"\) returns Nothing where API_KEY is not set/);
  assert.match(notes(`let apiKey = "${PASSWORD}"\n`, "App.fs"), /returns null where API_KEY is not set/);
  assert.match(notes(`$apiKey = "${PASSWORD}"\n`, "deploy.ps1"), /\$env:API_KEY is \$null where API_KEY is not set/);
  assert.match(notes(`api_key <- "${PASSWORD}"\n`, "app.R"), /Sys\.getenv\("API_KEY"\) returns "" where API_KEY is not set/);
});

test("standsAlone: after an opening, a comma, an assignment, =>, -> or return; before a closing, a comma, a ; or a line that goes on with no operator", () => {
  const at = (text: string) => {
    const start = text.indexOf("§");
    const source = text.replace(/§/g, "");
    return standsAlone(source, { start, end: text.lastIndexOf("§") - 1 });
  };
  for (const text of ["x = §v§;", "f(§v§, 2)", "[§v§]", "{ a = §v§ }", "x => §v§;", "return §v§;", "when { c -> §v§\n}", "x = §v§\ny = 2", "x = §v§ // note"]) assert.ok(at(text), text);
  for (const text of ["x = a + §v§;", "x = §v§.Trim();", "x == §v§", "c ? §v§ : d", "x = §v§\n  + y", "x = §v§\n    .trim()", "f(§v§ + 1)"]) assert.ok(!at(text), text);
});

test("docker compose: a moved value is read with ${X:?…}, which stops compose where X is unset or empty, as a default the move takes out already did", () => {
  const text = `services:\n  api:\n    environment:\n      ORDERS_API_KEY: ${PASSWORD}\n`;
  assert.equal(moved(text, "docker-compose.yml"), `services:\n  api:\n    environment:\n      ORDERS_API_KEY: \${ORDERS_API_KEY:?ORDERS_API_KEY is not set}\n`);
  assert.match(notes(text, "docker-compose.yml"), /docker compose stops with "ORDERS_API_KEY is not set" where ORDERS_API_KEY is unset or empty/);
  // Kubernetes' envsubst knows no `:?`: its placeholder stays bare.
  assert.equal(moved(`env:\n  ORDERS_API_KEY: ${PASSWORD}\n`, "k8s/app.yaml"), `env:\n  ORDERS_API_KEY: \${ORDERS_API_KEY}\n`);
});

test("Lua's ~= compares, as == does: the read beside it goes in parentheses, so that a value equal to the literal does not stop the program", () => {
  assert.equal(
    moved(`local rotated = github_token ~= "${GITHUB_TOKEN}"\n`, "app.lua"),
    `local rotated = github_token ~= (os.getenv("APP_GITHUB_TOKEN") or error("APP_GITHUB_TOKEN is not set"))\n`,
  );
  assert.ok(!standsAlone("x ~= v", { start: 5, end: 6 }));
});

test("a next line that goes on with an operator written as a word (Perl's x and eq, Lua's and, C#'s is) takes the read in parentheses", () => {
  assert.equal(moved(`my $api_key = '${PASSWORD}'\n  x 2;\n`, "app.pl"), `my $api_key = ($ENV{API_KEY} // die("API_KEY is not set"))\n  x 2;\n`);
  assert.equal(moved(`my $api_key = '${PASSWORD}'\n  eq $given;\n`, "app.pl"), `my $api_key = ($ENV{API_KEY} // die("API_KEY is not set"))\n  eq $given;\n`);
  assert.equal(moved(`local api_key = "${PASSWORD}"\n  and true\n`, "app.lua"), `local api_key = (os.getenv("API_KEY") or error("API_KEY is not set"))\n  and true\n`);
  // (A word that only starts with one does not go on: the next statement.)
  assert.equal(moved(`local api_key = "${PASSWORD}"\norders = 1\n`, "app.lua"), `local api_key = os.getenv("API_KEY") or error("API_KEY is not set")\norders = 1\n`);
  const at = (text: string) => standsAlone(text.replace(/§/g, ""), { start: text.indexOf("§"), end: text.lastIndexOf("§") - 1 });
  assert.ok(!at("var ok = §v§\n    is string;"));
  assert.ok(at("val v = §v§\nisReady()"));
});

test("Java: where the file has another Objects (Guava's, its own), requireNonNull by its full name and no import that would clash with it", () => {
  const body = `public class App {\n    String apiKey = "${PASSWORD}";\n    boolean same(Object a, Object b) { return Objects.equal(a, b); }\n}\n`;
  const read = `java.util.Objects.requireNonNull(System.getenv("API_KEY"), "API_KEY is not set")`;
  const guava = `package a;\n\nimport com.google.common.base.Objects;\n\n${body}`;
  assert.equal(moved(guava, "App.java"), guava.replace(`"${PASSWORD}"`, read));
  // (A wildcard import, or the package's own class: the name is used without java.util's imported.)
  const wildcard = `package a;\n\nimport com.google.common.base.*;\n\n${body}`;
  assert.equal(moved(wildcard, "App.java"), wildcard.replace(`"${PASSWORD}"`, read));
  assert.ok(javaObjectsIsAnother("class App {}\nclass Objects {}\n"));
  for (const text of ["import java.util.Objects;\nclass T { boolean b = Objects.isNull(null); }\n", "import java.util.*;\nclass T { boolean b = Objects.isNull(null); }\n", "class T { boolean b = java.util.Objects.isNull(null); }\n", "class T {}\n"]) assert.ok(!javaObjectsIsAnother(text), text);
});

test("Perl: a read in parentheses right after a function's name gets a unary +, so that the parentheses are not the call's whole argument list", () => {
  assert.equal(moved(`print '${GITHUB_TOKEN}', "\\n";\n`, "app.pl"), `print +($ENV{APP_GITHUB_TOKEN} // die("APP_GITHUB_TOKEN is not set")), "\\n";\n`);
  assert.equal(
    moved(`my $header = uc 'token ${GITHUB_TOKEN}' . $suffix;\n`, "app.pl"),
    `my $header = uc +('token ' . ($ENV{APP_GITHUB_TOKEN} // die("APP_GITHUB_TOKEN is not set"))) . $suffix;\n`,
  );
  // (A default taken out, too.)
  assert.equal(moved(`login $ENV{PAYMENTS_API_KEY} // '${PASSWORD}', 'tail';\n`, "app.pl"), `login +($ENV{PAYMENTS_API_KEY} // die("PAYMENTS_API_KEY is not set")), 'tail';\n`);
  // After an operator written as a word or return, parentheses open no argument list.
  assert.equal(moved(`return '${GITHUB_TOKEN}' . 'x';\n`, "app.pl"), `return ($ENV{APP_GITHUB_TOKEN} // die("APP_GITHUB_TOKEN is not set")) . 'x';\n`);
  assert.equal(perlTermAfterName("$given eq ", 10, "(read)"), "(read)");
  assert.equal(perlTermAfterName("print STDERR ", 13, "(read)"), "+(read)");
});

test("C#: in a LINQ query's lambda, which a database's IQueryable makes an expression tree that takes no throw (CS8188), the read goes on without the value, with a note", () => {
  const query = `using System;\nvar found = db.ApiKeys.Any(k => k.Value == "${GITHUB_TOKEN}");\n`;
  assert.equal(moved(query, "Program.cs"), `using System;\nvar found = db.ApiKeys.Any(k => k.Value == Environment.GetEnvironmentVariable("PROGRAM_GITHUB_TOKEN"));\n`);
  assert.match(notes(query, "Program.cs"), /In a LINQ query's lambda, .* returns null where PROGRAM_GITHUB_TOKEN is not set/);
  // (A default taken out, too.)
  assert.equal(
    moved(`using System;\nvar users = db.Users.Where(u => u.ApiKey == (Environment.GetEnvironmentVariable("PAYMENTS_API_KEY") ?? "${PASSWORD}")).ToList();\n`, "Program.cs"),
    `using System;\nvar users = db.Users.Where(u => u.ApiKey == (Environment.GetEnvironmentVariable("PAYMENTS_API_KEY"))).ToList();\n`,
  );
  // A block body is never an expression tree; a lambda that configures is a delegate.
  assert.match(moved(`using System;\nvar keys = names.Select(n => { return "${GITHUB_TOKEN}"; });\n`, "Program.cs"), /\?\? throw new InvalidOperationException/);
  assert.match(moved(`using System;\nbuilder.Services.Configure<PaymentsOptions>(o => o.ApiKey = "${PASSWORD}");\n`, "Program.cs"), /\?\? throw new InvalidOperationException/);
});

test("Lua: a block comment --[[ … ]] after the literal does not end the line, which may go on with ..", () => {
  assert.equal(
    moved(`local api_key = "${PASSWORD}" --[[ the payments key ]] .. suffix\n`, "app.lua"),
    `local api_key = (os.getenv("API_KEY") or error("API_KEY is not set")) --[[ the payments key ]] .. suffix\n`,
  );
  assert.equal(moved(`local api_key = "${PASSWORD}" -- the payments key\n`, "app.lua"), `local api_key = os.getenv("API_KEY") or error("API_KEY is not set") -- the payments key\n`);
});

test("shell: inside $(…), (…), a pipeline or a here-document, ${X:?…} would end only that process; the check goes on a line of its own before the command", () => {
  const check = (name: string) => `: "\${${name}:?${name} is not set}"`;
  assert.equal(moved(`TOKEN=$(curl -u "admin:${PASSWORD}" https://ci.fabrikam.com)\n`, "deploy.sh"), `${check("ADMIN_PASSWORD")}\nTOKEN=$(curl -u "admin:\${ADMIN_PASSWORD}" https://ci.fabrikam.com)\n`);
  assert.equal(moved(`run() {\n    echo "${PASSWORD}" | docker login -u ci --password-stdin\n}\n`, "deploy.sh"), `run() {\n    ${check("PASSWORD")}\n    echo "\${PASSWORD}" | docker login -u ci --password-stdin\n}\n`);
  assert.equal(moved(`(cd app; curl -u 'ops:${PASSWORD}' https://ops.fabrikam.com)\n`, "deploy.sh"), `${check("OPS_PASSWORD")}\n(cd app; curl -u 'ops:'"\${OPS_PASSWORD}"'' https://ops.fabrikam.com)\n`);
  // `cd app &&` is a step the command needs, not a condition: the check may stand before it.
  assert.equal(moved(`(cd app && curl -u 'ops:${PASSWORD}' https://ops.fabrikam.com)\n`, "deploy.sh"), `${check("OPS_PASSWORD")}\n(cd app && curl -u 'ops:'"\${OPS_PASSWORD}"'' https://ops.fabrikam.com)\n`);
  // A command continued from the line above: the check goes before its first line.
  assert.equal(moved(`curl -s https://ci.fabrikam.com \\\n  -H "X-Api-Key: ${PASSWORD}" | jq .\n`, "deploy.sh"), `${check("X_API_KEY")}\ncurl -s https://ci.fabrikam.com \\\n  -H "X-Api-Key: \${X_API_KEY}" | jq .\n`);
  // The script expands it itself: the read stops where it stands.
  assert.equal(moved(`curl -u "admin:${PASSWORD}" https://ci.fabrikam.com || exit 1\n`, "deploy.sh"), `curl -u "admin:\${ADMIN_PASSWORD:?ADMIN_PASSWORD is not set}" https://ci.fabrikam.com || exit 1\n`);
  assert.equal(moved(`#!/bin/sh\r\nTOKEN=$(curl -u "admin:${PASSWORD}" https://ci.fabrikam.com)\r\n`, "deploy.sh"), `#!/bin/sh\r\n${check("ADMIN_PASSWORD")}\r\nTOKEN=$(curl -u "admin:\${ADMIN_PASSWORD}" https://ci.fabrikam.com)\r\n`);
  // A `$(` or quotes opened on a line above, and a pipe on a line below: the command is all of them.
  assert.equal(moved(`TOKEN=$(\n  curl -u "admin:${PASSWORD}" https://ci.fabrikam.com\n)\n`, "deploy.sh"), `${check("ADMIN_PASSWORD")}\nTOKEN=$(\n  curl -u "admin:\${ADMIN_PASSWORD}" https://ci.fabrikam.com\n)\n`);
  assert.equal(moved(`curl -d '{\n  "password": "${PASSWORD}"\n}' https://api.internal/x | jq .\n`, "call.sh"), `${check("PASSWORD")}\ncurl -d '{\n  "password": "'"\${PASSWORD}"'"\n}' https://api.internal/x | jq .\n`);
  // A here-document's body is expanded by the program that reads it, in its own process: cat would write a file cut short.
  assert.equal(moved(`if true; then\n  cat > app.env <<-EOF\n\tDB_PASSWORD=${PASSWORD}\n\tEOF\nfi\n`, "deploy.sh"), `if true; then\n  ${check("DB_PASSWORD")}\n  cat > app.env <<-EOF\n\tDB_PASSWORD=\${DB_PASSWORD}\n\tEOF\nfi\n`);
  assert.match(notes(`TOKEN=$(curl -u "admin:${PASSWORD}" https://ci.fabrikam.com)\n`, "deploy.sh"), /before the command stops the script where ADMIN_PASSWORD is unset or empty/);
});

test("shell: where no line can stand before the command (a case pattern's, an elif's), where a guard on its line decides whether the read runs, or where the check stands there already, the read keeps its own ${X:?…}", () => {
  const inPlace = "${OPS_PASSWORD:?OPS_PASSWORD is not set}";
  // A pattern's line after `;;`, whose `|` parts alternatives.
  assert.equal(moved(`case "$1" in\n  stop) ;;\n  -s | --start) R=$(curl -u "ops:${PASSWORD}" https://ops.fabrikam.com) ;;\nesac\n`, "deploy.sh"), `case "$1" in\n  stop) ;;\n  -s | --start) R=$(curl -u "ops:${inPlace}" https://ops.fabrikam.com) ;;\nesac\n`);
  // Guards: a check before them would stop the script where the read never runs. An if's condition always runs.
  assert.equal(moved(`[ -n "$CI" ] && R=$(curl -u "ops:${PASSWORD}" https://ops.fabrikam.com)\n`, "deploy.sh"), `[ -n "$CI" ] && R=$(curl -u "ops:${inPlace}" https://ops.fabrikam.com)\n`);
  assert.equal(moved(`[ -d app ] && (cd app && curl -u "ops:${PASSWORD}" https://ops.fabrikam.com)\n`, "deploy.sh"), `[ -d app ] && (cd app && curl -u "ops:${inPlace}" https://ops.fabrikam.com)\n`);
  assert.equal(moved(`if [ -n "$CI" ]; then R=$(curl -u "ops:${PASSWORD}" https://ops.fabrikam.com); fi\n`, "deploy.sh"), `if [ -n "$CI" ]; then R=$(curl -u "ops:${inPlace}" https://ops.fabrikam.com); fi\n`);
  assert.equal(moved(`if curl -u "ops:${PASSWORD}" https://ops.fabrikam.com | grep -q ok; then :; fi\n`, "deploy.sh"), `: "\${OPS_PASSWORD:?OPS_PASSWORD is not set}"\nif curl -u "ops:\${OPS_PASSWORD}" https://ops.fabrikam.com | grep -q ok; then :; fi\n`);
  assert.equal(moved(`case "$1" in\n  start) R=$(curl -u "ops:${PASSWORD}" https://ops.fabrikam.com) ;;\nesac\n`, "deploy.sh"), `case "$1" in\n  start) R=$(curl -u "ops:${inPlace}" https://ops.fabrikam.com) ;;\nesac\n`);
  assert.equal(moved(`if true; then :\nelif curl -u "ops:${PASSWORD}" https://ops.fabrikam.com | grep -q ok; then :\nfi\n`, "deploy.sh"), `if true; then :\nelif curl -u "ops:${inPlace}" https://ops.fabrikam.com | grep -q ok; then :\nfi\n`);
  const checked = `: "\${OPS_PASSWORD:?OPS_PASSWORD is not set}"\n`;
  assert.equal(moved(`${checked}R=$(curl -u "ops:${PASSWORD}" https://ops.fabrikam.com)\n`, "deploy.sh"), `${checked}R=$(curl -u "ops:\${OPS_PASSWORD}" https://ops.fabrikam.com)\n`);
});

test("shell: a default taken out inside $(…) leaves ${X} there and the check before the command", () => {
  assert.equal(moved(`TOKEN=$(curl -u "admin:\${ADMIN_PASSWORD:-${PASSWORD}}" https://ci.fabrikam.com)\n`, "deploy.sh"), `: "\${ADMIN_PASSWORD:?ADMIN_PASSWORD is not set}"\nTOKEN=$(curl -u "admin:\${ADMIN_PASSWORD}" https://ci.fabrikam.com)\n`);
});
