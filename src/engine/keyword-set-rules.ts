import type { Rule } from "./rules/types";

/** A node of {@link KeywordSetRules}: the set of the keyword indexes on the path from the root. */
interface KeywordSetNode {
  readonly next: Map<number, KeywordSetNode>;
  rules?: readonly Rule[];
}

/**
 * The rules a line's keywords wake, by the set of keywords: a trie over their indexes in
 * increasing order. Most candidate lines hold several keywords, and a lookup here walks a few
 * small maps instead of sorting and joining the indexes into a string key for every line.
 */
export class KeywordSetRules {
  private root: KeywordSetNode = { next: new Map() };
  private nodes = 0;
  /** Scratch for sorting a line's indexes, grown as needed. */
  private sorted = new Int32Array(16);

  constructor(private readonly combine: (keywordIndexes: readonly number[]) => readonly Rule[]) {}

  get(keywordIndexes: readonly number[]): readonly Rule[] {
    const count = keywordIndexes.length;
    if (this.sorted.length < count) this.sorted = new Int32Array(count * 2);
    const sorted = this.sorted;
    // Insertion sort: a line holds a handful of keywords.
    for (let i = 0; i < count; i++) {
      const value = keywordIndexes[i]!;
      let j = i;
      for (; j > 0 && sorted[j - 1]! > value; j--) sorted[j] = sorted[j - 1]!;
      sorted[j] = value;
    }
    // Bounded: a pathological text cannot grow it without limit.
    if (this.nodes >= 4096) {
      this.root = { next: new Map() };
      this.nodes = 0;
    }
    let node = this.root;
    for (let i = 0; i < count; i++) {
      let child = node.next.get(sorted[i]!);
      if (!child) {
        node.next.set(sorted[i]!, (child = { next: new Map() }));
        this.nodes++;
      }
      node = child;
    }
    return (node.rules ??= this.combine(keywordIndexes));
  }
}
