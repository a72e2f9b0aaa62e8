/**
 * Spring Boot's `@ConfigurationProperties(prefix = "orders")` classes: Spring binds each field
 * through its setter from the property `orders.<field in kebab case>` (`apiKey` → `orders.api-key`),
 * which relaxed binding also reads from the environment variable `ORDERS_APIKEY`. A default written
 * as the field's initializer is that property's value, so a move that wrote a read of another
 * variable into the initializer would leave two sources under two names: the move removes the
 * initializer and Spring binds the field.
 */
import { enclosingBlockOpeners } from "./blocks";
import type { Span } from "./replacement-common";
import { SPRING_KEY_PREFIX, springEnvironmentVariable } from "./spring-property";

/** An instance field with an initializer, up to the literal: `    private String apiKey = `. Annotations before it (`@NotBlank`) on the line are kept. */
const FIELD = /^[ \t]*(?:@[\w.]+(?:\([^()\n]*\))?[ \t]+)*(?<modifiers>(?:(?:private|protected|public|static|final|transient|volatile)[ \t]+)*)(?:[\w.]+(?:<[\w.<>?, ]*>)?(?:\[\])*)[ \t]+(?<name>[A-Za-z_$][\w$]*)(?<assign>[ \t]*=[ \t]*)$/;
/** The annotation and its prefix: `@ConfigurationProperties(prefix = "orders")`, `("orders")`, `(value = "orders")`. */
const CONFIGURATION_PROPERTIES = /@(?:[\w.]+\.)?ConfigurationProperties\b(?:\s*\(\s*(?:(?:prefix|value)\s*=\s*)?"(?<prefix>[^"\\]*)")?/;
/** Lombok's generated setters, on the class (its opener) or on the field. */
const LOMBOK_SETTER = /@(?:lombok\.)?(?:Data|Setter)\b/;

export interface BoundField {
  /** The class: `OrdersProperties`. */
  readonly className: string;
  /** The field: `apiKey`. */
  readonly field: string;
  /** The property Spring binds the field from: `orders.api-key`. */
  readonly property: string;
  /** The environment variable relaxed binding reads as that property: `ORDERS_APIKEY`. */
  readonly variable: string;
  /** What the move removes: ` = "…"`, from after the field's name (Kotlin: its type) to the literal's end. */
  readonly initializer: Span;
  /** Where `lateinit ` goes: a Kotlin `var` of the class's body, which without an initializer must be late-initialised. */
  readonly lateinitAt?: number;
  /** How Spring binds it: a JavaBean's setter, or (Kotlin) the class's primary constructor. */
  readonly through: "setter" | "constructor";
  /** Its type admits null (Kotlin's `String?`): without a value Spring leaves it null, and a body's property is initialised to null. */
  readonly nullable?: boolean;
}

/** Spring's dashed form of a Java property name (DataObjectPropertyName): `apiKey` → `api-key`, `_` → `-`. */
function dashedForm(name: string): string {
  let dashed = "";
  for (const character of name.replace(/_/g, "-")) {
    if (/[A-Z]/.test(character) && dashed.length > 0 && !dashed.endsWith("-")) dashed += "-";
    dashed += character.toLowerCase();
  }
  return dashed;
}

/**
 * The field of a `@ConfigurationProperties` class whose initializer is the Java literal at
 * `[literalStart, literalEnd)` (quotes included) and nothing more, where Spring binds it (an
 * instance field, not final, with a setter); undefined elsewhere.
 */
export function springBoundField(text: string, literalStart: number, literalEnd: number): BoundField | undefined {
  const lineStart = text.lastIndexOf("\n", literalStart - 1) + 1;
  const found = FIELD.exec(text.slice(lineStart, literalStart));
  if (!found?.groups || /\b(?:static|final)\b/.test(found.groups.modifiers!)) return undefined;
  if (!/^[ \t]*;/.test(text.slice(literalEnd, literalEnd + 200))) return undefined;
  // The class is the block right around the field (a field of a method's block is a local variable).
  const opener = enclosingBlockOpeners(text, lineStart).openers[0];
  const className = opener === undefined ? undefined : /\bclass[ \t]+(?<name>[A-Za-z_$][\w$]*)[^{]*$/.exec(opener)?.groups?.name;
  const annotation = opener === undefined ? undefined : CONFIGURATION_PROPERTIES.exec(opener);
  if (className === undefined || !annotation) return undefined;
  const field = found.groups.name!;
  // Spring binds a JavaBean's property through its setter: without one the field keeps its default.
  const setter = new RegExp(String.raw`\bset${field[0]!.toUpperCase()}${field.slice(1).replace(/\$/g, "\\$")}\s*\(`);
  // (Lombok's @Setter on the field's line or the one above it.)
  const annotated = text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, lineStart) + found[0];
  if (!setter.test(text) && !LOMBOK_SETTER.test(opener!) && !LOMBOK_SETTER.test(annotated)) return undefined;
  const prefix = annotation.groups?.prefix ?? "";
  const property = prefix ? `${prefix}.${dashedForm(field)}` : dashedForm(field);
  const variable = springEnvironmentVariable(`${SPRING_KEY_PREFIX}${property}`);
  if (variable === undefined) return undefined;
  const assignStart = lineStart + found[0].length - found.groups.assign!.length;
  return { className, field, property, variable, initializer: { start: assignStart, end: literalEnd }, through: "setter" };
}

/**
 * A Kotlin property with an initializer, up to the literal: `    val apiKey: String = ` (a primary
 * constructor's parameter, `override` or annotations before it) or `var apiKey: String? = `.
 */
