/**
 * Source code: the string literal that holds the value becomes a read of the environment (or of
 * configuration, in C#). A literal that holds more than the value (`"Bearer ghp_…"`) is split
 * around it: `"Bearer " + process.env.GITHUB_TOKEN`, or the value is interpolated where the
 * language's string already interpolates (shell, PowerShell, Bicep parameters). The pieces keep
 * their source text as written, so nothing but the value changes.
 */
import { ENVIRONMENT_WRITE_CALLS } from "../engine/lookups/environment-write";
import { FixPlanError } from "./errors";
import { lineAt } from "./lines";
import { withShellCheck } from "./shell-check";
import { shellQuotingAt } from "./shell-quoting";
import { inQueryLambda, perlTermAfterName, stoppingExpansion, stoppingRead, stoppingReadIn } from "./stopping-read";
import { isTypeScriptPath, type CodeLanguage } from "./file-kind";
import { cIncludeStdlibEdit, dartImportIoEdit, goImportOsEdit, importsSystem, javaImportObjectsEdit, pythonImportOsEdit, swiftImportFoundationEdit } from "./imports";
import { decodedLiteralText, inCommentAt, pythonFieldExpressionAt, sourceIsNotValue, stringLiteralAt } from "./literals";
import type { StringLiteral } from "./literals";
import { bicepContextAt } from "./bicep";
import { enclosingBlockOpeners, restOfBlock } from "./blocks";
import { bundledValueRefusal, shippedCodeRefusal } from "./browser-code";
import { denoRead, isDenoProgram, workerRefusal } from "./javascript-runtime";
import { constantInitialized, constantUse, constantUseRefusal } from "./constant-uses";
import { goConstBlockLine } from "./go-const-block";
import { bicepParameterDefault } from "./deployment-parameters";
import {
  APP_CONFIGURATION_REFERENCE_NOTE,
  appConfigurationProviderNote,
  coversContent,
  doubledQuoteAtValue,
  environmentNotes,
  readAccessNote,
  referenceStyle,
  runWithSecretsNote,
  requireReference,
  splitsEscape,
  unsupportedStyle,
  type Replacement,
  type ReplacementRequest,
  type Span,
} from "./replacement-common";
import type { ReplacementStyle, TextEdit } from "./types";
import { optionsClassMember, type OptionsClassMember } from "./options-class";
import { isValidEnvironmentVariable } from "./names";
import { pydanticSettingsField, type AliasChoices } from "./pydantic-settings";
import { kotlinSpringBoundField, springBoundField, type BoundField } from "./spring-configuration-properties";

type Language = Exclude<CodeLanguage, "other">;

/** Reads of the environment that are primary expressions, so they need no parentheses anywhere. */
function environmentRead(language: Language, name: string): string | undefined {
  switch (language) {
    case "javascript":
      return `process.env.${name}`;
    case "python":
      return `os.environ["${name}"]`;
    case "csharp":
      return `Environment.GetEnvironmentVariable("${name}")`;
    case "java":
    case "kotlin":
    case "groovy":
      return `System.getenv("${name}")`;
    case "go":
      return `os.Getenv("${name}")`;
    case "powershell":
      return `$env:${name}`;
    // (`:?` stops the script, naming the variable, where it is unset or empty.)
    case "shell":
      return `"${stoppingExpansion(name)}"`;
    case "ruby":
      return `ENV.fetch("${name}")`;
    case "php":
      return `getenv('${name}')`;
    case "rust":
      return `std::env::var("${name}").expect("${name} is not set")`;
    case "swift":
      return `ProcessInfo.processInfo.environment["${name}"]!`;
    case "scala":
      return `sys.env("${name}")`;
    case "c":
      return `getenv("${name}")`;
    case "cpp":
      return `std::getenv("${name}")`;
    case "lua":
      return `os.getenv("${name}")`;
    case "perl":
      return `$ENV{${name}}`;
    case "r":
      return `Sys.getenv("${name}")`;
    case "elixir":
      return `System.fetch_env!("${name}")`;
    case "vb":
      return `Environment.GetEnvironmentVariable("${name}")`;
    case "fsharp":
      return `System.Environment.GetEnvironmentVariable("${name}")`;
    case "dart":
      return `Platform.environment['${name}']!`;
    case "bicepparam":
      return `readEnvironmentVariable('${name}')`;
    // (An external variable: `jsonnet --ext-str NAME`, given no value, takes it from the environment.)
    case "jsonnet":
      return `std.extVar("${name}")`;
    case "cmake":
      return `$ENV{${name}}`;
    case "bicep":
      return undefined;
  }
}

/** The read the fix writes in this file: its language's, or Deno's in a Deno program. */
function fileEnvironmentRead(language: Language, name: string, text: string): string | undefined {
  return language === "javascript" && isDenoProgram(text) ? denoRead(name) : environmentRead(language, name);
}

/** The reads of `name` the fix writes in code of `language`: whole, and inside a string (readFor's splices). */
export function environmentReads(language: CodeLanguage, name: string): string[] {
  const read = language === "other" ? undefined : environmentRead(language, name);
  if (read === undefined) return [];
  if (language === "javascript") return [read, denoRead(name)];
  // (The shell's quoted read holds its expansion: the bare forms find both.)
  return language === "shell" ? [`\${${name}}`, stoppingExpansion(name)] : language === "powershell" ? [read, `\${env:${name}}`] : [read];
}

/** What may stand right before a literal that becomes `a + b` without changing the expression's meaning. */
function safeBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 0) return true;
  const ch = text[i]!;
  if ("(,=:[{?+".includes(ch) || (ch === ">" && text[i - 1] === "=")) return true;
  const word = /[A-Za-z_]+$/.exec(text.slice(Math.max(0, i - 10), i + 1))?.[0];
  return word === "return" || word === "yield" || word === "else";
}

function safeAfter(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  if (i >= text.length) return true;
  const ch = text[i]!;
  return "),;]}+\r\n".includes(ch) || text.startsWith("//", i) || (ch === "#" && text[i - 1] !== undefined && /\s/.test(text[i - 1]!));
}

interface Read {
  /** The expression that replaces a whole literal. */
  readonly whole: string;
  /** What replaces this whole literal, where that depends on its form or place (else `whole`). */
  readonly wholeFor?: (literal: StringLiteral) => string;
  /** What goes where the value was inside a literal that keeps the rest of its text. */
  readonly splice?: (literal: StringLiteral, target: Span) => string | undefined;
  /** False where the literal's quotes are not the language's own (text inside another string): only a splice then. */
  readonly wholeAllowed?: (literal: StringLiteral) => boolean;
  readonly concatOperator: string;
  /** What stands between the concatenation's pieces (else `whole`): a read that an operator would cut in two goes in parentheses. */
  readonly operand?: string;
  /** The read that stops the program, naming the variable, where it is unset; where the move writes it, no note needs to say what the program does without the value. */
  readonly stopping?: string;
}

/**
 * A read that stops where the variable is unset (stopping-read.ts), written with an operator of
 * low precedence: in parentheses wherever an operator or a member access touches the literal it
 * replaces, which would otherwise take the read apart.
 */
function stoppingOperatorRead(text: string, language: Language, stopping: string, concatOperator: string, splice?: Read["splice"]): Read {
  return { whole: stopping, wholeFor: (literal) => stoppingReadIn(text, literal, language, stopping), operand: `(${stopping})`, concatOperator, stopping, ...(splice ? { splice } : {}) };
}

function readFor(language: Language, expression: string, name: string, text: string, typeScript: boolean): Read {
  switch (language) {
    // TypeScript types process.env.X as string | undefined, where the literal standing alone was a
    // string: `!` keeps the code compiling as it did (a note says the value is undefined where X is
    // unset). Joined to the rest of a string, the read needs none.
    case "javascript": {
      // Inside a template literal the read is one more of its `${…}`.
      const splice = (literal: StringLiteral): string | undefined => (literal.form.open === "`" ? `\${${expression}}` : undefined);
      return typeScript ? { whole: expression, wholeFor: () => `${expression}!`, splice, concatOperator: " + " } : { whole: expression, splice, concatOperator: " + " };
    }
    case "shell":
      return {
        whole: expression,
        // Inside "…" the variable interpolates; '…' is closed and reopened around it; a bare word takes it quoted.
        // The quoting at the value, as the shell reads the script (the literal found may be an inner one).
        splice: (literal, target) => {
          const quoting = shellQuotingAt(text, target.start);
          if (quoting === "double" || quoting === "heredoc") return stoppingExpansion(name);
          if (quoting === undefined || literal.prefixText !== "") return undefined;
          return quoting === "single" ? `'"${stoppingExpansion(name)}"'` : `"${stoppingExpansion(name)}"`;
        },
        // The literal's quotes are the shell's own only where nothing else quotes them.
        wholeAllowed: (literal) => shellQuotingAt(text, literal.start) === "bare",
        concatOperator: "",
        stopping: stoppingExpansion(name),
      };
    case "powershell":
      // `"…$env:X…"` would run into following word characters; `${env:X}` is delimited.
      return { whole: expression, splice: (literal) => (literal.form.open === '"' ? `\${env:${name}}` : undefined), concatOperator: " + " };
    case "bicepparam":
      return { whole: expression, splice: (literal) => (literal.form.open === "'" ? `\${${expression}}` : undefined), concatOperator: "" };
    case "php":
      return { whole: expression, concatOperator: " . " };
    case "perl":
      // `"…$ENV{X}…"` interpolates (the braces end the name), though it cannot stop there.
      return stoppingOperatorRead(text, language, stoppingRead(language, expression, name, text)!, " . ", (literal) => (literal.form.open === '"' ? expression : undefined));
    case "csharp":
    case "kotlin":
      return stoppingOperatorRead(text, language, stoppingRead(language, expression, name, text)!, " + ");
    // (A call: no operator takes it apart.)
    case "java": {
      const stopping = stoppingRead(language, expression, name, text)!;
      return { whole: stopping, concatOperator: " + ", stopping };
    }
    case "elixir":
      return {
        whole: expression,
        // A '…' charlist is not a String: the read is converted to one.
        wholeFor: (literal) => (literal.form.open.startsWith("'") ? `String.to_charlist(${expression})` : expression),
        splice: (literal) => (literal.form.open.startsWith('"') ? `#{${expression}}` : undefined),
        concatOperator: " <> ",
      };
    case "ruby":
      // Ruby joins string literals written side by side (`"Bearer " \` then `"ghp_…"` on the next
      // line): beside another, the read goes in as an interpolation, so that both stay literals.
      return {
        whole: expression,
        wholeFor: (literal) => (rubyJoinsAdjacentLiteral(text, literal) ? `"#{${expression}}"` : expression),
        splice: (literal) => (literal.form.open === '"' && rubyJoinsAdjacentLiteral(text, literal) ? `#{${expression}}` : undefined),
        concatOperator: " + ",
      };
    case "lua":
      return stoppingOperatorRead(text, language, stoppingRead(language, expression, name, text)!, " .. ");
    // CMake: quoted, so that a value with blanks or `;` stays one argument (unquoted, `;` splits a
    // list); inside a quoted argument it expands as it stands. A bracket argument expands nothing.
    case "cmake":
      return { whole: `"${expression}"`, splice: (literal) => (literal.form.open === '"' ? expression : undefined), concatOperator: "" };
    case "vb":
      return { whole: expression, concatOperator: " & " };
    case "rust":
      return { whole: expression, wholeFor: (literal) => rustRead(text, literal, expression), concatOperator: "" };
    // Rust's `+` needs a String on its left, C's has none for strings, C++'s none for two pointers, R
    // has paste0(): a literal holding more than the value is not split.
    case "c":
    case "cpp":
    case "r":
      return { whole: expression, concatOperator: "" };
    default:
      return { whole: expression, concatOperator: " + " };
  }
}

