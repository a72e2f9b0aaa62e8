/**
 * C# options classes (`class ShippingOptions { public const string SectionName = "Shipping";
 * public string BaseUrl { get; set; } = "https://…"; }`): ASP.NET Core's options binder sets their
 * properties from a configuration section (`services.Configure<ShippingOptions>(
 * configuration.GetSection("Shipping"))`), so a default written in the class is the value of
 * `Shipping:BaseUrl`. A property initializer has no `configuration` in scope, and the binder
 * overwrites the default anyway: the move removes the initializer and the binder supplies the value.
 */
import { restOfBlock } from "./blocks";
import type { Span } from "./replacement-common";

/** How far back the class's `{` is looked for. */
const REACH = 4000;

/** A class named for its options: `ShippingOptions`, `SmtpSettings` (the suffix is no part of the section). */
const OPTIONS_CLASS_NAME = /^(?<section>[A-Za-z_]\w*?)(?:Options|Settings)$/;
/** The constant options classes conventionally name their section with: `public const string SectionName = "Shipping";`. */
const SECTION_NAME_CONSTANT = /\bconst\s+string\s+(?:SectionName|Section|SectionKey|ConfigurationSection|ConfigSection)\s*=\s*"(?<section>[^"\\]+)"\s*;/;
/** `class ShippingOptions`, `sealed record SmtpSettings`, `struct …`: the type whose body holds the member. */
const TYPE_DECLARATION = /\b(?:class|record|struct)\s+(?<name>[A-Za-z_]\w*)[^{]*$/;

/** Modifiers a member may carry before its type. */
const MODIFIERS = String.raw`(?<modifiers>(?:(?:public|private|protected|internal|new|virtual|override|sealed|required|static|readonly|const)\s+)*)`;
/** `new Uri(`, `new System.Uri(` or a target-typed `new(` around the literal. */
const CONSTRUCTION = String.raw`(?<construction>new\s+(?:System\.)?Uri\s*\(\s*|new\s*\(\s*)?`;
/** A property with an initializer, up to the literal: `public string BaseUrl { get; set; } = `. */
const PROPERTY = new RegExp(String.raw`^\s*${MODIFIERS}[\w.<>?[\], ]+?\s+(?<name>[A-Za-z_]\w*)\s*\{(?<accessors>[^{}]*)\}(?<initializer>\s*=\s*)${CONSTRUCTION}(?<verbatim>@?)$`);
/** A field with an initializer, up to the literal: `public static readonly string BaseUrl = `. */
const FIELD = new RegExp(String.raw`^\s*${MODIFIERS}[\w.<>?[\], ]+?\s+(?<name>[A-Za-z_]\w*)(?<initializer>\s*=\s*)${CONSTRUCTION}(?<verbatim>@?)$`);

export interface OptionsClassMember {
  /** The class: `ShippingOptions`. */
  readonly className: string;
  /** The configuration section the class binds to: its SectionName constant's value, else its name less Options or Settings. */
  readonly section: string;
  /** The property (or field) the literal initializes: `BaseUrl`. */
  readonly member: string;
  /** What the move removes: the initializer, from after the accessors (`= "…";`) to its `;`. Undefined with a refusal. */
  readonly initializer?: Span;
  /** Why the options binder cannot set the member, so no move can take its default out. */
  readonly refusal?: string;
}

/** The `{` that opens the innermost block around `offset`, counting braces back (strings and comments not read). */
function innermostOpenBrace(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= Math.max(0, offset - REACH); i--) {
    if (text[i] === "}") depth++;
    else if (text[i] === "{" && depth-- === 0) return i;
  }
  return undefined;
}

/** The section an options class binds to: `ShippingOptions` → its SectionName constant, or `Shipping`. */
function sectionOf(className: string, body: string): string | undefined {
  const constant = SECTION_NAME_CONSTANT.exec(body)?.groups?.section;
  if (constant !== undefined) return constant;
  return OPTIONS_CLASS_NAME.exec(className)?.groups?.section || undefined;
}

/**
 * The section the options class `className` binds to where `text` declares it (its SectionName
 * constant, else its name less Options or Settings); for a class `text` does not declare, from its
 * name alone. Undefined for a class not named for options that declares no section.
 */
export function optionsSectionOf(text: string, className: string): string | undefined {
  const declaration = new RegExp(String.raw`\b(?:class|record|struct)\s+${className}\b[^{;]*\{`).exec(text);
  return sectionOf(className, declaration ? restOfBlock(text, declaration.index + declaration[0].length) : "");
}

/**
 * The member of an options class a C# literal at `[literalStart, literalEnd)` (quotes included)
 * initializes, where the class is one (named …Options or …Settings, or declaring SectionName);
 * undefined elsewhere.
 */
export function optionsClassMember(text: string, literalStart: number, literalEnd: number): OptionsClassMember | undefined {
  const lineStart = text.lastIndexOf("\n", literalStart - 1) + 1;
  const before = text.slice(lineStart, literalStart);
  const property = PROPERTY.exec(before);
  const found = property ?? FIELD.exec(before);
  if (!found?.groups) return undefined;
  const brace = innermostOpenBrace(text, lineStart);
  if (brace === undefined) return undefined;
  const opener = text.slice(Math.max(0, brace - 300), brace);
  const className = TYPE_DECLARATION.exec(opener)?.groups?.name;
  if (className === undefined) return undefined;
  const section = sectionOf(className, restOfBlock(text, brace + 1));
  if (section === undefined) return undefined;
  const { modifiers = "", name, construction, accessors, initializer = "", verbatim = "" } = found.groups;
  const member = name!;
  const base = { className, section, member };
  const where = `${className}.${member}`;
  const instead = `make it a property with a public setter (public string ${member} { get; set; }), then move the value`;
  if (/\bconst\b/.test(modifiers)) return { ...base, refusal: `${where} is a const, which the options binder never sets and which must be known when the program is compiled: ${instead}.` };
  if (/\bstatic\b/.test(modifiers)) return { ...base, refusal: `${where} is static, and the options binder sets only an instance's properties: ${instead}.` };
  if (!property) return { ...base, refusal: `${where} is a field, and the options binder sets only properties: ${instead}.` };
  // (`{ get; }`, `{ get; private set; }`: the binder sets a property only through a public set or init.)
  if (!/(?:^|[;{\s])(?:set|init)\s*;/.test(accessors!) || /\b(?:private|protected|internal)\s+(?:set|init)\b/.test(accessors!)) {
    return { ...base, refusal: `${where} has no public set or init accessor, so the options binder cannot set it: add one (public string ${member} { get; set; }), then move the value.` };
  }
  // The initializer must be the literal alone (in `new Uri(…)` or `new(…)`): removing more would lose code.
  const rest = new RegExp(String.raw`^${construction ? String.raw`\s*\)` : ""}\s*;`).exec(text.slice(literalEnd));
  if (!rest) return { ...base, refusal: `The default of ${where} is more than the value, and removing it would remove the rest too: move the value by hand.` };
  const initializerStart = lineStart + found[0].length - verbatim.length - (construction?.length ?? 0) - initializer.length;
  return { ...base, initializer: { start: initializerStart, end: literalEnd + rest[0].length } };
}
