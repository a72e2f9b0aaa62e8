/**
 * Whether a `[` or `{` outside quotes is still open at the end of `before` (a line's text up to a
 * value): the value is inside a YAML or JSON flow collection (`dbs: [a, b]`, `{k: v}`), where `,`,
 * `]` and `}` end it. A `#` ends the reading (a YAML comment). Shared by the engine, which ends a
 * connection string there, and the quick fix, which refuses to edit inside one.
 */
export function opensFlowCollection(before: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of before) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "#") break;
    else if (ch === "[" || ch === "{") depth++;
    else if ((ch === "]" || ch === "}") && depth > 0) depth--;
  }
  return depth > 0;
}
