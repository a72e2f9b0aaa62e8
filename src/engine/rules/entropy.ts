/**
 * Shannon entropy of a value's characters, in bits per character. Counts are summed in order of
 * each character's first occurrence (as a Map of counts would iterate), so the result is the same
 * to the last bit whichever way it is counted: thresholds compare it exactly.
 */
export function shannonEntropy(value: string): number {
  let distinct = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) {
      for (let k = 0; k < distinct; k++) asciiCounts[firstSeen[k]!] = 0;
      return entropyOfAnyText(value);
    }
    if (asciiCounts[code]!++ === 0) firstSeen[distinct++] = code;
  }
  let entropy = 0;
  for (let k = 0; k < distinct; k++) {
    const code = firstSeen[k]!;
    const p = asciiCounts[code]! / value.length;
    entropy -= p * Math.log2(p);
    asciiCounts[code] = 0;
  }
  return entropy;
}

/** Counts of ASCII characters (all zero between calls), and the characters in order of first occurrence. */
const asciiCounts = new Uint32Array(128);
const firstSeen = new Uint8Array(128);

/** The definition, over code points: used for values with non-ASCII characters, and the reference the fast path is tested against. */
export function entropyOfAnyText(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
