/**
 * The character-level signs that a value was made up rather than generated, read in one pass.
 * Every candidate value goes through this (PEM blocks included), and most values are random, so
 * every sign is read to the end: one loop that keeps the last six characters in locals costs a
 * fraction of one loop per sign.
 *
 * The signs, each as its own loop would define it:
 * - one character is at least 60% of a value of six or more (`aaaaaab1`, `0000000x`);
 * - typed by hand (skipped when `formatted`, see below):
 *   - a unit of 1 to 6 characters repeated: one character seven times, two five times, three to
 *     six three times (`aaaaaaa`, `1234-1234-1234`, `abababababab`); as a loop per unit size
 *     `size`: value[i] === value[i + size] for `size * (copies - 1)` offsets in a row;
 *   - letters and digits counting together, either way (`a1b2c3d4`, `d4c3b2a1`): at six offsets
 *     in a row a letter and a digit alternate, and each character is one step (the same step each
 *     time) from the one two places before;
 *   - seven ascending letters or digits (`abcdefg`, `1234567`), the letters in any case (`abCDeFG`);
 *   - a value of six or more where at least 80% of neighbouring pairs are one step apart.
 *
 * @param formatted the value's format is evidence on its own (PEM bodies, JWTs, checksummed keys
 * contain runs of `A` by nature): only the dominant-character sign applies.
 */
export function hasMadeUpCharacterPattern(value: string, formatted: boolean): boolean {
  const length = value.length;
  const typedByHand = !formatted;
  asciiCounts.fill(0);
  let otherCounts: Map<number, number> | undefined;
  let mostFrequent = 0;
  // The previous six characters; -1 before the start, which equals no character.
  let back1 = -1;
  let back2 = -1;
  let back3 = -1;
  let back4 = -1;
  let back5 = -1;
  let back6 = -1;
  // Offsets in a row where value[i] === value[i - size], per unit size.
  let repeat1 = 0;
  let repeat2 = 0;
  let repeat3 = 0;
  let repeat4 = 0;
  let repeat5 = 0;
  let repeat6 = 0;
  let ascendingRun = 1;
  let alphabetRun = 1;
  let oneStepPairs = 0;
  let countdownRun = 0;
  let previousCountdownStep = 0;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    let count: number;
    if (code < 128) count = ++asciiCounts[code]!;
    else {
      otherCounts ??= new Map();
      count = (otherCounts.get(code) ?? 0) + 1;
      otherCounts.set(code, count);
    }
    if (count > mostFrequent) mostFrequent = count;

    if (typedByHand && i >= 1) {
      const step = code - back1;
      ascendingRun = step === 1 && isAlphanumeric(code) ? ascendingRun + 1 : 1;
      // The alphabet in mixed case (`abCDeFGhiJ`): letters one step apart once the case is folded.
      alphabetRun = isLetter(code) && isLetter(back1) && (code | 32) - (back1 | 32) === 1 ? alphabetRun + 1 : 1;
      if (step === 1 || step === -1) oneStepPairs++;
      if (i >= 2) {
        const countdownStep = code - back2;
        const alternates = (isDigit(code) && isLetter(back1)) || (isLetter(code) && isDigit(back1));
        countdownRun = alternates && (countdownStep === 1 || countdownStep === -1) && (countdownRun === 0 || countdownStep === previousCountdownStep) ? countdownRun + 1 : 0;
        previousCountdownStep = countdownStep;
      }
      repeat1 = code === back1 ? repeat1 + 1 : 0;
      repeat2 = code === back2 ? repeat2 + 1 : 0;
      repeat3 = code === back3 ? repeat3 + 1 : 0;
      repeat4 = code === back4 ? repeat4 + 1 : 0;
      repeat5 = code === back5 ? repeat5 + 1 : 0;
      repeat6 = code === back6 ? repeat6 + 1 : 0;
      // Units of 1 × 7, 2 × 5, 3 × 3, 4 × 3, 5 × 3, 6 × 3 characters; seven ascending; four counting pairs.
      if (repeat1 >= 6 || repeat2 >= 8 || repeat3 >= 6 || repeat4 >= 8 || repeat5 >= 10 || repeat6 >= 12 || ascendingRun >= 7 || alphabetRun >= 7 || countdownRun >= 6) return true;
    }
    back6 = back5;
    back5 = back4;
    back4 = back3;
    back3 = back2;
    back2 = back1;
    back1 = code;
  }
  if (length >= 6 && mostFrequent / length >= 0.6) return true;
  return typedByHand && length >= 6 && oneStepPairs / (length - 1) >= 0.8;
}

/**
 * Six letters typed again further on, in any case (`sdlfkjabc+sdlfkjsdlkf…`, the keyboard mash of
 * Azure's REST API examples). In a random base64 value a repeated six-letter chunk is about a
 * one-in-a-million chance. Encoded structures repeat chunks by nature (a JWT's JSON, a URL's
 * `%22`, a webhook's tenant id), so only a value that a name alone calls a key should be asked.
 */
export function hasRepeatedLetterChunk(value: string): boolean {
  const chunks = new Map<string, number>();
  const lower = value.toLowerCase();
  // Letters in a row up to here: a chunk is looked at only where the last six are all letters.
  let letters = 0;
  for (let end = 0; end < lower.length; end++) {
    const code = lower.charCodeAt(end);
    letters = code >= 97 && code <= 122 ? letters + 1 : 0;
    if (letters < 6) continue;
    const start = end - 5;
    const chunk = lower.slice(start, end + 1);
    const first = chunks.get(chunk);
    if (first === undefined) chunks.set(chunk, start);
    else if (start - first >= 6) return true;
  }
  return false;
}

/** Counts of ASCII characters, reused from value to value. */
const asciiCounts = new Uint32Array(128);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || isLetter(code);
}
