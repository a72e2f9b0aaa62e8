/**
 * Everything a folder's own files say about scanning it: `.secrethygiene.json`, the allows of a
 * `.secretlintrc.json`, and the baseline. The CLI (Node fs) and the extension (vscode.workspace.fs,
 * which also works in virtual workspaces) read the files; this module decides what they mean, so
 * both apply the same policy.
 */
import type { ScanOptions } from "../types";
import { BaselineError, DEFAULT_BASELINE_PATH, parseBaseline } from "./baseline";
import type { Baseline } from "./baseline";
import type { ConfigProblem } from "./json-document";
import { IgnorePaths } from "./path-filter";
import { EMPTY_PROJECT_CONFIG, parseProjectConfig, PROJECT_CONFIG_FILE } from "./project-config";
import { parseSecretlintAllows, SECRETLINT_CONFIG_FILE } from "./secretlint-allows";

/**
 * Reads a file given by a path relative to the folder root (or absolute). Resolves to undefined
 * when the file does not exist; rejects when it exists but cannot be read.
 */
export type PolicyFileReader = (path: string) => Promise<string | undefined>;

export interface PolicyFileProblems {
  /** The path the file was read from, as given to the reader. */
  readonly file: string;
  readonly problems: readonly ConfigProblem[];
}

export interface WorkspacePolicy {
  /** One object per load: the engine caches its rule set per options object. */
  readonly options: ScanOptions;
  readonly ignorePaths: IgnorePaths;
  /** Where the baseline is (or would be written), relative to the folder root. */
  readonly baselinePath: string;
  /** Absent when there is no baseline file, or it could not be used (see baselineError). */
  readonly baseline: Baseline | undefined;
  /** Why the baseline file could not be used. */
  readonly baselineError?: string;
  readonly configFound: boolean;
  /** Problems by file: the configuration, the secretlint configuration. */
  readonly problems: readonly PolicyFileProblems[];
  /** How many of the configuration's custom rules were left out for a problem. */
  readonly droppedCustomRules: number;
  /** Every file this policy depends on, found or not: watch these to know when to reload. */
  readonly sources: readonly string[];
}

export interface LoadPolicyOptions {
  /** Another configuration file than `.secrethygiene.json` at the root. */
  readonly configPath?: string;
  /** Another baseline than the configuration names; `false` to use none. */
  readonly baselinePath?: string | false;
  /** Added to the options (the CLI reports secrets only unless asked). */
  readonly includeConfig?: boolean;
}

/** Loads a folder's policy. Missing files mean defaults; unreadable files reject. */
export async function loadWorkspacePolicy(read: PolicyFileReader, options: LoadPolicyOptions = {}): Promise<WorkspacePolicy> {
  const configPath = options.configPath ?? PROJECT_CONFIG_FILE;
  const [configText, secretlintText] = await Promise.all([read(configPath), read(SECRETLINT_CONFIG_FILE)]);
  const config = configText === undefined ? EMPTY_PROJECT_CONFIG : parseProjectConfig(configText);
  const secretlint = secretlintText === undefined ? undefined : parseSecretlintAllows(secretlintText);

  const problems: PolicyFileProblems[] = [];
  if (config.problems.length > 0) problems.push({ file: configPath, problems: config.problems });
  if (secretlint && secretlint.problems.length > 0) problems.push({ file: SECRETLINT_CONFIG_FILE, problems: secretlint.problems });

  const allow = [...(config.options.allow ?? []), ...(secretlint?.allow ?? [])];
  const scanOptions: ScanOptions = {
    ...config.options,
    ...(allow.length > 0 ? { allow } : {}),
    ...(options.includeConfig !== undefined ? { includeConfig: options.includeConfig } : {}),
  };

  const baselinePath = options.baselinePath === false ? config.baselinePath : (options.baselinePath ?? config.baselinePath ?? DEFAULT_BASELINE_PATH);
  let baseline: Baseline | undefined;
  let baselineError: string | undefined;
  if (options.baselinePath !== false) {
    const baselineText = await read(baselinePath);
    if (baselineText !== undefined) {
      try {
        baseline = parseBaseline(baselineText);
      } catch (error) {
        if (!(error instanceof BaselineError)) throw error;
        baselineError = error.message;
      }
    }
  }
  return {
    options: scanOptions,
    ignorePaths: new IgnorePaths(config.ignorePaths),
    baselinePath,
    baseline,
    ...(baselineError !== undefined ? { baselineError } : {}),
    configFound: configText !== undefined,
    problems,
    droppedCustomRules: config.droppedCustomRules,
    sources: [configPath, SECRETLINT_CONFIG_FILE, baselinePath],
  };
}
