// What a move to App Configuration asks: the key (its input box), and what to do when the key
// already holds another value (a modal that names where that value came from, never the value).
import * as vscode from "vscode";
import type { ConfigurationSetting } from "../../azure";
import type { OverwriteAnswer } from "./setting-steps";

export interface SettingKeyQuestion {
  /** The store and label the key goes under, for the prompt. */
  readonly where: string;
  /** Why the key cannot be used (the store's rules, or the file's: appsettings.json reads one path). */
  readonly problem: (key: string) => string | undefined;
  /** What to know before using the key anyway (the file reads its variable for another value). */
  readonly caution?: (key: string) => string | undefined;
}

/** The key input box: `proposed` filled in, refused keys explained as they are typed. */
export function askSettingKey(proposed: string, question: SettingKeyQuestion): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: "Move to App Configuration: key",
    value: proposed,
    prompt: `Key in ${question.where}; ':' separates sections.`,
    validateInput: (value) => {
      const problem = question.problem(value);
      if (problem !== undefined) return problem;
      const caution = question.caution?.(value);
      return caution === undefined ? undefined : { message: caution, severity: vscode.InputBoxValidationSeverity.Warning };
    },
  });
}

/**
 * Asks before replacing a different App Configuration value under the same key and label. The
 * existing setting's `source` tag names the file it was moved from (its value is never shown):
 * replacing it changes what that place reads. With `otherKey` (a move whose key is free to
 * choose), "Use Another Key…" comes first and asks for the key.
 */
export async function askSettingConflict(existing: ConfigurationSetting, otherKey?: () => Promise<string | undefined>): Promise<OverwriteAnswer> {
  const { key, label } = existing;
  const source = existing.tags.source;
  const replace = "Replace";
  const another = "Use Another Key…";
  const from = source ? `, moved there from ${source}` : "";
  const detail = source
    ? `Replacing it changes the value ${source} reads as well.`
    : "Replacing it changes the value for everything that reads this key.";
  const answer = await vscode.window.showWarningMessage(
    `App Configuration already has '${key}'${label ? ` (label '${label}')` : ""} with another value${from}.`,
    { modal: true, detail },
    ...(otherKey ? [another] : []),
    replace,
  );
  if (answer === replace) return true;
  if (answer !== another || !otherKey) return false;
  const chosen = await otherKey();
  return chosen ? { otherKey: chosen } : false;
}
