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
    };

/** A mistake in the command line: reported with the usage text and exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: secret-hygiene scan [paths...] [options]

Scans files and folders (default: the current folder) for hardcoded secrets.

Options:
  -f, --format <stylish|json|sarif>  Output format (default: stylish)
  -o, --output <file>                Write the report to a file instead of standard output
      --max-file-size <KB>           Skip files larger than this (default: ${DEFAULT_MAX_FILE_SIZE_KB})
      --no-color                     Plain text output (also when NO_COLOR is set)
  -h, --help                         Show this help
  -v, --version                      Show the version

Exit codes: 0 no secrets found, 1 secrets found, 2 usage or I/O error.
Secret values are never printed: every format shows a redacted preview.
`;

export function parseCommandLine(argv: readonly string[], isTty: boolean, env: NodeJS.ProcessEnv): Command {
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
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError("missing command: try 'secret-hygiene scan .'");
  if (command !== "scan") throw new UsageError(`unknown command '${command}': the only command is 'scan'`);

  const format = (values.format ?? "stylish") as OutputFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown format '${values.format}': use one of ${FORMATS.join(", ")}`);
  }
  let maxFileSizeKb = DEFAULT_MAX_FILE_SIZE_KB;
  if (values["max-file-size"] !== undefined) {
    maxFileSizeKb = Number(values["max-file-size"]);
    if (!Number.isFinite(maxFileSizeKb) || maxFileSizeKb <= 0) {
      throw new UsageError(`--max-file-size must be a positive number of kilobytes, got '${values["max-file-size"]}'`);
    }
  }
  if (values.output === "") throw new UsageError("--output needs a file name");
  return {
    name: "scan",
    paths: paths.length > 0 ? paths : ["."],
    format,
    outputFile: values.output,
    maxFileSizeKb,
    color: isTty && !values["no-color"] && env.NO_COLOR === undefined && values.output === undefined,
  };
}
