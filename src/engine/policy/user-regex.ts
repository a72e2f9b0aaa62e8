/**
 * Regular expressions written by users (allow-lists, custom rules): parsed, compiled and checked
 * before the engine runs them on every line of every file. A pattern that backtracks
 * catastrophically would freeze the editor, so nested unbounded quantifiers are refused.
 */

export type CompiledUserRegex = { readonly regex: RegExp } | { readonly error: string };

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
        "Repeat a character class instead, for example [a-z0-9_]+ rather than (\\w+_?)+",
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
  return { regex };
}

/** A quantifier at `source[index]`: its length, and whether it repeats without bound. */
function quantifierAt(source: string, index: number): { length: number; unbounded: boolean } | undefined {
  const ch = source[index];
  let length: number;
  let unbounded: boolean;
  if (ch === "*" || ch === "+") {
    length = 1;
    unbounded = true;
  } else if (ch === "?") {
    length = 1;
    unbounded = false;
  } else if (ch === "{") {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index, index + 24));
    if (!braces) return undefined; // a literal brace, as in \p{L} or "{x}"
    length = braces[0].length;
    unbounded = braces[2] !== undefined && braces[3] === "";
  } else {
    return undefined;
  }
  if (source[index + length] === "?" || source[index + length] === "+") length++; // lazy or possessive-looking suffix
  return { length, unbounded };
}

/**
 * The first group that repeats without bound and holds something that repeats without bound
 * itself, as in `(a+)+`, `(\w*x)*` or `(?:(ab)+c)+`; undefined when there is none. Works on the
 * source text: escapes and character classes are skipped, every group is tracked.
 */
export function nestedQuantifier(source: string): string | undefined {
  // For each open group: where it starts, and whether an unbounded quantifier occurs inside it.
  const open: { start: number; repeatsInside: boolean }[] = [{ start: 0, repeatsInside: false }];
  // The atom a quantifier right here would apply to: a closed group, or anything else.
  let lastGroup: { start: number; end: number; repeatsInside: boolean } | undefined;
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === "\\") {
      lastGroup = undefined;
      i += 2;
      continue;
    }
    if (ch === "[") {
      lastGroup = undefined;
      i++;
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    if (ch === "(") {
      open.push({ start: i, repeatsInside: false });
      lastGroup = undefined;
      i++;
      continue;
    }
    if (ch === ")") {
      const group = open.length > 1 ? open.pop()! : { start: 0, repeatsInside: false };
      lastGroup = { start: group.start, end: i + 1, repeatsInside: group.repeatsInside };
      // What repeats inside a group repeats inside every group around it.
      if (group.repeatsInside) open[open.length - 1]!.repeatsInside = true;
      i++;
      continue;
    }
    const quantifier = quantifierAt(source, i);
    if (quantifier) {
      if (quantifier.unbounded) {
        if (lastGroup?.repeatsInside) return source.slice(lastGroup.start, lastGroup.end);
        open[open.length - 1]!.repeatsInside = true;
      }
      lastGroup = undefined;
      i += quantifier.length;
      continue;
    }
    lastGroup = undefined;
    i++;
  }
  return undefined;
}
