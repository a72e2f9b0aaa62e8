/**
 * A literal that is the default of a read the code already does: `process.env.ORDERS_URL ?? "…"`,
 * `os.getenv("ORDERS_URL", "…")`, `configuration["Orders:Url"] ?? "…"`, Spring's
 * `${orders.url:…}`. The setting has a name already, the one read: the move stores the value under
 * it and takes the default out, so the read stands alone. Replacing only the literal would have the
 * setting read from two places (`process.env.ORDERS_URL ?? process.env.CONFIG__URL`), so a
 * default the move cannot take out whole (one with more after it, `?? "https://…" + "/v2"`, or
 * of a read the move does not take apart, `getEnv("X", "…")`) is refused instead (fallbackAt). The
 * reads are the idioms of ../engine/lookups/idioms.ts, which the engine names values by.
 */
import { isSpringSettingsFile } from "../engine/file-type";
import { afterDefault, defaultReadsBefore } from "../engine/lookups/default-read";
import { EXPANSION_DEFAULT_OPENING } from "../engine/lookups/expansion-default";
import { FixPlanError } from "./errors";
import { isTypeScriptPath, type CodeLanguage, type FileKind } from "./file-kind";
import { lineNumberAt } from "./lines";
import { withShellCheck } from "./shell-check";
import { shellQuotingAt } from "./shell-quoting";
import { javaImportObjectsEdit } from "./imports";
import { inQueryLambda, notSetMessage, stoppingExpansion, stoppingRead, stoppingReadIn } from "./stopping-read";
import { decodedLiteralText, pythonFieldExpressionAt, sourceIsNotValue, stringLiteralAt, type StringLiteral } from "./literals";
import { appConfigurationEnvLine, appConfigurationProviderNote, composeEnvironmentNote, coversContent, environmentNotes, readAccessNote, unsupportedStyle, type Replacement, type ReplacementRequest, type Span } from "./replacement-common";

export interface FallbackRead {
  /** The name read: an environment variable (`ORDERS_URL`), a configuration key (`Orders:Url`), a Spring property or placeholder (`orders.url`). */
  readonly name: string;
  /** Where the program looks the name up. */
  readonly source: "environment" | "configuration" | "spring";
  /** The variable that sets the value: the one read, or for Spring the one its environment maps to the name. Undefined for a configuration key. */
  readonly variable: string | undefined;
  /** What the move rewrites: the read and its default, or (where the read stays as it is) only the default. */
  readonly expression: Span;
  /** The read and its default as written, where the file reads the name for this value (`expression` or more). */
  readonly whole: Span;
  /** What `expression` becomes: the read alone, or "" where only the default goes. */
  readonly replacement: string;
  /** The read alone, on one line, as the notes quote it. */
  readonly read: string;
  /** The default's text, as written between its quotes (or after Spring's `:`). */
  readonly value: Span;
  /** The literal holding the default, where there is one (not in Spring's placeholder). */
  readonly literal?: StringLiteral;
}

/**
 * Code on one line, as a note quotes it and the move writes it: black's and gofmt's
 * `os.getenv(\n    "X",\n)` becomes `os.getenv("X")`. (A line break after an opening bracket or
 * before a closing one or a `.` goes; elsewhere it is a blank.)
 */
function oneLine(code: string): string {
  return code.replace(/[ \t]*\r?\n\s*/g, (gap: string, at: number) => ("([{.".includes(code[at - 1] ?? "") || ")]},.".includes(code[at + gap.length] ?? "") ? "" : " "));
}

/** Whether code holds a comment (outside its quoted names), which writing it on one line would run into the code after it. */
function holdsComment(code: string): boolean {
  return /#|\/\/|\/\*/.test(code.replace(/"[^"\n]*"|'[^'\n]*'/g, ""));
}

/** What an idiom found: the read and its default, or the read with more after the default than the idiom takes. */
type IdiomMatch = { readonly fallback: FallbackRead } | { readonly partOf: { readonly read: string; readonly name: string } };

/**
 * The idiom the literal (or the literal in parentheses, `?? ("…")`) is the default in, of those
 * the move takes apart in `language`, within `bounds` (the file, or an f-string field's expression).
 */
