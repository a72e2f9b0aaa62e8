/**
 * Regular expressions written by users (allow-lists, custom rules): parsed, compiled and checked
 * before the engine runs them on every line of every file. A pattern that backtracks
 * catastrophically would freeze the editor, so nested unbounded quantifiers are refused (and a
 * repeated group that holds a repeated dot), and so is a pattern whose time multiplies on a
 * growing run of one character (pumping). A pattern that is merely slow on long text is bounded
 * by where it runs: see USER_PATTERN_REACH.
 */

export type CompiledUserRegex = { readonly regex: RegExp } | { readonly error: string };

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;
/** The JSON escapes that give a control character: what the user typed, by the character. */
const JSON_ESCAPES: Readonly<Record<string, string>> = { "\b": "b", "\f": "f" };

/** Flags a user may write in the `/pattern/flags` form; `g`, `y` and `d` are ours to set. */
const USER_FLAGS = /^[dgimsuy]*$/;
const OUR_FLAGS = /[dgy]/g;
const SLASH_FORM = /^\/([\s\S]+)\/([a-z]*)$/;

/**
 * Compiles `pattern`, written either as a bare regex source or as `/source/flags` (secretlint's
 * form), with `flags` added. Returns a message naming the problem instead of throwing.
 */
export function compileUserRegex(pattern: string, flags: string): CompiledUserRegex {
  if (pattern.length === 0) return { error: "the pattern is empty" };
  // In a JSON string `\b` is a backspace and `\f` a form feed, not the regex escapes they look like:
  // such a pattern never matches, and the rule would be silently off.
  const control = CONTROL_CHARACTER.exec(pattern);
  if (control) {
    const escape = JSON_ESCAPES[control[0]];
    return {
      error: escape
        ? `the pattern holds a control character where JSON read \\${escape} as one: write \\\\${escape} for the regular expression's \\${escape}`
        : `the pattern holds a control character (U+${control[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}), which no text to scan has: remove it`,
    };
  }
  let source = pattern;
  let userFlags = "";
  const slashForm = SLASH_FORM.exec(pattern);
  if (slashForm) {
    source = slashForm[1]!;
    userFlags = slashForm[2]!;
    if (!USER_FLAGS.test(userFlags)) return { error: `unknown regular expression flags '${userFlags}' (use i, m, s or u)` };
  }
  const catastrophic = nestedQuantifier(source);
  if (catastrophic) {
    const group = catastrophic.length > 24 ? `${catastrophic.slice(0, 20)}…)` : catastrophic;
    return {
      error:
        `the pattern repeats '${group}', which itself repeats: such patterns can take exponential time. ` +
        "Repeat a character class instead, for example [a-z0-9_]+ rather than (\\w+_?)+, or [^;]*; rather than .*?;",
    };
  }
  const allFlags = [...new Set(userFlags.replace(OUR_FLAGS, "") + flags)].join("");
  let regex: RegExp;
  try {
    regex = new RegExp(source, allFlags);
  } catch (error) {
    // V8's message repeats the whole pattern ("Invalid regular expression: /…/: reason"); keep the
    // reason only, in case a pattern holds a value someone would rather not see in a log.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, "");
    return { error: `not a valid regular expression: ${reason}` };
  }
  if (backtracksOnPumpedText(regex, source)) {
    return {
      error:
        "the pattern slows down sharply on long runs of one character or one pair of characters (overlapping alternatives or repeats, such as (\\w|\\d)+, (?:ab|a|b)+ or (a+){10}): " +
        "such patterns can take exponential time. Repeat a character class instead, for example [a-z0-9_]+",
    };
  }
  return { regex };
}

/**
 * Pumping: the pattern's leading literal, then a growing run of one character class, with and
 * without a character that ends a match. A linear pattern answers in microseconds at every
 * length; one whose time multiplies as the run grows ((\w|\d)+!, (a+){10}) passes a budget long
 * before a real line would freeze the editor. The source-text check above catches the common
 * shapes without running anything; this catches what it cannot see.
 */
const PUMPED_CHARACTERS = ["1", "a", "A", "a1", " ", "=", "-", ".", "_", "/", "+"];
// Up to 1,024: a pattern polynomial of degree 3 or more (`.*.*.*x`, `\w*\w*\w*\w*x`) is quick on 32
// characters and takes seconds on a 500-character line. Steps of a quarter to a third past 32, so
// no step multiplies a high-degree pattern's time by much more than the budget allows.
const PUMPED_LENGTHS = [4, 6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 80, 96, 128, 160, 192, 256, 320, 384, 512, 640, 768, 1024];
/**
 * How far either side of a keyword a custom rule's pattern looks (see PatternRule.reach). A
 * pattern that passes this check can still take time growing with the square of its text
 * (`[A-Za-z0-9+/]{16,}_secret` on a long base64 line): the engine runs it on windows about as long
 * as the longest text checked here, never on a whole long line.
 */
export const USER_PATTERN_REACH = PUMPED_LENGTHS[PUMPED_LENGTHS.length - 1]! / 2;
const PUMPING_BUDGET_MS = 40;

