import type { Finding } from "../engine";
import { settingNameFor } from "../fixes/setting-name";
import type { ReportedFinding } from "./report";

/**
 * The findings with the setting each value is assigned to, as the developer knows it
 * (`AzureWebJobsStorage`, not the engine's document path `Values:AzureWebJobsStorage`): the name the
 * editor's quick fix starts from (settingNameFor). Called with the file's text only for files with
 * findings, so a clean file costs nothing. `typePath`: the path whose extension tells the text's
 * language (the engine's typePathOf).
 */
export function withSettingNames(text: string, typePath: string, findings: readonly Finding[]): ReportedFinding[] {
  return findings.map((finding) => {
    const settingName = settingNameOf(text, typePath, finding);
    const value = text.slice(finding.range.startOffset, finding.range.endOffset);
    // (A configuration value is shown whole in the report: a name sharing a word with it hides nothing.)
    return settingName === undefined || (finding.kind === "secret" && sharesPieceWith(settingName, value)) ? finding : { ...finding, settingName };
  });
}

/**
 * Whether a piece of the name (4 characters or more between separators) is written in the value.
 * Names come from what is around a value (keys, hosts, users, options), but a value that runs into
 * them (a password with `@` in a URL, a user's name in their password) would put a piece of the
 * secret into a report that is uploaded and shared: such a secret's name is left out.
 */
function sharesPieceWith(name: string, value: string): boolean {
  return name.split(/[^A-Za-z0-9]+/).some((piece) => piece.length >= 4 && value.includes(piece));
}

function settingNameOf(text: string, typePath: string, finding: Finding): string | undefined {
  try {
    return settingNameFor(text, typePath, finding);
  } catch {
    // A name is a report's courtesy: a file the naming cannot read (it was written for the quick
    // fix, which refuses such files) must not end the scan. The engine's name stands in.
    return finding.keyName;
  }
}
