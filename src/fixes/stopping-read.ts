/**
 * Reads of the environment that stop the program, naming the variable, where it is unset: the
 * move writes them where the language has one that fits in an expression, so that a program run
 * without the setting fails at once and says why, as Python's `os.environ["X"]` and Rust's
 * `.expect(…)` do, instead of going on with null, undefined or "" in place of the secret.
 */
import { enclosingFrames } from "./code-sections";
import { importsSystem, javaObjectsIsAnother } from "./imports";
import type { Span } from "./replacement-common";

/** The message such a read stops with. */
export function notSetMessage(name: string): string {
  return `${name} is not set`;
}

/** A shell's or docker compose's expansion that stops where the variable is unset or empty: `${X:?X is not set}`. */
export function stoppingExpansion(name: string): string {
  return `\${${name}:?${notSetMessage(name)}}`;
}

/** Languages whose read that stops is written with an operator of low precedence, which another operator beside it would take apart. */
const OPERATOR_LANGUAGES = new Set(["csharp", "kotlin", "perl", "lua"]);

/**
 * `read` made to stop where `name` is unset, in `language`, or undefined where the language has
 * no such expression (JavaScript, Go, PHP 7, VB, F#, Groovy): C#'s `?? throw` (the exception by
 * its full name where the file does not import System), Kotlin's `?: error(…)`, Java's
 * `Objects.requireNonNull` (which needs `java.util.Objects` imported, or its full name where the
 * file has another `Objects`), Perl's `// die(…)` (with parentheses: `die` takes a list, and would
 * take in the arguments after it), Lua's `or error(…)`.
 */
export function stoppingRead(language: string, read: string, name: string, text: string): string | undefined {
  const message = JSON.stringify(notSetMessage(name));
  switch (language) {
    case "csharp":
      return `${read} ?? throw new ${importsSystem(text) ? "" : "System."}InvalidOperationException(${message})`;
    case "kotlin":
      return `${read} ?: error(${message})`;
    case "java":
      return `${javaObjectsIsAnother(text) ? "java.util." : ""}Objects.requireNonNull(${read}, ${message})`;
    case "perl":
      return `${read} // die(${message})`;
    case "lua":
      return `${read} or error(${message})`;
    default:
      return undefined;
  }
}

/**
 * `stopping` written in place of `span`, the literal or the read with its default it replaces: in
 * parentheses where it is an operator's expression that an operator, a member access or a continued
 * line touches (standsAlone), and in Perl with a `+` where those parentheses follow a function's
 * name (perlTermAfterName).
 */
export function stoppingReadIn(text: string, span: Span, language: string, stopping: string): string {
  const placed = OPERATOR_LANGUAGES.has(language) && !standsAlone(text, span) ? `(${stopping})` : stopping;
  return language === "perl" ? perlTermAfterName(text, span.start, placed) : placed;
}

/**
 * Operators written as words that a line may start with and go on with the previous one: Lua's
 * `and`/`or`, Perl's `x`, `eq`, `lt`… and `and`/`or`/`xor`, C#'s `is`/`as`/`switch`/`with`,
 * Kotlin's `as`. One beside a read that stops would take it apart as a symbol would.
 */
const CONTINUING_WORD_OPERATOR = /^(?:and|or|xor|x|eq|ne|lt|gt|le|ge|cmp|isa|is|as|switch|with)\b/;

/**
 * Whether an expression of the lowest precedence may take the place of `span` as it stands: after
 * an opening bracket, a comma, an assignment (not a comparison: `==`, `!=`, Lua's `~=`), `=>`,
 * `->` or `return`, and before a closing bracket, a comma, a `;` or the line's end (where the next
 * line does not go on with an operator or a `.`).
 */
export function standsAlone(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start).trimEnd();
  if (!/(?:[([{,]|(?<![=!<>~])=|=>|->|\breturn)$/.test(before)) return false;
  const after = text.slice(span.end, span.end + 400);
  const line = /^[^\r\n]*/.exec(after)![0].trim();
  if (/^[),;\]}]/.test(line)) return true;
  // (Lua's `--[[ … ]]` is a block comment, which code may follow on the line.)
  if (line !== "" && !/^(?:\/\/|--(?!\[=*\[)|#)/.test(line)) return false;
  // The line ends (or a comment ends it): the next line must not go on with an operator or a `.`.
  const next = /^[^\n]*\n\s*(\S.*)/.exec(after);
  return next === null || !(/^[-.+*/%?:&|^<>=!~]/.test(next[1]!) || CONTINUING_WORD_OPERATOR.test(next[1]!));
}

/** Perl's operators written as words, and the keywords before an expression, after which parentheses open no argument list. */
const PERL_WORD_BEFORE_TERM = /(?:^|[^\w$@%&>])(?:and|or|xor|not|x|eq|ne|lt|gt|le|ge|cmp|isa|return|if|unless|while|until)$/;

/**
 * `newText`, written at `start` in a Perl file, with a unary `+` where it opens with a parenthesis
 * right after a function's name: Perl takes such parentheses for the whole argument list, so
 * `print ($ENV{X} // die(…)), "\n"` would print the value alone and `uc ($ENV{X} // die(…)) . 'x'`
 * upper-case the value alone; `print +(…), "\n"` keeps them a term of the arguments.
 */
export function perlTermAfterName(text: string, start: number, newText: string): string {
  if (!newText.startsWith("(")) return newText;
  const before = text.slice(Math.max(0, start - 40), start).trimEnd();
  const name = /(?:^|[^\w$@%&>])[A-Za-z_]\w*$/.test(before) && !PERL_WORD_BEFORE_TERM.test(before);
  return name ? `+${newText}` : newText;
}

/** A lambda's head in a call's arguments: `u =>`, `(a, b) =>`. */
const LAMBDA_HEAD = /(?:^|[(,])\s*(?:[A-Za-z_]\w*|\([^()]*\))\s*=>/;

/**
 * LINQ's query operators, Entity Framework's async forms and bulk updates, right before their `(`:
 * on an IQueryable (a database's table) the lambda they take is an expression tree.
 */
const QUERY_OPERATOR_BEFORE = /\.\s*(?:Where|Any|All|Count|LongCount|(?:First|Single|Last)(?:OrDefault)?|Select|SelectMany|(?:Order|Then)By(?:Descending)?|GroupBy|Join|GroupJoin|Sum|Min|Max|MinBy|MaxBy|DistinctBy|Average|TakeWhile|SkipWhile|ExecuteUpdate|ExecuteDelete|SetProperty)(?:Async)?\s*(?:<[^<>()]*>)?\s*$/;

/**
 * Whether `offset` in a C# file is in the expression body of a lambda given to a LINQ query
 * operator (`db.Users.Where(u => u.ApiKey == "…")`). On a database's IQueryable the lambda is an
 * expression tree, which takes no throw expression (CS8188): a read there cannot stop. A block
 * body (`u => { … }`) is never an expression tree.
 */
export function inQueryLambda(text: string, offset: number): boolean {
  const frames = enclosingFrames(text, offset, false);
  for (let index = frames.length - 1; index >= 0; index--) {
    const frame = frames[index]!;
    if (frame.bracket === "{" && /=>\s*$/.test(text.slice(Math.max(0, frame.start - 20), frame.start))) return false;
    if (frame.bracket !== "(" || !QUERY_OPERATOR_BEFORE.test(text.slice(Math.max(0, frame.start - 60), frame.start))) continue;
    if (LAMBDA_HEAD.test(text.slice(frame.start, frames[index + 1]?.start ?? offset))) return true;
  }
  return false;
}