/**
 * Rust: a literal is a `&'static str`, std::env::var gives a String. Where the code makes the
 * literal a String anyway (`"…".to_string()`, `String::from("…")`) the String stands as it is. `&*`
 * borrows it as a `&str` only where the borrow lives long enough: a `let`'s whole initializer (the
 * `let` keeps it alive as long as the variable) and an argument of a function call that is a
 * statement of its own (it lives to the `;`), and a field of a struct literal that is a `let`'s
 * whole initializer (extended with the variable). Elsewhere (a map's insert, `vec![…]`, another
 * struct literal's field, a `&'static str` variable) the borrow would end with the statement (E0716), so the String
 * stands and a note says so. A const or static needs its value when the program is compiled, and
 * a byte string is no str.
 */
function rustRead(text: string, literal: StringLiteral, expression: string): string {
  const lineStart = text.lastIndexOf("\n", literal.start - 1) + 1;
  const before = text.slice(lineStart, literal.start);
  if (/\b(?:const|static)\s+(?:mut\s+)?[A-Za-z_]\w*\s*:/.test(before)) {
    throw new FixPlanError("unsupported", "A Rust const or static takes a value known when the program is compiled, and std::env::var reads it when it runs: read the variable where the value is used (or once, in a LazyLock), then move the value by hand.");
  }
  if (literal.prefixText.toLowerCase().startsWith("b")) throw new FixPlanError("unsupported", "The value is a byte string (b\"…\"): move it by hand, reading std::env::var(…) and taking its bytes where they are used.");
  if (literal.prefixText.toLowerCase().startsWith("c")) throw new FixPlanError("unsupported", "The value is a C string (c\"…\"): move it by hand, reading std::env::var(…) and making a CString of it where it is used.");
  return rustPlace(text, literal) === "borrowed" ? `&*${expression}` : expression;
}

/**
 * Where a Rust literal stands, for the read that replaces it: made a String by the code, borrowed
 * (`&*`, as a `&str` parameter or a `let` takes it: a method's or a builder's argument, the most
 * common place), or a String in place of a `&str` where the borrow would end with the statement
 * while the slot lives on (E0716): a map's or a Vec's item, `vec![…]`, a struct literal's field,
 * a `&'static str` binding, or a variable the block returns.
 */
