/**
 * The structure a value in source code sits in, for naming it: the object or call it is a member
 * of and what that is called (`DATABASES = { "default": { "HOST": … } }`, `const redis =
 * createClient({ url: … })`, `ALLOWED_HOSTS = [ … ]`). One forward pass over a window before the
 * value, past strings and comments; expressions are not parsed.
 */

/** How far before the value its enclosing brackets are looked for. */
const REACH = 3000;

export interface EnclosingFrame {
  readonly bracket: "{" | "[" | "(";
  /** The key or variable the bracket is the value of; for a call, the variable its result is assigned to. */
  readonly name: string | undefined;
  /** The bracket's offset. */
  readonly start: number;
}

/** `NAME = {`, `"name": [`, `:name => {`, `name := […`: the key or variable right before an opener. */
const NAMED_OPENER = /(?:^|[^\w$.])["'`]?([A-Za-z_$][\w$]*)["'`]?\s*(?::=|=>|[:=])\s*$/;
/** `redis = createClient(`, `pool := NewPool(`, `db = await psycopg.connect(`: the variable a call's result goes to. */
const ASSIGNED_CALL = /(?:^|[^\w$.])([A-Za-z_$][\w$]*)\s*(?::=|=)\s*(?:await\s+|new\s+)?[A-Za-z_$][\w$.]*\s*$/;

function nameBefore(before: string, bracket: EnclosingFrame["bracket"]): string | undefined {
  // (`==` and `!=` compare; `<=`, `>=` too.)
  const tail = before.slice(-200);
  if (/[=!<>]=\s*(?:\S+\s*)?$/.test(tail)) return undefined;
  return (bracket === "(" ? ASSIGNED_CALL : NAMED_OPENER).exec(tail)?.[1];
}

/** Go's composite literal `mysql.Config{`, `&SmtpSettings{` (gofmt writes no space before the brace; not a list's `[]Server{`). */
const GO_COMPOSITE_LITERAL = /(?:^|[^\w.\]])((?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*)$/;
const GO_TYPE_KEYWORD = /^(?:struct|interface|map|chan|func)$/;
/** C#'s object initializer `new RedisOptions {`, `new Db.Settings()` and its `{` on the next line. */
const CSHARP_OBJECT_INITIALIZER = /\bnew\s+((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)\s*(?:\(\s*\))?\s*$/;
/**
 * C# 9's target-typed `new()`, whose type is the declaration's: `RedisOptions options = new() {`,
 * `public SmtpSettings Smtp { get; set; } = new()`. (Not a generic type's: a dictionary's or a
 * list's initializer holds entries, not members.)
 */
const CSHARP_TARGET_TYPED_NEW = /\b((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)\??\s+@?[A-Za-z_]\w*\s*(?:\{\s*get;\s*(?:(?:private\s+|protected\s+|internal\s+)?(?:set|init);\s*)?\}\s*)?=\s*new\s*\(\s*\)\s*$/;

/**
 * The type the `{` at `open` builds, as written (`mysql.Config`, `RedisOptions`): a Go composite
 * literal or a C# object initializer, `new()`'s included. Undefined for any other brace.
 */
export function initializedType(text: string, open: number, language: "go" | "csharp"): string | undefined {
  const before = text.slice(Math.max(0, open - 200), open);
  if (language === "csharp") return (CSHARP_OBJECT_INITIALIZER.exec(before) ?? CSHARP_TARGET_TYPED_NEW.exec(before))?.[1];
  const type = GO_COMPOSITE_LITERAL.exec(before)?.[1];
  return type === undefined || GO_TYPE_KEYWORD.test(type) ? undefined : type;
}

/** Where the string or comment at `i` ends, or undefined when none starts there. */
export function skipped(text: string, i: number, hashComments: boolean): number | undefined {
  const ch = text[i];
  if ((ch === "/" && text[i + 1] === "/") || (hashComments && ch === "#")) {
    const newline = text.indexOf("\n", i);
    return newline === -1 ? text.length : newline;
  }
  if (ch === "/" && text[i + 1] === "*") {
    const close = text.indexOf("*/", i + 2);
    return close === -1 ? text.length : close + 2;
  }
  if (ch === '"' || ch === "'" || ch === "`") {
    const triple = ch.repeat(3);
    if (ch !== "`" && text.startsWith(triple, i)) {
      const close = text.indexOf(triple, i + 3);
      return close === -1 ? text.length : close + 3;
    }
    let j = i + 1;
    while (j < text.length && text[j] !== ch && (ch === "`" || text[j] !== "\n")) j += text[j] === "\\" ? 2 : 1;
    return j + 1;
  }
  return undefined;
}

/**
 * The brackets open at `offset`, outermost first. `hashComments`: `#` starts a comment (Python,
 * Ruby, shell…). Starts at a line's start, where a string is unlikely to be open.
 */
export function enclosingFrames(text: string, offset: number, hashComments: boolean): EnclosingFrame[] {
  const from = offset > REACH ? text.indexOf("\n", offset - REACH) + 1 : 0;
  const stack: EnclosingFrame[] = [];
  let segment = from;
  for (let i = from; i < offset; ) {
    const end = skipped(text, i, hashComments);
    if (end !== undefined) {
      if (end > offset) break; // the value's own string
      i = end;
      continue;
    }
    const ch = text[i]!;
    if (ch === "{" || ch === "[" || ch === "(") {
      stack.push({ bracket: ch, name: nameBefore(text.slice(segment, i), ch), start: i });
      segment = i + 1;
    } else if (ch === "}" || ch === "]" || ch === ")") {
      stack.pop();
      segment = i + 1;
    } else if (ch === ";" || ch === ",") segment = i + 1;
    i++;
  }
  return stack;
}

/**
 * The offset of the bracket that closes the one at `open`, past strings and comments; undefined
 * when it is not within REACH characters (the text is cut or not code).
 */
export function closingBracket(text: string, open: number, hashComments: boolean): number | undefined {
  const limit = Math.min(text.length, open + REACH);
  let depth = 0;
  for (let i = open; i < limit; ) {
    const end = skipped(text, i, hashComments);
    if (end !== undefined) {
      i = end;
      continue;
    }
    const ch = text[i]!;
    if (ch === "{" || ch === "[" || ch === "(") depth++;
    else if ((ch === "}" || ch === "]" || ch === ")") && --depth === 0) return i;
    i++;
  }
  return undefined;
}

/**
 * The place of the member at `offset` in the list whose `[` is at `open`: its index among the
 * list's members and how many there are (comments and a trailing comma make no member). Undefined
 * when the list does not close within REACH characters.
 */
export function listMemberAt(text: string, open: number, offset: number, hashComments: boolean): { index: number; count: number } | undefined {
  const close = closingBracket(text, open, hashComments);
  if (close === undefined || offset <= open || offset >= close) return undefined;
  let count = 0;
  let filled = false;
  let index: number | undefined;
  let depth = 0;
  for (let i = open + 1; i < close; ) {
    const ch = text[i]!;
    const end = skipped(text, i, hashComments);
    const comment = end !== undefined && ch !== '"' && ch !== "'" && ch !== "`";
    const next = end ?? i + 1;
    if (depth === 0 && ch === ",") {
      if (filled) count++;
      filled = false;
    } else if (!comment && !/\s/.test(ch)) {
      filled = true;
      if (index === undefined && offset < next) index = count;
      if (end === undefined && "{[(".includes(ch)) depth++;
      else if (end === undefined && "}])".includes(ch)) depth--;
    }
    i = next;
  }
  if (filled) count++;
  return index === undefined ? undefined : { index, count };
}
