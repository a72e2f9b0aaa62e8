import { parseArgs } from "node:util";

export type OutputFormat = "stylish" | "json" | "sarif";
const FORMATS: readonly OutputFormat[] = ["stylish", "json", "sarif"];

export const DEFAULT_MAX_FILE_SIZE_KB = 1024;

export type Command =
  | { readonly name: "help" }
  | { readonly name: "version" }
  | {
      readonly name: "scan";
      readonly paths: readonly string[];
      readonly format: OutputFormat;
      readonly outputFile: string | undefined;
      readonly maxFileSizeKb: number;
      readonly color: boolean;
      /** `--config`: another file than `.secrethygiene.json` in the current folder. */
      readonly configPath: string | undefined;
      /** `--baseline`: another baseline than the configuration names; false for `--no-baseline`. */
      readonly baselinePath: string | false | undefined;
      readonly updateBaseline: boolean;
      /** Report `config` findings too (host names, internal URLs), not only secrets. */
      readonly includeConfig: boolean;
      readonly respectGitignore: boolean;
      /** Scan what is staged for commit (git's index), not the files on disk. */
      readonly staged: boolean;
    }
  | {
      readonly name: "run";
      /** The .env file whose Key Vault and App Configuration references are resolved (default `.env`). */
      readonly envFile: string;
      readonly credential: "default" | "azureCli";
      /** The program and its arguments, after `--`. */
      readonly command: readonly string[];
    };

/** A mistake in the command line: reported with the usage text and exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: secret-hygiene scan [paths...] [options]
       secret-hygiene run [-e, --env-file FILE] [--credential default|azureCli] -- <command> [args...]

Scans files and folders (default: the current folder) for hardcoded secrets.
Run it from the repository root: paths, .secrethygiene.json and the baseline are read from there.

Options:
  -f, --format <stylish|json|sarif>  Output format (default: stylish)
  -o, --output <file>                Write the report to a file instead of standard output
      --include-config               Also report configuration values (host names, internal URLs),
                                     not only secrets
      --config <file>                Read this file instead of .secrethygiene.json
      --baseline <file>              Leave out the findings this baseline lists (default: the
                                     configuration's "baseline", .secrethygiene-baseline.json,
                                     when that file exists)
      --update-baseline              Record every current finding in the baseline and exit 0
                                     (not those of git-ignored files git does not track)
      --no-baseline                  Report baselined findings too
      --no-gitignore                 Also scan files that .gitignore files leave out
      --staged                       Scan the content staged for commit (git's index) instead of
                                     the files on disk; paths, if given, limit it (pre-commit hooks)
      --max-file-size <KB>           Skip files larger than this (default: ${DEFAULT_MAX_FILE_SIZE_KB})
      --no-color                     Plain text output (also when NO_COLOR is set or TERM=dumb)
  -h, --help                         Show this help
  -v, --version                      Show the version

Folders: dependency and VCS folders are skipped, and so is what .gitignore files leave out,
except files git tracks and files named for the secrets they hold (.env*, *.env,
local.settings.json, *.tfvars, secrets.json, config/master.key, db_password.txt and others),
which are scanned unless they are a build's copies (in a git-ignored bin/, obj/, build/, dist/,
out/ or target/).
Each folder is judged by its own repository's .gitignore files and tracked files.
.secrethygiene.json can leave out more ("ignorePaths"), allow values, switch rules off and add
rules. Inline, a comment with secret-hygiene-ignore (this line) or
secret-hygiene-ignore-next-line silences a finding.

run: starts <command> with the variables of FILE (default .env) in its environment, each
@Microsoft.KeyVault(SecretUri=...) or @Microsoft.KeyVault(VaultName=...;SecretName=...) value
replaced by the secret, and each @Microsoft.AppConfiguration(Endpoint=...; Key=...; Label=...)
value (Label optional) by the key-value (a Key Vault reference key-value by its secret), read with
DefaultAzureCredential (or the Azure CLI's sign-in). Values exist only in the child's
environment. Exits with the command's exit code (127 if it is not found, 126 if it cannot be
run), 2 if a reference cannot be resolved.
SECRET_HYGIENE_EMULATOR_INFO=<file> allows the local emulator's vaults and stores.

Exit codes: 0 no secrets found, 1 secrets found, 2 any of: a usage error; a path or output file
that could not be read or written; a baseline that cannot be used; a custom rule that cannot be
loaded; an error in the configuration (reported after the report); git unable to read the
repository a named folder is in, or not installed where a folder holds a repository; nothing
scanned at all (outside --staged). Findings the baseline lists do not count, nor do configuration values.
Secret values are never printed: every format shows a redacted preview.
`;

/**
 * `run`'s own options end where the command starts: at `--`, or at the first word that is not
 * an option (`run node -v` runs `node -v`; it does not print our version). Scan's options are
 * not run's: they are refused rather than ignored.
 */
