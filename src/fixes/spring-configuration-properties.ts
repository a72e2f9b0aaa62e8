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
  /** What the move removes: ` = "…"`, from after the field's name to the literal's end. */
  readonly initializer: Span;
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
  return { className, field, property, variable, initializer: { start: assignStart, end: literalEnd } };
}
