// --- Literals that a format string puts in place ---------------------------------------------------
// Go's `fmt.Sprintf("host=%s user=%s password=%s", host, "app", "…")`, Java's `String.format`, C#'s
// `string.Format("…;Password={1}", …)` and Python's `"postgresql://{}:{}@db/orders".format("app",
// "…")`: the secret is an argument, its name is in the format where its verb stands. Each verb is
// matched to its argument; a literal argument is named by the `name=` before its verb, or is the
// password of a `scheme://user:…@` URL. (Every character is read a bounded number of times.)

import type { FileType, RuleHit } from "./types";
import { secretStrength } from "./secret-names";
import { acceptable } from "./secret-values";

/**
 * A formatting call: printf's verbs (`Sprintf(`, `sprintf(`, `String.format(`), whose format is
 * the first literal argument; .NET's numbered braces (`String.Format(`); Python's `"…".format(`,
 * whose format is the literal before it.
 */
const FORMAT_CALL = /\b(?<printf>Sprintf|sprintf|String\.format)\(|\b(?<numbered>[Ss]tring\.Format)\(|(?<q>["'])(?<format>[^"'\\\n]{1,400})\k<q>\.format\(/g;
/** A quick test for FORMAT_CALL, so that most lines are not read for calls at all. */
const FORMAT_CALL_HINT = /printf\(|\.format\(|\.Format\(/;
/** printf's verbs: `%%` is a percent sign; `*` widths and `%[2]s` indices take arguments out of order (then the call is left alone). */
const PRINTF_VERB = /%(?:(?<percent>%)|(?<reorder>\[\d+\])?[-+# 0]{0,4}(?<width>\*|\d{1,3})?(?:\.(?<precision>\*|\d{1,3}))?[a-zA-Z])/g;
/** Braces' fields: `{{` and `}}` are braces; `{}` takes the next argument, `{1}` the second; `{name}` a keyword argument. */
const BRACE_FIELD = /\{\{|\}\}|\{(?<index>\d{0,2})(?:[:!,][^{}\n]{0,40})?\}/g;
/** A literal argument, and the text in its quotes. */
const LITERAL_ARGUMENT = /^(["'`])([^"'`\\\n]*)\1$/;
/** `name=` (maybe with a quote) just before a verb: the name of what the verb puts in place. */
const NAME_BEFORE_VERB = /(?<name>[A-Za-z_][\w.-]{0,60})[ \t]*=[ \t]*["']?$/;
/** `scheme://user:` just before a verb followed by `@`: the verb puts a URL's password in place. */
const URL_USER_BEFORE_VERB = /[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/(?<user>[^\s:/@]{0,100}):$/;
/** What a format's URL with a password put in holds (lower case), with no secret word: keywords that wake the rule for it. */
export const FORMATTED_URL_PASSWORD_KEYWORDS: readonly string[] = [":%s@", ":{}@", ":{1}@"];
/** How far a call's arguments are read. */
const MOST_ARGUMENTS_LENGTH = 800;

interface Argument {
  readonly text: string;
  /** Where the text starts in the line. */
  readonly start: number;
}

/** The arguments of the call whose `(` is just before `open`, up to its `)` or the line's end. */
function callArguments(line: string, open: number): Argument[] {
  const found: Argument[] = [];
  let depth = 0;
  let quote = "";
  let start = open;
  const limit = Math.min(line.length, open + MOST_ARGUMENTS_LENGTH);
  const push = (end: number): void => {
    const raw = line.slice(start, end);
    const text = raw.trim();
    if (text) found.push({ text, start: start + raw.indexOf(text) });
  };
  for (let at = open; at < limit; at++) {
    const character = line[at]!;
    if (quote) {
      if (character === "\\") at++;
      else if (character === quote) quote = "";
    } else if (character === '"' || character === "'" || character === "`") quote = character;
    else if (character === "(" || character === "[" || character === "{") depth++;
    else if ((character === ")" || character === "]" || character === "}") && depth > 0) depth--;
    else if (character === ")") {
      push(at);
      return found;
    } else if (character === "," && depth === 0) {
      push(at);
      start = at + 1;
    }
  }
  // (A call that goes on past the line: the arguments that are on it.)
  return found;
}

/** A verb of a format: where it is in the format, and which argument it puts in place. */
interface Verb {
  readonly start: number;
  readonly end: number;
  readonly argument: number;
}

/** The verbs of a printf format, or undefined when some take their arguments out of order. */
function printfVerbs(format: string): Verb[] | undefined {
  const verbs: Verb[] = [];
  for (const verb of format.matchAll(PRINTF_VERB)) {
    const { percent, reorder, width, precision } = verb.groups!;
    if (percent) continue;
    if (reorder || width === "*" || precision === "*") return undefined;
    verbs.push({ start: verb.index, end: verb.index + verb[0].length, argument: verbs.length });
  }
  return verbs;
}

/** The positional fields of a braces format (`{}` counted, `{1}` as numbered; `{name}` take no position). */
function braceVerbs(format: string): Verb[] {
  const verbs: Verb[] = [];
  let next = 0;
  for (const field of format.matchAll(BRACE_FIELD)) {
    const index = field.groups!.index;
    if (index === undefined) continue;
    verbs.push({ start: field.index, end: field.index + field[0].length, argument: index === "" ? next++ : Number(index) });
  }
  return verbs;
}

/** The text of `argument` when it is a literal, and where that text starts in the line. */
function literalOf(argument: Argument | undefined): { value: string; start: number } | undefined {
  const literal = argument && LITERAL_ARGUMENT.exec(argument.text);
  return literal ? { value: literal[2]!, start: argument.start + 1 } : undefined;
}

/**
 * The literal arguments of the formatting calls on `line` that the format names as secrets (the
 * `name=` before the verb says one) or places as a URL's password, each judged as a literal under
 * that name is.
 */
export function formattedSecretArguments(line: string, fileType: FileType): RuleHit[] {
  if (!FORMAT_CALL_HINT.test(line)) return [];
  const hits: RuleHit[] = [];
  for (const call of line.matchAll(FORMAT_CALL)) {
    const open = call.index + call[0].length;
    let format: string;
    let argumentsAfterFormat: Argument[];
    if (call.groups!.format !== undefined) {
      format = call.groups!.format;
      argumentsAfterFormat = callArguments(line, open);
    } else {
      const all = callArguments(line, open);
      // (C's `sprintf(buffer, "…", …)`: the format is the first literal, not the first argument.)
      const formatAt = all.findIndex((argument) => LITERAL_ARGUMENT.test(argument.text));
      const literal = literalOf(all[formatAt]);
      if (!literal) continue;
      format = literal.value;
      argumentsAfterFormat = all.slice(formatAt + 1);
    }
    const verbs = call.groups!.numbered !== undefined || call.groups!.format !== undefined ? braceVerbs(format) : printfVerbs(format);
    if (!verbs) continue;
    for (const [index, verb] of verbs.entries()) {
      const literal = literalOf(argumentsAfterFormat[verb.argument]);
      if (!literal) continue;
      const before = format.slice(0, verb.start);
      const url = format[verb.end] === "@" ? URL_USER_BEFORE_VERB.exec(before) : null;
      const name = url ? "password" : NAME_BEFORE_VERB.exec(before)?.groups!.name;
      const strength = name === undefined ? undefined : secretStrength(name);
      if (!name || !strength) continue;
      // `guest:guest`: a URL's password that repeats its user (written in, or put in by the verb before) is a product's default.
      if (url) {
        const previous = verbs[index - 1];
        const userIsVerb = previous !== undefined && format.slice(previous.start, verb.start) === `${url.groups!.user!}:`;
        const user = userIsVerb ? literalOf(argumentsAfterFormat[previous.argument])?.value : url.groups!.user!;
        if (user !== undefined && user.toLowerCase() === literal.value.toLowerCase()) continue;
      }
      if (acceptable({ name, value: literal.value, quoted: true }, strength, fileType)) hits.push({ start: literal.start, end: literal.start + literal.value.length, keyName: name });
    }
  }
  return hits;
}
