/**
 * One candidate per place. Candidates come in rule-priority order (see rules/index.ts), and within
 * a rule by position; where spans overlap, the first one in that order wins.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Up to this many candidates, comparing pairs is cheaper than allocating a coverage map. */
const FEW_CANDIDATES = 64;

/** The candidates no earlier candidate overlaps (empty spans dropped), sorted by position. */
export function withoutOverlaps<T extends Span>(found: readonly T[]): T[] {
  const kept: T[] = [];
  if (found.length <= FEW_CANDIDATES) {
    for (const candidate of found) {
      if (candidate.end <= candidate.start) continue;
      if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  }
  // Comparing each candidate with every kept one is quadratic: a file of 40,000 lines with two
  // findings each took 10.7 s here. Marking the characters that kept spans cover costs the length
  // of each candidate instead; only the stretch the candidates cover is allocated.
  let from = Infinity;
  let to = 0;
  for (const candidate of found) {
    if (candidate.start < from) from = candidate.start;
    if (candidate.end > to) to = candidate.end;
  }
  const covered = new Uint8Array(Math.max(0, to - from));
  for (const candidate of found) {
    if (candidate.end <= candidate.start) continue;
    const start = candidate.start - from;
    const end = candidate.end - from;
    let free = true;
    for (let i = start; i < end && free; i++) free = covered[i] === 0;
    if (!free) continue;
    covered.fill(1, start, end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
