// Every rule's regex must run in linear time: a rule that backtracks catastrophically would freeze
// the editor on one unlucky file. Each rule gets 1 MB of text built to tempt backtracking (its own
// keywords, separators and long runs of its character classes, with no valid ending). The bound is
// generous on purpose: linear patterns finish in milliseconds, exponential ones never.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { BUILT_IN_RULES } from "../../src/engine/rules";
import { isPatternRule } from "../../src/engine/rules/types";

const ONE_MB = 1024 * 1024;

/**
 * The CPU time this process spent since `started` (process.cpuUsage()), in ms. Not wall time: on a
 * machine busy with other work (CI runners, parallel test tiers) a linear scan waits for the CPU
 * and would pass for a slow one; backtracking spends the CPU time itself.
 */
function cpuMsSince(started: NodeJS.CpuUsage): number {
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}
const GENEROUS_BOUND_MS = 3000;

function adversarialText(keywords: readonly string[]): string {
  const pieces = [
    ...keywords,
    "Password=", "AccountKey=", "Server=x;", "a=b;", "sig=", "Q~", "key = \"", "==", "jdbc:x://h;", "pass []byte = ", "pass As String = ", " {.Password = ", "h:5432:d:u:", "(key ",
    // Signing-key sinks: a call's head, then arguments and literals that never close.
    "GetBytes(\"", "HMAC256(\"", "createHmac(\"", "jwt.sign(x, ", "hash_hmac(a, ", "new SymmetricSecurityKey(", "Buffer.from(\"", "secret = ", "\".getBytes(", "b\"",
    "A".repeat(200), "a1+/".repeat(40), "-_".repeat(50), "%2B".repeat(30), "0123456789abcdef".repeat(4),
  ];
  let text = "";
  for (let i = 0; text.length < ONE_MB; i++) text += pieces[i % pieces.length];
  return text.slice(0, ONE_MB);
}

for (const rule of BUILT_IN_RULES) {
  test(`${rule.id} runs in linear time on 1 MB of adversarial text`, () => {
    const text = adversarialText(rule.keywords);
    const started = process.cpuUsage();
    if (isPatternRule(rule)) {
      rule.pattern.lastIndex = 0;
      for (const match of text.matchAll(rule.pattern)) void match;
    } else {
      rule.find(text, { filePath: "adversarial.txt", fileType: "text" });
      // Go files read typed declarations (`name Type = value`) too, Visual Basic files `name As Type =
      // value`; a password file is read by its name.
      rule.find(text, { filePath: "adversarial.go", fileType: "code" });
      rule.find(text, { filePath: "adversarial.vb", fileType: "code" });
      rule.find(text, { filePath: "adversarial.pgpass", fileType: "text" });
    }
    const elapsed = cpuMsSince(started);
    assert.ok(elapsed < GENEROUS_BOUND_MS, `${rule.id} took ${elapsed.toFixed(0)} ms`);
  });
}

