/**
 * The name the application knows the value by. The engine's keyName is the configuration path
 * around the value, which is right for appsettings.json but not for settings written as data:
 * App Service settings pair `name` and `value` (`…:appSettings:value`), local.settings.json wraps
 * them in `Values`, compose lists write `- NAME=value`, Kubernetes writes `- name: X` / `value:`.
 */
import type { Finding } from "../engine";
import { INTERPOLATION_FIELD, inInterpolatingString } from "../engine/interpolating-string";
import { userPasswordName } from "../engine/rules/generic";
import { assignedPropertyName } from "./assigned-property";
import { cellTypePathOf } from "./cell-magic";
import { bicepContextAt } from "./bicep";
import { connectionStringName, namesOnlyTheSecret } from "./connection-string-name";
import { credentialNameInCode, credentialNameOnCommandLine } from "./credential-context";
import { parameterOf } from "./deployment-parameters";
import { enclosingFrames, initializedType, listMemberAt, type EnclosingFrame } from "./code-sections";
import { baseNameOf, fileKindOf, type CodeLanguage, type FileKind } from "./file-kind";
import { jsonStringAt, siblingString } from "./json-edits";
import { FixPlanError } from "./errors";
import { fallbackReadAt } from "./fallback-read";
import { armSecretResourceName } from "./secret-resources";
import { appConfigurationKeyFor, secretNameFor, upperSnake } from "./names";
import { lineAt } from "./lines";
import { stringLiteralAt } from "./literals";
import type { Span } from "./replacement-common";
import { optionsClassMember } from "./options-class";
import { pydanticSettingsField } from "./pydantic-settings";
import { SPRING_KEY_PREFIX, springPropertyKey } from "./spring-property";
import { kotlinSpringBoundField, springBoundField, type BoundField } from "./spring-configuration-properties";
import { flowQuotedScalarAt, inYamlBlockScalar, yamlScalarAt, yamlSequenceItemAt, yamlSiblingName } from "./yaml";
import { elementPathAt, siblingIdAt, xmlValueAt } from "./xml";
import { stepActionBefore } from "./workflow-step";

/**
 * A setting named by a generic word alone (`openai:` / `key:`, `database:` / `password:` and
 * `redis:` / `password:` in YAML) is named with its section (`openai_key`, `database_password`), or a list's by its item: two
 * services' passwords would otherwise both be `PASSWORD`, and each program would read the other's.
 */
const GENERIC_LEAF = /^(?:key|secret|token|password|passwd|pwd|pass|passphrase|api[_-]?key|access[_-]?token|client[_-]?secret)$/i;
/**
 * The same for a configuration value: `config.database.host` and `config.redis.host` would both be
 * `host`, and a key `host` in a shared store tells its next reader nothing.
 */
const GENERIC_CONFIG_LEAF = /^(?:host|hostname|hosts|server|url|uri|endpoint|address|addr|location|port)$/i;
/** Containers that say nothing about what they hold: Django's `"default": {…}`, `options`. */
const UNNAMING_SECTION = /^(?:default|defaults|options|opts)$/i;
/** Languages in which `#` starts a comment. */
const HASH_COMMENTS: ReadonlySet<CodeLanguage> = new Set(["python", "ruby", "shell", "perl", "r", "elixir", "powershell", "php"]);

function genericLeaf(finding: Finding): RegExp {
  return finding.kind === "config" ? GENERIC_CONFIG_LEAF : GENERIC_LEAF;
}

/** Languages whose strings fill in a bare `$name` too: PHP's and Perl's `"mysql://$user:…"`, the shell's. */
const DOLLAR_NAME_INTERPOLATION: ReadonlySet<CodeLanguage> = new Set(["php", "perl", "shell"]);

/**
 * The finding as the move takes it: a connection string the code builds when it runs (a template's
 * `${host}`, Ruby's `#{host}`, an f-string's `{user}`, PHP's `$user` around the password, or a user
 * joined in before the literal's `:`) is no text that could be stored whole, so its
 * password is moved alone and the string stays built around the read. (`typePath` tells whether a bare `$name` is filled in.)
 */
