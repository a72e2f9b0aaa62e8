/**
 * A literal given as the default of an environment or configuration lookup: `os.getenv("X", "…")`,
 * `process.env.X ?? "…"`, `configuration["Orders:Url"] ?? "…"`, `cmp.Or(os.Getenv("X"), "…")`,
 * `ENV.fetch("X") { "…" }`, as the idioms of ../lookups/idioms.ts write them. The generic rule
 * reports such a default as a secret under the name read; a configuration value there is named by
 * it too (lookupDefaultName): it is that setting's value in code, not an entry of a table of addresses.
 */
import { quotedDefaultRead } from "../lookups/default-read";

export { lookupDefaultsInLine } from "../lookups/line-defaults";

/**
 * The name read by the lookup whose default literal starts at `start` in `content` (after its
 * quote), or undefined when the value is no lookup's default. (The read is looked for a few
 * hundred characters back only: on a 1 MB line of values, reading the whole line for each would
 * be quadratic.)
 */
export function lookupDefaultName(content: string, start: number): string | undefined {
  return quotedDefaultRead(content, start - 1)?.read.name;
}

/** A fallback operator, then the literal's opening quote: `?? "`, `|| '`, `?: "`, ` or "`, `?? ("`, C#'s `?? @"`. */
const FALLBACK_OPERAND_BEFORE = /(?:\?\?|\|\||\?:|[ \t]or)[ \t]*\(?[ \t]*[@$]?["'`]$/;

/**
 * Whether the literal whose text starts at `start` is the right operand of a fallback operator
 * (`builder.Configuration.GetValue<string>("Search:Url") ?? "…"`, a `??` that begins the next
 * line): a default of whatever the left side reads, which a lookup pattern may not know by name.
 * Read within the value's line, 40 characters back.
 */
export function isFallbackOperand(content: string, start: number): boolean {
  const before = content.slice(Math.max(0, start - 40), start);
  return FALLBACK_OPERAND_BEFORE.test(before.slice(before.lastIndexOf("\n") + 1));
}
