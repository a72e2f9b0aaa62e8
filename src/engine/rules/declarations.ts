/**
 * Declarations around a name: where a language writes the type, so that the generic rule reads
 * the right name (Go: `dbPassword string = …`) and the value after the type (Rust:
 * `TOKEN: &'static str = …`), and does not read a type's own declaration as a value
 * (`class Passwd : IEquatable<…>`).
 */

import { fileExtensionOf } from "../file-type";
import { KEYWORD_ARGUMENT } from "../lookups/keyword-arguments";

/** Go's `dbPassword string = …`, `apiKey []byte = []byte(…`: a name, its type, then the value. */
const TYPED_DECLARATION_AT = /(?<name>[A-Za-z_]\w{0,80})[ \t]+(?:\[\]|\*|map\[[\w.]+\])*[A-Za-z_][\w.]{0,60}[ \t]*=(?!=)[ \t]*(?:\[\]byte\()?/y;

/** A Go typed declaration starting at `start`: its name and where its value may start. */
export function typedDeclarationAt(line: string, start: number): { name: string; end: number } | undefined {
  TYPED_DECLARATION_AT.lastIndex = start;
  const match = TYPED_DECLARATION_AT.exec(line);
  return match ? { name: match.groups!.name!, end: match.index + match[0].length } : undefined;
}

/**
 * Visual Basic's `dbPassword As String = …`, `ApiKey As String = …` (after `Dim`, `Const`, `Public
 * Shared ReadOnly`, `Property`…): a name, `As` and its type (generic, an array or nullable:
 * `List(Of String)`, `Byte()`, `Integer?`), then the value. Not `As New T(…)`, which has no `=`.
 */
const AS_CLAUSE_DECLARATION_AT = /(?<name>[A-Za-z_]\w{0,80})[ \t]+As[ \t]+[A-Za-z_][\w.]{0,60}(?:\([ \t]*(?:Of[ \t][^()\n]{1,60})?\))?\??[ \t]*=(?!=)[ \t]*/iy;
/**
 * A member named with a leading `.`: Visual Basic's member of a `With` block or an object
 * initializer (`.Password = …`, `With {.ApiKey = …}`, `.Credentials.Password = …`: a dotted name,
 * as `client.Password` is read elsewhere), C's and C++'s designated initializer (`{ .password = … }`).
 */
const WITH_MEMBER_AT = /\.(?<name>[A-Za-z_][\w.]{0,80})[ \t]*=(?!=)[ \t]*/y;
/** What stands before a C or C++ designator's `.`: the line's start, the initializer's `{` or the member before's `,`. */
const DESIGNATOR_BEFORE = /(?:^|[{,])[ \t]*$/;

/** A C or C++ designated initializer's member starting at `start` (its `.`): its name, where the name starts and where its value may start. */
export function designatedMemberAt(line: string, start: number): { name: string; nameStart: number; end: number } | undefined {
  if (line[start] !== "." || !DESIGNATOR_BEFORE.test(line.slice(Math.max(0, start - 40), start))) return undefined;
  return withMemberAt(line, start);
}

/**
 * A Visual Basic declaration or `With` member starting at `start`: its name, where the name starts
 * and where its value may start.
 */
export function visualBasicDeclarationAt(line: string, start: number): { name: string; nameStart: number; end: number } | undefined {
  return line[start] === "." ? withMemberAt(line, start) : declarationMatch(AS_CLAUSE_DECLARATION_AT, line, start);
}

function withMemberAt(line: string, start: number): { name: string; nameStart: number; end: number } | undefined {
  return declarationMatch(WITH_MEMBER_AT, line, start);
}

function declarationMatch(pattern: RegExp, line: string, start: number): { name: string; nameStart: number; end: number } | undefined {
  pattern.lastIndex = start;
  const match = pattern.exec(line);
  if (!match) return undefined;
  const name = match.groups!.name!;
  return { name, nameStart: match.index + match[0].indexOf(name), end: match.index + match[0].length };
}

/**
 * In Go, an identifier alone before the name (`NoNewVars TypeErrorPass = …`) is the declared name,
 * and the name beside `=` is its type. Keywords that may stand there are not names.
 */
const DECLARED_NAME = String.raw`\s*(?:(?:var|const)\s+)?(?!(?:var|const|type|func|return|case|go|defer|else|if|for|range|switch|select)\b)[A-Za-z_]\w*[ \t]+$`;
const DECLARED_NAME_BEFORE_TYPE = new RegExp(`(?:^|[;(])${DECLARED_NAME}`);
/** The same, for a window cut out of a long line: its start is not the line's. */
const DECLARED_NAME_AFTER_SEPARATOR = new RegExp(`[;(]${DECLARED_NAME}`);

/** Further back than this a declaration's start is not: the keyword, the name and the spaces between them. */
const DECLARATION_REACH = 200;

export function isTypeOfGoDeclaration(line: string, nameStart: number): boolean {
  // A `$`-anchored pattern is tried from every start: on a long line, testing all of the text
  // before each candidate would cost time quadratic in the line's length.
  const from = Math.max(0, nameStart - DECLARATION_REACH);
  const before = line.slice(from, nameStart);
  return from === 0 || /^\s*$/.test(line.slice(0, from)) ? DECLARED_NAME_BEFORE_TYPE.test(before) : DECLARED_NAME_AFTER_SEPARATOR.test(before);
}

/** `class`, `struct`, `interface`… right before a name: the name declares a type. */
const TYPE_DECLARATION_BEFORE = /\b(?:class|struct|interface|enum|record|object|trait)\s+$/;

/** `public sealed class Passwd : IEquatable<…>`: a type's declaration (and its base after `:`). */
export function declaresType(line: string, nameStart: number): boolean {
  return TYPE_DECLARATION_BEFORE.test(line.slice(Math.max(0, nameStart - 40), nameStart));
}

/**
 * A type annotation after `name:` up to the value: `string =`, `&'static str =`, `String = String::from(`,
 * and pydantic's `SecretStr = SecretStr(` (which only hides the value from logs) and
 * `Annotated[str, Field(alias="X")] =` (whose metadata may hold `=` and commas). A class field's
 * default given through its declaration's helper is the field's value too: pydantic's
 * `Field("…")` and `Field(default="…")` (other keyword arguments before it too), a dataclass's or
 * attrs' `field(default="…")`, `attr.ib(default="…")`. (Kotlin's getter comes between the type and
 * the `=`: `val password: String get() = "…"`.) A lifetime (`'static`) comes only after `&`: a
 * quote without one opens a string, `authorization: 'Hawk id="…", mac="…"'`, whose text is no type.
 */
const TYPE_ANNOTATION = new RegExp(
  String.raw`^(?:&(?:'[A-Za-z_]\w*[ \t]+)?)?(?:mut[ \t]+)?(?:\[[A-Za-z_]\w{0,30}(?:;[ \t]*\d{1,6})?\]|(?:typing\.)?Annotated\[[^\n]{1,120}?\]|[A-Za-z_][\w.<>[\]|?: ]{0,60}?)(?:[ \t]+get\(\))?\s*=(?![=>])\s*(?:String::from\(|Secret(?:Str|Bytes)\(|(?:pydantic\.)?Field\(\s*(?:(?:${KEYWORD_ARGUMENT}\s*,\s*)*default\s*=\s*)?|(?:(?:dataclasses|attrs?)\.)?field\(\s*(?:${KEYWORD_ARGUMENT}\s*,\s*)*default\s*=\s*|attr\.ib\(\s*default\s*=\s*)?`,
);

/**
 * TypeScript, Kotlin, Scala, Swift, Rust: the length of `string = ` in `name: string = "value"`
 * (what `rest`, the text after the colon, starts with), or 0.
 */
export function typeAnnotationLength(rest: string): number {
  return TYPE_ANNOTATION.exec(rest)?.[0].length ?? 0;
}

/** A type as Python quotes it (a forward reference): `'vtkRenderPass'`, `'np.ndarray'`, `'List[Node]'`. */
const PYTHON_QUOTED_TYPE = /^[A-Za-z_][\w.]{0,80}(?:\[[\w., |[\]]{0,80}\])?$/;
/** A line that defines a function: its bracket holds the parameters. */
const PYTHON_DEF_LINE = /^[ \t]*(?:async[ \t]+)?def[ \t]+\w+[ \t]*\(/;

/**
 * Python's `name: 'Type'` annotates the name with a quoted type, a forward reference: a stub's
 * class attribute `RenderPass: 'Passes'`, a parameter `def SetPass(self, pass_: 'vtkRenderPass')`.
 * The quoted text is a type, not a value given to the name. Sure only where nothing else can be
 * written so: everywhere in a stub (`.pyi` holds declarations only), and among a `def` line's
 * parameters in a module, where a dictionary's `{HEADER_KEY: '…'}` would look the same elsewhere.
 */
export function isPythonQuotedTypeAnnotation(line: string, nameStart: number, value: string, filePath: string): boolean {
  if (!PYTHON_QUOTED_TYPE.test(value)) return false;
  const extension = fileExtensionOf(filePath);
  if (extension === "pyi") return true;
  if (extension !== "py" && extension !== "pyw") return false;
  const def = PYTHON_DEF_LINE.exec(line);
  return def !== null && nameStart >= def[0].length;
}
