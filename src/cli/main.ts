import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseCommandLine, UsageError, USAGE } from "./args";
import type { Command } from "./args";
import { applyBaseline, baselineReplacementRefusal, writeBaseline } from "./baseline-file";
import { baselineRoot } from "./baseline-root";
import { FileSelection } from "./file-selection";
import { formatJson } from "./formatters/json";
import { describeFsError } from "./fs-errors";
import { makeParentFolders } from "./parent-folders";
import { formatSarif } from "./formatters/sarif";
import { formatStylish } from "./formatters/stylish";
import { outputFileRefusal, ownPolicyFile } from "./output-target";
import { loadCliPolicy } from "./policy";
import { ExitCode, scanExitCode } from "./report";
import type { ConfigNotice, ScanReport } from "./report";
import { scanPaths, toDisplayPath } from "./run-scan";
import { GitError, repositoryLayout } from "./git";
import type { GitFailureKind } from "./git";
import { scanStaged } from "./staged";
import { forTerminal } from "./terminal-text";
import { TOOL_VERSION } from "./version";
import { DEFAULT_BASELINE_PATH, PROJECT_CONFIG_FILE } from "../engine";

export async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv, Boolean(process.stdout.isTTY), process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      // Node's own messages can run to several lines ("argument is ambiguous.\nDid you forget…"):
      // their line breaks stay line breaks, each line is escaped.
      // The whole usage for a bare command; otherwise the message and where the options are, so
      // a CI log shows the mistake rather than fifty lines of help.
      const help = argv.length === 0 ? `\n${USAGE}` : "Run 'secret-hygiene --help' for the options.\n";
      process.stderr.write(`secret-hygiene: ${error.message.split("\n").map(forTerminal).join("\n")}\n${help}`);
      return ExitCode.Error;
    }
    throw error;
  }
  if (command.name === "help") {
    process.stdout.write(USAGE);
    return ExitCode.Clean;
  }
  if (command.name === "version") {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return ExitCode.Clean;
  }
  if (command.name === "run") {
    // Loaded on demand: the Azure SDK would slow every `scan` in a pre-commit hook.
    const { runWithSecrets } = await import("./run-command");
    return runWithSecrets(command, (line) => process.stderr.write(`${forTerminal(line)}\n`));
  }

  const [cwd, scanCommand] = await stagedFromRepositoryTop(process.cwd(), command);
  command = scanCommand;
  const loaded = await loadCliPolicy(cwd, command);
  if ("error" in loaded) {
    complain(loaded.error);
    return ExitCode.Error;
  }
  const { policy, notices, droppedCustomRulesIn } = loaded;
  // On stderr whatever the format: a configuration mistake must not pass unnoticed in CI.
  for (const notice of notices) process.stderr.write(`${forTerminal(describeNotice(notice))}\n`);
  // A custom rule left out would make a clean run mean nothing for what it looks for, as an
  // unreadable baseline would for what it accepts.
  if (droppedCustomRulesIn !== undefined) {
    complain(`a custom rule in '${droppedCustomRulesIn}' could not be loaded (see above), so this run would not look for what it finds: fix the rule`);
    return ExitCode.Error;
  }

  if (command.outputFile && !command.updateBaseline) {
    const refusal = await outputFileRefusal(cwd, command.outputFile, { baselinePath: policy.baselinePath, configPath: command.configPath });
    if (refusal) {
      complain(refusal);
      return ExitCode.Error;
    }
  }

  const ownFiles = new Set([toDisplayPath(cwd, policy.baselinePath)]);
  // A baseline named above the current folder keeps its own folder's paths (see baselineRoot).
  const fingerprintRoot = baselineRoot(cwd, policy.baselinePath, policy.baseline?.entries.map((entry) => entry.file));
  let scanned;
  let selection: FileSelection | undefined;
  if (command.staged) {
    try {
      scanned = await scanStaged({ paths: command.paths, maxFileSizeKb: command.maxFileSizeKb, cwd, scanOptions: policy.options, ignorePaths: policy.ignorePaths, ownFiles, baselineRoot: fingerprintRoot });
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      complain(`cannot read the staged files: ${error.message}`);
      return ExitCode.Error;
    }
  } else {
    try {
      scanned = await scanPaths({
        paths: command.paths,
        maxFileSizeKb: command.maxFileSizeKb,
        cwd,
        scanOptions: policy.options,
        baselineRoot: fingerprintRoot,
        // Each path is judged by its own repository's .gitignore files and tracked files. The report
        // of an earlier run with the same -o is about to be replaced: not a file to scan.
        selection: (selection = new FileSelection(
          cwd,
          policy.ignorePaths,
          command.respectGitignore,
          command.outputFile ? new Set([...ownFiles, toDisplayPath(cwd, command.outputFile), path.resolve(cwd, command.outputFile)]) : ownFiles,
        )),
      });
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      complain(gitFailure(error));
      return ExitCode.Error;
    }
  }
  const readErrors = scanned.skipped.filter((entry) => entry.isError);
  for (const skipped of readErrors) complain(`cannot read '${skipped.displayPath}': ${skipped.reason}`);
  for (const notice of scanned.configNotices) process.stderr.write(`${forTerminal(describeNotice(notice))}\n`);
  // Nothing read and nothing skipped: a CI step run in the wrong folder would pass in silence
  // (a JSON or SARIF report says it in a field nobody reads), so it fails once its report is out.
  // Staged: an empty commit is normal. (A baseline may still be written for an empty repository.)
  const nothingScanned = !command.staged && scanned.filesScanned === 0 && scanned.skipped.length === 0;
  if (nothingScanned) {
    complain(`no files were scanned in ${command.paths.map((p) => `'${p}'`).join(", ")}: check the path (dependency folders, .git, and what .gitignore or the configuration's ignorePaths leave out are not read)`);
  }

  if (command.updateBaseline) {
    const policyFile = ownPolicyFile(cwd, policy.baselinePath, command.configPath);
    if (policyFile) {
      complain(`'${policy.baselinePath}' is ${policyFile}, not a baseline, so it is left as it is: name another file with --baseline`);
      return ExitCode.Error;
    }
    if (policy.baselineError !== undefined) {
      const refusal = await baselineReplacementRefusal(cwd, policy.baselinePath);
      if (refusal !== undefined) {
        complain(`'${policy.baselinePath}' is not a baseline (${refusal}), so it is left as it is: remove it or name another file with --baseline`);
        return ExitCode.Error;
      }
      // Written anew, it holds only what this run found: a run on some paths (a subfolder of the
      // baseline's), or one that could not read a file, would drop the rest. (Files left out on
      // purpose, generated files, binaries and links, have no entries to drop.)
      const whole = !command.staged && readErrors.length === 0 && command.paths.every((p) => path.relative(fingerprintRoot, path.resolve(cwd, p)) === "");
      if (!whole) {
        complain(
          `the baseline '${policy.baselinePath}' could not be read (${policy.baselineError}), and this run did not scan everything, so writing it anew would drop the other entries: fix the file, or run --update-baseline on the whole repository`,
        );
        return ExitCode.Error;
      }
      complain(`the baseline '${policy.baselinePath}' could not be read (${policy.baselineError}); writing it anew`);
    }
    let update;
    try {
      // (Always a folder scan here: --staged cannot update the baseline.)
      const localOnly = selection && ((file: string) => selection.isLocalOnly(path.resolve(cwd, file)));
      update = await writeBaseline(cwd, policy.baselinePath, scanned, policy.baseline, command.paths, localOnly);
    } catch (error) {
      complain(`cannot write the baseline '${policy.baselinePath}': ${describeFsError(error)}`);
      return ExitCode.Error;
    }
    const kept = update.kept > 0 ? ` Kept ${update.kept} ${plural(update.kept, "entry", "entries")} for paths this run did not scan.` : "";
    process.stdout.write(
      `Baseline ${forTerminal(policy.baselinePath)}: recorded ${update.recorded} ${plural(update.recorded, "finding", "findings")} ` +
        `in ${update.files} ${plural(update.files, "file", "files")}.${kept}\n`,
    );
    // Still reported by a scan: a developer sees them, and the baseline does not hide them.
    for (const file of update.notRecorded) {
      process.stdout.write(`${forTerminal(`Not recorded: ${file.findings} ${plural(file.findings, "finding", "findings")} in ${file.displayPath} (git-ignored, not committed).`)}\n`);
    }
    if (hasConfigErrors(notices)) {
      complain(`${describePolicyFiles(notices)} has errors (see above): the baseline is written, but fix them, or later runs may not check what you expect`);
      return ExitCode.Error;
    }
    return readErrors.length > 0 ? ExitCode.Error : ExitCode.Clean;
  }

  const report = { ...applyBaseline(scanned, policy.baseline), configNotices: [...notices, ...scanned.configNotices] };
  // Worked out before the report is formatted: SARIF records it, and must say what CI will see.
  // A configuration that does not say what its author meant (it does not parse, a key is
  // misspelled) makes a clean run mean nothing, as a run that read nothing does: either fails
  // once its report is out.
  const configErrors = hasConfigErrors(notices);
  const exitCode = configErrors || nothingScanned ? ExitCode.Error : scanExitCode(report);
  const text =
    command.format === "sarif"
      ? formatSarif(report, TOOL_VERSION, exitCode)
      : command.format === "json"
        ? formatJson(report, TOOL_VERSION)
        : formatStylish(report, { color: command.color });
  if (command.outputFile) {
    // `scan app.py -o app.py` would replace the source with its own report. (A folder's walk leaves
    // the report file out.)
    const target = path.resolve(cwd, command.outputFile);
    if (scanned.files.some((file) => path.resolve(cwd, file.absolutePath) === target)) {
      complain(`'${command.outputFile}' is one of the files scanned: write the report elsewhere`);
      return ExitCode.Error;
    }
    try {
      await makeParentFolders(target);
      await fs.writeFile(target, text);
    } catch (error) {
      complain(`cannot write the report to '${command.outputFile}': ${describeFsError(error)}`);
      return ExitCode.Error;
    }
    // The console would show nothing else: a CI log must say why the step failed, and where to look.
    // (On standard output, which the report left free: a pipeline step that fails on anything
    // written to stderr must not fail on a clean run.)
    process.stdout.write(`${forTerminal(outcomeLine(report, command.outputFile))}\n`);
  } else {
    process.stdout.write(text);
  }
  if (configErrors) complain(`${describePolicyFiles(notices)} has errors (see above): fix them, or this run may not check what you expect`);
  return exitCode;
}

