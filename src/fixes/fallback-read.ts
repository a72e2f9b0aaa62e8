/**
 * A literal that is the default of a read the code already does: `process.env.ORDERS_URL ?? "…"`,
 * `os.getenv("ORDERS_URL", "…")`, `configuration["Orders:Url"] ?? "…"`, Spring's
 * `${orders.url:…}`. The setting has a name already, the one read: the move stores the value under
 * it and takes the default out, so the read stands alone. Replacing only the literal would have the
 * setting read from two places (`process.env.ORDERS_URL ?? process.env.CONFIG__URL`).
 */
import { FixPlanError } from "./errors";
import { baseNameOf, type CodeLanguage, type FileKind } from "./file-kind";
import { decodedLiteralText, sourceIsNotValue, stringLiteralAt, type StringLiteral } from "./literals";
import { appConfigurationProviderNote, environmentNotes, unsupportedStyle, type Replacement, type ReplacementRequest, type Span } from "./replacement-common";

export interface FallbackRead {
  /** The name read: an environment variable (`ORDERS_URL`), a configuration key (`Orders:Url`), a Spring property or placeholder (`orders.url`). */
  readonly name: string;
  /** Where the program looks the name up. */
  readonly source: "environment" | "configuration" | "spring";
  /** The variable that sets the value: the one read, or for Spring the one its environment maps to the name. Undefined for a configuration key. */
  readonly variable: string | undefined;
  /** The read and its default, which `read` replaces. */
  readonly expression: Span;
  /** The read alone, as the code writes it. */
  readonly read: string;
  /** The default's text, as written between its quotes (or after Spring's `:`). */
  readonly value: Span;
  /** The literal holding the default, where there is one (not in Spring's placeholder). */
  readonly literal?: StringLiteral;
}

/** After the default: what ends an operand (`,`, `;`, a closing bracket, the line's end, a comment). */
const OPERAND_END = /^[ \t]*(?:[,;)\]}]|\r?\n|\/\/|#|$)/;
/** After the default: the call's closing parenthesis. */
const CALL_END = /^\s*\)/;

interface Shape {
  /** Matches the text right before the literal; its `read` group is the read without the default. */
  readonly before: RegExp;
  /** What must follow the literal: an operand's end, or the call's `)`, which then goes too. */
  readonly after: "operand" | "call";
  readonly source: "environment" | "configuration";
  /** The read as it stands alone, from the match (by default the `read` group as written). */
  readonly read?: (groups: Record<string, string>) => string;
  /** The name read (by default the `name` group). */
  readonly name?: (groups: Record<string, string>) => string;
}

/** A quoted name in a call: `"ORDERS_URL"` or `'ORDERS_URL'`. */
const QUOTED_NAME = String.raw`(?<q>["'])(?<name>[A-Za-z_][\w.:-]*)\k<q>`;
/** Not right after a word or a `.`: the read starts the operand. */
const STARTS = String.raw`(?<![\w$.])`;

