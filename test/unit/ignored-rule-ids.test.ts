// Rule ids in our ignore comments that name no rule: reported where they are written, with the
// rule most likely meant.
import assert from "node:assert/strict";
import { test } from "node:test";
import { unknownIgnoredRules } from "../../src/engine";
import { closestRuleId } from "../../src/engine/policy/ignored-rule-ids";

test("a misspelt rule id is reported at its place, with the rule it most likely means", () => {
  const text = ["const a = 1;", "  // secret-hygiene-ignore-next-line github/tokn, azure/sas-token -- rotated", "const b = 2;"].join("\n");
  const [problem, ...rest] = unknownIgnoredRules(text);
  assert.equal(rest.length, 0, "azure/sas-token is a rule");
  assert.equal(problem?.ruleId, "github/tokn");
  assert.deepEqual(problem?.range.start, { line: 1, character: 37 });
  assert.deepEqual(problem?.range.end, { line: 1, character: 48 });
  assert.equal(problem?.suggestion, "github/token");
  assert.equal(problem?.message, "No rule is named 'github/tokn': this comment silences nothing by that name. Did you mean 'github/token'?");
});

test("an id far from every rule gets no suggestion; other tools' markers take no ids", () => {
  const text = "x = 1 # secret-hygiene-ignore acme/internal-thing\ny = 2 # secretlint-disable-line acme/whatever\n";
  const problems = unknownIgnoredRules(text);
  assert.deepEqual(
    problems.map((problem) => [problem.ruleId, problem.suggestion]),
    [["acme/internal-thing", undefined]],
  );
});

test("the workspace's custom rules are known, and a comment without ids or markers costs nothing", () => {
  const customRule = { id: "custom/acme-key", title: "Acme key", kind: "secret" as const, docsUrl: "", keywords: ["acme"], pattern: /ACME-\w+/dg };
  const text = "k = 1 // secret-hygiene-ignore custom/acme-key\nj = 2 // secret-hygiene-ignore -- test data\n";
  assert.deepEqual(unknownIgnoredRules(text, { customRules: [customRule] }), []);
  assert.equal(unknownIgnoredRules(text).length, 1, "without the configuration, custom/acme-key is unknown");
  assert.deepEqual(unknownIgnoredRules("no markers here"), []);
});

test("closestRuleId: near slips only, case-insensitively", () => {
  const known = ["azure/storage-account-key", "azure/sas-token", "github/token"];
  assert.equal(closestRuleId("Azure/SAS-token", known), "azure/sas-token");
  assert.equal(closestRuleId("azure/storage-acount-key", known), "azure/storage-account-key");
  assert.equal(closestRuleId("gitlab/token", known), "github/token");
  assert.equal(closestRuleId("aws/access-key-id", known), undefined);
});

test("an 'id' that looks random (a value pasted after the marker) is not repeated in the message", () => {
  const pasted = ["Qm7vK2", "pX9wLr4T", "/nB8zYc3Hd5"].join("");
  const [problem] = unknownIgnoredRules(`x = 1 // secret-hygiene-ignore ${pasted}\n`);
  assert.ok(problem);
  assert.ok(!problem.message.includes(pasted), problem.message);
  assert.match(problem.message, /^No rule is named the one written here: this comment silences nothing by that name\.$/);
});