function idiomAt(text: string, language: CodeLanguage, literal: StringLiteral, bounds: Span): IdiomMatch | undefined {
  const units: Span[] = [literal];
  const opening = /\([ \t]*$/.exec(text.slice(Math.max(bounds.start, literal.start - 20), literal.start));
  const closing = /^[ \t]*\)/.exec(text.slice(literal.end, Math.min(bounds.end, literal.end + 20)));
  // (A `(` right after a word, `)` or `]` is a call's, whose `)` is no part of the literal.)
  if (opening && closing && !/[\w$)\]]\s*$/.test(text.slice(Math.max(bounds.start, literal.start - opening[0].length - 20), literal.start - opening[0].length))) {
    units.push({ start: literal.start - opening[0].length, end: literal.end + closing[0].length });
  }
  let partOf: { read: string; name: string } | undefined;
  for (const unit of units) {
    const tail = text.slice(unit.end, Math.min(bounds.end, unit.end + 200));
    for (const { idiom, name, groups, start, read: readSpan } of defaultReadsBefore(text, unit.start, bounds.start, language)) {
      const written = idiom.read?.(groups) ?? groups.read!;
      const read = oneLine(written);
      const after = afterDefault(idiom, groups)?.exec(tail);
      if (!after) {
        partOf ??= { read, name };
        continue;
      }
      const end = unit.end + (after.groups?.gone?.length ?? 0);
      // (An idiom that keeps its read has a `read` group; the others may build the read instead.)
      const readEnd = idiom.keepsRead ? readSpan!.end : start;
      return {
        fallback: {
          name,
          source: idiom.source,
          variable: idiom.source === "environment" ? name : idiom.source === "spring" ? springPlaceholderVariable(name) : undefined,
          // (From the read's start: the call around it, `cmp.Or(…)`, goes with the default.)
          expression: idiom.keepsRead ? { start: readEnd, end } : { start, end },
          whole: { start: idiom.keepsRead ? readSpan!.start : start, end },
          replacement: idiom.keepsRead ? "" : holdsComment(written) ? written : read,
          read,
          value: { start: literal.contentStart, end: literal.contentEnd },
          literal,
        },
      };
    }
  }
  return partOf === undefined ? undefined : { partOf };
}

/** Whether the literal is the default of a read in an idiom the move does not take apart here (`getEnv("X", "…")`, `Deno.env.get("X") ?? "…"`). */
function namedOnlyReadBefore(text: string, literal: StringLiteral, bounds: Span): boolean {
  for (const { idiom } of defaultReadsBefore(text, literal.start, bounds.start)) {
    // (A literal with more arguments after it is not a call's default: `config.get("Credentials", "gs_host", None)`.)
    if (!idiom.lastArgument || !/^\s*,/.test(text.slice(literal.end, literal.end + 80))) return true;
  }
  return false;
}

