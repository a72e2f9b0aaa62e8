/**
 * A constant whose value becomes a read at run time stops being a constant: C#'s `const` becomes
 * `static readonly` (or, for a local, loses its `const`), Kotlin's `const val` a `val`, Go's and
 * Dart's `const` a `var` or `final`, and a Java `final String` keeps `final` but no longer holds a
 * constant. Where the file uses the constant as one (a `case` label, an annotation's or attribute's
 * argument, a default parameter, another constant, a Go array's length), that use stops compiling.
 * This finds the constant the literal initializes and the first such use of it in the file.
 */
import type { CodeLanguage } from "./file-kind";
import { codeBracesBefore, inCommentAt, stringLiteralAt } from "./literals";

type Language = Exclude<CodeLanguage, "other">;

/** What declares a constant, from the statement's start to the literal; its first group is the name. */
const CONSTANT_DECLARATIONS: Partial<Record<Language, RegExp>> = {
  csharp: /\bconst\s+[\w.<>?]+\s+([A-Za-z_]\w*)\s*=\s*$/,
  kotlin: /\bconst\s+val\s+([A-Za-z_]\w*)(?:\s*:\s*[\w.?]+)?\s*=\s*$/,
  go: /(?:^|\n)[ \t]*const\s+([A-Za-z_]\w*)(?:\s+[\w.]+)?\s*=\s*$/,
  dart: /\bconst\s+(?:String\??\s+)?([A-Za-z_$][\w$]*)\s*=\s*$/,
  // (A final String field or local with a constant initializer is a constant variable: `case` takes it.)
  java: /\bfinal\s+(?:(?:public|private|protected|static|transient|volatile)\s+)*String\s+([A-Za-z_$][\w$]*)\s*=\s*$/,
};

/**
 * Which other files may use a constant: none (a private one, a local), the files of its folder (a
 * Go package), or any file of the program (a C# constant that is public, internal or protected, or
 * a member of a partial type; a Java or Kotlin constant that is not private; a Dart one whose name
 * does not start with `_`).
 */
export type ConstantReach = "file" | "folder" | "program";

/**
 * The constant whose declaration the literal at `start` initializes, its reach, and the type that
 * declares it (`Keys` for a member of `class Keys`; none for a local or a Go constant); or undefined.
 */
export function constantInitialized(language: Language, text: string, start: number): { name: string; reach: ConstantReach; owner?: string } | undefined {
  const declaration = CONSTANT_DECLARATIONS[language];
  if (!declaration) return undefined;
  const head = text.slice(Math.max(0, start - 400), start);
  const statement = head.slice(Math.max(head.lastIndexOf(";"), head.lastIndexOf("{"), head.lastIndexOf("}")) + 1);
  const declared = declaration.exec(statement)?.[1];
  // (A Java interface's fields are constants without saying so: `String PASSWORD = "…";`.)
  const interfaceField = declared === undefined && language === "java" ? INTERFACE_FIELD.exec(statement)?.[1] : undefined;
  if (declared === undefined && interfaceField === undefined) return undefined;
  // (The file is lexed to the literal only for a constant's literal, which a move plans once.)
  const headers = language === "go" ? [] : [...bodyHeaders(text, codeBracesBefore(text, language, start))];
  const innermost = headers[0];
  const name = declared ?? (innermost !== undefined && INTERFACE_HEADER.test(innermost) ? interfaceField : undefined);
  if (name === undefined) return undefined;
  // (Java's and Dart's constants may be locals: inside a method's or a function's body, which is no type's.)
  const local = (language === "java" || language === "dart") && innermost !== undefined && !TYPE_HEADER.test(innermost);
  const reach = local ? "file" : constantReach(language, text, statement, name);
  const owner = reach === "program" ? headers.map((header) => TYPE_HEADER.exec(header)?.[1]).find((type) => type !== undefined) : undefined;
  return { name, reach, ...(owner !== undefined ? { owner } : {}) };
}

