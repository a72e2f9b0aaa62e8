/**
 * Names a moved value gets: the Key Vault secret name, the environment variable the code reads and
 * the App Configuration key. They follow the mappings ASP.NET Core applies (`--` in a secret name
 * and `__` in an environment variable both stand for the configuration separator `:`), so one name
 * works through the Key Vault configuration provider, environment variables and App Configuration.
 */
import { isKeyVaultSecretName, MAX_SECRET_NAME_LENGTH } from "../engine/key-vault-names";
import { springEnvironmentVariable } from "./spring-property";

export { MAX_SECRET_NAME_LENGTH };
const ENVIRONMENT_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `ConnectionStrings:Default` and `ConnectionStrings__Default` are the same configuration path. */
function pathSegments(keyName: string): string[] {
  return keyName.split(/:|__/);
}

function baseName(filePath: string): string {
  const base = filePath.slice(Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Runs of characters a secret name cannot hold become one `-`; none at either end. */
function secretNameSegment(segment: string): string {
  return segment.replace(/[^0-9A-Za-z]+/g, "-").replace(/^-+|-+$/g, "");
}

function truncatedSecretName(name: string): string {
  return name.slice(0, MAX_SECRET_NAME_LENGTH).replace(/-+$/, "");
}

/**
 * A legal Key Vault secret name for the setting `keyName`: `:` and `__` become `--` (which the
 * ASP.NET Core provider maps back to `:`), other runs of illegal characters one `-`.
 * `ConnectionStrings:Default` → `ConnectionStrings--Default`, `DB_PASSWORD` → `DB-PASSWORD`,
 * `db.password` → `db-password`. Without a usable key name: file base name + rule id
 * (`src/config.ts`, `github/token` → `config-github-token`).
 */
export function secretNameFor(keyName: string | undefined, fallback: { readonly filePath: string; readonly ruleId: string }): string {
  const fromKey = keyName ? truncatedSecretName(pathSegments(keyName).map(secretNameSegment).filter(Boolean).join("--")) : "";
  if (fromKey) return fromKey;
  const derived = truncatedSecretName(secretNameSegment(`${baseName(fallback.filePath)}-${fallback.ruleId}`));
  return derived || "secret";
}

export type NameCheck = { readonly valid: true } | { readonly valid: false; readonly reason: string };

/** Whether Key Vault accepts `name`; the reason reads well under an input box. */
export function isValidSecretName(name: string): NameCheck {
  if (name.length === 0) return { valid: false, reason: "Enter a secret name." };
  if (name.length > MAX_SECRET_NAME_LENGTH) {
    return { valid: false, reason: `A secret name has at most ${MAX_SECRET_NAME_LENGTH} characters; this one has ${name.length}.` };
  }
  if (!isKeyVaultSecretName(name)) {
    const bad = [...name].find((ch) => !/[0-9A-Za-z-]/.test(ch)) ?? "";
    return { valid: false, reason: `A secret name holds only letters, digits and '-': ${JSON.stringify(bad)} is not allowed (use '--' for ':').` };
  }
  return { valid: true };
}

/**
 * `base` if it is free, otherwise `base-2`, `base-3`, … (shortening `base` to stay within 127
 * characters). `taken` is asked for each candidate, so pass a lookup of the vault's names.
 */
export function uniqueSecretName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; n < 10_000; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_SECRET_NAME_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
  throw new Error(`No free secret name found after ${base}-9999.`);
}

function environmentSegment(segment: string): string {
  return segment.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
}

/**
 * Names written with capitals inside that are one word, as their makers spell them and their tools'
 * variables read them: `GitHubToken` is GITHUB_TOKEN (the variable `gh` reads), not GIT_HUB_TOKEN;
 * `OpenAIApiKey` is OPENAI_API_KEY, `OAuthClientSecret` OAUTH_CLIENT_SECRET.
 */
const ONE_WORD_NAMES = [
  "GitHub", "GitLab", "BitBucket", "DevOps", "NuGet", "PyPI", "DockerHub", "JavaScript", "TypeScript", "PowerShell",
  "OAuth", "OpenID", "OpenAI", "SendGrid", "MailGun", "MailChimp", "PayPal", "HubSpot", "DigitalOcean", "CloudFlare", "SharePoint", "WordPress", "LinkedIn", "YouTube",
  "MySQL", "PostgreSQL", "MongoDB", "CosmosDB", "DynamoDB", "MariaDB", "CouchDB", "InfluxDB", "ElasticSearch", "RabbitMQ", "GraphQL",
  "AppInsights", "ApplicationInsights", "WebHook", "iOS", "macOS",
];
/**
 * One of them where it is a whole word of a name: not `GitHubs`, not inside a run of capitals; at
 * the name's start in lower camel case too (`gitHubToken`, but not the `gitHub` of `legitHub`).
 */
const ONE_WORD_NAME = new RegExp(
  String.raw`(?:(?<![A-Z])(?:${ONE_WORD_NAMES.filter((word) => /^[A-Z]/.test(word)).join("|")})|(?<![A-Za-z])(?:${ONE_WORD_NAMES.map((word) => word.charAt(0).toLowerCase() + word.slice(1)).join("|")}))(?![a-z])`,
  "g",
);

/**
 * `name` with each {@link ONE_WORD_NAMES} word capitalised as one (`GitHubToken` → `GithubToken`),
 * for the splitters that cut camel case into words at its capitals.
 */
export function withOneWordNames(name: string): string {
  return name.replace(ONE_WORD_NAME, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

/** `dbPassword`, `db.password`, `db-password` → `DB_PASSWORD`; `GitHubToken` → `GITHUB_TOKEN`. */
export function upperSnake(name: string): string {
  return environmentSegment(withOneWordNames(name).replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2"))
    .replace(/_+/g, "_")
    .toUpperCase();
}

/**
 * Variables a shell or the system sets for every process (`PWD` is the working directory; zsh sets
 * `HOST`, bash `HOSTTYPE`): a program that read its password or its service's URL from one would
 * get that instead, with no error.
 */
const RESERVED_VARIABLES = new Set(["PWD", "OLDPWD", "PATH", "HOME", "USER", "USERNAME", "LOGNAME", "SHELL", "TERM", "LANG", "TMP", "TEMP", "TMPDIR", "HOSTNAME", "HOST", "HOSTTYPE", "UID", "EUID", "PPID", "IFS", "PS1", "PS2", "RANDOM", "SECONDS", "LINENO", "SHLVL", "MAIL", "DISPLAY", "EDITOR", "PAGER", "TZ", "PATHEXT", "COMSPEC", "SYSTEMROOT", "WINDIR", "USERPROFILE", "APPDATA", "COMPUTERNAME", "PROMPT"]);

function asEnvironmentVariable(keyName: string): string {
  // A configuration path keeps its case: .NET reads `ConnectionStrings__Default` as `ConnectionStrings:Default`.
  const name = /:|__/.test(keyName) ? pathSegments(keyName).map(environmentSegment).filter(Boolean).join("__") : upperSnake(keyName);
  if (RESERVED_VARIABLES.has(name.toUpperCase())) return `${name}_SECRET`;
  return name && !ENVIRONMENT_VARIABLE.test(name) ? `_${name}` : name;
}

/**
 * The environment variable the code reads instead of the literal: a configuration path joins its
 * segments with `__` (`ConnectionStrings:Default` → `ConnectionStrings__Default`), any other name
 * becomes upper snake case (`password` → `PASSWORD`; a variable the system sets, `PWD`, gets
 * `_SECRET` after it). Without a key name, from the secret name (`config-github-token` →
 * `CONFIG_GITHUB_TOKEN`). Always matches `[A-Za-z_][A-Za-z0-9_]*`.
 */
export function environmentVariableFor(keyName: string | undefined, secretName: string): string {
  const fromKey = keyName ? asEnvironmentVariable(keyName) : "";
  if (fromKey) return fromKey;
  return asEnvironmentVariable(secretName.replace(/--/g, ":")) || "SECRET";
}

/**
 * `variable`, or where another secret's replacement reads it already (`taken`), the first of
 * `variable_2`, `variable_3`… that none reads: two `api_key` settings in one file must not both
 * read `API_KEY`, or one would get the other's secret.
 */
export function distinctEnvironmentVariable(variable: string, taken: (name: string) => boolean): string {
  for (let n = 1; n < 10_000; n++) if (!taken(numberedVariable(variable, n))) return numberedVariable(variable, n);
  throw new Error(`No free environment variable found after ${variable}_9999.`);
}

/** The `n`th variable of a setting's: `API_KEY`, `API_KEY_2`, `API_KEY_3`… */
export function numberedVariable(variable: string, n: number): string {
  return n === 1 ? variable : `${variable}_${n}`;
}

/** App Configuration refuses longer keys in practice: a key-value holds 10,000 characters in all. */
export const MAX_APP_CONFIGURATION_KEY_LENGTH = 1000;

/**
 * Why App Configuration, or the places a move writes the key, cannot take `key`; undefined when
 * they can. The service takes any character but `%`, and not the keys `.` and `..` (a path's
 * `.` segments). `*`, `,` and `\` are reserved in its filters (ASP.NET's configuration builder
 * refuses them in a key); `"`, `\` and control characters would need escaping in the code
 * (`configuration["…"]`) and the notes that name the key.
 */
export function appConfigurationKeyProblem(key: string): string | undefined {
  if (key.length === 0) return "Enter a key.";
  if (key === "." || key === "..") return `App Configuration does not take the key '${key}'.`;
  if (key.length > MAX_APP_CONFIGURATION_KEY_LENGTH) return `A key here has at most ${MAX_APP_CONFIGURATION_KEY_LENGTH} characters; this one has ${key.length}.`;
  const bad = [...key].find((ch) => "%*,\\\"".includes(ch) || ch < " " || ch === "\u007f");
  if (bad === "%") return "App Configuration refuses a key with %.";
  if (bad !== undefined) {
    return `An App Configuration key here holds no ${bad < " " || bad === "\u007f" ? "control character" : bad}: it is reserved in App Configuration's filters or would need escaping where the key is written (for example Orders:ServiceUrl).`;
  }
  return undefined;
}

/**
 * The `n`th key of a setting's: `host`, `host-2`, `host-3`… (shortened to stay within
 * MAX_APP_CONFIGURATION_KEY_LENGTH), as uniqueSecretName numbers a secret's. Its variable is
 * numbered with it (`HOST_2`), so two values moved under these keys never read one variable.
 */
export function numberedConfigurationKey(base: string, n: number): string {
  if (n === 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, MAX_APP_CONFIGURATION_KEY_LENGTH - suffix.length)}${suffix}`;
}

function appConfigurationSegment(segment: string): string {
  return segment.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
}

/** Labels that say what kind of host it is, not which: `api.fabrikam-shipping.com` is fabrikam-shipping's. */
const GENERIC_HOST_LABEL = /^(?:api|apis|www|app|apps|web|svc|service|services|gateway|gw|internal|int|corp|prod|production|stg|staging|dev|test|v\d+)$/i;
const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f]*:[0-9a-f:.]*\]?)$/i;

/**
 * A key for a value nothing in the file names, from what the value is: the host's own label and
 * what the value is of it (`https://api.fabrikam-shipping.com/v3/rates` → `fabrikam-shipping:Url`,
 * `https://inventory.contoso.com/` → `inventory:BaseUrl`, `smtp.contoso.com` → `smtp:Host`,
 * `erp01:8080` → `erp01:Address`); an IP address has no name, and is the file's (`orders:Address`).
 */
function keyFromValue(value: string, filePath: string): string | undefined {
  const url = /^([a-z][a-z0-9+.-]*):\/\/\/?([^/?#]*)(.*)$/i.exec(value.trim());
  const authority = (url ? url[2]! : value.trim()).replace(/^[^@]*@/, "");
  // (`[fd00::1]:443`, `host:8080`: the port is no part of the name.)
  const port = /^(\[[^\]]*\]|[^:]*):(\d+)$/.exec(authority);
  const host = (port ? port[1]! : authority).replace(/^\[|\]$/g, "");
  const what = url ? (/^https?$/i.test(url[1]!) && /^\/?$/.test(url[3]!) ? "BaseUrl" : "Url") : port ? "Address" : "Host";
  if (!host || IP_ADDRESS.test(host)) return [baseName(filePath), url ? what : "Address"].map(appConfigurationSegment).filter(Boolean).join(":") || undefined;
  const labels = host.split(".");
  // (The last label is the top-level domain, unless the host has only one.)
  const own = labels.length > 1 ? labels.slice(0, -1) : labels;
  const label = own.find((candidate) => !GENERIC_HOST_LABEL.test(candidate)) ?? own[0]!;
  const segment = appConfigurationSegment(label);
  return segment ? `${segment}:${what}` : undefined;
}

/**
 * The App Configuration key for a configuration value, `:`-separated as .NET reads it:
 * `Orders:ServiceUrl` stays, `ORDERS__SERVICEURL` → `ORDERS:SERVICEURL`, `orders.serviceUrl` →
 * `orders:serviceUrl`. Without a key name, from the value's host (`fabrikam-shipping:Url`:
 * keyFromValue), or the file's name: a rule's id says nothing about the setting, and would end up
 * in App Configuration and in the variable the code reads.
 */
export function appConfigurationKeyFor(keyName: string | undefined, fallback: { readonly filePath: string; readonly ruleId: string; readonly value?: string }): string {
  if (keyName) {
    const segments = /:|__/.test(keyName) ? pathSegments(keyName) : keyName.split(".");
    const key = segments.map(appConfigurationSegment).filter(Boolean).join(":");
    if (key) return key;
  }
  const fromValue = fallback.value === undefined ? undefined : keyFromValue(fallback.value, fallback.filePath);
  if (fromValue) return fromValue;
  return [baseName(fallback.filePath), "Setting"].map(appConfigurationSegment).filter(Boolean).join(":") || "setting";
}

/**
 * The environment variable for an App Configuration key: `Orders:ServiceUrl` → `ORDERS__SERVICEURL`,
 * a Spring property's `/application/spring.data.redis.host` → `SPRING_DATA_REDIS_HOST`;
 * a variable the system sets (`path`, `home`, `host`) gets `_SETTING` after it, as a secret's gets `_SECRET`.
 */
export function environmentVariableForKey(key: string): string {
  // (`/application/spring.datasource.url`: the variable Spring binds to the property, SPRING_DATASOURCE_URL.)
  const spring = springEnvironmentVariable(key);
  if (spring !== undefined) return RESERVED_VARIABLES.has(spring) ? `${spring}_SETTING` : spring;
  const name = pathSegments(key).map(environmentSegment).filter(Boolean).join("__").toUpperCase();
  if (RESERVED_VARIABLES.has(name)) return `${name}_SETTING`;
  return !name ? "SETTING" : ENVIRONMENT_VARIABLE.test(name) ? name : `_${name}`;
}

export function isValidEnvironmentVariable(name: string): boolean {
  return ENVIRONMENT_VARIABLE.test(name);
}
