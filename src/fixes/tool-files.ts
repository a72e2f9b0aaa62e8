/**
 * Files a tool reads by itself: a password file, a package manager's lockfile. Nothing there
 * resolves a Key Vault reference, and the tool would take the reference's text for the password
 * (or the registry URL): the move would break the tool while the secret sat in the vault. Each is
 * refused with what does work for that tool. So are a few findings in any file whose place is
 * itself what stores the secret (a Key Vault secret resource, a Functions secrets file).
 */
import { isDockerfile, typePathOf } from "../engine/file-type";
import { generatedFileReason, isLockfile } from "../engine/file-policy";
import { secretStoringPlace } from "../engine/rules/azure-files";
import { isGemCredentialsFile } from "../engine/rules/gem-credentials";
import { isRailsKeyFile } from "../engine/rules/key-files";
import { isPgBouncerUserList } from "../engine/rules/pgbouncer-userlist";
import { isPgpassFile } from "../engine/rules/pgpass";
import { isRedisConfigFile } from "../engine/rules/redis-acl";
import { isSaslPasswdFile } from "../engine/rules/sasl-passwd";
import { toolSecretLinesReader, type ToolSecretLinesReader } from "../engine/rules/tool-secret-lines";
import { cellMagicRefusal } from "./cell-magic";
import { dockerfileRefusal } from "./dockerfile";
import { FixPlanError } from "./errors";

interface ToolFile {
  /** Whether a path is this tool's file. */
  readonly matches: (normalizedPath: string, baseName: string) => boolean;
  /** Who reads the file, and so why a reference cannot stand in it. */
  readonly reason: string;
  /** What to do instead, as the end of a sentence. */
  readonly instead: string;
}

/** For each tool whose credential lines the engine reads (toolSecretLinesReader), what to do instead. */
const TOOL_SECRET_LINES_INSTEAD: readonly (readonly [ToolSecretLinesReader, string])[] = [
  ["strongSwan", "write the file at deployment from Key Vault (or load the key with swanctl from a file the deployment writes), instead of committing it"],
  ["pppd", "write the file at deployment from Key Vault, instead of committing it"],
  ["isync (mbsync)", "replace Pass with PassCmd, which runs a command for the password (a credential store, or `az keyvault secret show --query value -o tsv …`)"],
  ["Yarn", 'move the registry\'s line to .npmrc as //host/:_authToken=${NPM_TOKEN} (Yarn 1 reads .npmrc too, and expands ${…} there) and set NPM_TOKEN with "Run with secrets"'],
];

