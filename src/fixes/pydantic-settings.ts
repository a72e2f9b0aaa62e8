/**
 * pydantic-settings classes (`class Settings(BaseSettings): api_key: SecretStr = "…"`): pydantic
 * sets each field from the environment variable named by the class's env_prefix and the field's
 * name (`APP_API_KEY` for `env_prefix="APP_"`, in any case unless case_sensitive), so a default
 * written in the class is that variable's value. A read written into the default
 * (`os.environ["API_KEY"]`) would run when the module is imported, under a name pydantic does not
 * read: the move removes the default (`api_key: SecretStr`) and pydantic reads the variable.
 */
import type { Span } from "./replacement-common";

/** A field with a default, up to the literal: `    api_key: str = `, `    url: str = Field(default=`, `    url: str = Field(`, `    key: SecretStr = SecretStr(`. */
const FIELD_DEFAULT = /^(?<indent>[ \t]+)(?<field>[A-Za-z_]\w*)[ \t]*:[ \t]*(?<annotation>(?:typing\.)?Annotated\[[^\n#]*?\]|[^=\n#]*?)(?<assign>[ \t]*=[ \t]*)(?:(?<call>Field\([ \t]*(?:default[ \t]*=[ \t]*)?)|(?<wrapper>(?:pydantic\.)?Secret(?:Str|Bytes)\([ \t]*))?$/;
/** A class line: `class Settings(BaseSettings):`, with its bases. */
const CLASS_LINE = /^(?<indent>[ \t]*)class[ \t]+(?<name>[A-Za-z_]\w*)[ \t]*\((?<bases>[^)]*)\)[ \t]*:/;
/** After a plain default: nothing but a comment to the line's end. */
const LINE_END = /^[ \t]*(?:#[^\n]*)?(?=\r?\n|$)/;
/** After the default in `SecretStr(…)`: the call's end, then nothing but a comment to the line's end. */
const WRAPPER_END = /^[ \t]*\)(?=[ \t]*(?:#[^\n]*)?(?:\r?\n|$))/;
/** After the default in `Field(…)`: the call's end, or the arguments after it on the line (`, description="…")`). */
const FIELD_CALL_END = /^(?<rest>[ \t]*,[ \t]*(?<args>[^\n#]*?))?[ \t]*\)[ \t]*(?:#[^\n]*)?(?=\r?\n|$)/;
/** Arguments that name the variable themselves, so env_prefix does not apply: pydantic's aliases, v1's `env=`. */
const OWN_NAME_ARGUMENT = /\b(?:alias|validation_alias|env)[ \t]*=/;
/** One of those arguments, naming the variable by a plain string (not `AliasChoices(…)`): `alias="STRIPE_SECRET"`. */
const ownNameArgument = (argument: string) => new RegExp(String.raw`\b${argument}[ \t]*=[ \t]*(?<q>["'])(?<name>[A-Za-z_][\w.-]*)\k<q>`);
const VALIDATION_ALIAS = ownNameArgument("validation_alias");
const ALIAS = ownNameArgument("alias");
const ENV = ownNameArgument("env");
/**
 * `validation_alias=AliasChoices(…)` up to its first plain name, past any `AliasPath(…)` before it:
 * `AliasChoices("ORDERS_TOKEN", "LEGACY_TOKEN")` names ORDERS_TOKEN. (`paths` holds the paths skipped.)
 */
const ALIAS_CHOICES = /\bvalidation_alias\s*=\s*(?:pydantic\.)?AliasChoices\(\s*(?<paths>(?:(?:pydantic\.)?AliasPath\([^()]*\)\s*,\s*)*)(?<q>["'])(?<name>[A-Za-z_][\w.-]*)\k<q>(?<rest>[^()]*)\)/;
/** A quoted name among the other choices. */
const QUOTED_CHOICE = /(?<q>["'])(?<name>[A-Za-z_][\w.-]*)\k<q>/g;
/** A type pydantic leaves out of the model's fields: a ClassVar is the class's own attribute. */
const CLASS_VARIABLE = /^(?:typing\.)?ClassVar\b/;
/** pydantic-settings 2 (its own package), or pydantic 1's BaseSettings: they read different arguments as the variable's name. */
const SETTINGS_V2 = /^\s*(?:from[ \t]+pydantic_settings[ \t]+import|import[ \t]+pydantic_settings)\b/m;
const SETTINGS_V1 = /^\s*from[ \t]+pydantic[ \t]+import[^\n]*\bBaseSettings\b/m;
/** A `Field(` call's line when its arguments follow on the lines below: `    stripe_key: SecretStr = Field(`. */
const FIELD_CALL_OPENER = /^(?<indent>[ \t]+)(?<field>[A-Za-z_]\w*)[ \t]*:[ \t]*[^=\n#]*?[ \t]*=[ \t]*(?:pydantic\.)?Field\([ \t]*(?:#[^\n]*)?$/;
/** A line of such a call that holds only the default, up to the literal: `        default=`. */
const DEFAULT_ARGUMENT_LINE = /^[ \t]+default[ \t]*=[ \t]*$/;
/** How many lines below its opener a call's `default=` line is looked for. */
const CALL_LINES = 12;
/** The class's prefix, in SettingsConfigDict(env_prefix="APP_"), {"env_prefix": "APP_"} or v1's `class Config: env_prefix = "APP_"`. */
const ENV_PREFIX = /\benv_prefix["']?[ \t]*[=:][ \t]*(?<q>["'])(?<prefix>[^"'\\\n]*)\k<q>/;
const CASE_SENSITIVE = /\bcase_sensitive["']?[ \t]*[=:][ \t]*True\b/;
const ENV_FILE = /\benv_file["']?[ \t]*[=:]/;

export interface SettingsField {
  /** The class: `Settings`. */
  readonly className: string;
  /** The field: `api_key`. */
  readonly field: string;
  /** The variable pydantic sets the field from: `APP_API_KEY`. */
  readonly variable: string;
  readonly prefix: string;
  readonly caseSensitive: boolean;
  /** The class reads a dotenv file itself (env_file). */
  readonly readsEnvFile: boolean;
  /** What the move removes: ` = "…"`, ` = Field(default="…")`, or in `Field("…", description=…)` the default and its comma; a `default="…",` line of a call over several lines. */
  readonly removal: Span;
  /** The variable the field's own alias names (`alias="STRIPE_SECRET"`, v1's `env=`), which env_prefix does not apply to. */
  readonly alias?: string;
  /** Where the alias is the first plain name of `AliasChoices(…)`: the others, and whether an `AliasPath` comes before it. */
  readonly aliasChoices?: AliasChoices;
}

/** What `validation_alias=AliasChoices(…)` names besides the variable the move chose. */
export interface AliasChoices {
  /** The later plain names, which pydantic-settings reads only where the chosen one is unset. */
  readonly others: readonly string[];
  /** An `AliasPath(…)` (a path into another variable's JSON) comes first, and wins where its variable is set. */
  readonly pathFirst: boolean;
}

/** A field's own name for its variable: the name, and for AliasChoices the choices it was picked from. */
interface OwnName {
  readonly name: string;
  readonly choices?: AliasChoices;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

/** The lines of the class around `lineStart`: its class line (a pydantic-settings one) and its body's text; undefined elsewhere. */
function settingsClassAround(text: string, lineStart: number, fieldIndent: number): { name: string; body: string } | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (/^[ \t]*(?:#|\r?$)/.test(line) || indentOf(line) >= fieldIndent) continue;
    // The first line indented less than the field opens its block: a settings class, or not a field.
    const found = CLASS_LINE.exec(line);
    if (!found?.groups || !/\bBaseSettings\b/.test(found.groups.bases!)) return undefined;
    const classIndent = found.groups.indent!.length;
    const after = text.slice(start + line.length);
    // (The body runs to the next line, not blank or a comment, indented no more than the class line.)
    const next = new RegExp(String.raw`\n(?![ \t]*(?:#|\r?\n|$))[ \t]{0,${classIndent}}(?=\S)`).exec(after);
    return { name: found.groups.name!, body: next ? after.slice(0, next.index) : after };
  }
  return undefined;
}

/**
 * The field of a pydantic-settings class whose default is the plain one-line literal at
 * `[literalStart, literalEnd)` (quotes included): `api_key: str = "…"`, `url: str = Field(default="…")`.
 * Undefined elsewhere, and where the field names its variable itself (an alias).
 */
export function pydanticSettingsField(text: string, literalStart: number, literalEnd: number): SettingsField | undefined {
  const lineStart = text.lastIndexOf("\n", literalStart - 1) + 1;
  const found = FIELD_DEFAULT.exec(text.slice(lineStart, literalStart));
  if (!found?.groups) return defaultLineOfCall(text, lineStart, literalStart, literalEnd);
  const { indent, field, assign, call, wrapper, annotation } = found.groups;
  if (CLASS_VARIABLE.test(annotation!.trim())) return undefined;
  const after = text.slice(literalEnd, literalEnd + 400);
  const assignStart = lineStart + found.index + found[0].length - (call ?? wrapper ?? "").length - assign!.length;
  let removal: Span;
  // (`Annotated[str, Field(alias="X")]` names the variable in the annotation's metadata.)
  const annotated = /^(?:typing\.)?Annotated\[/.test(annotation!) ? ownName(text, annotation!) : undefined;
  if (annotated === null) return undefined;
  let alias: OwnName | undefined = annotated;
  if (wrapper !== undefined) {
    // (`SecretStr("…")` wraps the default pydantic would have wrapped itself: the call goes with it.)
    const end = WRAPPER_END.exec(after);
    if (!end) return undefined;
    removal = { start: assignStart, end: literalEnd + end[0].length };
  } else if (call === undefined) {
    const end = LINE_END.exec(after);
    if (!end) return undefined;
    removal = { start: assignStart, end: literalEnd };
  } else {
    const end = FIELD_CALL_END.exec(after);
    if (!end?.groups) return undefined;
    const named = ownName(text, end.groups.args ?? "");
    if (named === null) return undefined;
    alias = named ?? annotated;
    // Only the default goes from a call with more to say (`Field(description=…)`): the field is required then.
    const { rest } = end.groups;
    removal = rest === undefined ? { start: assignStart, end: literalEnd + end[0].replace(/[ \t]*#[^\n]*$/, "").length } : { start: literalStart - call.length + call.indexOf("(") + 1, end: literalEnd + rest.length - end.groups.args!.length };
  }
  return settingsField(text, lineStart, indent!.length, field!, removal, alias);
}

/**
 * The variable of `validation_alias=AliasChoices(…)`: pydantic-settings takes the first choice the
 * environment has, so the first plain name wins whenever it is set. Null where the choices hold no
 * plain name, or hold what the pattern does not read (a call other than AliasPath).
 */
function aliasChoicesName(args: string): OwnName | null {
  const found = ALIAS_CHOICES.exec(args);
  if (!found?.groups) return null;
  const others = [...found.groups.rest!.matchAll(QUOTED_CHOICE)].map((choice) => choice.groups!.name!);
  return { name: found.groups.name!, choices: { others, pathFirst: found.groups.paths !== "" } };
}

/**
 * The variable a call's arguments name for the field themselves; undefined where they name none,
 * and null where the move cannot tell which pydantic reads. pydantic-settings 2 reads
 * `validation_alias` first, then `alias`, and ignores `env=`; pydantic 1 reads `env=` and ignores
 * `alias`; of `AliasChoices(…)`, the first plain name (aliasChoicesName). A name given otherwise
 * than by one string, or in a file that says neither version, is null.
 */
function ownName(text: string, args: string): OwnName | undefined | null {
  if (!OWN_NAME_ARGUMENT.test(args)) return undefined;
  const version = SETTINGS_V2.test(text) ? 2 : SETTINGS_V1.test(text) ? 1 : undefined;
  const named = (pattern: RegExp): OwnName | null => {
    const name = pattern.exec(args)?.groups?.name;
    return name === undefined ? null : { name };
  };
  if (version === 2) {
    if (/\bvalidation_alias[ \t]*=[ \t]*(?:pydantic\.)?AliasChoices\(/.test(args)) return aliasChoicesName(args);
    if (/\bvalidation_alias[ \t]*=/.test(args)) return named(VALIDATION_ALIAS);
    if (/\balias[ \t]*=/.test(args)) return named(ALIAS);
    return undefined;
  }
  if (version === 1) return /\benv[ \t]*=/.test(args) ? named(ENV) : undefined;
  return null;
}

/**
 * The field whose `Field(` call, over several lines, has the literal as its `default=` line's only
 * argument (`stripe_key: SecretStr = Field(` … `        default="…",` … `)`): the line goes, and
 * the call keeps its other arguments.
 */
function defaultLineOfCall(text: string, lineStart: number, literalStart: number, literalEnd: number): SettingsField | undefined {
  if (!DEFAULT_ARGUMENT_LINE.test(text.slice(lineStart, literalStart))) return undefined;
  const lineEnd = text.indexOf("\n", literalEnd);
  if (!/^[ \t]*,?[ \t]*\r?$/.test(text.slice(literalEnd, lineEnd === -1 ? text.length : lineEnd))) return undefined;
  // The call's opening line above, past its other arguments' lines.
  let opener: RegExpExecArray | null = null;
  let openerStart = lineStart;
  for (let row = 0; row < CALL_LINES && openerStart > 0 && !opener; row++) {
    openerStart = text.lastIndexOf("\n", openerStart - 2) + 1;
    const line = text.slice(openerStart, text.indexOf("\n", openerStart));
    opener = FIELD_CALL_OPENER.exec(line.replace(/\r$/, ""));
    if (!opener && !/^[ \t]+[A-Za-z_]\w*[ \t]*=[^\n]*,[ \t]*(?:#[^\n]*)?\r?$/.test(line)) return undefined;
  }
  if (!opener?.groups) return undefined;
  // (Its arguments run to the `)` alone on a line at the opener's indentation.)
  const close = new RegExp(String.raw`\n${opener.groups.indent}\)`).exec(text.slice(openerStart, openerStart + 2000));
  if (!close) return undefined;
  const named = ownName(text, text.slice(openerStart, openerStart + close.index));
  if (named === null) return undefined;
  const removal = { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd + 1 };
  return settingsField(text, openerStart, opener.groups.indent!.length, opener.groups.field!, removal, named);
}

/** The field of the pydantic-settings class around `lineStart` (its declaration's line), with what its variable is; undefined outside one. */
function settingsField(text: string, lineStart: number, indent: number, field: string, removal: Span, own: OwnName | undefined): SettingsField | undefined {
  const owner = settingsClassAround(text, lineStart, indent);
  if (!owner) return undefined;
  const prefix = ENV_PREFIX.exec(owner.body)?.groups?.prefix ?? "";
  const caseSensitive = CASE_SENSITIVE.test(owner.body);
  // (An alias is the variable's whole name: env_prefix does not apply to it.)
  const written = own?.name ?? `${prefix}${field}`;
  const variable = caseSensitive ? written : written.toUpperCase();
  return {
    className: owner.name,
    field,
    variable,
    prefix,
    caseSensitive,
    readsEnvFile: ENV_FILE.test(owner.body),
    removal,
    ...(own !== undefined ? { alias: own.name } : {}),
    ...(own?.choices !== undefined ? { aliasChoices: own.choices } : {}),
  };
}
