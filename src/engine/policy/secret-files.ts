import { isBuildOutputDirectory } from "../file-policy";
import { BUILT_IN_RULES } from "../rules";

/**
 * Files git-ignored because they hold secrets, which is exactly why a scan must read them: a folder
 * scan that leaves out what `.gitignore` matches (the CLI's, the editor's workspace scan) reads
 * these all the same. One list, so the Problems panel and CI leave out the same files.
 */

/** A kind of file, by its name (the last part of the path), and where it comes from. */
interface SecretFileName {
  readonly matches: RegExp;
  readonly why: string;
}

const SECRET_FILE_NAMES: readonly SecretFileName[] = [
  { matches: /^\.env/, why: "`.env`, `.env.local`, `.env.production`, `.env_prod`, direnv's `.envrc`" },
  { matches: /.\.env$/, why: "`prod.env`: docker compose's `env_file:`" },
  { matches: /^local\.settings\.json$/, why: "Azure Functions' local settings, with the storage account's key" },
  { matches: /.\.tfvars(?:\.json)?$/, why: "Terraform's `terraform.tfvars`, `*.auto.tfvars` and their `.json` forms" },
  { matches: /^secrets\.json$/, why: ".NET user secrets, and others' secrets files" },
  { matches: /^\.dev\.vars(?:\.|$)/, why: "Cloudflare Wrangler's `.dev.vars` and `.dev.vars.<environment>`" },
  // ASP.NET Core reads names case-insensitively on Windows: `appsettings.Development.Local.json`.
  { matches: /^appsettings\.(?:[^/]+\.)?local\.json$/i, why: "`appsettings.local.json`, `appsettings.<environment>.local.json`" },
  { matches: /^credentials\.json$/, why: "Google's OAuth client file, as its quickstarts name it" },
];

/** Secret files known by their folder as well as their name (`/` separators). */
const SECRET_FILE_PATHS: readonly SecretFileName[] = [
  { matches: /(?:^|\/)\.envs\//, why: "every file under a `.envs/` folder, as cookiecutter-django keeps them (`.envs/.production/.django`)" },
  { matches: /(?:^|\/)\.streamlit\/secrets\.toml$/, why: "Streamlit's secrets" },
];

/**
 * The engine's rules that a file's name wakes (Rails' `config/master.key`, Compose's
 * `secrets/db_password.txt`, `.erlang.cookie`, `.pgpass`, `sasl_passwd`…): the files they read
 * are named for secrets, so one list says both what they look in and what a scan reads.
 */
const NAMED_BY_RULES: readonly ((filePath: string) => boolean)[] = BUILT_IN_RULES.flatMap((rule) => {
  const { fileName, namesSecretFile } = rule;
  if (fileName === undefined) return [];
  return [(filePath: string) => fileName.test(filePath) && (namesSecretFile?.(filePath) ?? true)];
});

/** True when a path (relative, `/` or `\` separators) names a file that holds secrets by its kind. */
export function isSecretFile(relativePath: string): boolean {
  const normalized = relativePath.replace(/\\/g, "/");
  const name = normalized.slice(normalized.lastIndexOf("/") + 1);
  return (
    SECRET_FILE_NAMES.some((kind) => kind.matches.test(name)) ||
    SECRET_FILE_PATHS.some((kind) => kind.matches.test(normalized)) ||
    NAMED_BY_RULES.some((namedBy) => namedBy(normalized))
  );
}

/**
 * True when a path (relative, `/` separators) lies in a git-ignored build-output folder (see
 * isBuildOutputDirectory): a secret file there is a copy of the source's, not one to scan.
 * @param isIgnoredFolder whether `.gitignore` leaves out a folder (a path relative as `relativePath` is).
 */
export function inIgnoredBuildOutput(relativePath: string, isIgnoredFolder: (folder: string) => boolean): boolean {
  const folders = relativePath.split("/").slice(0, -1);
  return folders.some((name, index) => isBuildOutputDirectory(name) && isIgnoredFolder(folders.slice(0, index + 1).join("/")));
}
