// What the planner's unit tests share: the finding to plan, the plan with the suggested name, and
// the text once the plan's edits are applied (as VS Code applies them: each on the original text).
import assert from "node:assert/strict";
import { scanText, type Finding } from "../../src/engine";
import { environmentVariableForKey, planConfigMove, planMove, suggestedConfigurationKey, suggestedSecretName, type MovePlan, type ReplacementStyle } from "../../src/fixes";

/** A made-up vault for plans that name one. */
export const TEST_VAULT = "https://contoso-orders-kv.vault.azure.net";
/** A made-up App Configuration store for plans that name one. */
export const TEST_APP_CONFIGURATION = "https://fabrikam-config.azconfig.io";

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

/** A value moved: its proposed secret name or App Configuration key, its plan, and the line the plan leaves where the value was. */
export interface MovedValue {
  readonly name: string;
  readonly plan: MovePlan;
  readonly line: string;
}

/**
 * Every value the engine finds in `text` (of one kind, if asked), moved under its suggested name:
 * a secret into TEST_VAULT (with `secretOptions`), a configuration value into
 * TEST_APP_CONFIGURATION. Fails the test where a value is left on its line.
 */
export function movedValues(
  text: string,
  filePath: string,
  options: { kind?: Finding["kind"]; secretOptions?: { style?: ReplacementStyle; throughAppConfiguration?: boolean } } = {},
): MovedValue[] {
  return scanText({ content: text, filePath })
    .filter((finding) => options.kind === undefined || finding.kind === options.kind)
    .map((finding) => {
      const secret = finding.kind === "secret";
      const name = secret ? suggestedSecretName(text, filePath, finding) : suggestedConfigurationKey(text, filePath, finding);
      const plan = secret
        ? planMove({ text, filePath, finding, secretName: name, vaultUrl: TEST_VAULT, ...options.secretOptions })
        : planConfigMove({ text, filePath, finding, key: name, endpoint: TEST_APP_CONFIGURATION });
      // (Lines an edit above the value adds, `import os`, move its line down.)
      const added = plan.edits
        .filter((edit) => edit.end <= finding.range.startOffset)
        .reduce((sum, edit) => sum + edit.newText.split("\n").length - text.slice(edit.start, edit.end).split("\n").length, 0);
      const line = applyPlan(text, plan).split("\n")[finding.range.start.line + added]!.trim();
      assert.ok(!line.includes(text.slice(finding.range.startOffset, finding.range.endOffset)), `the value left line ${finding.range.start.line + 1}`);
      return { name, plan, line };
    });
}
