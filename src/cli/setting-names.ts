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
    return settingName === undefined ? finding : { ...finding, settingName };
  });
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