const SHAPES: Partial<Record<CodeLanguage, readonly Shape[]>> = {
  javascript: [
    {
      before: new RegExp(String.raw`${STARTS}(?<read>(?:process\.env|import\.meta\.env)(?:\.(?<name>[A-Za-z_$][\w$]*)|\[\s*(?<q>["'])(?<quoted>[A-Za-z_][\w.-]*)\k<q>\s*\]))\s*(?:\?\?|\|\|)\s*$`),
      after: "operand",
      source: "environment",
      name: (groups) => groups.name ?? groups.quoted!,
    },
  ],
  python: [
    { before: new RegExp(String.raw`${STARTS}(?<read>(?:os\.)?(?:getenv|environ\.get)\(\s*${QUOTED_NAME})\s*,\s*(?:default\s*=\s*)?$`), after: "call", source: "environment", read: (groups) => `${groups.read})` },
    { before: new RegExp(String.raw`${STARTS}(?<read>(?:os\.)?(?:getenv|environ\.get)\(\s*${QUOTED_NAME}\s*\))\s+or\s+$`), after: "operand", source: "environment" },
  ],
  csharp: [
    { before: new RegExp(String.raw`${STARTS}(?<read>(?:System\.)?Environment\.GetEnvironmentVariable\(\s*"(?<name>[A-Za-z_][\w.:-]*)"\s*\))\s*\?\?\s*$`), after: "operand", source: "environment" },
    // `builder.Configuration["Orders:Url"]`, `_configuration["…"]`, `config["…"]`.
    { before: new RegExp(String.raw`${STARTS}(?<read>(?:[A-Za-z_]\w*\.)*[A-Za-z_]*[Cc]onfig(?:uration)?\s*\[\s*"(?<name>[^"\\\n]+)"\s*\])\s*\?\?\s*$`), after: "operand", source: "configuration" },
    {
      before: new RegExp(String.raw`${STARTS}(?<read>(?:[A-Za-z_]\w*\.)*GetConnectionString\(\s*"(?<cs>[^"\\\n]+)"\s*\))\s*\?\?\s*$`),
      after: "operand",
      source: "configuration",
      name: (groups) => `ConnectionStrings:${groups.cs}`,
    },
    { before: new RegExp(String.raw`${STARTS}(?<read>(?:[A-Za-z_]\w*\.)*GetValue(?:<[\w?]+>)?\(\s*"(?<name>[^"\\\n]+)")\s*,\s*$`), after: "call", source: "configuration", read: (groups) => `${groups.read})` },
  ],
  java: [
    { before: new RegExp(String.raw`${STARTS}System\.getenv\(\)\.getOrDefault\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*,\s*$`), after: "call", source: "environment", read: (groups) => `System.getenv("${groups.name}")` },
    { before: new RegExp(String.raw`${STARTS}(?:java\.util\.)?Objects\.requireNonNullElse\(\s*(?<read>System\.getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))\s*,\s*$`), after: "call", source: "environment" },
  ],
  kotlin: [{ before: new RegExp(String.raw`${STARTS}(?<read>System\.getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))\s*\?:\s*$`), after: "operand", source: "environment" }],
  go: [{ before: new RegExp(String.raw`${STARTS}cmp\.Or\(\s*(?<read>os\.Getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))\s*,\s*$`), after: "call", source: "environment" }],
  ruby: [
    { before: new RegExp(String.raw`${STARTS}(?<read>ENV\.fetch\(\s*${QUOTED_NAME})\s*,\s*$`), after: "call", source: "environment", read: (groups) => `${groups.read})` },
    { before: new RegExp(String.raw`${STARTS}(?<read>ENV\[\s*${QUOTED_NAME}\s*\])\s*\|\|\s*$`), after: "operand", source: "environment" },
  ],
  php: [
    { before: new RegExp(String.raw`${STARTS}(?<read>getenv\(\s*${QUOTED_NAME}\s*\))\s*\?:\s*$`), after: "operand", source: "environment" },
    { before: new RegExp(String.raw`(?<read>\$_(?:ENV|SERVER)\[\s*${QUOTED_NAME}\s*\])\s*\?\?\s*$`), after: "operand", source: "environment" },
  ],
};

/** How far before the literal the read is looked for: one expression, a line or two. */
const REACH = 300;