export function withMovableCompound(text: string, finding: Finding, typePath?: string): Finding {
  const { compound } = finding;
  if (compound === undefined) return finding;
  const around = text.slice(compound.startOffset, finding.range.startOffset) + text.slice(finding.range.endOffset, compound.endOffset);
  // (In a string that fills them in: `'…$user…'` is text.)
  const fillsDollarNames = (): boolean => {
    const kind = typePath === undefined ? undefined : fileKindOf(typePath, text);
    if (kind?.family !== "code" || !DOLLAR_NAME_INTERPOLATION.has(kind.language) || kind.language === "other") return false;
    return stringLiteralAt(text, kind.language, { start: compound.startOffset, end: compound.endOffset })?.form.interpolation.includes("$") === true;
  };
  // (`"postgres://" + user + ":…@db/orders"`: the literal holds the URL from the user's `:` on, the
  // code joins the rest in.)
  const joinedUser = text.slice(compound.startOffset, finding.range.startOffset) === ":";
  const built = joinedUser || /[$#]\{/.test(around) || (INTERPOLATION_FIELD.test(around) && inInterpolatingString(text, compound.startOffset)) || (/\$[A-Za-z_]/.test(around) && fillsDollarNames());
  if (!built) return finding;
  const alone: { -readonly [K in keyof Finding]?: Finding[K] } = { ...finding };
  delete alone.compound;
  return alone as Finding;
}

/** The span the fix takes out of the file: the compound credential, or else the value. */
export function targetSpan(finding: Finding): { start: number; end: number } {
  const span = finding.compound ?? finding.range;
  return { start: span.startOffset, end: span.endOffset };
}

function jsonSettingName(text: string, typePath: string, start: number, end: number, flavour: string, keyName: string | undefined): string | undefined {
  let json;
  try {
    json = jsonStringAt(text, typePath, start, end);
  } catch (error) {
    if (error instanceof FixPlanError) return keyName;
    throw error;
  }
  const keys = json.path.filter((segment): segment is string => typeof segment === "string");
  const last = keys[keys.length - 1];
  if (json.property && last === "value") {
    const name = siblingString(json.property, "name");
    if (name) return name;
    // A Key Vault secret resource's `properties.value` is stored as the secret the resource names.
    const secret = armSecretResourceName(json.property);
    if (secret !== undefined) return secret;
  }
  if (flavour === "localSettings") return (keys[0] === "Values" ? keys.slice(1) : keys).join(":") || keyName;
  // A template parameter's default or a parameters file's value is named by the parameter.
  if (flavour === "armTemplate" || flavour === "armParameters") {
    const parameter = parameterOf(json, "defaultValue") ?? parameterOf(json, "value");
    if (parameter !== undefined) return parameter;
  }
  if (flavour === "armTemplate") return last ?? keyName;
  // A list's item named by its `name`: `{"name": "orders", "apiKey": …}` is `providers:orders:apiKey`.
  if (flavour === "other" && json.property && last !== undefined && GENERIC_LEAF.test(last) && typeof json.path[json.path.length - 2] === "number") {
    const item = siblingString(json.property, "name");
    if (item && ITEM_NAME.test(item)) return [...keys.slice(0, -1), item, last].join(":");
  }
  return keyName;
}

/**
 * The object a method sets its own field on (`this.`, `self.`, Python's `cls.`, Visual Basic's
 * `Me.`) is no part of the setting's name: `self.api_key` is `api_key`, read from `API_KEY`, not
 * `SELF_API_KEY`. (A path through other objects, `config.db.password`, keeps them all.)
 */
const RECEIVER = /^(?:this|self|cls)\.(?=[A-Za-z_#$])#?/;
/** Visual Basic's, in any case (`me.` elsewhere is a variable: `const me = getUser()`). */
const VB_RECEIVER = /^me\.(?=[A-Za-z_])/i;
function withoutReceiver(keyName: string | undefined, visualBasic: boolean): string | undefined {
  return keyName?.replace(visualBasic ? VB_RECEIVER : RECEIVER, "") || keyName;
}

/** A name a list's item gives itself that can stand in a setting's name (JSON's, YAML's). */
const ITEM_NAME = /^[A-Za-z][\w-]*$/;
/** How far back the object around a value is looked for. */
const OBJECT_REACH = 400;
/** An object literal's `name` member with a plain string: `name: "orders"`, `"name": 'orders'`, `:name => "orders"`. */
const NAME_MEMBER = /(?:^|[{,\s]):?["']?name["']?\s*(?::|=>|=)\s*["']([A-Za-z][\w-]{0,60})["']/;

/**
 * In code, a generic name (`apiKey`, `password`) inside an object literal that names itself
 * (`{ name: "orders", apiKey: "…" }`, a list of providers or databases) is named with it:
 * `orders_apiKey`. Two items' keys would otherwise be one setting, read from one variable.
 */
function withObjectName(text: string, start: number, keyName: string | undefined): string | undefined {
  if (keyName === undefined || !GENERIC_LEAF.test(keyName)) return keyName;
  // The nearest `{` before the value opens its object unless a `}` closes it first; a nested
  // object among the members closes there too: only the object's own members are read.
  const open = text.lastIndexOf("{", start - 1);
  if (open === -1 || open < start - OBJECT_REACH) return keyName;
  const members = text.slice(open + 1, start);
  if (members.includes("}")) return keyName;
  const item = NAME_MEMBER.exec(members)?.[1];
  return item ? `${item}_${keyName}` : keyName;
}

/**
 * A YAML configuration value named by a generic word (`config:database:host`) keeps its whole path:
 * App Configuration keys are hierarchical, and Helm's values are read by that path. Not under a
 * section whose keys are variables' names (`env:`, `environment:`).
 */
function yamlConfigPath(leaf: string, keyName: string | undefined): string | undefined {
  if (!GENERIC_CONFIG_LEAF.test(leaf) || !keyName?.endsWith(`:${leaf}`)) return undefined;
  const path = keyName.split(":");
  return VARIABLE_SECTIONS.test(path[path.length - 2]!) ? undefined : keyName;
}

function yamlSettingName(text: string, start: number, end: number, keyName: string | undefined, config: boolean): string | undefined {
  // A block scalar's lines are text, not keys: in a step's `run: |`, `curl -H "Authorization: Bearer …"`
  // names nothing by what comes before its `: `.
  // (A JSON-style flow collection's line holds more scalars than yamlScalarAt reads, one key and its
  // value: `- {"name": "API_TOKEN", "value": "…"}`, `environment: ["A=…", "B=…"]`.)
  const lineStart = lineAt(text, start).start;
  const scalar = inYamlBlockScalar(text, lineStart) ? undefined : (yamlScalarAt(text, start, end) ?? flowQuotedScalarAt(text, start, end));
  if (scalar) {
    const before = text.slice(scalar.contentStart, start);
    // A host inside a connection string (`ConnectionStrings__Sql: "Server=…;Database=…"`, or
    // `- ConnectionStrings__Sql=Server=…`) is the string's, by its keyword: ConnectionStrings__Sql:Server.
    const keyword = config ? /^(?:([A-Za-z_][\w.-]*)=)?(?:[^;=]*=[^;]*;\s*)*([A-Za-z][A-Za-z0-9 ]*)=$/.exec(before) : null;
    const owner = keyword?.[1] ?? scalar.key;
    // (`- Server=…` with no key is a list's variable named Server: below.)
    if (keyword && owner !== undefined && !owner.startsWith("{")) return `${owner}:${keyword[2]!.replace(/ /g, "")}`;
    // `- DB_PASSWORD=…` in a compose `environment` list.
    const assigned = /^([A-Za-z_][A-Za-z0-9_.-]*)=$/.exec(before);
    if (assigned) return assigned[1];
    if (scalar.key === "value" && scalar.keyColumn !== undefined) {
      const name = yamlSiblingName(text, lineAt(text, start).start, scalar.keyColumn);
      if (name) return name;
    }
    // `- name: orders` / `key: …`: a list's credentials, each named by its item (`orders_key`).
    if (scalar.key !== undefined && GENERIC_LEAF.test(scalar.key) && scalar.key !== scalar.key.toUpperCase() && scalar.keyColumn !== undefined) {
      const item = yamlSiblingName(text, lineAt(text, start).start, scalar.keyColumn);
      if (item && ITEM_NAME.test(item)) return `${item}_${scalar.key}`;
    }
    // A flow mapping's pair, `- { name: API_TOKEN, value: … }`, is named as the block one is.
    const pair = FLOW_NAME_VALUE_PAIR.exec(text.slice(lineAt(text, start).start, start));
    if (pair) return pair[1];
    // (Not a flow mapping's first key otherwise: the engine's name is the pair's.)
    if (scalar.key && !scalar.key.startsWith("{")) return (config ? yamlConfigPath(scalar.key, keyName) : undefined) ?? scalar.key;
  }
  // A YAML path (`services:api:environment:DB_PASSWORD`) names a place in a document, not a setting.
  const leaf = keyName?.split(":").pop();
  return (config && leaf ? yamlConfigPath(leaf, keyName) : undefined) ?? leaf;
}

/** `{ name: API_TOKEN, value: ` up to a value: a Kubernetes `env` item written as a flow mapping. */
const FLOW_NAME_VALUE_PAIR = /[{,]\s*["']?name["']?\s*:\s*["']?([A-Za-z_][\w.-]*)["']?\s*,\s*["']?value["']?\s*:\s*["']?$/;

/**
 * A literal assigned to a property (`client.BaseAddress = new Uri("…")`, `o => o.Configuration =
 * "…"`), named by it and by what the lambda configures (assigned-property.ts), where the engine's
 * name is that assignment's or there is none.
 */
function propertyAssigned(text: string, start: number, keyName: string | undefined): string | undefined {
  if (!/["'`]/.test(text[start - 1] ?? "")) return undefined;
  const assigned = assignedPropertyName(text, start - 1);
  // (The engine's name leaves out a leading `$`: `$cfg.endpoint` is `cfg.endpoint`.)
  return assigned !== undefined && (keyName === undefined || keyName === assigned.target.replace(/^\$/, "")) ? assigned.name : undefined;
}

/**
 * Spring Boot's `application*.yml` and `bootstrap*.yml` (Micronaut's and Quarkus's
 * `application.yml` too) hold properties: the setting is the dotted path
 * (`spring.cloud.azure.eventhubs.connection-string`), as in `application.properties`, not its leaf
 * (two services' `connection-string` would be one secret) nor a section and leaf (`cosmos_key`).
 */
const PROPERTY_YAML = /^(?:application|bootstrap)(?:-[^/\\]+)?\.ya?ml$/i;
function isPropertyYaml(typePath: string): boolean {
  return PROPERTY_YAML.test(baseNameOf(typePath));
}

/** `spring:datasource:password` → `spring.datasource.password`; undefined for a path with a list's item in it. */
function propertyPath(keyName: string | undefined): string | undefined {
  const path = keyName?.split(":");
  return path && path.length > 1 && path.every((segment) => /^[A-Za-z0-9_][\w.-]*$/.test(segment)) ? path.join(".") : undefined;
}

/**
 * In code, a configuration value named by a generic word, as a member of an object or a call's
 * named argument, is named with what holds it (`DATABASES_HOST`, `redis_url` for `const redis =
 * createClient({ url: … })`); a list's item, which has no name of its own, by the list and its
 * index (`ALLOWED_HOSTS:1`; a list of one by the list alone). Two such values would otherwise
 * share a key and a variable.
 */
function withCodeSection(text: string, start: number, name: string | undefined, language: CodeLanguage): string | undefined {
  if (name !== undefined && !GENERIC_CONFIG_LEAF.test(name)) return name;
  const hashComments = HASH_COMMENTS.has(language);
  const frames = enclosingFrames(text, start, hashComments);
  const innermost = frames[frames.length - 1];
  if (name === undefined) {
    if (innermost?.bracket !== "[" || innermost.name === undefined) return undefined;
    // Members of one list are numbered as .NET numbers an array's (`ALLOWED_HOSTS:0`,
    // `ALLOWED_HOSTS:1`): under the list's name alone, two moved members would read one variable.
    const member = listMemberAt(text, innermost.start, start, hashComments);
    return member !== undefined && member.count > 1 ? `${innermost.name}:${member.index}` : innermost.name;
  }
  if (!isMember(text, start, innermost)) return name;
  const section = sectionFrame(frames)?.name;
  return section !== undefined && section !== name ? qualified(section, name) : name;
}

/**
 * Whether the value at `start` is a member (`host: …`, `"HOST": …`, `:host => …`, PHP's `'host' =>
 * …` in an array) or a named argument (`host="…"`, `host: "…"`) of the innermost bracket.
 */
function isMember(text: string, start: number, innermost: EnclosingFrame | undefined): boolean {
  const separator = /(:|=>|=)\s*["'`]?$/.exec(text.slice(lineAt(text, start).start, start))?.[1];
  if (innermost === undefined || separator === undefined) return false;
  if (innermost.bracket === "(") return separator !== "=>";
  return innermost.bracket === "{" ? separator !== "=" : separator === "=>";
}

/**
 * What holds the innermost bracket: the bracket itself where it is named, or through an unnamed
 * object to the call it is the argument of (`createClient({ … })`), or past a container that names
 * nothing (Django's "default"). A call whose result goes nowhere names nothing.
 */
function sectionFrame(frames: readonly EnclosingFrame[]): EnclosingFrame | undefined {
  for (const frame of frames.slice(-3).reverse()) {
    if (frame.name !== undefined && !UNNAMING_SECTION.test(frame.name)) return frame;
    if (frame.bracket === "(" && frame.name === undefined) return undefined;
  }
  return undefined;
}

/** Variables that say what a call gives, not whose it is: `client = connect(password=…)`. */
const HANDLE_VARIABLE = /^(?:client|conn|connection|con|cnx|pool|session|engine|instance)$/i;
/** Objects named for what the code does with them, not whose they are: a request's `body = { password: … }`, its `headers`. */
const ROLE_OBJECT = /^(?:body|payload|json|form|headers|request|req|args|kwargs|props|obj|result)$/i;

/**
 * In code, a secret named by a generic word as a member or a named argument is named with what
 * holds it, as a configuration value is (withCodeSection): `module.exports = { db: { password: … }
 * }`, `const db = { password: … }` and Python's `db = connect(password=…)` are db_password, where two
 * objects' passwords would otherwise both read PASSWORD. Not by a section that holds settings or
 * variables by their own names (`env: { PASSWORD: … }`, `credentials = {…}`), nor by a variable
 * that says only what its call gives (`client = connect(…)`). A Go or C# literal of a type is named
 * by the type (builtTypeSection).
 */
function withSecretSection(text: string, start: number, name: string | undefined, language: CodeLanguage): string | undefined {
  if (name === undefined || !GENERIC_LEAF.test(name)) return name;
  const frames = enclosingFrames(text, start, HASH_COMMENTS.has(language));
  const innermost = frames[frames.length - 1];
  const built = language === "go" || language === "csharp" ? builtTypeSection(text, start, innermost, language) : undefined;
  if (built !== undefined) return qualified(built, name);
  if (!isMember(text, start, innermost)) return name;
  const innermostHolder = sectionFrame(frames);
  // An `auth:` or `credentials:` object holds its owner's, as in YAML (withSection): nodemailer's
  // `smtp: { auth: { user, pass } }` is smtp_pass.
  const owned = innermostHolder?.name !== undefined && OWNED_CREDENTIALS_SECTION.test(innermostHolder.name);
  const holder = owned ? sectionFrame(frames.slice(0, frames.indexOf(innermostHolder))) : innermostHolder;
  // (PHP's `$db = [ … ]`: the variable's name is `db`.)
  const section = holder?.name?.replace(/^\$/, "");
  // (Nor by one letter: `const o = { … }`.)
  if (holder === undefined || section === undefined || !/^[A-Za-z][\w-]+$/.test(section) || VARIABLE_SECTIONS.test(section) || ROLE_OBJECT.test(section)) return name;
  return holder.bracket === "(" && HANDLE_VARIABLE.test(section) ? name : qualified(section, name);
}

/** What a settings type's name ends with that says what kind of type it is, not whose. */
const SETTINGS_TYPE_SUFFIX = /(?:Config|Configuration|Settings|Options)$/;

/**
 * The section a Go composite literal's or a C# object initializer's member is named with: the type
 * it builds, less a SETTINGS_TYPE_SUFFIX (`SmtpSettings{ Password: … }` is Smtp's, `new
 * RedisOptions { Password = … }` Redis's), or the package of a type that is nothing more
 * (`mysql.Config{ Passwd: … }` is mysql's). The type rather than the variable: the type is there
 * wherever the literal is (an argument, `return &mysql.Config{…}`, a field of another), and the
 * variable is mostly `cfg`, `opts` or `options`, which say nothing. Undefined where the type says
 * nothing either (`Config{`, `Credentials{`): what holds the literal names it then, if anything does.
 */
function builtTypeSection(text: string, start: number, innermost: EnclosingFrame | undefined, language: "go" | "csharp"): string | undefined {
  if (innermost?.bracket !== "{") return undefined;
  const type = initializedType(text, innermost.start, language);
  // (A member is `Password: …` in Go, `Password = …` in C#.)
  const separator = /(:|=)\s*(?:[@$]{0,2}"|`)?$/.exec(text.slice(lineAt(text, start).start, start))?.[1];
  if (type === undefined || separator !== (language === "go" ? ":" : "=")) return undefined;
  const segments = type.split(".");
  const section = segments.pop()!.replace(SETTINGS_TYPE_SUFFIX, "") || segments.pop();
  return section !== undefined && /^[A-Za-z][\w-]+$/.test(section) && !VARIABLE_SECTIONS.test(section) && !UNNAMING_SECTION.test(section) ? section : undefined;
}

/**
 * The setting name to derive the secret name and the environment variable from: `DB_PASSWORD` for
 * `{ "name": "DB_PASSWORD", "value": "…" }`, `ConnectionStrings:Default` in appsettings.json.
 * Falls back to the engine's keyName; undefined when the value stands alone. A connection string
 * with no name but the keyword before its secret (`Password`) is named by its database or server
 * (`orders-connection-string`). A secret in code with no name, or one that says only what kind of
 * credential it is (`key`, `credential=`), is named by what the calls around it open
 * (`srch-orders-key`: credential-context.ts). `typePath` is the path whose extension tells the text's language
 * (the engine's typePathOf).
 */
export function settingNameFor(text: string, typePath: string, found: Finding): string | undefined {
  const finding = withMovableCompound(text, found, typePath);
  const name = wholeSettingName(text, typePath, finding);
  if (found.compound === undefined || finding.compound !== undefined) return name;
  // (A password moved alone out of a string the code builds: the string's name is the whole's, or
  // where nothing names the string, its user's: `postgresql://orders:…@db-$env…` is orders_password.)
  return name !== undefined ? passwordNameFor(name) : urlUserPasswordName(text, finding.range.startOffset);
}

/** A URL's user right before its password at `start` (`scheme://orders:`), when written as a plain name. */
const URL_USER_BEFORE_PASSWORD = /:\/\/([A-Za-z][\w.-]{0,63}):$/;

/**
 * The name of a URL's password by its user, as the engine names curl's `-u admin:…`
 * (userPasswordName): two users' passwords are two secrets. Undefined where the user is not
 * written out (`${DB_USER}`).
 */
function urlUserPasswordName(text: string, passwordStart: number): string | undefined {
  const user = URL_USER_BEFORE_PASSWORD.exec(text.slice(Math.max(0, passwordStart - 80), passwordStart))?.[1];
  return user === undefined ? undefined : userPasswordName(user);
}

/** What says a name is a whole URL's or connection string's: `_URL`, `Uri`, `ConnectionString`, `_DSN`. */
const WHOLE_STRING_SUFFIX = /[-_.:]?(?:connection[-_]?string|conn[-_]?str|url|uri|dsn)$/i;

/**
 * The name of a password moved alone out of a connection string the code builds, from the string's
 * name: `DATABASE_URL` → `DATABASE_PASSWORD`, `ordersConnectionString` → `ordersPassword`, in the
 * name's own style; a name that says only the kind of string keeps it (`connectionStringPassword`).
 */
function passwordNameFor(name: string): string {
  if (namesOnlyTheSecret(name)) return name;
  const base = name.replace(WHOLE_STRING_SUFFIX, "") || name;
  if (/^[A-Z0-9_]+$/.test(name)) return `${base}_PASSWORD`;
  if (name.includes("-")) return `${base}-password`;
  if (name.includes(":")) return `${base}:Password`;
  if (name.includes("_")) return `${base}_password`;
  return `${base}Password`;
}

/** settingNameFor's name for the finding as the move stores it (a built connection string's password alone). */
function wholeSettingName(text: string, typePath: string, finding: Finding): string | undefined {
  const kind = fileKindOf(typePath, text);
  // The default of a read (`process.env.ORDERS_URL ?? "…"`) is the setting the code reads already
  // (a secret's too where nothing else names it: a vendor's token the rule finds by its shape).
  // (A connection string's key name is the keyword before its password, which names no setting.)
  if (finding.kind === "config" || finding.keyName === undefined || (finding.compound !== undefined && namesOnlyTheSecret(finding.keyName))) {
    const fallback = fallbackReadAt(text, typePath, kind, targetSpan(finding));
    if (fallback) return fallback.name;
  }
  // The key the options binder sets the member from is the name, whatever the value or the member is
  // called; and a pydantic-settings field's variable (`APP_API_KEY`), a Spring-bound field's (`ORDERS_APIKEY`).
  const bound = optionsClassKey(text, kind, finding) ?? pydanticSettingsVariable(text, kind, finding) ?? boundFieldOf(text, kind, finding)?.variable;
  if (bound !== undefined) return bound;
  const inFile = settingNameInFile(text, typePath, kind, finding);
  const named = actionInputName(text, kind, finding, inFile) ?? withSection(inFile, finding.keyName, genericLeaf(finding));
  const name = withoutCommandKey(named);
  // (A pipeline step's command line: the value is named on it, by the option before it.)
  const commandLine = named !== undefined && name === undefined;
  // A service principal's JSON credentials in a workflow under a name that says no more (azure/login's
  // `creds`): named as its docs name the secret. (Elsewhere a setting may be read by its name.)
  const workflow = kind.family === "yaml" && kind.dialect === "githubActions";
  if (workflow && finding.compound && text[finding.compound.startOffset] === "{" && (name === undefined || GENERIC_CREDENTIALS_NAME.test(name))) return "AZURE_CREDENTIALS";
  if (finding.compound && namesOnlyTheSecret(name, commandLine || (kind.family === "code" && isArgument(text, finding.compound.startOffset, kind.language)))) {
    const named = connectionStringName(text.slice(finding.compound.startOffset, finding.compound.endOffset));
    if (named !== undefined) return named;
  }
  if (finding.kind !== "secret") return name;
  const inContext = credentialNameInContext(text, kind, finding, name, commandLine);
  if (inContext !== undefined && inContext !== name) return inContext;
  const ownNames = kind.family === "code" && !NAMED_BY_DECLARATION.has(kind.language) && !COMMAND_LANGUAGES.has(kind.language);
  return ownNames ? withSecretSection(text, targetSpan(finding).start, name, kind.language) : name;
}

/**
 * A workflow step's input (`with:` / `password:`), named by the step's action rather than by
 * `with`: docker/login-action's password is DOCKER_LOGIN_PASSWORD, not WITH_PASSWORD.
 */
function actionInputName(text: string, kind: FileKind, finding: Finding, name: string | undefined): string | undefined {
  if (kind.family !== "yaml" || kind.dialect !== "githubActions" || name === undefined || !genericLeaf(finding).test(name)) return undefined;
  const path = finding.keyName?.split(":");
  if (path === undefined || path[path.length - 2] !== "with" || path[path.length - 1] !== name) return undefined;
  const action = stepActionBefore(text, targetSpan(finding).start);
  return action === undefined ? undefined : `${action.replace("/", "-").replace(/-action$/, "")}_${name}`;
}

/**
 * The string literal (quotes included) whose whole content is the finding's value, for the
 * languages' quotes `quotes`; undefined where the literal holds more. (A connection string's span
 * leaves out its last `;`, which the move takes with it.)
 */
function wholeLiteral(text: string, finding: Finding, quotes: string): Span | undefined {
  const { start, end } = targetSpan(finding);
  const quote = text[start - 1];
  if (quote === undefined || !quotes.includes(quote)) return undefined;
  const close = new RegExp(String.raw`^[\s;,]*${quote}`).exec(text.slice(end, end + 100));
  return close ? { start: start - 1, end: end + close[0].length } : undefined;
}

/**
 * The key of a C# options class's default: the property in the class's section (`Shipping:BaseUrl`).
 * A secret's only where the move takes the default out (the whole literal, a property the binder
 * sets): elsewhere the move reads a variable of its own, which must not be the member's key.
 */
function optionsClassKey(text: string, kind: FileKind, finding: Finding): string | undefined {
  const literal = kind.family === "code" && kind.language === "csharp" ? wholeLiteral(text, finding, '"') : undefined;
  const options = literal && optionsClassMember(text, literal.start, literal.end);
  return options && (finding.kind === "config" || options.initializer !== undefined) ? `${options.section}:${options.member}` : undefined;
}

/** The variable pydantic-settings sets a field from, where the value is the field's whole default: `APP_API_KEY`. */
function pydanticSettingsVariable(text: string, kind: FileKind, finding: Finding): string | undefined {
  const literal = kind.family === "code" && kind.language === "python" ? wholeLiteral(text, finding, "\"'") : undefined;
  return literal && pydanticSettingsField(text, literal.start, literal.end)?.variable;
}

/** The field of a Spring `@ConfigurationProperties` class whose whole initializer is the value. */
function boundFieldOf(text: string, kind: FileKind, finding: Finding): BoundField | undefined {
  const language = kind.family === "code" ? kind.language : undefined;
  const literal = language === "java" || language === "kotlin" ? wholeLiteral(text, finding, '"') : undefined;
  if (!literal) return undefined;
  return language === "java" ? springBoundField(text, literal.start, literal.end) : kotlinSpringBoundField(text, literal.start, literal.end);
}

/**
 * Languages whose names are variables the tool reads by that name (Terraform's `TF_VAR_<name>`,
 * Bicep's parameters): a name the file gives is never replaced.
 */
const NAMED_BY_DECLARATION: ReadonlySet<CodeLanguage> = new Set(["terraform", "bicep", "bicepparam"]);

/** Languages whose lines are commands: an option names the value after it. */
const COMMAND_LANGUAGES: ReadonlySet<CodeLanguage> = new Set(["shell", "powershell"]);

/**
 * A secret named by the command line or the calls around it, where its own name says only what
 * kind it is, or nothing (credential-context.ts). `commandLine`: a pipeline step's command.
 */
function credentialNameInContext(text: string, kind: FileKind, finding: Finding, name: string | undefined, commandLine: boolean): string | undefined {
  // (On a command line the option names the whole string, `--sas-token "se=…&sig=…"`, not the keyword before its secret.)
  const { start, end } = targetSpan(finding);
  if (commandLine) return credentialNameOnCommandLine(text, start, end, name, finding.ruleId);
  if (kind.family !== "code" || NAMED_BY_DECLARATION.has(kind.language)) return undefined;
  const hashComments = HASH_COMMENTS.has(kind.language);
  if (COMMAND_LANGUAGES.has(kind.language)) return credentialNameOnCommandLine(text, start, end, name, finding.ruleId, hashComments);
  return credentialNameInCode(text, start, end, name, finding.ruleId, hashComments);
}

/**
 * Whether the literal at `start` is a call's argument (`from_connection_string(conn_str="…")`) or
 * a command's option's (`--connection-string "…"`), not a variable's value (`var connectionString
 * = "…"`, a name the file chose).
 */
function isArgument(text: string, start: number, language: CodeLanguage): boolean {
  if (COMMAND_LANGUAGES.has(language) && OPTION_VALUE.test(text.slice(lineAt(text, start).start, start))) return true;
  const frames = enclosingFrames(text, start, HASH_COMMENTS.has(language));
  return frames[frames.length - 1]?.bracket === "(";
}
const OPTION_VALUE = /(?:^|\s)--?[A-Za-z][\w-]*(?:[ \t]+|=)["']?$/;

const GENERIC_CREDENTIALS_NAME = /^(?:creds|credentials|client_?secret|secret)$/i;

/**
 * Sections that hold variables by their own names (`env:` / `TOKEN:` in a workflow, a Kubernetes
 * secret's `stringData:`, MSBuild's `<PropertyGroup>`): the name is the variable's already.
 */
const VARIABLE_SECTIONS = /^(?:env|environment|variables|vars|secrets|data|stringData|parameters|params|values|settings|config|configuration|credentials|auth|properties|PropertyGroup)$/i;
function withSection(name: string | undefined, keyName: string | undefined, generic: RegExp): string | undefined {
  // (An upper-case name is an environment variable's already: `TOKEN`.)
  if (name === undefined || !generic.test(name) || name === name.toUpperCase() || !keyName?.includes(":")) return name;
  const path = keyName.split(":");
  const section = path[path.length - 2];
  if (path[path.length - 1] !== name || section === undefined) return name;
  // An `auth:` or `credentials:` section holds its owner's: Helm charts' `postgresql.auth.password`
  // and `redis.auth.password` are postgresql_password and redis_password, not both `password`.
  const owner = OWNED_CREDENTIALS_SECTION.test(section) ? path[path.length - 3] : undefined;
  if (owner !== undefined && /^[A-Za-z][\w-]*$/.test(owner) && !VARIABLE_SECTIONS.test(owner)) return qualified(owner, name);
  return /^[A-Za-z][\w-]*$/.test(section) && !VARIABLE_SECTIONS.test(section) ? qualified(section, name) : name;
}

const OWNED_CREDENTIALS_SECTION = /^(?:auth|credentials)$/i;

/**
 * A generic `name` qualified by the `section` that holds it, the section written in the name's case:
 * a secret name mixing an upper-case section with a lower-case key (`GAPIS-client-secret`) reads as
 * two names run together, and `db` / `PASSWORD` as DB_PASSWORD is what the file's author would write.
 * (A name in camel case keeps the section as it is: the section's own capitals may be words.)
 */
function qualified(section: string, name: string): string {
  if (name === name.toUpperCase()) return `${upperSnake(section)}_${name}`;
  if (name === name.toLowerCase()) return `${section === section.toUpperCase() ? section.toLowerCase() : section}_${name}`;
  if (/^[A-Z]/.test(name)) return `${pascalCase(section)}_${name}`;
  return `${section}_${name}`;
}

/** `smtp`, `SMTP` → `Smtp`; `orders-db` → `OrdersDb`; `ordersDb` → `OrdersDb`. */
function pascalCase(section: string): string {
  return section
    .split(/[-_]+/)
    .map((word) => word.charAt(0).toUpperCase() + (word === word.toUpperCase() ? word.slice(1).toLowerCase() : word.slice(1)))
    .join("");
}

/**
 * A pipeline step's command (`run:`, `script:`, `inlineScript:`, `args:`) holds a whole command
 * line: its key names the step's part, not the secret in it (two steps' secrets would both be `RUN`).
 */
const COMMAND_KEY = /^(?:run|script|inlineScript|command|cmd|args|arguments|entrypoint|exec)$/i;
function withoutCommandKey(name: string | undefined): string | undefined {
  return name !== undefined && COMMAND_KEY.test(name.slice(name.lastIndexOf(":") + 1)) ? undefined : name;
}

function settingNameInFile(text: string, typePath: string, kind: FileKind, finding: Finding): string | undefined {
  const { start, end } = targetSpan(finding);
  switch (kind.family) {
    case "json":
      return jsonSettingName(text, typePath, start, end, kind.flavour, finding.keyName);
    case "yaml": {
      const property = isPropertyYaml(typePath) ? propertyPath(finding.keyName) : undefined;
      const name = property ?? yamlSettingName(text, start, end, finding.keyName, finding.kind === "config");
      if (finding.kind !== "config" || name === undefined || COMMAND_KEY.test(name.slice(name.lastIndexOf(":") + 1))) return name;
      // A list's items are numbered as .NET and Spring bind them (`allowed:0`, `cors.allowed[0]`): under
      // the list's name alone two moved items would read one variable. (A list of one: the list's
      // name, as in code; Spring's property always takes the index.)
      const item = yamlSequenceItemAt(text, start, end);
      if (item === undefined) return name;
      if (property !== undefined) return `${property}[${item.index}]`;
      return item.count > 1 ? `${name}:${item.index}` : name;
    }
    case "xml": {
      const value = xmlValueAt(text, start, end);
      if (value?.attribute === "connectionString" && value.elementName) return `ConnectionStrings:${value.elementName}`;
      const name = (value?.attribute === "value" ? value.elementName : undefined) ?? finding.keyName;
      if (value === undefined || value.attribute !== undefined || name === undefined || !genericLeaf(finding).test(name)) return name;
      // An element's text named by a generic word is named by the `<id>` of what holds it: two Maven
      // servers' passwords are nexus-releases_password and nexus-snapshots_password, not both PASSWORD.
      const owner = siblingIdAt(text, value.contentStart);
      if (owner !== undefined) return qualified(owner, name);
      // Else by the element that holds it, as a YAML key by its section (`<database><password>` is
      // database_password), past one that names nothing (`<settings>`) or an owner's `<credentials>`.
      // (Not where the name is an attribute's, `<string name="password">`: its parent holds such entries.)
      return withSection(name, elementPathAt(text, value.contentStart).join(":"), genericLeaf(finding));
    }
    case "code": {
      if (kind.language === "bicep") {
        const context = bicepContextAt(text, start);
        return context.siblingName ?? context.secretName ?? finding.keyName;
      }
      if (finding.kind === "config" && (kind.language === "csharp" || kind.language === "javascript")) {
        const assigned = propertyAssigned(text, start, finding.keyName);
        if (assigned !== undefined) return assigned;
      }
      const name = withObjectName(text, start, withoutReceiver(finding.keyName, kind.language === "vb"));
      return finding.kind === "config" ? withCodeSection(text, start, name, kind.language) : name;
    }
    default:
      return finding.keyName;
  }
}

/**
 * {@link secretNameFor} the setting that holds the finding: what the "Move to Key Vault" input box
 * proposes. `languageId` as the scan had it (ScanInput.languageId).
 */
export function suggestedSecretName(text: string, filePath: string, finding: Finding, languageId?: string): string {
  return secretNameFor(settingNameFor(text, cellTypePathOf(filePath, languageId, text), finding), { filePath, ruleId: finding.ruleId });
}

/**
 * The App Configuration key "Move to App Configuration" proposes. From appsettings*.json the
 * member leaves the file and ASP.NET Core reads its path from the provider, character for
 * character (`Orders Api:BaseUrl`, `Orders.Api:BaseUrl`; the JSON provider reads `__` as it is):
 * the key is that path. Elsewhere the code or setting reads what the move writes, and the key is
 * tidied (appConfigurationKeyFor). From Spring's property files, `/application/<property>`
 * (spring-property.ts).
 */
export function suggestedConfigurationKey(text: string, filePath: string, finding: Finding, languageId?: string): string {
  const typePath = cellTypePathOf(filePath, languageId, text);
  const kind = fileKindOf(typePath, text);
  if (kind.family === "json" && kind.flavour === "appSettings") {
    const path = appSettingsPath(text, typePath, finding);
    if (path !== undefined) return path;
  }
  // (Spring's files: the property's dotted name, as Spring Cloud Azure App Configuration reads it;
  // a @ConfigurationProperties field's default, the property Spring binds it from.)
  const bound = boundFieldOf(text, kind, finding);
  const spring = springPropertyKey(text, typePath, kind, finding) ?? (bound && `${SPRING_KEY_PREFIX}${bound.property}`);
  if (spring !== undefined) return spring;
  return appConfigurationKeyFor(settingNameFor(text, typePath, finding), { filePath, ruleId: finding.ruleId, value: text.slice(finding.range.startOffset, finding.range.endOffset) });
}

/** The configuration path of an appsettings.json member's value; undefined inside an array (no move removes it). */
function appSettingsPath(text: string, typePath: string, finding: Finding): string | undefined {
  const { start, end } = targetSpan(finding);
  try {
    const { path } = jsonStringAt(text, typePath, start, end);
    return path.every((segment) => typeof segment === "string") ? path.join(":") : undefined;
  } catch (error) {
    if (error instanceof FixPlanError) return undefined;
    throw error;
  }
}
