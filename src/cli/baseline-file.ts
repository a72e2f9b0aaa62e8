import { promises as fs } from "node:fs";
import * as path from "node:path";
import { createBaseline, filterBaselined, policyFileText } from "../engine";
import type { Baseline } from "../engine";
import type { FileReport, ScanReport } from "./report";
import { baselineFilePath, baselineRoot } from "./baseline-root";
import { makeParentFolders } from "./parent-folders";

/** The report without the findings the baseline lists, and how many those were. */
export function applyBaseline(report: ScanReport, baseline: Baseline | undefined): ScanReport {
  if (!baseline) return report;
  let baselined = 0;
  const files = report.files.map((file) => {
    const findings = filterBaselined(file.findings, baseline);
    baselined += file.findings.length - findings.length;
    return { ...file, findings };
  });
  return { ...report, files, baselined };
}

/**
 * Whether a baseline entry's file was within what this run scanned: entries outside are kept, so
 * a run on some paths (a pre-commit hook on staged files, a run from a subfolder) does not forget
 * the others. Entries' paths are relative to `root` (see baselineRoot).
 */
function scopeOf(root: string, cwd: string, scannedPaths: readonly string[]): (file: string) => boolean {
  const scopes = scannedPaths.map((p) => path.relative(root, path.resolve(cwd, p)).split(path.sep).join("/"));
  return (file) => scopes.some((scope) => scope === "" || file === scope || file.startsWith(`${scope}/`));
}

export interface BaselineUpdate {
  readonly recorded: number;
  readonly files: number;
  readonly kept: number;
  /** Files whose findings were left out because no clone has them (see writeBaseline), with how many each held. */
  readonly notRecorded: readonly { readonly displayPath: string; readonly findings: number }[];
}

/** The keys a baseline file holds: its own, and its entries'. */
const BASELINE_KEYS = new Set(["version", "findings", "fingerprint", "ruleId", "file"]);

/** Our baseline's shape: no keys but `version` and `findings`, or a `findings` list (of any version). */
function looksLikeBaseline(data: object): boolean {
  if (Array.isArray(data)) return false;
  return Object.keys(data).every((key) => key === "version" || key === "findings") || ("findings" in data && Array.isArray(data.findings));
}

/**
 * Why an unreadable baseline may not be written anew, or undefined when it may: an empty file, a
 * damaged baseline (one that does not parse but still names its `findings`, as a merge conflict
 * leaves it) or one of another shape or version may. Any other file (a `.env` given as `--baseline`
 * by mistake, a `tsconfig.json` with comments) is not ours to replace, and neither is another
 * tool's JSON that happens to have a `version` (a package.json, a vercel.json, detect-secrets'
 * baseline): it has keys of its own. The reasons quote nothing of the file, which may hold secrets.
 */
export async function baselineReplacementRefusal(cwd: string, baselinePath: string): Promise<string | undefined> {
  const bytes = await fs.readFile(path.resolve(cwd, baselinePath)).catch(() => undefined);
  if (bytes === undefined) return undefined; // nothing there to lose (a missing file is written, as always)
  const text = policyFileText(bytes);
  if (text === undefined) return "a binary file";
  if (text.trim() === "") return undefined;
  if (!text.trimStart().startsWith("{")) return "not a JSON object";
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A merge conflict's markers may cut off the "findings" key; our numeric version still shows.
    const damagedBaseline = /"findings"\s*:/.test(text) || (/^<{7}(?: |$)/m.test(text) && /"version"\s*:\s*\d/.test(text));
    const keys = [...text.matchAll(/"((?:[^"\\\n]|\\.)*)"\s*:/g)].map((match) => match[1]!);
    return damagedBaseline && keys.every((key) => BASELINE_KEYS.has(key)) ? undefined : "not valid JSON, nor a baseline damaged by a merge";
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "not a JSON object";
  return looksLikeBaseline(data) ? undefined : "a JSON object with keys a baseline does not have";
}

/**
 * Writes the baseline for this report, keeping the previous entries of paths it did not scan and
 * of files it skipped (over the size budget, binary, unreadable): their findings are not known.
 * Entries' paths are relative to the baseline's root (see baselineRoot), as their fingerprints are.
 *
 * Files `isLocalOnly` says no clone has (a git-ignored, untracked `.env.local`) are left out: the
 * baseline is committed, and a fingerprint is a hash of the value that anyone with the repository
 * could test guesses against, for a password the repository never held. A scan still reports them.
 */
export async function writeBaseline(
  cwd: string,
  baselinePath: string,
  report: ScanReport,
  previous: Baseline | undefined,
  scannedPaths: readonly string[],
  isLocalOnly: (absolutePath: string) => Promise<boolean | undefined> = () => Promise.resolve(false),
): Promise<BaselineUpdate> {
  const root = baselineRoot(cwd, baselinePath, previous?.entries.map((entry) => entry.file));
  const recordedPath = (displayPath: string) => baselineFilePath(root, cwd, displayPath);
  const inScope = scopeOf(root, cwd, scannedPaths);
  // A skipped folder (unreadable) stands for every file in it.
  const skipped = report.skipped.map((file) => recordedPath(file.displayPath));
  const wasSkipped = (file: string) => skipped.some((entry) => file === entry || file.startsWith(`${entry}/`));
  const kept = (previous?.entries ?? []).filter((entry) => !inScope(entry.file) || wasSkipped(entry.file));
  const withFindings: FileReport[] = [];
  const notRecorded: { displayPath: string; findings: number }[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    if (await isLocalOnly(file.absolutePath)) notRecorded.push({ displayPath: file.displayPath, findings: file.findings.length });
    else withFindings.push(file);
  }
  const text = createBaseline(withFindings.map((file) => [recordedPath(file.displayPath), file.findings] as const), kept);
  const target = path.resolve(cwd, baselinePath);
  await makeParentFolders(target);
  await fs.writeFile(target, text);
  const recorded = withFindings.reduce((sum, file) => sum + file.findings.length, 0);
  return { recorded, files: withFindings.length, kept: kept.length, notRecorded };
}
