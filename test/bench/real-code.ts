// Findings on real code that holds no secrets, the way the README's real-code table was measured:
//   node --import tsx test/bench/real-code.ts DIR [DIR...]
// Each folder is walked as `secret-hygiene scan --no-gitignore` walks it (vendor folders, binaries
// and files over the 1,024 KB budget left out), in this process. Prints, per folder, the MB
// scanned, the secret findings, those per 20 MB (the detection issue asks for at most 1), the
// rules that found them, and apart the configuration values (kind `config`, which the CLI leaves
// out unless --include-config). Nothing here prints a value.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { DEFAULT_MAX_FILE_SIZE_KB } from "../../src/cli/args";
import { FileSelection } from "../../src/cli/file-selection";
import { scanPaths } from "../../src/cli/run-scan";
import { IgnorePaths } from "../../src/engine";

async function measure(folder: string): Promise<void> {
  const root = path.resolve(folder);
  const report = await scanPaths({
    paths: [root],
    maxFileSizeKb: DEFAULT_MAX_FILE_SIZE_KB,
    cwd: root,
    scanOptions: { includeConfig: true },
    selection: new FileSelection(root, new IgnorePaths([]), false),
  });
  let bytes = 0;
  for (const file of report.files) bytes += (await fs.stat(file.absolutePath)).size;
  const byRule = new Map<string, number>();
  let configValues = 0;
  for (const file of report.files) {
    for (const finding of file.findings) {
      if (finding.kind === "config") configValues++;
      else byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
    }
  }
  const findings = [...byRule.values()].reduce((sum, count) => sum + count, 0);
  const megabytes = bytes / 1e6;
  console.log(`${folder}: ${report.filesScanned} files, ${megabytes.toFixed(1)} MB scanned, ${findings} secret finding(s), ${(findings / (megabytes / 20)).toFixed(2)} per 20 MB`);
  for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${rule}`);
  console.log(`  (and ${configValues} configuration value(s): host names, IP addresses, internal URLs)`);
}

async function main(): Promise<void> {
  const folders = process.argv.slice(2);
  if (folders.length === 0) {
    console.error("usage: node --import tsx test/bench/real-code.ts DIR [DIR...]");
    process.exitCode = 2;
    return;
  }
  for (const folder of folders) await measure(folder);
}

void main();
