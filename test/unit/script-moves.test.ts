// Moves in scripting languages (shell, PHP, Ruby, Perl, Lua) whose moved code an execution audit
// ran: the text each move writes, where the language reads the place in a way the lexer had missed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { FixPlanError } from "../../src/fixes";
import { applyPlan, planFirstSecret } from "./move-plan-helpers";

/** A made-up password, written in two pieces so that no scanner takes this file for a secret. */
const PASSWORD = "Hq7Tz" + "K2mW9xLr4V";

function moved(text: string, filePath: string): string {
  return applyPlan(text, planFirstSecret(text, filePath));
}

function refusedWith(text: string, filePath: string, code: string): void {
  assert.throws(
    () => planFirstSecret(text, filePath),
    (error: unknown) => error instanceof FixPlanError && error.code === code && !error.message.includes(PASSWORD),
  );
}

test("shell: a case statement's patterns before the value do not make the quoting unreadable", () => {
  const script = `case "$1" in\n  -h|--help) usage;;\nesac\ncurl -H "Authorization: Bearer ${PASSWORD}" https://api.contoso.com\n`;
  assert.equal(moved(script, "call.sh"), `case "$1" in\n  -h|--help) usage;;\nesac\ncurl -H "Authorization: Bearer \${AUTHORIZATION:?AUTHORIZATION is not set}" https://api.contoso.com\n`);
});

test("shell: a here-document opened inside $(…) is read as one: quotes in its body are text, a quoted delimiter expands nothing", () => {
  const script = `cfg=$(cat <<EOF\n[client]\npassword=${PASSWORD}\nEOF\n)\n`;
  // (cat expands the body in its own process, where a failed ${X:?…} would end only cat: the check goes before the command.)
  assert.equal(moved(script, "provision.sh"), `: "\${PASSWORD:?PASSWORD is not set}"\ncfg=$(cat <<EOF\n[client]\npassword=\${PASSWORD}\nEOF\n)\n`);
  refusedWith(`cfg=$(cat <<'EOF'\n{"client_secret": "${PASSWORD}"}\nEOF\n)\n`, "provision.sh", "unsupported");
});

test("PHP: a parameter's default takes only a constant expression, so the move refuses it (getenv() there is a fatal error)", () => {
  refusedWith(`<?php\nfunction connect($host, $password = '${PASSWORD}') {\n  return $password;\n}\n`, "db.php", "unsupported");
  refusedWith(`<?php\nclass Client {\n  public function __construct(\n    private string $apiKey = '${PASSWORD}',\n  ) {}\n}\n`, "Client.php", "unsupported");
  // An assignment in a method's body is code that runs: it moves.
  assert.equal(moved(`<?php\nfunction connect($host) {\n  $password = '${PASSWORD}';\n}\n`, "db.php"), `<?php\nfunction connect($host) {\n  $password = getenv('PASSWORD');\n}\n`);
});

test("Ruby, Perl, PHP: a value in a here-document is refused (its quotes are text, a read written there would be too), not replaced by code", () => {
  refusedWith(`json = <<~JSON\n  {"client_secret": "${PASSWORD}"}\nJSON\n`, "config.rb", "unsupported");
  refusedWith(`my $ini = <<"INI";\n[db]\npassword = "${PASSWORD}"\nINI\n`, "deploy.pl", "unsupported");
  refusedWith(`<?php\n$json = <<<'JSON'\n    {"client_secret": "${PASSWORD}"}\n    JSON;\n`, "config.php", "unsupported");
  // After the here-document's closing line, code is code again; a shift is no here-document.
  assert.equal(moved(`json = <<~JSON\n  {}\nJSON\npassword = "${PASSWORD}"\n`, "config.rb"), `json = <<~JSON\n  {}\nJSON\npassword = ENV.fetch("PASSWORD")\n`);
  assert.equal(moved(`<?php\n$flags = $mask <<<2;\n$password = '${PASSWORD}';\n`, "config.php"), `<?php\n$flags = $mask <<<2;\n$password = getenv('PASSWORD');\n`);
});

test("Ruby: a literal joined to the one beside it takes the read interpolated, so the two stay one string", () => {
  assert.equal(moved(`token = "Bearer " \\\n  "ghp_${PASSWORD}${PASSWORD}${PASSWORD}"\n`, "client.rb"), `token = "Bearer " \\\n  "#{ENV.fetch("CLIENT_GITHUB_TOKEN")}"\n`);
  assert.equal(moved(`auth = "token ghp_${PASSWORD}${PASSWORD}${PASSWORD}" "\\n"\n`, "client.rb"), `auth = "token #{ENV.fetch("AUTH")}" "\\n"\n`);
  refusedWith(`auth = 'token ghp_${PASSWORD}${PASSWORD}${PASSWORD}' "\\n"\n`, "client.rb", "unsupported");
  // Alone, the read stands as it is.
  assert.equal(moved(`token = "ghp_${PASSWORD}${PASSWORD}${PASSWORD}"\n`, "client.rb"), `token = ENV.fetch("TOKEN")\n`);
});

