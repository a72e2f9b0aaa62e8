// Golden files for "Move to Key Vault": every test/fixtures/fixes/<case> holds before.<ext>, the
// expected after.<ext> and case.json ({ filePath, secretName?, vaultUrl?, vaultResourceId?, style?, expectError? }).
// The real engine scans `before` under `filePath`; its first secret finding is planned, the edits
// applied, and the result must equal `after` byte for byte. A case with expectError must throw
// a FixPlanError with that code instead.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { FixPlanError, planMove, suggestedSecretName } from "../../src/fixes";
import type { MovePlan, ReplacementStyle } from "../../src/fixes";

interface Case {
  filePath: string;
  secretName?: string;
  vaultUrl?: string;
  vaultResourceId?: string;
  style?: ReplacementStyle;
  expectError?: string;
}

const root = path.join(__dirname, "..", "fixtures", "fixes");

function applyEdits(text: string, plan: MovePlan): string {
  let out = text;
  for (const edit of [...plan.edits].reverse()) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

for (const name of readdirSync(root).sort()) {
  const dir = path.join(root, name);
  const beforeName = readdirSync(dir).find((file) => file.startsWith("before."));
  if (!beforeName) throw new Error(`${name} has no before file`);
  const spec: Case = JSON.parse(readFileSync(path.join(dir, "case.json"), "utf8"));
  const before = readFileSync(path.join(dir, beforeName), "utf8");

  test(`${name} (${spec.filePath})`, () => {
    const finding = scanText({ content: before, filePath: spec.filePath }).find((candidate) => candidate.kind === "secret");
    assert.ok(finding, "the engine detects the fixture's secret");
    const secret = before.slice(finding.range.startOffset, finding.range.endOffset);
    const input = {
      text: before,
      filePath: spec.filePath,
      finding,
      secretName: spec.secretName ?? suggestedSecretName(before, spec.filePath, finding),
      vaultUrl: spec.vaultUrl ?? "https://contoso-orders-kv.vault.azure.net",
      ...(spec.style ? { style: spec.style } : {}),
      ...(spec.vaultResourceId ? { vaultResourceId: spec.vaultResourceId } : {}),
    };
    if (spec.expectError) {
      assert.throws(() => planMove(input), (error: unknown) => error instanceof FixPlanError && error.code === spec.expectError && !error.message.includes(secret));
      assert.ok(!existsSync(path.join(dir, beforeName.replace("before", "after"))), "a failing case has no after file");
      return;
    }
    const plan = planMove(input);
    const after = readFileSync(path.join(dir, beforeName.replace("before", "after")), "utf8");
    assert.equal(applyEdits(before, plan), after);
    // "Move to Key Vault…" offers the file's default style, then plans again with it: same edits.
    assert.deepEqual(planMove({ ...input, style: plan.style }).edits, plan.edits, "planning again with the plan's own style changes nothing");

    // The value leaves the file and appears nowhere in the plan but in `value`.
    assert.ok(plan.value.includes(secret), "the stored value holds the secret");
    assert.ok(!after.includes(secret), "the secret is gone from the file");
    const withoutValue = JSON.stringify(plan, (key, field: unknown) => (key === "value" ? undefined : field));
    assert.ok(!withoutValue.includes(secret), "no other plan field holds the secret");
    if (finding.compound) {
      assert.equal(plan.compound, true);
      assert.ok(plan.value.length > secret.length, "a compound credential is stored whole");
    }
    for (let i = 1; i < plan.edits.length; i++) assert.ok(plan.edits[i - 1]!.end <= plan.edits[i]!.start, "edits are sorted and do not overlap");
  });
}