/** A Java interface's field of type String, from the statement's start to the literal. */
const INTERFACE_FIELD = /^\s*(?:(?:public|static|final)\s+)*String\s+([A-Za-z_$][\w$]*)\s*=\s*$/;

/** What declares a type, up to its body's `{`; the group is its name (Kotlin's companion object has none: its class's counts). */
const TYPE_HEADER = /\b(?:class|interface|struct|record|enum|object)\s+([A-Za-z_$][\w$]*)[^;{}]*$/;
/** What declares an interface, up to its body's `{`. */
const INTERFACE_HEADER = /\binterface\s+[A-Za-z_$][\w$]*[^;{}]*$/;

/**
 * What stands before the `{` of each body around the literal, innermost first (`public static class
 * Keys `, `void F() `), given the braces of code before it (`codeBracesBefore`): a brace in a string,
 * `"}"`, or in a comment does not open or close a body.
 */
function* bodyHeaders(text: string, braces: readonly number[]): Generator<string, undefined> {
  let depth = 0;
  for (let k = braces.length - 1; k >= 0; k--) {
    const at = braces[k]!;
    if (text[at] === "}") depth++;
    else if (depth > 0) depth--;
    else yield text.slice(Math.max(0, at - 300), at);
  }
  return undefined;
}

function constantReach(language: Language, text: string, statement: string, name: string): ConstantReach {
  switch (language) {
    case "go":
      return "folder";
    case "csharp":
      // (A member without a modifier is private, and a local has none; a partial type's other
      // parts, in other files, see its private members.)
      return /\b(?:public|internal|protected)\b/.test(statement) || /\bpartial\s+(?:class|struct|record|interface)\b/.test(text) ? "program" : "file";
    case "java":
    case "kotlin":
      return /\bprivate\b/.test(statement) ? "file" : "program";
    case "dart":
      return name.startsWith("_") ? "file" : "program";
    default:
      return "file";
  }
}

interface ConstantContext {
  readonly what: string;
  readonly languages: readonly Language[];
  /** The context, given a pattern for the constant's name (`NAME`, `Keys.NAME` end with it). */
  readonly pattern: (name: string) => string;
}

const CONSTANT_CONTEXTS: readonly ConstantContext[] = [
  // (Up to the label's `:`, a Java arrow's `->`, or a guard's `when`: what follows is the case's
  // code, or an expression, `case string s when s == NAME:`.)
  { what: "a case label", languages: ["csharp", "java", "dart"], pattern: (name) => String.raw`\bcase\s(?:(?!\bwhen\b)[^:;\n>])*\b${name}\b` },
  { what: "an annotation's argument", languages: ["java", "kotlin", "dart"], pattern: (name) => String.raw`@[A-Za-z][\w.]*\s*\([^()]*\b${name}\b` },
  // (An attribute's `[`, not an indexer's: nothing that ends a value stands right before it; nor a
  // collection expression's, `= [Normalize(NAME)];`: an attribute's `]` is followed by what it
  // decorates, a name or another attribute, not by `;`, `,` or `)`.)
  {
    what: "an attribute's argument",
    languages: ["csharp"],
    pattern: (name) => String.raw`(?<![\w)\]])\[\s*[A-Za-z_][\w.]*\s*\([^()]*\b${name}\b[^()]*\)\s*(?:,\s*[A-Za-z_][\w.]*\s*(?:\([^()]*\))?\s*)*\]\s*[A-Za-z_[]`,
  },
  // (C#'s patterns: `is NAME`, a switch expression's arm `NAME => …`.)
  { what: "a pattern", languages: ["csharp"], pattern: (name) => String.raw`\bis\s+(?:not\s+)?(?:\w+\.)*${name}\b` },
  { what: "a pattern", languages: ["csharp"], pattern: (name) => String.raw`[{,]\s*(?:\w+\.)*${name}\s*=>` },
  { what: "a parameter's default", languages: ["csharp", "dart"], pattern: (name) => String.raw`[\w>\]?]\s+[A-Za-z_$][\w$]*\s*=\s*(?:[\w$]+\.)*${name}\s*[,)\]}]` },
  { what: "another constant's value", languages: ["csharp", "kotlin", "go", "dart"], pattern: (name) => String.raw`\bconst\b[^;\n=]*=[^;\n]*\b${name}\b` },
  { what: "a line of a const ( … ) block", languages: ["go"], pattern: (name) => String.raw`\bconst\s*\((?:[^()]|\([^()]*\))*?\b${name}\b` },
  { what: "an array's length", languages: ["go"], pattern: (name) => String.raw`\[\s*len\(\s*${name}\s*\)\s*\][\w*[]` },
];