test("Perl and Lua: the default of an environment read goes for a read that stops the program where the variable is unset, under the variable the code reads", () => {
  assert.equal(moved(`my $password = $ENV{DB_PASSWORD} // '${PASSWORD}';\n`, "deploy.pl"), `my $password = $ENV{DB_PASSWORD} // die("DB_PASSWORD is not set");\n`);
  assert.equal(moved(`my $password = $ENV{'DB_PASSWORD'} || "${PASSWORD}";\n`, "deploy.pl"), `my $password = $ENV{'DB_PASSWORD'} // die("DB_PASSWORD is not set");\n`);
  // (Not a second variable named by $secret: the one tested and read.)
  assert.equal(moved(`my $secret = exists $ENV{APP_SECRET} ? $ENV{APP_SECRET} : '${PASSWORD}';\n`, "deploy.pl"), `my $secret = $ENV{APP_SECRET} // die("APP_SECRET is not set");\n`);
  assert.equal(moved(`local password = os.getenv("DB_PASSWORD") or "${PASSWORD}" -- local default\n`, "app.lua"), `local password = os.getenv("DB_PASSWORD") or error("DB_PASSWORD is not set") -- local default\n`);
});

test("PHP: a connection string built around a $name the string fills in moves its password alone, as Ruby's #{name} does", () => {
  assert.equal(moved(`<?php\n$url = "mysql://$user:${PASSWORD}@db.contoso.internal/orders";\n`, "db.php"), `<?php\n$url = "mysql://$user:" . getenv('URL_PASSWORD') . "@db.contoso.internal/orders";\n`);
  // In '…' the $user is text: the connection string is stored whole, as written.
  assert.equal(moved(`<?php\n$url = 'mysql://$user:${PASSWORD}@db.contoso.internal/orders';\n`, "db.php"), `<?php\n$url = getenv('URL');\n`);
});

test("PHP, Perl, Ruby: a hash entry whose value is on the line after its `=>` is found and moved", () => {
  assert.equal(moved(`<?php\n$config = [\n    'password' =>\n        '${PASSWORD}',\n];\n`, "config.php"), `<?php\n$config = [\n    'password' =>\n        getenv('PASSWORD'),\n];\n`);
  assert.equal(moved(`my %config = (\n    password =>\n        '${PASSWORD}',\n);\n`, "deploy.pl"), `my %config = (\n    password =>\n        $ENV{PASSWORD} // die("PASSWORD is not set"),\n);\n`);
  assert.equal(moved(`CONFIG = {\n  :password =>\n    "${PASSWORD}",\n}\n`, "config.rb"), `CONFIG = {\n  :password =>\n    ENV.fetch("PASSWORD"),\n}\n`);
});

test("PHP, and Perl inside a string: the notes say the read goes on without the value where the variable is unset; Perl's, Lua's and a shell's reads stop the program; a $_ENV read, that PHP may not fill it", () => {
  const notes = (text: string, filePath: string): string => planFirstSecret(text, filePath).notes.join("\n");
  assert.match(notes(`<?php\n$password = '${PASSWORD}';\n`, "db.php"), /getenv\('PASSWORD'\) returns false where PASSWORD is not set/);
  assert.match(notes(`my $auth = "Bearer ${PASSWORD}";\n`, "deploy.pl"), /Inside the string \$ENV\{AUTHORIZATION\} cannot stop the program: it is undef where AUTHORIZATION is not set/);
  for (const [text, filePath] of [[`my $password = '${PASSWORD}';\n`, "deploy.pl"], [`local password = "${PASSWORD}"\n`, "app.lua"], [`export DB_PASSWORD="${PASSWORD}"\n`, "deploy.sh"]]) {
    assert.doesNotMatch(notes(text!, filePath!), /not set/, filePath);
  }
  // (Ruby's ENV.fetch stops the program with a KeyError that names the variable: no note.)
  assert.doesNotMatch(notes(`password = "${PASSWORD}"\n`, "config.rb"), /not set/);
  assert.match(notes(`<?php\n$password = $_ENV['DB_PASSWORD'] ?? '${PASSWORD}';\n`, "db.php"), /variables_order/);
});

test("PHP: a const outside a class is refused as the global constant it is, not as a class constant", () => {
  assert.throws(() => planFirstSecret(`<?php\nconst DB_PASSWORD = '${PASSWORD}';\n`, "config.php"), (error: unknown) => error instanceof FixPlanError && /global constant/.test(error.message));
  assert.throws(() => planFirstSecret(`<?php\nclass Db {\n    const PASSWORD = '${PASSWORD}';\n}\n`, "Db.php"), (error: unknown) => error instanceof FixPlanError && /class constant/.test(error.message));
});

test("a script without an extension moves as the language its #! line names, and an Nmap script as Lua, as the scan reads them", () => {
  // (Read by its name alone, such a file is no code: the move wrote a Key Vault reference into the literal, which the script would use as the password.)
  assert.equal(moved(`#!/usr/bin/env python3\nimport sys\n\nDB_PASSWORD = "${PASSWORD}"\n`, "bin/deploy"), `#!/usr/bin/env python3\nimport os\nimport sys\n\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n`);
  assert.equal(moved(`#!/usr/bin/env node\nconst dbPassword = "${PASSWORD}";\n`, "bin/cli"), `#!/usr/bin/env node\nconst dbPassword = process.env.DB_PASSWORD;\n`);
  assert.equal(moved(`#!/bin/sh\nDB_PASSWORD='${PASSWORD}'\n`, "hooks/post-receive"), `#!/bin/sh\nDB_PASSWORD="\${DB_PASSWORD:?DB_PASSWORD is not set}"\n`);
  assert.equal(moved(`local creds = require "creds"\nlocal db_password = "${PASSWORD}"\n`, "scripts/probe.nse"), `local creds = require "creds"\nlocal db_password = os.getenv("DB_PASSWORD") or error("DB_PASSWORD is not set")\n`);
});
