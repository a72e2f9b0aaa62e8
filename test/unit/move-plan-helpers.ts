// What the planner's unit tests share: the finding to plan, the plan with the suggested name, and
// the text once the plan's edits are applied (as VS Code applies them: each on the original text).
import assert from "node:assert/strict";
import { scanText, type Finding } from "../../src/engine";
import { environmentVariableForKey, planMove, suggestedConfigurationKey, suggestedSecretName, type MovePlan } from "../../src/fixes";

/** A made-up vault for plans that name one. */
export const TEST_VAULT = "https://contoso-orders-kv.vault.azure.net";

/** The first secret the engine finds in `text`; fails the test when there is none. */
export function secretIn(text: string, filePath: string, languageId?: string): Finding {
  const finding = scanText({ content: text, filePath, ...(languageId !== undefined ? { languageId } : {}) }).find((candidate) => candidate.kind === "secret");
  assert.ok(finding, `the engine detects the secret in ${filePath}`);
  return finding;
}

/** The plan for the first secret in `text`, under its suggested name, into TEST_VAULT. */
export function planFirstSecret(text: string, filePath: string): MovePlan {
  const finding = secretIn(text, filePath);
  return planMove({ text, filePath, finding, secretName: suggestedSecretName(text, filePath, finding), vaultUrl: TEST_VAULT });
}

/** `text` with the plan's edits applied, last first so that earlier offsets hold. */
export function applyPlan(text: string, plan: Pick<MovePlan, "edits">): string {
  let out = text;
  for (const edit of [...plan.edits].reverse()) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** Each configuration value's proposed App Configuration key and the variable the file then reads, in order: `"<key> <VARIABLE>"`. */
export function configurationKeys(content: string, filePath: string): string[] {
  return scanText({ content, filePath })
    .filter((finding) => finding.kind === "config")
    .map((finding) => {
      const key = suggestedConfigurationKey(content, filePath, finding);
      return `${key} ${environmentVariableForKey(key)}`;
    });
}