// The whole scan, not one rule: work done per finding or per name on a line (reading the value,
// widening a connection string, looking for a comment or a quote before it) must not read the
// whole line each time, or one long line with a name every few characters takes minutes.
const DENSE_LINES: Record<string, string> = {
  "names.env": "password=",
  "bare-values.env": "password=x1 ",
  "connection-strings.txt": "Server=db;Password=$(DB_PW);",
  // A finding every 18 characters: each is checked against the line's others for overlap.
  "many-connection-strings.txt": "Server=x;Password=",
  // Each "password" word may start a .netrc entry, which asks whether the line logs in anonymously.
  "netrc-words.txt": "password            ",
  "literals.cs": "var password = 'ab'; ",
  // Each `-p` asks which command it belongs to; each `<pre>` which doc comment holds it.
  "mysql-flags.sh": "echo mysql -p orders ",
  // One run of name characters holding a secret word at every other character: walked back once.
  "name-run.py": "pw",
  // A YAML flow mapping's members, each looking back for its own name.
  "flow-mapping.yml": "password: Kq7mTz9LrXw, ",
  // Each pipe may start an HTTPie command, whose flags are read up to the next pipe.
  "httpie-pipes.sh": "| http -v x ; https -a u:Kq7mTz9L ",
  "httpie-flags.sh": "http -a --verify=no -x ",
  "httpie-subshells.sh": "--auth-type=bearer (http x ",
  // Each call looks back for its variable's assignment: within a bounded window, not to the line's start.
  "sdk-variables.cs": "AzureKeyCredential(key) ",
  // …a tuple's or an annotated one (`k, r = "…", "…"`, `key: string = "…"`).
  "sdk-tuples.py": 'k, r = "a", "b"; key: string = "c" AzureKeyCredential(k) ',
  // A tuple assignment is read from the line's start: its values, one per name, then nothing else.
  "tuple-assignments.py": 'user, password = "Kq7mTz9L", ',
  "doc-comments.java": 's = "/**"; t = "<pre>"; password = "Kq7mTz9L"; ',
  // Each call's keyword asks whether the call goes on past its line: up to a bounded distance, not to the line's end.
  "calls-over-lines.py": "ftp.login( auth=( ",
  // A list of arguments is read as a command line only once it closes: one bounded look ahead per list.
  "argument-lists.yml": '["--password", "Kq7mTz9L", ',
  // Files read by their name: their lines' fields are split once.
  "ipsec.secrets": 'vpn %any : PSK "Kq7mTz9L" : EAP ',
  "chap-secrets": 'dana * "Kq7 mTz9L" ',
  ".mbsyncrc": 'Pass "Kq7mTz9L ',
  ".yarnrc": '"//npm.contoso.test/:_authToken" "Kq7mTz9L" ',
  // YAML keys with colons inside (Pulumi's): each colon asks whether the key ends there.
  "colon-keys.yaml": "orders:db:password: Kq7mTz9L:",
  // Each name's value may start a conditional, whose sides are looked for after it.
  "conditionals.ts": "password = env === 'p' ? k : ",
  "conditionals.py": 'key = a if b else "Kq7mTz9L" if ',
  // Any host may start a SignalR connection string, whose fields are read on both sides of the key.
  "signalr.cs": "Endpoint=https://rt.example;Version=1.0;AccessKey=",
  // Calls with the password at a fixed place, whose arguments are counted from the bracket.
  "positional-calls.go": 'smtp.PlainAuth("", "u", gomail.NewDialer(h, 1, "u", ',
  "credential-calls.py": 'pika.PlainCredentials("u", basic_auth=("u", http_auth=(u, ',
  "credentials-basic.java": 'Credentials.basic("u", Credentials.basic(',
  "secret-str.py": "password: SecretStr = SecretStr(token = SecretStr(",
  "omniauth.rb": "provider :github, 'Iv1', config.omniauth :x, \"a\", ",
  "drupal-salt.php": "$settings['hash_salt'] = $settings[\"hash_salt\"]=",
  // Each `echo` may start a pipe into a registry login; each `-a` may follow a redis-cli.
  "password-stdin.sh": "echo Kq7mTz9L | docker login --password-stdin echo -n 'x' | printf '%s' ",
  "redis-cli.sh": "redis-cli -h h -a redis-cli -a ",
  "haproxy.cfg": "user ops insecure-password stats auth a:",
  // Windows' `net user NAME PASSWORD /add`, each `net user` reading two words after it.
  "net-user.cmd": 'net user a b net user "c d ',
  // LDAP binds' positional password, and JNDI's `SECURITY_CREDENTIALS, "…"`.
  "jndi.java": 'env.put(Context.SECURITY_CREDENTIALS, "a SECURITY_CREDENTIALS ,',
  "ldap-binds.py": '.simple_bind_s(a, "b", ldap_bind($c, .bind_s(',
  // IdentityServer's `new Secret("…".Sha256())`.
  "identity-server.cs": 'new Secret("a".Sha256( new Secret(@"b" .Sha512() ',
  // A configuration value every few characters: each one's setting name is looked for before it.
  "config-values.ts": '"10.1.2.3", "db01.contoso.com", ',
  // Each bare domain asks whether it is one of a list's members, read in a window around it.
  "domain-list.ts": '"fabrikam.com", "contoso.co.uk", ',
  // Raw strings, each looking for its own closing sequence on the rest of the line.
  "raw-strings.rs": 'password = r#"a token = R"x(b secret = #"c ',
  // Dovecot's and nginx's `user:{PLAIN}…`; triple-quoted values, each looking for its closing three.
  "users": "a:{PLAIN}b:{CLEAR}c{CLEARTEXT}",
  "triple-quotes.py": 'password = """a password = \'\'\'b ',
  // Twilio's account or API key SID, then the token.
  "twilio.js": '"AC0123456789abcdef0123456789abcdef", "SK0123456789abcdef0123456789abcdef", ',
  // RubyGems' credentials file, read whole.
  ".gem/credentials": ":https://gems.example/: Bearer ",
  // Secret stores written to by a plain argument name, a pipeline's secret variable, Kusto's app key.
  "secret-stores.py": 'put_secret(scope="a", string_value="b", set_secret(value=',
  "pipeline-secret.sh": "##vso[task.setvariable variable=x;issecret=true]",
  // Each pipeline variable command asks whether the line says `--secret true`: once, not per command.
  "pipeline-variables.sh": "secret --value Kq7mTz9Lx pipelines variable create ",
  // Values piped into hosts' secret stores, Netlify's env:set, Serverless fallbacks, CDK's plain text, flags after flags.
  "secret-stores.sh": 'echo "a" | npx wrangler secret put netlify env:set A b ',
  "serverless.yml": "${env:A, 'b' ${ssm:/a/b, \"",
  "cdk.ts": 'SecretValue.unsafePlainText("a SecretValue.plainText(',
  "flags.sh": "--prebuilt --token --a --b=",
  "kusto.py": "with_aad_application_key_authentication(a, b, WithAadApplicationKeyAuthentication(",
  "hadoop.conf": "fs.azure.account.key.a.dfs.core.windows.net=",
  "airflow.env": "AIRFLOW_CONN_X=snowflake://u:p@",
  // Functions keys as `az functionapp keys list` prints them: each container reads its members once.
  "function-keys.json": '"functionKeys": {"a": "b", "systemKeys":{',
  "composer-auth.json": '"bearer": {"a": "b", "gitlab-token":{',
  // Kotlin's `"name" to "…"`, Apple's `setValue("…", forHTTPHeaderField: "…")`, Elixir's
  // `put_env(:app, :name, "…")`, C's `strcpy(cfg.password, "…")`.
  "kotlin-pairs.kt": '"password" to "a" to "',
  "header-set-value.swift": 'setValue("a", forHTTPHeaderField: setValue:@"',
  "put-env.exs": "put_env(:a, :api_key, put_env(",
  "string-copy.c": "strcpy(a.password, strncpy(b, strcpy_s(",
  // Makefiles' conditional assignment, `NAME ?= value`.
  "conditional-assignment.mk": "API_KEY ?= k ?= token?=",
  // Each host name in capitals asks whether a setting named for a host precedes it; each dotted
  // number whether a name or an operator says version; each comment whether it spans lines.
  "capitalised-names.env": 'k=Locale.US "System.IO" ',
  "version-context.py": 'v = "x==5.2.1.7" BUILD "5.2.1.8" img/a:5.2.1.9 ',
  "block-comments.ts": '/* "10.20.30.40" */ /** ',
  "api-pages.ts": '"https://orders.fabrikam.com/api/reference/docs.html" ',
  // Inline-ignore markers read what follows them on their line: a bounded piece, not the rest of it.
  // (One token among them, so the markers are read.)
  "ignore-markers.py": "# secretlint-disable # secret-hygiene-ignore github/token # x = 'ghp_k3Zq8Tn3Lw9Vx2Rb7Mc4Pd6Hf1Jg5Ks0Ny8Ua' ",
};
const WHOLE_SCAN_BOUND_MS = 15_000;

