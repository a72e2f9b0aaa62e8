/**
 * The lookups' defaults in one line, for the generic rule, which reads a file line by line: each
 * idiom's pattern run forward over the line, as fast on a line of many arguments as on a short
 * one. (Asking default-read.ts at each quote tries every idiom at every quote: on a long line of
 * string arguments, ten times the time.)
 */
import { endsDefault, quotedDefaultParts, startsOperand } from "./default-read";
import { LOOKUP_IDIOMS, type LookupIdiom } from "./idioms";

export interface LineLookupDefault {
  /** The name read. */
  readonly name: string;
  /** The default's text in the line, between its quotes. */
  readonly value: [number, number];
  /** The idiom's groups (`config`: Python's configparser `config.get(section, option)`, whose second argument names an option). */
  readonly groups: Record<string, string>;
}

/** Each idiom's read, then its default's quoted text (group `lookupDefault`). */
const READ_THEN_DEFAULT: ReadonlyArray<readonly [LookupIdiom, RegExp]> = LOOKUP_IDIOMS.map((idiom) => {
  const { quote, text } = quotedDefaultParts(idiom.quotes);
  return [idiom, new RegExp(`(?:${idiom.before})${quote}(?<lookupDefault>${text})${quote}`, "dg")];
});

/** The lookups' defaults in `line`, in order; where idioms read the same default, the table's first names it. */
export function lookupDefaultsInLine(line: string): LineLookupDefault[] {
  const byStart = new Map<number, LineLookupDefault>();
  for (const [idiom, pattern] of READ_THEN_DEFAULT) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      const [start, end] = match.indices!.groups!.lookupDefault!;
      const groups = Object.fromEntries(Object.entries(match.groups!).filter((entry): entry is [string, string] => entry[1] !== undefined));
      if (!endsDefault(idiom, groups, line.slice(end + 1, end + 201)) || (idiom.wholeOperand && !startsOperand(line, match.index))) {
        // (Its read may start again inside what the match took.)
        pattern.lastIndex = match.index + 1;
        continue;
      }
      if (byStart.has(start)) continue;
      byStart.set(start, { name: idiom.nameOf?.(groups) ?? groups.name!, value: [start, end], groups });
    }
  }
  return [...byStart.values()].sort((a, b) => a.value[0] - b.value[0]);
}
