/**
 * The blocks (`{ … }`) around an offset of a C-like file, read by counting braces back from it
 * or on from it: a guess that ignores braces in strings and comments, good enough to tell a class's body from
 * a function's where a language rule depends on it.
 */

/** How far back the braces are counted. */
const WINDOW = 4000;

/**
 * What opens each block around `offset`, innermost first: the text from the statement before the
 * `{` to it (`public class A `, `void F(string s) `). `complete` is false when the count stopped
 * at the window, short of the file's start, so outer blocks may be missing.
 */
export function enclosingBlockOpeners(text: string, offset: number): { openers: string[]; complete: boolean } {
  const from = Math.max(0, offset - WINDOW);
  const head = text.slice(from, offset);
  const openers: string[] = [];
  let depth = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    if (head[i] === "}") depth++;
    else if (head[i] === "{") {
      if (depth > 0) depth--;
      else openers.push(head.slice(Math.max(head.lastIndexOf(";", i - 1), head.lastIndexOf("}", i - 1), head.lastIndexOf("{", i - 1)) + 1, i));
    }
  }
  return { openers, complete: from === 0 };
}

/** The text from `from` to the `}` that closes the block around it (braces counted on, up to WINDOW characters). */
export function restOfBlock(text: string, from: number): string {
  let depth = 0;
  const limit = Math.min(text.length, from + WINDOW);
  for (let i = from; i < limit; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && depth-- === 0) return text.slice(from, i);
  }
  return text.slice(from, limit);
}