/**
 * The first place in `text` outside `declaration` (its comments and strings aside) that uses the
 * constant `name` where only a constant may stand: its line (1-based) and what it is. With
 * `qualified.only`, only a use through a type or package (`Keys.NAME`) counts; with `qualified.by`,
 * a qualified use counts only through that type (`Keys.NAME`, not `Cipher.NAME`).
 */
export function constantUse(language: Language, text: string, name: string, declaration: { start: number; end: number }, qualified: { only?: boolean; by?: string } = {}): { line: number; what: string } | undefined {
  const escaped = name.replace(/\$/g, "\\$");
  let first: { index: number; what: string } | undefined;
  for (const context of CONSTANT_CONTEXTS) {
    if (!context.languages.includes(language)) continue;
    const pattern = new RegExp(context.pattern(`(?<use>${escaped})`), "dg");
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const [at, end] = match.indices!.groups!.use!;
      const span = { start: at, end };
      const inDeclaration = declaration.start <= at && at < declaration.end;
      const qualifier = text[at - 1] === "." ? /([A-Za-z_$][\w$]*)\s*\.$/.exec(text.slice(Math.max(0, at - 200), at))?.[1] : undefined;
      // (Kotlin's `Keys.Companion.NAME` names the companion object, which has no name of its own.)
      const otherQualifier = qualifier !== undefined && qualified.by !== undefined && qualifier !== qualified.by && qualifier !== "Companion";
      if (inDeclaration || (qualified.only && text[at - 1] !== ".") || otherQualifier || inCommentAt(text, language, span) || stringLiteralAt(text, language, span)) continue;
      if (!first || at < first.index) first = { index: at, what: context.what };
      break;
    }
  }
  return first && { line: text.slice(0, first.index).split("\n").length, what: first.what };
}

/** A file of the program other than the moved one, read as the language its name says. */
export interface OtherProgramFile {
  readonly path: string;
  readonly text: string;
  readonly language: Language;
}

/**
 * The first use, in another file of the program, of the constant `name` where only a constant may
 * stand: that file's path, the line and what the use is. The planner sees one file; a caller that
 * can read the others (a Go package's folder, a C# or Java project) asks this before anything is
 * stored. A file that declares or assigns a `name` of its own means its own by the bare name, so
 * there only a qualified use (`Keys.NAME`) counts; and where the type that declares the constant
 * is known (`owner`), a use through another type (`Cipher.NAME`) is another type's constant.
 */
export function constantUseElsewhere(name: string, files: readonly OtherProgramFile[], owner?: string): { path: string; line: number; what: string } | undefined {
  const ownDeclaration = new RegExp(String.raw`\b${name.replace(/\$/g, "\\$")}\s*(?::\s*[\w.<>?]+\s*)?=(?![=>])`);
  for (const file of files) {
    // (Most files never name the constant: a plain search spares them the contexts' patterns.)
    if (!file.text.includes(name)) continue;
    const use = constantUse(file.language, file.text, name, { start: -1, end: -1 }, { only: ownDeclaration.test(file.text), ...(owner !== undefined ? { by: owner } : {}) });
    if (use) return { path: file.path, ...use };
  }
  return undefined;
}

/** Why a move is refused when `where` (`line 12`, `line 3 of keys.go`) uses the constant as `what`. */
export function constantUseRefusal(name: string, where: string, what: string): string {
  return `The value is the constant ${name}, and ${where} uses it as ${what}, which takes only a value known when the program is compiled, and the environment is read when it runs: change that use, then move the value by hand.`;
}
