/**
 * Random-looking bytes that are the same on every run (mulberry32). Tests that need keys of no
 * particular value use it instead of crypto's randomBytes: a check that holds for all but a few
 * keys in a thousand would otherwise fail one run in a few hundred, and not again.
 */
export function seededBytes(seed: number): (count: number) => Buffer {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  };
  return (count) => Buffer.from(Array.from({ length: count }, next));
}