/** An operator that gives a read a default: `??`, `||`, `?:`, Python's `or` (before an optional `(`). */
const DEFAULT_OPERATOR = /(?:\?\?|\|\||\?:|(?<![\w$])or)\s*(?:\(\s*)?$/;
/** A read of the environment or of configuration, as most languages write one. */
const READ_WORD = /process\.env|import\.meta\.env|\bENV\b|\$_(?:ENV|SERVER)\b|\b(?:getenv|Getenv|LookupEnv|GetEnvironmentVariable|environ|GetValue|GetSection|GetConnectionString|getProperty|getOrDefault)\b|[Cc]onfig(?:uration)?\s*\[|\b[Cc]onfig\w*\.[Gg]et\w*\(/;
/** A call with a quoted name first and the literal second: `env("X", "…")`, `getEnv("X", "…")`. */
const NAMED_READ_CALL = /(?<![\w$.])(?<callee>[A-Za-z_][\w.]*)\(\s*(?<q>["'])[A-Za-z_][\w.:-]*\k<q>\s*,\s*$/;
const READ_CALLEE = /env|config|setting|propert/i;
/** A call that writes the name rather than reads it (`config.set("k", "…")`), whose second argument is the value, not a default. */
const WRITE_CALLEE = /(?:^|\.)(?!setdefault)(?:set|put|add|update|write|register)\w*$/i;

/**
 * Whether the literal is the default of a read no idiom knows: after an operator that gives
 * defaults, behind something that reads the environment or configuration
 * (`process.env.X?.trim() || "…"`), or the second argument of a call that reads a name
 * (`env("X", "…")`, `getEnv("X", "…")`), where what the helper does without it is not known.
 */
function unknownReadBefore(text: string, literal: StringLiteral, bounds: Span): boolean {
  const head = text.slice(Math.max(bounds.start, literal.start - 160), literal.start);
  const call = NAMED_READ_CALL.exec(head);
  if (call?.groups && READ_CALLEE.test(call.groups.callee!) && !WRITE_CALLEE.test(call.groups.callee!)) return true;
  const operator = DEFAULT_OPERATOR.exec(head);
  if (!operator) return false;
  // The operand before the operator, back to the statement's start or an assignment.
  const operand = head.slice(0, operator.index).split(/[;{}]|(?<![=!<>?])=(?![=>])/).pop()!;
  return READ_WORD.test(operand);
}

/**
 * The literal holding `target`, and the part of the text its expression lies in: a literal inside
 * a Python f-string's replacement field (`{os.getenv('HOST', '…')}`) is a string of its own there.
 */
function literalAround(text: string, language: Exclude<CodeLanguage, "other">, target: Span): { literal: StringLiteral; bounds: Span } | undefined {
  const literal = stringLiteralAt(text, language, target);
  if (!literal) return undefined;
  const field = language === "python" ? pythonFieldExpressionAt(text, literal, target.start) : undefined;
  if (!field || target.end > field.end) return { literal, bounds: { start: 0, end: text.length } };
  const inner = stringLiteralAt(text.slice(field.start, field.end), language, { start: target.start - field.start, end: target.end - field.start });
  if (!inner) return undefined;
  const shift = field.start;
  return { literal: { ...inner, start: inner.start + shift, end: inner.end + shift, contentStart: inner.contentStart + shift, contentEnd: inner.contentEnd + shift }, bounds: field };
}

/** Java's and Kotlin's `@Value("${orders.url:…}")`: Spring resolves the placeholder, default and all. */
const VALUE_ANNOTATION = /@Value\(\s*(?:value\s*=\s*)?$/;

/** The read (or why none can be moved) that the code value at `target` is the default of. */
function codeDefault(text: string, language: CodeLanguage, target: Span): { readonly fallback: FallbackRead } | { readonly refusal: string } | undefined {
  if (language === "other") return undefined;
  const around = literalAround(text, language, target);
  if (!around || around.literal.unterminated || around.literal.form.open === "") return undefined;
  const { literal, bounds } = around;
  if ((language === "java" || language === "kotlin" || language === "groovy") && VALUE_ANNOTATION.test(text.slice(Math.max(0, literal.start - 40), literal.start))) {
    // (Its `}` in the string: the default is what the move takes out, inside the annotation.)
    const placeholder = target.end < literal.contentEnd ? springFallback(text, target, literal.contentStart) : undefined;
    return placeholder && { fallback: { ...placeholder, literal } };
  }
  const found = idiomAt(text, language, literal, bounds);
  // Only a default that is the whole literal: `process.env.X ?? "https://" + host` is more than one.
  // (A connection string's span leaves out its last `;`, which is still the default's.)
  const whole = coversContent(text, literal.contentStart, literal.contentEnd, target);
  if (found && "fallback" in found && whole) return found;
  if (found && "fallback" in found) {
    const { read, name } = found.fallback;
    return { refusal: `The value is only part of the default of ${read}, whose string holds more: moving the value alone would give the setting a second source and leave the rest in the code. Set the whole default as ${name} and take it out of the code by hand.` };
  }
  if (found) {
    const { read, name } = found.partOf;
    return {
      refusal: `The value is only part of the default of ${read} (more follows it in the same expression): moving it alone would give the setting a second source. Write the default as one string, then move it, or set the whole default as ${name} and take it out of the code by hand.`,
    };
  }
  if (whole && (namedOnlyReadBefore(text, literal, bounds) || unknownReadBefore(text, literal, bounds))) {
    return {
      refusal: "The value is the default of a read the fix does not recognise (a helper, or a read it cannot take apart): replacing it would have the setting read from a second place. Store the value under the name the code reads and remove the default by hand.",
    };
  }
  return undefined;
}

/**
 * The environment variable Spring looks a placeholder's name up in: its `.` and `-` as `_`, upper
 * case (`orders.api-url` → `ORDERS_API_URL`), as SystemEnvironmentPropertySource does.
 */
export function springPlaceholderVariable(name: string): string {
  return name.replace(/[.-]/g, "_").toUpperCase();
}

/** `${orders.url:https://…}`: the default runs from the `:` to the closing brace. */
function springFallback(text: string, target: Span, from = 0): FallbackRead | undefined {
  const head = /\$\{(?<name>[A-Za-z_][\w.-]*(?:\[\d+\][\w.-]*)*):$/.exec(text.slice(Math.max(from, target.start - 200), target.start));
  if (!head?.groups || text[target.end] !== "}") return undefined;
  const name = head.groups.name!;
  const start = target.start - head[0].length;
  return { name, source: "spring", variable: springPlaceholderVariable(name), expression: { start, end: target.end + 1 }, whole: { start, end: target.end + 1 }, replacement: `\${${name}}`, read: `\${${name}}`, value: target };
}

/**
 * The shell's and docker compose's `${DB_PASSWORD:-…}` (or `-`, `:=`, `=`): the default is what
 * runs where the variable is unset or empty. Without it the expansion becomes
 * `${DB_PASSWORD:?DB_PASSWORD is not set}`, which stops the script or compose with that message
 * where a bare `${DB_PASSWORD}` would run on with an empty password.
 */
const EXPANSION_DEFAULT_BEFORE = new RegExp(`${EXPANSION_DEFAULT_OPENING}$`);

function expansionFallback(text: string, target: Span): FallbackRead | undefined {
  const head = EXPANSION_DEFAULT_BEFORE.exec(text.slice(Math.max(0, target.start - 90), target.start));
  if (!head?.groups || text[target.end] !== "}") return undefined;
  const name = head.groups.variable!;
  const start = target.start - head[0].length;
  const replacement = stoppingExpansion(name);
  return { name, source: "environment", variable: name, expression: { start, end: target.end + 1 }, whole: { start, end: target.end + 1 }, replacement, read: replacement, value: target };
}

/**
 * The Serverless Framework's `${env:API_KEY, '…'}`: the default is what a deployment from a shell
 * without API_KEY writes into the function's settings. Without it, `${env:API_KEY}` stops the
 * deployment where the variable is unset. A default of another source (`${ssm:/orders/key, '…'}`,
 * `${param:…}`) is read from a store the move does not write to: refused, with why.
 */
const SERVERLESS_DEFAULT_OPENING = /\$\{(?<source>env|ssm|param|self|opt|file|s3|cf|aws|sls):(?<name>[\w./:-]{1,120}?),[ \t]*(?<q>["'])$/;

function serverlessDefault(text: string, target: Span): { readonly fallback: FallbackRead } | { readonly refusal: string } | undefined {
  const head = SERVERLESS_DEFAULT_OPENING.exec(text.slice(Math.max(0, target.start - 140), target.start));
  const closing = head?.groups && new RegExp(String.raw`^${head.groups.q}[ \t]*\}`).exec(text.slice(target.end, target.end + 20));
  if (!head?.groups || !closing) return undefined;
  const { source, name } = head.groups as { source: string; name: string };
  const read = `\${${source}:${name}}`;
  if (source !== "env" || !/^[A-Za-z_]\w*$/.test(name)) {
    return { refusal: `The value is the default of ${read}, which the Serverless Framework resolves from ${source === "ssm" ? "AWS Systems Manager" : `its ${source} source`} when it deploys, not from Key Vault: store the value there and take the default out by hand, or read it from the environment (\${env:NAME}) and move it again.` };
  }
  const start = target.start - head[0].length;
  const end = target.end + closing[0].length;
  return { fallback: { name, source: "environment", variable: name, expression: { start, end }, whole: { start, end }, replacement: read, read, value: target } };
}

/** Whether the shell reads the expansion at `offset` (not in single quotes, nor where its quoting is unsure). */
function shellExpands(text: string, offset: number): boolean {
  const quoting = shellQuotingAt(text, offset);
  return quoting !== undefined && quoting !== "single";
}

/**
 * The read whose default the value at `target` is; or, where the value is such a default but the
 * move cannot take it out whole (only part of the default, `?? "https://…" + "/v2"`, or of a read
 * the move does not take apart, `getEnv("X", "…")`), why: replacing the literal would have the setting read
 * from a second place. Undefined where the value is no default of a read.
 */
export function fallbackAt(text: string, typePath: string, kind: FileKind, target: Span): { readonly fallback: FallbackRead } | { readonly refusal: string } | undefined {
  if (kind.family === "code") {
    const expansion = kind.language === "shell" && shellExpands(text, target.start) ? expansionFallback(text, target) : undefined;
    return expansion ? { fallback: expansion } : codeDefault(text, kind.language, target);
  }
  if (kind.family === "yaml") {
    const serverless = serverlessDefault(text, target);
    if (serverless) return serverless;
  }
  const fallback = isSpringSettingsFile(typePath) ? springFallback(text, target) : kind.family === "yaml" && kind.dialect === "compose" ? expansionFallback(text, target) : undefined;
  return fallback && { fallback };
}

/** The read whose default the value at `target` is, or undefined. */
export function fallbackReadAt(text: string, typePath: string, kind: FileKind, target: Span): FallbackRead | undefined {
  const found = fallbackAt(text, typePath, kind, target);
  return found && "fallback" in found ? found.fallback : undefined;
}

/** The default's value as the program reads it; refused where escapes or interpolation make it uncertain. */
function fallbackValue(text: string, fallback: FallbackRead): string {
  const { literal, value } = fallback;
  const source = text.slice(value.start, value.end);
  const why = literal ? sourceIsNotValue(text, literal, value.start, value.end) : /[\\$]/.test(source) ? "escapes or placeholders" : undefined;
  if (why === undefined) return source;
  const decoded = literal ? decodedLiteralText(text, literal, value.start, value.end) : undefined;
  if (decoded !== undefined) return decoded;
  throw new FixPlanError("notLiteral", `The default uses ${why}, so its text is not the value the program uses: move it by hand.`);
}

/**
 * What a read with a default becomes without it, where the language has a read that stops where
 * the name is unset (stopping-read.ts): `Environment.GetEnvironmentVariable("X") ?? "…"` becomes
 * `… ?? throw new InvalidOperationException("X is not set")`, and so does C#'s configuration read.
 * Undefined where the read stays and only what follows it goes (`if (v == null) v = "…";`).
 */
function stoppingFallback(request: ReplacementRequest, fallback: FallbackRead): string | undefined {
  if (request.kind.family !== "code" || fallback.replacement === "" || fallback.literal === undefined) return undefined;
  const { language } = request.kind;
  if (fallback.source === "spring" || (fallback.source === "configuration" && language !== "csharp")) return undefined;
  if (language === "csharp" && inQueryLambda(request.text, fallback.expression.start)) return undefined;
  const stopping = stoppingRead(language, fallback.replacement, fallback.name, request.text);
  if (stopping === undefined) return undefined;
  return stoppingReadIn(request.text, fallback.expression, language, stopping);
}

/**
 * The move of a default: the value is stored, and the read stays without it (`process.env.ORDERS_URL`).
 * The style is the read's: an environment variable, or (C#) the configuration key.
 */
export function fallbackReplacement(request: ReplacementRequest, fallback: FallbackRead): Replacement {
  const { text } = request;
  const style = fallback.source === "configuration" ? "configuration" : "environmentVariable";
  if (request.style !== undefined && request.style !== style) throw unsupportedStyle(request.style, "a read with a default, which keeps reading what it reads", [style]);
  const value = fallbackValue(text, fallback);
  const typeScript = request.kind.family === "code" && request.kind.language === "javascript" && isTypeScriptPath(request.filePath);
  // (The default made the read a string in TypeScript; `!` keeps it one, as the literal's own move does.)
  const asserted = typeScript && UNDEFINED_WHEN_UNSET.test(fallback.replacement);
  const stopping = stoppingFallback(request, fallback);
  const stoppingOrPlain = stopping ?? (asserted ? `${fallback.replacement}!` : fallback.replacement);
  const importEdit = stopping !== undefined && request.kind.family === "code" && request.kind.language === "java" ? javaImportObjectsEdit(text) : undefined;
  // (A shell's `${X:?…}` in a subshell ends only the subshell: the check goes before the command.)
  const shellCheck = request.kind.family === "code" && request.kind.language === "shell" ? withShellCheck(text, fallback.expression.start, fallback.name, stoppingOrPlain) : undefined;
  const replacement = shellCheck?.written ?? stoppingOrPlain;
  const replaced: Omit<Replacement, "notes"> = {
    value,
    edits: [...(importEdit ? [importEdit] : []), ...(shellCheck?.edits ?? []), { start: fallback.expression.start, end: fallback.expression.end, newText: replacement }],
    description: replacement || fallback.read,
    style,
    ...(fallback.source === "configuration" ? { configurationKey: fallback.name } : {}),
  };
  const source = fallback.source === "spring" ? `what Spring finds for ${fallback.name} (the environment variable ${fallback.variable}, or a property source)` : `${fallback.variable ?? fallback.name}, which the code read already,`;
  if (VITE_READ.test(fallback.read) && fallback.variable !== undefined) return { ...replaced, notes: viteNotes(request, fallback.read, fallback.variable, typeScript) };
  const expansion = expansionDefaultNotes(request, fallback);
  if (expansion !== undefined) return { ...replaced, notes: shellCheck ? [...expansion, shellCheck.note] : expansion };
  const dropped =
    stopping === undefined
      ? `The default is gone: ${fallback.read} now stands alone, so ${source} is the value's only source and must be set wherever the program runs.`
      : `The default is gone: ${source} is the value's only source, and where it is not set the program now stops with "${notSetMessage(fallback.name)}".`;
  const notes =
    fallback.source !== "configuration"
      ? [dropped, ...environmentNotes(request, fallback.variable)]
      : request.purpose === "secret"
        ? [dropped, `Program.cs must call builder.Configuration.AddAzureKeyVault(…) so the secret ${request.storeName} is read as ${fallback.name}.`, readAccessNote(request.storeUrl)]
        : [dropped, appConfigurationProviderNote(request, fallback.name)];
  // (Debian's and php.ini-production's variables_order is GPCS: the read then finds nothing, set or not.)
  if (fallback.read.startsWith("$_ENV[") && fallback.variable !== undefined) {
    notes.push(`PHP fills $_ENV only where php.ini's variables_order holds E (php.ini-production's GPCS leaves it empty, unless a dotenv library fills it): where it does not, read getenv('${fallback.variable}') or $_SERVER['${fallback.variable}'] instead.`);
  }
  if (asserted) {
    notes.push(`${fallback.read} is string | undefined in TypeScript, where the default made it a string: it is written ${fallback.read}!, so the code compiles as before, but the value is undefined where ${fallback.variable ?? fallback.name} is not set: check it where the value is used.`);
  } else if (typeScript) {
    notes.push(`${fallback.read} is string | undefined in TypeScript, where the default made it a string: handle the unset case where the value is used.`);
  }
  const others = otherDefaultLines(request, fallback);
  if (others.length > 0) {
    const variable = fallback.variable ?? fallback.name;
    notes.push(
      others.length === 1
        ? `${fallback.read} is read on line ${others[0]} too, with a different default: the stored value is this one's, and that read keeps its own while ${variable} is unset.`
        : `${fallback.read} is read on lines ${others.slice(0, -1).join(", ")} and ${others[others.length - 1]} too, with different defaults: the stored value is this one's, and those reads keep theirs while ${variable} is unset.`,
    );
  }
  return { ...replaced, notes };
}

/**
 * The notes of a default taken out of a script's, a compose file's or a Serverless file's
 * expansion: what now stops where the variable is unset, and where to set it. Undefined for
 * other reads.
 */
function expansionDefaultNotes(request: ReplacementRequest, fallback: FallbackRead): string[] | undefined {
  const { kind } = request;
  const variable = fallback.variable;
  if (variable === undefined || fallback.literal !== undefined) return undefined;
  const secret = request.purpose === "secret";
  if (kind.family === "yaml" && fallback.read.startsWith("${env:")) {
    const stopped = `The default is gone: ${fallback.read} now stands alone, and the Serverless Framework stops a deployment where ${variable} is unset, so ${variable}, which the file read already, is the value's only source: set it where the deployment runs.`;
    // (The deployment copies what it resolves into the function's settings, where anyone who can read them sees it.)
    const appSetting = `The deployment writes the value into the function's settings as text. On Azure Functions the setting can hold the Key Vault reference itself (${request.reference}), resolved by the app's managed identity when it runs, so the value never passes through the deployment.`;
    const line = secret ? `${variable}="${request.reference}"` : appConfigurationEnvLine(variable, request);
    const deploy = `With the line ${line} in .env, a deployment run with "Run with secrets" has ${variable} set from ${secret ? "Key Vault" : "App Configuration"}.`;
    return secret ? [stopped, deploy, appSetting, readAccessNote(request.storeUrl)] : [stopped, deploy];
  }
  if (kind.family === "yaml" && kind.dialect === "compose") {
    const stopped = `The default is gone: docker compose now stops with "${variable} is not set" where ${variable} is unset or empty, so ${variable}, which the file read already, is the value's only source.`;
    return [stopped, composeEnvironmentNote(variable, request), ...(secret ? [readAccessNote(request.storeUrl)] : [])];
  }
  if (kind.family === "code" && kind.language === "shell") {
    const stopped = `The default is gone: the script now stops with "${variable} is not set" where ${variable} is unset or empty, so ${variable}, which it read already, is the value's only source and must be set wherever the script runs.`;
    return [stopped, ...environmentNotes(request, variable)];
  }
  return undefined;
}

/** How many places a read's name is looked for, and how many quotes after each: a bounded cost on any file. */
const MOST_OTHER_READS = 50;
const QUOTES_AFTER_NAME = 4;
const DEFAULT_REACH = 200;

/**
 * The lines (1-based) where code reads the same name with a default other than this move's
 * (`process.env.API_URL ?? "…a…"` here, `?? "…b…"` further down): the store gets one value, and
 * each of those reads goes on falling back to its own. Each name's occurrence is tried with the
 * few literals after it, as the move itself would read them.
 */
function otherDefaultLines(request: ReplacementRequest, fallback: FallbackRead): number[] {
  const { text, kind } = request;
  if (kind.family !== "code" || kind.language === "other") return [];
  const ours = text.slice(fallback.value.start, fallback.value.end);
  const lines = new Set<number>();
  let seen = 0;
  for (let at = text.indexOf(fallback.name); at !== -1 && seen < MOST_OTHER_READS; at = text.indexOf(fallback.name, at + fallback.name.length)) {
    if (fallback.whole.start <= at && at < fallback.whole.end) continue;
    seen++;
    let quotes = 0;
    for (let q = at + fallback.name.length; q < Math.min(text.length, at + DEFAULT_REACH) && quotes < QUOTES_AFTER_NAME; q++) {
      if (!/["'`]/.test(text[q]!)) continue;
      quotes++;
      const literal = stringLiteralAt(text, kind.language, { start: q + 1, end: q + 1 });
      if (!literal || literal.contentStart !== q + 1) continue;
      const other = fallbackReadAt(text, request.filePath, kind, { start: literal.contentStart, end: literal.contentEnd });
      if (other && other.name === fallback.name && other.source === fallback.source && other.whole.start !== fallback.whole.start) {
        if (text.slice(other.value.start, other.value.end) !== ours) lines.add(lineNumberAt(text, other.value.start));
        break;
      }
    }
  }
  return [...lines].sort((a, b) => a - b);
}

/**
 * A read TypeScript types as string | undefined: Node's and Bun's `process.env.X`, `Bun.env["X"]`,
 * Deno's `Deno.env.get("X")`. (Vite's `import.meta.env.X` is typed by the app's own declarations.)
 */
const UNDEFINED_WHEN_UNSET = /^(?:(?:process|Bun)\.env(?:\.[A-Za-z_$][\w$]*|\[\s*(["'])[^"'\n]+\1\s*\])|Deno\.env\.get\(\s*(["'])[^"'\n]+\2\s*\))$/;

/** Vite's `import.meta.env.X`: the bundler writes the value in when the app is built. */
const VITE_READ = /^import\.meta\.env\b/;

/** A Vite read's variable is set where `vite build` runs: the running app reads nothing. */
function viteNotes(request: ReplacementRequest, read: string, variable: string, typeScript: boolean): string[] {
  return [
    `The default is gone: ${read} now stands alone, so ${variable}, which the code read already, is the value's only source and must be set wherever the app is built.`,
    `Vite writes ${read} into the bundle when the app is built, not when it runs: set ${variable} for \`vite build\` (in the build pipeline, or with the line ${appConfigurationEnvLine(variable, request)} in .env and the build run with "Run with secrets"). An app setting on the running app changes nothing.`,
    ...(typeScript ? [`If ${variable} is unset when the app is built, ${read} is undefined in the bundle: handle the unset case where the value is used.`] : []),
  ];
}