/** `3 secrets found in 2 files (40 files scanned): report written to 'results.sarif'`, for a run whose report went to a file. */
function outcomeLine(report: ScanReport, outputFile: string): string {
  if (report.filesScanned === 0 && report.skipped.length === 0) return `nothing scanned (0 files): report written to '${outputFile}'`;
  if (report.filesScanned === 0 && report.skipped.every((skipped) => !skipped.isError)) {
    return `nothing scanned (0 files scanned, ${report.skipped.length} skipped): report written to '${outputFile}'`;
  }
  const secrets = report.files.reduce((sum, file) => sum + file.findings.filter((finding) => finding.kind === "secret").length, 0);
  const files = report.files.filter((file) => file.findings.some((finding) => finding.kind === "secret")).length;
  const found = secrets === 0 ? "no secrets found" : `${secrets} ${plural(secrets, "secret", "secrets")} found in ${files} ${plural(files, "file", "files")}`;
  return `${found} (${report.filesScanned} ${plural(report.filesScanned, "file", "files")} scanned): report written to '${outputFile}'`;
}

function hasConfigErrors(notices: readonly ConfigNotice[]): boolean {
  return notices.some((notice) => notice.severity === "error");
}

/** The configuration files that `notices` are about, named for a message. */
function describePolicyFiles(notices: readonly ConfigNotice[]): string {
  const files = [...new Set(notices.filter((notice) => notice.severity === "error").map((notice) => `'${notice.file}'`))];
  return files.join(" and ");
}