const TOOL_FILES: readonly ToolFile[] = [
  {
    matches: (path) => isPgpassFile(path),
    reason: "libpq (psql and the PostgreSQL drivers) reads this file and cannot resolve a Key Vault reference",
    instead: 'delete the line and have libpq read the password from PGPASSWORD, which "Run with secrets" sets from Key Vault',
  },
  {
    matches: (path) => isRedisConfigFile(path),
    reason: "Redis reads this file and cannot resolve a Key Vault reference",
    instead: 'write the file at deployment from Key Vault, or start Redis with --requirepass "$REDIS_PASSWORD", which "Run with secrets" sets',
  },
  {
    matches: (path) => isPgBouncerUserList(path),
    reason: "PgBouncer reads this file (auth_file) and cannot resolve a Key Vault reference",
    instead: "let PgBouncer look users up in the database (auth_query with an auth_user), or write the file at deployment from Key Vault, instead of committing it",
  },
  {
    matches: (path) => isSaslPasswdFile(path),
    reason: "Postfix reads this table (through postmap) and cannot resolve a Key Vault reference",
    instead: "write the file at deployment from Key Vault, then run postmap, instead of committing it",
  },
  ...TOOL_SECRET_LINES_INSTEAD.map(([tool, instead]): ToolFile => ({
    matches: (path) => toolSecretLinesReader(path) === tool,
    reason: `${tool} reads this file and cannot resolve a Key Vault reference`,
    instead,
  })),
  {
    matches: (_, base) => base.endsWith(".tfstate") || base.endsWith(".tfstate.backup"),
    reason: "Terraform writes its state itself, every secret of every resource in it",
    instead: "keep the state out of the repository in a remote backend (azurerm: a storage account with access limited to the pipeline), delete it from git's history and rotate what it held",
  },
  {
    // (A reference written into `IDENTIFIED BY '…'` or an INSERT would become the password itself.)
    matches: (_, base) => base.endsWith(".sql"),
    reason: "A database runs this script and cannot resolve a Key Vault reference",
    instead: "have the script take the value as a variable (sqlcmd's $(Password), psql's :'password') and pass it from Key Vault with \"Run with secrets\", then rotate the old value",
  },
  {
    matches: (_, base) => base.endsWith(".pp"),
    reason: "Puppet compiles this manifest and cannot resolve a Key Vault reference (a password-hashing function would hash the reference's text)",
    instead: "look the value up when the catalog compiles, with Hiera (hiera-eyaml, or a Key Vault backend): `Sensitive(lookup('orders::db_password'))`, then rotate the old value",
  },
  {
    // A Pulumi project's program (`Pulumi.yaml`) and its stacks' settings (`Pulumi.dev.yaml`).
    matches: (_, base) => /^pulumi(?:\.[\w-]+)?\.ya?ml$/.test(base),
    reason: "Pulumi reads this file and cannot resolve a Key Vault reference (`${…}` names Pulumi's own config and variables)",
    instead: "set the value with `pulumi config set --secret <name>` (kept encrypted in the stack's settings, or read from Key Vault through a Pulumi ESC environment) and write `${<name>}` where it is used, then rotate the old value",
  },
  {
    matches: (_, base) => base === ".netrc" || base === "_netrc",
    reason: "curl, git and ftp read this file and cannot resolve a Key Vault reference",
    instead: "use a credential helper, or keep the file out of the repository",
  },
  {
    matches: (_, base) => base === ".htpasswd" || base.endsWith(".htpasswd"),
    reason: "The web server reads this file and cannot resolve a Key Vault reference",
    instead: "write the file at deployment instead of committing it",
  },
  {
    // `my.cnf`, `.my.cnf`, and the option files under `/etc/mysql/conf.d/` (`openssl.cnf` is not theirs).
    matches: (path, base) => base === "my.cnf" || base === ".my.cnf" || (base.endsWith(".cnf") && /(?:^|\/)(?:mysql|mariadb)[^/]*\//.test(path)),
    reason: "MySQL and MariaDB read this file and cannot resolve a Key Vault reference",
    instead: "keep the password out of it (mysql_config_editor stores a login path), or write the file at deployment",
  },
  {
    matches: (_, base) => base === ".pypirc",
    reason: "twine and pip read this file and cannot resolve a Key Vault reference",
    instead: 'delete the password here and set TWINE_PASSWORD, which "Run with secrets" sets from Key Vault',
  },
  {
    matches: (path) => path.endsWith(".docker/config.json"),
    reason: "Docker reads this file and cannot resolve a Key Vault reference",
    instead: "sign in through a credential store (`credsStore`), which keeps the password out of this file",
  },
  {
    matches: (path) => isRailsKeyFile(path),
    reason: "Rails reads this file to decrypt its credentials file and cannot resolve a Key Vault reference",
    instead: 'take the file out of the repository (Rails\' own .gitignore leaves it out) and set RAILS_MASTER_KEY, which "Run with secrets" sets from Key Vault',
  },
  {
    matches: (path) => isGemCredentialsFile(path),
    reason: "RubyGems reads this file for gem push and cannot resolve a Key Vault reference",
    instead: 'delete the key here and set GEM_HOST_API_KEY, which gem push reads and "Run with secrets" sets from Key Vault',
  },
  {
    matches: (path) => isLockfile(path),
    reason: "A package manager writes this lockfile from the registry's settings and would write the credential back",
    instead: "take the credential out of the registry URL where it is set (.npmrc, pip.conf, the source list), read it from the environment there, and write the lockfile again",
  },
];

/**
 * Why no move can rewrite this file, and what works instead, for a file a tool reads by itself
 * (see the table above); undefined for any other file. The quick fix shows it before anything runs.
 * `languageId` is the editor's where the path does not tell the language (a notebook cell, an
 * untitled editor): a SQL cell of `nb.ipynb` is a script a database runs, as `seed.sql` is.
 */
export function toolReadFileRefusal(filePath: string, languageId: string | undefined): string | undefined {
  const normalized = typePathOf(filePath, languageId).replace(/\\/g, "/").toLowerCase();
  const base = normalized.slice(normalized.lastIndexOf("/") + 1);
  const file = TOOL_FILES.find((candidate) => candidate.matches(normalized, base));
  return file && `${file.reason}: ${file.instead}.`;
}

/**
 * Findings whose value a reference cannot stand in for, whatever the file: the place that holds
 * it is itself what puts a secret where it is read.
 */
const RULE_REFUSALS: Readonly<Record<string, string>> = {
  "azure/key-vault-secret-resource":
    "This resource already puts the secret in Key Vault; the literal is the problem, in the template and in the deployment's history. Storing it again would collide with the secret the resource manages: pass the value as a @secure() parameter (a securestring in an ARM template) that the pipeline sets, or generate it at deployment, then rotate the old value.",
  "azure/api-management-secret-named-value":
    "API Management reads a named value from Key Vault by itself: store the secret in the vault, replace `value` with `keyVault: { secretIdentifier: '<the secret's URI>' }` and give the service's managed identity the Key Vault Secrets User role, then rotate the old value.",
  "generic/secret-file":
    "The file itself is the secret, and what reads it (a container that mounts it as a Compose or Swarm secret, RabbitMQ's cookie, MongoDB's keyFile) would read a reference as the secret: take the file out of the repository (.gitignore it), write it at deployment from Key Vault, then rotate the value.",
  "generic/openvpn-inline-password":
    "OpenVPN reads the profile's <auth-user-pass> block as written and cannot resolve a Key Vault reference: take the block out, let OpenVPN ask for the password (or point auth-user-pass at a file written at connection time from Key Vault), then rotate the value.",
  "azure/functions-secrets-file":
    "The Functions host reads its keys from this file and cannot resolve a Key Vault reference: set AzureWebJobsSecretStorageType to keyvault (with AzureWebJobsSecretStorageKeyVaultUri) so the host keeps its keys in the vault, take this file out of the repository and regenerate the keys it held.",
};

/**
 * Where a value sits that one of RULE_REFUSALS' places stores, whichever rule found it (an
 * identifiable Functions key in a secrets file is `azure/functions-key`'s finding, a vendor's token
 * in a Key Vault secret resource the vendor rule's): a reference written there would be stored
 * as the secret.
 */
function storingPlaceOwner(ruleId: string, text: string, start: number, end: number): string | undefined {
  return RULE_REFUSALS[ruleId] !== undefined ? ruleId : secretStoringPlace(text, start, end);
}

/** Pulumi's YAML programs store a Key Vault secret resource's value as their code says: a config secret instead. */
const PULUMI_SECRET_RESOURCE_REFUSAL =
  "This resource already puts the secret in Key Vault; the literal is the problem, in the program and in its history. Storing it again would collide with the secret the resource manages: set it as a Pulumi config secret (pulumi config set --secret <name>) and write value: ${<name>}, or generate it at deployment (a RandomPassword resource), then rotate the old value.";

/** The refusal for a finding whose place stores the secret, worded for the file's language. */
function storingPlaceRefusal(filePath: string, ruleId: string, text: string, start: number, end: number): string | undefined {
  const owner = storingPlaceOwner(ruleId, text, start, end);
  if (owner === undefined) return undefined;
  // (A Key Vault secret resource in YAML is Pulumi's: Bicep and ARM templates are not YAML.)
  if (owner === "azure/key-vault-secret-resource" && /\.ya?ml$/i.test(filePath)) return PULUMI_SECRET_RESOURCE_REFUSAL;
  return RULE_REFUSALS[owner];
}

/**
 * Why no move can take out the finding of `ruleId` at `[start, end)` of `text`, and what works
 * instead: its file is one a tool reads by itself, or its place stores the secret itself.
 * Undefined for most findings. The quick fix shows it before anything runs. The file's language is
 * its path's, or `languageId`'s where one is given (a notebook cell, an untitled editor), as the
 * replacement's is (typePathOf).
 */
export function moveRefusal(filePath: string, ruleId: string, text: string, start: number, end: number, languageId: string | undefined): string | undefined {
  const typePath = typePathOf(filePath, languageId, text);
  return generatedFileRefusal(typePath, text) ?? toolReadFileRefusal(filePath, languageId) ?? cellMagicRefusal(filePath, text, start) ?? storingPlaceRefusal(typePath, ruleId, text, start, end) ?? cloudFormationDefaultRefusal(text, start) ?? accountPasswordRefusal(typePath, ruleId) ?? dockerfileRefusal(filePath, text, start);
}

/**
 * A bundle, a minified file or a source map (generatedFileReason): the build writes it again from
 * its sources and environment, so an edit here would not last, and a browser bundle has no
 * environment to read.
 */
function generatedFileRefusal(filePath: string, text: string): string | undefined {
  const generated = generatedFileReason(filePath, text);
  return generated === undefined
    ? undefined
    : `This is ${generated}: the build writes it again from its sources and environment, so an edit here would not last. Move the secret where the build takes it from (the source file, or the build's environment), build again, and rotate the old value: it is in this file's history.`;
}

/** Scripts a shell runs, where `${NAME}` reads the password from the environment. */
const SHELL_SCRIPT = /\.(?:sh|bash|zsh|ksh|bats)$/;

/**
 * A system account's password (`echo 'root:…' | chpasswd`, cloud-init's `chpasswd:` list) outside
 * a shell script: a Dockerfile bakes it into an image layer and cloud-init sets it as written at
 * first boot; neither reads an environment variable or a Key Vault reference in its place.
 */
function accountPasswordRefusal(filePath: string, ruleId: string): string | undefined {
  if (ruleId !== "generic/account-password") return undefined;
  const normalized = filePath.replace(/\\/g, "/").toLowerCase();
  const base = normalized.slice(normalized.lastIndexOf("/") + 1);
  if (SHELL_SCRIPT.test(base)) return undefined;
  if (isDockerfile(base)) {
    return "Docker keeps this password in the image's layers and cannot resolve a Key Vault reference: pass it as a build secret (RUN --mount=type=secret,id=root_password, read from /run/secrets/root_password) that the pipeline sets from Key Vault, or set no password and sign in with SSH keys; then rotate the old value.";
  }
  if (/\.ya?ml$|^(?:user-data|cloud-config)(?:\.|$)/.test(base)) {
    return "cloud-init sets this password as written at first boot and cannot resolve a Key Vault reference: sign in with an SSH key (or let cloud-init choose RANDOM), or render user-data at deployment from Key Vault; then rotate the old value.";
  }
  return "This password is set as written where the machine or image is built (a Makefile, a Vagrantfile, a Packer template, a pipeline step), and that file cannot resolve a Key Vault reference: pass it in from the build's environment (a pipeline secret, or Run with Secrets) as the shell step's variable, or sign in with SSH keys; then rotate the old value.";
}

/** `Default: "…"` (or `"Default": "…"`) right before a value, in a template that declares CloudFormation's version or `NoEcho` parameters. */
const DEFAULT_BEFORE = /(?:^|[\s{,])["']?Default["']?[ \t]*:[ \t]*["']?$/;
const CLOUDFORMATION_TEMPLATE = /AWSTemplateFormatVersion|["']?NoEcho["']?[ \t]*:/;

/**
 * A CloudFormation parameter's default: CloudFormation takes the text written there as the value
 * (a reference or `${NAME}` would deploy as the password), so the default has to go.
 */
function cloudFormationDefaultRefusal(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!DEFAULT_BEFORE.test(text.slice(Math.max(lineStart, start - 200), start)) || !CLOUDFORMATION_TEMPLATE.test(text)) return undefined;
  return "CloudFormation deploys a parameter's Default as written and cannot resolve a Key Vault reference: delete the Default, keep NoEcho: true, and pass the value when the stack is deployed (from Key Vault in the pipeline, or a {{resolve:secretsmanager:…}} reference), then rotate the old value.";
}

/** Throws FixPlanError `unsupported` where {@link moveRefusal} gives a reason. */
export function refuseUnmovable(filePath: string, ruleId: string, text: string, start: number, end: number, languageId: string | undefined): void {
  const refusal = moveRefusal(filePath, ruleId, text, start, end, languageId);
  if (refusal !== undefined) throw new FixPlanError("unsupported", refusal);
}
