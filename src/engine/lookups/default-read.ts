/**
 * Which read a literal is the default of: the idioms of idioms.ts, each tried on the text before
 * the literal. The engine asks it to name a value and to find a secret given as a default;
 * the fix asks it which read to leave standing when it moves the value.
 */
import { LOOKUP_IDIOMS, type LookupIdiom } from "./idioms";

export interface DefaultRead {
  readonly idiom: LookupIdiom;
  /** The name read: an environment variable (`ORDERS_URL`), a configuration key (`Orders:Url`), a Spring property (`orders.url`). */
  readonly name: string;
  /** The match's groups that matched. */
  readonly groups: Record<string, string>;
  /** Where the idiom starts: the read, or the call around it (`cmp.Or(…)`). */
  readonly start: number;
  /** The `read` group, where the idiom has one: the read without its default. */
  readonly read?: { readonly start: number; readonly end: number };
}

/** Each idiom's text before the default, as a pattern that ends where the default starts. */
const ENDING_BEFORE: ReadonlyArray<readonly [LookupIdiom, RegExp]> = LOOKUP_IDIOMS.map((idiom) => [idiom, new RegExp(`${idiom.before}$`, "d")]);

/**
 * How far before a literal its read is looked for: the call and the name before it (a name of up
 * to 80 characters, the call's words and blanks), a line or two of one expression.
 */
export const READ_REACH = 400;

/**
 * The reads that the literal starting at `at` in `text` is the default of, first the table's
 * first; looked for in `text` from `from` on (the file, an f-string's field, the value's line).
 * @param movesIn only the idioms the move takes apart in this language (the fixes' language names).
 */
export function* defaultReadsBefore(text: string, at: number, from = 0, movesIn?: string): Generator<DefaultRead> {
  if (!afterDefaultGiver(text, at, from)) return;
  const headStart = Math.max(from, at - READ_REACH);
  const head = text.slice(headStart, at);
  for (const [idiom, endingHere] of ENDING_BEFORE) {
    if (movesIn !== undefined && !(idiom.movesIn as readonly string[] | undefined)?.includes(movesIn)) continue;
    const match = endingHere.exec(head);
    if (!match?.groups || !match.indices?.groups) continue;
    const start = headStart + match.index;
    if (idiom.wholeOperand && !startsOperand(text, start)) continue;
    const groups = Object.fromEntries(Object.entries(match.groups).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const read = match.indices.groups.read;
    yield { idiom, name: idiom.nameOf?.(groups) ?? groups.name!, groups, start, ...(read ? { read: { start: headStart + read[0], end: headStart + read[1] } } : {}) };
  }
}

/**
 * The last character of what gives a default, blanks aside: `,` `??` `||` `//` `?:` `or` `else` `=`
 * (`default=`, a destructuring's) `{` `do` `|_|` `(` (`.orElse(`). Most literals follow none, and
 * are no default without trying each idiom's pattern. (An idiom ending otherwise fails its own
 * example in test/unit/lookup-idioms.test.ts.)
 */
const GIVES_DEFAULT_LAST = new Set([..."?|/:,r=e{o("]);

function afterDefaultGiver(text: string, at: number, from: number): boolean {
  let last = at - 1;
  while (last >= from && /\s/.test(text[last]!)) last--;
  return last >= from && GIVES_DEFAULT_LAST.has(text[last]!);
}

/** Whether an expression starting at `start` is a whole operand: after `=`, `(`, `,`, `:`, `[`, `{`, `=>`, `return`, or at the text's start. */
export function startsOperand(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start).replace(/\s+$/, "");
  // (Not after `==`, `<=`, `>`, `&&`, `+`: `a == x ? x : "…"` tests `a == x`.)
  return before === "" || /(?:^|[^=!<>])=$|=>$|[(,:[{]$/.test(before) || /(?:^|[^\w$])(?:return|yield)$/.test(before);
}

/** A default as the engine reads one: its quote (either, or only the idiom's), up to 300 characters on its line, then a quote. */
export function quotedDefaultParts(quotes: LookupIdiom["quotes"]): { readonly quote: string; readonly text: string } {
  return quotes === '"' ? { quote: '"', text: String.raw`[^"\n]{1,300}` } : { quote: `["']`, text: String.raw`[^"'\n]{1,300}` };
}
/** A default's text and closing quote, from just after its opening quote (which the idiom allows). */
const QUOTED_DEFAULT = new Map(
  ([undefined, '"'] as const).map((quotes) => {
    const { quote, text } = quotedDefaultParts(quotes);
    return [quotes, new RegExp(`(?<=${quote})${text}${quote}`, "y")];
  }),
);

/**
 * Whether what follows a default's closing quote lets it be the idiom's default: not another
 * argument where the default is a call's last (`config.get("Credentials", "gs_host", None)`), and
 * what the idiom ends in where it says (`, name = "…"` is a destructuring default only before `} = process.env`).
 */
export function endsDefault(idiom: LookupIdiom, groups: Record<string, string>, after: string): boolean {
  const ending = afterDefault(idiom, groups);
  return !(idiom.lastArgument && /^\s*,/.test(after)) && (ending === undefined || ending.test(after));
}

/** What the idiom says follows its default, given the groups its `before` matched. */
export function afterDefault(idiom: LookupIdiom, groups: Record<string, string>): RegExp | undefined {
  return typeof idiom.after === "function" ? idiom.after(groups) : idiom.after;
}

/**
 * The read whose default is the quoted literal opening at `quote` in `text` (on one line, with no
 * prefix), and where its text ends; undefined when it is no lookup's default. Looked for from `from` on.
 */
export function quotedDefaultRead(text: string, quote: number, from = 0): { readonly read: DefaultRead; readonly end: number } | undefined {
  if (text[quote] !== '"' && text[quote] !== "'") return undefined;
  for (const read of defaultReadsBefore(text, quote, from)) {
    const value = QUOTED_DEFAULT.get(read.idiom.quotes)!;
    value.lastIndex = quote + 1;
    if (value.test(text) && endsDefault(read.idiom, read.groups, text.slice(value.lastIndex, value.lastIndex + 200))) return { read, end: value.lastIndex - 1 };
  }
  return undefined;
}