// A long run of blanks where a pattern has blanks on both sides of an optional character (`= (`,
// a tuple's closing bracket, a wrapped literal's `;`) must be read once, not tried in every split.
const BLANK_RUNS: Record<string, string> = {
  "tuple.py": `user, password = "a", "b"${" ".repeat(ONE_MB / 4)}x\n`,
  "tuple-start.py": `${" ".repeat(ONE_MB / 4)}(user, password) = x\n`,
  "wrapped.ts": `password =${" ".repeat(ONE_MB / 4)}x\n`,
  "wrapped-bracket.py": `password = (${" ".repeat(ONE_MB / 4)}x\n`,
  "wrapped-literal.ts": `password =\n'abc'${" ".repeat(ONE_MB / 4)}x\n`,
  // A YAML key is looked for at each finding's line: one line of connection strings and long blank runs.
  "connection-strings.yaml": `${"Server=db1;User ID=app;Password=Kq7mTz9LrXw" + " ".repeat(24_000)};`.repeat(ONE_MB / 24_000),
};
// Calls left open at each line's end, and flags as list items, are each read with the lines after them up to a bounded length, not to the text's end.
const CALLS_OVER_LINES: Record<string, string> = {
  "unclosed-calls.php": "new PDO(\n".repeat(ONE_MB / 9),
  "one-long-call.py": `ftp.login(\n${'"u",\n'.repeat(ONE_MB / 5)}`,
  "auth-pairs.py": 'auth=(\n"u",\n"Kq7mTz9LrXw")\n'.repeat(ONE_MB / 26),
  // Each flag item reads the item after it, once.
  "flag-items.yaml": "- --password\n".repeat(ONE_MB / 13),
  "flag-value-items.yaml": "- --password\n- Kq7mTz9LrXw\n".repeat(ONE_MB / 27),
};
for (const [filePath, content] of Object.entries({ ...BLANK_RUNS, ...CALLS_OVER_LINES })) {
  test(`${filePath} (${filePath in BLANK_RUNS ? "a long run of blanks" : "lines read with the ones after"}) is scanned in linear time`, () => {
    const started = process.cpuUsage();
    scanText({ content, filePath });
    const elapsed = cpuMsSince(started);
    assert.ok(elapsed < WHOLE_SCAN_BOUND_MS, `${filePath} took ${elapsed.toFixed(0)} ms`);
  });
}