type ScanCommand = Extract<Command, { name: "scan" }>;

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * `--staged` is about the repository, as a pre-commit hook runs it from the top folder: the
 * top's configuration and baseline apply, and paths given below it are made the top's, so a
 * run from a subfolder checks a commit as the hook does. A subfolder with a configuration or a
 * baseline of its own (a package of a monorepo, whose hook runs there), or a run that names
 * its own, stays where it is.
 */
async function stagedFromRepositoryTop(cwd: string, command: ScanCommand): Promise<[string, ScanCommand]> {
  if (!command.staged || command.configPath !== undefined || typeof command.baselinePath === "string") return [cwd, command];
  if ((await exists(path.join(cwd, PROJECT_CONFIG_FILE))) || (await exists(path.join(cwd, DEFAULT_BASELINE_PATH)))) return [cwd, command];
  // Where git cannot be run, the staged scan says why.
  const top = (await repositoryLayout(cwd).catch((error: unknown) => {
    if (error instanceof GitError) return undefined;
    throw error;
  }))?.top;
  // (git gives the top as a real path; the current folder may be reached through a link.)
  const realCwd = await fs.realpath(cwd).catch(() => path.resolve(cwd));
  if (!top || top === realCwd) return [cwd, command];
  // Absolute paths stay as given: the staged scan resolves them, links and all.
  const fromTop = (file: string) => (path.isAbsolute(file) ? file : path.relative(top, path.resolve(realCwd, file)) || ".");
  return [
    top,
    {
      ...command,
      paths: command.paths.map(fromTop),
      outputFile: command.outputFile === undefined ? undefined : fromTop(command.outputFile),
    },
  ];
}

/**
 * Why a folder scan stops when git fails in a repository. It fails rather than scan on (exit 2, as
 * for a file it cannot read): without git's list, a committed file `.gitignore` matches would pass
 * unread. Scanning every git-ignored file instead would report build output and local files no
 * clone has, findings a developer cannot reproduce and a baseline does not hold, under a warning
 * a passing CI log hides. The fix is one line, and --no-gitignore is there to choose that.
 */
function gitFailure(error: GitError): string {
  return (
    `${error.message}, so the files it tracks that .gitignore matches cannot be told from the rest, and would not be scanned. ` +
    `Let git read the repository (${GIT_REMEDIES[error.kind]}), or scan every file .gitignore matches with --no-gitignore`
  );
}

/** What lets git read the repository, by why it could not: advice about installing git helps only where it is missing. */
const GIT_REMEDIES: Readonly<Record<GitFailureKind, string>> = {
  "not-installed": "install git",
  "dubious-ownership": "in a container job whose checkout belongs to another user, git config --global --add safe.directory <folder>",
  other: "mend or remove that folder's .git",
};

/** A line on stderr; names and text from the repository in it are shown with control characters escaped. */
function complain(text: string): void {
  process.stderr.write(`secret-hygiene: ${forTerminal(text)}\n`);
}

/** `file:line:column: severity: message`, the form editors and CI logs turn into links. */
function describeNotice(notice: ConfigNotice): string {
  return `${notice.file}:${notice.line}:${notice.column}: ${notice.severity}: ${notice.message}`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