function codeFallback(text: string, language: CodeLanguage, target: Span): FallbackRead | undefined {
  const shapes = SHAPES[language];
  if (shapes === undefined || language === "other") return undefined;
  const literal = stringLiteralAt(text, language, target);
  // Only a default that is the whole literal: `process.env.X ?? "https://" + host` is more than one.
  if (!literal || literal.unterminated || literal.form.open === "" || literal.contentStart !== target.start || literal.contentEnd !== target.end) return undefined;
  const head = text.slice(Math.max(0, literal.start - REACH), literal.start);
  const tail = text.slice(literal.end, literal.end + 200);
  for (const shape of shapes) {
    const match = shape.before.exec(head);
    if (!match?.groups) continue;
    const closing = shape.after === "call" ? CALL_END.exec(tail) : OPERAND_END.exec(tail);
    if (!closing) continue;
    const groups = Object.fromEntries(Object.entries(match.groups).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const name = shape.name?.(groups) ?? groups.name!;
    // (From the read's start: the call around it, `cmp.Or(…)`, goes with the default.)
    const readStart = literal.start - head.length + match.index;
    return {
      name,
      source: shape.source,
      variable: shape.source === "environment" ? name : undefined,
      expression: { start: readStart, end: shape.after === "call" ? literal.end + closing[0].length : literal.end },
      read: shape.read?.(groups) ?? groups.read!,
      value: { start: literal.contentStart, end: literal.contentEnd },
      literal,
    };
  }
  return undefined;
}

/** Spring Boot's property files: `application*.yml`, `.yaml`, `.properties`, and `bootstrap*`. */
const SPRING_FILE = /^(?:application|bootstrap)(?:-[^/\\]+)?\.(?:ya?ml|properties)$/i;
export function isSpringPropertiesFile(filePath: string): boolean {
  return SPRING_FILE.test(baseNameOf(filePath));
}

/**
 * The environment variable Spring looks a placeholder's name up in: its `.` and `-` as `_`, upper
 * case (`orders.api-url` → `ORDERS_API_URL`), as SystemEnvironmentPropertySource does.
 */
export function springPlaceholderVariable(name: string): string {
  return name.replace(/[.-]/g, "_").toUpperCase();
}

/** `${orders.url:https://…}`: the default runs from the `:` to the closing brace. */
function springFallback(text: string, target: Span): FallbackRead | undefined {
  const head = /\$\{(?<name>[A-Za-z_][\w.-]*(?:\[\d+\][\w.-]*)*):$/.exec(text.slice(Math.max(0, target.start - 200), target.start));
  if (!head?.groups || text[target.end] !== "}") return undefined;
  const name = head.groups.name!;
  const start = target.start - head[0].length;
  return { name, source: "spring", variable: springPlaceholderVariable(name), expression: { start, end: target.end + 1 }, read: `\${${name}}`, value: target };
}

/** The read whose default the value at `target` is, or undefined. */
export function fallbackReadAt(text: string, typePath: string, kind: FileKind, target: Span): FallbackRead | undefined {
  if (kind.family === "code") return codeFallback(text, kind.language, target);
  if (isSpringPropertiesFile(typePath)) return springFallback(text, target);
  return undefined;
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
 * The move of a default: the value is stored, and the read stays without it (`process.env.ORDERS_URL`).
 * The style is the read's: an environment variable, or (C#) the configuration key.
 */
export function fallbackReplacement(request: ReplacementRequest, fallback: FallbackRead): Replacement {
  const { text } = request;
  const style = fallback.source === "configuration" ? "configuration" : "environmentVariable";
  if (request.style !== undefined && request.style !== style) throw unsupportedStyle(request.style, "a read with a default, which keeps reading what it reads", [style]);
  const value = fallbackValue(text, fallback);
  const source = fallback.source === "spring" ? `what Spring finds for ${fallback.name} (the environment variable ${fallback.variable}, or a property source)` : `${fallback.variable ?? fallback.name}, which the code read already,`;
  const dropped = `The default is gone: ${fallback.read} now stands alone, so ${source} is the value's only source and must be set wherever the program runs.`;
  const notes =
    fallback.source === "configuration"
      ? [dropped, appConfigurationProviderNote(request, fallback.name)]
      : [dropped, ...environmentNotes(request, fallback.variable)];
  if (request.kind.family === "code" && request.kind.language === "javascript" && /\.[mc]?tsx?$/i.test(request.filePath)) {
    notes.push(`${fallback.read} is string | undefined in TypeScript, where the default made it a string: handle the unset case where the value is used.`);
  }
  return {
    value,
    edits: [{ start: fallback.expression.start, end: fallback.expression.end, newText: fallback.read }],
    description: fallback.read,
    style,
    notes,
    ...(fallback.source === "configuration" ? { configurationKey: fallback.name } : {}),
  };
}