function parseRunCommandLine(argv: readonly string[]): Command {
  const options: string[] = [];
  let command: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") {
      command = argv.slice(i + 1);
      break;
    }
    if (!token.startsWith("-") || token === "-") {
      command = argv.slice(i);
      break;
    }
    options.push(token);
    // An option that takes a value takes the next word, unless it was written `--name=value`.
    if (/^(?:-e|--env-file|--credential)$/.test(token) && i + 1 < argv.length) options.push(argv[++i]!);
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: options,
      strict: true,
      options: {
        // `-e` too: Node 20 itself reads `--env-file` wherever it stands, and exits 9 on a missing file.
        "env-file": { type: "string", short: "e", multiple: true },
        credential: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (run takes --env-file and --credential, then the command)`);
  }
  // (Taken last-wins, a second `-e` would drop the first file's variables without a word; docker
  // and dotenv-cli users expect them merged.)
  if ((values["env-file"]?.length ?? 0) > 1) throw new UsageError("--env-file was given more than once: run reads one env file, so put the variables in one file");
  if ((values.credential?.length ?? 0) > 1) throw new UsageError("--credential was given more than once");
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  if (command.length === 0) throw new UsageError("run needs a command: secret-hygiene run -- <command> [args...]");
  const credential = values.credential?.[0] ?? "default";
  if (credential !== "default" && credential !== "azureCli") throw new UsageError(`--credential must be 'default' or 'azureCli', not '${credential}'`);
  const envFile = values["env-file"]?.[0];
  if (envFile === "") throw new UsageError("--env-file needs a file name");
  return { name: "run", envFile: envFile ?? ".env", credential, command };
}

function forcesColor(value: string | undefined): boolean {
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

export function parseCommandLine(argv: readonly string[], isTty: boolean, env: NodeJS.ProcessEnv): Command {
  if (argv[0] === "run") return parseRunCommandLine(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        "max-file-size": { type: "string" },
        "no-color": { type: "boolean" },
        "include-config": { type: "boolean" },
        config: { type: "string" },
        baseline: { type: "string" },
        "update-baseline": { type: "boolean" },
        "no-baseline": { type: "boolean" },
        "no-gitignore": { type: "boolean" },
        staged: { type: "boolean" },
        // Run's, read here only to say they are run's.
        "env-file": { type: "string", short: "e" },
        credential: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...paths] = positionals;
  // (`run` first is parsed by parseRunCommandLine: here an option stood before it, and the
  // command's own options, `-v` among them, were read as ours.)
  if (command === "run") throw new UsageError("run's options come after it: secret-hygiene run [-e FILE] -- <command> [args...]");
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  if (command === undefined) throw new UsageError("missing command: try 'secret-hygiene scan .'");
  if (command !== "scan") throw new UsageError(`unknown command '${command}': use 'scan' or 'run'`);
  if (values["env-file"] !== undefined || values.credential !== undefined) throw new UsageError("--env-file and --credential belong to 'run'");

  const format = (values.format ?? "stylish") as OutputFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown format '${values.format}': use one of ${FORMATS.join(", ")}`);
  }
  let maxFileSizeKb = DEFAULT_MAX_FILE_SIZE_KB;
  if (values["max-file-size"] !== undefined) {
    maxFileSizeKb = Number(values["max-file-size"]);
    // Written in decimal: `0x10` and `1e3` parse as numbers, but nobody means them as a size.
    if (!/^\d+(?:\.\d+)?$/.test(values["max-file-size"]) || maxFileSizeKb <= 0) {
      throw new UsageError(`--max-file-size must be a positive number of kilobytes, got '${values["max-file-size"]}'`);
    }
  }
  if (values.output === "") throw new UsageError("--output needs a file name");
  if (values.config === "") throw new UsageError("--config needs a file name");
  if (values.baseline === "") throw new UsageError("--baseline needs a file name");
  if (values["no-baseline"] && (values.baseline !== undefined || values["update-baseline"])) {
    throw new UsageError("--no-baseline cannot be combined with --baseline or --update-baseline");
  }
  // The baseline is that run's output: a report file beside it would be left unwritten, and a
  // report format would not apply (`--update-baseline -f sarif > results.sarif` would write no SARIF).
  if (values["update-baseline"] && (values.output !== undefined || values.format !== undefined)) {
    throw new UsageError(`--update-baseline writes the baseline, not a report: it cannot be combined with ${values.output !== undefined ? "--output" : "--format"}`);
  }
  if (values.staged && (values["update-baseline"] || values["no-gitignore"])) {
    throw new UsageError("--staged scans what git will commit: it cannot be combined with --update-baseline or --no-gitignore");
  }
  return {
    name: "scan",
    paths: paths.length > 0 ? paths : values.staged ? [] : ["."],
    format,
    outputFile: values.output,
    maxFileSizeKb,
    // NO_COLOR (no-color.org) turns colour off, and so does a dumb terminal; FORCE_COLOR (set and
    // not empty, 0 or false) turns it on, in CI logs that render it too. --no-color and a report
    // file win over both.
    color: !values["no-color"] && values.output === undefined && !env.NO_COLOR && (forcesColor(env.FORCE_COLOR) || (isTty && env.TERM !== "dumb")),
    configPath: values.config,
    baselinePath: values["no-baseline"] ? false : values.baseline,
    updateBaseline: values["update-baseline"] ?? false,
    includeConfig: values["include-config"] ?? false,
    respectGitignore: !values["no-gitignore"],
    staged: values.staged ?? false,
  };
}
