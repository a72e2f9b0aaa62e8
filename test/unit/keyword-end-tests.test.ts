// Which lines wake which rules: keywords that also begin or sit inside everyday words
// (`keyword`, `keyof`, `path`, `dispatch`) wake a rule only where a name or a token can follow.
import assert from "node:assert/strict";
import { test } from "node:test";
import { candidateLines } from "../../src/engine/pattern-scan";
import { BUILT_IN_RULES } from "../../src/engine/rules";

function wokenRules(line: string): string[] {
  return candidateLines(line, BUILT_IN_RULES).flatMap((candidate) => candidate.rules.map((rule) => rule.id));
}

test("'key' beginning another word wakes no rule that reads secret names", () => {
  for (const line of ["if (node.kind === SyntaxKind.AsyncKeyword) return;", "type Names = keyof Options;", "el.addEventListener('keydown', onKeyboard);"]) {
    for (const id of ["generic/parameter-value", "azure/ai-services-key-in-section"]) assert.ok(!wokenRules(line).includes(id), `${id} on ${line}`);
  }
  for (const line of ['apiKey = "…"', "KEY=…", '"Key": "…"', "keyword = 1; const stripeKey = x"]) {
    assert.ok(wokenRules(line).includes("generic/named-secret"), line);
    assert.ok(wokenRules(line).includes("generic/parameter-value"), line);
  }
});

test("'pat' wakes the legacy Azure DevOps PAT rule only where a name's segment ends", () => {
  for (const line of ["const cachePath = join(root, pattern);", "dispatch(action)"]) assert.ok(!wokenRules(line).includes("azure/devops-pat-legacy"), line);
  for (const line of ["ADO_PAT=…", "const adoPat = …", "PAT_TOKEN: …", "pat: …"]) assert.ok(wokenRules(line).includes("azure/devops-pat-legacy"), line);
});

test("the words of names wake the Azure DevOps checksum rule only as names' words", () => {
  for (const line of ["const cachePath = join(root, pattern);", "type Names = keyof Options;", "const shadowed = meadow.SHADOW;"]) {
    assert.ok(!wokenRules(line).includes("azure/devops-pat-checksum"), line);
  }
  for (const line of ["ADO_PAT=…", "const adoToken = …", "myAdoPat: …", "az_ado …", "connect(org, …)", "PAT …", "apiKey = …"]) {
    assert.ok(wokenRules(line).includes("azure/devops-pat-checksum"), line);
  }
});

test("a vendor's prefix wakes its rule only where the token's own characters follow", () => {
  assert.ok(!wokenRules("const patch = dispatch(path);").includes("airtable/personal-access-token"));
  assert.ok(!wokenRules("function(a) { return a; }").includes("crates/api-token"));
  const airtable = ["pat", "Ab12Cd34Ef56Gh", ".", "0123456789abcdef".repeat(4)].join("");
  assert.ok(wokenRules(`AIRTABLE_TOKEN=${airtable}`).includes("airtable/personal-access-token"));
  // `re_` begins names (`re_compile_pattern`); `lob` is in `global` and `blob`.
  assert.ok(!wokenRules("const re_compile_pattern = compile(re_source);").includes("resend/api-key"));
  assert.ok(!wokenRules("globalThis.blobStore = new Blob([]);").includes("lob/api-key"));
  const resend = ["re_", "Ab12Cd34", "_", "Xy9Zw8Vu7Ts6Rq5Po4Nm3Lk2"].join("");
  assert.ok(wokenRules(`RESEND_API_KEY=${resend}`).includes("resend/api-key"));
  const lob = ["test_", "0123456789abcdef".repeat(2)].join("");
  assert.ok(wokenRules(`LOB_API_KEY=${lob}`).includes("lob/api-key"));
  assert.ok(wokenRules(`lob: "${lob}"`).includes("lob/api-key"));
});

test("a host name's top-level domain inside a URL wakes the URL rule, not the host rule", () => {
  assert.ok(!wokenRules(" * Licensed under https://www.apache.org/licenses/LICENSE-2.0").includes("config/hostname"));
  assert.ok(!wokenRules('fetch("https://user@registry.fabrikam.org:8443/v2")').includes("config/hostname"));
  assert.ok(wokenRules('ORDERS_HOST = "db01.corp.fabrikam.org"').includes("config/hostname"));
  assert.ok(wokenRules("see https://www.fabrikam.org and ci.fabrikam.org").includes("config/hostname"), "the bare host after the URL");
});

test("a digit and a dot wake the IP address rule only before another digit", () => {
  for (const line of ['"lib": ["es2015.promise", "es2017.string"]', "Fixed in v2. See the notes."]) assert.ok(!wokenRules(line).includes("config/ip-address"), line);
  for (const line of ['relay = "10.40.12.7"', "bind 172.16.4.20:6379", 'dns = "fd12:3456::53"']) assert.ok(wokenRules(line).includes("config/ip-address"), line);
});

test("an address word wakes the named-address rule only where it ends a YAML item's name or a JSON list's key", () => {
  for (const line of ["if (Debug.loggingHost && shouldLog(level)) {", "const t = performance.timeOrigin;", "if (node.callFrame.url) {"]) {
    assert.ok(!wokenRules(line).includes("config/named-address"), line);
  }
  for (const line of ["  - name: SEARCH_URL", "    name: 'REDIS_HOSTNAME'  # cache", '  "AllowedOrigins": [', "- name: ORDERS_API_HOST\r\n  value: x"]) {
    assert.ok(wokenRules(line).includes("config/named-address"), JSON.stringify(line));
  }
});