const KOTLIN_PROPERTY = /^[ \t]*(?:@[\w.:]+(?:\([^()\n]*\))?[ \t]+)*(?:(?:private|protected|internal|public|override|open)[ \t]+)*(?<keyword>val|var)[ \t]+(?<name>[A-Za-z_][\w]*)[ \t]*:[ \t]*(?<type>[\w.]+(?:<[\w.<>?, ]*>)?(?<nullable>\?)?)(?<assign>[ \t]*=[ \t]*)$/d;
/**
 * A Kotlin class's header at the end of a text, with the annotations and modifiers right before
 * it (`@ConfigurationProperties("orders")\ndata class OrdersProperties`) and what follows its name
 * (`rest`), which holds no other class: an earlier class's annotation is not this one's.
 */
const KOTLIN_CLASS_HEADER = /(?<annotations>(?:@[\w.]+(?:\([^()\n]*\))?\s+|(?:data|open|internal|public|private|final|abstract)\s+)*)\bclass[ \t]+(?<name>[A-Za-z_]\w*)(?<rest>(?:(?!\bclass\b)[^{])*)$/;
/** After a class's name, before its primary constructor's `(`: nothing, or `constructor` and its annotations (`@ConstructorBinding constructor`). */
const BEFORE_CONSTRUCTOR = /^(?:[ \t]*(?:@[\w.]+[ \t]+)*constructor)?[ \t]*$/;
/** How far back a class's header is looked for. */
const HEADER_REACH = 400;

/** The `(` that opens the parentheses around `offset`, within `reach` characters; undefined at top level. */
function openingParenthesis(text: string, offset: number, reach: number): number | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= Math.max(0, offset - reach); i--) {
    const character = text[i];
    if (character === ")") depth++;
    else if (character === "(" && depth-- === 0) return i;
    else if (character === "{" || character === "}") return undefined;
  }
  return undefined;
}

/**
 * The property of a Kotlin `@ConfigurationProperties` class whose initializer is the literal at
 * `[literalStart, literalEnd)` (quotes included) and nothing more, where Spring binds it: a
 * primary constructor's parameter (`data class OrdersProperties(val apiKey: String = "…")`, which
 * Spring Boot 3 binds through the constructor, Boot 2 with @ConstructorBinding), or a `var` of the
 * class's body, bound through its setter (a `val` there has none). Undefined elsewhere.
 */
export function kotlinSpringBoundField(text: string, literalStart: number, literalEnd: number): BoundField | undefined {
  const lineStart = text.lastIndexOf("\n", literalStart - 1) + 1;
  const head = text.slice(lineStart, literalStart);
  // The property's declaration starts its line, or (a constructor on one line, `class P(val a: String = "…")`)
  // follows the `(` or `,` before it.
  let from = lineStart;
  let found = KOTLIN_PROPERTY.exec(head);
  if (!found) {
    const cut = Math.max(head.lastIndexOf("("), head.lastIndexOf(",")) + 1;
    if (cut > 0) {
      found = KOTLIN_PROPERTY.exec(head.slice(cut));
      from = lineStart + cut;
    }
  }
  if (!found?.groups) return undefined;
  const after = text.slice(literalEnd, literalEnd + 200);
  const opening = openingParenthesis(text, from, 4000);
  let header: Record<string, string> | undefined;
  let through: BoundField["through"];
  if (opening !== undefined) {
    // A primary constructor's parameter: the literal ends it.
    if (!/^[ \t]*(?:,|\)|\r?\n|\/\/)/.test(after)) return undefined;
    header = KOTLIN_CLASS_HEADER.exec(text.slice(Math.max(0, opening - HEADER_REACH), opening))?.groups;
    if (header && !BEFORE_CONSTRUCTOR.test(header.rest!)) return undefined;
    through = "constructor";
  } else {
    // A property of the class's body: a `var` alone on its line (a `val` there has no setter), with
    // no accessor of its own below (`lateinit` takes none, and Spring binds through no private setter).
    if (found.groups.keyword !== "var" || !/^[ \t]*(?:;|\r?\n|\/\/|$)/.test(after)) return undefined;
    if (ACCESSOR_BELOW.test(after)) return undefined;
    const opener = enclosingBlockOpeners(text, lineStart).openers[0];
    header = opener === undefined ? undefined : KOTLIN_CLASS_HEADER.exec(opener)?.groups;
    through = "setter";
  }
  const annotation = header === undefined ? undefined : CONFIGURATION_PROPERTIES.exec(header.annotations!);
  const className = header?.name;
  if (className === undefined || !annotation) return undefined;
  const field = found.groups.name!;
  const prefix = annotation.groups?.prefix ?? "";
  const property = prefix ? `${prefix}.${dashedForm(field)}` : dashedForm(field);
  const variable = springEnvironmentVariable(`${SPRING_KEY_PREFIX}${property}`);
  if (variable === undefined) return undefined;
  const assignStart = from + found[0].length - found.groups.assign!.length;
  const initializer = { start: assignStart, end: literalEnd };
  const nullable = found.groups.nullable !== undefined;
  if (through === "constructor") return { className, field, property, variable, initializer, through, nullable };
  // A body's property must be initialised: `lateinit var x: String`, or `var x: String? = null`.
  const keywordAt = from + found.indices!.groups!.keyword![0];
  return { className, field, property, variable, initializer, ...(nullable ? {} : { lateinitAt: keywordAt }), through, nullable };
}

/** A Kotlin property's own accessor on the lines below it: `get() = …`, `set(value) { … }`, `private set`. */
const ACCESSOR_BELOW = /^[^\n]*\n(?:[ \t]*(?:\/\/[^\n]*)?\r?\n)*[ \t]*(?:(?:private|protected|internal|public)[ \t]+)?(?:get|set)\b/;