function rustPlace(text: string, literal: StringLiteral): "owned" | "borrowed" | "string" {
  const head = text.slice(Math.max(0, literal.start - 400), literal.start);
  const statement = head.split(/[;{}]/).pop()!;
  const after = text.slice(literal.end, literal.end + 40);
  if (/^\s*\.(?:to_string|to_owned|into|into_string)\(\)/.test(after) || /\bString::from\(\s*$/.test(statement)) return "owned";
  if (/^\s*(?:pub\s+)?let\s+(?:mut\s+)?[A-Za-z_]\w*\s*:\s*&\s*'static\s+str\s*=\s*$/.test(statement)) return "string";
  // (A variable the block returns, `return x` or `x }`: the borrow would outlive the String.)
  const variable = /^\s*let\s+(?:mut\s+)?([A-Za-z_]\w*)\s*(?::\s*&\s*str\s*)?=\s*$/.exec(statement)?.[1];
  if (variable !== undefined && /^\s*;/.test(after)) {
    return new RegExp(String.raw`\breturn\s+${variable}\b|[;{]\s*${variable}\s*$`).test(restOfBlock(text, literal.end)) ? "string" : "borrowed";
  }
  // A struct literal's field (`Opts { password: "…" }`), after the type's name and `{`.
  const field = /\b[A-Z]\w*\s*\{\s*(?:[a-z_]\w*\s*:[^;{}]*,\s*)*[a-z_]\w*\s*:\s*$/.exec(head);
  // Where that struct literal is a `let`'s whole initializer, the `let` keeps the borrows in its
  // fields alive as long as the variable (temporary lifetime extension): a `&str` field takes the
  // borrow, where the String would not build (a field the literal fills is no String).
  if (field && /(?:^|[;{}])\s*let\s+(?:mut\s+)?[A-Za-z_]\w*\s*(?::[^=;{}]*)?=\s*(?:[A-Za-z_]\w*::)*$/.test(head.slice(0, field.index))) return "borrowed";
  const stored =
    /\.(?:insert|push|push_back|push_front|entry|or_insert|extend)\s*\((?:[^();{}]|\([^();{}]*\))*$/.test(head) ||
    /\bvec!\s*\[[^;\]]*$/.test(head) ||
    field !== null;
  return stored ? "string" : "borrowed";
}

function notLiteral(reason: string): FixPlanError {
  return new FixPlanError("notLiteral", `The string holding the value uses ${reason}, so its text is not the value the program uses: move it by hand.`);
}

/** What the program reads from the literal's source between `from` and `to`: escaped quotes decoded, anything less certain refused. */
function literalValue(text: string, literal: StringLiteral, from: number, to: number): string {
  const reason = sourceIsNotValue(text, literal, from, to);
  if (!reason) return text.slice(from, to);
  const decoded = decodedLiteralText(text, literal, from, to);
  if (decoded === undefined) throw notLiteral(reason);
  return decoded;
}

/** The value is replaced by `read`; the rest of the literal, if any, stays around it. */
function replaceInLiteral(request: ReplacementRequest, language: Language, literal: StringLiteral, read: Read): { value: string; edit: TextEdit; description: string } {
  const { text } = request;
  const { contentStart, contentEnd, form } = literal;
  // (A finding stops at a doubled quote, so the value may go on past the span.)
  const doubled = form.doubledClose ? doubledQuoteAtValue(text, contentStart, contentEnd, request.target, form.close) : "none";
  if (doubled === "split") throw notLiteral("an escape sequence (a doubled quote) right next to the value");
  const target = doubled === "whole" ? { start: contentStart, end: contentEnd } : request.target;
  if (coversContent(text, contentStart, contentEnd, target) && (read.wholeAllowed?.(literal) ?? true)) {
    const wholeLiteral = () => {
      const value = literalValue(text, literal, contentStart, contentEnd);
      const expression = read.wholeFor?.(literal) ?? read.whole;
      const whole = form.bytes ? `${expression}.encode()` : expression;
      return { value, edit: { start: literal.start, end: literal.end, newText: whole }, description: whole };
    };
    // Blanks beside the value on its line stay in the code where the string can be split: the
    // vault keeps the value itself, which a rotation replaces without knowing of the blanks.
    // (Move All's second value of one literal comes to this with the blank that parted the two.)
    if (!paddedWithBlanks(text, contentStart, contentEnd, target)) return wholeLiteral();
    try {
      return splitLiteral(request, language, literal, read, target);
    } catch (error) {
      if (error instanceof FixPlanError) return wholeLiteral();
      throw error;
    }
  }
  return splitLiteral(request, language, literal, read, target);
}

/** Spaces or tabs, and nothing else, before or after the value in its string. */
function paddedWithBlanks(text: string, contentStart: number, contentEnd: number, target: Span): boolean {
  const before = text.slice(contentStart, target.start);
  const after = text.slice(target.end, contentEnd);
  return before + after !== "" && /^[ \t]*$/.test(before) && /^[ \t]*$/.test(after);
}

/** The literal as the pieces before and after the value, joined to `read` by the language's operator. */
function splitLiteral(request: ReplacementRequest, language: Language, literal: StringLiteral, read: Read, target: Span): { value: string; edit: TextEdit; description: string } {
  const { text } = request;
  const { contentStart, contentEnd, form } = literal;
  const value = literalValue(text, literal, target.start, target.end);
  if (splitsEscape(text, contentStart, target.start, form.escapeChar)) throw notLiteral("an escape sequence right before the value");
  const spliced = read.splice?.(literal, target);
  if (spliced !== undefined) return { value, edit: { start: target.start, end: target.end, newText: spliced }, description: spliced };
  if (read.concatOperator === "" || form.closeAtLineStart || (language === "java" && form.open === '"""')) {
    const orReference = request.purpose === "secret" ? ", or choose the keyVaultReference style" : "";
    throw new FixPlanError("unsupported", `The string holds more than the value and cannot be split here: move it by hand${orReference}.`);
  }
  // (A C# raw string's piece cannot begin or end with a quote: it would run into the delimiter;
  // nor a Lua long string's end with `]`, which would close it one bracket early.)
  if (form.delimited && (/"$/.test(text.slice(contentStart, target.start)) || /^"/.test(text.slice(target.end, contentEnd)))) {
    throw new FixPlanError("unsupported", "The raw string would be split next to a quote, which would run into its delimiter: move the value by hand.");
  }
  if (form.close.startsWith("]") && text.slice(contentStart, target.start).endsWith(form.close.slice(0, -1))) {
    throw new FixPlanError("unsupported", "The long string would be split right after a ], which would close it early: move the value by hand.");
  }
  const piece = (body: string): string[] => (body !== "" ? [`${literal.prefixText}${form.open}${body}${form.close}`] : []);
  const operand = read.operand ?? read.whole;
  const expression = form.bytes ? `${operand}.encode()` : operand;
  const head = pieceBeforeTripleClose(text.slice(contentStart, target.start), form, language);
  const joined = [...piece(head), expression, ...piece(text.slice(target.end, contentEnd))].join(read.concatOperator);
  // PowerShell: in argument mode `'a' + $b` is three arguments; parentheses make it one expression.
  const parenthesized = language === "powershell" || !safeBefore(text, literal.start) || !safeAfter(text, literal.end) ? `(${joined})` : joined;
  return { value, edit: { start: literal.start, end: literal.end, newText: parenthesized }, description: expression };
}

/**
 * The text before the value, as the piece of a triple-quoted string that ends where the value was.
 * Python, Groovy and Dart end such a string at the first three quotes, so a piece that ends with
 * its quote character (`db_password: "` before the value) would run into the `"""` written after
 * it and close one quote early: those quotes are written escaped (`\"`, the same text). Kotlin and
 * Scala take quotes before the closing three as text. A raw string has no escape to write them
 * with, and is refused.
 */
function pieceBeforeTripleClose(body: string, form: StringLiteral["form"], language: Language): string {
  const quote = form.close[0]!;
  if (form.close !== quote.repeat(3) || !body.endsWith(quote) || language === "kotlin" || language === "scala") return body;
  let runStart = body.length;
  while (runStart > 0 && body[runStart - 1] === quote) runStart--;
  // (A quote already escaped stays as it is; the ones after it are escaped.)
  const escaped = form.escapeChar !== undefined && splitsEscape(body, 0, runStart, form.escapeChar) ? runStart + 1 : runStart;
  if (escaped === body.length) return body;
  if (form.escapeChar === undefined || form.escapes.length === 0) {
    throw new FixPlanError("unsupported", "The raw string would be split right after a quote, which would close it early: move the value by hand.");
  }
  return body.slice(0, escaped) + [...body.slice(escaped)].map((character) => `${form.escapeChar}${character}`).join("");
}

/**
 * Python, C, C++ and Ruby join string literals written side by side (`"Bearer " "ghp_…"`, over lines
 * too): the value's literal may be one piece of a longer string, and a read put in its place would
 * be a syntax error beside the other piece. (Ruby's "…" piece takes the read interpolated instead: see readFor.)
 */
function joinsAdjacentLiteral(language: Language, text: string, literal: StringLiteral): boolean {
  if (language === "shell") return joinsShellWord(text, literal);
  if (language === "ruby") return literal.form.open === "'" && rubyJoinsAdjacentLiteral(text, literal);
  if (language !== "python" && language !== "c" && language !== "cpp") return false;
  const head = text.slice(Math.max(0, literal.start - 400), literal.start);
  // Python joins literals over lines only inside brackets (an attribute's docstring below an
  // assignment is a statement of its own); C always does.
  const overLines = language !== "python" || insideBrackets(head);
  const after = (overLines ? /^\s*(?:#[^\n]*\n\s*)*([rRbBuUfF]{0,2}["']|L?")/ : /^[ \t]*([rRbBuUfF]{0,2}["'])/).exec(text.slice(literal.end, literal.end + 400));
  const before = (overLines ? /["'][ \t]*(?:\\?\r?\n[ \t]*)*$/ : /["'][ \t]*(?:\\\r?\n[ \t]*)*$/).exec(head);
  return after !== null || before !== null;
}

/** Ruby: whether another string literal stands right beside this one, on its line or past a `\` that continues it. */
function rubyJoinsAdjacentLiteral(text: string, literal: StringLiteral): boolean {
  return /^[ \t]*(?:\\\r?\n[ \t]*)?["']/.test(text.slice(literal.end, literal.end + 200)) || /["'][ \t]*(?:\\\r?\n[ \t]*)?$/.test(text.slice(Math.max(0, literal.start - 200), literal.start));
}

/**
 * Whether a literal holding connection-string settings is joined to this one by `+`, `&` or `.`
 * (`"Server=…;" + "Password=…"`): the connection-string rules read across such a seam, so the
 * string found runs over several literals. (`"x" + "Server=…"`: the other piece is no setting.)
 */
function joinedByOperator(text: string, literal: StringLiteral): boolean {
  const before = /(["'`])([^"'`\n]*)\1[ \t]*[+&.][ \t]*(?:\r?\n[ \t]*)?$/.exec(text.slice(Math.max(0, literal.start - 400), literal.start));
  const after = /^[ \t]*[+&.][ \t]*(?:\r?\n[ \t]*)?(["'`])([^"'`\n]*)\1/.exec(text.slice(literal.end, literal.end + 400));
  const holdsSettings = (piece: RegExpExecArray | null) => piece !== null && /[A-Za-z][\w ]*=/.test(piece[2]!);
  return holdsSettings(before) || holdsSettings(after);
}

/**
 * Shell: whether the literal is only part of a word, which the shell joins with the quoted or bare
 * text touching it (`PASS=Tr0ub"4dor"` is one value, `Tr0ub4dor`). The part found is not the
 * value, and the rest would stay in the script. (Only where the shell reads the literal's own
 * quotes: in a here-document or inside another string they are text.)
 */
function joinsShellWord(text: string, literal: StringLiteral): boolean {
  if (shellQuotingAt(text, literal.start) !== "bare") return false;
  const after = text[literal.end];
  // (A backslash before the line's end continues the command: the word ends there.)
  const continues = after === "\\" && /^\\\r?\n/.test(text.slice(literal.end, literal.end + 3));
  const runsOn = after !== undefined && !/[\s;|&<>()]/.test(after) && !continues;
  const before = text[literal.start - 1];
  return runsOn || (literal.form.open !== "" && (before === '"' || before === "'"));
}

/** Whether a `(` or `[` opened in `head` (quotes not read: a guess for the last few lines) is still open at its end. */
function insideBrackets(head: string): boolean {
  let depth = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    const ch = head[i];
    if (ch === ")" || ch === "]") depth++;
    else if (ch === "(" || ch === "[") {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * The place the literal at `start` fills, where a language takes only a constant: an attribute's or
 * annotation's argument, a `case` label, a default parameter (C#, PHP), a class constant or property
 * default (PHP), a C variable outside a function, a TypeScript string enum's member. Undefined
 * elsewhere (a `const` declaration the plan rewrites is not here; a line of a Go `const ( … )`
 * block is goConstBlockLine's).
 */
function compileTimeConstantPlace(language: Language, text: string, start: number, end: number): string | undefined {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(lineStart, start);
  // (JavaScript's, Go's and PHP's case labels take any expression.)
  if (/(?:^|[\s;{:])case[ \t]+$/.test(before) && /^(?:csharp|java|c|cpp|dart)$/.test(language)) return "The value is a case label";
  // (An attribute opens a line, follows another's `]`, or a parameter list's `(` or `,`; `a[f("…")]` indexes.)
  if (language === "csharp" && /(?:^\s*|[(,\]{};]\s*)\[\s*(?:[A-Za-z_]\w*\s*:\s*)?[A-Za-z_][\w.]*(?:\s*\([^()]*\))?(?:\s*,\s*[A-Za-z_][\w.]*(?:\s*\([^()]*\))?)*\s*(?:,\s*[A-Za-z_][\w.]*\s*)?\([^()]*$/.test(before)) return "The value is an attribute's argument";
  if ((language === "java" || language === "kotlin") && /@[A-Za-z][\w.]*[ \t]*\([^()]*$/.test(before)) return "The value is an annotation's argument";
  if (language === "csharp" && /\([^()]*\b[\w<>?[\]]+[ \t]+[A-Za-z_]\w*[ \t]*=[ \t]*$/.test(before) && !/(?:^|[\s=(])(?:new|if|while|for|foreach|using|return)\b/.test(before)) return "The value is a parameter's default";
  if (language === "php" && /^\s*(?:(?:public|private|protected|final)\s+)*const\s+\w+\s*=\s*$/.test(before)) {
    // (Outside a class, `const X = …;` declares a global constant, which define() could set when the program runs.)
    const inType = enclosingBlockOpeners(text, start).openers.some((opener) => /\b(?:class|interface|trait|enum)\b/.test(opener));
    return inType ? "The value is a class constant" : "The value is a global constant declared with const";
  }
  if (language === "php" && /^\s*(?:(?:public|private|protected|var|static|readonly)\s+)+(?:\??[\w\\]+\s+)?\$\w+\s*=\s*$/.test(before)) return "The value is a property's default";
  // (A promoted constructor property's too: `__construct(private string $key = '…')`.)
  if (language === "php" && /\b(?:function|fn)\s*&?\s*\w*\s*\((?:[^(){};]|\([^()]*\))*\$\w+\s*=\s*$/.test(text.slice(Math.max(0, start - 400), start))) return "The value is a parameter's default";
  if (language === "c" && /^(?:static\s+)?(?:const\s+)?(?:unsigned\s+)?char\s*\*\s*(?:const\s+)?[A-Za-z_]\w*\s*=\s*$/.test(before)) return "The value initializes a variable outside a function";
  if (language === "cpp") {
    const constant = cppConstantEvaluation(text, start);
    if (constant) return constant;
  }
  const head = text.slice(Math.max(0, lineStart - 2000), lineStart);
  // A string enum's member, on its own line or after others on the enum's line (`enum T { A = "…" }`).
  const enumBody = /\benum[ \t]+[A-Za-z_$][\w$]*[ \t]*\{([^{}]*)$/.exec(head + before)?.[1];
  if (language === "javascript" && enumBody !== undefined && /(?:^|,)\s*(?:[A-Za-z_$][\w$]*|"[^"]*"|'[^']*')\s*=\s*$/.test(enumBody)) return "The value is a string enum's member";
  // C# patterns: a switch expression's arm (`"…" => 1`), `is "…"`, `or "…"`, `case "…" when`.
  if (language === "csharp" && (/^\s*(?:=>|when\b)/.test(text.slice(end, end + 20)) || /(?:^|[\s(])(?:is|or|and|not)[ \t]+$/.test(before))) return "The value is a pattern";
  // Java's `case "a", "b" ->`: a label after the first.
  if (language === "java" && /(?:^|[\s;{:])case[ \t]+[^;{}():\n]*,[ \t]*$/.test(before)) return "The value is a case label";
  return undefined;
}

/**
 * C++: the literal initializes a `constexpr` or `constinit` variable (`static constexpr` members
 * too), or stands in a `constexpr` or `consteval` function's body, all worked out when the program
 * compiles, where std::getenv cannot be called. A sentence for the refusal, or undefined.
 */
function cppConstantEvaluation(text: string, start: number): string | undefined {
  const head = text.slice(Math.max(0, start - 2000), start);
  const declaration = head.slice(Math.max(head.lastIndexOf(";"), head.lastIndexOf("{"), head.lastIndexOf("}")) + 1);
  const variable = /\b(constexpr|constinit)\b/.exec(declaration)?.[1];
  if (variable) return `The value initializes a ${variable} variable`;
  // A function's body, in a block of any depth (`if constexpr (…)` is no function).
  for (const opener of enclosingBlockOpeners(text, start).openers) {
    const fn = /\)/.test(opener) && !/\bif\s+constexpr\b/.test(opener) ? /\b(constexpr|consteval)\b/.exec(opener)?.[1] : undefined;
    if (fn) return `The value is in a ${fn} function`;
  }
  return undefined;
}

/**
 * The place the literal fills, where its language takes only a string literal, not an
 * expression: a JavaScript property name (`{ "…": true }`), a TypeScript type (`type T = "…"`),
 * a module specifier or import name (`from "…"`), a Go struct field's tag. A sentence for the
 * refusal, or undefined.
 */
function literalOnlyPlace(language: Language, text: string, start: number, end: number, filePath: string): string | undefined {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, end + 40);
  const head = text.slice(Math.max(0, start - 2000), start);
  if (language === "javascript") {
    if (/^\s*:(?!:)/.test(after) && /[{,]\s*$/.test(head)) return "The value is a property name, where a read of the environment is no name";
    if (/(?:^|[\s;}])(?:from|import)\s*$/.test(before) || /\b(?:declare\s+)?module\s+$/.test(before) || /\bimport\s+[\w$]+\s*=\s*require\(\s*$/.test(before) || /\b(?:import|export)\s+(?:type\s+)?\{[^}]*$/.test(before)) {
      return "The value is a module specifier or an import's name, which must be a string literal";
    }
    if (isTypeScriptPath(filePath)) {
      const typePlace =
        /\btype\s+[A-Za-z_$][\w$]*\s*(?:<[^;]*>)?\s*=[^;]*$/.test(before) ||
        /(?:^|[^|])\|\s*$/.test(before) ||
        /(?:^|[^&])&\s*$/.test(before) ||
        /\b(?:extends|as|satisfies|keyof)\s+$/.test(before) ||
        // (An annotation's `:` follows a name, `?` or `)`; a ternary's else, `? a : "…"` or a line
        // starting with `:` as Prettier writes it, does not.)
        (/[\w$)\]]\??\s*:\s*$/.test(before) && /^\s*(?:=(?![=>])|\||&(?!&)|;|\)\s*(?:=>|\{|:))/.test(after) && !/\?(?![:.?])[^;]*:\s*$/.test(before)) ||
        (/[\w$]\s*<\s*(?:[^<>()]*,\s*)?$/.test(before) && /^\s*[,>]/.test(after));
      if (typePlace) return "The value is a TypeScript type (a string literal type), which a value read at run time cannot be";
    }
  }
  if (language === "jsonnet") {
    if (/^\s*\+?:{1,3}/.test(after)) return "The value is an object's field name, which a read of the environment is only in brackets ([std.extVar(…)]:)";
    if (/\bimport(?:str|bin)?\s*$/.test(before)) return "The value is an import's path, which must be a string literal";
  }
  // A tag: the literal after a field's name and type in a struct (`A string \`json:"…"\``).
  const field = head.slice(Math.max(head.lastIndexOf("\n"), head.lastIndexOf(";"), head.lastIndexOf("{")) + 1);
  if (language === "go" && /\bstruct\s*\{[^{}]*$/.test(head) && /^\s*(?:[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s+)?\*?[\w.[\]*]+\s+$/.test(field)) {
    return "The value is a struct field's tag, which must be a string literal";
  }
  return undefined;
}

/**
 * A Python docstring: a string that is a statement of its own, first in the module or right under
 * a header's `:` (a def's, a class's), or the string assigned to `__doc__` (through gettext's `_()`
 * too, as command-line tools translate their help).
 */
function isPythonDocstring(text: string, literal: StringLiteral): boolean {
  const lineStart = lineAt(text, literal.start).start;
  const before = text.slice(lineStart, literal.start);
  if (/^[ \t]*__doc__[ \t]*=[ \t]*(?:_\([ \t]*)?$/.test(before)) return true;
  if (!/^[ \t]*$/.test(before) || !/^[ \t]*(?:#.*)?$/.test(text.slice(literal.end, lineAt(text, literal.end).end))) return false;
  // (The code line above, its comment left off where no quote comes before the `#`; none when only
  // comments and blank lines are.)
  const previous = text
    .slice(0, lineStart)
    .split("\n")
    .map((line) => line.replace(/^([^'"#]*)#.*$/, "$1").trimEnd())
    .filter((line) => line !== "")
    .at(-1);
  return previous === undefined || (previous.endsWith(":") && /^[ \t]*(?:async[ \t]+def|def|class)\b|\)(?:[ \t]*->[^:]+)?:$/.test(previous));
}

/** Files that may hold JSX: .jsx and .tsx, and .js (React's habit). Not .ts, where `<T>` is a type. */
const JSX_FILE = /\.(?:jsx|tsx|js|mjs|cjs)$/i;

/**
 * Whether the quotes at `start` are in JSX text (`<pre>sqlcmd -P "…"</pre>`): after a tag's `>`
 * on the same stretch, with no expression between. There they are text, shown as written, and an
 * expression put in their place would be shown as text too.
 */
function isInJsxText(text: string, start: number, filePath: string): boolean {
  if (!JSX_FILE.test(filePath)) return false;
  const head = text.slice(Math.max(0, start - 2000), start);
  const close = head.lastIndexOf(">");
  // (Text holds `=`, `;` and parentheses, `docker run -e DB_PASSWORD="…"`; braces open an
  // expression, `<` a tag, and a statement after the element is code again.)
  const after = head.slice(close + 1);
  if (close === -1 || /[{}<]/.test(after) || /;\s*(?:const|let|var|return|export|import|function|if|await)\b/.test(after)) return false;
  const open = head.lastIndexOf("<", close);
  // (Not after a self-closing tag, `<Foo />; const t = "…"`, nor an arrow's or a comparison's `>`.)
  return open !== -1 && /^<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?>$/.test(head.slice(open, close + 1)) && !/[=\-/]$/.test(head.slice(0, close));
}

/**
 * Whether the literal at `start` is a JSX attribute's value (`<MapView apiKey="…"`, the tag opened
 * on this line or up to 2,000 characters before): in a .jsx or .tsx file, or a .js one (React's
 * habit). Not in .ts, where `<T>` is a type.
 */
function isJsxAttributeValue(text: string, start: number, filePath: string): boolean {
  // (JSX allows blanks around the `=`: `apiKey = "…"`.)
  if (!JSX_FILE.test(filePath) || !/[\w-][ \t]*=[ \t]*$/.test(text.slice(Math.max(0, start - 40), start))) return false;
  const head = text.slice(Math.max(0, start - 2000), start);
  const open = head.lastIndexOf("<");
  if (open === -1 || !/^<[A-Za-z][\w.:-]*\s/.test(head.slice(open))) return false;
  // Still inside the tag: no `>` closes it, outside the braces of an attribute's expression
  // (`onReady={() => setReady(true)}` holds one).
  let depth = 0;
  for (let i = open + 1; i < head.length; i++) {
    const ch = head[i];
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (ch === ">" && depth === 0) return false;
  }
  return depth === 0;
}

/**
 * Why a literal written over several lines does not hold the value the program uses, or
 * undefined: the language removes its first line break or indentation (a Java text block, C# raw
 * string, here-string, heredoc…), or the code trims the text before use (Kotlin's trimIndent,
 * Scala's stripMargin, Python's textwrap.dedent). The vault would keep the text as written, not
 * the value used. On one line these forms are exact.
 */
function blockValueRefusal(text: string, language: Language, literal: StringLiteral): string | undefined {
  if (!/[\r\n]/.test(text.slice(literal.start, literal.end))) return undefined;
  if (literal.form.block) return `The value is in ${literal.form.block}, so the text written over several lines is not the value the program uses: move this value by hand.`;
  const after = text.slice(literal.end, literal.end + 40);
  const before = text.slice(Math.max(0, literal.start - 40), literal.start);
  const trim =
    /^\s*\.\s*(trimIndent|trimMargin|stripMargin|stripIndent|stripLeading|stripTrailing|strip|lstrip|rstrip|trim|trimStart|trimEnd)\b/.exec(after)?.[1] ??
    (language === "python" ? /\b(dedent|cleandoc)\(\s*$/.exec(before)?.[1] : undefined);
  if (trim) return `The value spans lines and the program changes it with ${trim} before use, so the text written is not the value the program uses: move this value by hand.`;
  return undefined;
}

/**
 * A block literal of one line whose language drops the outer line breaks and the closing line's
 * indentation (Swift's `"""`, C#'s raw strings, PowerShell's here-strings), with its content
 * narrowed to that line less the indentation, which is the value the program uses; undefined for
 * any other literal, or a body the compiler would reject (a line indented less than the closing one).
 */
function oneLineBlock(text: string, literal: StringLiteral): StringLiteral | undefined {
  if (!literal.form.dropsOuterLineBreaks) return undefined;
  const content = text.slice(literal.contentStart, literal.contentEnd);
  const body = /^[ \t]*\r?\n([^\r\n]*?)\r?\n([ \t]*)$/.exec(content);
  if (!body || !body[1]!.startsWith(body[2]!)) return undefined;
  const lineStart = literal.contentStart + content.indexOf("\n") + 1;
  return { ...literal, contentStart: lineStart + body[2]!.length, contentEnd: lineStart + body[1]!.length };
}

/**
 * The unquoted word around the value, as far as `stop` lets it run either way, as a literal without
 * quotes whose escapes and interpolation are the language's; undefined when the value holds a stop.
 */
function bareWord(text: string, target: Span, stop: RegExp, interpolation: readonly string[]): StringLiteral | undefined {
  if (stop.test(text.slice(target.start, target.end))) return undefined;
  let start = target.start;
  while (start > 0 && !stop.test(text[start - 1]!)) start--;
  let end = target.end;
  while (end < text.length && !stop.test(text[end]!)) end++;
  const form = { open: "", close: "", prefix: "", multiline: false, escapes: ["\\"], interpolation, escapeChar: "\\" };
  return { start, end, contentStart: start, contentEnd: end, form, prefixText: "" };
}

/** Shell: the unquoted word (`TOKEN=ghp_…`) that holds the value. */
function shellWord(text: string, target: Span): StringLiteral | undefined {
  const word = bareWord(text, target, /[\s;|&<>()'"`]/, ["$", "`"]);
  // A `#` at the start of a word before it on the line: the value is in a comment.
  return word && !/(?:^|\s)#/.test(text.slice(text.lastIndexOf("\n", word.start - 1) + 1, word.start)) ? word : undefined;
}

/**
 * CMake: the unquoted argument (`set(DB_PASSWORD Xk9…)`) that holds the value, a string as well.
 * Only a plain one: an argument touching a quote or holding a bracket is part of something the
 * lexer did not read as a string (undefined then, and the move is refused).
 */
function cmakeArgument(text: string, target: Span): StringLiteral | undefined {
  const word = bareWord(text, target, /[\s()"#;]/, ["${", "$ENV{", "$CACHE{"]);
  if (!word || /[[\]]/.test(text.slice(word.start, word.end)) || text[word.start - 1] === '"' || text[word.end] === '"') return undefined;
  // In a line or bracket comment (`# …`, `#[=[ … ]=]`), as CMake's lexer reads the file.
  return inCommentAt(text, "cmake", word) ? undefined : word;
}

/**
 * Shell: the literal as the shell reads it at the value. In a here-document's body quotes are
 * text, and `$`, a backtick and `\\` keep their meaning whatever quotes the lexer saw (`'a$1b'` is
 * no single-quoted string there). A bare word outside an assignment is brace-expanded and globbed
 * (`--password=a{1,2}` is two words, `a*` the matching files), and `~` expands in any word: refused.
 */
function shellLiteral(text: string, target: Span, literal: StringLiteral): StringLiteral {
  const quoting = shellQuotingAt(text, target.start);
  if (quoting === "heredoc") return { ...literal, form: { ...literal.form, escapes: ["\\"], interpolation: ["$", "`"], escapeChar: "\\", quotesAreText: true } };
  if (quoting !== "bare" || literal.form.open !== "") return literal;
  const word = text.slice(literal.start, literal.end);
  const lineStart = text.lastIndexOf("\n", literal.start - 1) + 1;
  // A plain assignment (`X=a{b,c}` at the start of a command) is neither brace-expanded nor globbed; `export X=…` is.
  const assignment = /^[A-Za-z_]\w*\+?=/.test(word) && /(?:^|[;&|({])\s*(?:[A-Za-z_]\w*=\S*\s+)*$/.test(text.slice(lineStart, literal.start));
  const expands = /^~|[=:]~/.test(word) || (!assignment && (/\{[^{}]*(?:,|\.\.)[^{}]*\}/.test(word) || /[*?[]/.test(word)));
  if (expands) throw new FixPlanError("notLiteral", "The shell expands this unquoted word (braces, a glob pattern or ~), so its text is not the value the program gets: move it by hand.");
  return literal;
}

/** The whole string content becomes the reference; the quotes stay. */
function referenceInLiteral(request: ReplacementRequest, literal: StringLiteral): { value: string; edit: TextEdit } {
  const { text } = request;
  const value = literalValue(text, literal, literal.contentStart, literal.contentEnd);
  const reference = requireReference(request);
  // A bare shell word cannot hold `(`: it gets quotes.
  const newText = literal.form.open === "" ? `"${reference}"` : reference;
  return { value, edit: { start: literal.contentStart, end: literal.contentEnd, newText } };
}

/**
 * The `const` of a declaration whose value becomes a read at run time, replaced by `keyword`
 * (Go's `var`, Dart's `final`). `declaration` matches the text from the line's start to the
 * literal, its first group what stands before `const`.
 */
function constKeywordEdit(before: string, lineStart: number, declaration: RegExp, keyword: string): TextEdit | undefined {
  const match = declaration.exec(before);
  if (!match) return undefined;
  const start = lineStart + match[1]!.length;
  return { start, end: start + "const".length, newText: keyword };
}

/**
 * C#: the edit that makes the `const` the literal initializes hold a value read at run time. A
 * member becomes `static readonly`: one with an access modifier, or one whose block is a type's
 * body. A local (in a method's, accessor's or lambda's block, or a top-level statement) loses its
 * `const`. The declaration starts after the last `{`, `;` or `}` (`class F { const string S = …`).
 * Undefined where it is neither for certain (a block opened too far back), which is left to a note.
 */
function csharpConstEdit(text: string, literalStart: number): TextEdit | undefined {
  const head = text.slice(Math.max(0, literalStart - 400), literalStart);
  const statementStart = literalStart - head.length + Math.max(head.lastIndexOf(";"), head.lastIndexOf("{"), head.lastIndexOf("}")) + 1;
  const statement = text.slice(statementStart, literalStart);
  const declaration = /^(\s*((?:(?:public|private|protected|internal|new)\s+)*))const\s+[\w.<>?]+\s+[A-Za-z_]\w*\s*=\s*$/.exec(statement);
  if (!declaration) return undefined;
  const constStart = statementStart + declaration[1]!.length;
  const { openers, complete } = enclosingBlockOpeners(text, statementStart);
  const inner = openers[0];
  const typeBody = inner !== undefined && /\b(?:class|struct|record|interface)\b/.test(inner);
  if (declaration[2] !== "" || typeBody) return { start: constStart, end: constStart + "const".length, newText: "static readonly" };
  if (inner === undefined && !complete) return undefined;
  return { start: constStart, end: constStart + /^const\s+/.exec(text.slice(constStart))![0].length, newText: "" };
}

/**
 * A line, up to a literal, that writes the literal into the environment variable `name`: Python's
 * `os.environ["X"] =` and `setdefault("X",`, Node's and Vite's `process.env.X =`, Go's, Rust's,
 * .NET's, C's, Elixir's and Ruby's calls, Ruby's `ENV["X"] =`, Perl's `$ENV{X} =`, PowerShell's
 * `$env:X =`. (Not a read with the literal as its default: `os.environ.get("X", "…")`, `process.env.X || "…"`.)
 */
function environmentWrite(name: string): RegExp {
  const quoted = `["']${name}["']`;
  return new RegExp(
    String.raw`(?:\benviron\s*\[\s*${quoted}\s*\]\s*=|\b(?:${ENVIRONMENT_WRITE_CALLS})\s*\(\s*${quoted}\s*,|\b(?:process|import\.meta)\.env(?:\.${name}|\[\s*${quoted}\s*\])\s*=|\bENV\s*\[\s*${quoted}\s*\]\s*=|\$env:${name}\s*=|\$ENV\{${name}\}\s*=|\bset\(\s*ENV\{${name}\}\s)\s*$`,
  );
}

/**
 * A Go string flag's default, right before the literal: the standard flag package's and cobra's
 * `String("name", `, `StringVar(&v, "name", `, `StringP("name", "n", `, on any flag set.
 */
const GO_FLAG_DEFAULT_BEFORE = /\.String(?:Var)?P?\(\s*(?:&[\w.]+\s*,\s*)?"[^"\n]*"\s*,\s*(?:"[^"\n]*"\s*,\s*)?$/;

function languageNotes(request: ReplacementRequest, language: Language, literal: StringLiteral, style: ReplacementStyle): { edits: TextEdit[]; notes: string[] } {
  const { text, filePath } = request;
  const edits: TextEdit[] = [];
  const notes: string[] = [];
  const lineStart = text.lastIndexOf("\n", literal.start - 1) + 1;
  const before = text.slice(lineStart, literal.start);
  if (language === "python" && style === "environmentVariable") {
    // The module's docstring, above a `from __future__` import: a statement there (the read) would make the import a syntax error.
    if (/^[ \t]*(?:#[^\n]*)?$/.test(before) && /^(?:\s*#[^\n]*)*\s*$/.test(text.slice(0, lineStart)) && /^from\s+__future__\s/m.test(text.slice(literal.end))) {
      throw new FixPlanError("unsupported", "The value is the module's docstring, above a from __future__ import that must stay the first statement: move the value by hand.");
    }
    const edit = pythonImportOsEdit(text, literal.start);
    if (edit) edits.push(edit);
  }
  // `os.environ["API_TOKEN"] = "…"`, `os.Setenv("API_TOKEN", "…")`: the program set the variable
  // it now reads, so the line sets it to itself.
  if (style === "environmentVariable" && environmentWrite(request.environmentVariable).test(before)) {
    notes.push(`This line now sets ${request.environmentVariable} to its own value: once the environment provides it, the line can go.`);
  }
  if (language === "cmake") {
    notes.push(`CMake reads $ENV{${request.environmentVariable}} when it configures the build, not when the program runs: set ${request.environmentVariable} where cmake runs. A value CMake caches (set(… CACHE …)) or writes into the build (configure_file, compile definitions) is kept in the build tree: keep that out of source control and artifacts.`);
  }
  if (language === "jsonnet") {
    notes.push(`jsonnet reads std.extVar("${request.environmentVariable}") from its --ext-str ${request.environmentVariable} option, which takes the environment's value when given no other: add it to the jsonnet (tk, kubecfg) command line.`);
  }
  if (language === "rust" && style === "environmentVariable" && rustPlace(text, literal) === "string") {
    notes.push(`The value is now a String, where the literal was a &'static str, because a borrow of the String would end with this statement: where a &str must live longer (a struct's field, a map, a Vec, a &'static str), read ${request.environmentVariable} into a variable first and borrow it, or make the type String.`);
  }
  if (language === "go") {
    const edit = goImportOsEdit(text);
    if (edit) edits.push(edit);
    // os.Getenv is not a constant expression.
    const constant = constKeywordEdit(before, lineStart, /^(\s*)const\s+[A-Za-z_]\w*(?:\s+[\w.]+)?\s*=\s*$/, "var");
    if (constant) edits.push(constant);
  }
  if ((language === "c" || language === "cpp") && style === "environmentVariable") {
    if (/\[[ \t]*\w*[ \t]*\][ \t]*=[ \t]*(?:\{[ \t]*)?$/.test(before)) {
      throw new FixPlanError("unsupported", "The literal fills a char array, which getenv's pointer cannot: declare a pointer (const char *) instead, then move the value.");
    }
    const edit = cIncludeStdlibEdit(text, language === "cpp");
    if (edit) edits.push(edit);
    if (language === "c" && /^(?:static\s+)?(?:const\s+)?(?:unsigned\s+)?char\b/.test(before)) notes.push("In C a variable outside a function (or static) needs a constant initializer: set it from getenv at run time instead.");
  }
  if (language === "javascript" && style === "environmentVariable") {
    const refusal = shippedCodeRefusal(text, filePath) ?? (request.purpose === "secret" ? bundledValueRefusal(text, filePath, literal.start) : undefined) ?? workerRefusal(text);
    if (refusal !== undefined) throw new FixPlanError("unsupported", refusal);
  }
  if (language === "dart" && style === "environmentVariable") {
    // A Flutter app on a phone or in a browser has no environment to read, and --dart-define would
    // build the value into the app: its secrets belong on a server the app calls.
    if (/^\s*import\s+['"]package:flutter\//m.test(text)) {
      throw new FixPlanError("unsupported", "A Flutter app has no environment of its own when it runs, and a value given with --dart-define is built into the app: keep the secret on a server the app calls, then remove it from the code by hand.");
    }
    // Platform.environment is not a constant: `const token = …` becomes `final token = …`.
    const constant = constKeywordEdit(before, lineStart, /^(\s*(?:static\s+)?)const\s+(?:String\??\s+)?[A-Za-z_$][\w$]*\s*=\s*$/, "final");
    if (constant) edits.push(constant);
    else if (/\bconst\b/.test(before)) notes.push("A Dart const cannot hold a value read at run time: make it final.");
    // A `part of` file takes its imports from its library.
    if (/^\s*part\s+of\b/m.test(text)) notes.push("This file is part of a library: add import 'dart:io'; to the library's file.");
    else {
      const edit = dartImportIoEdit(text);
      if (edit) edits.push(edit);
    }
  }
  if (language === "swift" && style === "environmentVariable") {
    const edit = swiftImportFoundationEdit(text);
    if (edit) edits.push(edit);
  }
  if (language === "elixir" && /(?:^|[/\\])config[/\\](?!runtime\.exs$)[^/\\]+\.exs$/i.test(filePath)) {
    notes.push(`${filePath.replace(/^.*[/\\]config[/\\]/i, "config/")} is read when the project is compiled: move the read to config/runtime.exs, so a release reads ${request.environmentVariable} when it starts.`);
  }
  // (`@api_token "…"`: a module attribute's value is worked out when the module compiles.)
  if (language === "elixir" && /^[ \t]*@[a-z_]\w*[ \t]+$/.test(before)) {
    notes.push(`A module attribute is evaluated when the module compiles, so ${request.environmentVariable} would be read at build time: read it in a function, or in config/runtime.exs, so the app reads it when it starts.`);
  }
  if (language === "vb" && /\bConst\b/i.test(before)) notes.push("A Visual Basic Const cannot hold a value read at run time: change Const to ReadOnly (or Dim inside a procedure).");
  if (language === "fsharp" && /\[<\s*Literal\s*>\]/.test(text.slice(text.lastIndexOf("\n", Math.max(0, lineStart - 2)) + 1, literal.start))) {
    notes.push("A [<Literal>] value cannot be read at run time: remove the attribute.");
  }
  if (language === "csharp" && /\bconst\b/.test(before)) {
    const edit = csharpConstEdit(text, literal.start);
    if (edit) edits.push(edit);
    else notes.push("A C# const cannot hold a value read at run time: change const to static readonly (or drop it for a local).");
  }
  // Kotlin's `const val` takes only a value known when compiling, wherever it stands on the line
  // (`object C { const val T = "…" }`): the declaration the literal belongs to (no `;` or brace
  // between them) loses its `const`.
  if (language === "kotlin") {
    const match = /(^|[^\w.])const\s+val\s[^;{}]*$/.exec(before);
    if (match) {
      const start = lineStart + match.index + match[1]!.length;
      edits.push({ start, end: start + /^const\s+/.exec(before.slice(start - lineStart))![0].length, newText: "" });
    }
  }
  // TypeScript: `as const` asserts a literal, and the read is none.
  if (language === "javascript") {
    const asConst = /^[ \t]*as[ \t]+const\b/.exec(text.slice(literal.end, literal.end + 20));
    if (asConst) edits.push({ start: literal.end, end: literal.end + asConst[0].length, newText: "" });
  }
  if (language === "go" && style === "environmentVariable" && GO_FLAG_DEFAULT_BEFORE.test(before)) {
    notes.push(`The flag's usage text (-h, or a mistyped flag) prints a string flag's default, so it would print the value of ${request.environmentVariable}: give the flag an empty default and read os.Getenv("${request.environmentVariable}") after flag.Parse() where the flag is not given.`);
  }
  return { edits, notes };
}

/**
 * What the read `read` of `name` gives where the variable is unset, where the move writes a read
 * that goes on without the value (elsewhere it writes one that stops, naming the variable: Python's
 * os.environ["X"], C#'s `?? throw`, Java's requireNonNull, a shell's `:?`): undefined, null, Go's
 * "" (or "…undefined…" joined into a string).
 */
function unsetReadNote(language: Language, read: string, name: string, typeScript: boolean): string | undefined {
  const check = "check it where the value is used, so the program stops with a clear error instead of going on without the value.";
  switch (language) {
    case "javascript":
      return typeScript
        ? `${read} is string | undefined in TypeScript: where it replaces the whole string it is written ${read}!, so the code compiles as before, but the value is undefined where ${name} is not set: check it where the value is used.`
        : `${read} is undefined where ${name} is not set: ${check}`;
    case "go":
      return `${read} returns "" where ${name} is not set: ${check}`;
    // (libstdc++ throws std::logic_error and the program aborts without naming the variable.)
    case "cpp":
      return `std::getenv returns nullptr when ${name} is not set, and a std::string made from nullptr is undefined behaviour: check it before the value is used.`;
    case "c":
      return `getenv returns NULL when ${name} is not set: check it before the value is used.`;
    case "groovy":
      return `${read} returns null where ${name} is not set: ${check}`;
    case "vb":
      return `${read} returns Nothing where ${name} is not set: ${check}`;
    case "fsharp":
      return `${read} returns null where ${name} is not set: ${check}`;
    case "php":
      return `${read} returns false where ${name} is not set: ${check}`;
    case "powershell":
      return `${read} is $null where ${name} is not set: ${check}`;
    case "r":
      return `${read} returns "" where ${name} is not set: ${check}`;
    // (Only in a LINQ query's lambda: elsewhere the move writes `?? throw`.)
    case "csharp":
      return `In a LINQ query's lambda, which a database's IQueryable makes an expression tree that cannot throw, ${read} returns null where ${name} is not set: ${check}`;
    // (Only inside a "…" string: elsewhere the move writes `// die(…)`.)
    case "perl":
      return `Inside the string ${read} cannot stop the program: it is undef where ${name} is not set (an empty string, with a warning under use warnings): ${check}`;
    default:
      return undefined;
  }
}

function bicepReplacement(request: ReplacementRequest, literal: StringLiteral): Replacement {
  const settingsPath = bicepContextAt(request.text, literal.start).path.some((key) => /^(?:appSettings|connectionStrings)$/i.test(key));
  const defaultStyle = referenceStyle(request);
  if (request.purpose === "secret" && (request.style === undefined || request.style === "removeValue")) {
    const parameterDefault = bicepParameterDefault(request, literal);
    if (parameterDefault) return parameterDefault;
  }
  if (request.style === undefined && !settingsPath) {
    throw new FixPlanError(
      "unsupported",
      request.purpose === "secret"
        ? "Outside appSettings and connectionStrings nothing resolves a reference in Bicep: pass the value as a @secure() parameter (getSecret() from an existing vault in the calling file), or choose the reference style explicitly."
        : "Outside appSettings and connectionStrings nothing resolves an App Configuration reference in Bicep: pass the value as a parameter set at deployment (for example from az appconfig kv show), then remove it here by hand.",
    );
  }
  const style = request.style ?? defaultStyle;
  if (style !== defaultStyle) throw unsupportedStyle(style, "Bicep files", [defaultStyle]);
  const { value, edit } = referenceInLiteral(request, literal);
  return {
    value,
    edits: [edit],
    description: requireReference(request),
    style,
    notes: [request.purpose === "secret" ? "Give the app's managed identity the Key Vault Secrets User role on the vault, so App Service can resolve the reference." : APP_CONFIGURATION_REFERENCE_NOTE],
  };
}

/**
 * The engine's span may take in a raw string's own delimiters (the `(…)` of R's `r"(…)"`, the
 * fourth quote of C#'s `""""…""""`), which are no part of the value: where the span holds a
 * literal's whole content and lies within its quotes, the content is the value.
 */
function contentSpanned(text: string, language: Language, target: Span): Span | undefined {
  if (target.end - target.start < 3) return undefined;
  const middle = target.start + Math.floor((target.end - target.start) / 2);
  const literal = stringLiteralAt(text, language, { start: middle, end: middle });
  if (!literal || literal.contentStart === literal.contentEnd) return undefined;
  const within = literal.start <= target.start && target.end <= literal.end && target.start <= literal.contentStart && literal.contentEnd <= target.end;
  return within ? { start: literal.contentStart, end: literal.contentEnd } : undefined;
}

export function codeReplacement(request: ReplacementRequest, language: Language): Replacement {
  if (language !== "shell" && !stringLiteralAt(request.text, language, request.target)) {
    const content = contentSpanned(request.text, language, request.target);
    if (content) request = { ...request, target: content };
  }
  const { text, target, purpose } = request;
  // (Inside backticks a replacement needs escapes of its own: `$(…)` nests without them; in a
  // here-document with a quoted delimiter nothing expands.)
  if (language === "shell" && shellQuotingAt(text, target.start) === undefined) {
    throw new FixPlanError("unsupported", "The shell would not expand a variable written here (inside backticks, a quoted here-document or a $'…' string), or the quoting cannot be read with certainty: move it by hand.");
  }
  const found = stringLiteralAt(text, language, target) ?? (language === "shell" ? shellWord(text, target) : language === "cmake" ? cmakeArgument(text, target) : undefined);
  if (!found) throw new FixPlanError("noBounds", "The value is not inside a string literal the fix can find (is it in a comment, or not quoted?): move it by hand.");
  // The file does not read as the lexer expects (a `'` that is no quote, a quote left open): the
  // literal found is not the value's, and replacing it would replace code. (A shell string is read
  // from the value's line, so one opened above and closed below looks open.)
  if (found.unterminated && language !== "shell") {
    throw new FixPlanError("noBounds", "The string holding the value does not close where the fix reads it, so the fix cannot tell where the value ends: move it by hand.");
  }
  // A Python f-string's replacement field (`f"{connect('…')}"`) is code: splitting the string there
  // would cut the field in two, and a read written whole would need the other quote before 3.12.
  if (language === "python" && pythonFieldExpressionAt(text, found, target.start) !== undefined) {
    throw new FixPlanError("unsupported", "The value is inside an f-string's replacement field ({…}), which is code, not the string's text: read the value into a variable before the f-string, use the variable in the field, then move the value.");
  }
  if (found.form.character) {
    throw new FixPlanError("noBounds", "The value reads as being inside a character literal ('…'), which holds one character, so the fix cannot tell where the value's string is: move it by hand.");
  }
  // (A block of one line, `"""` / the value / `"""`, is replaced whole when the value is all of it.)
  const oneLine = oneLineBlock(text, found);
  const literal = language === "shell" ? shellLiteral(text, target, found) : oneLine && target.start <= oneLine.contentStart && oneLine.contentEnd <= target.end ? oneLine : found;
  // A word right before the quote is a prefix the lexer does not know (a raw string's delimiter
  // too long to be one, an Elixir sigil, a Scala interpolator of a library, a Lua or Ruby call
  // without parentheses): the content found may not be the string's. (Shell and PowerShell words
  // run into quotes: `a"b"` is one word.)
  if (language !== "shell" && language !== "powershell" && /\w/.test(text[literal.start - 1] ?? "") && !(language === "javascript" && literal.form.open === "`")) {
    throw new FixPlanError("notLiteral", "The string is written right after a word or sign the fix does not read as part of it (a raw string's delimiter, a sigil, an interpolator, a call without parentheses), so its text may not be the value the program uses: move it by hand.");
  }
  // Swift's raw strings take any number of `#`: the lexer knows one, so `##"…"##` is read from
  // its second `#`, and a read written there would keep the outer pair around it.
  if (language === "swift" && (text[literal.start - 1] === "#" || text[literal.end] === "#")) {
    throw new FixPlanError("notLiteral", "The value is in a Swift raw string with more than one #, whose delimiters the fix does not read: move it by hand.");
  }
  if (literal.form.hereDocument) {
    throw new FixPlanError("unsupported", "The value is in a here-document, whose quotes are text: a read of the environment written there would be text too (or, where the body interpolates, would drop the quotes around the value). Move it by hand.");
  }
  const block = literal === oneLine ? undefined : blockValueRefusal(text, language, literal);
  if (block) throw new FixPlanError("notLiteral", block);
  // (Before any style: a reference in one piece would leave the rest of the value in the file.)
  if (request.compound && joinedByOperator(text, literal)) {
    throw new FixPlanError("unsupported", "The connection string is split into literals joined by an operator, and only one of them would move: join the pieces into one literal, then move the connection string.");
  }
  if (joinsAdjacentLiteral(language, text, literal)) {
    throw new FixPlanError(
      "unsupported",
      language === "shell"
        ? "The shell joins this text with the quoted or bare text touching it into one word (a\"b\" is ab), so the value runs on past what was found: write the whole value as one quoted string, then move it."
        : "The string is joined to the literal beside it (\"a\" \"b\" is one string here), so the value may run on into it: join the pieces into one literal, then move the value.",
    );
  }
  if (language === "bicep") return bicepReplacement(request, literal);

  const defaultStyle: ReplacementStyle = purpose === "config" && language === "csharp" ? "configuration" : "environmentVariable";
  const style = request.style ?? defaultStyle;
  // A default in an options class: no `configuration` is in scope in a member's initializer, and
  // the options binder sets the property from its section, so the default goes.
  if (language === "csharp") {
    const removal = optionsDefaultMove(request, literal, style);
    if (removal) return removal;
  }
  // A pydantic-settings field's default: pydantic reads the field's variable itself, so the default
  // goes; so does a Spring @ConfigurationProperties field's, which Spring binds.
  if (language === "python" && style === "environmentVariable") {
    const removal = pydanticDefaultRemoval(request, literal);
    if (removal) return removal;
  }
  if ((language === "java" || language === "kotlin") && style === "environmentVariable") {
    const removal = springDefaultRemoval(request, literal, language);
    if (removal) return removal;
  }
  const supported: ReplacementStyle[] = language === "csharp" ? ["environmentVariable", "configuration", "keyVaultReference"] : ["environmentVariable", "keyVaultReference"];
  if (purpose === "config") supported.splice(supported.indexOf("keyVaultReference"), 1);
  if (!supported.includes(style)) throw unsupportedStyle(style, "this language", supported);

  if (style === "keyVaultReference") {
    const { value, edit } = referenceInLiteral(request, literal);
    return { value, edits: [edit], description: requireReference(request), style, notes: ['Nothing resolves a Key Vault reference in code by itself: the program must, or run it with "Run with secrets".'] };
  }
  const name = request.environmentVariable;
  const systemPrefix = language === "csharp" && !importsSystem(text) ? "System." : "";
  // An argparse or click option's default: read when the parser is built, so `os.environ[…]` would
  // stop the program where the variable is unset even when the option is given.
  const optionDefault = language === "python" && OPTION_DEFAULT_BEFORE.test(text.slice(Math.max(0, literal.start - OPTION_CALL_REACH), literal.start));
  const environment = optionDefault ? `os.environ.get("${name}")` : fileEnvironmentRead(language, name, text);
  const expression = style === "configuration" ? `configuration["${request.configurationKey}"]` : environment === undefined ? undefined : `${systemPrefix}${environment}`;
  if (expression === undefined) throw unsupportedStyle(style, "this language", ["keyVaultReference"]);
  // (A LINQ query's lambda may be an expression tree, which cannot throw: the read there goes on without the value.)
  const plainRead = style === "configuration" || (language === "csharp" && inQueryLambda(text, literal.start));
  const read = plainRead ? { whole: expression, concatOperator: " + " } : readFor(language, expression, name, text, isTypeScriptPath(request.filePath));
  if (language === "javascript" && literal.form.open === "`" && /[\w$)\]]$/.test(text.slice(Math.max(0, literal.start - 1), literal.start))) {
    throw new FixPlanError("unsupported", "The value is in a tagged template (String.raw`…`, a query's tag), whose tag receives the text: move it by hand.");
  }
  // C's and C++'s `L"…"`, `u"…"`, `U"…"`, `u8"…"` hold wide or Unicode characters; getenv gives `char`s.
  if ((language === "c" || language === "cpp") && /^(?:L|u8?|U)/.test(literal.prefixText)) {
    throw new FixPlanError("unsupported", `The string is a wide or Unicode one (${literal.prefixText}"…"), and getenv gives a char string: move the value by hand, converting what getenv returns where it is used.`);
  }
  // C# `"…"u8` is a ReadOnlySpan<byte>, C++ `"…"s` a std::string, C `"…"PRIu64` a macro joined to it.
  if ((language === "csharp" || language === "c" || language === "cpp") && /\w/.test(text[literal.end] ?? "")) {
    throw new FixPlanError("unsupported", `The string has a suffix (${/^\w{1,8}/.exec(text.slice(literal.end))![0]}) that makes it another type or joins it to a macro, which a read of the environment cannot take: move the value by hand.`);
  }
  if (language === "javascript" && isInJsxText(text, literal.start, request.filePath)) {
    throw new FixPlanError("unsupported", "The quotes are part of JSX text (<pre>… \"…\"</pre>), which shows them as written: move the value by hand, reading it in braces ({process.env.…}).");
  }
  if (language === "python" && isPythonDocstring(text, literal) && !coversContent(text, literal.contentStart, literal.contentEnd, target)) {
    throw new FixPlanError(
      "unsupported",
      "The value is part of a docstring (the code's documentation, shown by help()), not a value the program uses: a read written into it would end the docstring and print the secret in the help. Replace the value with a placeholder by hand.",
    );
  }
  const literalOnly = literalOnlyPlace(language, text, literal.start, literal.end, request.filePath);
  if (literalOnly) throw new FixPlanError("unsupported", `${literalOnly}: move the value by hand.`);
  // (A line of a Go `const ( … )` block leaves it as a var where it can.)
  const goBlockLine = language === "go" ? goConstBlockLine(text, literal.start, literal.end) : undefined;
  const constantPlace = goBlockLine?.kind === "refused" ? goBlockLine.reason : compileTimeConstantPlace(language, text, literal.start, literal.end);
  if (constantPlace) throw new FixPlanError("unsupported", `${constantPlace}, which takes only a value known when the program is compiled, and the environment is read when it runs: move the value by hand.`);
  // A constant the read turns into a variable, which the file uses where only a constant may stand.
  const constant = constantInitialized(language, text, literal.start) ?? (goBlockLine?.kind === "split" ? { name: goBlockLine.name, reach: "folder" as const } : undefined);
  const use = constant === undefined ? undefined : constantUse(language, text, constant.name, { start: text.lastIndexOf("\n", literal.start - 1) + 1, end: literal.end });
  if (constant !== undefined && use) throw new FixPlanError("unsupported", constantUseRefusal(constant.name, `line ${use.line}`, use.what));
  const replaced = replaceInLiteral(request, language, literal, read);
  const { value, description } = replaced;
  // A JSX attribute takes an expression only in braces: `apiKey={process.env.API_KEY}`.
  const jsxAttribute = language === "javascript" && isJsxAttributeValue(text, literal.start, request.filePath);
  // (Perl: a joined string in parentheses after a function's name takes the `+` a whole read does.)
  const written = jsxAttribute ? `{${replaced.edit.newText}}` : language === "perl" ? perlTermAfterName(text, replaced.edit.start, replaced.edit.newText) : replaced.edit.newText;
  // (A shell's `${X:?…}` in a subshell ends only the subshell: the check goes before the command.)
  const shellCheck = language === "shell" ? withShellCheck(text, replaced.edit.start, name, written) : undefined;
  const edit = { ...replaced.edit, newText: shellCheck?.written ?? written };
  const extra = languageNotes(request, language, literal, style);
  if (goBlockLine?.kind === "split") extra.edits.push(...goBlockLine.edits);
  if (shellCheck) {
    extra.edits.push(...shellCheck.edits);
    extra.notes.push(shellCheck.note);
  }
  // Where the move writes a read that goes on without the value, a note says what it gives.
  const stops = shellCheck !== undefined || (read.stopping !== undefined && replaced.edit.newText.includes(read.stopping));
  const unset = style === "environmentVariable" && !stops && environment !== undefined ? unsetReadNote(language, environment, name, isTypeScriptPath(request.filePath)) : undefined;
  if (unset) extra.notes.push(unset);
  if (language === "java" && stops) {
    const importEdit = javaImportObjectsEdit(text);
    if (importEdit) extra.edits.push(importEdit);
  }
  const notes =
    style === "configuration"
      ? [
          `configuration["${request.configurationKey}"] needs an IConfiguration named configuration in scope (builder.Configuration in Program.cs).`,
          purpose === "config" || request.throughAppConfiguration
            ? appConfigurationProviderNote(request)
            : `Program.cs must call builder.Configuration.AddAzureKeyVault(…) so the secret ${request.storeName} is read as ${request.configurationKey}.`,
          ...(purpose === "secret" && !request.throughAppConfiguration ? [readAccessNote(request.storeUrl)] : []),
        ]
      : environmentNotes(request, name);
  const edits = [...extra.edits, edit].sort((a, b) => a.start - b.start);
  const optionNote =
    optionDefault && style === "environmentVariable"
      ? [
          `The option's default is now read from ${name} when the parser is built: with ${name} unset the option has no default (None), and the program needs the option on its command line.`,
          // (click's show_default=True, argparse's ArgumentDefaultsHelpFormatter: --help prints defaults.)
          ...(/\bshow_default\s*=\s*True\b|\bArgumentDefaultsHelpFormatter\b/.test(text) ? [`The help shows the options' defaults (show_default=True or ArgumentDefaultsHelpFormatter), so --help would print the secret: turn that off for this option.`] : []),
        ]
      : [];
  return {
    value,
    edits,
    description,
    style,
    notes: [...notes, ...extra.notes, ...optionNote],
    ...(style === "configuration" ? { configurationKey: request.configurationKey } : {}),
    ...(constant !== undefined ? { constantMadeVariable: { name: constant.name, language, reach: constant.reach, ...(constant.owner !== undefined ? { owner: constant.owner } : {}) } } : {}),
  };
}

/**
 * An argparse or click option's `default=` right before a literal, on its line or in a call laid
 * out one argument a line: `parser.add_argument("--api-key", default=`. (No other call's brackets
 * in between.)
 */
const OPTION_DEFAULT_BEFORE = /\b(?:add_argument|option)\([^()]*\bdefault\s*=\s*$/;
/** How far before the literal an option's call is looked for. */
const OPTION_CALL_REACH = 400;

/**
 * The options-class move of a C# literal (options-class.ts), or undefined where the literal is no
 * options class's default or the move reads it another way. A configuration value's default goes
 * with the configuration style. A secret's goes by default, or with the configuration or
 * removeValue style: the binder sets the property from the key its secret's name maps to. Where
 * the default cannot go (a field, a static, more than the value in the literal), a secret's default
 * move reads the environment instead, which compiles in an initializer; the binder sets no such member.
 */
function optionsDefaultMove(request: ReplacementRequest, literal: StringLiteral, style: ReplacementStyle): Replacement | undefined {
  const { text, target, purpose } = request;
  const removes = purpose === "config" ? style === "configuration" : request.style === undefined || request.style === "configuration" || request.style === "removeValue";
  if (!removes) return undefined;
  const member = optionsClassMember(text, literal.start, literal.end);
  if (!member) return undefined;
  const removable = member.initializer !== undefined && coversContent(text, literal.contentStart, literal.contentEnd, target);
  if (purpose === "secret" && request.style === undefined && !removable) return undefined;
  return optionsDefaultRemoval(request, literal, member);
}

/**
 * The move of an options class's default (options-class.ts): the initializer leaves the property,
 * and the options binder sets it from the key, which must name the property as the binder does
 * (`<section>:BaseUrl`; a secret's name maps to it as the Key Vault provider reads `--`:
 * `Shipping--ApiKey`). Refused where the binder cannot set the member (a const, a static, a field).
 */
function optionsDefaultRemoval(request: ReplacementRequest, literal: StringLiteral, member: OptionsClassMember): Replacement {
  const { text, target, configurationKey: key, purpose } = request;
  if (member.refusal !== undefined || member.initializer === undefined) throw new FixPlanError("unsupported", member.refusal ?? "The options class's default cannot be removed here: move the value by hand.");
  if (!coversContent(text, literal.contentStart, literal.contentEnd, target)) {
    throw new FixPlanError("unsupported", `The default of ${member.className}.${member.member} holds more than the value, and the options binder sets the whole property: move the value by hand.`);
  }
  // (Configuration keys match case-insensitively: `shipping:baseurl` binds BaseUrl.)
  const separator = key.lastIndexOf(":");
  const section = key.slice(0, Math.max(0, separator));
  if (separator <= 0 || key.slice(separator + 1).toLowerCase() !== member.member.toLowerCase()) {
    const binds = `The options binder sets ${member.className}.${member.member} from a key that ends in :${member.member} (${member.section}:${member.member})`;
    throw new FixPlanError(
      "invalidInput",
      purpose === "secret"
        ? `${binds}, and the Key Vault provider reads the secret ${request.storeName} as ${key}: name the secret ${member.section}--${member.member}.`
        : `${binds}, so App Configuration must hold the value under such a key, not ${key}.`,
    );
  }
  const bind = JSON.stringify(section);
  const binderNote = `${member.className}.${member.member} has no default now: the options binder sets it from ${key} when ${member.className} is bound to the section ${section}, as services.Configure<${member.className}>(configuration.GetSection(${bind})) or services.AddOptions<${member.className}>().BindConfiguration(${bind}) does. Without a value it is null (with nullable reference types on, the compiler warns CS8618): validate it on start (ValidateOnStart) or declare it nullable.`;
  const removal = { value: literalValue(text, literal, literal.contentStart, literal.contentEnd), edits: [{ start: member.initializer.start, end: member.initializer.end, newText: "" }], description: `removes the default of ${member.className}.${member.member}` };
  if (purpose === "config") return { ...removal, style: "configuration", notes: [binderNote, appConfigurationProviderNote(request)] };
  // A secret: the key comes from the vault through a configuration provider, as for a member
  // removed from appsettings.json (removeValue), so the secret must keep the name that maps to it.
  return { ...removal, style: "removeValue", notes: [binderNote, ...optionsSecretSourceNotes(request)], configurationKey: key };
}

/**
 * Where the configuration key of a secret taken out of an options class comes from: App
 * Configuration's Key Vault reference, or the Key Vault provider (`Shipping--ApiKey` is read as
 * `Shipping:ApiKey`), or else the environment variable the default host reads as the same key
 * (`Shipping__ApiKey`), which Run with secrets or an App Service setting can set from the vault.
 */
function optionsSecretSourceNotes(request: ReplacementRequest): string[] {
  const { configurationKey: key } = request;
  if (request.throughAppConfiguration) return [appConfigurationProviderNote(request)];
  const provider = `Program.cs must call builder.Configuration.AddAzureKeyVault(new Uri("${request.storeUrl ?? "<vault URL>"}"), new DefaultAzureCredential()) (package Azure.Extensions.AspNetCore.Configuration.Secrets), which reads the secret ${request.storeName} as ${key}.`;
  const variable = key.split(":").join("__");
  // (A section with a `-` in it names no variable a shell can set.)
  const environment = /^[A-Za-z_]\w*$/.test(variable) ? [`Without that provider, ASP.NET Core's default host reads the environment variable ${variable} as ${key}. ${runWithSecretsNote(variable, request.reference)}`] : [];
  return [provider, ...environment, readAccessNote(request.storeUrl)];
}

/**
 * The move of a pydantic-settings field's default (pydantic-settings.ts): the default goes, and
 * pydantic sets the field from its variable (env_prefix and the field's name), which the notes say
 * how to set. Undefined where the literal is no such default, or holds more than the value.
 */
function pydanticDefaultRemoval(request: ReplacementRequest, literal: StringLiteral): Replacement | undefined {
  const { text, target, purpose } = request;
  if (literal.prefixText !== "" || literal.form.multiline || !coversContent(text, literal.contentStart, literal.contentEnd, target)) return undefined;
  const settings = pydanticSettingsField(text, literal.start, literal.end);
  if (!settings) return undefined;
  const { className, field, variable } = settings;
  const where = `${className}.${field}`;
  // (An alias may hold what no variable's name can: `alias="api-key"`, which pydantic reads from `api-key`.)
  if (!isValidEnvironmentVariable(variable)) {
    throw new FixPlanError("unsupported", `pydantic-settings sets ${where} from the environment variable ${variable}, which is no shell variable's name (letters, digits and _ only), so .env files, shells and many hosts cannot set it: give the field an alias of such a name, then move the value.`);
  }
  // (A secret's variable is another where this file reads that one for another secret, or the system sets it: PATH_SECRET.)
  if (purpose === "secret" && request.environmentVariable.toUpperCase() !== variable.toUpperCase()) {
    throw new FixPlanError("unsupported", `pydantic-settings sets ${where} from the environment variable ${variable}, which cannot hold this secret: another secret of this file is read from it, or the system sets it. Rename the field (or the class's env_prefix), then move the value.`);
  }
  const prefix = settings.alias !== undefined ? `the field's alias` : settings.prefix ? `the class's env_prefix "${settings.prefix}" and the field's name` : "the field's name";
  const notes = [
    `${where} has no default now: pydantic-settings sets it from the environment variable ${variable} (${prefix}, ${settings.caseSensitive ? "matching case" : "in any case"}), and ${className}() raises a ValidationError where it is not set.`,
    ...(settings.aliasChoices ? [aliasChoicesNote(where, variable, settings.aliasChoices)] : []),
    ...environmentNotes(request, variable),
    // (pydantic-settings prefers the environment to its dotenv file, so the variable Run with secrets sets wins.)
    ...(settings.readsEnvFile ? [`${className} reads a dotenv file itself (env_file): where that is the .env holding the reference, run the program with "Run with secrets", whose ${variable} takes precedence over the file's line; without it pydantic reads the reference's text.`] : []),
  ];
  return {
    value: literalValue(text, literal, literal.contentStart, literal.contentEnd),
    edits: [{ start: settings.removal.start, end: settings.removal.end, newText: "" }],
    description: `removes the default of ${where}, which pydantic-settings reads from ${variable}`,
    style: "environmentVariable",
    notes,
    environmentVariable: variable,
  };
}

/** Which of a field's AliasChoices the move named, and why that one. */
function aliasChoicesNote(where: string, variable: string, choices: AliasChoices): string {
  const others = choices.others.length > 0 ? ` over the later ${choices.others.length === 1 ? "choice" : "choices"} ${choices.others.join(", ")}` : "";
  const path = choices.pathFirst ? ` An AliasPath before it still wins where its variable is set: leave that one unset.` : "";
  return `${where}'s validation_alias is AliasChoices(…), and pydantic-settings takes the first of AliasChoices the environment has: the move names its first plain name, ${variable}, which wins whenever it is set${others}.${path}`;
}

/**
 * The move of a Spring @ConfigurationProperties field's initializer (spring-configuration-properties.ts):
 * it goes, and Spring binds the field from its property, which the environment variable relaxed
 * binding maps to it sets. Undefined where the literal is no such initializer, or holds more than the value.
 */
function springDefaultRemoval(request: ReplacementRequest, literal: StringLiteral, language: "java" | "kotlin"): Replacement | undefined {
  const { text, target, purpose } = request;
  if (literal.form.multiline || !coversContent(text, literal.contentStart, literal.contentEnd, target)) return undefined;
  const bound = language === "java" ? springBoundField(text, literal.start, literal.end) : kotlinSpringBoundField(text, literal.start, literal.end);
  if (!bound) return undefined;
  const { className, field, property, variable } = bound;
  const where = `${className}.${field}`;
  // (A secret's variable is another where this file reads that one for another secret, or the system sets it.)
  if (purpose === "secret" && request.environmentVariable !== variable) {
    throw new FixPlanError("unsupported", `Spring binds ${where} to ${property}, which it reads from the environment variable ${variable}, and that cannot hold this secret: another secret of this file is read from it, or the system sets it. Rename the field, then move the value.`);
  }
  const binding = `Spring binds it to ${property} (from the environment variable ${variable}, or a property source)${bound.through === "constructor" ? ` through ${className}'s constructor` : ""} when ${className} is registered (@EnableConfigurationProperties, @ConfigurationPropertiesScan or @Component)`;
  return {
    value: literalValue(text, literal, literal.contentStart, literal.contentEnd),
    edits: [
      ...(bound.lateinitAt !== undefined ? [{ start: bound.lateinitAt, end: bound.lateinitAt, newText: "lateinit " }] : []),
      // (A Kotlin property of the class's body must be initialised: a nullable one to null.)
      { start: bound.initializer.start, end: bound.initializer.end, newText: bound.nullable && bound.through === "setter" ? " = null" : "" },
    ],
    description: `removes the default of ${where}, which Spring binds to ${property}`,
    style: "environmentVariable",
    notes: [`${where} has no default now: ${binding}. ${withoutValue(bound, language)}`, ...environmentNotes(request, variable)],
  };
}

/** What the bound member holds when its property has no value, as the move left it. */
function withoutValue(bound: BoundField, language: "java" | "kotlin"): string {
  if (language === "java") return "Without a value it is null: add @Validated to the class and @NotBlank to the field (with spring-boot-starter-validation) to fail on start.";
  if (bound.lateinitAt !== undefined) return "Without a value it stays uninitialised, and reading it throws UninitializedPropertyAccessException: add @Validated and @field:NotBlank (with spring-boot-starter-validation) to fail on start.";
  if (bound.nullable) return "Without a value it is null.";
  return "Without a value the application fails to start, as the parameter has no default left.";
}