function backtracksOnPumpedText(regex: RegExp, source: string): boolean {
  const prefix = literalPrefix(source);
  const probe = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ""));
  // The pattern's own letters and digits too: (x|x)+y explodes on x only; and pairs of them, since
  // (?:xy|x|y)+$ explodes on xyxy… (each pair read as one piece or as two).
  const own = [...new Set(source.replace(/\\./g, "").match(/[A-Za-z0-9]/g) ?? [])].slice(0, 12);
  const ownPairs = own.slice(0, 6).flatMap((first) => own.slice(0, 6).filter((second) => second !== first).map((second) => first + second));
  for (const piece of [...PUMPED_CHARACTERS, ...own, ...ownPairs]) {
    for (const length of PUMPED_LENGTHS) {
      for (const end of ["", "\u0001"]) {
        const text = `${prefix}${piece.repeat(Math.ceil(length / piece.length))}${end}`;
        // Twice over budget: one pause (a garbage collection) must not refuse a good pattern.
        if (timeOf(probe, text) > PUMPING_BUDGET_MS && timeOf(probe, text) > PUMPING_BUDGET_MS) return true;
      }
    }
  }
  return false;
}

/**
 * The CPU time one test takes, in ms. Not wall time: on a busy machine (a CI runner, an editor
 * building) a linear pattern waits for the CPU, and twice over 40 ms of waiting refused a good
 * custom rule, which fails the run; backtracking spends the CPU time itself.
 */
function timeOf(probe: RegExp, text: string): number {
  const started = process.cpuUsage();
  probe.test(text);
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}

/** The literal text a pattern starts with (`token=` of `token=(\w|\d)+!`), escapes undone. */
function literalPrefix(source: string): string {
  const unanchored = source.replace(/^\^/, "");
  const literal = /^(?:[A-Za-z0-9_=:"' -]|\\[^A-Za-z0-9])*/.exec(unanchored)?.[0] ?? "";
  // A quantifier after the last character applies to it alone: leave that character out.
  const next = unanchored[literal.length];
  const kept = next === "*" || next === "+" || next === "?" || next === "{" ? literal.slice(0, -1) : literal;
  return kept.replace(/\\(.)/g, "$1");
}

/**
 * A quantifier at `source[index]`: its length, whether it repeats without bound, and whether it
 * repeats at all (more than once).
 */
function quantifierAt(source: string, index: number): { length: number; unbounded: boolean; repeats: boolean } | undefined {
  const ch = source[index];
  let length: number;
  let unbounded: boolean;
  let repeats: boolean;
  if (ch === "*" || ch === "+") {
    length = 1;
    unbounded = true;
    repeats = true;
  } else if (ch === "?") {
    length = 1;
    unbounded = false;
    repeats = false;
  } else if (ch === "{") {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index, index + 24));
    if (!braces) return undefined; // a literal brace, as in \p{L} or "{x}"
    length = braces[0].length;
    unbounded = braces[2] !== undefined && braces[3] === "";
    repeats = unbounded || Number(braces[3] ?? braces[1]) >= 2;
  } else {
    return undefined;
  }
  if (source[index + length] === "?" || source[index + length] === "+") length++; // lazy or possessive-looking suffix
  return { length, unbounded, repeats };
}

/**
 * The first group that repeats without bound and holds something that repeats without bound
 * itself, as in `(a+)+`, `(\w*x)*` or `(?:(ab)+c)+`, or that repeats a fixed number of times and
 * holds a repeated dot, as in `(?:.*?;){6}` (the dot matches the separator too, so each copy may
 * end at any of its places: the time grows as the line's length to the power of the count);
 * undefined when there is none. Works on the source text: escapes and character classes are
 * skipped, every group is tracked.
 */
export function nestedQuantifier(source: string): string | undefined {
  // For each open group: where it starts, whether an unbounded quantifier occurs inside it, and
  // whether one applies to a dot.
  const open: { start: number; repeatsInside: boolean; dotRepeatsInside: boolean }[] = [{ start: 0, repeatsInside: false, dotRepeatsInside: false }];
  // The atom a quantifier right here would apply to: a closed group, a dot, or anything else.
  let lastGroup: { start: number; end: number; repeatsInside: boolean; dotRepeatsInside: boolean } | undefined;
  let lastIsDot = false;
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === "\\") {
      lastGroup = undefined;
      lastIsDot = false;
      i += 2;
      continue;
    }
    if (ch === "[") {
      lastGroup = undefined;
      lastIsDot = false;
      i++;
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    if (ch === "(") {
      open.push({ start: i, repeatsInside: false, dotRepeatsInside: false });
      lastGroup = undefined;
      lastIsDot = false;
      i++;
      continue;
    }
    if (ch === ")") {
      const group = open.length > 1 ? open.pop()! : { start: 0, repeatsInside: false, dotRepeatsInside: false };
      lastGroup = { start: group.start, end: i + 1, repeatsInside: group.repeatsInside, dotRepeatsInside: group.dotRepeatsInside };
      // What repeats inside a group repeats inside every group around it.
      const around = open[open.length - 1]!;
      if (group.repeatsInside) around.repeatsInside = true;
      if (group.dotRepeatsInside) around.dotRepeatsInside = true;
      lastIsDot = false;
      i++;
      continue;
    }
    const quantifier = quantifierAt(source, i);
    if (quantifier) {
      if (quantifier.unbounded && lastGroup?.repeatsInside) return source.slice(lastGroup.start, lastGroup.end);
      if (quantifier.repeats && lastGroup?.dotRepeatsInside) return source.slice(lastGroup.start, lastGroup.end);
      if (quantifier.unbounded) {
        open[open.length - 1]!.repeatsInside = true;
        if (lastIsDot) open[open.length - 1]!.dotRepeatsInside = true;
      }
      lastGroup = undefined;
      lastIsDot = false;
      i += quantifier.length;
      continue;
    }
    lastGroup = undefined;
    lastIsDot = ch === ".";
    i++;
  }
  return undefined;
}
