// --- Calls written so that the line rule does not see their literals -----------------------------
// Ruby calls without parentheses (`req.basic_auth 'svc', '…'`), and Rust's literals turned into a
// `String` or a header value (lettre's `Credentials::new("u".to_string(), "…".to_string())`,
// `headers.insert("x-api-key", HeaderValue::from_static("…"))`). The view is the line with each
// such call written plainly and its length kept (a blank for each character taken out), so that
// the line rule reads it as it reads the plain call.

/** Ruby's `basic_auth` with its arguments after a blank: the blank becomes the `(` the call rule needs. */
const RUBY_CALL_WITHOUT_PARENTHESES = /\bbasic_auth[ \t](?=[ \t]*["'])/g;
/**
 * A Rust literal turned into a `String` (`String::from("…")`, `"…".to_string()`, `.to_owned()`,
 * `.into()`) or into a header's value (http's `HeaderValue::from_static("…")`, and `from_str("…")`
 * with the `.unwrap()` of its result). The first group is a literal inside a call, the second one
 * before a method.
 */
const RUST_WRAPPED_LITERAL =
  /\b(?:String::from|HeaderValue::from_static|HeaderValue::from_str)\(("[^"\\\n]{0,300}")\)(?:\.unwrap\(\))?|("[^"\\\n]{0,300}")\.(?:to_string|to_owned|into)\(\)/g;
/** A quick test for either shape, so that most lines are not rewritten at all. */
const PLAIN_CALL_HINT = /basic_auth[ \t]|String::from\(|HeaderValue::from_|"\.(?:to_string|to_owned|into)\(\)/;

/** A literal that the view moved left, to where the call around it started. */
interface MovedLiteral {
  /** Where it is in the view. */
  readonly start: number;
  readonly end: number;
  /** How much further right the line has it. */
  readonly shift: number;
}

export interface PlainCallView {
  /** The line rewritten, as long as the line. */
  readonly text: string;
  readonly moved: readonly MovedLiteral[];
}

/** `line` with its calls written plainly (see above), or undefined when it has none. */
export function plainCallView(line: string): PlainCallView | undefined {
  if (!PLAIN_CALL_HINT.test(line)) return undefined;
  const moved: MovedLiteral[] = [];
  const text = line
    .replace(RUBY_CALL_WITHOUT_PARENTHESES, (call) => `${call.slice(0, -1)}(`)
    .replace(RUST_WRAPPED_LITERAL, (wrapped: string, inside: string | undefined, before: string | undefined, at: number) => {
      const literal = (inside ?? before)!;
      // A literal inside a call takes the call's place: next to what comes before it, as an
      // argument of the outer call is (`insert("x-api-key", "…")`), not a call's width away.
      if (inside !== undefined) moved.push({ start: at, end: at + literal.length, shift: wrapped.indexOf('"') });
      return `${literal}${" ".repeat(wrapped.length - literal.length)}`;
    });
  return text === line ? undefined : { text, moved };
}

/** Where the span `start`–`end` of the view is in the line, or undefined if it runs out of a moved literal. */
export function lineSpanOf(view: PlainCallView, start: number, end: number): [number, number] | undefined {
  for (const literal of view.moved) {
    if (start >= literal.end || end <= literal.start) continue;
    return start >= literal.start && end <= literal.end ? [start + literal.shift, end + literal.shift] : undefined;
  }
  return [start, end];
}