for (const [filePath, piece] of Object.entries(DENSE_LINES)) {
  // (Named by its file: a piece may hold a made-up secret, which a test's title would print.)
  test(`a 1 MB single line of ${filePath}'s piece, repeated, is scanned in linear time`, () => {
    const content = piece.repeat(Math.ceil(ONE_MB / piece.length)).slice(0, ONE_MB);
    const started = process.cpuUsage();
    scanText({ content, filePath });
    const elapsed = cpuMsSince(started);
    assert.ok(elapsed < WHOLE_SCAN_BOUND_MS, `${filePath} took ${elapsed.toFixed(0)} ms`);
  });
}

// Rules that read a resource's lines after each header must not read them again for every header
// among them: 2 MB of headers alone is read once over (about 0.1 s), not a hundred times (2 s).
// ARM headers are also looked behind (for members before `"type"`), at most a resource's length.
const RESOURCE_HEADERS: readonly (readonly [id: string, header: string])[] = [
  ["azure/key-vault-secret-resource", "resource s 'secrets' = {\n"],
  ["azure/key-vault-secret-resource", "resource s 'secrets' = {\n'''\n"],
  ["azure/key-vault-secret-resource", '"type": "secrets",\n'],
  ["azure/key-vault-secret-resource", '{\n"type": "Microsoft.KeyVault/vaults/secrets",\n'],
  ["azure/api-management-secret-named-value", "resource v 'namedValues' = {\n"],
  ["azure/api-management-secret-named-value", '"type": "namedValues",\n'],
  // A container's name on every line (SDK code calling listFunctionKeys, Composer's token kinds) is
  // looked for on its line only.
  ["azure/functions-key-listing", '"functionKeys": 1,\n'],
  ["azure/functions-key-listing", "var keys = await client.listFunctionKeys(app);\n"],
  ["generic/composer-auth-token", '"bearer": {"a": "b",\n'],
];
const RESOURCE_HEADERS_BOUND_MS = 700;

for (const [id, header] of RESOURCE_HEADERS) {
  test(`${id} reads 2 MB of '${header.trim().replace(/\n/g, " ")}' in linear time`, () => {
    const rule = BUILT_IN_RULES.find((candidate) => candidate.id === id)!;
    assert.ok(!isPatternRule(rule));
    const text = header.repeat(Math.ceil((2 * ONE_MB) / header.length));
    const started = process.cpuUsage();
    rule.find(text, { filePath: "adversarial.bicep", fileType: "code" });
    const elapsed = cpuMsSince(started);
    assert.ok(elapsed < RESOURCE_HEADERS_BOUND_MS, `${id} took ${elapsed.toFixed(0)} ms`);
  });
}

// Lines whose blanks run on and then do not end as the pattern expects: a configuration directive
// (`name value`, then blanks and a word) and Pulumi values after their resources' headers.
test("a .conf directive followed by a megabyte of blanks and a word is read in linear time", () => {
  const content = `auth_pass 1111${" ".repeat(ONE_MB)}x\n`;
  const started = process.cpuUsage();
  scanText({ content, filePath: "etc/keepalived/keepalived.conf" });
  const elapsed = cpuMsSince(started);
  assert.ok(elapsed < WHOLE_SCAN_BOUND_MS, `took ${elapsed.toFixed(0)} ms`);
});

test("Pulumi Key Vault secret headers over long blank value lines are read in linear time", () => {
  const resource = `  s:\n    type: azure-native:keyvault:Secret\n    properties:\n      properties:\n        value:${" ".repeat(5000)}x #\n`;
  const content = `resources:\n${resource.repeat(Math.ceil(ONE_MB / resource.length))}`;
  const started = process.cpuUsage();
  scanText({ content, filePath: "infra/Main.yaml" });
  const elapsed = cpuMsSince(started);
  assert.ok(elapsed < WHOLE_SCAN_BOUND_MS, `took ${elapsed.toFixed(0)} ms`);
});
