import * as path from "node:path";
import { loadWorkspacePolicy, policyFileText, PROJECT_CONFIG_FILE } from "../engine";
import type { WorkspacePolicy } from "../engine";
import type { ConfigNotice } from "./report";
import { describeFsError } from "./fs-errors";
import { MAX_POLICY_FILE_BYTES, readRegularFile } from "./read-regular-file";

export interface PolicyRequest {
  readonly configPath: string | undefined;
  readonly baselinePath: string | false | undefined;
  readonly updateBaseline: boolean;
  readonly includeConfig: boolean;
}

export type LoadedPolicy =
  | {
      readonly policy: WorkspacePolicy;
      readonly notices: readonly ConfigNotice[];
      /** The configuration file, when a custom rule in it was left out for a problem: a run without it could pass what it looks for. */
      readonly droppedCustomRulesIn: string | undefined;
    }
  | { readonly error: string };

/** A file's text, or undefined when there is no such file. Other failures are real errors. */
async function readIfExists(cwd: string, file: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path.resolve(cwd, file), MAX_POLICY_FILE_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw new Error(`cannot read '${file}': ${describeFsError(error)}`, { cause: error });
  }
  const text = policyFileText(bytes);
  if (text === undefined) throw new Error(`cannot read '${file}': it holds binary data, not the JSON it should: remove it, or replace it with the file it should be`);
  return text;
}

/**
 * Reads `.secrethygiene.json` (or `--config`), `.secretlintrc.json` and the baseline from the
 * current directory, the root that paths and fingerprints are relative to.
 */
export async function loadCliPolicy(cwd: string, request: PolicyRequest): Promise<LoadedPolicy> {
  let policy: WorkspacePolicy;
  try {
    policy = await loadWorkspacePolicy((file) => readIfExists(cwd, file), {
      ...(request.configPath !== undefined ? { configPath: request.configPath } : {}),
      ...(request.baselinePath !== undefined ? { baselinePath: request.baselinePath } : {}),
      // A baseline records config findings too, so it still applies with --include-config and in the editor.
      includeConfig: request.updateBaseline || request.includeConfig,
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (request.configPath !== undefined && !policy.configFound) return { error: `cannot read '${request.configPath}': no such file` };
  if (!request.updateBaseline) {
    if (policy.baselineError !== undefined) {
      return { error: `cannot use the baseline '${policy.baselinePath}': ${policy.baselineError}. Fix it, or write it anew with --update-baseline (which replaces only an empty or damaged baseline: remove any other file first)` };
    }
    if (typeof request.baselinePath === "string" && !policy.baseline) return { error: `cannot read the baseline '${request.baselinePath}': no such file` };
  }
  const notices = policy.problems.flatMap(({ file, problems }) =>
    problems.map((problem) => ({
      file,
      line: problem.range.start.line + 1,
      column: problem.range.start.character + 1,
      severity: problem.severity,
      message: problem.message,
    })),
  );
  const droppedCustomRulesIn = policy.droppedCustomRules > 0 ? (request.configPath ?? PROJECT_CONFIG_FILE) : undefined;
  return { policy, notices, droppedCustomRulesIn };
}
